// What a person sees in a cell holding a number: the number shown through the cell's number format
// code (ECMA-376 Part 1, 18.8.30-31), the way Excel shows it, with two deliberate differences —
// dates and times come out as ISO 8601 text, and nothing depends on column width or locale.
//
// - General: up to 15 significant digits (Excel's precision), shortest form, no trailing zeros
//   ("0.3" for 0.1+0.2, "24" for 24.0); plain notation for magnitudes from 1E-9 up to 1E+15,
//   scientific outside ("1E+20", "1.5E-10").
// - Digit placeholders 0 # ?, decimal point, thousands separators, scaling commas, percent, literal
//   text ("quoted", \x, _x as a space, *x dropped), scientific (0.00E+00), fractions (# ?/?),
//   sections pos;neg;zero;text, conditions ([<0], [>=100]), [Red]/[Color n]/[DBNum1] ignored,
//   [$-804] ignored and [$¥-804] shown as ¥. The value is first rounded to 15 significant digits,
//   then half away from zero at the format's decimals: 2.675 with "0.00" is "2.68".
// - A code with a date or time code (y, m, d, h, s, AM/PM, [h]) or a built-in date id shows the
//   serial as "2024-03-31", "13:45:00" or "2024-03-31T13:45:00" (which parts: those the code
//   shows); durations ([h]:mm:ss) as total hours "36:00:00". Serials Excel cannot show as dates
//   (negative, after 9999) are shown as General.
// - "@" (text), an unparseable code or a missing section: General. Nothing here throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "formats/xlsx/format_code.h"

namespace kpiconv::xlsx {

// The code of a built-in numFmtId (ECMA-376 Part 1, 18.8.30). The ids the standard leaves to the
// locale (5-8 currency, 27-36 and 50-58 East Asian dates, 41-44 accounting) get the zh-CN codes;
// empty for ids without a built-in code (shown as General).
std::string_view builtin_number_format(int id);

class NumberFormat {
 public:
  NumberFormat() = default;  // General
  explicit NumberFormat(std::string_view code);

  std::string format(double value, bool date1904) const;
  bool general() const { return !code_; }
  // True when the code shows (some) numbers as a date or time.
  bool date() const { return date_; }
  // True for the text format "@": what is typed in is text, numbers included.
  bool text() const { return text_; }

 private:
  std::optional<format_code::FormatCode> code_;  // nullopt: General
  bool date_ = false;
  bool text_ = false;
};

// `value` shown through `format_code`: NumberFormat(format_code).format(value, date1904).
std::string format_number(double value, std::string_view format_code, bool date1904);

// `value` in the General format.
std::string format_general(double value);

}  // namespace kpiconv::xlsx
