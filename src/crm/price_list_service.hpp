#pragma once
// Price lists per channel and/or zone: the price a customer is quoted before discounts
// (see PriceFor in pricing.hpp for how the most specific one is chosen).
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct PriceListItem {
  core::Id product_id = 0;
  std::string product_code, product_name;
  core::MinorUnits price = 0;
};

struct PriceList {
  core::Id id = 0;
  std::string name;
  std::optional<std::string> channel;
  std::optional<core::Id> zone_id;
  std::string currency = "CNY";
  bool active = true;
  int version = 1;
  std::vector<PriceListItem> items;  // filled by Get
  int item_count = 0;
};

boost::json::value PriceListToJson(const PriceList& list);

struct PriceListInput {
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> channel;
  std::optional<std::optional<core::Id>> zone_id;
  std::optional<bool> active;
  std::optional<std::vector<std::pair<core::Id, core::MinorUnits>>> items;  // replaces all items
  int version = 0;
};

class PriceListService {
 public:
  explicit PriceListService(store::Database& db) : db_(db) {}
  core::Result<std::vector<PriceList>> List(const auth::Actor& actor);
  core::Result<PriceList> Get(const auth::Actor& actor, core::Id id);
  core::Result<PriceList> Create(const auth::Actor& actor, const PriceListInput& input);
  core::Result<PriceList> Update(const auth::Actor& actor, core::Id id, const PriceListInput& patch);
  // Quotes and orders keep the prices they were made with, so a list may go at any time.
  core::Status Delete(const auth::Actor& actor, core::Id id);

 private:
  store::Database& db_;
};

}  // namespace salient::crm
