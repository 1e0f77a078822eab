#include "workflow/approval_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "store/outbox.hpp"
#include "store/scope.hpp"
#include "store/sql_builder.hpp"
#include "workflow/notification_service.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

struct Step {
  core::Id id = 0;
  int seq = 0;
  std::string label, role;
  std::optional<core::Id> zone_id, user_id, delegated_by, decided_by;
  std::string user_name, decided_by_name;
  std::string status;
  std::optional<core::Millis> due_at, escalated_at, decided_at;
  std::optional<std::string> comment;
};

struct Request {
  core::Id id = 0;
  std::string object;
  core::Id object_id = 0;
  std::string title, reason_json, status, currency, submitter_name;
  std::optional<core::Id> submitter_id, zone_id, rule_id;
  std::optional<std::int64_t> amount;
  int current_seq = 0, version = 0;
  core::Millis created_at = 0;
  std::optional<core::Millis> decided_at;
  std::vector<Step> steps;
};

const char* kSelectRequest =
    "SELECT r.id, r.object, r.object_id, r.title, r.reason, r.status, r.currency, u.display_name, r.submitter_id, "
    "r.zone_id, r.amount, r.current_seq, r.version, r.created_at, r.decided_at, r.rule_id FROM approval_requests r "
    "LEFT JOIN users u ON u.id = r.submitter_id";

Request RequestFromRow(const store::Row& r) {
  Request q;
  q.id = r.Int(0);
  q.object = r.Str(1);
  q.object_id = r.Int(2);
  q.title = r.Str(3);
  q.reason_json = r.Str(4);
  q.status = r.Str(5);
  q.currency = r.Str(6);
  q.submitter_name = r.Str(7);
  q.submitter_id = r.OptInt(8);
  q.zone_id = r.OptInt(9);
  q.amount = r.OptInt(10);
  q.current_seq = static_cast<int>(r.Int(11));
  q.version = static_cast<int>(r.Int(12));
  q.created_at = r.Int(13);
  q.decided_at = r.OptInt(14);
  q.rule_id = r.OptInt(15);
  return q;
}

// The steps of every request in one query (a list page must not ask once per request).
void LoadSteps(store::Tx& tx, std::vector<Request>& requests) {
  if (requests.empty()) return;
  std::map<core::Id, Request*> by_id;
  std::string ids;
  std::vector<store::Value> params;
  for (auto& q : requests) {
    q.steps.clear();
    by_id[q.id] = &q;
    ids += ids.empty() ? "?" : ", ?";
    params.push_back(q.id);
  }
  for (const auto& r : tx.Query(
           "SELECT s.id, s.seq, s.label, s.approver_role, s.approver_zone_id, s.approver_user_id, s.delegated_by, "
           "s.decided_by, a.display_name, d.display_name, s.status, s.due_at, s.escalated_at, s.decided_at, s.comment, "
           "s.request_id FROM approval_steps s LEFT JOIN users a ON a.id = s.approver_user_id "
           "LEFT JOIN users d ON d.id = s.decided_by WHERE s.request_id IN (" + ids + ") ORDER BY s.seq, s.id",
           params)) {
    Step s;
    s.id = r.Int(0);
    s.seq = static_cast<int>(r.Int(1));
    s.label = r.Str(2);
    s.role = r.Str(3);
    s.zone_id = r.OptInt(4);
    s.user_id = r.OptInt(5);
    s.delegated_by = r.OptInt(6);
    s.decided_by = r.OptInt(7);
    s.user_name = r.Str(8);
    s.decided_by_name = r.Str(9);
    s.status = r.Str(10);
    s.due_at = r.OptInt(11);
    s.escalated_at = r.OptInt(12);
    s.decided_at = r.OptInt(13);
    s.comment = r.OptStr(14);
    by_id.at(r.Int(15))->steps.push_back(std::move(s));
  }
}

void LoadSteps(store::Tx& tx, Request& q) {
  std::vector<Request> one{std::move(q)};
  LoadSteps(tx, one);
  q = std::move(one.front());
}

// May this actor decide this step (ignoring whether it is open)?
bool Eligible(const auth::Actor& actor, const Step& s) {
  if (s.user_id) return *s.user_id == actor.user_id;
  if (!actor.Can("approval", auth::Action::kApprove)) return false;
  if (s.escalated_at && actor.role_name == "sales_director") return true;
  if (actor.role_name != s.role) return false;
  return !s.zone_id || std::find(actor.zone_subtree.begin(), actor.zone_subtree.end(), *s.zone_id) !=
                           actor.zone_subtree.end();
}

bool IsSubmitter(const auth::Actor& actor, const Request& q) {
  return q.submitter_id && *q.submitter_id == actor.user_id;
}

const Step* OpenStepFor(const auth::Actor& actor, const Request& q) {
  if (q.status != "pending" || IsSubmitter(actor, q)) return nullptr;
  for (const auto& s : q.steps)
    if (s.seq == q.current_seq && s.status == "pending" && Eligible(actor, s)) return &s;
  return nullptr;
}

json::value RequestToJson(const auth::Actor& actor, const Request& q) {
  boost::system::error_code ec;
  json::value reason = json::parse(q.reason_json, ec);
  json::array steps;
  for (const auto& s : q.steps)
    steps.push_back({{"id", core::IdValue(s.id)},
                     {"seq", s.seq},
                     {"label", s.label},
                     {"approver_role", s.role},
                     {"approver_zone_id", core::OptionalIdValue(s.zone_id)},
                     {"approver_user_id", core::OptionalIdValue(s.user_id)},
                     {"approver_name", s.user_id ? json::value(s.user_name) : json::value(nullptr)},
                     {"delegated_by", core::OptionalIdValue(s.delegated_by)},
                     {"status", s.status},
                     {"due_at", core::OptionalTimeValue(s.due_at)},
                     {"escalated_at", core::OptionalTimeValue(s.escalated_at)},
                     {"decided_by", core::OptionalIdValue(s.decided_by)},
                     {"decided_by_name", s.decided_by ? json::value(s.decided_by_name) : json::value(nullptr)},
                     {"comment", s.comment ? json::value(*s.comment) : json::value(nullptr)},
                     {"decided_at", core::OptionalTimeValue(s.decided_at)}});
  return {{"id", core::IdValue(q.id)},
          {"object", q.object},
          {"object_id", core::IdValue(q.object_id)},
          {"title", q.title},
          {"reason", ec ? json::value(nullptr) : reason},
          {"submitter_id", core::OptionalIdValue(q.submitter_id)},
          {"submitter_name", q.submitter_id ? json::value(q.submitter_name) : json::value(nullptr)},
          {"zone_id", core::OptionalIdValue(q.zone_id)},
          {"amount", q.amount ? json::value(*q.amount) : json::value(nullptr)},
          {"currency", q.currency},
          {"status", q.status},
          {"current_seq", q.current_seq},
          {"version", q.version},
          {"created_at", core::TimeValue(q.created_at)},
          {"decided_at", core::OptionalTimeValue(q.decided_at)},
          {"can_decide", OpenStepFor(actor, q) != nullptr},
          {"can_recall", q.status == "pending" && IsSubmitter(actor, q)},
          {"steps", std::move(steps)}};
}

// Rows the actor may see: their approval scope (submitter as owner, request zone), or a
// step they may decide, decided or handed on.
store::Predicate VisibleTo(const auth::Actor& actor) {
  store::Predicate scope = store::ScopePredicate(actor.Scope("approval"), "r.submitter_id", "r.zone_id");
  std::string zones;
  std::vector<store::Value> params = scope.params;
  params.insert(params.end(), {actor.user_id, actor.user_id, actor.user_id, actor.role_name, actor.role_name});
  for (core::Id z : actor.zone_subtree) {
    zones += zones.empty() ? "?" : ", ?";
    params.push_back(z);
  }
  const std::string zone_match =
      zones.empty() ? "s.approver_zone_id IS NULL" : "(s.approver_zone_id IS NULL OR s.approver_zone_id IN (" + zones + "))";
  return {"(" + scope.sql + ") OR EXISTS (SELECT 1 FROM approval_steps s WHERE s.request_id = r.id AND ("
              "s.approver_user_id = ? OR s.decided_by = ? OR s.delegated_by = ? OR "
              "(s.escalated_at IS NOT NULL AND ? = 'sales_director') OR "
              "(s.approver_user_id IS NULL AND s.approver_role = ? AND " + zone_match + ")))",
          params};
}

std::optional<Request> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("r.id = ?", {id}).And(VisibleTo(actor));
  auto r = tx.QueryOne(std::string(kSelectRequest) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  Request q = RequestFromRow(*r);
  LoadSteps(tx, q);
  return q;
}

// The people who may decide a step now.
std::vector<core::Id> Approvers(store::Tx& tx, const Step& s) {
  std::vector<core::Id> out;
  if (s.user_id) return {*s.user_id};
  if (s.role == "zone_manager" && s.zone_id) {
    if (auto manager = NearestZoneManager(tx, s.zone_id)) out.push_back(*manager);
    return out;
  }
  for (const auto& r : tx.Query("SELECT id FROM users WHERE role = ? AND active = 1", {s.role})) out.push_back(r.Int(0));
  return out;
}

void NotifyApprovers(store::Tx& tx, const Request& q, const Step& s) {
  const std::string link = "/approvals?id=" + core::IdToString(q.id);
  for (core::Id user : Approvers(tx, s)) {
    if (q.submitter_id && user == *q.submitter_id) continue;
    NotifyInLocale(tx, user, "approval", {"待审批：" + q.title, "Approval needed: " + q.title},
                   {q.submitter_name + " 提交，等待你审批（" + s.label + "）。",
                    "Submitted by " + q.submitter_name + "; waiting for you (" + s.label + ")."},
                   link);
  }
}

// Opens the steps of `seq` and tells their approvers.
void OpenSeq(store::Tx& tx, Request& q, int seq) {
  tx.Exec("UPDATE approval_steps SET status = 'pending', due_at = ? WHERE request_id = ? AND seq = ? AND status = 'waiting'",
          {tx.Now() + kApprovalStepDueMs, q.id, seq});
  tx.Exec("UPDATE approval_requests SET current_seq = ? WHERE id = ?", {seq, q.id});
  q.current_seq = seq;
  LoadSteps(tx, q);
  for (const auto& s : q.steps)
    if (s.seq == seq) NotifyApprovers(tx, q, s);
}

json::value Summary(const Request& q) {
  json::array steps;
  for (const auto& s : q.steps) steps.push_back({{"seq", s.seq}, {"label", s.label}, {"status", s.status}});
  return {{"object", q.object}, {"object_id", core::IdValue(q.object_id)}, {"status", q.status},
          {"current_seq", q.current_seq}, {"steps", std::move(steps)}};
}

// Takes the request row for this transaction (PostgreSQL holds the lock to commit; SQLite
// has one writer), so decisions on one request happen one after the other. false when
// the request is no longer pending.
bool Lock(store::Tx& tx, core::Id id) {
  return tx.Exec("UPDATE approval_requests SET version = version + 1 WHERE id = ? AND status = 'pending'", {id}) == 1;
}

core::Error AlreadyDecided(const Request& q) {
  return {core::ErrorCode::kConflict, "this approval was already decided", {{"status", "is " + q.status}}};
}

}  // namespace

std::optional<core::Id> NearestZoneManager(store::Tx& tx, std::optional<core::Id> zone_id) {
  for (auto z = zone_id; z;) {
    auto row = tx.QueryOne("SELECT manager_id, parent_id FROM zones WHERE id = ?", {*z});
    if (!row) break;
    if (auto m = row->OptInt(0)) return m;
    z = row->OptInt(1);
  }
  return std::nullopt;
}

core::Id StartApproval(store::Tx& tx, const NewApproval& a) {
  Request q;
  q.id = tx.NewId();
  q.object = a.object;
  q.object_id = a.object_id;
  q.title = a.title;
  q.submitter_id = a.submitter_id;
  q.status = "pending";
  int first = a.steps.front().seq;
  for (const auto& s : a.steps) first = std::min(first, s.seq);
  tx.Exec("INSERT INTO approval_requests (id, object, object_id, title, reason, submitter_id, zone_id, amount, currency, "
          "status, current_seq, version, created_at, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, 1, ?, ?)",
          {q.id, a.object, a.object_id, a.title, json::serialize(a.reason), a.submitter_id, a.zone_id, a.amount,
           a.currency, first, tx.Now(), a.rule_id});
  for (const auto& s : a.steps)
    tx.Exec("INSERT INTO approval_steps (id, request_id, seq, label, approver_role, approver_zone_id, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'waiting')",
            {tx.NewId(), q.id, s.seq, s.label, s.approver_role, s.approver_zone_id});
  if (a.submitter_id) {
    auto name = tx.QueryOne("SELECT display_name FROM users WHERE id = ?", {*a.submitter_id});
    q.submitter_name = name ? name->Str(0) : "";
  }
  OpenSeq(tx, q, first);
  store::PublishEvent(tx, "approval.requested", "approval", q.id, a.submitter_id, json::serialize(Summary(q)));
  return q.id;
}

void WithdrawApprovals(store::Tx& tx, std::string_view object, core::Id object_id) {
  for (const auto& r : tx.Query("SELECT id FROM approval_requests WHERE object = ? AND object_id = ? AND status = 'pending'",
                                {object, object_id})) {
    if (!Lock(tx, r.Int(0))) continue;
    tx.Exec("UPDATE approval_requests SET status = 'recalled', decided_at = ? WHERE id = ?", {tx.Now(), r.Int(0)});
    tx.Exec("UPDATE approval_steps SET status = 'cancelled' WHERE request_id = ? AND status IN ('waiting', 'pending')",
            {r.Int(0)});
    store::PublishEvent(tx, "approval.recalled", "approval", r.Int(0), std::nullopt, "{}");
  }
}

core::Result<json::value> ApprovalService::List(const auth::Actor& actor, const ApprovalQuery& query) {
  if (auto s = actor.Require("approval", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    store::Where where;
    where.And(VisibleTo(actor));
    if (query.mine) where.And("r.submitter_id = ?", {actor.user_id});
    if (!query.object.empty()) where.And("r.object = ?", {query.object});
    if (query.object_id) where.And("r.object_id = ?", {*query.object_id});
    if (query.pending_for_me) {
      // Roughly in SQL (an open step for the caller's person or role, or escalated), then exactly below.
      where.And("r.status = 'pending' AND EXISTS (SELECT 1 FROM approval_steps o WHERE o.request_id = r.id AND "
                "o.status = 'pending' AND (o.approver_user_id = ? OR (o.approver_user_id IS NULL AND "
                "o.approver_role = ?) OR o.escalated_at IS NOT NULL))",
                {actor.user_id, actor.role_name});
    }
    std::vector<Request> requests;
    for (const auto& r : tx.Query(std::string(kSelectRequest) + where.Sql() + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
                                  store::With(where.params(), {query.pending_for_me ? 500 : query.limit})))
      requests.push_back(RequestFromRow(r));
    LoadSteps(tx, requests);
    json::array items;
    for (const auto& q : requests) {
      if (query.pending_for_me && !OpenStepFor(actor, q)) continue;
      items.push_back(RequestToJson(actor, q));
      if (static_cast<int>(items.size()) >= query.limit) break;
    }
    const auto total = static_cast<std::int64_t>(items.size());
    return json::value(json::object{{"items", std::move(items)}, {"total", total}});
  });
}

core::Result<json::value> ApprovalService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("approval", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("approval");
    return RequestToJson(actor, *q);
  });
}

core::Status ApprovalService::Finish(store::Tx& tx, const auth::Actor& actor, core::Id id, const std::string& outcome,
                                     const std::optional<std::string>& comment) {
  tx.Exec("UPDATE approval_requests SET status = ?, decided_at = ? WHERE id = ?", {outcome, tx.Now(), id});
  tx.Exec("UPDATE approval_steps SET status = 'cancelled' WHERE request_id = ? AND status IN ('waiting', 'pending')", {id});
  auto row = tx.QueryOne(std::string(kSelectRequest) + " WHERE r.id = ?", {id});
  Request q = RequestFromRow(*row);
  if (q.rule_id) {
    // A rule's request (e.g. a countersign) never moves the record: that is the record's own
    // approval's job. Its outcome is an event on the record that other rules may act on.
    if (outcome != "recalled")
      store::PublishEvent(tx, q.object + ".approval_" + outcome, q.object, q.object_id, actor.acting_user(),
                          json::serialize(json::object{{"approval_id", core::IdToString(q.id)},
                                                       {"rule_id", core::IdToString(*q.rule_id)},
                                                       {"title", q.title},
                                                       {"comment", comment ? json::value(*comment) : nullptr}}));
  } else if (auto handler = handlers_.find(q.object); handler != handlers_.end()) {
    if (auto s = handler->second(tx, actor, {q.id, q.object, q.object_id, outcome, comment}); !s.ok()) return s;
  }
  if (q.submitter_id && outcome != "recalled") {
    const bool yes = outcome == "approved";
    NotifyInLocale(tx, *q.submitter_id, "approval",
                   {std::string(yes ? "审批通过：" : "审批被驳回：") + q.title,
                    std::string(yes ? "Approved: " : "Rejected: ") + q.title},
                   {actor.display_name + (comment ? "：" + *comment : std::string()),
                    actor.display_name + (comment ? ": " + *comment : std::string())},
                   "/approvals?id=" + core::IdToString(id));
  }
  return core::Ok{};
}

core::Result<json::value> ApprovalService::Decide(const auth::Actor& actor, core::Id id, bool approve,
                                                  std::optional<std::string> comment) {
  // Being an approver of the open step is the permission (a delegate may be anyone).
  if (auto s = actor.Require("approval", auth::Action::kRead); !s.ok()) return s.error();
  if (comment && core::Trim(*comment).empty()) comment.reset();
  if (!approve && !comment) return core::Error::Validation("comment", "say why it is rejected");
  if (comment && comment->size() > 2000) return core::Error::Validation("comment", "at most 2000 characters");
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("approval");
    if (IsSubmitter(actor, *q)) return core::Error::Denied("nobody decides on their own request");
    if (!Lock(tx, id)) return AlreadyDecided(*q);
    LoadSteps(tx, *q);  // as of the lock: an approver who went first is visible now
    const Step* step = OpenStepFor(actor, *q);
    if (!step) {
      for (const auto& s : q->steps)
        if (s.seq == q->current_seq && Eligible(actor, s)) return AlreadyDecided(*q);
      return core::Error::Denied("you are not an approver of the current step");
    }
    const json::value before = Summary(*q);
    if (tx.Exec("UPDATE approval_steps SET status = ?, decided_by = ?, comment = ?, decided_at = ? WHERE id = ? "
                "AND status = 'pending'",
                {approve ? "approved" : "rejected", actor.user_id, comment, tx.Now(), step->id}) != 1)
      return AlreadyDecided(*q);
    LoadSteps(tx, *q);
    if (!approve) {
      if (auto s = Finish(tx, actor, id, "rejected", comment); !s.ok()) return s.error();
    } else {
      const bool seq_done = std::none_of(q->steps.begin(), q->steps.end(), [&](const Step& s) {
        return s.seq == q->current_seq && s.status == "pending";
      });
      if (seq_done) {
        std::optional<int> next;
        for (const auto& s : q->steps)
          if (s.status == "waiting" && s.seq > q->current_seq) next = std::min(next.value_or(s.seq), s.seq);
        if (next) {
          OpenSeq(tx, *q, *next);
        } else if (auto s = Finish(tx, actor, id, "approved", comment); !s.ok()) {
          return s.error();
        }
      }
    }
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"approval", id, approve ? "approve" : "reject", before, Summary(*saved)},
                       saved->status == "pending" ? "approval.step_decided" : "approval." + saved->status);
    return RequestToJson(actor, *saved);
  });
}

core::Result<json::value> ApprovalService::Delegate(const auth::Actor& actor, core::Id id, core::Id to_user,
                                                    std::optional<std::string> comment) {
  if (auto s = actor.Require("approval", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("approval");
    if (!Lock(tx, id)) return AlreadyDecided(*q);
    LoadSteps(tx, *q);
    const Step* step = OpenStepFor(actor, *q);
    if (!step) return core::Error::Denied("you are not an approver of the current step");
    auto target = tx.QueryOne("SELECT display_name FROM users WHERE id = ? AND active = 1", {to_user});
    if (!target) return core::Error::Validation("user_id", "unknown or inactive user");
    if (to_user == actor.user_id) return core::Error::Validation("user_id", "the step is already yours");
    if (q->submitter_id && *q->submitter_id == to_user)
      return core::Error::Validation("user_id", "the submitter cannot decide their own request");
    const json::value before = Summary(*q);
    tx.Exec("UPDATE approval_steps SET approver_user_id = ?, delegated_by = ?, comment = ? WHERE id = ?",
            {to_user, actor.user_id, comment, step->id});
    LoadSteps(tx, *q);
    for (const auto& s : q->steps)
      if (s.id == step->id) NotifyApprovers(tx, *q, s);
    auth::RecordChange(tx, actor, {"approval", id, "delegate", before, Summary(*q)}, "approval.delegated");
    return RequestToJson(actor, *q);
  });
}

core::Result<json::value> ApprovalService::Recall(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("approval", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("approval");
    if (!IsSubmitter(actor, *q)) return core::Error::Denied("only the submitter may recall a request");
    if (!Lock(tx, id)) return AlreadyDecided(*q);
    const json::value before = Summary(*q);
    if (auto s = Finish(tx, actor, id, "recalled", std::nullopt); !s.ok()) return s.error();
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    auth::RecordChange(tx, actor, {"approval", id, "recall", before, Summary(*saved)}, "approval.recalled");
    return RequestToJson(actor, *saved);
  });
}

core::Result<int> EscalateOverdueApprovals(store::Database& db) {
  return db.Write<int>([](store::Tx& tx) -> core::Result<int> {
    int escalated = 0;
    for (const auto& r : tx.Query("SELECT s.id, s.request_id FROM approval_steps s JOIN approval_requests r ON "
                                  "r.id = s.request_id WHERE s.status = 'pending' AND r.status = 'pending' AND "
                                  "s.escalated_at IS NULL AND s.due_at < ?",
                                  {tx.Now()})) {
      if (tx.Exec("UPDATE approval_steps SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL",
                  {tx.Now(), r.Int(0)}) != 1)
        continue;
      ++escalated;
      auto row = tx.QueryOne(std::string(kSelectRequest) + " WHERE r.id = ?", {r.Int(1)});
      Request q = RequestFromRow(*row);
      for (const auto& d : tx.Query("SELECT id FROM users WHERE role = 'sales_director' AND active = 1")) {
        if (q.submitter_id && d.Int(0) == *q.submitter_id) continue;
        NotifyInLocale(tx, d.Int(0), "approval", {"审批超时：" + q.title, "Approval overdue: " + q.title},
                       {"已超过处理时限，已升级给销售总监。", "Past its due time; escalated to the sales directors."},
                       "/approvals?id=" + core::IdToString(q.id));
      }
      store::PublishEvent(tx, "approval.escalated", "approval", q.id, std::nullopt,
                          json::serialize(json::object{{"step_id", core::IdValue(r.Int(0))}}));
    }
    return escalated;
  });
}

}  // namespace salient::workflow
