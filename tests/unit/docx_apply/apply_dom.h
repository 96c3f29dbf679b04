// Small main parts for the tests of formats/docx/apply: parsed with the library's safe parser.
#pragma once

#include <string>

#include "formats/ooxml/xml_document.h"

namespace kpiconv::docx_apply::test {

inline const char* kOpen =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>)";
inline const char* kClose = R"(<w:sectPr/></w:body></w:document>)";

inline std::string p(const std::string& text, const std::string& run_properties = "") {
  return "<w:p><w:r>" + run_properties + "<w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}
inline std::string tc(const std::string& content, const std::string& properties = "") {
  return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>" + properties + "</w:tcPr>" + content +
         "</w:tc>";
}
inline std::string tr(const std::string& cells) {
  return "<w:tr>" + cells + "</w:tr>";
}
inline std::string tbl(const std::string& rows) {
  return "<w:tbl>" + rows + "</w:tbl>";
}

inline ooxml::XmlDocument parse(const std::string& body) {
  return ooxml::parse_xml_document(kOpen + body + kClose, "test part", "test.docx");
}

}  // namespace kpiconv::docx_apply::test
