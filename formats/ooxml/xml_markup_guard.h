// Watches a part's bytes on their way into libxml2 for the markup that makes libxml2 2.9 slow out
// of all proportion to the input (see PackageLimits::max_xml_attributes and max_xml_namespaces):
// one element with very many attributes, or very many namespace declarations in scope. A part of a
// few megabytes of either keeps libxml2 busy for minutes; the guard refuses it before libxml2 has
// seen the offending bytes. It refuses nesting deeper than max_xml_depth too, so that its own
// record of the open elements stays small.
//
// It refuses any one token longer than kMaxXmlTokenBytes too — a text, an attribute value, a
// comment, a CDATA section, a processing instruction: libxml2 holds such a token whole, and
// kpiconv a copy or two of a text or value, so one token of the part's size would cost a few
// times the part in memory.
//
// A lexer, not a parser: it follows tags, quoted values, comments, CDATA sections, processing
// instructions and declarations in the UTF-8 a part is decoded to (part_encoding.h) before it
// reaches libxml2, or the guard. Malformed XML is libxml2's to report.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/limits.h"

namespace kpiconv::ooxml {

class MarkupGuard {
 public:
  // `file` and `part` name the place in error messages.
  MarkupGuard(const PackageLimits& limits, std::string file, std::string part);

  // Scans the next bytes of the part. Throws Error(kUnreadable) naming the part and the line once
  // an element has more than max_xml_attributes attributes, more than max_xml_namespaces
  // namespace declarations are in scope, elements nest deeper than max_xml_depth, or a token
  // passes kMaxXmlTokenBytes.
  void scan(std::string_view bytes);

 private:
  enum class State : std::uint8_t {
    kText,
    kOpen,         // after '<'
    kBang,         // after "<!": a comment, a CDATA section or a declaration
    kComment,      // until "-->"
    kCdata,        // until "]]>"
    kDeclaration,  // <!DOCTYPE …> and the like, until its '>'
    kInstruction,  // until "?>"
    kEndTag,       // until '>'
    kStartTag,     // names, '=' and the '>' or "/>" that ends it
    kValue,        // a quoted attribute value
  };

  // One character: ASCII as itself, anything else as a character that is never markup.
  void step(char c);
  void step_state(char c);
  // Counts bytes of the current token (everything since the last change of state).
  void extend_token(std::size_t bytes);
  void bang(char c);
  void declaration(char c);
  void start_tag(char c);
  void end_name();
  void attribute_assigned();
  void start_tag_closed();
  void end_tag_closed();
  [[noreturn]] void refuse(const std::string& cause) const;

  int max_depth_;
  int max_attributes_;
  int max_namespaces_;
  std::string file_;
  std::string part_;

  State state_ = State::kText;
  std::uint64_t token_bytes_ = 0;
  int line_ = 1;
  char previous_ = 0;  // the previous character of the current construct (outside values)
  char before_previous_ = 0;
  char quote_ = 0;
  int bracket_depth_ = 0;  // '[' … ']' in a declaration
  // The first characters of a name: six tell "xmlns" and "xmlns:…" from every other name.
  struct NameStart {
    char chars[6] = {};
    std::uint8_t size = 0;
    void push(char c) {
      if (size < sizeof chars) chars[size++] = c;
    }
    bool empty() const { return size == 0; }
    std::string_view view() const { return {chars, size}; }
  };

  std::string bang_;  // the characters after "<!", to tell a comment from CDATA
  NameStart name_;    // the name being read
  bool last_name_declares_namespace_ = false;  // the name before the latest whitespace or '='
  int attributes_ = 0;                         // of the start tag being read
  int tag_namespaces_ = 0;
  int namespaces_in_scope_ = 0;
  std::vector<int> open_elements_;  // namespace declarations of each open element
};

}  // namespace kpiconv::ooxml
