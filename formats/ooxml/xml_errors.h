// libxml2's errors as one-line causes. The errors a hostile or broken part gives — bytes that are
// not UTF-8, a character XML 1.0 forbids, nesting or a text node past libxml2's limits — are said
// in kpiconv's words, with the part and the line; any other error keeps libxml2's message.
#pragma once

#include <string>

struct _xmlError;

namespace kpiconv::ooxml {

// kpiconv's cause for `error` in `part` when it is one of the errors above, e.g. "invalid UTF-8 in
// word/document.xml at line 2 (bytes 0xC3 0x28 0x3C 0x2F)" or "control character U+0001 in
// word/document.xml at line 2 (XML 1.0 forbids it)"; "" for any other error. `huge`: the parser
// ran with XML_PARSE_HUGE, so its text node limit is 1,000,000,000 bytes rather than 10,000,000.
std::string hostile_xml_cause(const _xmlError& error, const std::string& part, bool huge);

// "XML nested deeper than 256 levels in word/document.xml at line 2".
std::string nesting_cause(int max_depth, const std::string& part, int line);

// A libxml2 message on one line: line breaks become spaces, the ends are trimmed.
std::string one_line(const char* message);

}  // namespace kpiconv::ooxml
