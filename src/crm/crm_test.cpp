// Business rules of the sales core against a real SQLite database.
#include <gtest/gtest.h>

#include <sstream>

#include "auth/role_catalog.hpp"
#include "crm/customer_service.hpp"
#include "crm/order_import.hpp"
#include "crm/order_service.hpp"
#include "crm/pricing.hpp"
#include "store/testing/test_database.hpp"

namespace salient::crm {
namespace {

using store::testing::TestDatabase;

TEST(OrderLifecycle, OnlyTheDocumentedMovesAreAllowed) {
  EXPECT_TRUE(CanTransition("created", "credit_check"));
  EXPECT_TRUE(CanTransition("created", "confirmed"));
  EXPECT_TRUE(CanTransition("picking", "shipped"));
  EXPECT_TRUE(CanTransition("delivered", "closed"));
  EXPECT_TRUE(CanTransition("confirmed", "cancelled"));
  EXPECT_FALSE(CanTransition("created", "shipped"));
  EXPECT_FALSE(CanTransition("shipped", "cancelled"));
  EXPECT_FALSE(CanTransition("closed", "created"));
  EXPECT_FALSE(CanTransition("cancelled", "confirmed"));
  EXPECT_FALSE(HoldsCredit("closed"));
  EXPECT_TRUE(HoldsCredit("shipped"));
}

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(auth::RoleCatalog::SeedBuiltins(db.db()).ok()); }
  TestDatabase db{store::Dialect::kSqlite};

  ImportReport Import(const std::string& csv, ImportOptions options = {}) {
    std::istringstream in(csv);
    auto report = ImportOrders(db.db(), auth::Actor::System(), in, options);
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.value();
  }
  std::int64_t Count(const char* table) {
    return db.db().Read<std::int64_t>([&](store::Tx& tx) -> core::Result<std::int64_t> {
      return tx.QueryOne(std::string("SELECT COUNT(*) FROM ") + table)->Int(0);
    }).value();
  }
};

const char* kSuperstoreHeader =
    "\"Row ID\",\"Order ID\",\"Order Date\",\"Ship Date\",\"Ship Mode\",\"Customer ID\",\"Customer Name\",\"Segment\","
    "\"Country\",\"City\",\"State\",\"Postal Code\",\"Region\",\"Product ID\",\"Category\",\"Sub-Category\",\"Product Name\","
    "\"Sales\",\"Quantity\",\"Discount\",\"Profit\"\n";

TEST_F(ImportTest, SuperstoreLinesKeepTheSourceNetAndDeriveListPrices) {
  auto report = Import(std::string(kSuperstoreHeader) +
                       "1,\"CA-1\",2016-11-08,2016-11-11,\"Second Class\",\"CG-1\",\"Claire Gute\",\"Consumer\",\"United "
                       "States\",\"Henderson\",\"Kentucky\",42420,\"South\",\"FUR-1\",\"Furniture\",\"Bookcases\",\"Bush "
                       "Bookcase\",261.96,2,0,41.9136\n"
                       "2,\"CA-1\",2016-11-08,2016-11-11,\"Second Class\",\"CG-1\",\"Claire Gute\",\"Consumer\",\"United "
                       "States\",\"Henderson\",\"Kentucky\",42420,\"South\",\"OFF-1\",\"Office Supplies\",\"Binders\","
                       "\"Binder, \"\"heavy\"\"\",22.3680,2,0.2,2.5164\n");
  EXPECT_EQ(report.layout, "superstore");
  EXPECT_TRUE(report.written);
  EXPECT_EQ(report.orders, 1);
  EXPECT_EQ(report.lines, 2);
  EXPECT_EQ(report.total, 26196 + 2237);  // each line rounded to the cent, half up
  auto product = db.db().Read<std::string>([](store::Tx& tx) -> core::Result<std::string> {
    auto r = tx.QueryOne("SELECT name, list_price FROM products WHERE code = 'OFF-1'");
    return r->Str(0) + "|" + r->Str(1);
  });
  EXPECT_EQ(product.value(), "Binder, \"heavy\"|1398");  // 22.368 / 2 / 0.8 = 13.98
}

TEST_F(ImportTest, ABadFileWritesNothingAndNamesEveryBadLine) {
  auto report = Import(
      "order_number,order_date,customer_code,customer_name,product_code,product_name,quantity,unit_price,discount_pct\n"
      "A-1,2026-01-02,C1,Alpha,P1,Pen,2,1.50,0\n"
      "A-2,not-a-date,C1,Alpha,P1,Pen,2,1.50,0\n"
      "A-3,2026-01-02,C1,Alpha,P1,Pen,0,1.50,0\n"
      "A-1,2026-01-03,C1,Alpha,P2,Ink,1,3.00,0\n");
  EXPECT_FALSE(report.written);
  ASSERT_EQ(report.issues.size(), 3u);
  EXPECT_EQ(report.issues[0].line, 3);
  EXPECT_EQ(report.issues[0].column, "order_date");
  EXPECT_EQ(report.issues[1].line, 4);
  EXPECT_EQ(report.issues[1].column, "quantity");
  EXPECT_EQ(report.issues[2].line, 5);  // same order number, different date
  EXPECT_EQ(Count("orders"), 0);
  EXPECT_EQ(Count("customers"), 0);
}

TEST_F(ImportTest, UnknownLayoutNamesTheMissingColumns) {
  std::istringstream in("a,b,c\n1,2,3\n");
  auto report = ImportOrders(db.db(), auth::Actor::System(), in, {});
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().fields.at(0).field, "file");
  EXPECT_NE(report.error().message.find("order_number"), std::string::npos);
}

TEST_F(ImportTest, QuotePricesUseTheMostSpecificPriceList) {
  Import("order_number,order_date,customer_code,customer_name,channel,product_code,product_name,quantity,unit_price\n"
         "Q-1,2026-01-02,C1,Alpha,store,P1,Pen,1,10.00\n");
  auto price = db.db().Write<std::int64_t>([](store::Tx& tx) -> core::Result<std::int64_t> {
    const auto product = tx.QueryOne("SELECT id FROM products WHERE code = 'P1'")->Int(0);
    tx.Exec("INSERT INTO price_lists (id, name, channel, active, created_at, updated_at) VALUES (1, 'General', NULL, 1, 0, 0)");
    tx.Exec("INSERT INTO price_lists (id, name, channel, active, created_at, updated_at) VALUES (2, 'Stores', 'store', 1, 0, 0)");
    tx.Exec("INSERT INTO price_list_items (price_list_id, product_id, price) VALUES (1, ?, 900), (2, ?, 850)", {product, product});
    return PriceFor(tx, product, "store", std::nullopt, 1000) * 10000 + PriceFor(tx, product, "online", std::nullopt, 1000);
  });
  EXPECT_EQ(price.value(), 850 * 10000 + 900);
}

}  // namespace
}  // namespace salient::crm
