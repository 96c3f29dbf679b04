// A cell's new text keeps its look: the paragraph's w:pPr, the first run's w:rPr; runs collapse
// into one; '\n' is a w:br; an empty cell borrows the look of the cell it is like.
#include "formats/docx/apply/text_setter.h"

#include <gtest/gtest.h>

#include "formats/docx/apply/locator_index.h"
#include "formats/docx/apply/wml_dom.h"
#include "formats/docx/template/xml_tree.h"
#include "unit/docx_apply/apply_dom.h"

namespace kpiconv::docx_apply {
namespace {

using namespace test;

constexpr const char* kBold = "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>";
constexpr const char* kCentered = "<w:pPr><w:jc w:val=\"center\"/></w:pPr>";

std::string xml_of(xmlNode* node) {
  return docx_template::serialize(node->doc, node);
}

TEST(SetText, KeepsParagraphAndFirstRunFormattingAndCollapsesRuns) {
  auto doc = parse(
      tbl(tr(tc(std::string("<w:p>") + kCentered + "<w:bookmarkStart w:id=\"0\" w:name=\"m\"/>" +
                "<w:r>" + kBold + "<w:t>9</w:t></w:r><w:r><w:rPr><w:i/></w:rPr>" +
                "<w:t>5%</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>" + p("second")))));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  xmlNode* cell = index.find("tbl[1]/tr[1]/tc[1]");
  size_t replaced = 0;
  set_text(cell, "≥98%\n第二行", nullptr, replaced);
  EXPECT_EQ(reader_text(cell), "≥98%\n第二行");
  EXPECT_EQ(replaced, 0u);
  std::string xml = xml_of(cell);
  EXPECT_NE(xml.find("<w:jc w:val=\"center\"/>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<w:i/>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("second"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<w:br/>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("bookmarkStart"), std::string::npos) << xml;
  EXPECT_EQ(docx_template::w_descendants(cell, "r").size(), 1u);
  EXPECT_EQ(docx_template::w_descendants(cell, "p").size(), 1u);
}

TEST(SetText, EmptyCellBorrowsTheLookOfItsNeighbourElseItsParagraphMark) {
  auto doc = parse(tbl(tr(tc(p("有", kBold))) + tr(tc("<w:p/>")) +
                       tr(tc("<w:p><w:pPr><w:rPr><w:u w:val=\"single\"/><w:ins w:id=\"1\" "
                             "w:author=\"a\"/></w:rPr></w:pPr></w:p>"))));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  size_t replaced = 0;
  xmlNode* empty = index.find("tbl[1]/tr[2]/tc[1]");
  set_text(empty, "新", index.find("tbl[1]/tr[1]/tc[1]"), replaced);
  EXPECT_NE(xml_of(empty).find("<w:b/>"), std::string::npos) << xml_of(empty);
  xmlNode* marked = index.find("tbl[1]/tr[3]/tc[1]");
  set_text(marked, "新", nullptr, replaced);
  std::string xml = xml_of(marked);
  EXPECT_NE(xml.find("<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"), std::string::npos) << xml;
}

TEST(SetText, ControlCharactersBecomeReplacementCharacters) {
  auto doc = parse(p("old"));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  size_t replaced = 0;
  set_text(index.find("p[1]"), std::string("a\x01") + "b", nullptr, replaced);
  EXPECT_EQ(replaced, 1u);
  EXPECT_EQ(reader_text(index.find("p[1]")),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(SetText, ACellWithANestedTableStillEndsWithAParagraph) {
  auto doc = parse(tbl(tr(tc(p("a") + tbl(tr(tc(p("inner")))) + p("b")))));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  xmlNode* cell = index.find("tbl[1]/tr[1]/tc[1]");
  size_t replaced = 0;
  set_text(cell, "x", nullptr, replaced);
  xmlNode* last = xmlGetLastChild(cell);
  EXPECT_TRUE(is_w(last, "p"));
  EXPECT_EQ(reader_text(cell), "x\n");
}

}  // namespace
}  // namespace kpiconv::docx_apply
