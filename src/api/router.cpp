#include "api/router.hpp"

#include "core/text.hpp"

namespace salient::api {

void Router::Add(std::string method, std::string pattern, Access access, std::string tag, std::string summary,
                 Handler handler, std::string body_type) {
  Route route{std::move(method), std::move(pattern), access, std::move(tag), std::move(summary), std::move(handler), {},
              std::move(body_type)};
  route.segments = core::Split(route.pattern, '/');
  routes_.push_back(std::move(route));
}

Router::Match Router::Find(const std::string& method, const std::string& path) const {
  const std::vector<std::string> parts = core::Split(path, '/');
  Match match;
  int best_literals = -1;
  for (const Route& route : routes_) {
    if (route.segments.size() != parts.size()) continue;
    std::map<std::string, std::string> params;
    bool ok = true;
    int literals = 0;
    for (std::size_t i = 0; i < parts.size() && ok; ++i) {
      const std::string& seg = route.segments[i];
      if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}') {
        if (parts[i].empty()) ok = false;
        else params[seg.substr(1, seg.size() - 2)] = parts[i];
      } else if (seg != parts[i]) {
        ok = false;
      } else {
        ++literals;
      }
    }
    if (!ok) continue;
    match.path_exists = true;
    // The most specific route wins: /customers/export before /customers/{id}.
    if ((route.method == method || (method == "HEAD" && route.method == "GET")) && literals > best_literals) {
      best_literals = literals;
      match.route = &route;
      match.params = std::move(params);
    }
  }
  return match;
}

}  // namespace salient::api
