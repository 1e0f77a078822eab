#pragma once
// Quotes: lines priced on the server from the customer's price list (by channel and
// zone) or the product's list price, a status lifecycle draft → (submitted) → approved, or
// pending_approval → approved / rejected, then accepted → converted (into an order), and
// every change published as an event (`quote.submitted` is what the workflow rules hang
// credit checks and stocking on).
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "core/money.hpp"
#include "core/page.hpp"
#include "crm/order_service.hpp"
#include "store/database.hpp"
#include "workflow/approval_service.hpp"

namespace salient::crm {

struct QuoteLine {
  int line_no = 0;
  core::Id product_id = 0;
  std::string product_code, product_name;
  int quantity = 0;
  core::MinorUnits list_price = 0;
  int discount_bp = 0;
  core::MinorUnits net_amount = 0;
};

struct Quote {
  core::Id id = 0;
  std::string number;
  core::Id customer_id = 0;
  std::string customer_name;
  std::optional<core::Id> owner_id, zone_id, opportunity_id, order_id;
  std::string owner_name;
  std::string status = "draft";
  std::string currency = "CNY";
  core::MinorUnits subtotal = 0, discount_total = 0, total = 0;
  int max_discount_bp = 0;
  core::Millis valid_until = 0;
  std::optional<core::Millis> submitted_at;
  int version = 1;
  core::Millis created_at = 0, updated_at = 0;
  std::vector<QuoteLine> lines;
  std::vector<OrderEvent> timeline;  // same shape as an order's
};

boost::json::value QuoteToJson(const Quote& quote);

struct QuoteDraft {
  core::Id customer_id = 0;
  std::optional<core::Id> opportunity_id;
  std::optional<core::Millis> valid_until;
  std::vector<NewOrderLine> lines;
};

struct QuoteQuery {
  core::ListParams list;
  std::string status;
  std::optional<core::Id> customer_id, owner_id;
};

class QuoteService {
 public:
  explicit QuoteService(store::Database& db) : db_(db) {}

  // Prices the draft as Create would, without saving (live totals in the editor).
  core::Result<Quote> Preview(const auth::Actor& actor, const QuoteDraft& draft);
  core::Result<Quote> Create(const auth::Actor& actor, const QuoteDraft& draft);
  core::Result<Quote> Get(const auth::Actor& actor, core::Id id);
  core::Result<core::Page<Quote>> List(const auth::Actor& actor, const QuoteQuery& query);
  // Drafts only (kConflict otherwise).
  core::Result<Quote> ReplaceLines(const auth::Actor& actor, core::Id id, int version, const std::vector<NewOrderLine>& lines);
  // Checks the submitter's authority (org::CheckQuoteAuthority): within it the quote is
  // `approved` at once, beyond it `pending_approval` with an approval chain started.
  core::Result<Quote> Submit(const auth::Actor& actor, core::Id id, int version);
  core::Result<Quote> Accept(const auth::Actor& actor, core::Id id, int version);
  core::Result<Quote> Cancel(const auth::Actor& actor, core::Id id, int version);
  // An accepted quote becomes an order; returns the quote (with order_id) and the order id.
  core::Result<std::pair<Quote, core::Id>> Convert(const auth::Actor& actor, core::Id id, int version);

 private:
  core::Result<Quote> Move(const auth::Actor& actor, core::Id id, int version, const std::vector<std::string>& from,
                           const std::string& to, std::optional<std::string> note, const std::string& topic);
  store::Database& db_;
};

// The quote's side of its approval request (a workflow::OutcomeHandler): approved or
// rejected moves it on, recalled returns it to draft.
core::Status ApplyQuoteApproval(store::Tx& tx, const auth::Actor& actor, const workflow::ApprovalOutcome& outcome);

}  // namespace salient::crm
