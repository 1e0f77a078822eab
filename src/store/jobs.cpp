#include "store/jobs.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

namespace salient::store {

namespace {
// Names one claim of a job: a worker whose lease was taken over matches nothing.
constexpr std::string_view kThisClaim = " WHERE id = ? AND status = 'running' AND leased_by = ? AND attempts = ?";
}  // namespace

std::optional<core::Id> EnqueueJob(Tx& tx, std::string_view kind, std::string payload,
                                   const EnqueueOptions& options) {
  if (options.dedupe_key &&
      tx.QueryOne("SELECT id FROM jobs WHERE dedupe_key = ?", {*options.dedupe_key}))
    return std::nullopt;
  const core::Id id = tx.NewId();
  const core::Millis now = tx.Now();
  tx.Exec(
      "INSERT INTO jobs (id, kind, payload, status, run_at, max_attempts, dedupe_key, created_at, "
      "updated_at) VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
      {id, kind, std::move(payload), options.run_at ? options.run_at : now, options.max_attempts,
       options.dedupe_key, now, now});
  return id;
}

core::Millis RetryDelay(int failed_attempts) {
  const int exponent = std::clamp(failed_attempts - 1, 0, 12);
  return std::min<core::Millis>(1000LL << exponent, 3600 * 1000);
}

JobRunner::JobRunner(Database& db, std::string worker_name, core::Millis lease_ms)
    : db_(db), worker_name_(std::move(worker_name)), lease_ms_(lease_ms) {}

JobRunner::~JobRunner() { Stop(); }

void JobRunner::Register(std::string kind, Handler handler) {
  handlers_[std::move(kind)] = std::move(handler);
}

std::optional<Job> JobRunner::Claim() {
  auto claimed = db_.Write<std::optional<Job>>([&](Tx& tx) -> core::Result<std::optional<Job>> {
    const core::Millis now = tx.Now();
    // A job is due when queued and its time has come, or running with an expired lease
    // (its worker died).
    const std::string pick =
        "SELECT id FROM jobs WHERE (status = 'queued' AND run_at <= ?) OR "
        "(status = 'running' AND lease_until < ?) ORDER BY run_at LIMIT 1" +
        std::string(tx.dialect() == Dialect::kPostgres ? " FOR UPDATE SKIP LOCKED" : "");
    auto row = tx.QueryOne(pick, {now, now});
    if (!row) return std::optional<Job>{};
    const core::Id id = row->Int(0);
    tx.Exec(
        "UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_until = ?, "
        "leased_by = ?, updated_at = ? WHERE id = ?",
        {now + lease_ms_, worker_name_, now, id});
    auto job = tx.QueryOne("SELECT id, kind, payload, attempts, max_attempts FROM jobs WHERE id = ?", {id});
    return std::optional<Job>{Job{job->Int(0), job->Str(1), job->Str(2),
                                  static_cast<int>(job->Int(3)), static_cast<int>(job->Int(4))}};
  });
  if (!claimed.ok()) {
    spdlog::warn("job claim failed: {}", claimed.error().message);
    return std::nullopt;
  }
  return claimed.value();
}

void JobRunner::Finish(const Job& job, const core::Status& status) {
  const std::string this_claim(kThisClaim);
  auto done = db_.Write<std::int64_t>([&](Tx& tx) -> core::Result<std::int64_t> {
    const core::Millis now = tx.Now();
    if (status.ok())
      return tx.Exec("UPDATE jobs SET status = 'done', lease_until = 0, last_error = NULL, updated_at = ?" + this_claim,
                     {now, job.id, worker_name_, job.attempts});
    if (job.attempts >= job.max_attempts)
      return tx.Exec("UPDATE jobs SET status = 'failed', lease_until = 0, last_error = ?, updated_at = ?" + this_claim,
                     {status.error().message, now, job.id, worker_name_, job.attempts});
    return tx.Exec(
        "UPDATE jobs SET status = 'queued', lease_until = 0, run_at = ?, last_error = ?, updated_at = ?" + this_claim,
        {now + RetryDelay(job.attempts), status.error().message, now, job.id, worker_name_, job.attempts});
  });
  if (!done.ok())
    spdlog::error("job {} result not recorded: {}", job.id, done.error().message);
  else if (done.value() == 0)
    spdlog::warn("job {} {} attempt {}: the lease was lost to another worker; this attempt's result is dropped",
                 job.id, job.kind, job.attempts);
}

int JobRunner::RenewLeases() {
  std::vector<std::pair<core::Id, int>> held;
  {
    std::lock_guard lock(running_jobs_mutex_);
    held.assign(running_jobs_.begin(), running_jobs_.end());
  }
  if (held.empty()) return 0;
  auto renewed = db_.Write<int>([&](Tx& tx) -> core::Result<int> {
    const core::Millis until = tx.Now() + lease_ms_;
    int count = 0;
    for (const auto& [id, attempts] : held)
      count += static_cast<int>(tx.Exec(
          "UPDATE jobs SET lease_until = ?" + std::string(kThisClaim), {until, id, worker_name_, attempts}));
    return count;
  });
  if (!renewed.ok()) {
    spdlog::warn("job leases not renewed: {}", renewed.error().message);
    return 0;
  }
  if (renewed.value() < static_cast<int>(held.size()))
    spdlog::warn("{} of {} running jobs lost their lease to another worker", held.size() - renewed.value(), held.size());
  return renewed.value();
}

void JobRunner::SleepWhileRunning(core::Millis ms) const {
  // In short steps, so Stop() is prompt.
  for (core::Millis waited = 0; running_ && waited < ms; waited += 50)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

void JobRunner::KeepLeases() {
  const core::Millis every = std::max<core::Millis>(lease_ms_ / 3, 50);
  while (running_) {
    SleepWhileRunning(every);
    if (running_) RenewLeases();
  }
}

bool JobRunner::RunOne() {
  auto job = Claim();
  if (!job) return false;
  {
    std::lock_guard lock(running_jobs_mutex_);
    running_jobs_[job->id] = job->attempts;
  }
  auto handler = handlers_.find(job->kind);
  core::Status status = core::Ok{};
  if (handler == handlers_.end()) {
    status = core::Error{core::ErrorCode::kFailedPrecondition, "no handler for job kind " + job->kind, {}};
  } else {
    try {
      status = handler->second(*job);
    } catch (const std::exception& e) {
      status = core::Error{core::ErrorCode::kInternal, e.what(), {}};
    }
  }
  if (!status.ok())
    spdlog::warn("job {} {} attempt {} failed: {}", job->id, job->kind, job->attempts,
                 status.error().message);
  {
    std::lock_guard lock(running_jobs_mutex_);
    running_jobs_.erase(job->id);
  }
  Finish(*job, status);
  return true;
}

void JobRunner::Start(int threads, core::Millis poll_ms) {
  if (running_.exchange(true)) return;
  threads_.emplace_back([this] { KeepLeases(); });
  for (int i = 0; i < threads; ++i) {
    threads_.emplace_back([this, poll_ms] {
      while (running_)
        if (!RunOne()) SleepWhileRunning(poll_ms);
    });
  }
}

void JobRunner::Stop() {
  running_ = false;
  for (auto& t : threads_)
    if (t.joinable()) t.join();
  threads_.clear();
}

}  // namespace salient::store
