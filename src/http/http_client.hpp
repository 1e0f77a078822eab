#pragma once
// Outbound HTTP (webhooks): one POST with a timeout, over http:// or https:// (libcurl,
// which brings TLS and certificate checks).
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace salient::http {

struct ClientResponse {
  int status = 0;
  std::string body;  // at most the first 64 KiB
};

// An error (kUnavailable) when the request could not be sent or timed out.
core::Result<ClientResponse> PostJson(const std::string& url, const std::vector<std::pair<std::string, std::string>>& headers,
                                      const std::string& body, std::chrono::milliseconds timeout);

}  // namespace salient::http
