// Locators found again in the tree, counted as the reader counts: through content controls, the
// chosen branch of mc:AlternateContent, deleted rows still numbered, text boxes, nested tables.
#include "formats/docx/apply/locator_index.h"

#include <gtest/gtest.h>

#include "formats/docx/apply/wml_dom.h"
#include "unit/docx_apply/apply_dom.h"

namespace kpiconv::docx_apply {
namespace {

using namespace test;

std::string text_at(const LocatorIndex& index, const char* locator) {
  xmlNode* element = index.find(locator);
  return element == nullptr ? "<none>" : reader_text(element);
}

TEST(LocatorIndex, CountsBodyParagraphsAndTablesThroughWrappers) {
  auto doc = parse(
      p("one") + "<w:sdt><w:sdtPr/><w:sdtContent>" + p("two") + tbl(tr(tc(p("a")) + tc(p("b")))) +
      "</w:sdtContent></w:sdt>" + "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + p("three") +
      "</mc:Choice><mc:Fallback>" + p("not counted") + "</mc:Fallback></mc:AlternateContent>" +
      "<w:del>" + p("gone") + "</w:del>" + p("four"));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(text_at(index, "p[1]"), "one");
  EXPECT_EQ(text_at(index, "p[2]"), "two");
  EXPECT_EQ(text_at(index, "p[3]"), "three");
  EXPECT_EQ(text_at(index, "p[4]"), "four");
  EXPECT_EQ(index.find("p[5]"), nullptr);
  EXPECT_EQ(text_at(index, "tbl[1]/tr[1]/tc[2]"), "b");
  EXPECT_EQ(index.locator_of(index.find("tbl[1]/tr[1]")), "tbl[1]/tr[1]");
}

TEST(LocatorIndex, DeletedRowsStillCountAndNestedTablesContinueThePath) {
  auto doc = parse(tbl(
      tr(tc(p("r1"))) + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>" + tc(p("x")) +
      "</w:tr>" + tr(tc(p("r3")) + tc(p("outer") + tbl(tr(tc(p("inner")))) + p("")))));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(text_at(index, "tbl[1]/tr[1]/tc[1]"), "r1");
  EXPECT_EQ(index.find("tbl[1]/tr[2]/tc[1]"), nullptr);  // the reader skips a deleted row's cells
  EXPECT_NE(index.find("tbl[1]/tr[2]"), nullptr);
  EXPECT_EQ(text_at(index, "tbl[1]/tr[3]/tc[1]"), "r3");
  EXPECT_EQ(text_at(index, "tbl[1]/tr[3]/tc[2]"), "outer\n");
  EXPECT_EQ(text_at(index, "tbl[1]/tr[3]/tc[2]/tbl[1]/tr[1]/tc[1]"), "inner");
}

TEST(LocatorIndex, TextBoxesAreStoriesOfTheirOwn) {
  std::string box =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" +
      p("boxed") + tbl(tr(tc(p("box cell")))) +
      "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" + p("boxed") +
      "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  auto doc = parse("<w:p>" + box + "</w:p>" + tbl(tr(tc("<w:p>" + box + "</w:p>"))));
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(text_at(index, "txbx[1]/p[1]"), "boxed");
  EXPECT_EQ(text_at(index, "txbx[1]/tbl[1]/tr[1]/tc[1]"), "box cell");
  EXPECT_EQ(text_at(index, "txbx[2]/p[1]"), "boxed");
  EXPECT_EQ(index.find("txbx[3]/p[1]"), nullptr);
}

TEST(ReaderText, ReadsWhatTheReaderReads) {
  auto doc = parse(
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/></w:r>"
      "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>");
  LocatorIndex index(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(text_at(index, "p[1]"), "a\tb\n7link");
}

}  // namespace
}  // namespace kpiconv::docx_apply
