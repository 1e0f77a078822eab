#pragma once
// Housekeeping run by the durable job queue once a day: expired sessions, old outbox
// events and idempotency keys are deleted, and customers' 12-month revenue and ABC
// grades are recomputed. The job re-enqueues itself for the next day.
#include "store/database.hpp"
#include "store/jobs.hpp"

namespace salient::cli {

void RegisterMaintenanceJobs(store::JobRunner& jobs, store::Database& db);

}  // namespace salient::cli
