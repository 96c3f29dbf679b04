#include "converter/values/value_note.h"

#include <algorithm>
#include <utility>

#include "converter/text/text.h"

namespace kpiconv {
namespace {

constexpr std::string_view kUnbalancedBrackets = "括号不成对";
constexpr std::string_view kYearMissing = "未注明年份";
constexpr std::string_view kBoundsReversed = "下限大于上限";
constexpr std::string_view kRangeDash = "～";

// Brackets as normalize_text leaves them (（） and ［］ are already ASCII).
constexpr std::pair<char32_t, char32_t> kBracketPairs[] = {
    {U'(', U')'},   {U'[', U']'},   {U'{', U'}'},   {U'【', U'】'}, {U'〔', U'〕'},
    {U'《', U'》'}, {U'〈', U'〉'}, {U'「', U'」'}, {U'『', U'』'},
};

int opening_bracket(char32_t c) {
  for (size_t i = 0; i < std::size(kBracketPairs); ++i)
    if (kBracketPairs[i].first == c) return static_cast<int>(i);
  return -1;
}

int closing_bracket(char32_t c) {
  for (size_t i = 0; i < std::size(kBracketPairs); ++i)
    if (kBracketPairs[i].second == c) return static_cast<int>(i);
  return -1;
}

struct BracketAt {
  size_t begin;
  size_t end;
  int pair;
};

// Byte spans of the brackets in `text` that have no partner.
std::vector<TextSpan> unmatched_brackets(std::string_view text) {
  std::vector<BracketAt> open;
  std::vector<TextSpan> unmatched;
  for (size_t i = 0; i < text.size();) {
    size_t begin = i;
    char32_t code_point = next_code_point(text, i);
    if (int pair = opening_bracket(code_point); pair >= 0) {
      open.push_back({begin, i, pair});
    } else if (int closing = closing_bracket(code_point); closing >= 0) {
      if (!open.empty() && open.back().pair == closing) {
        open.pop_back();
      } else {
        unmatched.push_back({begin, i});
      }
    }
  }
  for (const BracketAt& bracket : open) unmatched.push_back({bracket.begin, bracket.end});
  return unmatched;
}

bool covers(const std::vector<TextSpan>& spans, size_t position) {
  return std::any_of(spans.begin(), spans.end(), [position](const TextSpan& span) {
    return position >= span.begin && position < span.end;
  });
}

// Clause punctuation (as normalize_text leaves it) only joins a leftover to the quantity beside it:
// "不少于2次，覆盖全部企业" notes "覆盖全部企业", not ",覆盖全部企业".
constexpr std::string_view kJoiningMarks[] = {" ", ",", ";", ":", "、", "。"};

std::string_view without_joining_marks(std::string_view text) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : kJoiningMarks) {
      if (text.starts_with(mark)) {
        text.remove_prefix(mark.size());
        trimmed = true;
      }
      if (text.ends_with(mark)) {
        text.remove_suffix(mark.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// The leftover's text without the unmatched brackets in it and without joining marks at its ends.
std::string leftover_text(std::string_view text, TextSpan leftover,
                          const std::vector<TextSpan>& unmatched) {
  std::string kept;
  for (size_t i = leftover.begin; i < leftover.end; ++i) {
    if (!covers(unmatched, i)) kept.push_back(text[i]);
  }
  return std::string(without_joining_marks(kept));
}

void add_part(std::string& note, std::string_view part) {
  if (part.empty()) return;
  if (!note.empty()) note.append(kNoteSeparator);
  note.append(part);
}

std::string quantity_text(const ParsedValue& value) {
  switch (value.kind) {
    case ValueKind::kRange:
      return value.number + std::string(kRangeDash) + value.upper + value.unit;
    case ValueKind::kDeadline:
      return value.comparator + value.date;
    case ValueKind::kQuantitative:
    case ValueKind::kQualitative:
    case ValueKind::kText:
      break;
  }
  return (value.comparator == "=" ? "" : value.comparator) + value.number + value.unit;
}

}  // namespace

std::string leftover_note(std::string_view normalized, const ScannedValue& scanned,
                          const Quantity& quantity) {
  std::vector<TextSpan> unmatched = unmatched_brackets(normalized);
  std::string note;
  for (const TextSpan& leftover : scanned.leftovers)
    add_part(note, leftover_text(normalized, leftover, unmatched));
  if (!unmatched.empty()) add_part(note, kUnbalancedBrackets);
  if (quantity.year_missing) add_part(note, kYearMissing);
  if (quantity.bounds_reversed) add_part(note, kBoundsReversed);
  return note;
}

std::string quantities_note(const std::vector<Quantity>& quantities) {
  std::string note;
  for (const Quantity& quantity : quantities) add_part(note, quantity_text(quantity.value));
  return note;
}

}  // namespace kpiconv
