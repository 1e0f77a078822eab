#pragma once
// Imports uploaded through the API: the file is stored and a durable job does the work
// (so a large file never holds an HTTP request open, and a restart loses nothing).
// While a job runs, its progress is kept in memory for the status endpoint.
#include <boost/json/value.hpp>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "store/jobs.hpp"

namespace salient::crm {

struct ImportRequest {
  std::string kind = "orders";
  std::string content;
  std::string file_name;
  bool dry_run = false;
  bool skip_bad_rows = false;
};

class ImportJobs {
 public:
  // `actor_for` rebuilds the uploader's rights inside the job (imports run with them).
  using ActorLoader = std::function<core::Result<auth::Actor>(core::Id user_id)>;
  ImportJobs(store::Database& db, ActorLoader actor_for) : db_(db), actor_for_(std::move(actor_for)) {}

  core::Result<core::Id> Enqueue(const auth::Actor& actor, const ImportRequest& request);
  // {id, kind, status, file_name, dry_run, phase, done, total, report, error, created_at};
  // only the uploader (or an admin) sees an import.
  core::Result<boost::json::value> Status(const auth::Actor& actor, core::Id id);
  void Register(store::JobRunner& runner);

 private:
  core::Status Run(core::Id import_id);
  void SetProgress(core::Id id, const std::string& phase, int done, int total);

  struct Progress {
    std::string phase;
    int done = 0;
    int total = 0;
  };
  store::Database& db_;
  ActorLoader actor_for_;
  std::mutex mutex_;
  std::map<core::Id, Progress> progress_;
};

}  // namespace salient::crm
