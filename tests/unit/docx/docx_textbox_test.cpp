// Text boxes: their content is not the anchoring paragraph's text; it follows that paragraph (or
// the table holding it) as blocks of its own, once, whatever mc:AlternateContent holds.
#include <gtest/gtest.h>

#include "unit/docx/docx_fixture.h"

namespace kpiconv::docx_test {
namespace {

std::string drawing_textbox(std::string_view content) {
  return "<w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData "
         "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
         "<wps:txbx><w:txbxContent>" +
         std::string(content) +
         "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></"
         "w:drawing>";
}

std::string vml_textbox(std::string_view content) {
  return "<w:pict><v:shape id=\"s1\"><v:textbox><w:txbxContent>" + std::string(content) +
         "</w:txbxContent></v:textbox></v:shape></w:pict>";
}

// Word 2010+: the DrawingML shape in mc:Choice, the same text box as VML in mc:Fallback.
std::string both_textboxes(std::string_view content) {
  return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + drawing_textbox(content) +
         "</mc:Choice><mc:Fallback>" + vml_textbox(content) +
         "</mc:Fallback></mc:AlternateContent></w:r>";
}

TEST(DocxTextBoxes, TextBoxIsNotPartOfTheHostParagraph) {
  Document document = read_body(
      "textbox_host", "<w:p><w:r><w:t>before </w:t></w:r><w:r>" + drawing_textbox(para("inside")) +
                          "</w:r><w:r><w:t>after</w:t></w:r></w:p>" + para("next"));
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(paragraph_block(document, 0).text, "before after");
  EXPECT_EQ(paragraph_block(document, 0).where.locator, "p[1]");
  EXPECT_EQ(paragraph_block(document, 1).text, "inside");
  EXPECT_EQ(paragraph_block(document, 1).where.locator, "txbx[1]/p[1]");
  EXPECT_EQ(paragraph_block(document, 2).text, "next");
  EXPECT_EQ(paragraph_block(document, 2).where.locator, "p[2]");
}

TEST(DocxTextBoxes, AlternateContentTextBoxIsEmittedOnce) {
  Document document = read_body(
      "textbox_once",
      "<w:p>" + both_textboxes(para("only once") + table(row(cell("boxed")), 1)) + "</w:p>");
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(paragraph_block(document, 0).text, "");
  EXPECT_EQ(paragraph_block(document, 1).text, "only once");
  const Table& boxed = table_block(document, 2);
  EXPECT_EQ(boxed.where.locator, "txbx[1]/tbl[1]");
  EXPECT_EQ(boxed.place_of(boxed.cells[0]).locator, "txbx[1]/tbl[1]/tr[1]/tc[1]");
  EXPECT_EQ(boxed.cells[0].text, "boxed");
}

TEST(DocxTextBoxes, VmlTextBox) {
  Document document =
      read_body("textbox_vml", "<w:p><w:r>" + vml_textbox(para("vml text")) + "</w:r></w:p>");
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 1).text, "vml text");
}

TEST(DocxTextBoxes, TextBoxInATableCellFollowsTheTable) {
  std::string host_cell = "<w:tc><w:p><w:r><w:t>cell</w:t></w:r><w:r>" +
                          drawing_textbox(para("boxed in cell")) + "</w:r></w:p></w:tc>";
  Document document = read_body("textbox_cell", table(row(host_cell), 1) + para("after"));
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(table_block(document, 0).cells[0].text, "cell");
  EXPECT_EQ(paragraph_block(document, 1).text, "boxed in cell");
  EXPECT_EQ(paragraph_block(document, 1).where.locator, "txbx[1]/p[1]");
  EXPECT_EQ(paragraph_block(document, 2).where.locator, "p[1]");
}

TEST(DocxTextBoxes, TextBoxesAreNumberedInOrder) {
  Document document = read_body(
      "textbox_numbers", "<w:p>" + both_textboxes(para("one")) + "</w:p><w:p><w:r>" +
                             drawing_textbox(para("two a") + para("two b")) + "</w:r></w:p>");
  ASSERT_EQ(document.blocks.size(), 5u);
  EXPECT_EQ(paragraph_block(document, 1).where.locator, "txbx[1]/p[1]");
  EXPECT_EQ(paragraph_block(document, 3).where.locator, "txbx[2]/p[1]");
  EXPECT_EQ(paragraph_block(document, 4).where.locator, "txbx[2]/p[2]");
  EXPECT_EQ(paragraph_block(document, 4).text, "two b");
}

}  // namespace
}  // namespace kpiconv::docx_test
