#include "workflow/webhooks.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "auth/audit.hpp"
#include "auth/secrets.hpp"
#include "core/json.hpp"
#include "core/text.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

constexpr std::string_view kDeliverJob = "webhook.deliver";
constexpr int kMaxAttempts = 8;

// Per-user pushes and login noise never leave the building, even for "*".
bool Private(std::string_view topic) {
  return topic.rfind("notification.", 0) == 0 || topic.rfind("user.login", 0) == 0 || topic.rfind("session.", 0) == 0;
}

const char* kSelect = "SELECT id, name, url, topics, secret, active, version, created_at, updated_at FROM webhooks";

json::value WebhookJson(const store::Row& r) {
  const std::string secret = r.Str(4);
  return {{"id", core::IdValue(r.Int(0))},
          {"name", r.Str(1)},
          {"url", r.Str(2)},
          {"topics", json::parse(r.Str(3))},
          {"secret_hint", "…" + secret.substr(secret.size() > 4 ? secret.size() - 4 : 0)},
          {"active", r.Bool(5)},
          {"version", r.Int(6)},
          {"created_at", core::TimeValue(r.Int(7))},
          {"updated_at", core::TimeValue(r.Int(8))}};
}

core::Status Check(const WebhookDefinition& w) {
  if (core::Trim(w.name).empty()) return core::Error::Validation("name", "is required");
  if (!(w.url.rfind("http://", 0) == 0 || w.url.rfind("https://", 0) == 0) || w.url.size() < 10 || w.url.size() > 2000)
    return core::Error::Validation("url", "must be an http:// or https:// address");
  if (w.topics.empty()) return core::Error::Validation("topics", "name at least one topic, or \"*\" for all");
  for (std::size_t i = 0; i < w.topics.size(); ++i) {
    const auto& t = w.topics[i];
    const bool ok = t == "*" || (!t.empty() && t.size() <= 64 && std::all_of(t.begin(), t.end(), [](char c) {
                                   return (c >= 'a' && c <= 'z') || c == '_' || c == '.';
                                 }));
    if (!ok) return core::Error::Validation("topics[" + std::to_string(i) + "]", "a topic such as quote.submitted, or *");
  }
  return core::Ok{};
}

json::value TopicsJson(const std::vector<std::string>& topics) {
  json::array out;
  for (const auto& t : topics) out.push_back(json::value(t));
  return out;
}

void EnqueueDelivery(store::Tx& tx, core::Id delivery_id, const std::string& dedupe) {
  store::EnqueueJob(tx, kDeliverJob, json::serialize(json::object{{"delivery_id", core::IdToString(delivery_id)}}),
                    {.max_attempts = kMaxAttempts, .dedupe_key = dedupe});
}

// One attempt of the delivery `job` names; the job runner retries a failure with backoff,
// and the delivery records when (so the log shows "retrying", not a final failure).
core::Status Deliver(store::Database& db, const WebhookPoster& poster, core::Id delivery_id, const store::Job& job) {
  struct Pending {
    std::string url, secret, topic, body;
    bool active = false;
  };
  auto pending = db.Read<std::optional<Pending>>([&](store::Tx& tx) -> core::Result<std::optional<Pending>> {
    auto r = tx.QueryOne("SELECT w.url, w.secret, d.topic, d.body, w.active, d.status FROM webhook_deliveries d JOIN "
                         "webhooks w ON w.id = d.webhook_id WHERE d.id = ?",
                         {delivery_id});
    if (!r || r->Str(5) == "delivered") return std::optional<Pending>{};
    return std::optional<Pending>(Pending{r->Str(0), r->Str(1), r->Str(2), r->Str(3), r->Bool(4)});
  });
  if (!pending.ok()) return pending.error();
  if (!pending.value()) return core::Ok{};  // gone or already delivered
  const Pending& p = **pending;
  core::Result<WebhookResponse> response = core::Error{core::ErrorCode::kFailedPrecondition, "the webhook is disabled", {}};
  if (p.active) {
    const std::int64_t timestamp = db.clock().NowMillis() / 1000;
    response = poster(p.url,
                      {{"X-Salient-Event", p.topic},
                       {"X-Salient-Delivery", core::IdToString(delivery_id)},
                       {"X-Salient-Timestamp", std::to_string(timestamp)},
                       {"X-Salient-Signature", SignWebhook(p.secret, timestamp, p.body)}},
                      p.body);
  }
  const bool delivered = response.ok() && response->status >= 200 && response->status < 300;
  std::optional<std::string> error;
  if (!response.ok()) error = response.error().message;
  else if (!delivered) error = "the receiver answered " + std::to_string(response->status);
  auto recorded = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    std::optional<std::int64_t> code;
    std::optional<std::string> body;
    if (response.ok()) {
      code = response->status;
      body = response->body.substr(0, 2000);
    }
    std::optional<core::Millis> next_attempt;
    if (!delivered && p.active && job.attempts < job.max_attempts) next_attempt = tx.Now() + store::RetryDelay(job.attempts);
    tx.Exec("UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, response_code = ?, response_body = ?, "
            "last_error = ?, last_attempt_at = ?, next_attempt_at = ?, "
            "delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE delivered_at END WHERE id = ?",
            {delivered ? "delivered" : "failed", code, body, error, tx.Now(), next_attempt,
             delivered ? "delivered" : "failed", tx.Now(), delivery_id});
    return core::Ok{};
  });
  if (!recorded.ok()) return recorded;
  if (!p.active) return core::Ok{};  // nothing to retry until it is enabled and replayed
  if (!delivered) return core::Error{core::ErrorCode::kUnavailable, *error, {}};  // the job retries with backoff
  return core::Ok{};
}

}  // namespace

std::string SignWebhook(std::string_view secret, std::int64_t timestamp, std::string_view body) {
  return "sha256=" + auth::HmacSha256Hex(secret, std::to_string(timestamp) + "." + std::string(body));
}

core::Result<json::value> WebhookService::List(const auth::Actor& actor) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array items;
    for (const auto& r : tx.Query(std::string(kSelect) + " ORDER BY created_at, id")) items.push_back(WebhookJson(r));
    return json::value(json::object{{"items", std::move(items)}});
  });
}

core::Result<json::value> WebhookService::Create(const auth::Actor& actor, const WebhookDefinition& w) {
  if (auto s = actor.Require("rule", auth::Action::kCreate); !s.ok()) return s.error();
  if (auto s = Check(w); !s.ok()) return s.error();
  const std::string secret = "whsec_" + auth::NewToken();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    const core::Id id = tx.NewId();
    tx.Exec("INSERT INTO webhooks (id, name, url, topics, secret, active, version, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
            {id, w.name, w.url, json::serialize(TopicsJson(w.topics)), secret, w.active ? 1 : 0, actor.acting_user(),
             tx.Now(), tx.Now()});
    auth::RecordChange(tx, actor, {"webhook", id, "create", nullptr, {{"name", w.name}, {"url", w.url}}});
    json::object out = WebhookJson(*tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id})).as_object();
    out["secret"] = secret;
    return json::value(std::move(out));
  });
}

core::Result<json::value> WebhookService::Update(const auth::Actor& actor, core::Id id, int version,
                                                 const WebhookDefinition& w) {
  if (auto s = actor.Require("rule", auth::Action::kUpdate); !s.ok()) return s.error();
  if (auto s = Check(w); !s.ok()) return s.error();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto before = tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id});
    if (!before) return core::Error::NotFound("webhook");
    if (tx.Exec("UPDATE webhooks SET name = ?, url = ?, topics = ?, active = ?, version = version + 1, updated_at = ? "
                "WHERE id = ? AND version = ?",
                {w.name, w.url, json::serialize(TopicsJson(w.topics)), w.active ? 1 : 0, tx.Now(), id, version}) != 1)
      return core::Error::Stale("webhook", static_cast<int>(before->Int(6)));
    auto after = tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"webhook", id, "update", WebhookJson(*before), WebhookJson(*after)});
    return WebhookJson(*after);
  });
}

core::Status WebhookService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("rule", auth::Action::kDelete); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id});
    if (!before) return core::Error::NotFound("webhook");
    tx.Exec("DELETE FROM webhook_deliveries WHERE webhook_id = ?", {id});
    tx.Exec("DELETE FROM webhooks WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"webhook", id, "delete", WebhookJson(*before), nullptr});
    return core::Ok{};
  });
}

core::Result<json::value> WebhookService::Deliveries(const auth::Actor& actor, core::Id id, int limit) {
  if (auto s = actor.Require("rule", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    if (!tx.QueryOne("SELECT id FROM webhooks WHERE id = ?", {id})) return core::Error::NotFound("webhook");
    json::array items;
    for (const auto& r : tx.Query("SELECT id, event_id, topic, status, attempts, response_code, response_body, last_error, "
                                  "created_at, last_attempt_at, delivered_at, next_attempt_at FROM webhook_deliveries WHERE webhook_id = ? "
                                  "ORDER BY created_at DESC, id DESC LIMIT ?",
                                  {id, limit}))
      items.push_back({{"id", core::IdValue(r.Int(0))},
                       {"event_id", core::IdValue(r.Int(1))},
                       {"topic", r.Str(2)},
                       {"status", r.Str(3) == "failed" && !r.IsNull(11) ? "retrying" : r.Str(3)},
                       {"attempts", r.Int(4)},
                       {"response_code", r.IsNull(5) ? json::value(nullptr) : json::value(r.Int(5))},
                       {"response_body", r.IsNull(6) ? json::value(nullptr) : json::value(r.Str(6))},
                       {"last_error", r.IsNull(7) ? json::value(nullptr) : json::value(r.Str(7))},
                       {"created_at", core::TimeValue(r.Int(8))},
                       {"last_attempt_at", core::OptionalTimeValue(r.OptInt(9))},
                       {"delivered_at", core::OptionalTimeValue(r.OptInt(10))},
                       {"next_attempt_at", core::OptionalTimeValue(r.OptInt(11))}});
    return json::value(json::object{{"items", std::move(items)}});
  });
}

core::Result<json::value> WebhookService::Replay(const auth::Actor& actor, core::Id id, core::Id delivery_id) {
  if (auto s = actor.Require("rule", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    if (tx.Exec("UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = NULL WHERE id = ? AND webhook_id = ?", {delivery_id, id}) != 1)
      return core::Error::NotFound("delivery");
    EnqueueDelivery(tx, delivery_id, "webhook:" + core::IdToString(delivery_id) + ":replay:" + std::to_string(tx.NewId()));
    return json::value(json::object{{"id", core::IdValue(delivery_id)}, {"status", "pending"}});
  });
}

store::OutboxConsumer::Handler QueueWebhookDeliveries() {
  return [](store::Tx& tx, const store::Event& event) -> core::Status {
    if (Private(event.topic)) return core::Ok{};
    std::string body;
    for (const auto& w : tx.Query("SELECT id, topics FROM webhooks WHERE active = 1")) {
      bool wanted = false;
      const json::value topics = json::parse(w.Str(1));
      for (const auto& t : topics.as_array())
        wanted = wanted || t.as_string() == "*" || t.as_string() == event.topic;
      if (!wanted) continue;
      if (body.empty()) {
        boost::system::error_code ec;
        json::value data = json::parse(event.payload, ec);
        body = json::serialize(json::object{{"id", core::IdToString(event.id)},
                                            {"topic", event.topic},
                                            {"object", event.object},
                                            {"object_id", core::OptionalIdValue(event.object_id)},
                                            {"occurred_at", core::TimeValue(event.created_at)},
                                            {"data", ec ? json::value(nullptr) : data}});
      }
      const core::Id delivery = tx.NewId();
      if (tx.Exec("INSERT INTO webhook_deliveries (id, webhook_id, event_id, topic, body, status, created_at) "
                  "VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (webhook_id, event_id) DO NOTHING",
                  {delivery, w.Int(0), event.id, event.topic, body, tx.Now()}) != 1)
        continue;
      EnqueueDelivery(tx, delivery, "webhook:" + core::IdToString(delivery));
    }
    return core::Ok{};
  };
}

core::Id QueueWebhookCall(store::Tx& tx, core::Id webhook_id, const std::string& topic, const std::string& object,
                          core::Id object_id, const json::object& data) {
  const core::Id delivery = tx.NewId();
  const std::string body = json::serialize(json::object{{"id", core::IdToString(delivery)},
                                                        {"topic", topic},
                                                        {"object", object},
                                                        {"object_id", core::IdValue(object_id)},
                                                        {"occurred_at", core::TimeValue(tx.Now())},
                                                        {"data", data}});
  // The delivery's own id stands in for an event id: a rule call is its own occasion.
  tx.Exec("INSERT INTO webhook_deliveries (id, webhook_id, event_id, topic, body, status, created_at) "
          "VALUES (?, ?, ?, ?, ?, 'pending', ?)",
          {delivery, webhook_id, delivery, topic, body, tx.Now()});
  EnqueueDelivery(tx, delivery, "webhook:" + core::IdToString(delivery));
  return delivery;
}

void RegisterWebhookJobs(store::JobRunner& jobs, store::Database& db, WebhookPoster poster) {
  jobs.Register(std::string(kDeliverJob), [&db, poster = std::move(poster)](const store::Job& job) -> core::Status {
    const auto payload = json::parse(job.payload);
    const auto id = core::ParseId(std::string(payload.at("delivery_id").as_string()));
    if (!id) return core::Ok{};
    return Deliver(db, poster, *id, job);
  });
}

}  // namespace salient::workflow
