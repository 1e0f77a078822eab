#pragma once
// Event rules: when a topic happens (e.g. `quote.submitted`) and the condition holds for
// the record, run the actions (create a task, notify, set a field). Rules are checked on
// save — the condition parsed and type-checked, every action's fields and placeholders
// known — and every save is kept as a version. The built-in flows (credit check,
// stocking reminder, logistics booking) ship as rules that may be edited or disabled.
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "workflow/record_source.hpp"

namespace salient::workflow {

struct TriggerTopic {
  std::string topic;   // "quote.submitted"
  std::string object;  // "quote"
};
// The topics rules may hang on.
const std::vector<TriggerTopic>& TriggerTopics();
const TriggerTopic* FindTopic(std::string_view topic);

// What a rule on `topic` may read: its record's fields, and for change events the record's
// own text and yes/no fields as they were before the change (`before.customer.status`), so
// a condition can say "became lost": `customer.status = 'lost' and before.customer.status != 'lost'`.
FieldTypes TriggerFields(const TriggerTopic& topic, const RecordSources& sources);
// Adds the `before.*` values of `fields` (TriggerFields) from a change event's payload
// ({before: {...}}).
void AddBeforeValues(const FieldTypes& fields, std::string_view payload, FieldValues& values);

struct RuleDefinition {
  std::string name;
  std::string description;
  std::string trigger_topic;
  std::string condition;
  boost::json::array actions;
  bool enabled = true;
};

struct RuleProblem {
  std::string field;  // "condition", "actions[1].title", ...
  std::string message;
  int position = 0;  // in the condition, 1-based; 0 when not about a position
};

// Every problem of a definition (empty: it may be saved).
std::vector<RuleProblem> ValidateRule(const RuleDefinition& rule, const RecordSources& sources);
// Problems as a 422 (every field named, positions in the message) or as a validate answer
// {ok, errors: [{field, message, position?}]}.
core::Error ProblemsError(const std::vector<RuleProblem>& problems);
boost::json::value ProblemsJson(const std::vector<RuleProblem>& problems);

class RuleService {
 public:
  RuleService(store::Database& db, const RecordSources& sources) : db_(db), sources_(sources) {}

  core::Result<boost::json::value> List(const auth::Actor& actor);
  // The rule with its saved versions.
  core::Result<boost::json::value> Get(const auth::Actor& actor, core::Id id);
  core::Result<boost::json::value> Create(const auth::Actor& actor, const RuleDefinition& rule);
  // kConflict on a stale version; kValidation listing every problem.
  core::Result<boost::json::value> Update(const auth::Actor& actor, core::Id id, int version, const RuleDefinition& rule);
  // {ok, errors: [{field, message, position?}]} without saving.
  core::Result<boost::json::value> Validate(const auth::Actor& actor, const RuleDefinition& rule);
  // Topics with the fields each offers: {items: [{topic, object, fields: [{name, type}]}]}.
  core::Result<boost::json::value> Topics(const auth::Actor& actor);
  core::Result<boost::json::value> Runs(const auth::Actor& actor, core::Id id, int limit);
  // A daily (reminder) rule's scan, now instead of tomorrow morning: {queued}.
  core::Result<boost::json::value> RunNow(const auth::Actor& actor, core::Id id);
  // What the rule would do for the record, without doing it.
  core::Result<boost::json::value> TestRun(const auth::Actor& actor, core::Id id, core::Id object_id);

 private:
  store::Database& db_;
  const RecordSources& sources_;
};

// Inserts the built-in flows that are missing (by builtin_key); run at every start.
core::Status SeedBuiltInRules(store::Database& db);

}  // namespace salient::workflow
