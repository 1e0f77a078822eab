#pragma once
// `salient demo`: the demo organisation (company, the four Superstore regions as zones)
// and one user per role. Idempotent: existing rows are kept.
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
core::Result<std::vector<DemoLogin>> LoadDemo(Runtime& runtime);
void PrintLogins(const std::vector<DemoLogin>& logins);

}  // namespace salient::cli
