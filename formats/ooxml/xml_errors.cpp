#include "formats/ooxml/xml_errors.h"

#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <array>
#include <cstdio>
#include <string_view>

namespace kpiconv::ooxml {
namespace {

// libxml2's cap on a text node under XML_PARSE_HUGE (parser.c's XML_MAX_HUGE_LENGTH, which 2.9's
// headers do not export).
constexpr long kHugeTextLimit = 1000000000;

std::string place(const std::string& part, int line) {
  return " in " + part + " at line " + std::to_string(line);
}

std::string code_point(int value) {
  std::array<char, 16> text{};
  std::snprintf(text.data(), text.size(), "U+%04X", static_cast<unsigned>(value));
  return text.data();
}

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

std::string invalid_utf8_cause(const std::string& message, const std::string& where) {
  // libxml2 appends the offending bytes: "…, indicate encoding ! Bytes: 0xC3 0x28 0x3C 0x2F".
  size_t bytes = message.find("Bytes: ");
  if (bytes == std::string::npos) return "invalid UTF-8" + where;
  return "invalid UTF-8" + where + " (bytes " + message.substr(bytes + 7) + ")";
}

std::string forbidden_character_cause(const xmlError& error, const std::string& message,
                                      const std::string& where) {
  // libxml2 gives the character in int1 ("PCDATA invalid Char value 1", "Char 0xFFFE out of
  // allowed range", "xmlParseCharRef: invalid xmlChar value 1"), except in attribute values.
  if (error.int1 > 0) {
    std::string kind = error.int1 < 0x20 ? "control character " : "character ";
    return kind + code_point(error.int1) + where + " (XML 1.0 forbids it)";
  }
  if (contains(message, "attribute value")) {
    return "a character XML 1.0 forbids in an attribute value" + where;
  }
  return "a character XML 1.0 forbids" + where;
}

}  // namespace

std::string one_line(const char* message) {
  std::string text;
  bool space = false;
  for (const char* c = message == nullptr ? "unknown error" : message; *c != '\0'; ++c) {
    if (*c == '\n' || *c == '\r' || *c == ' ' || *c == '\t') {
      space = !text.empty();
      continue;
    }
    if (space) text.push_back(' ');
    space = false;
    text.push_back(*c);
  }
  return text;
}

std::string nesting_cause(int max_depth, const std::string& part, int line) {
  return "XML nested deeper than " + std::to_string(max_depth) + " levels" + place(part, line);
}

std::string hostile_xml_cause(const xmlError& error, const std::string& part, bool huge) {
  const std::string message = one_line(error.message);
  const std::string where = place(part, error.line);
  if (message.starts_with("Input is not proper UTF-8")) return invalid_utf8_cause(message, where);
  if (error.code == XML_ERR_INVALID_CHAR || error.code == XML_ERR_INVALID_CHARREF) {
    return forbidden_character_cause(error, message, where);
  }
  if (message.starts_with("Excessive depth in document")) {
    // Only without XML_PARSE_HUGE; int1 is the limit libxml2 applied (xmlParserMaxDepth).
    return nesting_cause(error.int1 > 0 ? error.int1 : static_cast<int>(xmlParserMaxDepth), part,
                         error.line);
  }
  if (contains(message, "huge text node")) {
    const long limit = huge ? kHugeTextLimit : XML_MAX_TEXT_LENGTH;
    return "a text node longer than libxml2's limit of " + std::to_string(limit) + " bytes" + where;
  }
  return {};
}

}  // namespace kpiconv::ooxml
