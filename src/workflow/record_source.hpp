#pragma once
// What rules may read and change of one kind of record. The module that owns the record
// (crm for quotes, orders, customers) provides its source; the workflow only sees field
// names, types and values, so rules never reach into another module's tables.
#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "workflow/expression.hpp"

namespace salient::workflow {

struct RecordFacts {
  FieldValues values;  // "quote.total", "customer.credit_limit", ...
  std::string label;   // e.g. "QT-20261127-000123 · 杭州百货"
  std::optional<core::Id> owner_id, zone_id;
  std::optional<core::Id> customer_id;  // the related customer (set_field acts on it)
};

struct RecordSource {
  std::string object;  // "quote"
  FieldTypes fields;
  // The record with its related records; nullopt when it is gone.
  std::function<std::optional<RecordFacts>(store::Tx&, core::Id)> load;
  // The record in words, as RecordFacts::label, in one light query (lists of threads).
  std::function<std::string(store::Tx&, core::Id)> label;
  // Whether the actor may read the record (its record scope): who may talk about it.
  std::function<bool(store::Tx&, const auth::Actor&, core::Id)> visible;
  // The live records a daily (reminder) rule looks at, e.g. quotes not yet decided.
  std::function<std::vector<core::Id>(store::Tx&)> scan;
  // The fields of this record a rule may set, and how (kValidation naming the field when
  // refused). Rules on related records set them through the related record's source.
  std::vector<std::string> settable;
  std::function<core::Status(store::Tx&, const auth::Actor&, core::Id, const std::string& field,
                             const boost::json::value& value)>
      set_field;
};

using RecordSources = std::map<std::string, RecordSource, std::less<>>;

// Renders "{{quote.number}}"-style placeholders from the facts; unknown names stay as typed.
std::string RenderTemplate(std::string_view text, const FieldValues& values);

// Formats one value for people: numbers without trailing zeros, dates as YYYY-MM-DD.
std::string FormatExprValue(const ExprValue& value);

}  // namespace salient::workflow
