#pragma once
// The actions a rule may take, one code path for doing them and for describing what they
// would do (test runs): create a task for a user or a role's queue, notify someone, set a
// field of the related customer. Titles and bodies render `{{field}}` placeholders.
#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "workflow/record_source.hpp"

namespace salient::workflow {

struct ActionContext {
  const RecordSources& sources;
  std::string object;
  core::Id object_id = 0;
  const RecordFacts& facts;
  std::optional<core::Id> rule_id;
};

// Checks one action's shape against the record's fields; problems name "<at>.field".
void ValidateAction(const boost::json::value& action, const RecordSource& source, const std::string& at,
                    std::vector<std::pair<std::string, std::string>>& problems);

// Does the action (or, with dry_run, only says what it would do): a description such as
// {type: "create_task", task_type, title, queue_role | assignee_name, due_at, task_id?}.
core::Result<boost::json::value> RunAction(store::Tx& tx, const ActionContext& context,
                                           const boost::json::object& action, bool dry_run);

}  // namespace salient::workflow
