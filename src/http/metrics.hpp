#pragma once
// Prometheus metrics for /metrics: requests and latency per route, plus gauges the
// server fills in at scrape time (database pool, WebSockets, requests in flight).
#include <memory>
#include <string>

namespace salient::http {

class Metrics {
 public:
  Metrics();
  ~Metrics();
  void ObserveRequest(const std::string& method, const std::string& route, int status, double seconds);
  struct Gauges {
    int db_pool_size = 0;
    int db_pool_in_use = 0;
    int websockets = 0;
    int in_flight = 0;
  };
  std::string Render(const Gauges& gauges);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace salient::http
