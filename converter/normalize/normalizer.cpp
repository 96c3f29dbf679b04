#include "converter/normalize/normalizer.h"

#include "converter/text/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace kpiconv {
namespace {

const icu::Normalizer2& nfkc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC normalizer unavailable");
    return normalizer;
  }();
  return *instance;
}

bool is_space(UChar32 c) {
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B || (c >= 0x1C && c <= 0x1F);
}

bool is_ascii_without_controls(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::u32string nfkc_code_points(std::string_view text) {
  std::u32string result;
  result.reserve(text.size());
  if (is_ascii_without_controls(text)) {
    for (unsigned char c : text) result.push_back(c);
    return result;
  }
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfkc().normalize(source, status);
  if (U_FAILURE(status)) normalized = source;
  for (int32_t i = 0; i < normalized.length();) {
    UChar32 c = normalized.char32At(i);
    result.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return result;
}

// Removes white space between Han characters, collapses the rest to one space, trims the ends.
std::string fold_spaces(const std::u32string& code_points, bool drop_all_spaces) {
  std::string out;
  out.reserve(code_points.size() * 3);
  char32_t last_kept = 0;
  bool pending_space = false;
  for (size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    if (is_space(static_cast<UChar32>(c))) {
      pending_space = last_kept != 0;
      continue;
    }
    if (pending_space && !drop_all_spaces && !(is_han(last_kept) && is_han(c))) out.push_back(' ');
    pending_space = false;
    append_utf8(out, c);
    last_kept = c;
  }
  return out;
}

}  // namespace

bool is_han(char32_t code_point) {
  if (code_point < 0x2E80) return false;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(code_point), &status) == USCRIPT_HAN &&
         U_SUCCESS(status);
}

std::string_view trim(std::string_view text) {
  int32_t begin = 0;
  int32_t end = static_cast<int32_t>(text.size());
  while (begin < end) {
    auto next = static_cast<size_t>(begin);
    if (!is_space(static_cast<UChar32>(next_code_point(text, next)))) break;
    begin = static_cast<int32_t>(next);
  }
  while (end > begin) {
    int32_t previous = end;
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), begin, previous, c);
    if (c < 0 || !is_space(c)) break;
    end = previous;
  }
  return text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

bool is_blank(std::string_view text) {
  return trim(text).empty();
}

std::string normalize_text(std::string_view text) {
  return fold_spaces(nfkc_code_points(text), false);
}

std::string label_key(std::string_view text) {
  std::u32string code_points = nfkc_code_points(text);
  for (char32_t& c : code_points) {
    switch (c) {
      case U'【':
      case U'〔':
      case U'［':
        c = U'[';
        break;
      case U'】':
      case U'〕':
      case U'］':
        c = U']';
        break;
      case U'（':
        c = U'(';
        break;
      case U'）':
        c = U')';
        break;
      default:
        break;
    }
  }
  return fold_spaces(code_points, true);
}

}  // namespace kpiconv
