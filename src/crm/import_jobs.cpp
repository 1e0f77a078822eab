#include "crm/import_jobs.hpp"

#include <boost/json.hpp>

#include <sstream>

#include "core/json.hpp"
#include "crm/order_import.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

json::value ReportJson(const ImportReport& r) {
  json::array issues;
  for (const auto& i : r.issues) issues.push_back({{"line", i.line}, {"column", i.column}, {"message", i.message}});
  return {{"layout", r.layout},         {"rows", r.rows},
          {"bad_rows", r.bad_rows},     {"orders", r.orders},
          {"lines", r.lines},           {"customers_created", r.customers_created},
          {"products_created", r.products_created}, {"total", r.total},
          {"written", r.written},       {"issues", issues}};
}

}  // namespace

core::Result<core::Id> ImportJobs::Enqueue(const auth::Actor& actor, const ImportRequest& request) {
  if (auto s = actor.Require("order", auth::Action::kCreate); !s.ok()) return s.error();
  if (request.kind != "orders") return core::Error::Validation("kind", "only orders can be imported here");
  if (request.content.empty()) return core::Error::Invalid("body", "the CSV file is empty");
  return db_.Write<core::Id>([&](store::Tx& tx) -> core::Result<core::Id> {
    const core::Id id = tx.NewId();
    tx.Exec("INSERT INTO imports (id, user_id, kind, status, dry_run, skip_bad_rows, file_name, content, created_at, "
            "updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?)",
            {id, actor.user_id, request.kind, request.dry_run ? 1 : 0, request.skip_bad_rows ? 1 : 0, request.file_name,
             request.content, tx.Now(), tx.Now()});
    store::EnqueueOptions once;
    once.max_attempts = 1;  // a failed import is reported, not silently retried
    store::EnqueueJob(tx, "import.orders", json::serialize(json::object{{"import_id", core::IdToString(id)}}), once);
    return id;
  });
}

core::Result<json::value> ImportJobs::Status(const auth::Actor& actor, core::Id id) {
  auto row = db_.Read<std::optional<store::Row>>([&](store::Tx& tx) -> core::Result<std::optional<store::Row>> {
    return tx.QueryOne("SELECT id, user_id, kind, status, file_name, dry_run, report, error, created_at, phase, "
                       "done_rows, total_rows FROM imports WHERE id = ?",
                       {id});
  });
  if (!row.ok()) return row.error();
  const auto& r = row.value();
  if (!r || (r->Int(1) != actor.user_id && actor.role_name != "admin")) return core::Error::NotFound("import");
  json::object out{{"id", core::IdValue(r->Int(0))}, {"kind", r->Str(2)},       {"status", r->Str(3)},
                   {"file_name", r->Str(4)},          {"dry_run", r->Bool(5)},   {"error", r->OptStr(7) ? json::value(*r->OptStr(7)) : nullptr},
                   {"created_at", core::TimeValue(r->Int(8))}};
  out["report"] = r->IsNull(6) ? json::value(nullptr) : core::ParseJson(r->Str(6)).value_or(nullptr);
  {
    // This node's live figure if it runs the import, else what the running node last stored.
    std::lock_guard lock(mutex_);
    auto p = progress_.find(id);
    const bool running = r->Str(3) == "running";
    if (p != progress_.end()) {
      out["phase"] = p->second.phase;
      out["done"] = p->second.done;
      out["total"] = p->second.total;
    } else {
      out["phase"] = running && !r->IsNull(9) ? json::value(r->Str(9)) : json::value(nullptr);
      out["done"] = running ? r->Int(10) : 0;
      out["total"] = running ? r->Int(11) : 0;
    }
  }
  return json::value(out);
}

void ImportJobs::SetProgress(core::Id id, const std::string& phase, int done, int total) {
  {
    std::lock_guard lock(mutex_);
    progress_[id] = {phase, done, total};
  }
  // Other nodes read it from the database. Not on SQLite: the import holds its only write
  // lock while it writes, and SQLite is one node anyway.
  if (db_.dialect() != store::Dialect::kPostgres) return;
  (void)db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE imports SET phase = ?, done_rows = ?, total_rows = ? WHERE id = ?", {phase, done, total, id});
    return core::Ok{};
  });
}

core::Status ImportJobs::Run(core::Id import_id) {
  auto row = db_.Write<std::optional<store::Row>>([&](store::Tx& tx) -> core::Result<std::optional<store::Row>> {
    auto r = tx.QueryOne("SELECT user_id, content, dry_run, skip_bad_rows FROM imports WHERE id = ? AND status = 'queued'",
                         {import_id});
    if (r) tx.Exec("UPDATE imports SET status = 'running', updated_at = ? WHERE id = ?", {tx.Now(), import_id});
    return r;
  });
  if (!row.ok()) return row.error();
  if (!row.value()) return core::Ok{};  // already handled
  const store::Row& r = *row.value();
  auto finish = [&](const std::string& status, const json::value& report, const std::string& error) {
    (void)db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
      tx.Exec("UPDATE imports SET status = ?, report = ?, error = ?, content = '', updated_at = ? WHERE id = ?",
              {status, report.is_null() ? store::Value() : store::Value(json::serialize(report)),
               error.empty() ? store::Value() : store::Value(error), tx.Now(), import_id});
      return core::Ok{};
    });
    std::lock_guard lock(mutex_);
    progress_.erase(import_id);
  };
  auto actor = actor_for_(r.Int(0));
  if (!actor.ok()) {
    finish("failed", nullptr, actor.error().message);
    return core::Ok{};
  }
  std::istringstream csv(r.Str(1));
  ImportOptions options;
  options.dry_run = r.Bool(2);
  options.skip_bad_rows = r.Bool(3);
  options.progress = [&](const std::string& phase, int done, int total) { SetProgress(import_id, phase, done, total); };
  auto report = ImportOrders(db_, actor.value(), csv, options);
  if (!report.ok()) finish("failed", nullptr, report.error().message);
  else finish("done", ReportJson(report.value()), "");
  return core::Ok{};
}

void ImportJobs::Register(store::JobRunner& runner) {
  runner.Register("import.orders", [this](const store::Job& job) -> core::Status {
    auto payload = core::ParseJson(job.payload);
    if (!payload || !payload->is_object() || !payload->as_object().if_contains("import_id"))
      return core::Error::Invalid("payload", "import job without import_id");
    auto id = core::ParseId(payload->as_object().at("import_id").as_string());
    if (!id) return core::Error::Invalid("payload", "bad import_id");
    return Run(*id);
  });
}

}  // namespace salient::crm
