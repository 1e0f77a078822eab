#pragma once
// ISO-8601 UTC timestamps, the only time format in JSON.
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace salient::core {

// 2026-11-27T09:30:00.123Z (milliseconds only when non-zero).
std::string FormatIso(Millis millis);
// The same text written into `out`, for writers that append many timestamps; valid while
// `out` lives.
struct IsoText {
  char out[24];
};
std::string_view FormatIso(Millis millis, IsoText& text);
// Accepts YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM].
std::optional<Millis> ParseIso(std::string_view text);

}  // namespace salient::core
