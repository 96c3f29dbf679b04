// Parts in every encoding a producer may write: read whole and right, or refused with the part and
// the line — never read up to a bad byte and the rest dropped.
#include "formats/ooxml/part_encoding.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/ooxml/xml_stream.h"
#include "support/encodings.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

using namespace std::string_literals;
std::string declaration(const char* encoding) {
  return std::string("<?xml version=\"1.0\" encoding=\"") + encoding + "\" standalone=\"yes\"?>\n";
}

// A part of 3 lines and many Chinese characters, as an office's document.xml has.
std::string chinese_part(const char* declared) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "项目绩效目标";
  return declaration(declared) + "<a>\n<b>" + text + "</b>\n<c>第二段</c></a>";
}

struct Decoded {
  std::string cause;
  std::string text;
};

// Reads `bytes` as word/document.xml through the streaming reader.
Decoded read_encoded_part(std::string_view name, std::string bytes) {
  std::filesystem::path path = test::scratch_path(std::string(name) + ".zip");
  test::ZipBuilder().add("word/document.xml", std::move(bytes)).write(path);
  Decoded read;
  try {
    ZipArchive archive(path.string(), {});
    XmlStream stream(archive, *archive.find("word/document.xml"));
    while (stream.read()) {
      if (stream.node() == XmlStream::Node::kText) read.text += stream.text();
    }
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    read.cause = error.cause();
  }
  return read;
}

std::string expected_text() {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "项目绩效目标";
  return "\n" + text + "\n第二段";
}

TEST(PartEncoding, Gb18030PartsAreReadWhole) {
  Decoded read =
      read_encoded_part("gb18030", test::in_encoding(chinese_part("GB18030"), "GB18030"));
  EXPECT_EQ(read.cause, "");
  EXPECT_EQ(read.text, expected_text());
}

TEST(PartEncoding, GbkAndShiftJisAreReadByTheirLabel) {
  EXPECT_EQ(read_encoded_part("gbk", test::in_encoding(chinese_part("GBK"), "GBK")).text,
            expected_text());
  const std::string japanese = declaration("Shift_JIS") + "<a>\n<b>予算の目標と成果の指標</b></a>";
  EXPECT_EQ(read_encoded_part("shift_jis", test::in_encoding(japanese, "Shift_JIS")).text,
            "\n予算の目標と成果の指標");
}

TEST(PartEncoding, ABadByteInGb18030RefusesThePartNamingTheLine) {
  std::string bytes = test::in_encoding(chinese_part("GB18030"), "GB18030");
  const std::size_t at = bytes.find(test::in_encoding("第二段", "GB18030"));
  ASSERT_NE(at, std::string::npos);
  bytes[at + 1] = ' ';  // a lead byte followed by a space
  Decoded read = read_encoded_part("gb18030_bad", bytes);
  EXPECT_EQ(read.cause.rfind("word/document.xml is not GB18030 text at line 4: the bytes 0x", 0),
            0u)
      << read.cause;
  EXPECT_NE(read.cause.find("refused rather than read up to there"), std::string::npos);
}

TEST(PartEncoding, Utf16WithAndWithoutAByteOrderMarkIsRead) {
  const std::string part = chinese_part("UTF-16");
  EXPECT_EQ(read_encoded_part("utf16le_bom", "\xFF\xFE" + test::in_encoding(part, "UTF-16LE")).text,
            expected_text());
  EXPECT_EQ(read_encoded_part("utf16be_bom", "\xFE\xFF" + test::in_encoding(part, "UTF-16BE")).text,
            expected_text());
  EXPECT_EQ(read_encoded_part("utf16le", test::in_encoding(part, "UTF-16LE")).text,
            expected_text());
  EXPECT_EQ(read_encoded_part("utf16be", test::in_encoding(part, "UTF-16BE")).text,
            expected_text());
}

TEST(PartEncoding, ALoneSurrogateInUtf16RefusesThePart) {
  std::string bytes = "\xFF\xFE" + test::in_encoding(chinese_part("UTF-16"), "UTF-16LE");
  const std::size_t at = bytes.find(test::in_encoding("第二段", "UTF-16LE"));
  ASSERT_NE(at, std::string::npos);
  bytes[at] = '\x00';
  bytes[at + 1] = '\xDC';  // U+DC00, a low surrogate with no high one before it
  EXPECT_EQ(read_encoded_part("utf16_bad", bytes).cause,
            "word/document.xml is not UTF-16LE text at line 4: the bytes 0x00 0xDC are not a "
            "character of it (the part is refused rather than read up to there)");
}

TEST(PartEncoding, Utf32WithAByteOrderMarkIsRead) {
  EXPECT_EQ(read_encoded_part("utf32le", "\xFF\xFE\x00\x00"s +
                                             test::in_encoding(chinese_part("UTF-32"), "UTF-32LE"))
                .text,
            expected_text());
}

TEST(PartEncoding, ALegacyLabelOverUtf8IsRefusedAsWrong) {
  for (const char* label : {"Shift_JIS", "UTF-7", "ISO-8859-1", "GB18030", "windows-1252"}) {
    Decoded read = read_encoded_part(std::string("mislabelled_") + label, chinese_part(label));
    EXPECT_TRUE(read.cause.find("but its text is UTF-8") != std::string::npos ||
                read.cause.find(" text at line ") != std::string::npos)
        << label << ": " << read.cause;
    EXPECT_EQ(read.text, "") << label;
  }
  EXPECT_EQ(read_encoded_part("mislabelled_latin1", chinese_part("ISO-8859-1")).cause,
            "word/document.xml declares the encoding ISO-8859-1, but its text is UTF-8 (from line "
            "3): the declaration is wrong; save the document again in Word or WPS");
}

TEST(PartEncoding, AFewCharactersBeyondAsciiAreNotTakenForUtf8) {
  // "项" in GB18030 is CF EE; "中" is D6 D0: one character whose bytes happen to be valid UTF-8
  // is no evidence against the label.
  const std::string part = declaration("GB18030") + "<a>\xD6\xD0</a>";
  Decoded read = read_encoded_part("one_character", part);
  EXPECT_EQ(read.cause, "");
  EXPECT_EQ(read.text, "中");
}

TEST(PartEncoding, AnUnknownOrImpossibleLabelIsRefused) {
  EXPECT_EQ(read_encoded_part("unknown", declaration("x-no-such") + "<a/>").cause,
            "word/document.xml declares the encoding \"x-no-such\", which kpiconv does not know");
  EXPECT_EQ(read_encoded_part("utf16_label", declaration("UTF-16") + "<a/>").cause,
            "word/document.xml declares the encoding UTF-16, but its first characters are not in "
            "it (ASCII-compatible bytes)");
}

// A name of any bytes is not repeated in the message, which must be UTF-8 (fuzz_docx_reader).
TEST(PartEncoding, ADeclarationNamingNoEncodingIsRefusedWithoutTheName) {
  EXPECT_EQ(read_encoded_part("bad_name", declaration("UTF\xFF\xFF-8") + "<a/>").cause,
            "word/document.xml declares an encoding by a name that is none (XML allows letters, "
            "digits, '.', '_' and '-')");
  EXPECT_EQ(read_encoded_part("spaced_name", declaration("UTF 8") + "<a/>").cause,
            "word/document.xml declares an encoding by a name that is none (XML allows letters, "
            "digits, '.', '_' and '-')");
}

TEST(PartEncoding, Utf8PartsPassThroughUntouched) {
  const std::string part = chinese_part("UTF-8");
  EXPECT_EQ(decode_part(part, "f.docx", "word/document.xml"), part);
  const std::string bom = "\xEF\xBB\xBF" + part;
  EXPECT_EQ(decode_part(bom, "f.docx", "word/document.xml"), bom);
}

// The decoder sees a part a chunk at a time; a character cut between chunks is whole after.
TEST(PartEncoding, DecodingInPiecesGivesTheWhole) {
  for (const char* encoding : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
    const std::string part = chinese_part(encoding);
    const std::string bytes = test::in_encoding(part, encoding);
    std::string whole = decode_part(bytes, "f.docx", "p.xml");
    for (std::size_t piece : {1u, 3u, 7u, 600u}) {
      PartDecoder decoder("f.docx", "p.xml");
      std::string out;
      for (std::size_t at = 0; at < bytes.size(); at += piece) {
        decoder.decode(std::string_view(bytes).substr(at, piece), false, out);
      }
      decoder.decode({}, true, out);
      EXPECT_EQ(out, whole) << encoding << " in pieces of " << piece;
    }
    EXPECT_NE(whole.find("第二段"), std::string::npos) << encoding;
  }
}

}  // namespace
}  // namespace kpiconv::ooxml
