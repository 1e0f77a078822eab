#pragma once
// The durable job queue. Work is leased (SKIP LOCKED on PostgreSQL) so several nodes
// share it; a failed job is retried with exponential backoff; a crashed worker's lease
// expires and another node picks the job up. A restart loses nothing.
//
// A running job's lease is renewed while its handler works, so a job longer than the
// lease is not taken by a second worker. Each claim is fenced by (leased_by, attempts): a
// worker whose lease was taken over anyway cannot overwrite the newer attempt's result.
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::store {

struct Job {
  core::Id id = 0;
  std::string kind;
  std::string payload;  // JSON
  int attempts = 0;     // including the current one
  int max_attempts = 5;
};

struct EnqueueOptions {
  core::Millis run_at = 0;  // 0: now
  int max_attempts = 5;
  std::optional<std::string> dedupe_key;  // a second enqueue with the same key is ignored
};

// Returns the job id, or nullopt when dedupe_key already exists.
std::optional<core::Id> EnqueueJob(Tx& tx, std::string_view kind, std::string payload,
                                   const EnqueueOptions& options = {});

// Backoff before attempt n+1 after n failures: 2^(n-1) seconds, capped at one hour.
core::Millis RetryDelay(int failed_attempts);

class JobRunner {
 public:
  using Handler = std::function<core::Status(const Job&)>;

  JobRunner(Database& db, std::string worker_name, core::Millis lease_ms = 5 * 60 * 1000);
  ~JobRunner();

  void Register(std::string kind, Handler handler);
  // Claims and runs at most one due job; returns whether one ran. Used by tests and
  // by the worker threads.
  bool RunOne();
  // Extends the lease of every job this runner is running; returns how many it still
  // held. The runner's lease keeper calls it every third of a lease; tests call it directly.
  int RenewLeases();
  void Start(int threads, core::Millis poll_ms = 500);
  void Stop();

 private:
  std::optional<Job> Claim();
  void Finish(const Job& job, const core::Status& status);
  void KeepLeases();
  void SleepWhileRunning(core::Millis ms) const;

  Database& db_;
  std::string worker_name_;
  core::Millis lease_ms_;
  std::map<std::string, Handler, std::less<>> handlers_;
  std::mutex running_jobs_mutex_;
  std::map<core::Id, int> running_jobs_;  // id → attempts: the claims this runner holds
  std::atomic<bool> running_{false};
  std::vector<std::thread> threads_;
};

}  // namespace salient::store
