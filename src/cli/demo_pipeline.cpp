#include "cli/demo_pipeline.hpp"

#include <cstdint>
#include <vector>

#include "core/time.hpp"
#include "crm/pricing.hpp"

namespace salient::cli {

namespace {

constexpr core::Millis kDay = 24LL * 3600 * 1000;
constexpr core::Millis kHour = 3600LL * 1000;

// A small deterministic generator: the demo must come out the same every time.
class Seeded {
 public:
  explicit Seeded(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint64_t>(n)); }
  bool Chance(int percent) { return Below(100) < percent; }

 private:
  std::uint64_t state_;
};

const char* kPurposes[] = {"季度回访", "新品介绍", "合同续签沟通", "需求调研", "售后问题跟进", "年度采购计划沟通"};
const char* kOutcomes[] = {"客户认可方案，约定下周报价", "需求明确，进入报价阶段", "客户反馈价格偏高", "已解决售后问题，满意度高",
                           "获得年度采购预算信息"};
const char* kSources[] = {"老客户复购", "展会", "官网咨询", "渠道推荐", "电话营销"};
const char* kOpenStages[] = {"lead", "qualified", "proposal", "negotiation"};
const int kStageProbability[] = {10, 25, 50, 75};

}  // namespace

core::Status DerivePipeline(store::Database& db) {
  return db.Transact(store::TxMode::kWrite, [](store::Tx& tx) -> core::Status {
    if (tx.QueryOne("SELECT id FROM visits LIMIT 1") || tx.QueryOne("SELECT id FROM opportunities LIMIT 1"))
      return core::Ok{};  // already derived
    Seeded rng(20261127);
    const core::Millis now = tx.Now();
    const core::Millis today = now / kDay * kDay;

    // Visits: one before each recent order, by the customer's owner.
    for (const auto& r : tx.Query("SELECT o.customer_id, c.owner_id, c.zone_id, o.order_date FROM orders o JOIN customers c "
                                  "ON c.id = o.customer_id WHERE o.order_date >= ? ORDER BY o.order_date, o.id",
                                  {today - 180 * kDay})) {
      if (!rng.Chance(70)) continue;
      const core::Millis at = r.Int(3) - (1 + rng.Below(7)) * kDay + (1 + rng.Below(8)) * kHour;
      tx.Exec("INSERT INTO visits (id, customer_id, owner_id, zone_id, status, planned_at, actual_at, purpose, outcome, "
              "version, created_at, updated_at) VALUES (?, ?, ?, ?, 'done', ?, ?, ?, ?, 1, ?, ?)",
              {tx.NewId(), r.Int(0), r.OptInt(1), r.OptInt(2), at, at + rng.Below(60) * 60000,
               kPurposes[rng.Below(6)], kOutcomes[rng.Below(5)], at, at});
    }
    tx.Exec("UPDATE customers SET last_visit_at = (SELECT MAX(actual_at) FROM visits v WHERE v.customer_id = customers.id)");

    // Planned visits for the next two weeks, favouring A and B customers.
    const auto customers = tx.Query(
        "SELECT id, owner_id, zone_id, COALESCE(grade_override, grade_computed), revenue_12m, currency FROM customers "
        "WHERE owner_id IS NOT NULL ORDER BY revenue_12m DESC, id");
    for (const auto& c : customers) {
      const std::string grade = c.Str(3);
      if (!rng.Chance(grade == "A" ? 35 : grade == "B" ? 15 : 4)) continue;
      const core::Millis at = today + (1 + rng.Below(14)) * kDay + (1 + rng.Below(8)) * kHour;
      tx.Exec("INSERT INTO visits (id, customer_id, owner_id, zone_id, status, planned_at, purpose, version, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, 'planned', ?, ?, 1, ?, ?)",
              {tx.NewId(), c.Int(0), c.OptInt(1), c.OptInt(2), at, kPurposes[rng.Below(6)], now, now});
    }

    // Open opportunities for customers active in the last year; some won and lost ones.
    std::vector<std::pair<core::Id, core::Id>> late_stage;  // (opportunity, customer)
    for (const auto& c : customers) {
      const std::int64_t revenue = c.Int(4);
      if (revenue <= 0 || !rng.Chance(40)) continue;
      const int roll = rng.Below(10);
      const bool won = roll == 0, lost = roll == 1;
      const int stage = rng.Below(4);
      const std::int64_t amount = (revenue / 4 + rng.Below(100) * revenue / 200) / 10000 * 10000 + 100000;
      const core::Id id = tx.NewId();
      const core::Millis created = today - (10 + rng.Below(120)) * kDay;
      const std::string key = won ? "won" : lost ? "lost" : kOpenStages[stage];
      const int probability = won ? 100 : lost ? 0 : kStageProbability[stage];
      const core::Millis close = won || lost ? today - rng.Below(60) * kDay : today + (7 + rng.Below(90)) * kDay;
      tx.Exec("INSERT INTO opportunities (id, name, customer_id, owner_id, zone_id, amount, currency, stage, probability, "
              "expected_close_date, source, lost_reason, closed_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
              "?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
              {id, std::string(won ? "续约订单" : lost ? "新项目采购" : "年度框架采购") + " " + core::FormatIso(close).substr(0, 7),
               c.Int(0), c.OptInt(1), c.OptInt(2), amount, c.Str(5), key, probability, close, kSources[rng.Below(5)],
               lost ? std::optional<std::string>("价格高于竞品") : std::nullopt,
               won || lost ? std::optional<core::Millis>(close) : std::nullopt, created, created});
      tx.Exec("INSERT INTO opportunity_stage_history (id, opportunity_id, from_stage, to_stage, actor_id, at) VALUES "
              "(?, ?, NULL, 'lead', ?, ?)",
              {tx.NewId(), id, c.OptInt(1), created});
      if (key != "lead")
        tx.Exec("INSERT INTO opportunity_stage_history (id, opportunity_id, from_stage, to_stage, actor_id, at) VALUES "
                "(?, ?, 'lead', ?, ?, ?)",
                {tx.NewId(), id, key, c.OptInt(1), created + (1 + rng.Below(9)) * kDay});
      if (key == "proposal" || key == "negotiation") late_stage.emplace_back(id, c.Int(0));
    }

    // Quotes for late-stage opportunities: drafts and submitted ones, priced like the API does.
    const auto products = tx.Query("SELECT id, list_price FROM products WHERE active = 1 ORDER BY id");
    for (std::size_t i = 0; i < late_stage.size() && !products.empty(); ++i) {
      const auto [opportunity, customer_id] = late_stage[i];
      auto c = tx.QueryOne("SELECT owner_id, zone_id, channel, currency FROM customers WHERE id = ?", {customer_id});
      const core::Id id = tx.NewId();
      const int count = 1 + rng.Below(3);
      std::int64_t subtotal = 0, total = 0;
      int max_bp = 0;
      std::vector<std::vector<store::Value>> lines;
      for (int l = 0; l < count; ++l) {
        const auto& p = products[rng.Below(static_cast<int>(products.size()))];
        const int quantity = 1 + rng.Below(20);
        const int bp = rng.Below(5) * 500;  // 0-20%
        const std::int64_t price = crm::PriceFor(tx, p.Int(0), c->Str(2), c->OptInt(1), p.Int(1));
        const std::int64_t net = core::ApplyDiscount(price * quantity, bp);
        subtotal += price * quantity;
        total += net;
        max_bp = std::max(max_bp, bp);
        lines.push_back({tx.NewId(), id, l + 1, p.Int(0), quantity, price, bp, net});
      }
      const bool submitted = rng.Chance(50);
      const core::Millis created = today - rng.Below(20) * kDay;
      tx.Exec("INSERT INTO quotes (id, number, customer_id, owner_id, zone_id, opportunity_id, status, currency, subtotal, "
              "discount_total, total, max_discount_bp, valid_until, submitted_at, version, created_at, updated_at) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
              {id, "QT-DEMO-" + std::to_string(1000 + i), customer_id, c->OptInt(0), c->OptInt(1), opportunity,
               submitted ? "submitted" : "draft", c->Str(3), subtotal, subtotal - total, total, max_bp, created + 30 * kDay,
               submitted ? std::optional<core::Millis>(created + kDay) : std::nullopt, created, created});
      for (auto& line : lines)
        tx.Exec("INSERT INTO quote_lines (id, quote_id, line_no, product_id, quantity, list_price, discount_bp, net_amount) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                line);
      tx.Exec("INSERT INTO quote_events (id, quote_id, from_status, to_status, actor_id, at) VALUES (?, ?, NULL, 'draft', ?, ?)",
              {tx.NewId(), id, c->OptInt(0), created});
      if (submitted)
        tx.Exec("INSERT INTO quote_events (id, quote_id, from_status, to_status, actor_id, at) VALUES (?, ?, 'draft', "
                "'submitted', ?, ?)",
                {tx.NewId(), id, c->OptInt(0), created + kDay});
    }
    return core::Ok{};
  });
}

}  // namespace salient::cli
