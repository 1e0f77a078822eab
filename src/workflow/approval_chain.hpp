#pragma once
// Who approves a quote beyond its submitter's authority. The power list decides whether a
// quote needs approval and how far beyond authority it is; the chain, edited in the
// process designer and versioned, decides who approves, in which order:
//
//   [{seq: 1, role: "zone_manager",   label: "战区经理审批", when: "beyond_rep"},
//    {seq: 2, role: "sales_director", label: "销售总监审批", when: "beyond_manager"},
//    {seq: 2, role: "finance",        label: "财务会签", when: "always",
//     condition: "quote.total > 500000"}]
//
// `when`: always (whenever approval is needed), beyond_rep (a discount beyond the rep's
// authority), beyond_manager (beyond the zone manager's, or a total above the director
// amount). `condition`: optional, the rule language over the quote's fields. Steps with the
// same seq run in parallel. Approval steps are written the same way in a rule's
// start_approval action ({seq, role, label}).
#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "workflow/approval_service.hpp"
#include "workflow/record_source.hpp"
#include "workflow/rule_service.hpp"

namespace salient::workflow {

// How far beyond authority a submission is (from the power list).
struct AuthorityExcess {
  bool beyond_rep = false;
  bool beyond_manager = false;
};

// Problems of one approval step {seq, role, label} under `at` ("steps[0]").
void ValidateApprovalStep(const boost::json::value& step, const std::string& at,
                          std::vector<std::pair<std::string, std::string>>& problems);
// The step to open for a record in `zone_id` (a zone_manager step goes to that zone's manager).
ApprovalStepSpec StepSpecOf(const boost::json::object& step, std::optional<core::Id> zone_id);

// Problems of a whole chain for `object`'s records (empty: it may be saved).
std::vector<RuleProblem> ValidateApprovalChain(const boost::json::value& steps, const RecordSource& source);

// The steps of the current chain that apply to this record, seqs renumbered 1, 2, ...;
// never empty when approval is needed (the chain is validated so that an unconditional
// step covers each case; should none apply, the sales director decides).
// `fields` are the record's field types (its RecordSource); `record` loads its values, called
// only when a step has a condition to check.
std::vector<ApprovalStepSpec> ApprovalStepsFor(store::Tx& tx, std::string_view object, AuthorityExcess excess,
                                               const FieldTypes& fields, const std::function<FieldValues()>& record,
                                               std::optional<core::Id> zone_id);

class ApprovalChainService {
 public:
  ApprovalChainService(store::Database& db, const RecordSources& sources) : db_(db), sources_(sources) {}

  // {object, version, steps, updated_at, updated_by_name, versions: [...]}
  core::Result<boost::json::value> Get(const auth::Actor& actor, std::string_view object);
  // {ok, errors: [{field, message, position?}]}
  core::Result<boost::json::value> Validate(const auth::Actor& actor, std::string_view object,
                                            const boost::json::value& steps);
  // Saves the chain as a new version; kConflict when `version` is not the current one.
  core::Result<boost::json::value> Replace(const auth::Actor& actor, std::string_view object, int version,
                                           const boost::json::value& steps);

 private:
  const RecordSource* SourceOf(std::string_view object) const;
  store::Database& db_;
  const RecordSources& sources_;
};

}  // namespace salient::workflow
