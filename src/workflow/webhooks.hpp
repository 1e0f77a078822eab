#pragma once
// Webhooks out. The outbox consumer "webhooks" records one delivery per (webhook, event)
// and queues a durable job that POSTs the body with
//   X-Salient-Event: <topic>          X-Salient-Delivery: <delivery id>
//   X-Salient-Timestamp: <unix secs>  X-Salient-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>
// A non-2xx answer or a network error fails the attempt; the job retries with backoff.
// Every attempt's code is kept; a delivery can be replayed. The HTTP call itself is
// injected (the http module owns network clients).
#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/actor.hpp"
#include "store/jobs.hpp"
#include "store/outbox_consumer.hpp"

namespace salient::workflow {

struct WebhookResponse {
  int status = 0;
  std::string body;
};
using Headers = std::vector<std::pair<std::string, std::string>>;
// POSTs `body` as application/json; an error for a network failure or timeout.
using WebhookPoster = std::function<core::Result<WebhookResponse>(const std::string& url, const Headers& headers,
                                                                  const std::string& body)>;

// "sha256=<hex>" over "<timestamp>.<body>".
std::string SignWebhook(std::string_view secret, std::int64_t timestamp, std::string_view body);

struct WebhookDefinition {
  std::string name;
  std::string url;
  std::vector<std::string> topics;
  bool active = true;
};

class WebhookService {
 public:
  explicit WebhookService(store::Database& db) : db_(db) {}

  core::Result<boost::json::value> List(const auth::Actor& actor);
  // The answer carries `secret`, the only time it is shown.
  core::Result<boost::json::value> Create(const auth::Actor& actor, const WebhookDefinition& webhook);
  core::Result<boost::json::value> Update(const auth::Actor& actor, core::Id id, int version,
                                          const WebhookDefinition& webhook);
  core::Status Delete(const auth::Actor& actor, core::Id id);
  core::Result<boost::json::value> Deliveries(const auth::Actor& actor, core::Id id, int limit);
  // Sends a delivery again (whatever its status), as a new job.
  core::Result<boost::json::value> Replay(const auth::Actor& actor, core::Id id, core::Id delivery_id);

 private:
  store::Database& db_;
};

store::OutboxConsumer::Handler QueueWebhookDeliveries();
// Inside the caller's transaction: one delivery to a webhook outside its topics (a rule's
// call_webhook action); returns the delivery id.
core::Id QueueWebhookCall(store::Tx& tx, core::Id webhook_id, const std::string& topic, const std::string& object,
                          core::Id object_id, const boost::json::object& data);
void RegisterWebhookJobs(store::JobRunner& jobs, store::Database& db, WebhookPoster poster);

}  // namespace salient::workflow
