// The small-part DOM parser (templates, content types, relationships, core properties): the same
// refusals as the streaming reader — no DTD, no entities, no network, capped nesting and markup —
// each with one clear cause.
#include "formats/ooxml/xml_document.h"

#include <gtest/gtest.h>

#include <chrono>

#include "converter/error.h"

namespace kpiconv::ooxml {
namespace {

std::string cause_of_parsing(const std::string& xml) {
  try {
    parse_xml_document(xml, "template main document part", "t.docx");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_EQ(error.file(), "t.docx");
    return error.cause();
  }
  ADD_FAILURE() << "no kpiconv::Error";
  return {};
}

std::string nested(int levels) {
  std::string xml;
  for (int i = 0; i < levels; ++i) xml += "<a>";
  for (int i = 0; i < levels; ++i) xml += "</a>";
  return xml;
}

TEST(XmlDocument, ParsesAndSerializesAPart) {
  XmlDocument document = parse_xml_document("<r a=\"1\">t</r>", "part", "f");
  EXPECT_NE(serialize_document(document.get()).find("<r a=\"1\">t</r>"), std::string::npos);
}

TEST(XmlDocument, MalformedXmlKeepsLibxml2sWords) {
  EXPECT_EQ(cause_of_parsing("<r>\n<b></r>"),
            "malformed template main document part: Premature end of data in tag r line 1");
}

TEST(XmlDocument, BillionLaughsIsRefusedQuickly) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    xml += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) xml += "&l" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  const auto start = std::chrono::steady_clock::now();
  for (const char* use : {"<r>&l9;</r>", "<r a=\"&l9;\"/>"}) {
    std::string cause = cause_of_parsing(xml + "]>\n" + use);
    EXPECT_FALSE(cause.empty());
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
}

TEST(XmlDocument, ExternalEntitiesAreNeverFetched) {
  std::string cause = cause_of_parsing(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<r>&x;</r>");
  EXPECT_EQ(cause.find("root:"), std::string::npos) << cause;
  EXPECT_EQ(cause_of_parsing("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/x.dtd\"><r/>"),
            "template main document part has a DOCTYPE, which package parts may not have");
}

TEST(XmlDocument, DeepNestingIsRefusedInOurWords) {
  EXPECT_EQ(cause_of_parsing(nested(300)),
            "XML nested deeper than 256 levels in template main document part at line 1");
}

TEST(XmlDocument, CharactersXmlForbidsAreNamedWithTheirPlace) {
  EXPECT_EQ(cause_of_parsing("<r>\n\xC3\x28</r>"),
            "invalid UTF-8 in template main document part at line 2 (bytes 0xC3 0x28 0x3C 0x2F)");
  EXPECT_EQ(cause_of_parsing("<r>\x01</r>"),
            "control character U+0001 in template main document part at line 1 (XML 1.0 "
            "forbids it)");
}

TEST(XmlDocument, MarkupLibxml2IsSlowOnIsRefusedBeforeParsing) {
  std::string xml = "<e";
  for (int i = 0; i < 100000; ++i) xml += " a" + std::to_string(i) + "=\"\"";
  xml += "/>";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(cause_of_parsing(xml),
            "more than 512 attributes on one element in template main document part at line 1");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
}

}  // namespace
}  // namespace kpiconv::ooxml
