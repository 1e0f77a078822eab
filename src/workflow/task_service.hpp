#pragma once
// Cross-department tasks: work for one person or for a role's queue (anyone with the role
// may claim it), linked to the record it is about, with a due time. Claims and
// completions are conditional updates, so two people cannot both take one task.
// Metrics: average handling time (created → done) per department and ISO week.
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::workflow {

struct NewTask {
  std::string type;        // credit_check | stocking | logistics_booking | follow_up | ...
  std::string title;
  std::string body;
  std::string department;  // finance | warehouse | logistics | sales | service
  std::optional<std::string> queue_role;
  std::optional<core::Id> assignee_id;
  std::optional<core::Id> zone_id;
  std::string object;
  std::optional<core::Id> object_id;
  std::string object_label;
  std::optional<core::Millis> due_at;
  std::optional<core::Id> rule_id;
  std::optional<core::Id> created_by;
};

// Inside the caller's transaction: stores the task, publishes `task.created` and tells the
// assignee (or every active member of the queue's role).
core::Id CreateTask(store::Tx& tx, const NewTask& task);

struct TaskQuery {
  bool mine = false;  // assigned to the caller or waiting in their role's queue
  std::string status, type, department, object;
  std::optional<core::Id> object_id;
  core::ListParams list;
};

class TaskService {
 public:
  explicit TaskService(store::Database& db) : db_(db) {}

  core::Result<boost::json::value> List(const auth::Actor& actor, const TaskQuery& query);
  core::Result<boost::json::value> Get(const auth::Actor& actor, core::Id id);
  // Takes an unassigned queue task (kConflict when someone else was first).
  core::Result<boost::json::value> Claim(const auth::Actor& actor, core::Id id, int version);
  // done / cancelled; by the assignee, or by a queue member (who then becomes the assignee).
  core::Result<boost::json::value> Finish(const auth::Actor& actor, core::Id id, int version, bool done,
                                          std::optional<std::string> outcome);
  core::Result<boost::json::value> Comment(const auth::Actor& actor, core::Id id, const std::string& body);
  core::Result<boost::json::value> Metrics(const auth::Actor& actor, int weeks);

 private:
  store::Database& db_;
};

}  // namespace salient::workflow
