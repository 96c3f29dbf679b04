#include "formats/ooxml/core_properties.h"

namespace kpiconv::ooxml {
namespace {

// Length of the white space character at the start (or, with `from_end`, the end) of `text`.
size_t space_length(std::string_view text, bool from_end) {
  if (text.empty()) return 0;
  auto ends_with = [&](std::string_view s) {
    return from_end ? text.ends_with(s) : text.starts_with(s);
  };
  char c = from_end ? text.back() : text.front();
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (ends_with("\xC2\xA0")) return 2;      // U+00A0 no-break space
  if (ends_with("\xE3\x80\x80")) return 3;  // U+3000 ideographic space
  return 0;
}

}  // namespace

std::string trim_space(std::string_view text) {
  while (size_t n = space_length(text, false)) text.remove_prefix(n);
  while (size_t n = space_length(text, true)) text.remove_suffix(n);
  return std::string(text);
}

CoreProperties read_core_properties(Package& package) {
  CoreProperties properties;
  std::optional<std::string> part = package.related_part("", rel::kCoreProperties);
  if (!part) return properties;
  std::unique_ptr<XmlStream> xml = package.open_xml(*part);
  const Name title = xml->intern("title");
  bool seen_title = false;
  while (xml->read()) {
    if (!seen_title && xml->start_element() && xml->is(Ns::kDublinCore, title)) {
      std::string text;
      xml->append_text(text);
      properties.title = trim_space(text);
      seen_title = true;
    }
  }
  return properties;
}

}  // namespace kpiconv::ooxml
