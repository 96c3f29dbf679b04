// CSV text in UTF-32 with a byte order mark is read like the same text in UTF-8; bytes a byte order
// mark announces wrongly (UTF-32 marked as UTF-16: half of it NUL) are refused, saying why, rather
// than read into a filing of no projects.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "converter/error.h"
#include "converter/text/text.h"
#include "formats/csv/text_decoder.h"
#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using namespace std::string_literals;

// `utf8` as UTF-32 code units, little- or big-endian, after the byte order mark.
std::string utf32(std::string_view utf8, bool little_endian) {
  std::string bytes = little_endian ? "\xFF\xFE\0\0"s : "\0\0\xFE\xFF"s;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = next_code_point(utf8, i);
    char unit[4] = {static_cast<char>(c >> 24), static_cast<char>((c >> 16) & 0xFF),
                    static_cast<char>((c >> 8) & 0xFF), static_cast<char>(c & 0xFF)};
    if (little_endian) std::swap(unit[0], unit[3]), std::swap(unit[1], unit[2]);
    bytes.append(unit, 4);
  }
  return bytes;
}

std::string utf16le(std::string_view utf8) {
  std::string bytes = "\xFF\xFE";
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = next_code_point(utf8, i);  // the text here is all in the BMP
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  return bytes;
}

TEST(CsvEncoding, ReadsUtf32WithEitherByteOrderMark) {
  for (bool little_endian : {true, false}) {
    std::optional<DecodedText> decoded = decode_text(utf32("项目,编码\r\n𠀀,1", little_endian));
    ASSERT_TRUE(decoded) << little_endian;
    EXPECT_EQ(decoded->text, "项目,编码\r\n𠀀,1");
    EXPECT_EQ(decoded->encoding, little_endian ? "UTF-32LE" : "UTF-32BE");
  }
}

TEST(CsvEncoding, RefusesTextTheByteOrderMarkDoesNotAnnounceAndSaysWhy) {
  // UTF-32LE without its last two mark bytes reads as UTF-16LE with a NUL after every character.
  std::string marked_utf16 = utf32("单位编码,项目编码\r\n1,2\r\n", true).erase(2, 2);
  ASSERT_TRUE(marked_utf16.starts_with("\xFF\xFE"));
  std::string refusal;
  EXPECT_FALSE(decode_text(marked_utf16, &refusal));
  EXPECT_EQ(refusal,
            "it starts with a UTF-16LE byte order mark but is not UTF-16LE text (50% of the "
            "characters read so are NUL)");
  EXPECT_FALSE(decode_text("\xEF\xBB\xBF" + utf16le("a,b\r\n").substr(2), &refusal));
  EXPECT_EQ(refusal.rfind("it starts with a UTF-8 byte order mark but is not UTF-8 text (", 0), 0u);
  EXPECT_FALSE(decode_text("\xFF\xFE\0\0"s, &refusal));
  EXPECT_EQ(refusal, "it holds nothing but a UTF-32LE byte order mark");
  // A NUL in a cell of real text stays, as it is.
  std::optional<DecodedText> one_nul = decode_text(utf16le("指标值,47\0EVIL\r\n"s), &refusal);
  ASSERT_TRUE(one_nul);
  EXPECT_EQ(one_nul->text, "指标值,47\0EVIL\r\n"s);
  EXPECT_EQ(refusal, "");
}

std::string ten_projects() {
  std::string csv =
      "单位编码,金额单位,项目编码,项目名称,预算数,财政资金,一级指标,二级指标,三级指标,指标值,"
      "绩效目标\r\n";
  for (int i = 1; i <= 10; ++i) {
    std::string number = (i < 10 ? "0" : "") + std::to_string(i);
    csv += "471001,万元,13073024P000000" + number + "10002Q,项目" + number +
           ",24.00,24.00,产出指标,数量指标,次数,≥1次,\"1.目标\n2.目标\"\r\n";
  }
  return csv;
}

TEST(CsvEncoding, AUtf32FilingReadsAsTheSameFilingInUtf8) {
  std::string utf8_path = test::scratch_path("ten-utf8.csv").string();
  test::write_bytes(utf8_path, ten_projects());
  Filing expected = read_filing(utf8_path);
  ASSERT_EQ(expected.projects.size(), 10u);
  for (bool little_endian : {true, false}) {
    SCOPED_TRACE(little_endian);
    std::string path = test::scratch_path("ten-utf32.csv").string();
    test::write_bytes(path, utf32(ten_projects(), little_endian));
    Filing filing = read_filing(path);
    EXPECT_EQ(filing.projects, expected.projects);
    EXPECT_EQ(filing.findings.size(), expected.findings.size());
  }
}

TEST(CsvEncoding, AFileMarkedInTheWrongEncodingIsRefusedWithOneLine) {
  std::string path = test::scratch_path("marked-wrong.csv").string();
  test::write_bytes(path, utf32(ten_projects(), true).erase(2, 2));
  test::CommandResult result = test::run_kpiconv({"convert", path, "-o", "-"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "kpiconv: error: " + path +
                            ": it starts with a UTF-16LE byte order mark but is not UTF-16LE text "
                            "(50% of the characters read so are NUL)\n");
}

}  // namespace
}  // namespace kpiconv
