#pragma once
// The numbers on the sales home page, within the caller's order scope: this month vs
// last month, a 12-month series, this year by zone and by category, top customers.
#include <boost/json/value.hpp>

#include "auth/actor.hpp"
#include "store/database.hpp"

namespace salient::crm {

core::Result<boost::json::value> SalesSummary(store::Database& db, const auth::Actor& actor);

}  // namespace salient::crm
