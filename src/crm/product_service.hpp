#pragma once
// The product catalogue. Everyone who may read products sees the list price; the cost
// price is hidden from roles that must not see margins (sales reps by default).
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "core/page.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct Product {
  core::Id id = 0;
  std::string code, name, product_line, category, sub_category;
  std::string currency = "CNY";
  core::MinorUnits list_price = 0;
  core::MinorUnits cost_price = 0;
  std::string unit = "件";
  bool active = true;
  int version = 1;
};

boost::json::value ProductToJson(const Product& product, const auth::Actor& actor);

struct ProductInput {
  std::optional<std::string> code, name, product_line, category, sub_category, unit;
  std::optional<core::MinorUnits> list_price, cost_price;
  std::optional<bool> active;
  int version = 0;
};

struct ProductQuery {
  core::ListParams list;
  std::string product_line, category;
  std::optional<bool> active;
};

class ProductService {
 public:
  explicit ProductService(store::Database& db) : db_(db) {}
  core::Result<Product> Create(const auth::Actor& actor, const ProductInput& input);
  core::Result<Product> Get(const auth::Actor& actor, core::Id id);
  core::Result<core::Page<Product>> List(const auth::Actor& actor, const ProductQuery& query);
  // Writing a field hidden from the actor is refused (kPermissionDenied naming it).
  core::Result<Product> Update(const auth::Actor& actor, core::Id id, const ProductInput& patch);

 private:
  store::Database& db_;
};

std::optional<Product> LoadProduct(store::Tx& tx, core::Id id);

}  // namespace salient::crm
