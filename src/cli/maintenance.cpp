#include "cli/maintenance.hpp"

#include <spdlog/spdlog.h>

#include "crm/customer_service.hpp"

namespace salient::cli {

namespace {
constexpr core::Millis kDay = 24LL * 3600 * 1000;

// One job per day, whichever node enqueues it first.
void EnqueueNext(store::Tx& tx) {
  const core::Millis next_day = (tx.Now() / kDay + 1) * kDay + 3600 * 1000;  // 01:00 UTC
  store::EnqueueJob(tx, "maintenance.cleanup", "{}",
                    {.run_at = next_day, .max_attempts = 5, .dedupe_key = "cleanup:" + std::to_string(next_day / kDay)});
}
}  // namespace

void RegisterMaintenanceJobs(store::JobRunner& jobs, store::Database& db) {
  jobs.Register("maintenance.cleanup", [&db](const store::Job&) -> core::Status {
    return db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
      const auto sessions = tx.Exec("DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?",
                                    {tx.Now() - 7 * kDay, tx.Now() - 7 * kDay});
      const auto events = tx.Exec("DELETE FROM outbox WHERE created_at < ?", {tx.Now() - 30 * kDay});
      tx.Exec("DELETE FROM outbox_processed WHERE processed_at < ?", {tx.Now() - 2 * kDay});
      tx.Exec("DELETE FROM idempotency_keys WHERE created_at < ?", {tx.Now() - kDay});
      // Trailing-12-month revenue moves with the calendar: regrade every customer daily.
      crm::RecomputeCustomerStats(tx);
      spdlog::info("maintenance: removed {} old sessions and {} old events", sessions, events);
      EnqueueNext(tx);
      return core::Ok{};
    });
  });
  auto seeded = db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    EnqueueNext(tx);
    return core::Ok{};
  });
  if (!seeded.ok()) spdlog::warn("could not schedule maintenance: {}", seeded.error().message);
}

}  // namespace salient::cli
