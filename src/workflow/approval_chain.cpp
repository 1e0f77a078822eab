#include "workflow/approval_chain.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "auth/audit.hpp"
#include "auth/permissions.hpp"
#include "core/json.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr std::size_t kMaxSteps = 10;
constexpr int kMaxSeq = 5;
constexpr int kVersionsShown = 20;
const std::set<std::string, std::less<>> kStepKeys = {"seq", "role", "label", "when", "condition"};

std::string Str(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

bool Applies(std::string_view when, AuthorityExcess excess) {
  return when == "always" || (when == "beyond_rep" && excess.beyond_rep) ||
         (when == "beyond_manager" && excess.beyond_manager);
}

json::value CurrentSteps(store::Tx& tx, std::string_view object) {
  auto row = tx.QueryOne("SELECT steps FROM approval_chains WHERE object = ? ORDER BY version DESC LIMIT 1",
                         {std::string(object)});
  return row ? json::parse(row->Str(0)) : json::value(json::array{});
}

}  // namespace

void ValidateApprovalStep(const json::value& step, const std::string& at,
                          std::vector<std::pair<std::string, std::string>>& problems) {
  if (!step.is_object()) {
    problems.emplace_back(at, "must be an object");
    return;
  }
  const auto& s = step.get_object();
  const auto* seq = s.if_contains("seq");
  if (!seq || !seq->is_int64() || seq->as_int64() < 1 || seq->as_int64() > kMaxSeq)
    problems.emplace_back(at + ".seq", "1–5; steps with the same seq run in parallel");
  if (!auth::IsDefaultRole(Str(s, "role"))) problems.emplace_back(at + ".role", "an existing role");
  if (const auto* label = s.if_contains("label")) {
    if (!label->is_string()) problems.emplace_back(at + ".label", "must be text");
    else if (label->get_string().size() > 120) problems.emplace_back(at + ".label", "is too long");
  }
}

ApprovalStepSpec StepSpecOf(const json::object& step, std::optional<core::Id> zone_id) {
  const std::string role = Str(step, "role");
  const std::string label = Str(step, "label");
  return {static_cast<int>(step.at("seq").as_int64()), label.empty() ? role : label, role,
          role == "zone_manager" ? zone_id : std::nullopt};
}

std::vector<RuleProblem> ValidateApprovalChain(const json::value& steps, const RecordSource& source) {
  std::vector<RuleProblem> problems;
  if (!steps.is_array() || steps.as_array().empty() || steps.as_array().size() > kMaxSteps) {
    problems.push_back({"steps", "1 to 10 steps", 0});
    return problems;
  }
  // Which cases an unconditional step covers: every quote needing approval must have an approver.
  bool covers_rep = false, covers_manager = false;
  for (std::size_t i = 0; i < steps.as_array().size(); ++i) {
    const auto& step = steps.as_array()[i];
    const std::string at = "steps[" + std::to_string(i) + "]";
    std::vector<std::pair<std::string, std::string>> step_problems;
    ValidateApprovalStep(step, at, step_problems);
    for (auto& [field, message] : step_problems) problems.push_back({field, message, 0});
    if (!step.is_object()) continue;
    const auto& s = step.get_object();
    for (const auto& [key, _] : s)
      if (!kStepKeys.count(key)) problems.push_back({at + "." + std::string(key), "unknown field", 0});
    const std::string when = Str(s, "when");
    if (when != "always" && when != "beyond_rep" && when != "beyond_manager")
      problems.push_back({at + ".when", "must be always, beyond_rep or beyond_manager", 0});
    const auto* condition = s.if_contains("condition");
    if (condition && !condition->is_string() && !condition->is_null()) {
      problems.push_back({at + ".condition", "must be text", 0});
      continue;
    }
    const std::string text = Str(s, "condition");
    auto parsed = ParseCondition(text, source.fields);
    if (auto* error = std::get_if<ExprError>(&parsed)) {
      problems.push_back({at + ".condition", error->message, error->position});
    } else if (!std::get<std::optional<Expression>>(parsed)) {
      covers_rep = covers_rep || Applies(when, {.beyond_rep = true});
      covers_manager = covers_manager || Applies(when, {.beyond_manager = true});
    }
  }
  if (problems.empty() && !covers_rep)
    problems.push_back({"steps", "a quote beyond the rep's authority would have no approver: add a step for it "
                                 "(always or beyond_rep) without a condition", 0});
  if (problems.empty() && !covers_manager)
    problems.push_back({"steps", "a quote beyond the manager's authority would have no approver: add a step for it "
                                 "(always or beyond_manager) without a condition", 0});
  return problems;
}

std::vector<ApprovalStepSpec> ApprovalStepsFor(store::Tx& tx, std::string_view object, AuthorityExcess excess,
                                               const FieldTypes& fields, const std::function<FieldValues()>& record,
                                               std::optional<core::Id> zone_id) {
  const json::value chain = CurrentSteps(tx, object);
  std::optional<FieldValues> values;
  std::vector<ApprovalStepSpec> chosen;
  for (const auto& step : chain.as_array()) {
    const auto& s = step.as_object();
    if (!Applies(Str(s, "when"), excess)) continue;
    auto condition = ParseCondition(Str(s, "condition"), fields);
    // A condition that no longer parses (a field was renamed) keeps its step: one approval
    // too many is safer than one too few.
    if (const auto* expression = std::get_if<std::optional<Expression>>(&condition); expression && *expression) {
      if (!values) values = record();
      if (!(*expression)->Holds(*values, tx.Now() / kDayMs)) continue;
    }
    chosen.push_back(StepSpecOf(s, zone_id));
  }
  if (chosen.empty()) return {{1, "销售总监审批", "sales_director", std::nullopt}};
  std::set<int> seqs;
  for (const auto& step : chosen) seqs.insert(step.seq);
  for (auto& step : chosen) step.seq = 1 + static_cast<int>(std::distance(seqs.begin(), seqs.find(step.seq)));
  std::stable_sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
  return chosen;
}

const RecordSource* ApprovalChainService::SourceOf(std::string_view object) const {
  if (object != "quote") return nullptr;  // only quotes have an authority-driven chain
  auto found = sources_.find(object);
  return found == sources_.end() ? nullptr : &found->second;
}

core::Result<json::value> ApprovalChainService::Get(const auth::Actor& actor, std::string_view object) {
  if (auto s = actor.Require("authority_limit", auth::Action::kRead); !s.ok()) return s.error();
  if (!SourceOf(object)) return core::Error::NotFound("approval chain");
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array versions;
    for (const auto& r : tx.Query("SELECT a.version, a.steps, a.saved_at, u.display_name FROM approval_chains a "
                                  "LEFT JOIN users u ON u.id = a.saved_by WHERE a.object = ? "
                                  "ORDER BY a.version DESC LIMIT ?",
                                  {std::string(object), kVersionsShown}))
      versions.push_back({{"version", r.Int(0)},
                          {"steps", json::parse(r.Str(1))},
                          {"saved_at", core::TimeValue(r.Int(2))},
                          {"saved_by_name", r.IsNull(3) ? json::value(nullptr) : json::value(r.Str(3))}});
    if (versions.empty()) return core::Error::NotFound("approval chain");
    const auto& current = versions.front().as_object();
    json::array fields;  // what a step's condition may read (whoever may edit the chain)
    for (const auto& [name, type] : SourceOf(object)->fields)
      fields.push_back({{"name", name}, {"type", std::string(ExprTypeName(type))}});
    return json::value(json::object{{"object", object},
                                    {"fields", std::move(fields)},
                                    {"version", current.at("version")},
                                    {"steps", current.at("steps")},
                                    {"updated_at", current.at("saved_at")},
                                    {"updated_by_name", current.at("saved_by_name")},
                                    {"versions", std::move(versions)}});
  });
}

core::Result<json::value> ApprovalChainService::Validate(const auth::Actor& actor, std::string_view object,
                                                         const json::value& steps) {
  if (auto s = actor.Require("authority_limit", auth::Action::kRead); !s.ok()) return s.error();
  const RecordSource* source = SourceOf(object);
  if (!source) return core::Error::NotFound("approval chain");
  return ProblemsJson(ValidateApprovalChain(steps, *source));
}

core::Result<json::value> ApprovalChainService::Replace(const auth::Actor& actor, std::string_view object, int version,
                                                        const json::value& steps) {
  if (auto s = actor.Require("authority_limit", auth::Action::kUpdate); !s.ok()) return s.error();
  const RecordSource* source = SourceOf(object);
  if (!source) return core::Error::NotFound("approval chain");
  if (auto problems = ValidateApprovalChain(steps, *source); !problems.empty()) return ProblemsError(problems);
  auto saved = db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto current = tx.QueryOne("SELECT version, steps FROM approval_chains WHERE object = ? ORDER BY version DESC LIMIT 1",
                               {std::string(object)});
    const int current_version = current ? static_cast<int>(current->Int(0)) : 0;
    if (current_version != version) return core::Error::Stale("approval chain", current_version);
    // The primary key (object, version) makes two simultaneous saves yield one new version.
    tx.Exec("INSERT INTO approval_chains (object, version, steps, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)",
            {std::string(object), version + 1, json::serialize(steps), actor.acting_user(), tx.Now()});
    auth::RecordChange(tx, actor,
                       {"approval_chain", version + 1, "update",
                        current ? json::parse(current->Str(1)) : json::value(nullptr), steps});
    return core::Ok{};
  });
  if (!saved.ok()) return saved.error();
  return Get(actor, object);
}

}  // namespace salient::workflow
