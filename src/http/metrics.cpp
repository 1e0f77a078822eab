#include "http/metrics.hpp"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <unordered_map>

namespace salient::http {

struct Metrics::Impl {
  std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();
  prometheus::Family<prometheus::Counter>& requests = prometheus::BuildCounter()
                                                          .Name("salient_http_requests_total")
                                                          .Help("HTTP requests by method, route and status")
                                                          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& latency = prometheus::BuildHistogram()
                                                           .Name("salient_http_request_duration_seconds")
                                                           .Help("Time from request read to response ready")
                                                           .Register(*registry);
  prometheus::Family<prometheus::Gauge>& gauges =
      prometheus::BuildGauge().Name("salient_state").Help("Server state at scrape time").Register(*registry);
  prometheus::Gauge& pool_size = gauges.Add({{"what", "db_pool_connections"}});
  prometheus::Gauge& pool_in_use = gauges.Add({{"what", "db_pool_in_use"}});
  prometheus::Gauge& websockets = gauges.Add({{"what", "websocket_connections"}});
  prometheus::Gauge& in_flight = gauges.Add({{"what", "http_requests_in_flight"}});
};

Metrics::Metrics() : impl_(std::make_unique<Impl>()) {}
Metrics::~Metrics() = default;

void Metrics::ObserveRequest(const std::string& method, const std::string& route, int status, double seconds) {
  // Family::Add validates and hashes labels under a lock; the metric objects it returns
  // live as long as the registry, so each thread remembers them by key.
  struct Cached {
    prometheus::Counter* requests;
    prometheus::Histogram* latency;
  };
  thread_local std::unordered_map<std::string, Cached> cache;
  thread_local const Impl* cache_owner = nullptr;
  if (cache_owner != impl_.get()) {  // a new Metrics object (tests start several servers)
    cache.clear();
    cache_owner = impl_.get();
  }
  std::string key = method;
  key += ' ';
  key += route;
  key += ' ';
  key += std::to_string(status);
  auto it = cache.find(key);
  if (it == cache.end()) {
    static const prometheus::Histogram::BucketBoundaries kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    Cached c{&impl_->requests.Add({{"method", method}, {"route", route}, {"status", std::to_string(status)}}),
             &impl_->latency.Add({{"method", method}, {"route", route}}, kBuckets)};
    it = cache.emplace(std::move(key), c).first;
  }
  it->second.requests->Increment();
  it->second.latency->Observe(seconds);
}

std::string Metrics::Render(const Gauges& g) {
  impl_->pool_size.Set(g.db_pool_size);
  impl_->pool_in_use.Set(g.db_pool_in_use);
  impl_->websockets.Set(g.websockets);
  impl_->in_flight.Set(g.in_flight);
  return prometheus::TextSerializer().Serialize(impl_->registry->Collect());
}

}  // namespace salient::http
