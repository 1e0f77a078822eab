#pragma once
// Approval requests on records, decided step by step: steps with the same seq run in
// parallel (all must approve), the next seq opens when they are done, one rejection ends
// the request. Nobody decides their own request; a step may be delegated; the submitter
// may recall; a step past its due time is escalated to the sales directors.
// Every decision first takes the request row (a conditional UPDATE), so two approvers
// acting at the same instant yield exactly one outcome. When a request ends, the record's
// own module moves the record on through its OutcomeHandler, in the same transaction.
#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"

namespace salient::workflow {

struct ApprovalStepSpec {
  int seq = 1;
  std::string label;
  std::string approver_role;
  std::optional<core::Id> approver_zone_id;  // nullopt: any zone
};

struct NewApproval {
  std::string object;  // "quote"
  core::Id object_id = 0;
  std::string title;
  boost::json::value reason;
  std::optional<core::Id> submitter_id;
  std::optional<core::Id> zone_id;
  std::optional<std::int64_t> amount;
  std::string currency;
  std::vector<ApprovalStepSpec> steps;  // at least one
  std::optional<core::Id> rule_id;       // started by a rule: its outcome does not move the record
};

// The zone's manager, or the nearest manager above it; nullopt when no zone up the tree has one.
std::optional<core::Id> NearestZoneManager(store::Tx& tx, std::optional<core::Id> zone_id);

// Inside the caller's transaction: stores the request, opens the lowest seq and notifies
// its approvers. Returns the request id.
core::Id StartApproval(store::Tx& tx, const NewApproval& approval);

// Inside the caller's transaction: ends the record's pending requests (the record was
// cancelled or changed by its own module, which moves it on itself).
void WithdrawApprovals(store::Tx& tx, std::string_view object, core::Id object_id);

struct ApprovalOutcome {
  core::Id request_id = 0;
  std::string object;
  core::Id object_id = 0;
  std::string outcome;  // approved | rejected | recalled
  std::optional<std::string> comment;
};
// Moves the record on when its request ends (e.g. quote → approved).
using OutcomeHandler = std::function<core::Status(store::Tx&, const auth::Actor&, const ApprovalOutcome&)>;

struct ApprovalQuery {
  bool pending_for_me = false;  // what the caller may decide now
  bool mine = false;            // what the caller submitted
  std::string object;
  std::optional<core::Id> object_id;
  int limit = 50;
};

constexpr core::Millis kApprovalStepDueMs = 24LL * 3600 * 1000;

class ApprovalService {
 public:
  ApprovalService(store::Database& db, std::map<std::string, OutcomeHandler, std::less<>> handlers)
      : db_(db), handlers_(std::move(handlers)) {}

  core::Result<boost::json::value> List(const auth::Actor& actor, const ApprovalQuery& query);
  core::Result<boost::json::value> Get(const auth::Actor& actor, core::Id id);
  // kPermissionDenied for the submitter or a non-approver; kConflict when the step was
  // already decided; rejecting needs a comment.
  core::Result<boost::json::value> Decide(const auth::Actor& actor, core::Id id, bool approve,
                                          std::optional<std::string> comment);
  // The current approver hands their pending step to another active user.
  core::Result<boost::json::value> Delegate(const auth::Actor& actor, core::Id id, core::Id to_user,
                                            std::optional<std::string> comment);
  // The submitter withdraws a pending request.
  core::Result<boost::json::value> Recall(const auth::Actor& actor, core::Id id);

 private:
  core::Status Finish(store::Tx& tx, const auth::Actor& actor, core::Id id, const std::string& outcome,
                      const std::optional<std::string>& comment);
  store::Database& db_;
  std::map<std::string, OutcomeHandler, std::less<>> handlers_;
};

// Marks pending steps past their due time as escalated and tells the sales directors;
// returns how many. Run by the "approvals.escalate" job every few minutes.
core::Result<int> EscalateOverdueApprovals(store::Database& db);

}  // namespace salient::workflow
