#include "workflow/task_service.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <chrono>
#include <set>

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

constexpr core::Millis kDayMs = 24LL * 3600 * 1000;

const char* kSelect =
    "SELECT t.id, t.type, t.title, t.body, t.department, t.queue_role, t.assignee_id, u.display_name, t.zone_id, "
    "t.object, t.object_id, t.object_label, t.status, t.due_at, t.outcome, t.rule_id, t.version, t.created_at, "
    "t.claimed_at, t.completed_at FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id";

struct Task {
  core::Id id = 0;
  std::optional<std::string> queue_role;
  std::optional<core::Id> assignee_id;
  std::string status;
  int version = 0;
  json::object json;
};

Task FromRow(const store::Row& r, core::Millis now) {
  Task t;
  t.id = r.Int(0);
  t.queue_role = r.OptStr(5);
  t.assignee_id = r.OptInt(6);
  t.status = r.Str(12);
  t.version = static_cast<int>(r.Int(16));
  const auto due = r.OptInt(13);
  const bool open = t.status == "open" || t.status == "in_progress";
  t.json = {{"id", core::IdValue(t.id)},
            {"type", r.Str(1)},
            {"title", r.Str(2)},
            {"body", r.Str(3)},
            {"department", r.Str(4)},
            {"queue_role", t.queue_role ? json::value(*t.queue_role) : json::value(nullptr)},
            {"assignee_id", core::OptionalIdValue(t.assignee_id)},
            {"assignee_name", t.assignee_id ? json::value(r.Str(7)) : json::value(nullptr)},
            {"zone_id", core::OptionalIdValue(r.OptInt(8))},
            {"object", r.IsNull(9) ? json::value(nullptr) : json::value(r.Str(9))},
            {"object_id", core::OptionalIdValue(r.OptInt(10))},
            {"object_label", r.Str(11)},
            {"status", t.status},
            {"due_at", core::OptionalTimeValue(due)},
            {"overdue", open && due && *due < now},
            {"outcome", r.IsNull(14) ? json::value(nullptr) : json::value(r.Str(14))},
            {"rule_id", core::OptionalIdValue(r.OptInt(15))},
            {"version", t.version},
            {"created_at", core::TimeValue(r.Int(17))},
            {"claimed_at", core::OptionalTimeValue(r.OptInt(18))},
            {"completed_at", core::OptionalTimeValue(r.OptInt(19))}};
  return t;
}

// The caller's task scope, plus whatever waits in their role's queue or is theirs.
store::Predicate VisibleTo(const auth::Actor& actor) {
  store::Predicate scope = store::ScopePredicate(actor.Scope("task"), "t.assignee_id", "t.zone_id");
  std::vector<store::Value> params = scope.params;
  params.insert(params.end(), {actor.user_id, actor.role_name});
  return {"(" + scope.sql + ") OR t.assignee_id = ? OR t.queue_role = ?", params};
}

std::optional<Task> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("t.id = ?", {id}).And(VisibleTo(actor));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow(*r, tx.Now());
}

json::value WithComments(store::Tx& tx, Task t) {
  json::array comments;
  for (const auto& r : tx.Query("SELECT c.id, COALESCE(u.display_name, 'system'), c.body, c.created_at FROM task_comments c "
                                "LEFT JOIN users u ON u.id = c.author_id WHERE c.task_id = ? ORDER BY c.created_at, c.id",
                                {t.id}))
    comments.push_back({{"id", core::IdValue(r.Int(0))}, {"author_name", r.Str(1)}, {"body", r.Str(2)},
                        {"created_at", core::TimeValue(r.Int(3))}});
  t.json["comments"] = std::move(comments);
  return t.json;
}

json::value Snapshot(const Task& t) {
  return {{"status", t.status}, {"assignee_id", core::OptionalIdValue(t.assignee_id)}, {"version", t.version}};
}

// ISO 8601 week of a UTC instant, e.g. "2026-W48".
std::string IsoWeek(core::Millis at) {
  using namespace std::chrono;
  const sys_days day{days(at >= 0 ? at / kDayMs : (at - kDayMs + 1) / kDayMs)};
  const weekday wd{day};
  const sys_days thursday = day - days((wd.iso_encoding() - 1)) + days(3);
  const year_month_day ymd{thursday};
  const sys_days jan1{ymd.year() / January / 1};
  const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
  return fmt::format("{}-W{:02d}", int(ymd.year()), week);
}

}  // namespace

core::Id CreateTask(store::Tx& tx, const NewTask& task) {
  const core::Id id = tx.NewId();
  tx.Exec("INSERT INTO tasks (id, type, title, body, department, queue_role, assignee_id, zone_id, object, object_id, "
          "object_label, status, due_at, rule_id, created_by, version, created_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, 1, ?)",
          {id, task.type, task.title, task.body, task.department, task.queue_role, task.assignee_id, task.zone_id,
           task.object.empty() ? store::Value() : store::Value(task.object), task.object_id, task.object_label,
           task.due_at, task.rule_id, task.created_by, tx.Now()});
  store::PublishEvent(tx, "task.created", "task", id, task.created_by,
                      json::serialize(json::object{{"type", task.type},
                                                   {"department", task.department},
                                                   {"object", task.object},
                                                   {"object_id", core::OptionalIdValue(task.object_id)}}));
  std::vector<core::Id> recipients;
  if (task.assignee_id) {
    recipients.push_back(*task.assignee_id);
  } else if (task.queue_role) {
    for (const auto& r : tx.Query("SELECT id FROM users WHERE role = ? AND active = 1", {*task.queue_role}))
      recipients.push_back(r.Int(0));
  }
  const std::string link = "/tasks?id=" + core::IdToString(id);
  for (core::Id user : recipients)
    NotifyInLocale(tx, user, "task", {"新任务：" + task.title, "New task: " + task.title},
                   {task.object_label, task.object_label}, link);
  return id;
}

core::Result<json::value> TaskService::List(const auth::Actor& actor, const TaskQuery& query) {
  if (auto s = actor.Require("task", auth::Action::kRead); !s.ok()) return s.error();
  static const std::set<std::string> kStatuses = {"open", "in_progress", "done", "cancelled", "active"};
  if (!query.status.empty() && !kStatuses.count(query.status))
    return core::Error::Invalid("status", "one of open, in_progress, done, cancelled, active");
  static const std::map<std::string, std::string, std::less<>> kSort = {
      {"due_at", "COALESCE(t.due_at, 9223372036854775807)"}, {"created_at", "t.created_at"}};
  auto order = store::OrderBy(query.list.sort.empty() ? "due_at" : query.list.sort, kSort, "t.due_at", "t.id");
  if (!order.ok()) return order.error();
  store::Where where;
  where.And(VisibleTo(actor));
  if (query.mine) where.And("t.assignee_id = ? OR (t.assignee_id IS NULL AND t.queue_role = ?)", {actor.user_id, actor.role_name});
  if (query.status == "active") where.And("t.status IN ('open', 'in_progress')");
  else if (!query.status.empty()) where.And("t.status = ?", {query.status});
  if (!query.type.empty()) where.And("t.type = ?", {query.type});
  if (!query.department.empty()) where.And("t.department = ?", {query.department});
  if (!query.object.empty()) where.And("t.object = ?", {query.object});
  if (query.object_id) where.And("t.object_id = ?", {*query.object_id});
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    const auto total = tx.QueryOne("SELECT COUNT(*) FROM tasks t" + where.Sql(), where.params())->Int(0);
    json::array items;
    for (const auto& r : tx.Query(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(where.params(), {query.list.limit, query.list.offset})))
      items.push_back(FromRow(r, tx.Now()).json);
    return json::value(json::object{{"items", std::move(items)}, {"total", total}});
  });
}

core::Result<json::value> TaskService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("task", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto t = LoadVisible(tx, actor, id);
    if (!t) return core::Error::NotFound("task");
    return WithComments(tx, std::move(*t));
  });
}

core::Result<json::value> TaskService::Claim(const auth::Actor& actor, core::Id id, int version) {
  if (auto s = actor.Require("task", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto t = LoadVisible(tx, actor, id);
    if (!t) return core::Error::NotFound("task");
    if (t->queue_role != actor.role_name) return core::Error::Denied("only members of the task's queue may claim it");
    if (tx.Exec("UPDATE tasks SET assignee_id = ?, status = 'in_progress', claimed_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ? AND assignee_id IS NULL AND status = 'open'",
                {actor.user_id, tx.Now(), id, version}) != 1)
      return core::Error{core::ErrorCode::kConflict, "the task was claimed or changed by someone else",
                         {{"version", "is " + std::to_string(t->version)}}};
    auto saved = LoadVisible(tx, actor, id);
    auth::RecordChange(tx, actor, {"task", id, "claim", Snapshot(*t), Snapshot(*saved)}, "task.claimed");
    return WithComments(tx, std::move(*saved));
  });
}

core::Result<json::value> TaskService::Finish(const auth::Actor& actor, core::Id id, int version, bool done,
                                              std::optional<std::string> outcome) {
  if (auto s = actor.Require("task", auth::Action::kUpdate); !s.ok()) return s.error();
  if (outcome && core::Trim(*outcome).empty()) outcome.reset();
  if (!done && !outcome) return core::Error::Validation("outcome", "say why the task is cancelled");
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto t = LoadVisible(tx, actor, id);
    if (!t) return core::Error::NotFound("task");
    const bool mine = t->assignee_id == actor.user_id;
    const bool from_queue = !t->assignee_id && t->queue_role == actor.role_name;
    if (!mine && !from_queue) return core::Error::Denied("only the assignee or a member of the task's queue may finish it");
    if (t->status != "open" && t->status != "in_progress")
      return core::Error{core::ErrorCode::kConflict, "the task is already " + t->status, {{"status", "is " + t->status}}};
    const core::Millis now = tx.Now();
    if (tx.Exec("UPDATE tasks SET status = ?, outcome = ?, assignee_id = ?, claimed_at = COALESCE(claimed_at, ?), "
                "completed_at = ?, completed_by = ?, version = version + 1 WHERE id = ? AND version = ? AND status IN "
                "('open', 'in_progress')",
                {done ? "done" : "cancelled", outcome, actor.user_id, now, now, actor.user_id, id, version}) != 1)
      return core::Error::Stale("task", t->version);
    auto saved = LoadVisible(tx, actor, id);
    auth::RecordChange(tx, actor, {"task", id, done ? "complete" : "cancel", Snapshot(*t), Snapshot(*saved)},
                       done ? "task.completed" : "task.cancelled");
    return WithComments(tx, std::move(*saved));
  });
}

core::Result<json::value> TaskService::Comment(const auth::Actor& actor, core::Id id, const std::string& body) {
  if (auto s = actor.Require("task", auth::Action::kRead); !s.ok()) return s.error();
  if (core::Trim(body).empty()) return core::Error::Validation("body", "must not be empty");
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto t = LoadVisible(tx, actor, id);
    if (!t) return core::Error::NotFound("task");
    tx.Exec("INSERT INTO task_comments (id, task_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
            {tx.NewId(), id, actor.acting_user(), body, tx.Now()});
    store::PublishEvent(tx, "task.commented", "task", id, actor.acting_user(), "{}");
    return WithComments(tx, std::move(*t));
  });
}

core::Result<json::value> TaskService::Metrics(const auth::Actor& actor, int weeks) {
  if (auto s = actor.Require("task", auth::Action::kRead); !s.ok()) return s.error();
  if (weeks < 1 || weeks > 104) return core::Error::Invalid("weeks", "must be 1..104");
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    const core::Millis now = tx.Now();
    std::vector<std::string> week_keys;
    for (int i = weeks - 1; i >= 0; --i) {
      const std::string key = IsoWeek(now - i * 7 * kDayMs);
      if (week_keys.empty() || week_keys.back() != key) week_keys.push_back(key);
    }
    struct Cell {
      int handled = 0;
      double hours = 0;
    };
    std::map<std::string, std::map<std::string, Cell>> by_department;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> open_overdue;
    store::Where where;
    where.And(VisibleTo(actor));
    for (const auto& r : tx.Query("SELECT t.department, t.created_at, t.completed_at FROM tasks t" + where.Sql() +
                                      " AND t.status = 'done' AND t.completed_at >= ?",
                                  store::With(where.params(), {now - weeks * 7 * kDayMs}))) {
      Cell& cell = by_department[r.Str(0)][IsoWeek(r.Int(2))];
      ++cell.handled;
      cell.hours += static_cast<double>(r.Int(2) - r.Int(1)) / 3'600'000.0;
    }
    for (const auto& r : tx.Query("SELECT t.department, COUNT(*), SUM(CASE WHEN t.due_at < ? THEN 1 ELSE 0 END) FROM tasks t" +
                                      where.Sql() + " AND t.status IN ('open', 'in_progress') GROUP BY t.department",
                                  [&] {
                                    std::vector<store::Value> p{now};
                                    p.insert(p.end(), where.params().begin(), where.params().end());
                                    return p;
                                  }())) {
      open_overdue[r.Str(0)] = {r.Int(1), r.Int(2)};
      by_department[r.Str(0)];
    }
    json::array departments;
    for (const auto& [department, cells] : by_department) {
      json::array handled, hours;
      for (const auto& week : week_keys) {
        auto it = cells.find(week);
        handled.push_back(it == cells.end() ? 0 : it->second.handled);
        hours.push_back(it == cells.end() ? json::value(nullptr)
                                          : json::value(std::round(it->second.hours / it->second.handled * 10) / 10));
      }
      const auto counts = open_overdue.count(department) ? open_overdue[department] : std::pair<std::int64_t, std::int64_t>{0, 0};
      departments.push_back({{"department", department}, {"handled", std::move(handled)}, {"avg_hours", std::move(hours)},
                             {"open", counts.first}, {"overdue", counts.second}});
    }
    json::array keys;
    for (const auto& k : week_keys) keys.push_back(json::value(k));
    return json::value(json::object{{"weeks", std::move(keys)}, {"departments", std::move(departments)}});
  });
}

}  // namespace salient::workflow
