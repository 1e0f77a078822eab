#include "cli/demo.hpp"

#include <cstdio>
#include <fstream>
#include <map>

#include "auth/role_catalog.hpp"
#include "auth/user_service.hpp"
#include "cli/demo_pipeline.hpp"
#include "cli/import.hpp"
#include "crm/order_import.hpp"
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

// FNV-1a: a stable hash, so the same demo data always comes out the same.
std::uint32_t StableHash(std::string_view text) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  return h;
}

constexpr core::Millis kDay = 24LL * 3600 * 1000;

// Imports the Superstore history once, through the ordinary order import.
core::Status LoadOrders(Runtime& runtime, const std::string& csv, const std::map<std::string, std::vector<core::Id>>& reps) {
  auto& db = *runtime.db;
  auto count = db.Read<std::int64_t>([](store::Tx& tx) -> core::Result<std::int64_t> {
    return tx.QueryOne("SELECT COUNT(*) FROM orders")->Int(0);
  });
  if (!count.ok()) return count.error();
  if (count.value() > 0) return core::Ok{};
  std::ifstream in(csv, std::ios::binary);
  if (!in) return core::Error::Invalid("data", "demo data not found at " + csv + " (run scripts/install-deps)");
  const core::Millis today = db.clock().NowMillis() / kDay * kDay;
  crm::ImportOptions options;
  options.shift_last_order_to = today - kDay;
  options.owner_for = [&reps](const std::string& zone_code, const std::string& state) -> std::optional<core::Id> {
    auto it = reps.find(zone_code);
    if (it == reps.end() || it->second.empty()) return std::nullopt;
    return it->second[StableHash(state) % it->second.size()];  // each state belongs to one rep
  };
  options.channel_for = [](const std::string& code, const std::string& segment) -> std::string {
    const unsigned roll = StableHash(code) % 100;
    if (segment == "Consumer") return roll < 70 ? "store" : "online";
    if (segment == "Corporate") return roll < 80 ? "direct" : "distributor";
    return roll < 60 ? "online" : "direct";
  };
  options.status_for = [today](core::Millis order_date) -> std::string {
    const core::Millis age = (today - order_date) / kDay;
    return age < 2 ? "created" : age < 3 ? "confirmed" : age < 5 ? "picking" : age < 8 ? "shipped" : age < 30 ? "delivered" : "closed";
  };
  std::fprintf(stderr, "loading the Superstore order history…\n");
  auto report = crm::ImportOrders(db, auth::Actor::System(), in, options);
  if (!report.ok()) return report.error();
  PrintImportReport(report.value());
  if (!report->written) return core::Error::Invalid("data", "the demo data did not import");
  // Credit limits: half a year's revenue, at least ¥10,000, in whole thousands.
  return db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    tx.Exec("UPDATE customers SET credit_limit = CASE WHEN revenue_12m / 2 > 1000000 THEN "
            "((revenue_12m / 2 + 99999) / 100000) * 100000 ELSE 1000000 END");
    return core::Ok{};
  });
}

}  // namespace

core::Result<std::vector<DemoLogin>> LoadDemo(Runtime& runtime, const std::string& superstore_csv) {
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

  std::map<std::string, std::vector<core::Id>> reps_by_zone;
  for (const DemoLogin& login : logins) {
    std::string zone_code = login.zone;
    for (auto& c : zone_code) c = static_cast<char>(std::toupper(c));
    if (auto existing = users.FindIdByUsername(login.username); existing.ok()) {
      if (login.role == "sales_rep") reps_by_zone[zone_code].push_back(existing.value());
      continue;
    }
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
    if (login.role == "sales_rep") reps_by_zone[zone_code].push_back(created->id);
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
  if (auto loaded = LoadOrders(runtime, superstore_csv, reps_by_zone); !loaded.ok()) return loaded.error();
  if (auto derived = DerivePipeline(*runtime.db); !derived.ok()) return derived.error();
  return logins;
}

void PrintLogins(const std::vector<DemoLogin>& logins) {
  std::printf("\n  Demo logins (username / password, role, zone):\n");
  for (const auto& l : logins)
    std::printf("    %-14s %-11s %-15s %s\n", l.username.c_str(), l.password.c_str(), l.role.c_str(), l.zone.c_str());
  std::printf("\n");
}

}  // namespace salient::cli
