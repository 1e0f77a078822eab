#pragma once
// Opportunities (the pipeline): configurable stages with a default probability, a stage
// history, and the owner and zone of their customer (so they share its record scope).
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct Stage {
  std::string key, label_zh, label_en, outcome;  // outcome: open | won | lost
  int probability = 0;
  int position = 0;
};

struct StageChange {
  std::optional<std::string> from_stage;
  std::string to_stage;
  std::string actor_name;
  core::Millis at = 0;
};

struct Opportunity {
  core::Id id = 0;
  std::string name;
  core::Id customer_id = 0;
  std::string customer_name;
  std::optional<core::Id> owner_id, zone_id;
  std::string owner_name;
  core::MinorUnits amount = 0;
  std::string currency = "CNY";
  std::string stage;
  int probability = 0;
  core::Millis expected_close_date = 0;
  std::optional<std::string> source, competitor, lost_reason;
  std::optional<core::Millis> closed_at;
  int version = 1;
  core::Millis created_at = 0, updated_at = 0;
  std::vector<StageChange> history;  // filled by Get
};

boost::json::value OpportunityToJson(const Opportunity& opportunity);
boost::json::value StageToJson(const Stage& stage);

struct OpportunityInput {
  std::optional<std::string> name, stage;
  std::optional<core::Id> customer_id;
  std::optional<core::MinorUnits> amount;
  std::optional<int> probability;
  std::optional<core::Millis> expected_close_date;
  std::optional<std::optional<std::string>> source, competitor, lost_reason;
  int version = 0;
};

struct OpportunityQuery {
  core::ListParams list;
  std::string stage;
  std::optional<core::Id> customer_id, owner_id, zone_id;
  bool open_only = false;
};

class OpportunityService {
 public:
  explicit OpportunityService(store::Database& db) : db_(db) {}

  core::Result<std::vector<Stage>> Stages();
  core::Result<Opportunity> Create(const auth::Actor& actor, const OpportunityInput& input);
  core::Result<Opportunity> Get(const auth::Actor& actor, core::Id id);
  core::Result<core::Page<Opportunity>> List(const auth::Actor& actor, const OpportunityQuery& query);
  // Moving to another stage records it in the history and, unless a probability is
  // given, takes the stage's default; a lost stage needs a lost_reason.
  core::Result<Opportunity> Update(const auth::Actor& actor, core::Id id, const OpportunityInput& patch);
  core::Status Delete(const auth::Actor& actor, core::Id id);

 private:
  store::Database& db_;
};

}  // namespace salient::crm
