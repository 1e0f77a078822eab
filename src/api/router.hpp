#pragma once
// The route table: method + pattern ("/api/v1/users/{id}") → handler, with the access
// rule the dispatcher enforces before the handler runs.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "api/message.hpp"
#include "auth/actor.hpp"

namespace salient::api {

enum class Access {
  kPublic,   // no login needed
  kSession,  // a valid session; unsafe methods over a cookie also need the CSRF header
};

struct Context {
  Request& request;
  const auth::Actor* actor = nullptr;  // set for kSession routes
};

using Handler = std::function<Response(Context&)>;

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::kSession;
  std::string tag;      // OpenAPI tag, e.g. "users"
  std::string summary;  // one line for the OpenAPI document
  Handler handler;
  std::vector<std::string> segments;  // pattern split on '/'
  std::string body_type = "application/json";  // what POST/PUT/PATCH bodies must be
  // Answered on the IO thread when the caller's session is cached: the handler reads
  // only the Actor, never the database.
  bool from_session = false;
};

class Router {
 public:
  void Add(std::string method, std::string pattern, Access access, std::string tag, std::string summary,
           Handler handler, std::string body_type = "application/json");

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool path_exists = false;  // some route has this path (so a miss is 405, not 404)
  };
  Match Find(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }
  // Marks the last added route as answerable from the cached session alone.
  void FromSession() { routes_.back().from_session = true; }

 private:
  std::vector<Route> routes_;
};

}  // namespace salient::api
