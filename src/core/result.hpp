#pragma once
// Expected failures travel as values: every service returns Result<T>. Bugs throw.
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace salient::core {

// Closed set: api/problem.cpp maps each one to an HTTP status with a switch and no default.
enum class ErrorCode {
  kInvalidArgument,     // malformed input: bad JSON, wrong type, unknown field
  kValidation,          // well-formed input breaking a business rule; errors name fields
  kNotFound,            // missing or outside the caller's record scope
  kConflict,            // duplicate key, stale version, decision already taken
  kUnauthenticated,     // no valid session
  kPermissionDenied,    // authenticated but not allowed
  kFailedPrecondition,  // state does not allow the operation
  kLocked,              // account locked after repeated failures
  kRateLimited,         // too many attempts; retry_after_seconds says when
  kPayloadTooLarge,
  kUnavailable,         // database unreachable: fail closed
  kInternal,
};

struct FieldError {
  std::string field;
  std::string message;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;
  int retry_after_seconds = 0;

  static Error Invalid(std::string field, std::string message) {
    return {ErrorCode::kInvalidArgument, message, {{std::move(field), message}}};
  }
  static Error Validation(std::string field, std::string message) {
    return {ErrorCode::kValidation, message, {{std::move(field), message}}};
  }
  static Error NotFound(std::string what) { return {ErrorCode::kNotFound, what + " not found", {}}; }
  static Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message), {}}; }
  // An update carried an old version: someone else changed the record first.
  static Error Stale(const std::string& what, int current_version) {
    return {ErrorCode::kConflict, what + " was changed by someone else",
            {{"version", "is " + std::to_string(current_version) + " now"}}};
  }
  static Error Denied(std::string message) { return {ErrorCode::kPermissionDenied, std::move(message), {}}; }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace salient::core

// Propagates an error from an expression returning Result<...>; evaluates to its value.
#define SALIENT_TRY(expr)                                       \
  ({                                                            \
    auto salient_try_result_ = (expr);                          \
    if (!salient_try_result_.ok()) return salient_try_result_.error(); \
    std::move(salient_try_result_).value();                     \
  })
