#include "api/idempotency.hpp"

#include "api/problem.hpp"

namespace salient::api {

namespace {
constexpr core::Millis kStaleClaimMs = 60 * 1000;  // a claim older than this belonged to a crashed request
}

std::optional<Response> IdempotencyKeys::Begin(core::Id user_id, const std::string& key, const Request& request) {
  if (key.empty() || key.size() > 128)
    return ProblemResponse(core::Error::Invalid("Idempotency-Key", "must be 1-128 characters"), request.request_id);
  auto outcome = db_.Write<std::optional<Response>>([&](store::Tx& tx) -> core::Result<std::optional<Response>> {
    auto row = tx.QueryOne("SELECT method, path, status, content_type, body, created_at FROM idempotency_keys WHERE "
                           "user_id = ? AND key = ?",
                           {user_id, key});
    if (row) {
      if (row->Str(0) != request.method || row->Str(1) != request.path)
        return std::optional<Response>(ProblemResponse(
            core::Error::Validation("Idempotency-Key", "was already used for another request"), request.request_id));
      if (!row->IsNull(2)) {
        Response replay;
        replay.status = static_cast<int>(row->Int(2));
        replay.content_type = row->Str(3);
        replay.body = row->Str(4);
        replay.headers.emplace_back("Idempotent-Replayed", "true");
        return std::optional<Response>(replay);
      }
      if (tx.Now() - row->Int(5) < kStaleClaimMs)
        return std::optional<Response>(ProblemResponse(
            core::Error::Conflict("a request with this Idempotency-Key is still running"), request.request_id));
      tx.Exec("UPDATE idempotency_keys SET created_at = ? WHERE user_id = ? AND key = ?", {tx.Now(), user_id, key});
      return std::optional<Response>();
    }
    tx.Exec("INSERT INTO idempotency_keys (user_id, key, method, path, created_at) VALUES (?, ?, ?, ?, ?)",
            {user_id, key, request.method, request.path, tx.Now()});
    return std::optional<Response>();
  });
  if (!outcome.ok()) {
    if (outcome.error().code == core::ErrorCode::kConflict)  // lost the race to claim it
      return ProblemResponse(core::Error::Conflict("a request with this Idempotency-Key is still running"),
                             request.request_id);
    return ProblemResponse(outcome.error(), request.request_id);
  }
  return outcome.value();
}

void IdempotencyKeys::Finish(core::Id user_id, const std::string& key, const Response& response) {
  (void)db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (response.status >= 200 && response.status < 300)
      tx.Exec("UPDATE idempotency_keys SET status = ?, content_type = ?, body = ? WHERE user_id = ? AND key = ?",
              {response.status, response.content_type, response.body, user_id, key});
    else
      tx.Exec("DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?", {user_id, key});
    return core::Ok{};
  });
}

}  // namespace salient::api
