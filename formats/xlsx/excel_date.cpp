#include "formats/xlsx/excel_date.h"

#include <charconv>
#include <cmath>

namespace kpiconv::xlsx {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// 9999-12-31 in the 1900 system; Excel refuses anything later.
constexpr double kLastSerial1900 = 2958465;
// 1904-01-01 is serial 1462 of the 1900 system.
constexpr std::int64_t kDays1904 = 1462;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(yoe + era * 400 + (month <= 2));
}

// Day 0 of each system as days since 1970-01-01: 1899-12-31 (1900) and 1904-01-01 (1904).
const std::int64_t kEpoch1900 = days_from_civil(1899, 12, 31);
const std::int64_t kEpoch1904 = days_from_civil(1904, 1, 1);

std::int64_t power_of_ten(int digits) {
  std::int64_t power = 1;
  for (int i = 0; i < digits; ++i) power *= 10;
  return power;
}

void append_padded(std::string& out, std::int64_t number, int width) {
  char buffer[24];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  for (long i = end - buffer; i < width; ++i) out.push_back('0');
  out.append(buffer, end);
}

// Reads exactly `count` digits at text[at...]; advances `at`.
bool read_digits(std::string_view text, size_t& at, size_t count, int& value) {
  if (at + count > text.size()) return false;
  value = 0;
  for (size_t i = 0; i < count; ++i) {
    char c = text[at + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  at += count;
  return true;
}

}  // namespace

std::optional<ExcelDateTime> excel_date_time(double serial, bool date1904, int subsecond_digits) {
  if (!std::isfinite(serial) || serial < 0) return std::nullopt;
  if (serial >= kLastSerial1900 + 1 - (date1904 ? kDays1904 : 0)) return std::nullopt;
  if (subsecond_digits < 0) subsecond_digits = 0;
  if (subsecond_digits > 3) subsecond_digits = 3;
  const std::int64_t units_per_second = power_of_ten(subsecond_digits);
  const std::int64_t units =
      std::llround(serial * static_cast<double>(kSecondsPerDay * units_per_second));
  const std::int64_t units_per_day = kSecondsPerDay * units_per_second;

  ExcelDateTime time;
  time.subsecond_digits = subsecond_digits;
  time.total_seconds = units / units_per_second;
  const std::int64_t days = units / units_per_day;
  std::int64_t rest = units % units_per_day;
  time.subsecond = static_cast<int>(rest % units_per_second);
  rest /= units_per_second;
  time.hour = static_cast<int>(rest / 3600);
  time.minute = static_cast<int>(rest / 60 % 60);
  time.second = static_cast<int>(rest % 60);

  if (date1904) {
    civil_from_days(kEpoch1904 + days, time.year, time.month, time.day);
  } else if (days == 0) {
    time.year = 1900, time.month = 1, time.day = 0;
  } else if (days == 60) {
    time.year = 1900, time.month = 2, time.day = 29;  // the day that never was
  } else {
    civil_from_days(kEpoch1900 + days - (days > 60 ? 1 : 0), time.year, time.month, time.day);
  }
  return time;
}

std::optional<double> serial_from_iso(std::string_view text, bool date1904, bool* has_time) {
  size_t at = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!read_digits(text, at, 4, year) || at >= text.size() || text[at++] != '-' ||
      !read_digits(text, at, 2, month) || at >= text.size() || text[at++] != '-' ||
      !read_digits(text, at, 2, day)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  double fraction = 0;
  bool timed = false;
  if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
    ++at;
    if (!read_digits(text, at, 2, hour) || at >= text.size() || text[at++] != ':' ||
        !read_digits(text, at, 2, minute)) {
      return std::nullopt;
    }
    if (at < text.size() && text[at] == ':') {
      ++at;
      if (!read_digits(text, at, 2, second)) return std::nullopt;
      if (at < text.size() && text[at] == '.') {
        size_t start = ++at;
        double scale = 0.1;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
          fraction += (text[at++] - '0') * scale;
          scale /= 10;
        }
        if (at == start) return std::nullopt;
      }
    }
    if (hour > 24 || minute > 59 || second > 60) return std::nullopt;
    timed = true;
  }
  // A zone designator (Z, +08:00) is ignored: the cell shows the time as written.
  if (at < text.size() && text[at] != 'Z' && text[at] != '+' && text[at] != '-') {
    return std::nullopt;
  }
  std::int64_t days = days_from_civil(year, month, day);
  if (date1904) {
    days -= kEpoch1904;
  } else {
    days -= kEpoch1900;
    if (days >= 60) ++days;  // serials after 1900-02-28 count the fictitious 1900-02-29
  }
  if (days < 0) return std::nullopt;
  if (has_time != nullptr) *has_time = timed;
  const double seconds = hour * 3600.0 + minute * 60.0 + second + fraction;
  return static_cast<double>(days) + seconds / static_cast<double>(kSecondsPerDay);
}

std::string iso_date(const ExcelDateTime& time) {
  std::string text;
  text.reserve(10);
  append_padded(text, time.year, 4);
  text.push_back('-');
  append_padded(text, time.month, 2);
  text.push_back('-');
  append_padded(text, time.day, 2);
  return text;
}

std::string iso_time(const ExcelDateTime& time) {
  std::string text;
  text.reserve(12);
  append_padded(text, time.hour, 2);
  text.push_back(':');
  append_padded(text, time.minute, 2);
  text.push_back(':');
  append_padded(text, time.second, 2);
  if (time.subsecond_digits > 0) {
    text.push_back('.');
    append_padded(text, time.subsecond, time.subsecond_digits);
  }
  return text;
}

std::string elapsed_time(const ExcelDateTime& time) {
  std::string text;
  append_padded(text, time.total_seconds / 3600, 1);
  text.push_back(':');
  append_padded(text, time.total_seconds / 60 % 60, 2);
  text.push_back(':');
  append_padded(text, time.total_seconds % 60, 2);
  if (time.subsecond_digits > 0) {
    text.push_back('.');
    append_padded(text, time.subsecond, time.subsecond_digits);
  }
  return text;
}

}  // namespace kpiconv::xlsx
