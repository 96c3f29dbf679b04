#include "converter/values/deadline_date.h"

#include <cstdio>

namespace kpiconv {
namespace {

// A cursor over normalized text: the normalizer leaves at most one ASCII space between tokens.
class DateCursor {
 public:
  DateCursor(std::string_view text, const Vocabulary& vocabulary)
      : text_(text), vocabulary_(&vocabulary) {}

  size_t position() const { return position_; }

  // A whole run of `min_digits`..`max_digits` ASCII digits (not part of a longer run).
  std::optional<int> number(size_t min_digits, size_t max_digits) {
    size_t start = after_space();
    size_t end = start;
    while (end < text_.size() && text_[end] >= '0' && text_[end] <= '9') ++end;
    size_t digits = end - start;
    if (digits < min_digits || digits > max_digits) return std::nullopt;
    int value = 0;
    for (size_t i = start; i < end; ++i) value = value * 10 + (text_[i] - '0');
    position_ = end;
    return value;
  }

  bool word(DateWord wanted) {
    size_t start = after_space();
    auto match = vocabulary_->date_word_at(text_.substr(start));
    if (!match || match->word != wanted) return false;
    position_ = start + match->length;
    return true;
  }

  bool character(char wanted) {
    if (position_ >= text_.size() || text_[position_] != wanted) return false;
    ++position_;
    return true;
  }

  // "8月" and the like: a number of up to two digits followed by its word.
  std::optional<int> number_with_word(DateWord word_after) {
    size_t saved = position_;
    auto value = number(1, 2);
    if (value && word(word_after)) return value;
    position_ = saved;
    return std::nullopt;
  }

 private:
  size_t after_space() const {
    return position_ < text_.size() && text_[position_] == ' ' ? position_ + 1 : position_;
  }

  std::string_view text_;
  const Vocabulary* vocabulary_;  // a pointer, so that a cursor can be copied back after a try
  size_t position_ = 0;
};

// "2023.8.31", "2023-08-31", "2023/8/31": one separator used twice.
std::optional<DateExpression> read_numeric_date(DateCursor& cursor) {
  DateExpression date;
  auto year = cursor.number(4, 4);
  if (!year) return std::nullopt;
  for (char separator : {'.', '-', '/'}) {
    DateCursor attempt = cursor;
    if (!attempt.character(separator)) continue;
    auto month = attempt.number(1, 2);
    if (!month || !attempt.character(separator)) return std::nullopt;
    auto day = attempt.number(1, 2);
    if (!day) return std::nullopt;
    date.year = *year;
    date.month = *month;
    date.day = *day;
    cursor = attempt;
    return date;
  }
  return std::nullopt;
}

// After "M月": 底/末, or "D日".
void read_day_of_month(DateCursor& cursor, DateExpression& date) {
  if (cursor.word(DateWord::kEndOf)) {
    date.end_of = true;
  } else if (auto day = cursor.number_with_word(DateWord::kDay)) {
    date.day = *day;
  }
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  // Without a year, 2月29日 is a day that exists in some years.
  if (month == 2 && (year == 0 || is_leap(year))) return 29;
  return days[month - 1];
}

std::string iso_date(int year, int month, int day) {
  char text[48];
  if (year == 0) {
    std::snprintf(text, sizeof text, "--%02d-%02d", month, day);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  }
  return text;
}

}  // namespace

std::optional<DateExpression> read_date_expression(std::string_view text,
                                                   const Vocabulary& vocabulary) {
  DateCursor cursor(text, vocabulary);
  {
    DateCursor numeric = cursor;
    if (auto date = read_numeric_date(numeric)) {
      date->before = numeric.word(DateWord::kBefore);
      date->length = numeric.position();
      return date;
    }
  }
  DateExpression date;
  DateCursor with_year = cursor;
  auto year = with_year.number(4, 4);
  if (year && *year > 0 && with_year.word(DateWord::kYear)) {  // 0 would read as "no year"
    cursor = with_year;
    date.year = *year;
    if (cursor.word(DateWord::kEndOf)) {
      date.end_of = true;
    } else if (auto month = cursor.number_with_word(DateWord::kMonth)) {
      date.month = *month;
      read_day_of_month(cursor, date);
    }
  } else if (auto month = cursor.number_with_word(DateWord::kMonth)) {
    date.month = *month;
    read_day_of_month(cursor, date);
  } else if (cursor.word(DateWord::kYear) && cursor.word(DateWord::kEndOf)) {
    date.end_of = true;  // 年底 of the filing's year
  } else {
    return std::nullopt;
  }
  date.before = cursor.word(DateWord::kBefore);
  bool names_a_day = date.day != 0 || date.end_of;
  if (date.year != 0 && date.month == 0 && !names_a_day && !date.before) return std::nullopt;
  if (date.year == 0 && !names_a_day && !date.before) return std::nullopt;
  date.length = cursor.position();
  return date;
}

std::optional<Deadline> resolve_deadline(const DateExpression& expression,
                                         std::string_view stated_comparator) {
  if (expression.month < 0 || expression.month > 12) return std::nullopt;
  bool names_a_day = expression.day != 0 || expression.end_of;
  std::string own = expression.before ? (names_a_day ? "≤" : "<") : "";
  if (!own.empty() && !stated_comparator.empty() && own != stated_comparator) return std::nullopt;
  Deadline deadline;
  deadline.comparator = !own.empty()                 ? own
                        : !stated_comparator.empty() ? std::string(stated_comparator)
                                                     : "≤";
  deadline.year_missing = expression.year == 0;
  // A whole period: its first day bounds "<" and "≥", its last day the others.
  bool first_day = !names_a_day && (deadline.comparator == "<" || deadline.comparator == "≥");
  int month = expression.month != 0 ? expression.month : (first_day ? 1 : 12);
  int day = expression.day;
  if (day == 0) {
    // Without a year, the end of February is taken as the 28th, the earlier of its two ends.
    int last = month == 2 && expression.year == 0 ? 28 : days_in_month(expression.year, month);
    day = first_day ? 1 : last;
  }
  if (month < 1 || day < 1 || day > days_in_month(expression.year, month)) return std::nullopt;
  deadline.date = iso_date(expression.year, month, day);
  return deadline;
}

}  // namespace kpiconv
