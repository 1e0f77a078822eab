#include "forecast/calendar.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace salient::forecast {
namespace {

using namespace std::chrono;

// Chinese public holidays that move with the lunar calendar, 2014..2030 (State Council
// announcements; the lunar dates are fixed in advance, so a table is exact enough).
constexpr int kFirstYear = 2014;
constexpr std::array<std::array<int, 2>, 17> kSpringFestival = {{
    {1, 31}, {2, 19}, {2, 8}, {1, 28}, {2, 16}, {2, 5}, {1, 25}, {2, 12}, {2, 1},
    {1, 22}, {2, 10}, {1, 29}, {2, 17}, {2, 6}, {1, 26}, {2, 13}, {2, 3}}};
constexpr std::array<std::array<int, 2>, 17> kQingming = {{
    {4, 5}, {4, 5}, {4, 4}, {4, 4}, {4, 5}, {4, 5}, {4, 4}, {4, 4}, {4, 5},
    {4, 5}, {4, 4}, {4, 4}, {4, 5}, {4, 5}, {4, 4}, {4, 4}, {4, 5}}};
constexpr std::array<std::array<int, 2>, 17> kDragonBoat = {{
    {6, 2}, {6, 20}, {6, 9}, {5, 30}, {6, 18}, {6, 7}, {6, 25}, {6, 14}, {6, 3},
    {6, 22}, {6, 10}, {5, 31}, {6, 19}, {6, 9}, {5, 28}, {6, 16}, {6, 5}}};
constexpr std::array<std::array<int, 2>, 17> kMidAutumn = {{
    {9, 8}, {9, 27}, {9, 15}, {10, 4}, {9, 24}, {9, 13}, {10, 1}, {9, 21}, {9, 10},
    {9, 29}, {9, 17}, {10, 6}, {9, 25}, {9, 15}, {10, 3}, {9, 22}, {9, 12}}};

Date MakeDate(int y, int m, int d) { return sys_days{year{y} / month(m) / day(d)}; }

Date FromTable(const std::array<std::array<int, 2>, 17>& table, int y) {
  const auto& [m, d] = table[y - kFirstYear];
  return MakeDate(y, m, d);
}

bool InRange(Date day, Date first, int length) { return day >= first && day < first + days{length}; }

bool IsSpringFestivalDay(Date day) {
  const int y = int(year_month_day{day}.year());
  for (int yy : {y - 1, y}) {
    if (yy < kFirstYear || yy >= kFirstYear + int(kSpringFestival.size())) continue;
    if (InRange(day, FromTable(kSpringFestival, yy) - days{1}, 7)) return true;  // eve .. day 6
  }
  return false;
}

bool IsHoliday(Date day) {
  const year_month_day ymd{day};
  const int y = int(ymd.year()), m = int(unsigned(ymd.month())), d = int(unsigned(ymd.day()));
  if (m == 1 && d == 1) return true;
  if (m == 10 && d <= 7) return true;                  // National Day golden week
  if (m == 5 && d <= (y >= 2020 ? 5 : 3)) return true;  // Labour Day
  if (IsSpringFestivalDay(day)) return true;
  if (y < kFirstYear || y >= kFirstYear + int(kSpringFestival.size())) return false;
  for (const auto* table : {&kQingming, &kDragonBoat, &kMidAutumn}) {
    if (InRange(day, FromTable(*table, y), 1)) return true;
  }
  return false;
}

int PeriodDays(Date label, Frequency frequency) {
  return int((StepPeriod(label, frequency, 1) - label).count());
}

}  // namespace

std::optional<Frequency> ParseFrequency(std::string_view text) {
  if (text == "daily") return Frequency::kDaily;
  if (text == "weekly") return Frequency::kWeekly;
  if (text == "monthly") return Frequency::kMonthly;
  if (text == "quarterly") return Frequency::kQuarterly;
  return std::nullopt;
}

std::string_view FrequencyName(Frequency frequency) {
  switch (frequency) {
    case Frequency::kDaily: return "daily";
    case Frequency::kWeekly: return "weekly";
    case Frequency::kMonthly: return "monthly";
    case Frequency::kQuarterly: return "quarterly";
  }
  return "daily";
}

int SeasonPeriod(Frequency frequency) {
  switch (frequency) {
    case Frequency::kDaily: return 7;
    case Frequency::kWeekly: return 52;
    case Frequency::kMonthly: return 12;
    case Frequency::kQuarterly: return 4;
  }
  return 1;
}

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  auto number = [&](int from, int length, int& out) {
    auto [end, error] = std::from_chars(text.data() + from, text.data() + from + length, out);
    return error == std::errc{} && end == text.data() + from + length;
  };
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return std::nullopt;
  const year_month_day ymd{year{y}, month(m), day(d)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string FormatDate(Date date) {
  const year_month_day ymd{date};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buffer;
}

Date StepPeriod(Date label, Frequency frequency, int steps) {
  switch (frequency) {
    case Frequency::kDaily: return label + days{steps};
    case Frequency::kWeekly: return label + days{7 * steps};
    case Frequency::kMonthly:
    case Frequency::kQuarterly: {
      const year_month_day ymd{label};
      const auto shifted = year_month{ymd.year(), ymd.month()} +
                           months{steps * (frequency == Frequency::kMonthly ? 1 : 3)};
      return sys_days{shifted / day{1}};
    }
  }
  return label;
}

Date PeriodOf(Date day, Frequency frequency) {
  const year_month_day ymd{day};
  switch (frequency) {
    case Frequency::kDaily: return day;
    case Frequency::kWeekly: return day - days{(DayOfWeek(day) + 1) % 7};  // back to Sunday
    case Frequency::kMonthly: return sys_days{ymd.year() / ymd.month() / 1};
    case Frequency::kQuarterly: {
      const unsigned first_month = (unsigned(ymd.month()) - 1) / 3 * 3 + 1;
      return sys_days{ymd.year() / month{first_month} / 1};
    }
  }
  return day;
}

int MonthOf(Date date) { return int(unsigned(year_month_day{date}.month())); }
int DayOfMonth(Date date) { return int(unsigned(year_month_day{date}.day())); }
int DayOfWeek(Date date) { return int(weekday{date}.iso_encoding()) - 1; }

int WeekOfYear(Date date) {
  // ISO week: the week (Mon..Sun) containing the year's first Thursday is week 1.
  const Date thursday = date - days{DayOfWeek(date)} + days{3};
  const Date jan1 = sys_days{year_month_day{thursday}.year() / 1 / 1};
  return int((thursday - jan1).count() / 7) + 1;
}

int HolidayDays(Date label, Frequency frequency) {
  int count = 0;
  for (int i = 0, n = PeriodDays(label, frequency); i < n; ++i) count += IsHoliday(label + days{i});
  return count;
}

bool ContainsSpringFestival(Date label, Frequency frequency) {
  for (int i = 0, n = PeriodDays(label, frequency); i < n; ++i) {
    if (IsSpringFestivalDay(label + days{i})) return true;
  }
  return false;
}

}  // namespace salient::forecast
