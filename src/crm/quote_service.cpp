#include "crm/quote_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

#include "auth/audit.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "crm/customer_service.hpp"
#include "crm/product_service.hpp"
#include "crm/workflow_sources.hpp"
#include "org/authority_limits.hpp"
#include "store/sql_builder.hpp"
#include "workflow/approval_chain.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

constexpr core::Millis kDay = 24LL * 3600 * 1000;

const char* kSelect =
    "SELECT q.id, q.number, q.customer_id, c.name, q.owner_id, u.display_name, q.zone_id, q.opportunity_id, q.order_id, "
    "q.status, q.currency, q.subtotal, q.discount_total, q.total, q.max_discount_bp, q.valid_until, q.submitted_at, "
    "q.version, q.created_at, q.updated_at FROM quotes q JOIN customers c ON c.id = q.customer_id "
    "LEFT JOIN users u ON u.id = q.owner_id";

Quote FromRow(const store::Row& r) {
  Quote q;
  q.id = r.Int(0);
  q.number = r.Str(1);
  q.customer_id = r.Int(2);
  q.customer_name = r.Str(3);
  q.owner_id = r.OptInt(4);
  q.owner_name = r.Str(5);
  q.zone_id = r.OptInt(6);
  q.opportunity_id = r.OptInt(7);
  q.order_id = r.OptInt(8);
  q.status = r.Str(9);
  q.currency = r.Str(10);
  q.subtotal = r.Int(11);
  q.discount_total = r.Int(12);
  q.total = r.Int(13);
  q.max_discount_bp = static_cast<int>(r.Int(14));
  q.valid_until = r.Int(15);
  q.submitted_at = r.OptInt(16);
  q.version = static_cast<int>(r.Int(17));
  q.created_at = r.Int(18);
  q.updated_at = r.Int(19);
  return q;
}

std::optional<Quote> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  store::Where where;
  where.And("q.id = ?", {id}).And(store::ScopePredicate(actor.Scope("quote"), "q.owner_id", "q.zone_id"));
  auto r = tx.QueryOne(std::string(kSelect) + where.Sql(), where.params());
  if (!r) return std::nullopt;
  return FromRow(*r);
}

void LoadDetails(store::Tx& tx, Quote& q) {
  q.lines.clear();
  q.timeline.clear();
  for (const auto& r : tx.Query("SELECT l.line_no, l.product_id, p.code, p.name, l.quantity, l.list_price, l.discount_bp, "
                                "l.net_amount FROM quote_lines l JOIN products p ON p.id = l.product_id WHERE "
                                "l.quote_id = ? ORDER BY l.line_no",
                                {q.id}))
    q.lines.push_back({static_cast<int>(r.Int(0)), r.Int(1), r.Str(2), r.Str(3), static_cast<int>(r.Int(4)), r.Int(5),
                       static_cast<int>(r.Int(6)), r.Int(7)});
  for (const auto& r : tx.Query("SELECT e.from_status, e.to_status, COALESCE(u.display_name, 'system'), e.note, e.at "
                                "FROM quote_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.quote_id = ? "
                                "ORDER BY e.at, e.id",
                                {q.id}))
    q.timeline.push_back({r.OptStr(0), r.Str(1), r.Str(2), r.OptStr(3), r.Int(4)});
}

// Prices every line for the customer and fills totals; kValidation naming the line.
core::Status Price(store::Tx& tx, const Customer& customer, const std::vector<NewOrderLine>& lines, Quote& q) {
  q.lines.clear();
  q.subtotal = q.discount_total = q.total = 0;
  q.max_discount_bp = 0;
  auto priced = PriceLines(tx, customer, lines);
  if (!priced.ok()) return priced.error();
  for (const PricedLine& p : priced.value()) {
    q.lines.push_back({static_cast<int>(q.lines.size() + 1), p.product_id, p.product_code, p.product_name, p.quantity,
                       p.list_price, p.discount_bp, p.net_amount});
    q.subtotal += p.list_price * p.quantity;
    q.total += p.net_amount;
    q.max_discount_bp = std::max(q.max_discount_bp, p.discount_bp);
  }
  q.discount_total = q.subtotal - q.total;
  return core::Ok{};
}

void WriteLines(store::Tx& tx, const Quote& q) {
  tx.Exec("DELETE FROM quote_lines WHERE quote_id = ?", {q.id});
  for (const auto& l : q.lines)
    tx.Exec("INSERT INTO quote_lines (id, quote_id, line_no, product_id, quantity, list_price, discount_bp, net_amount) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {tx.NewId(), q.id, l.line_no, l.product_id, l.quantity, l.list_price, l.discount_bp, l.net_amount});
}

void RecordEvent(store::Tx& tx, const auth::Actor& actor, core::Id id, std::optional<std::string> from,
                 const std::string& to, std::optional<std::string> note) {
  tx.Exec("INSERT INTO quote_events (id, quote_id, from_status, to_status, actor_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {tx.NewId(), id, from, to, actor.acting_user(), note, tx.Now()});
}

json::value Snapshot(const Quote& q) {
  return {{"number", q.number}, {"status", q.status}, {"total", q.total}, {"max_discount_pct", q.max_discount_bp / 100.0},
          {"customer_id", core::IdValue(q.customer_id)}, {"version", q.version}};
}

std::string QuoteNumber(core::Id id, core::Millis at) {
  const std::string day = core::FormatIso(at).substr(0, 10);
  std::string digits = std::to_string(id % 1000000);
  while (digits.size() < 6) digits = "0" + digits;
  return "QT-" + day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2) + "-" + digits;
}

}  // namespace

json::value QuoteToJson(const Quote& q) {
  json::object out{{"id", core::IdValue(q.id)},
                   {"number", q.number},
                   {"customer_id", core::IdValue(q.customer_id)},
                   {"customer_name", q.customer_name},
                   {"owner_id", core::OptionalIdValue(q.owner_id)},
                   {"owner_name", q.owner_id ? json::value(q.owner_name) : json::value(nullptr)},
                   {"zone_id", core::OptionalIdValue(q.zone_id)},
                   {"opportunity_id", core::OptionalIdValue(q.opportunity_id)},
                   {"order_id", core::OptionalIdValue(q.order_id)},
                   {"status", q.status},
                   {"currency", q.currency},
                   {"subtotal", q.subtotal},
                   {"discount_total", q.discount_total},
                   {"total", q.total},
                   {"max_discount_pct", q.max_discount_bp / 100.0},
                   {"valid_until", core::DateValue(q.valid_until)},
                   {"submitted_at", core::OptionalTimeValue(q.submitted_at)},
                   {"version", q.version},
                   {"created_at", core::TimeValue(q.created_at)},
                   {"updated_at", core::TimeValue(q.updated_at)}};
  if (q.lines.empty() && q.timeline.empty()) return out;  // lists carry no details
  json::array lines;
  for (const auto& l : q.lines)
    lines.push_back({{"line_no", l.line_no},
                     {"product_id", core::IdValue(l.product_id)},
                     {"product_code", l.product_code},
                     {"product_name", l.product_name},
                     {"quantity", l.quantity},
                     {"list_price", l.list_price},
                     {"discount_pct", l.discount_bp / 100.0},
                     {"net_amount", l.net_amount}});
  out["lines"] = std::move(lines);
  json::array timeline;
  for (const auto& e : q.timeline)
    timeline.push_back({{"from_status", e.from_status ? json::value(*e.from_status) : json::value(nullptr)},
                        {"to_status", e.to_status},
                        {"actor_name", e.actor_name},
                        {"note", e.note ? json::value(*e.note) : json::value(nullptr)},
                        {"at", core::TimeValue(e.at)}});
  out["timeline"] = std::move(timeline);
  return out;
}

core::Result<Quote> QuoteService::Preview(const auth::Actor& actor, const QuoteDraft& draft) {
  if (auto s = actor.Require("quote", auth::Action::kCreate); !s.ok()) return s.error();
  if (auto s = CheckNewLines(draft.lines); !s.ok()) return s.error();
  return db_.Read<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto customer = LoadVisibleCustomer(tx, actor, draft.customer_id);
    if (!customer) return core::Error::Validation("customer_id", "unknown customer");
    Quote q;
    q.customer_id = customer->id;
    q.customer_name = customer->name;
    q.currency = customer->currency;
    q.valid_until = draft.valid_until.value_or(tx.Now() / kDay * kDay + 30 * kDay);
    if (auto s = Price(tx, *customer, draft.lines, q); !s.ok()) return s.error();
    return q;
  });
}

core::Result<Quote> QuoteService::Create(const auth::Actor& actor, const QuoteDraft& draft) {
  if (auto s = actor.Require("quote", auth::Action::kCreate); !s.ok()) return s.error();
  if (auto s = CheckNewLines(draft.lines); !s.ok()) return s.error();
  return db_.Write<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto customer = LoadVisibleCustomer(tx, actor, draft.customer_id);
    if (!customer) return core::Error::Validation("customer_id", "unknown customer");
    if (draft.opportunity_id &&
        !tx.QueryOne("SELECT id FROM opportunities WHERE id = ? AND customer_id = ?", {*draft.opportunity_id, customer->id}))
      return core::Error::Validation("opportunity_id", "not an opportunity of this customer");
    const core::Millis now = tx.Now();
    Quote q;
    q.id = tx.NewId();
    q.number = QuoteNumber(q.id, now);
    q.customer_id = customer->id;
    q.valid_until = draft.valid_until.value_or(now / kDay * kDay + 30 * kDay);
    if (q.valid_until < now / kDay * kDay) return core::Error::Validation("valid_until", "must not be in the past");
    if (auto s = Price(tx, *customer, draft.lines, q); !s.ok()) return s.error();
    tx.Exec("INSERT INTO quotes (id, number, customer_id, owner_id, zone_id, opportunity_id, status, currency, subtotal, "
            "discount_total, total, max_discount_bp, valid_until, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
            "'draft', ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {q.id, q.number, customer->id, customer->owner_id, customer->zone_id, draft.opportunity_id, customer->currency,
             q.subtotal, q.discount_total, q.total, q.max_discount_bp, q.valid_until, now, now});
    WriteLines(tx, q);
    RecordEvent(tx, actor, q.id, std::nullopt, "draft", std::nullopt);
    auto saved = LoadVisible(tx, auth::Actor::System(), q.id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"quote", q.id, "create", nullptr, Snapshot(*saved)}, "quote.created");
    return *saved;
  });
}

core::Result<Quote> QuoteService::Get(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("quote", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("quote");
    LoadDetails(tx, *q);
    return *q;
  });
}

core::Result<core::Page<Quote>> QuoteService::List(const auth::Actor& actor, const QuoteQuery& query) {
  if (auto s = actor.Require("quote", auth::Action::kRead); !s.ok()) return s.error();
  static const std::map<std::string, std::string, std::less<>> kSort = {
      {"created_at", "q.created_at"}, {"total", "q.total"}, {"valid_until", "q.valid_until"}, {"number", "q.number"}};
  auto order = store::OrderBy(query.list.sort.empty() ? "-created_at" : query.list.sort, kSort, "q.created_at DESC", "q.id");
  if (!order.ok()) return order.error();
  store::Where where;
  where.And(store::ScopePredicate(actor.Scope("quote"), "q.owner_id", "q.zone_id"));
  if (!query.list.q.empty()) {
    const std::string like = "%" + core::ToLower(query.list.q) + "%";
    where.And("LOWER(q.number) LIKE ? OR LOWER(c.name) LIKE ?", {like, like});
  }
  if (!query.status.empty()) where.And("q.status = ?", {query.status});
  if (query.customer_id) where.And("q.customer_id = ?", {*query.customer_id});
  if (query.owner_id) where.And("q.owner_id = ?", {*query.owner_id});
  return db_.Read<core::Page<Quote>>([&](store::Tx& tx) -> core::Result<core::Page<Quote>> {
    core::Page<Quote> page;
    page.total = tx.QueryOne("SELECT COUNT(*) FROM quotes q JOIN customers c ON c.id = q.customer_id" + where.Sql(),
                             where.params())->Int(0);
    for (const auto& r : tx.Query(std::string(kSelect) + where.Sql() + order.value() + " LIMIT ? OFFSET ?",
                                  store::With(where.params(), {query.list.limit, query.list.offset})))
      page.items.push_back(FromRow(r));
    return page;
  });
}

core::Result<Quote> QuoteService::ReplaceLines(const auth::Actor& actor, core::Id id, int version,
                                               const std::vector<NewOrderLine>& lines) {
  if (auto s = actor.Require("quote", auth::Action::kUpdate); !s.ok()) return s.error();
  if (auto s = CheckNewLines(lines); !s.ok()) return s.error();
  return db_.Write<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("quote");
    if (q->version != version) return core::Error::Stale("quote", q->version);
    if (q->status != "draft") return core::Error{core::ErrorCode::kConflict, "only a draft can be edited", {{"status", "is " + q->status}}};
    auto customer = LoadVisibleCustomer(tx, auth::Actor::System(), q->customer_id);
    const Quote before = *q;
    if (auto s = Price(tx, *customer, lines, *q); !s.ok()) return s.error();
    if (tx.Exec("UPDATE quotes SET subtotal = ?, discount_total = ?, total = ?, max_discount_bp = ?, version = version + 1, "
                "updated_at = ? WHERE id = ? AND version = ?",
                {q->subtotal, q->discount_total, q->total, q->max_discount_bp, tx.Now(), id, version}) != 1)
      return core::Error::Stale("quote", version);
    WriteLines(tx, *q);
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"quote", id, "update", Snapshot(before), Snapshot(*saved)});
    return *saved;
  });
}

core::Result<Quote> QuoteService::Move(const auth::Actor& actor, core::Id id, int version, const std::vector<std::string>& from,
                                       const std::string& to, std::optional<std::string> note, const std::string& topic) {
  return db_.Write<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("quote");
    if (q->version != version) return core::Error::Stale("quote", q->version);
    if (std::find(from.begin(), from.end(), q->status) == from.end())
      return core::Error{core::ErrorCode::kConflict, "a quote cannot go from " + q->status + " to " + to,
                         {{"status", "is " + q->status}}};
    // The version guard makes two simultaneous moves yield one outcome.
    if (tx.Exec("UPDATE quotes SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                {to, tx.Now(), id, version}) != 1)
      return core::Error::Stale("quote", version);
    RecordEvent(tx, actor, id, q->status, to, note);
    if (q->status == "pending_approval") workflow::WithdrawApprovals(tx, "quote", id);
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"quote", id, "update", Snapshot(*q), Snapshot(*saved)}, topic);
    return *saved;
  });
}

core::Result<Quote> QuoteService::Submit(const auth::Actor& actor, core::Id id, int version) {
  if (auto s = actor.Require("quote", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Quote>([&](store::Tx& tx) -> core::Result<Quote> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("quote");
    if (q->version != version) return core::Error::Stale("quote", q->version);
    if (q->status != "draft")
      return core::Error{core::ErrorCode::kConflict, "only a draft can be submitted", {{"status", "is " + q->status}}};
    const core::Millis now = tx.Now();
    if (q->valid_until < now / kDay * kDay) return core::Error::Validation("valid_until", "the quote has expired");
    LoadDetails(tx, *q);
    std::vector<org::LineUnderReview> lines;
    for (const auto& l : q->lines) {
      auto product = LoadProduct(tx, l.product_id);
      lines.push_back({l.line_no, product ? product->product_line : "", l.quantity, l.list_price, l.discount_bp,
                       l.net_amount});
    }
    // Enforced here, in the submitting transaction: no client decides its own authority.
    auto verdict = org::CheckQuoteAuthority(tx, actor.role_name, q->zone_id, lines, q->total);
    if (!verdict.ok()) return verdict.error();
    const std::string to = verdict->needs_approval() ? "pending_approval" : "approved";
    if (tx.Exec("UPDATE quotes SET status = ?, submitted_at = ?, version = version + 1, updated_at = ? WHERE id = ? "
                "AND version = ?",
                {to, now, now, id, version}) != 1)
      return core::Error::Stale("quote", version);
    RecordEvent(tx, actor, id, "draft", "submitted", std::nullopt);
    if (verdict->needs_approval()) {
      workflow::NewApproval approval{"quote", id, q->number + " · " + q->customer_name, verdict->reason,
                                     actor.acting_user(), q->zone_id, q->total, q->currency, {}, std::nullopt};
      // Who approves is the approval chain's to say (edited in the process designer).
      static const workflow::RecordSources sources = WorkflowRecordSources();
      const workflow::RecordSource& source = sources.at("quote");
      const auto values = [&] {
        auto facts = source.load(tx, id);
        return facts ? facts->values : workflow::FieldValues{};
      };
      approval.steps = workflow::ApprovalStepsFor(tx, "quote", {verdict->needs_manager, verdict->needs_director},
                                                  source.fields, values, q->zone_id);
      workflow::StartApproval(tx, approval);
      RecordEvent(tx, auth::Actor::System(), id, "submitted", to, "beyond the submitter's authority");
    } else {
      RecordEvent(tx, auth::Actor::System(), id, "submitted", to, "within the submitter's authority");
    }
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"quote", id, "update", Snapshot(*q), Snapshot(*saved)}, "quote.submitted");
    return *saved;
  });
}

core::Status ApplyQuoteApproval(store::Tx& tx, const auth::Actor& actor, const workflow::ApprovalOutcome& outcome) {
  const std::string to = outcome.outcome == "approved" ? "approved" : outcome.outcome == "rejected" ? "rejected" : "draft";
  auto before = LoadVisible(tx, auth::Actor::System(), outcome.object_id);
  if (!before || before->status != "pending_approval") return core::Ok{};  // cancelled meanwhile: nothing to move
  tx.Exec("UPDATE quotes SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND status = 'pending_approval'",
          {to, tx.Now(), outcome.object_id});
  RecordEvent(tx, actor, outcome.object_id, "pending_approval", to, outcome.comment);
  auto saved = LoadVisible(tx, auth::Actor::System(), outcome.object_id);
  auth::RecordChange(tx, actor, {"quote", outcome.object_id, "update", Snapshot(*before), Snapshot(*saved)},
                     outcome.outcome == "recalled" ? "quote.recalled" : "quote." + to);
  return core::Ok{};
}

core::Result<Quote> QuoteService::Accept(const auth::Actor& actor, core::Id id, int version) {
  if (auto s = actor.Require("quote", auth::Action::kUpdate); !s.ok()) return s.error();
  return Move(actor, id, version, {"approved"}, "accepted", std::nullopt, "quote.accepted");
}

core::Result<Quote> QuoteService::Cancel(const auth::Actor& actor, core::Id id, int version) {
  if (auto s = actor.Require("quote", auth::Action::kUpdate); !s.ok()) return s.error();
  return Move(actor, id, version, {"draft", "submitted", "pending_approval", "approved"}, "cancelled", std::nullopt,
              "quote.cancelled");
}

core::Result<std::pair<Quote, core::Id>> QuoteService::Convert(const auth::Actor& actor, core::Id id, int version) {
  if (auto s = actor.Require("quote", auth::Action::kUpdate); !s.ok()) return s.error();
  if (auto s = actor.Require("order", auth::Action::kCreate); !s.ok()) return s.error();
  return db_.Write<std::pair<Quote, core::Id>>([&](store::Tx& tx) -> core::Result<std::pair<Quote, core::Id>> {
    auto q = LoadVisible(tx, actor, id);
    if (!q) return core::Error::NotFound("quote");
    if (q->version != version) return core::Error::Stale("quote", q->version);
    if (q->status != "accepted")
      return core::Error{core::ErrorCode::kConflict, "only an accepted quote becomes an order", {{"status", "is " + q->status}}};
    LoadDetails(tx, *q);
    auto customer = LoadVisibleCustomer(tx, auth::Actor::System(), q->customer_id);
    OrderDraft draft;
    draft.customer_id = q->customer_id;
    draft.owner_id = q->owner_id;
    draft.zone_id = q->zone_id;
    draft.channel = customer->channel;
    draft.currency = q->currency;
    draft.order_date = tx.Now();
    for (const auto& l : q->lines) {
      auto product = LoadProduct(tx, l.product_id);
      draft.lines.push_back({l.product_id, l.quantity, l.list_price, l.discount_bp, product ? product->cost_price : 0, l.net_amount});
    }
    const InsertedOrder order = InsertOrder(tx, draft, actor.acting_user());
    tx.Exec("UPDATE customers SET credit_used = credit_used + ?, last_order_at = ? WHERE id = ?",
            {order.total, draft.order_date, q->customer_id});
    if (tx.Exec("UPDATE quotes SET status = 'converted', order_id = ?, version = version + 1, updated_at = ? WHERE id = ? "
                "AND version = ?",
                {order.id, tx.Now(), id, version}) != 1)
      return core::Error::Stale("quote", version);
    RecordEvent(tx, actor, id, "accepted", "converted", std::nullopt);
    auto saved = LoadVisible(tx, auth::Actor::System(), id);
    LoadDetails(tx, *saved);
    auth::RecordChange(tx, actor, {"order", order.id, "create", nullptr, json::object{{"from_quote", q->number}}},
                       "order.created");
    auth::RecordChange(tx, actor, {"quote", id, "update", Snapshot(*q), Snapshot(*saved)}, "quote.converted");
    return std::pair<Quote, core::Id>{*saved, order.id};
  });
}

}  // namespace salient::crm
