#include "converter/values/indicator_value.h"

#include <unicode/uchar.h>

#include <exception>

#include "converter/normalize/normalizer.h"
#include "converter/text/text.h"
#include "converter/values/value_note.h"
#include "converter/values/value_scanner.h"

namespace kpiconv {
namespace {

// Letters of any script, Han included: a value with words but no quantity is qualitative.
bool has_letters(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (u_isalpha(static_cast<UChar32>(next_code_point(text, i)))) return true;
  }
  return false;
}

// `text` with invalid UTF-8 replaced by U+FFFD, so that a note can always be written out.
std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) append_utf8(out, next_code_point(text, i));
  return out;
}

ParsedValue qualitative() {
  ParsedValue value;
  value.kind = ValueKind::kQualitative;
  return value;
}

// What cannot be read: kind text, the source in the note, so that nothing is lost.
ParsedValue unreadable(std::string_view source) {
  ParsedValue value;
  value.kind = ValueKind::kText;
  value.note = valid_utf8(source);
  return value;
}

ParsedValue parse(std::string_view source, const Vocabulary& vocabulary) {
  std::string normalized = normalize_text(source);
  if (vocabulary.is_reference(normalized)) return qualitative();
  ScannedValue scanned = scan_value(normalized, vocabulary);
  if (scanned.contradictory) return unreadable(source);
  if (scanned.quantities.empty())
    return has_letters(normalized) ? qualitative() : unreadable(source);
  if (scanned.quantities.size() == 1) {
    ParsedValue value = scanned.quantities.front().value;
    value.note = leftover_note(normalized, scanned, scanned.quantities.front());
    return value;
  }
  ParsedValue value;
  value.kind = ValueKind::kText;
  value.note = quantities_note(scanned.quantities);
  return value;
}

}  // namespace

const char* to_string(ValueKind kind) {
  switch (kind) {
    case ValueKind::kQuantitative:
      return "quantitative";
    case ValueKind::kQualitative:
      return "qualitative";
    case ValueKind::kRange:
      return "range";
    case ValueKind::kDeadline:
      return "deadline";
    case ValueKind::kText:
      break;
  }
  return "text";
}

ParsedValue parse_indicator_value(std::string_view text, const Vocabulary& vocabulary) {
  std::string_view source = trim(text);
  if (source.empty()) return ParsedValue{};  // nothing written: text with nothing to note
  try {
    // Readers give valid UTF-8; bytes that are not were never text a filer wrote.
    if (valid_utf8(source) != source) return unreadable(source);
    return parse(source, vocabulary);
  } catch (const std::exception&) {
    // The parse is a reading aid beside the source text; it must never stop a conversion.
    return unreadable(source);
  }
}

}  // namespace kpiconv
