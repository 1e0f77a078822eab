#pragma once
// The org tree: company → region → zone, each node with an optional manager; users
// belong to a node through users.zone_id. Zone scopes ("my zone", "my subtree") are
// resolved from this tree.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"

namespace salient::org {

struct Zone {
  core::Id id = 0;
  std::optional<core::Id> parent_id;
  std::string kind;  // company | region | zone
  std::string name;
  std::string code;
  std::optional<core::Id> manager_id;
  std::string manager_name;
  int member_count = 0;
  int version = 1;
};

struct NewZone {
  std::optional<core::Id> parent_id;
  std::string kind;
  std::string name;
  std::string code;
  std::optional<core::Id> manager_id;
};

struct ZonePatch {
  int version = 0;
  std::optional<std::string> name;
  std::optional<std::string> code;
  std::optional<std::optional<core::Id>> manager_id;
  std::optional<std::optional<core::Id>> parent_id;
};

boost::json::value ZoneToJson(const Zone& zone);

class ZoneService {
 public:
  explicit ZoneService(store::Database& db) : db_(db) {}

  core::Result<std::vector<Zone>> List(const auth::Actor& actor);
  core::Result<Zone> Create(const auth::Actor& actor, const NewZone& zone);
  // A node may not move under itself; kinds nest company > region > zone.
  core::Result<Zone> Update(const auth::Actor& actor, core::Id id, const ZonePatch& patch);
  // kConflict while the node has children or members.
  core::Status Delete(const auth::Actor& actor, core::Id id);
  // Finds a node by code (e.g. "EAST"), for the CLI's --zone.
  core::Result<core::Id> FindByCodeOrName(const std::string& code_or_name);

 private:
  store::Database& db_;
};

}  // namespace salient::org
