#include "formats/xlsx/format_code.h"
#include "converter/text/text.h"

#include <charconv>

namespace kpiconv::xlsx::format_code {
namespace {

// Sections beyond the fourth have no meaning; Excel refuses such codes, we ignore the rest.
constexpr size_t kMaxSections = 4;

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool starts_with_nocase(std::string_view code, size_t at, std::string_view word) {
  if (code.size() - at < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(code[at + i]) != ascii_lower(word[i])) return false;
  }
  return true;
}

void add_literal(Section& section, std::string_view text) {
  if (text.empty()) return;
  // Consecutive literals merge, which keeps rendering a plain append.
  if (!section.tokens.empty() && section.tokens.back().kind == TokenKind::kLiteral) {
    section.tokens.back().text += text;
    return;
  }
  Token token;
  token.text = std::string(text);
  section.tokens.push_back(std::move(token));
}

void add(Section& section, TokenKind kind, char symbol = 0, bool elapsed = false) {
  Token token;
  token.kind = kind;
  token.symbol = symbol;
  token.elapsed = elapsed;
  section.tokens.push_back(std::move(token));
}

std::optional<Condition> parse_condition(std::string_view text) {
  Condition condition;
  size_t length = 1;
  if (text.starts_with("<=")) {
    condition.comparison = Comparison::kLessEqual, length = 2;
  } else if (text.starts_with(">=")) {
    condition.comparison = Comparison::kGreaterEqual, length = 2;
  } else if (text.starts_with("<>")) {
    condition.comparison = Comparison::kNotEqual, length = 2;
  } else if (text.starts_with("<")) {
    condition.comparison = Comparison::kLess;
  } else if (text.starts_with(">")) {
    condition.comparison = Comparison::kGreater;
  } else if (text.starts_with("=")) {
    condition.comparison = Comparison::kEqual;
  } else {
    return std::nullopt;
  }
  text.remove_prefix(length);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), condition.operand);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return condition;
}

// [h], [mm], [ss]: every character the same one of h, m, s.
char elapsed_unit(std::string_view text) {
  if (text.empty()) return 0;
  char unit = ascii_lower(text.front());
  if (unit != 'h' && unit != 'm' && unit != 's') return 0;
  for (char c : text) {
    if (ascii_lower(c) != unit) return 0;
  }
  return unit;
}

// The inside of [...]: a condition, an elapsed time unit, a currency/locale tag (whose symbol is
// shown) or something only decorating the display (a colour, [DBNum1]) that is ignored.
bool parse_bracket(Section& section, std::string_view content) {
  if (content.empty()) return true;
  if (content.front() == '$') {
    std::string_view symbol = content.substr(1);
    symbol = symbol.substr(0, symbol.find('-'));
    add_literal(section, symbol);
    return true;
  }
  if (content.front() == '<' || content.front() == '>' || content.front() == '=') {
    std::optional<Condition> condition = parse_condition(content);
    if (!condition) return false;
    section.condition = *condition;
    return true;
  }
  if (char unit = elapsed_unit(content)) {
    add(section, TokenKind::kDate, unit == 'h' ? kHour : unit == 'm' ? kMinute : kSecond, true);
  }
  return true;
}

// Month or minute: minutes follow an hour or precede a second (other tokens in between ignored).
void resolve_months_and_minutes(Section& section) {
  auto& tokens = section.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kDate || tokens[i].symbol != kUnresolvedM) continue;
    char before = 0, after = 0;
    for (size_t j = i; j-- > 0;) {
      if (tokens[j].kind == TokenKind::kDate) {
        before = tokens[j].symbol;
        break;
      }
    }
    for (size_t j = i + 1; j < tokens.size(); ++j) {
      if (tokens[j].kind == TokenKind::kDate) {
        after = tokens[j].symbol;
        break;
      }
    }
    tokens[i].symbol = (before == kHour || after == kSecond) ? kMinute : kMonth;
  }
}

void finish_date_section(Section& section) {
  section.kind = SectionKind::kDate;
  resolve_months_and_minutes(section);
  const auto& tokens = section.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::kDate) continue;
    if (token.elapsed) section.elapsed = true;
    switch (token.symbol) {
      case kYear:
      case kMonth:
      case kDay:
        section.has_date = true;
        break;
      default:
        section.has_time = true;
        break;
    }
    // "ss.00": fractions of a second.
    if (token.symbol == kSecond && i + 1 < tokens.size() &&
        tokens[i + 1].kind == TokenKind::kDecimalPoint) {
      int digits = 0;
      for (size_t j = i + 2; j < tokens.size() && tokens[j].kind == TokenKind::kDigit; ++j) {
        ++digits;
      }
      section.subsecond_digits = digits > 3 ? 3 : digits;
    }
  }
}

// Settles what each ',' means and what kind of number the section shows.
void finish_number_section(Section& section) {
  section.kind = SectionKind::kNumber;
  auto& tokens = section.tokens;
  size_t number_end = tokens.size();  // the exponent, if any, ends the mantissa
  size_t point = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kExponent && number_end == tokens.size()) {
      number_end = i;
      section.scientific = true;
    }
    if (tokens[i].kind == TokenKind::kDecimalPoint && point == tokens.size()) point = i;
    if (tokens[i].kind == TokenKind::kPercent) ++section.percents;
  }
  const size_t integer_end = point < number_end ? point : number_end;
  auto digit_between = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (tokens[i].kind == TokenKind::kDigit) return true;
    }
    return false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kGrouping) continue;
    const bool digit_before = digit_between(0, i);
    if (i < integer_end && digit_before && digit_between(i + 1, integer_end)) {
      section.grouping = true;
    } else if (i < number_end && digit_before && !digit_between(i + 1, number_end)) {
      tokens[i].kind = TokenKind::kScaling;
      ++section.scaling;
    } else {
      tokens[i].kind = TokenKind::kLiteral;
      tokens[i].text.assign(digit_before ? 0 : 1, ',');
    }
  }
  int part = 0;  // 0 integer, 1 fraction, 2 exponent
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::kDecimalPoint && part == 0) {
      section.point = i;
      part = 1;
    } else if (token.kind == TokenKind::kExponent) {
      part = 2;
    } else if (token.kind == TokenKind::kDigit) {
      (part == 0   ? section.integer_placeholders
       : part == 1 ? section.fraction_placeholders
                   : section.exponent_placeholders)
          .push_back(token.symbol);
    }
  }
  if (!section.scientific) {
    for (size_t i = 1; i < tokens.size(); ++i) {
      if (tokens[i].kind == TokenKind::kSlash && tokens[i - 1].kind == TokenKind::kDigit) {
        section.fraction = true;
        break;
      }
    }
  }
}

void finish_section(Section& section) {
  bool date = false, digits = false, text = false;
  for (const Token& token : section.tokens) {
    date |= token.kind == TokenKind::kDate;
    digits |= token.kind == TokenKind::kDigit || token.kind == TokenKind::kGeneral;
    text |= token.kind == TokenKind::kText;
  }
  if (date) {
    finish_date_section(section);
  } else if (digits) {
    finish_number_section(section);
  } else if (text) {
    section.kind = SectionKind::kText;
  } else {
    section.kind = SectionKind::kLiteral;
  }
}

// Consumes a run of the same letter ("yyyy") as one date token.
size_t letter_run(std::string_view code, size_t at) {
  const char letter = ascii_lower(code[at]);
  size_t end = at;
  while (end < code.size() && ascii_lower(code[end]) == letter) ++end;
  return end - at;
}

}  // namespace

bool Condition::holds(double value) const {
  switch (comparison) {
    case Comparison::kLess:
      return value < operand;
    case Comparison::kLessEqual:
      return value <= operand;
    case Comparison::kGreater:
      return value > operand;
    case Comparison::kGreaterEqual:
      return value >= operand;
    case Comparison::kEqual:
      return value == operand;
    case Comparison::kNotEqual:
      return value != operand;
    case Comparison::kNone:
      break;
  }
  return true;
}

bool Condition::only_negative() const {
  switch (comparison) {
    case Comparison::kLess:
      return operand <= 0;
    case Comparison::kLessEqual:
    case Comparison::kEqual:
      return operand < 0;
    default:
      return false;
  }
}

std::optional<FormatCode> parse(std::string_view code) {
  FormatCode format;
  format.sections.emplace_back();
  size_t i = 0;
  while (i < code.size()) {
    Section& section = format.sections.back();
    const char c = code[i];
    switch (c) {
      case ';':
        if (format.sections.size() == kMaxSections) {
          i = code.size();
        } else {
          format.sections.emplace_back();
          ++i;
        }
        continue;
      case '"': {
        size_t close = code.find('"', i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        add_literal(section, code.substr(i + 1, close - i - 1));
        i = close + 1;
        continue;
      }
      case '\\': {
        if (i + 1 >= code.size()) return std::nullopt;
        size_t length = utf8_length(static_cast<unsigned char>(code[i + 1]));
        add_literal(section, code.substr(i + 1, length));
        i += 1 + length;
        continue;
      }
      case '_':  // _x: a space as wide as x
      case '*':  // *x: repeat x to fill the cell; a text has no width to fill
        if (c == '_') add_literal(section, " ");
        i += 1 + (i + 1 < code.size() ? utf8_length(static_cast<unsigned char>(code[i + 1])) : 0);
        continue;
      case '[': {
        size_t close = code.find(']', i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        if (!parse_bracket(section, code.substr(i + 1, close - i - 1))) return std::nullopt;
        i = close + 1;
        continue;
      }
      case '0':
      case '#':
      case '?':
        add(section, TokenKind::kDigit, c);
        ++i;
        continue;
      case '.':
        add(section, TokenKind::kDecimalPoint);
        ++i;
        continue;
      case ',':
        add(section, TokenKind::kGrouping);  // settled in finish_number_section
        ++i;
        continue;
      case '%':
        add(section, TokenKind::kPercent);
        ++i;
        continue;
      case '/':
        add(section, TokenKind::kSlash);
        ++i;
        continue;
      case '@':
        add(section, TokenKind::kText);
        ++i;
        continue;
      default:
        break;
    }
    if ((c == 'E' || c == 'e') && i + 1 < code.size() &&
        (code[i + 1] == '+' || code[i + 1] == '-')) {
      add(section, TokenKind::kExponent, code[i + 1]);
      i += 2;
      continue;
    }
    if (starts_with_nocase(code, i, "General")) {
      add(section, TokenKind::kGeneral);
      i += 7;
      continue;
    }
    if (starts_with_nocase(code, i, "AM/PM") || starts_with_nocase(code, i, "A/P")) {
      add(section, TokenKind::kDate, kAmPm);
      i += starts_with_nocase(code, i, "AM/PM") ? 5 : 3;
      continue;
    }
    switch (ascii_lower(c)) {
      case 'y':
      case 'e':
      case 'g':
      case 'b':
        add(section, TokenKind::kDate, kYear);
        i += letter_run(code, i);
        continue;
      case 'd':
        add(section, TokenKind::kDate, kDay);
        i += letter_run(code, i);
        continue;
      case 'h':
        add(section, TokenKind::kDate, kHour);
        i += letter_run(code, i);
        continue;
      case 's':
        add(section, TokenKind::kDate, kSecond);
        i += letter_run(code, i);
        continue;
      case 'm':
        add(section, TokenKind::kDate, kUnresolvedM);
        i += letter_run(code, i);
        continue;
      case 'a':
        if (letter_run(code, i) >= 3) {  // aaa, aaaa: the weekday in East Asian locales
          add(section, TokenKind::kDate, kDay);
          i += letter_run(code, i);
          continue;
        }
        break;
      default:
        break;
    }
    size_t length = utf8_length(static_cast<unsigned char>(c));
    add_literal(section, code.substr(i, length));
    i += length;
  }
  for (Section& section : format.sections) finish_section(section);
  return format;
}

}  // namespace kpiconv::xlsx::format_code
