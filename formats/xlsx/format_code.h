// The grammar of number format codes (ECMA-376 Part 1, 18.8.31): up to four sections separated by
// ';' (positive; negative; zero; text), each a run of tokens — digit placeholders, literal text,
// date and time codes — with an optional [condition]. Only parsing lives here; number_format.cpp
// renders a value through the parsed code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpiconv::xlsx::format_code {

enum class TokenKind : std::uint8_t {
  kLiteral,       // `text` shown as it is: "quoted", \x, _x (a space), [$¥-804] (¥), other chars
  kDigit,         // `symbol` '0' (always a digit), '#' (significant digits only), '?' (else space)
  kDecimalPoint,  // '.'
  kGrouping,      // ',' between integer placeholders: thousands separators
  kScaling,       // ',' after the last placeholder: divides by 1000
  kPercent,       // '%': multiplies by 100 and shows '%'
  kExponent,      // "E+" / "E-": `symbol` '+' or '-'
  kSlash,         // '/' of a fraction
  kGeneral,       // "General"
  kText,          // '@': the text of a text value
  kDate,          // a date or time code, `symbol` below
};

// Date and time codes (kDate symbols). Month and minute share the letter m and are told apart by
// their neighbours, as Excel does: m after h or before s is minutes.
inline constexpr char kYear = 'y';         // y, e, g, b (era and Buddhist years count as years)
inline constexpr char kMonth = 'M';        // m as a month
inline constexpr char kDay = 'd';          // d, and aaa (a weekday)
inline constexpr char kHour = 'h';         // h
inline constexpr char kMinute = 'm';       // m as minutes
inline constexpr char kSecond = 's';       // s
inline constexpr char kAmPm = 'A';         // AM/PM, A/P
inline constexpr char kUnresolvedM = '?';  // internal: m before its neighbours are known

struct Token {
  TokenKind kind = TokenKind::kLiteral;
  char symbol = 0;
  bool elapsed = false;  // [h], [mm], [ss]: a duration, not a time of day
  std::string text;      // kLiteral only
};

enum class Comparison : std::uint8_t {
  kNone,
  kLess,
  kLessEqual,
  kGreater,
  kGreaterEqual,
  kEqual,
  kNotEqual
};

struct Condition {
  Comparison comparison = Comparison::kNone;
  double operand = 0;

  bool present() const { return comparison != Comparison::kNone; }
  bool holds(double value) const;
  // True when only negative numbers can satisfy it ([<0], [<-5], [<=-1]): such a section shows
  // the magnitude, like the standard negative section.
  bool only_negative() const;
};

enum class SectionKind : std::uint8_t {
  kNumber,   // digit placeholders or General
  kDate,     // any date or time code
  kText,     // '@' without digit placeholders
  kLiteral,  // only literal text (or nothing): shown instead of the number
};

struct Section {
  SectionKind kind = SectionKind::kLiteral;
  Condition condition;
  std::vector<Token> tokens;

  // Number sections: the digit placeholders ('0', '#', '?') split at the decimal point and the
  // exponent, worked out once so that showing a number allocates nothing but its text.
  std::string integer_placeholders;
  std::string fraction_placeholders;
  std::string exponent_placeholders;
  size_t point = SIZE_MAX;  // token index of the decimal point, if any
  int percents = 0;         // each '%' multiplies by 100
  int scaling = 0;          // each trailing ',' divides by 1000
  bool grouping = false;
  bool scientific = false;
  bool fraction = false;

  // Date sections.
  bool has_date = false;  // year, month or day
  bool has_time = false;  // hour, minute, second or AM/PM
  bool elapsed = false;   // [h], [m] or [s]
  int subsecond_digits = 0;
};

struct FormatCode {
  std::vector<Section> sections;  // 1 to 4
};

// Parses a format code; nullopt when it cannot be understood (an unterminated quote or bracket,
// a malformed condition), in which case callers show numbers as General.
std::optional<FormatCode> parse(std::string_view code);

}  // namespace kpiconv::xlsx::format_code
