#include "forecast/indicator_service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

#include "auth/audit.hpp"
#include "core/csv.hpp"
#include "core/json.hpp"
#include "forecast/calendar.hpp"

namespace salient::forecast {

namespace json = boost::json;

namespace {

constexpr size_t kMaxRows = 200000;
constexpr size_t kMaxProblems = 100;

bool ValidName(std::string_view name) {
  if (name.empty() || name.size() > 40) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
}

struct Row {
  std::string day, dimension, member;
  double value = 0;
};

}  // namespace

core::Result<int> UploadIndicator(store::Database& db, const auth::Actor& actor, std::string_view name,
                                  std::string_view csv) {
  if (auto s = actor.Require("forecast", auth::Action::kUpdate); !s.ok()) return s.error();
  if (!ValidName(name)) return core::Error::Invalid("name", "1-40 letters, digits, _ or -");
  std::istringstream in{std::string(csv)};
  core::CsvReader reader(in);
  std::vector<std::string> fields;
  core::Error problems{core::ErrorCode::kValidation, "the file has bad lines; nothing was stored", {}};
  const auto bad = [&](int line, const std::string& column, const std::string& message) {
    if (problems.fields.size() < kMaxProblems) problems.fields.push_back({"line " + std::to_string(line) + ": " + column, message});
  };
  if (!reader.Next(fields) || fields.size() < 2 || fields[0] != "date" || fields[1] != "value") {
    return core::Error::Validation("header", "the first line must be date,value[,dimension,member]");
  }
  static const std::set<std::string> kDimensions = {"", "zone", "category", "channel", "segment"};
  std::vector<Row> rows;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  while (reader.Next(fields)) {
    const int line = reader.line();
    if (fields.size() == 1 && fields[0].empty()) continue;
    Row row;
    const bool dated = ParseDate(fields[0]).has_value();
    if (!dated) bad(line, "date", "'" + fields[0] + "' is not YYYY-MM-DD");
    const std::string& text = fields.size() > 1 ? fields[1] : std::string();
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), row.value);
    const bool numeric = error == std::errc{} && end == text.data() + text.size() && std::isfinite(row.value);
    if (!numeric) bad(line, "value", "'" + text + "' is not a number");
    row.day = fields[0];
    row.dimension = fields.size() > 2 ? fields[2] : "";
    row.member = fields.size() > 3 ? fields[3] : "";
    const bool dimension_ok = kDimensions.count(row.dimension) && row.dimension.empty() == row.member.empty();
    if (!dimension_ok) bad(line, "dimension", "must be zone, category, channel or segment with a member, or both empty");
    if (dated && numeric && dimension_ok && !seen.insert({row.day, row.dimension, row.member}).second) {
      bad(line, "date", "appears twice for the same member");
    }
    rows.push_back(std::move(row));
    if (rows.size() > kMaxRows) return core::Error::Validation("file", "more than 200,000 rows");
  }
  if (reader.malformed()) bad(reader.line(), "file", "a quoted field is not closed");
  if (!problems.fields.empty()) return problems;
  if (rows.empty()) return core::Error::Validation("file", "no data rows");

  auto stored = db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    const std::string indicator(name);
    tx.Exec("DELETE FROM forecast_indicators WHERE name = ?", {indicator});
    for (const Row& row : rows) {
      tx.Exec("INSERT INTO forecast_indicators (name, day, dimension, member, value, uploaded_by, uploaded_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
              {indicator, row.day, row.dimension, row.member, row.value,
               actor.acting_user(), tx.Now()});
    }
    auth::RecordChange(tx, actor, {"forecast_indicator", std::nullopt, "update", nullptr,
                                   json::object{{"name", indicator}, {"rows", rows.size()}}});
    return core::Ok{};
  });
  if (!stored.ok()) return stored.error();
  return int(rows.size());
}

core::Result<json::value> ListIndicators(store::Database& db, const auth::Actor& actor) {
  if (auto s = actor.Require("forecast", auth::Action::kRead); !s.ok()) return s.error();
  return db.Read<json::value>([](store::Tx& tx) -> core::Result<json::value> {
    json::array items;
    for (const auto& r : tx.Query("SELECT name, COUNT(*), MIN(day), MAX(day), MAX(uploaded_at), "
                                  "COUNT(DISTINCT dimension || ':' || member) FROM forecast_indicators "
                                  "GROUP BY name ORDER BY name")) {
      items.push_back(json::object{{"name", r.Str(0)}, {"rows", r.Int(1)}, {"first", r.Str(2)}, {"last", r.Str(3)},
                                   {"uploaded_at", core::TimeValue(r.Int(4))}, {"members", r.Int(5)}});
    }
    return json::value(json::object{{"items", items}});
  });
}

core::Status DeleteIndicator(store::Database& db, const auth::Actor& actor, std::string_view name) {
  if (auto s = actor.Require("forecast", auth::Action::kUpdate); !s.ok()) return s.error();
  return db.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    if (tx.Exec("DELETE FROM forecast_indicators WHERE name = ?", {std::string(name)}) == 0) {
      return core::Error::NotFound("indicator");
    }
    auth::RecordChange(tx, actor, {"forecast_indicator", std::nullopt, "delete", json::object{{"name", std::string(name)}}, nullptr});
    return core::Ok{};
  });
}

}  // namespace salient::forecast
