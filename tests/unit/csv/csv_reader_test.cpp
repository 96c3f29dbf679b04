#include "formats/csv/csv_reader.h"

#include <gtest/gtest.h>

#include "converter/registry/format.h"
#include "formats/csv/text_decoder.h"
#include "support/files.h"

namespace kpiconv {
namespace {

using Records = std::vector<std::vector<std::string>>;

TEST(CsvParse, HandlesQuotesEscapedQuotesAndEmbeddedLineBreaks) {
  EXPECT_EQ(parse_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",,x\r\n", ','),
            (Records{{"a", "b,c", "say \"hi\""}, {"line\nbreak", "", "x"}}));
}

TEST(CsvParse, AcceptsLfCrAndAMissingFinalNewline) {
  EXPECT_EQ(parse_csv("a,b\nc,d\re,f", ','), (Records{{"a", "b"}, {"c", "d"}, {"e", "f"}}));
  EXPECT_EQ(parse_csv("", ','), Records{});
  EXPECT_EQ(parse_csv("a,\n", ','), (Records{{"a", ""}}));
}

TEST(CsvDelimiter, PicksTheOneThatSplitsLinesAlike) {
  EXPECT_EQ(detect_delimiter("a,b,c\n1,2,3\n"), ',');
  EXPECT_EQ(detect_delimiter("a;b;c\n1,5;2;3\n"), ';');
  EXPECT_EQ(detect_delimiter("a\tb\tc\n1\t2\t3\n"), '\t');
  EXPECT_EQ(detect_delimiter("\"a;b\",c\n1,2\n"), ',');
  EXPECT_EQ(detect_delimiter("single"), ',');
}

TEST(TextDecoder, ReadsUtf8WithAndWithoutBom) {
  EXPECT_EQ(decode_text("\xEF\xBB\xBF项目")->text, "项目");
  EXPECT_EQ(decode_text("项目,编码")->encoding, "UTF-8");
}

TEST(TextDecoder, ReadsGb18030) {
  // "单位编码,项目名称" in GB18030
  auto decoded = decode_text("\xB5\xA5\xCE\xBB\xB1\xE0\xC2\xEB,\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->text, "单位编码,项目名称");
  EXPECT_EQ(decoded->encoding, "GB18030");
}

TEST(TextDecoder, ReadsUtf16WithBom) {
  auto decoded =
      decode_text(std::string("\xFF\xFE"
                              "a\0,\0b\0",
                              8));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->text, "a,b");
  EXPECT_EQ(decoded->encoding, "UTF-16LE");
}

TEST(TextDecoder, RefusesBinary) {
  EXPECT_FALSE(decode_text(std::string("PK\x03\x04\0\0\x14", 7)));
}

TEST(CsvReader, ReadsAGb18030FileIntoOneTable) {
  auto path = test::scratch_path("gb.csv");
  test::write_bytes(path,
                    "\xCF\xEE\xC4\xBF\xB1\xE0\xC2\xEB;\xD6\xB8\xB1\xEA\xD6\xB5\r\nP1;\"1;2\"\r\n");
  CsvReader reader;
  ASSERT_TRUE(reader.claims(InputProbe(path.string())));
  Document document;
  DocumentBuilder builder(document);
  reader.read(path.string(), builder, {});
  ASSERT_EQ(document.blocks.size(), 1u);
  const Table& table = std::get<Table>(document.blocks[0]);
  EXPECT_EQ(table.rows, 2);
  EXPECT_EQ(table.cols, 2);
  EXPECT_EQ(table.at(0, 0)->text, "项目编码");
  EXPECT_EQ(table.at(0, 1)->text, "指标值");
  EXPECT_EQ(table.at(1, 1)->text, "1;2");
  EXPECT_EQ(table.place_of(*table.at(1, 1)).locator, "B2");
  EXPECT_EQ(table.row_place(1).locator, "2:2");
}

TEST(CsvReader, ClaimsOnlyDelimitedText) {
  CsvReader reader;
  auto prose = test::scratch_path("prose.txt");
  test::write_bytes(prose, "just a line of text\n");
  EXPECT_FALSE(reader.claims(InputProbe(prose.string())));
  auto binary = test::scratch_path("binary.bin");
  test::write_bytes(binary, std::string("\x00\x01\x02,\x03", 5));
  EXPECT_FALSE(reader.claims(InputProbe(binary.string())));
}

}  // namespace
}  // namespace kpiconv
