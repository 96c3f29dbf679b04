// The DOCX reader under hostile and broken input: a huge text run, the text cap, the nesting cap
// as ReadOptions set them, characters XML forbids — read whole, or refused with one clear cause.
#include <gtest/gtest.h>

#include <cstdint>

#include "converter/error.h"
#include "unit/docx/docx_fixture.h"

namespace kpiconv::docx_test {
namespace {

// `bytes` of Han characters in no pattern deflate could shrink past the zip bomb ratio.
std::string han_text(std::size_t bytes) {
  std::string text;
  text.reserve(bytes);
  std::uint32_t state = 12345;
  while (text.size() + 3 <= bytes) {
    state = state * 1103515245u + 12345u;
    const std::uint32_t code = 0x4E00 + (state >> 16) % 0x5000;  // CJK Unified Ideographs
    text.push_back(static_cast<char>(0xE0 | (code >> 12)));
    text.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    text.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
  return text;
}

TEST(DocxLimits, ARunOf20MegabytesIsReadWhole) {
  const std::string text = han_text(20 << 20);
  DocxSpec spec;
  spec.body = para(text) + table(row(cell("after")), 1);
  Document document = read_docx(write_docx("huge_run", spec));
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 0).text, text);
  EXPECT_EQ(table_block(document, 1).cells[0].text, "after");
}

TEST(DocxLimits, TextBeyondMaxTextBytesIsRefused) {
  DocxSpec spec;
  spec.body = para(han_text(3000)) + para(han_text(3000));
  ReadOptions options;
  options.max_text_bytes = 5000;
  EXPECT_EQ(read_error(write_docx("text_cap", spec), options),
            "too much text: the document's paragraphs hold more than 5000 bytes (reached in "
            "word/document.xml at line 2)");
}

TEST(DocxLimits, NestingCapComesFromReadOptions) {
  // Tables nested in cells: each level is w:tbl/w:tr/w:tc.
  std::string body = para("core");
  for (int i = 0; i < 10; ++i) body = table(row(cell("") + "<w:tc>" + body + "</w:tc>"), 2);
  DocxSpec spec;
  spec.body = body;
  const std::filesystem::path path = write_docx("nesting_cap", spec);
  EXPECT_EQ(read_docx(path).blocks.size(), 1u);
  ReadOptions options;
  options.max_xml_depth = 20;
  EXPECT_EQ(read_error(path, options),
            "XML nested deeper than 20 levels in word/document.xml at line 2");
}

TEST(DocxLimits, ForbiddenCharactersInTheBodyAreNamedWithTheirPlace) {
  DocxSpec spec;
  spec.body = para(
      "a\x07"
      "b");
  EXPECT_EQ(read_error(write_docx("control_char", spec)),
            "control character U+0007 in word/document.xml at line 2 (XML 1.0 forbids it)");
  spec.body = para("\xE9\xA1");
  std::string cause = read_error(write_docx("bad_utf8", spec));
  EXPECT_EQ(cause.rfind("invalid UTF-8 in word/document.xml at line 2 (bytes 0xE9 0xA1", 0), 0u)
      << cause;
}

}  // namespace
}  // namespace kpiconv::docx_test
