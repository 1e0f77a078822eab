#pragma once
// Transport-neutral HTTP request and response. The Beast server in src/http converts
// to and from these, so nothing above it includes Beast.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace salient::api {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote_ip;
  std::string request_id;
  std::map<std::string, std::string> params;  // path parameters filled by the router

  std::string Header(const std::string& lower_name) const;
  std::optional<std::string> Query(const std::string& name) const;
  std::string Cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string route;  // the matched route pattern, for metrics and logs
  std::string user;   // who made the request, for the access log
};

// Splits "a=1&b=%E4%B8%AD" into decoded pairs; the last of a repeated key wins.
std::map<std::string, std::string> ParseQuery(std::string_view query);
std::string PercentDecode(std::string_view text);

}  // namespace salient::api
