#pragma once
// Housekeeping run by the durable job queue once a day: expired sessions and old
// outbox events are deleted. The job re-enqueues itself for the next day.
#include "store/database.hpp"
#include "store/jobs.hpp"

namespace salient::cli {

void RegisterMaintenanceJobs(store::JobRunner& jobs, store::Database& db);

}  // namespace salient::cli
