#pragma once
// External indicators for the global model (macro or market series): uploaded as CSV
// `date,value[,dimension,member]` under a name, replacing that name's rows; a row with a
// dimension (zone, category, channel, segment) and member applies to that member's
// series only, one without applies everywhere. Needs forecast:update to change.
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

#include "auth/actor.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::forecast {

// Whole-file validation: every bad line is reported (field "line N: column"), nothing is
// stored unless all are good. Returns the number of rows stored.
core::Result<int> UploadIndicator(store::Database& db, const auth::Actor& actor, std::string_view name,
                                  std::string_view csv);
core::Result<boost::json::value> ListIndicators(store::Database& db, const auth::Actor& actor);
core::Status DeleteIndicator(store::Database& db, const auth::Actor& actor, std::string_view name);

}  // namespace salient::forecast
