#pragma once
// Periods of a sales series: which frequency, how long a season is, and how to step from
// one period label to the next. A period is labelled by a civil date (its first day for
// months and quarters, the Sunday that starts it for Sunday..Saturday weeks, the day itself
// for days) — the
// convention of the Superstore panels and of every CSV the engine reads and writes.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace salient::forecast {

using Date = std::chrono::sys_days;

enum class Frequency { kDaily, kWeekly, kMonthly, kQuarterly };

std::optional<Frequency> ParseFrequency(std::string_view text);  // daily|weekly|monthly|quarterly
std::string_view FrequencyName(Frequency frequency);
// Observations per year: 7 (days: the week is the season), 52, 12, 4.
int SeasonPeriod(Frequency frequency);

// Stored times are UTC milliseconds; these convert at day granularity.
inline constexpr std::int64_t kDayMillis = 24LL * 3600 * 1000;
inline std::int64_t DayStartMillis(Date day) { return std::int64_t(day.time_since_epoch().count()) * kDayMillis; }
inline Date DayOfMillis(std::int64_t millis) { return Date{std::chrono::days{millis / kDayMillis}}; }

std::optional<Date> ParseDate(std::string_view text);  // YYYY-MM-DD
std::string FormatDate(Date date);

// The label of the period `steps` after `label` (steps may be negative).
Date StepPeriod(Date label, Frequency frequency, int steps);
// The label of the period containing `day`.
Date PeriodOf(Date day, Frequency frequency);

// Calendar features of a period label, for the boosted model.
int MonthOf(Date date);        // 1..12
int WeekOfYear(Date date);     // ISO week 1..53
int DayOfWeek(Date date);      // 0 = Monday .. 6 = Sunday
int DayOfMonth(Date date);     // 1..31
// Days of a period that are Chinese public holidays (incl. Spring Festival week), and
// whether the period contains Spring Festival's eve..day 6 — 2014..2030 from a table.
int HolidayDays(Date label, Frequency frequency);
bool ContainsSpringFestival(Date label, Frequency frequency);

}  // namespace salient::forecast
