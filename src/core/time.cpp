#include "core/time.hpp"

#include <chrono>

namespace salient::core {

namespace {
bool ReadDigits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}
}  // namespace

std::string FormatIso(Millis millis) {
  IsoText text;
  return std::string(FormatIso(millis, text));
}

std::string_view FormatIso(Millis millis, IsoText& text) {
  using namespace std::chrono;
  const sys_time<milliseconds> tp{milliseconds{millis}};
  const auto day = floor<days>(tp);
  const year_month_day ymd{day};
  const hh_mm_ss hms{tp - day};
  // Written digit by digit: lists format thousands of timestamps and snprintf showed in profiles.
  char* out = text.out;
  auto put = [out](int at, long long value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) out[at + i] = static_cast<char>('0' + value % 10);
  };
  put(0, int(ymd.year()), 4);
  out[4] = '-';
  put(5, unsigned(ymd.month()), 2);
  out[7] = '-';
  put(8, unsigned(ymd.day()), 2);
  out[10] = 'T';
  put(11, hms.hours().count(), 2);
  out[13] = ':';
  put(14, hms.minutes().count(), 2);
  out[16] = ':';
  put(17, hms.seconds().count(), 2);
  const auto ms = hms.subseconds().count();
  if (ms == 0) {
    out[19] = 'Z';
    return {out, 20};
  }
  out[19] = '.';
  put(20, ms, 3);
  out[23] = 'Z';
  return {out, 24};
}

std::optional<Millis> ParseIso(std::string_view text) {
  using namespace std::chrono;
  int y, mo, d, h = 0, mi = 0, s = 0, ms = 0;
  if (!ReadDigits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' ||
      !ReadDigits(text, 5, 2, mo) || text[7] != '-' || !ReadDigits(text, 8, 2, d))
    return std::nullopt;
  const year_month_day ymd{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
  if (!ymd.ok()) return std::nullopt;
  std::size_t pos = 10;
  int offset_minutes = 0;
  if (pos < text.size()) {
    if (text[pos] != 'T' && text[pos] != ' ') return std::nullopt;
    if (!ReadDigits(text, pos + 1, 2, h) || text.size() < pos + 6 || text[pos + 3] != ':' ||
        !ReadDigits(text, pos + 4, 2, mi))
      return std::nullopt;
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
      if (!ReadDigits(text, pos + 1, 2, s)) return std::nullopt;
      pos += 3;
      if (pos < text.size() && text[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
        if (pos == start) return std::nullopt;
        std::string frac(text.substr(start, std::min<std::size_t>(3, pos - start)));
        while (frac.size() < 3) frac += '0';
        ms = std::stoi(frac);
      }
    }
    if (pos < text.size()) {
      if (text[pos] == 'Z' && pos + 1 == text.size()) {
      } else if ((text[pos] == '+' || text[pos] == '-') && text.size() == pos + 6 &&
                 text[pos + 3] == ':') {
        int oh, om;
        if (!ReadDigits(text, pos + 1, 2, oh) || !ReadDigits(text, pos + 4, 2, om))
          return std::nullopt;
        offset_minutes = (oh * 60 + om) * (text[pos] == '+' ? 1 : -1);
      } else {
        return std::nullopt;
      }
    }
    if (h > 23 || mi > 59 || s > 60) return std::nullopt;
  }
  const auto tp = sys_days{ymd} + hours{h} + minutes{mi - offset_minutes} + seconds{s} +
                  milliseconds{ms};
  return duration_cast<milliseconds>(tp.time_since_epoch()).count();
}

}  // namespace salient::core
