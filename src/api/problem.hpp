#pragma once
// RFC 9457 problem+json: the one error format. The map from ErrorCode to HTTP status
// lives here and only here.
#include "api/message.hpp"
#include "core/result.hpp"

namespace salient::api {

int StatusFor(core::ErrorCode code);
// The client sees a safe message; internal errors say only "internal error" plus the
// request id (the log has the detail).
Response ProblemResponse(const core::Error& error, const std::string& request_id);
Response ProblemResponse(int status, const std::string& title, const std::string& detail,
                         const std::string& request_id);

}  // namespace salient::api
