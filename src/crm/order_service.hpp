#pragma once
// Orders: lines priced on the server from the product list price (never from the
// client), totals computed here, a status lifecycle with a timeline of who changed what,
// and every change published as an event. Scoped by the order's owner and zone (those
// of its customer).
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "core/page.hpp"
#include "crm/pricing.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct OrderLine {
  int line_no = 0;
  core::Id product_id = 0;
  std::string product_code, product_name;
  int quantity = 0;
  core::MinorUnits list_price = 0;  // per unit
  int discount_bp = 0;              // basis points: 1500 = 15%
  core::MinorUnits net_amount = 0;
};

struct OrderEvent {
  std::optional<std::string> from_status;
  std::string to_status;
  std::string actor_name;
  std::optional<std::string> note;
  core::Millis at = 0;
};

struct Order {
  core::Id id = 0;
  std::string number;
  core::Id customer_id = 0;
  std::string customer_name;
  std::optional<core::Id> owner_id, zone_id;
  std::string owner_name, zone_name;
  std::string channel, status;
  core::Millis order_date = 0;
  std::optional<core::Millis> ship_date;
  std::optional<std::string> ship_mode;
  std::string currency = "CNY";
  core::MinorUnits subtotal = 0, discount_total = 0, total = 0;
  int line_count = 0;
  int version = 1;
  core::Millis created_at = 0, updated_at = 0;
  std::vector<OrderLine> lines;        // filled by Get
  std::vector<OrderEvent> timeline;    // filled by Get
};

boost::json::value OrderToJson(const Order& order);
// The order's own fields as JSON text appended to `out` (list pages: no lines or timeline).
void AppendOrderJson(std::string& out, const Order& order);

// What InsertOrder writes; shared by the API and the CSV import so totals are computed
// one way. A line's net is list × quantity less the discount, unless `net_amount` is
// given (imported history keeps the source's rounded figure).
struct OrderLineDraft {
  core::Id product_id = 0;
  int quantity = 0;
  core::MinorUnits list_price = 0;
  int discount_bp = 0;
  core::MinorUnits cost_price = 0;  // per unit, for margins
  std::optional<core::MinorUnits> net_amount;
};
struct OrderDraft {
  core::Id customer_id = 0;
  std::optional<core::Id> owner_id, zone_id;
  std::string number, channel, status = "created", currency = "CNY";
  core::Millis order_date = 0;
  std::optional<core::Millis> ship_date;
  std::optional<std::string> ship_mode;
  std::vector<OrderLineDraft> lines;
};
// Inserts the order, its lines and its first timeline entry; returns the id and total.
struct InsertedOrder {
  core::Id id;
  core::MinorUnits total;
};
InsertedOrder InsertOrder(store::Tx& tx, const OrderDraft& draft, std::optional<core::Id> actor_id);

// The lifecycle: which status may follow which.
bool CanTransition(std::string_view from, std::string_view to);
bool IsOrderStatus(std::string_view status);
// Statuses whose orders still consume the customer's credit.
bool HoldsCredit(std::string_view status);

struct OrderQuery {
  core::ListParams list;
  std::string status, channel;
  std::optional<core::Id> customer_id, zone_id, owner_id;
  std::optional<core::Millis> from, to;  // order_date range, `to` exclusive
};

class OrderService {
 public:
  explicit OrderService(store::Database& db) : db_(db) {}

  core::Result<Order> Create(const auth::Actor& actor, core::Id customer_id, std::optional<std::string> channel,
                             const std::vector<NewOrderLine>& lines);
  core::Result<Order> Get(const auth::Actor& actor, core::Id id);
  // The order's customer tracking token (made on first use); needs read access to the order.
  core::Result<std::string> TrackingToken(const auth::Actor& actor, core::Id id);
  // What the customer sees at /track/{token}, without login: number, status, dates, the
  // status timeline and items — no prices, no people. kNotFound for an unknown token.
  core::Result<boost::json::value> Track(std::string_view token);
  core::Result<core::Page<Order>> List(const auth::Actor& actor, const OrderQuery& query);
  // Illegal transition or stale version → kConflict.
  core::Result<Order> Transition(const auth::Actor& actor, core::Id id, const std::string& to, int version,
                                 std::optional<std::string> note);

 private:
  store::Database& db_;
};

}  // namespace salient::crm
