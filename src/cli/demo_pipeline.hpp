#pragma once
// Demo visits, opportunities and quotes derived from the imported order history with a
// fixed seed, so the pipeline, calendar and quote pages have plausible content: a visit
// before recent orders, planned visits for the coming weeks, open opportunities for
// active customers, and quotes for the late-stage ones.
#include "store/database.hpp"

namespace salient::cli {

core::Status DerivePipeline(store::Database& db);

}  // namespace salient::cli
