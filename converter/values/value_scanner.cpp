#include "converter/values/value_scanner.h"

#include <optional>
#include <string>
#include <utility>

#include "converter/text/text.h"
#include "converter/values/deadline_date.h"
#include "converter/values/decimal_number.h"
#include "converter/values/money_decimal.h"

namespace kpiconv {
namespace {

// Comparator words may be repeated ("最高不超 100 万元"); words that disagree ("≥90%以内") make the
// value contradictory.
struct StatedComparator {
  std::string comparator;
  bool disagrees = false;

  void state(std::string_view word) {
    if (!comparator.empty() && comparator != word) disagrees = true;
    comparator = word;
  }
};

struct UnitRead {
  std::string unit;  // canonical; several joined by "/" ("台/件/辆/套")
  size_t end = 0;
};

class ValueScanner {
 public:
  ValueScanner(std::string_view text, const Vocabulary& vocabulary)
      : text_(text), vocabulary_(vocabulary) {}

  ScannedValue scan() {
    size_t leftover_begin = 0;
    size_t position = 0;
    while (position < text_.size()) {
      size_t end = position;
      if (std::optional<Quantity> quantity = quantity_at(position, end)) {
        add_leftover(leftover_begin, position);
        scanned_.quantities.push_back(std::move(*quantity));
        position = leftover_begin = last_quantity_end_ = end;
        continue;
      }
      next_code_point(text_, position);
    }
    add_leftover(leftover_begin, text_.size());
    return std::move(scanned_);
  }

 private:
  size_t skip_space(size_t position) const {
    return position < text_.size() && text_[position] == ' ' ? position + 1 : position;
  }

  void add_leftover(size_t begin, size_t end) {
    while (begin < end && text_[begin] == ' ') ++begin;
    while (end > begin && text_[end - 1] == ' ') --end;
    if (begin < end) scanned_.leftovers.push_back({begin, end});
  }

  // The quantity starting at `begin` (comparator words first), its end in `end`.
  std::optional<Quantity> quantity_at(size_t begin, size_t& end) {
    size_t position = begin;
    StatedComparator stated;
    while (auto word = vocabulary_.comparator_before_number_at(text_.substr(position))) {
      stated.state(word->meaning);
      position = skip_space(position + word->length);
    }
    // Right after a quantity, "-" is a dash ("3个月-1年"), not the sign of what follows.
    bool dash_after_quantity = position == begin && begin == skip_space(last_quantity_end_) &&
                               !scanned_.quantities.empty() && text_[begin] == '-';
    if (dash_after_quantity) return std::nullopt;
    std::optional<Quantity> quantity;
    if (auto date = read_date_expression(text_.substr(position), vocabulary_)) {
      end = position + date->length;
      quantity = deadline(*date, stated.comparator);
    } else if (auto number = read_decimal(text_.substr(position))) {
      quantity = number_quantity(*number, position, stated, end);
    }
    // Comparator words that are not followed by a quantity are prose ("不超出预算").
    if (quantity && stated.disagrees) scanned_.contradictory = true;
    return quantity;
  }

  // A number, its unit, then a range's upper bound or a comparator word after it ("以内").
  Quantity number_quantity(const DecimalRead& number, size_t position, StatedComparator& stated,
                           size_t& end) {
    Quantity quantity;
    quantity.value.kind = ValueKind::kQuantitative;
    quantity.value.number = take_number(number, position, end);
    if (std::optional<UnitRead> unit = units_at(skip_space(end))) {
      quantity.value.unit = unit->unit;
      end = unit->end;
    }
    // A range has no comparator: "≥80%-90%" is 80 % and then something else.
    if (stated.comparator.empty() && read_range_upper(quantity, end)) return quantity;
    size_t after = skip_space(end);
    if (auto word = vocabulary_.comparator_after_number_at(text_.substr(after))) {
      stated.state(word->meaning);
      end = after + word->length;
    }
    quantity.value.comparator = stated.comparator.empty() ? "=" : stated.comparator;
    return quantity;
  }

  std::string take_number(const DecimalRead& number, size_t position, size_t& end) {
    if (number.malformed) scanned_.contradictory = true;
    end = position + number.length;
    return number.digits;
  }

  Quantity deadline(const DateExpression& date, std::string_view stated) {
    Quantity quantity;
    quantity.value.kind = ValueKind::kDeadline;
    std::optional<Deadline> resolved = resolve_deadline(date, stated);
    if (!resolved) {
      scanned_.contradictory = true;
      return quantity;
    }
    quantity.value.comparator = resolved->comparator;
    quantity.value.date = resolved->date;
    quantity.year_missing = resolved->year_missing;
    return quantity;
  }

  // "90%-100%", "80~90%", "3至5个": after the lower bound (and its unit, if written), a separator
  // and an upper bound whose unit agrees. Extends `quantity` into a range and `end` past it.
  bool read_range_upper(Quantity& quantity, size_t& end) {
    size_t position = skip_space(end);
    std::optional<size_t> separator = vocabulary_.range_separator_at(text_.substr(position));
    if (!separator) return false;
    position = skip_space(position + *separator);
    std::optional<DecimalRead> upper = read_decimal(text_.substr(position));
    if (!upper) return false;
    size_t upper_end = position + upper->length;
    std::string unit = quantity.value.unit;
    if (std::optional<UnitRead> upper_unit = units_at(skip_space(upper_end))) {
      if (!unit.empty() && unit != upper_unit->unit) return false;
      unit = upper_unit->unit;
      upper_end = upper_unit->end;
    }
    quantity.value.kind = ValueKind::kRange;
    quantity.value.upper = take_number(*upper, position, end);
    quantity.value.unit = unit;
    std::optional<Decimal> lower = Decimal::parse(quantity.value.number);
    std::optional<Decimal> higher = Decimal::parse(quantity.value.upper);
    quantity.bounds_reversed = lower && higher && *lower > *higher;
    end = upper_end;
    return true;
  }

  // One unit, or several joined by "/" ("台/件/辆/套").
  std::optional<UnitRead> units_at(size_t position) const {
    auto first = vocabulary_.unit_at(text_.substr(position));
    if (!first) return std::nullopt;
    UnitRead read{std::string(first->meaning), position + first->length};
    for (;;) {
      size_t slash = skip_space(read.end);
      if (slash >= text_.size() || text_[slash] != '/') break;
      size_t next_position = skip_space(slash + 1);
      auto next = vocabulary_.unit_at(text_.substr(next_position));
      if (!next) break;
      read.unit.append("/").append(next->meaning);
      read.end = next_position + next->length;
    }
    return read;
  }

  std::string_view text_;
  const Vocabulary& vocabulary_;
  ScannedValue scanned_;
  size_t last_quantity_end_ = 0;
};

}  // namespace

ScannedValue scan_value(std::string_view normalized, const Vocabulary& vocabulary) {
  return ValueScanner(normalized, vocabulary).scan();
}

}  // namespace kpiconv
