#include "formats/xlsx/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

#include "formats/xlsx/decimal_digits.h"
#include "formats/xlsx/excel_date.h"

namespace kpiconv::xlsx {
namespace {

using format_code::Section;
using format_code::SectionKind;
using format_code::Token;
using format_code::TokenKind;

// General switches to scientific notation outside [1E-9, 1E+15): exponents of DecimalDigits.
constexpr int kGeneralMaxExponent = 15;
constexpr int kGeneralMinExponent = -8;

void append_number(std::string& out, long long number) {
  char buffer[24];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, end);
}

// ---- General ----

std::string general_magnitude(const DecimalDigits& decimal) {
  if (decimal.zero()) return "0";
  const std::string& digits = decimal.digits();
  const int exponent = decimal.exponent();
  std::string text;
  if (exponent > kGeneralMaxExponent || exponent < kGeneralMinExponent) {
    text.push_back(digits[0]);
    if (digits.size() > 1) {
      text.push_back('.');
      text.append(digits, 1);
    }
    const int power = exponent - 1;
    text += power < 0 ? "E-" : "E+";
    if (std::abs(power) < 10) text.push_back('0');
    append_number(text, std::abs(power));
    return text;
  }
  if (exponent <= 0) {
    text = "0.";
    text.append(static_cast<size_t>(-exponent), '0');
    text += digits;
    return text;
  }
  text = decimal.integer_digits();
  if (digits.size() > static_cast<size_t>(exponent)) {
    text.push_back('.');
    text.append(digits, static_cast<size_t>(exponent));
  }
  return text;
}

// ---- digit placeholders ----

// The digits of an integer part laid into a section's integer placeholders: the rightmost
// placeholder takes the last digit and the leftmost one every digit left over; a placeholder
// without a digit shows '0' for 0, a space for ?, nothing for #. Thousands separators go between
// the digits shown (padding zeros included).
class IntegerDigits {
 public:
  IntegerDigits(std::string_view placeholders, std::string_view digits, bool grouping)
      : placeholders_(placeholders), digits_(digits), grouping_(grouping) {
    remaining_ = digits.size();
    for (size_t j = digits.size(); j < placeholders.size(); ++j) {
      remaining_ += placeholders[placeholders.size() - 1 - j] == '0';
    }
  }

  // Appends what placeholder `slot` (counted from the left) shows.
  void append(std::string& out, size_t slot) {
    const size_t slots = placeholders_.size(), count = digits_.size();
    if (slot == 0 && count > slots) {
      for (size_t i = 0; i < count - slots; ++i) put(out, digits_[i]);
    }
    const size_t from_right = slots - 1 - slot;
    if (from_right < count) {
      put(out, digits_[count - 1 - from_right]);
    } else if (placeholders_[slot] == '0') {
      put(out, '0');
    } else if (placeholders_[slot] == '?') {
      out.push_back(' ');
    }
  }

 private:
  void put(std::string& out, char digit) {
    out.push_back(digit);
    --remaining_;
    if (grouping_ && remaining_ > 0 && remaining_ % 3 == 0) out.push_back(',');
  }

  std::string_view placeholders_;
  std::string_view digits_;
  bool grouping_;
  size_t remaining_ = 0;
};

// Fraction digits into placeholders: trailing zeros beyond the last '0' placeholder are dropped
// for # and become spaces for ?.
void append_fraction(std::string& out, std::string_view placeholders, std::string_view digits) {
  size_t significant = digits.size();
  while (significant > 0 && digits[significant - 1] == '0') --significant;
  for (size_t i = 0; i < placeholders.size(); ++i) {
    if (i < significant || placeholders[i] == '0') {
      out.push_back(digits[i]);
    } else if (placeholders[i] == '?') {
      out.push_back(' ');
    }
  }
}

// Renders a fixed or scientific section from the digits of its mantissa.
std::string render_tokens(const Section& section, std::string_view integer_digits,
                          std::string_view fraction_digits, std::string_view exponent_text,
                          double magnitude) {
  IntegerDigits integer(section.integer_placeholders, integer_digits, section.grouping);
  std::string text;
  text.reserve(integer_digits.size() + fraction_digits.size() + 8);
  size_t integer_slot = 0;
  bool fraction_done = false;
  bool in_exponent = false;
  for (size_t i = 0; i < section.tokens.size(); ++i) {
    const Token& token = section.tokens[i];
    switch (token.kind) {
      case TokenKind::kLiteral:
        text += token.text;
        break;
      case TokenKind::kDigit:
        if (in_exponent) break;
        if (i < section.point && integer_slot < section.integer_placeholders.size()) {
          integer.append(text, integer_slot++);
        } else if (!fraction_done) {
          // All fraction placeholders at the first one.
          append_fraction(text, section.fraction_placeholders, fraction_digits);
          fraction_done = true;
        }
        break;
      case TokenKind::kDecimalPoint:
        // With no integer placeholder (".00"), the integer digits still show before the point.
        if (i == section.point && section.integer_placeholders.empty()) text += integer_digits;
        text.push_back('.');
        break;
      case TokenKind::kPercent:
        text.push_back('%');
        break;
      case TokenKind::kExponent:
        text += exponent_text;
        in_exponent = true;
        break;
      case TokenKind::kSlash:
        text.push_back('/');
        break;
      case TokenKind::kGeneral:
        text += general_magnitude(DecimalDigits::of(magnitude));
        break;
      default:
        break;  // grouping and scaling commas, '@'
    }
  }
  return text;
}

std::string render_fixed(const Section& section, double magnitude) {
  DecimalDigits decimal = DecimalDigits::of(magnitude);
  decimal.shift(2 * section.percents - 3 * section.scaling);
  const int decimals = static_cast<int>(section.fraction_placeholders.size());
  decimal.round_to_decimals(decimals);
  return render_tokens(section, decimal.integer_digits(), decimal.fraction_digits(decimals), {},
                       magnitude);
}

int floor_div(int a, int b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

std::string render_scientific(const Section& section, double magnitude) {
  DecimalDigits decimal = DecimalDigits::of(magnitude);
  decimal.shift(2 * section.percents);
  const std::string& integer = section.integer_placeholders;
  const int decimals = static_cast<int>(section.fraction_placeholders.size());
  const int integer_places = integer.empty() ? 1 : static_cast<int>(integer.size());
  // ##0.0E+0: exponents in multiples of the integer places.
  bool engineering = integer.find('#') != std::string::npos;
  engineering &= integer_places > 1;

  int power = 0;
  DecimalDigits mantissa = decimal;
  if (!decimal.zero()) {
    int leading = decimal.exponent() - 1;  // power of ten of the first digit
    for (int attempt = 0; attempt < 2; ++attempt) {
      power = engineering ? floor_div(leading, integer_places) * integer_places
                          : leading - (integer_places - 1);
      mantissa = decimal;
      mantissa.shift(-power);
      mantissa.round_to_decimals(decimals);
      if (mantissa.exponent() <= leading - power + 1) break;
      ++leading;  // rounding carried into a new digit (9.99 → 10.0): one power up
    }
  }
  std::string exponent = "E";
  const char sign_mode = [&] {
    for (const Token& token : section.tokens) {
      if (token.kind == TokenKind::kExponent) return token.symbol;
    }
    return '+';
  }();
  if (power < 0) {
    exponent.push_back('-');
  } else if (sign_mode == '+') {
    exponent.push_back('+');
  }
  std::string digits;
  append_number(digits, std::abs(power));
  size_t width = 0;
  for (char c : section.exponent_placeholders) width += c == '0';
  if (digits.size() < width) exponent.append(width - digits.size(), '0');
  exponent += digits;
  return render_tokens(section, mantissa.integer_digits(), mantissa.fraction_digits(decimals),
                       exponent, magnitude);
}

// ---- fractions ----

struct Rational {
  long long numerator = 0;
  long long denominator = 1;
};

// The closest fraction to x in [0, 1) with a denominator up to `limit` (continued fractions, with
// the best semiconvergent at the end).
Rational closest_fraction(double x, long long limit) {
  long long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
  double rest = x;
  for (int step = 0; step < 64; ++step) {
    const double whole = std::floor(rest);
    const long long a = static_cast<long long>(whole);
    const long long p2 = a * p1 + p0, q2 = a * q1 + q0;
    if (q2 > limit) {
      const long long k = (limit - q0) / q1;
      const Rational semi{p0 + k * p1, q0 + k * q1};
      const Rational last{p1, q1};
      const double semi_error = std::fabs(x - static_cast<double>(semi.numerator) /
                                                  static_cast<double>(semi.denominator));
      const double last_error = std::fabs(x - static_cast<double>(last.numerator) /
                                                  static_cast<double>(last.denominator));
      return semi_error < last_error ? semi : last;
    }
    p0 = p1, q0 = q1, p1 = p2, q1 = q2;
    const double remainder = rest - whole;
    if (remainder < 1e-12) break;
    rest = 1 / remainder;
  }
  return Rational{p1, q1};
}

std::string pad_number(long long number, const std::vector<char>& placeholders, bool left_align) {
  std::string digits;
  append_number(digits, number);
  std::string pad;
  for (size_t i = digits.size(); i < placeholders.size(); ++i) {
    const char c = placeholders[placeholders.size() - 1 - i];
    if (c == '0') pad.push_back(left_align ? ' ' : '0');
    if (c == '?') pad.push_back(' ');
  }
  return left_align ? digits + pad : pad + digits;
}

std::string render_fraction(const Section& section, double magnitude) {
  const auto& tokens = section.tokens;
  size_t slash = 0;
  while (tokens[slash].kind != TokenKind::kSlash || slash == 0 ||
         tokens[slash - 1].kind != TokenKind::kDigit) {
    ++slash;
  }
  size_t numerator_start = slash;
  while (numerator_start > 0 && tokens[numerator_start - 1].kind == TokenKind::kDigit) {
    --numerator_start;
  }
  std::vector<char> integer, numerator, denominator;
  for (size_t i = 0; i < numerator_start; ++i) {
    if (tokens[i].kind == TokenKind::kDigit) integer.push_back(tokens[i].symbol);
  }
  for (size_t i = numerator_start; i < slash; ++i) numerator.push_back(tokens[i].symbol);
  // The denominator: placeholders (up to 9, 99, ...) or a fixed number ("# ?/8", "?/100").
  std::string fixed;
  size_t end = slash + 1;
  for (; end < tokens.size(); ++end) {
    const Token& token = tokens[end];
    if (token.kind == TokenKind::kDigit) {
      denominator.push_back(token.symbol);
      fixed.push_back('0');
    } else if (token.kind == TokenKind::kLiteral && !token.text.empty() &&
               token.text.find_first_not_of("0123456789") == std::string::npos) {
      fixed += token.text;
      denominator.insert(denominator.end(), token.text.size(), '0');
    } else {
      break;
    }
  }
  // More than 9 digits is no denominator anyone writes; treat it as placeholders.
  const bool fixed_denominator =
      fixed.size() <= 9 && fixed.find_first_not_of('0') != std::string::npos;

  double whole = integer.empty() ? 0 : std::floor(magnitude);
  const double part = magnitude - whole;
  Rational fraction;
  if (fixed_denominator) {
    fraction.denominator = std::stoll(fixed);
    fraction.numerator = std::llround(part * static_cast<double>(fraction.denominator));
  } else {
    long long limit = 1;
    for (size_t i = 0; i < denominator.size() && i < 9; ++i) limit *= 10;
    fraction = closest_fraction(part, limit - 1 > 0 ? limit - 1 : 1);
  }
  if (fraction.numerator == fraction.denominator) {
    whole += 1;
    fraction.numerator = 0;
  }
  std::string text;
  if (fraction.numerator == 0) {
    // Excel pads the empty fraction with spaces; the text keeps just the number.
    text = general_magnitude(DecimalDigits::of(whole));
    return text;
  }
  const std::string whole_digits = whole >= 1 ? general_magnitude(DecimalDigits::of(whole)) : "";
  const std::string integer_placeholders(integer.begin(), integer.end());
  IntegerDigits layout(integer_placeholders, whole_digits, section.grouping);
  size_t integer_slot = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (i < numerator_start) {
      if (token.kind == TokenKind::kDigit) {
        layout.append(text, integer_slot++);
      } else if (token.kind == TokenKind::kLiteral) {
        text += token.text;
      }
    } else if (i == numerator_start) {
      text += pad_number(fraction.numerator, numerator, false);
      text.push_back('/');
      text += pad_number(fraction.denominator, denominator, true);
      i = end - 1;
    } else if (token.kind == TokenKind::kLiteral) {
      text += token.text;
    }
  }
  return text;
}

// ---- dates ----

std::optional<std::string> render_date(const Section& section, double value, bool date1904) {
  std::optional<ExcelDateTime> time =
      excel_date_time(value, date1904, section.elapsed ? 0 : section.subsecond_digits);
  if (!time) return std::nullopt;
  if (section.elapsed) return elapsed_time(*time);
  if (section.has_date && section.has_time) return iso_date(*time) + "T" + iso_time(*time);
  if (section.has_date) return iso_date(*time);
  return iso_time(*time);
}

std::string render_literal(const Section& section) {
  std::string text;
  for (const Token& token : section.tokens) {
    if (token.kind == TokenKind::kLiteral) text += token.text;
    if (token.kind == TokenKind::kPercent) text.push_back('%');
  }
  return text;
}

struct Choice {
  const Section* section = nullptr;  // nullptr: no section fits, show General
  bool minus = false;                // prefix '-' (the section shows the magnitude)
};

// Which section shows `value`: by condition when the code has conditions, else by sign.
Choice choose_section(const std::vector<Section>& sections, double value) {
  const bool negative = value < 0;
  if (sections[0].condition.present() || (sections.size() > 1 && sections[1].condition.present())) {
    for (size_t i = 0; i < sections.size() && i < 3; ++i) {
      const Section& section = sections[i];
      if (section.kind == SectionKind::kText) continue;
      if (!section.condition.present() || section.condition.holds(value)) {
        return Choice{&section, negative && !section.condition.only_negative()};
      }
    }
    return {};
  }
  std::vector<const Section*> numeric;  // a text section (@) never shows numbers
  for (const Section& section : sections) {
    if (section.kind != SectionKind::kText && numeric.size() < 3) numeric.push_back(&section);
  }
  if (numeric.empty()) return {};
  if (numeric.size() == 1) return Choice{numeric[0], negative};
  if (negative) return Choice{numeric[1], false};
  if (value == 0 && numeric.size() >= 3) return Choice{numeric[2], false};
  return Choice{numeric[0], false};
}

}  // namespace

NumberFormat::NumberFormat(std::string_view code) {
  if (code.empty()) return;  // no code at all: General
  text_ = code == "@";
  std::optional<format_code::FormatCode> parsed = format_code::parse(code);
  if (!parsed) return;
  // A code that is just "General" (any case) takes the fast path.
  if (parsed->sections.size() == 1 && parsed->sections[0].tokens.size() == 1 &&
      parsed->sections[0].tokens[0].kind == TokenKind::kGeneral &&
      !parsed->sections[0].condition.present()) {
    return;
  }
  for (const Section& section : parsed->sections) date_ |= section.kind == SectionKind::kDate;
  code_ = std::move(parsed);
}

std::string NumberFormat::format(double value, bool date1904) const {
  if (!std::isfinite(value)) return "#NUM!";
  if (!code_) return format_general(value);
  const Choice choice = choose_section(code_->sections, value);
  if (choice.section == nullptr) return format_general(value);
  const Section& section = *choice.section;
  const double magnitude = std::fabs(value);
  std::string text;
  switch (section.kind) {
    case SectionKind::kNumber:
      text = section.scientific ? render_scientific(section, magnitude)
             : section.fraction ? render_fraction(section, magnitude)
                                : render_fixed(section, magnitude);
      break;
    case SectionKind::kDate: {
      std::optional<std::string> date = render_date(section, value, date1904);
      return date ? *date : format_general(value);
    }
    case SectionKind::kText:
      return format_general(value);
    case SectionKind::kLiteral:
      text = render_literal(section);
      break;
  }
  if (choice.minus) text.insert(0, 1, '-');
  return text;
}

std::string format_number(double value, std::string_view format_code, bool date1904) {
  return NumberFormat(format_code).format(value, date1904);
}

std::string format_general(double value) {
  if (!std::isfinite(value)) return "#NUM!";
  // Whole numbers below 1E+15 show all their digits: the common case, no decimal rounding needed.
  if (std::fabs(value) < 1e15 && value == std::trunc(value)) {
    std::string text;
    append_number(text, static_cast<long long>(value));
    return text;
  }
  std::string text = general_magnitude(DecimalDigits::of(value));
  if (value < 0 && text != "0") text.insert(0, 1, '-');
  return text;
}

}  // namespace kpiconv::xlsx
