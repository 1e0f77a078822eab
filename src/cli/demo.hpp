#pragma once
// `salient demo`: the demo organisation (company, the four Superstore regions as zones),
// users for every role, and the real Superstore order history imported through the
// ordinary order import (customers owned by state by the zone's reps; dates shifted
// so the newest order is yesterday). Idempotent: what exists is kept.
#include <string>
#include <vector>

#include "cli/runtime.hpp"

namespace salient::cli {

struct DemoLogin {
  std::string username;
  std::string password;
  std::string role;
  std::string zone;
};

// Creates what is missing and returns every demo login.
core::Result<std::vector<DemoLogin>> LoadDemo(Runtime& runtime, const std::string& superstore_csv);
void PrintLogins(const std::vector<DemoLogin>& logins);

}  // namespace salient::cli
