#include "cli/demo.hpp"

#include <cstdio>
#include <map>

#include "auth/role_catalog.hpp"
#include "auth/user_service.hpp"
#include "org/zone_service.hpp"

namespace salient::cli {

namespace {

struct DemoZone {
  const char* code;
  const char* name;
  const char* region_code;
};

// The Superstore data has four regions; each becomes a sales zone ("war zone") under
// a China-style region grouping.
constexpr DemoZone kZones[] = {{"EAST", "East", "R-NORTH"},
                               {"CENTRAL", "Central", "R-NORTH"},
                               {"WEST", "West", "R-SOUTH"},
                               {"SOUTH", "South", "R-SOUTH"}};

core::Result<core::Id> EnsureZone(org::ZoneService& zones, const auth::Actor& system, const std::string& code,
                                  org::NewZone zone) {
  if (auto found = zones.FindByCodeOrName(code); found.ok()) return found.value();
  zone.code = code;
  auto created = zones.Create(system, zone);
  if (!created.ok()) return created.error();
  return created->id;
}

}  // namespace

core::Result<std::vector<DemoLogin>> LoadDemo(Runtime& runtime) {
  auto& db = *runtime.db;
  auth::RoleCatalog roles(db);
  auth::SessionCache sessions;
  auth::UserService users(db, roles, sessions);
  org::ZoneService zones(db);
  const auth::Actor system = auth::Actor::System();

  const core::Id company = SALIENT_TRY(EnsureZone(zones, system, "HQ", {std::nullopt, "company", "Salient 演示公司", "", std::nullopt}));
  const core::Id north = SALIENT_TRY(EnsureZone(zones, system, "R-NORTH", {company, "region", "北方大区 North", "", std::nullopt}));
  const core::Id south = SALIENT_TRY(EnsureZone(zones, system, "R-SOUTH", {company, "region", "南方大区 South", "", std::nullopt}));
  std::map<std::string, core::Id> zone_ids;
  for (const DemoZone& z : kZones)
    zone_ids[z.code] = SALIENT_TRY(EnsureZone(zones, system, z.code,
                                              {std::string(z.region_code) == "R-NORTH" ? north : south, "zone", z.name,
                                               "", std::nullopt}));

  std::vector<DemoLogin> logins = {
      {"admin", "Admin#2026", "admin", ""},
      {"director", "Demo#2026", "sales_director", ""},
      {"finance", "Demo#2026", "finance", ""},
      {"warehouse", "Demo#2026", "warehouse", ""},
      {"logistics", "Demo#2026", "logistics", ""},
      {"analyst", "Demo#2026", "analyst", ""},
  };
  const char* display[][2] = {{"east", "华东"}, {"central", "华中"}, {"west", "西部"}, {"south", "华南"}};
  for (const auto& d : display) {
    logins.push_back({std::string("mgr_") + d[0], "Demo#2026", "zone_manager", d[0]});
    logins.push_back({std::string("rep_") + d[0] + "1", "Demo#2026", "sales_rep", d[0]});
    logins.push_back({std::string("rep_") + d[0] + "2", "Demo#2026", "sales_rep", d[0]});
  }
  const std::map<std::string, std::string> names = {
      {"admin", "系统管理员"}, {"director", "王总监"},   {"finance", "李财务"},    {"warehouse", "赵仓管"},
      {"logistics", "钱物流"}, {"analyst", "孙分析"},   {"mgr_east", "陈经理"},   {"mgr_central", "杨经理"},
      {"mgr_west", "黄经理"},  {"mgr_south", "周经理"}, {"rep_east1", "吴晓东"},  {"rep_east2", "郑丽华"},
      {"rep_central1", "冯建国"}, {"rep_central2", "蒋敏"}, {"rep_west1", "沈涛"}, {"rep_west2", "韩雪"},
      {"rep_south1", "朱磊"},  {"rep_south2", "秦芳"}};

  for (const DemoLogin& login : logins) {
    if (users.FindIdByUsername(login.username).ok()) continue;
    auth::NewUser user;
    user.username = login.username;
    user.password = login.password;
    user.display_name = names.at(login.username);
    user.role = login.role;
    if (!login.zone.empty()) {
      std::string code = login.zone;
      for (auto& c : code) c = static_cast<char>(std::toupper(c));
      user.zone_id = zone_ids.at(code);
    }
    auto created = users.Create(system, user);
    if (!created.ok()) return created.error();
    if (login.role == "zone_manager") {
      auto zone_list = zones.List(system);
      if (!zone_list.ok()) return zone_list.error();
      for (const auto& z : zone_list.value())
        if (z.id == *user.zone_id) {
          org::ZonePatch patch;
          patch.version = z.version;
          patch.manager_id = std::optional<core::Id>(created->id);
          if (auto updated = zones.Update(system, z.id, patch); !updated.ok()) return updated.error();
        }
    }
  }
  return logins;
}

void PrintLogins(const std::vector<DemoLogin>& logins) {
  std::printf("\n  Demo logins (username / password, role, zone):\n");
  for (const auto& l : logins)
    std::printf("    %-14s %-11s %-15s %s\n", l.username.c_str(), l.password.c_str(), l.role.c_str(), l.zone.c_str());
  std::printf("\n");
}

}  // namespace salient::cli
