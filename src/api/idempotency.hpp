#pragma once
// Idempotency-Key on POST: a client that timed out may send the same request again and
// gets the first answer back instead of a second record. Keys are per user, kept for a
// day (maintenance removes them), and bound to the method and path they were first used
// with. A response is remembered only when it succeeded (2xx); a failure frees the key.
#include <optional>
#include <string>

#include "api/message.hpp"
#include "store/database.hpp"

namespace salient::api {

class IdempotencyKeys {
 public:
  explicit IdempotencyKeys(store::Database& db) : db_(db) {}

  // nullopt: go ahead (the key is now claimed). Otherwise the response to send: the
  // stored one (replayed), 409 while the first request still runs, 422 when the key was
  // used for another request.
  std::optional<Response> Begin(core::Id user_id, const std::string& key, const Request& request);
  void Finish(core::Id user_id, const std::string& key, const Response& response);

 private:
  store::Database& db_;
};

}  // namespace salient::api
