#pragma once
// Session lifetime and the login throttle; defaults suit production, tests shorten them.
#include "core/clock.hpp"

namespace salient::auth {

struct AuthConfig {
  core::Millis session_ttl_ms = 12LL * 3600 * 1000;
  int login_free_attempts = 2;            // failures before delays begin
  core::Millis login_delay_base_ms = 1000;  // then 1 s, 2 s, 4 s ... per failure
  core::Millis login_delay_max_ms = 30 * 1000;
  int lockout_threshold = 10;              // failures in a row that lock the account
  core::Millis lockout_ms = 15 * 60 * 1000;
};

}  // namespace salient::auth
