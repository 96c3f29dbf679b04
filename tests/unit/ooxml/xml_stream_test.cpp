// The streaming XML reader over a zip entry: logical namespaces, cheap names, safe parsing.
#include "formats/ooxml/xml_stream.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/ooxml/core_properties.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

// Opens `xml` as the part "word/document.xml" of a fresh archive.
class XmlStreamTest : public ::testing::Test {
 protected:
  XmlStream& open(std::string_view name, std::string xml) {
    std::filesystem::path path = test::scratch_path(std::string(name) + ".zip");
    test::ZipBuilder().add("word/document.xml", std::move(xml)).write(path);
    archive_ = std::make_unique<ZipArchive>(path.string(), PackageLimits{});
    stream_ = std::make_unique<XmlStream>(*archive_, *archive_->find("word/document.xml"));
    return *stream_;
  }
  std::string cause_of_reading_all() {
    try {
      while (stream_->read()) {
      }
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
      return error.cause();
    }
    ADD_FAILURE() << "no error";
    return {};
  }
  // Opens `xml` (the stream reads the prolog at once) and reads it all; the cause of the error.
  std::string cause_of_reading(std::string_view name, std::string xml,
                               const PackageLimits& limits = {}) {
    std::filesystem::path path = test::scratch_path(std::string(name) + ".zip");
    test::ZipBuilder().add("word/document.xml", std::move(xml)).write(path);
    archive_ = std::make_unique<ZipArchive>(path.string(), limits);
    try {
      stream_ = std::make_unique<XmlStream>(*archive_, *archive_->find("word/document.xml"));
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
      return error.cause();
    }
    return cause_of_reading_all();
  }

  std::unique_ptr<ZipArchive> archive_;
  std::unique_ptr<XmlStream> stream_;
};

TEST_F(XmlStreamTest, TransitionalAndStrictNamespacesAreOneLogicalNamespace) {
  XmlStream& xml = open(
      "xml_ns", R"(<root>)"
                R"(<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>)"
                R"(<s:p xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"/>)"
                R"(<p xmlns="urn:other"/>)"
                R"(</root>)");
  const Name p = xml.intern("p");
  std::vector<Ns> seen;
  while (xml.read()) {
    if (xml.start_element() && xml.name() == p) seen.push_back(xml.ns());
  }
  EXPECT_EQ(seen, (std::vector<Ns>{Ns::kWordprocessingML, Ns::kWordprocessingML, Ns::kOther}));
}

TEST_F(XmlStreamTest, RelationshipNamespacesToo) {
  EXPECT_EQ(
      classify_namespace("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
      Ns::kOfficeRelationships);
  EXPECT_EQ(classify_namespace("http://purl.oclc.org/ooxml/officeDocument/relationships"),
            Ns::kOfficeRelationships);
  EXPECT_EQ(classify_namespace("http://purl.oclc.org/ooxml/spreadsheetml/main"),
            Ns::kSpreadsheetML);
  EXPECT_EQ(classify_namespace(""), Ns::kNone);
}

TEST_F(XmlStreamTest, NamesAttributesDepthAndText) {
  XmlStream& xml = open(
      "xml_names", R"(<w:r xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" plain="1">)"
                   R"(<w:t w:val="v">a&amp;b<![CDATA[<c>]]></w:t><w:tab/></w:r>)");
  const Name r = xml.intern("r");
  const Name t = xml.intern("t");
  const Name tab = xml.intern("tab");
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.is(Ns::kWordprocessingML, r));
  EXPECT_FALSE(xml.is(Ns::kWordprocessingML, t));
  EXPECT_EQ(xml.local_name(), "r");
  EXPECT_EQ(xml.depth(), 0);
  EXPECT_EQ(xml.attribute(Ns::kNone, "plain"), "1");
  EXPECT_EQ(xml.attribute(Ns::kWordprocessingML, "plain"), std::nullopt);
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.is(Ns::kWordprocessingML, t));
  EXPECT_EQ(xml.depth(), 1);
  EXPECT_EQ(xml.attribute(Ns::kWordprocessingML, "val"), "v");
  std::string text;
  xml.append_text(text);
  EXPECT_EQ(text, "a&b<c>");
  EXPECT_TRUE(xml.end_element());
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.is(Ns::kWordprocessingML, tab));
  EXPECT_TRUE(xml.empty_element());
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.end_element());
  EXPECT_FALSE(xml.read());
}

TEST_F(XmlStreamTest, ReferencesInAttributeValuesAreReplaced) {
  XmlStream& xml = open("xml_attribute_references",
                        R"(<a v="x&amp;y &lt;z&gt; &#38;&#x41;&quot;&apos;" w="&amp;#38;"/>)");
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.attribute(Ns::kNone, "v"), "x&y <z> &A\"'");
  EXPECT_EQ(xml.attribute(Ns::kNone, "w"), "&#38;");  // escaped once in the file: kept once
}

TEST_F(XmlStreamTest, AnElementWithNothingInsideIsOneEmptyElement) {
  XmlStream& xml = open("xml_empty_forms", "<a><b></b><c/><d> </d></a>");
  ASSERT_TRUE(xml.read());  // a
  for (std::string_view name : {"b", "c"}) {
    ASSERT_TRUE(xml.read());
    EXPECT_EQ(xml.local_name(), name);
    EXPECT_TRUE(xml.empty_element()) << name;
  }
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.local_name(), "d");
  EXPECT_FALSE(xml.empty_element());
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.text(), " ");
  EXPECT_EQ(xml.depth(), 2);
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.end_element());
  EXPECT_EQ(xml.local_name(), "d");
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.end_element());
  EXPECT_EQ(xml.local_name(), "a");
  EXPECT_EQ(xml.depth(), 0);
  EXPECT_FALSE(xml.read());
  EXPECT_FALSE(xml.read());
}

TEST_F(XmlStreamTest, TextAcrossChunksAndReferencesIsOneNode) {
  // Text longer than the parser's chunks, broken by references and CDATA, comes back whole.
  std::string long_text(200'000, 'x');
  XmlStream& xml = open("xml_long_text", "<a>" + long_text + "&amp;<![CDATA[y]]>" + long_text +
                                             "</a><!-- the end -->");
  ASSERT_TRUE(xml.read());
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.text(), long_text + "&y" + long_text);
  ASSERT_TRUE(xml.read());
  EXPECT_TRUE(xml.end_element());
  EXPECT_FALSE(xml.read());
}

TEST_F(XmlStreamTest, ManyElementsAcrossChunksKeepTheirNamesAttributesAndLines) {
  std::string xml_text = "<rows>\n";
  for (int i = 0; i < 20'000; ++i) {
    xml_text += "<row n=\"" + std::to_string(i) + "\">" + std::to_string(i * 2) + "</row>\n";
  }
  xml_text += "</rows>";
  XmlStream& xml = open("xml_many_rows", xml_text);
  const Name row = xml.intern("row");
  int rows = 0;
  while (xml.read()) {
    if (!xml.start_element() || !xml.is(Ns::kNone, row)) continue;
    EXPECT_EQ(xml.attribute(Ns::kNone, "n"), std::to_string(rows));
    EXPECT_EQ(xml.line(), rows + 2);
    std::string text;
    xml.append_text(text);
    EXPECT_EQ(text, std::to_string(rows * 2));
    ++rows;
  }
  EXPECT_EQ(rows, 20'000);
}

TEST_F(XmlStreamTest, AnErrorComesAfterTheNodesBeforeIt) {
  // Far enough into the part that opening it (which parses the prolog) does not meet the error.
  XmlStream& xml =
      open("xml_error_after", "<a><b>fine</b>" + std::string(200'000, 'x') + "<c></a>");
  ASSERT_TRUE(xml.read());
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.local_name(), "b");
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.text(), "fine");
  EXPECT_NE(cause_of_reading_all().find("malformed XML in word/document.xml at line 1"),
            std::string::npos);
}

TEST_F(XmlStreamTest, SkipConsumesTheWholeElement) {
  XmlStream& xml = open("xml_skip", "<a><b><c>deep</c><c/></b><d/></a>");
  ASSERT_TRUE(xml.read());  // a
  ASSERT_TRUE(xml.read());  // b
  EXPECT_EQ(xml.local_name(), "b");
  xml.skip();
  EXPECT_TRUE(xml.end_element());
  EXPECT_EQ(xml.local_name(), "b");
  ASSERT_TRUE(xml.read());
  EXPECT_EQ(xml.local_name(), "d");
}

TEST_F(XmlStreamTest, Utf8ByteOrderMarkBeforeTheDeclarationIsAccepted) {
  XmlStream& xml =
      open("xml_bom", "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\xE4\xB8\xAD</a>");
  ASSERT_TRUE(xml.read());
  std::string text;
  xml.append_text(text);
  EXPECT_EQ(text, "\xE4\xB8\xAD");
}

TEST_F(XmlStreamTest, MalformedXmlNamesThePartAndTheLine) {
  std::string cause = cause_of_reading("xml_malformed", "<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>");
  EXPECT_EQ(cause.rfind("malformed XML in word/document.xml at line 4: ", 0), 0u) << cause;
  EXPECT_NE(cause.find("mismatch"), std::string::npos) << cause;
}

TEST_F(XmlStreamTest, UndeclaredPrefixIsMalformed) {
  std::string cause = cause_of_reading("xml_prefix", "<w:document><w:body/></w:document>");
  EXPECT_EQ(cause.rfind("malformed XML in word/document.xml at line 1: ", 0), 0u) << cause;
}

TEST_F(XmlStreamTest, BillionLaughsIsRefusedAtTheDoctype) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j)
      xml += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    xml += "\">\n";
  }
  xml += "]>\n<lolz>&lol9;</lolz>";
  std::string cause = cause_of_reading("xml_lol", xml);
  EXPECT_EQ(cause.rfind("refused XML in word/document.xml", 0), 0u) << cause;
  EXPECT_NE(cause.find("DOCTYPE declaring entities"), std::string::npos) << cause;
}

TEST_F(XmlStreamTest, ExternalEntityIsRefusedAndNeverFetched) {
  std::string cause = cause_of_reading("xml_xxe",
                                       "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "
                                       "\"file:///etc/passwd\">]>\n<a>&x;</a>");
  EXPECT_EQ(cause.rfind("refused XML in word/document.xml", 0), 0u) << cause;
}

TEST_F(XmlStreamTest, CrcMismatchSurfacesThroughTheParser) {
  std::string bytes =
      test::ZipBuilder().add("word/document.xml", "<a>" + std::string(5000, 'x') + "</a>").bytes();
  std::uint32_t crc = test::zip_field(bytes, "word/document.xml", test::ZipField::kCrc);
  test::patch_zip_field(bytes, "word/document.xml", test::ZipField::kCrc, crc ^ 1u);
  std::filesystem::path path = test::scratch_path("xml_crc.zip");
  test::write_bytes(path, bytes);
  archive_ = std::make_unique<ZipArchive>(path.string(), PackageLimits{});
  stream_ = std::make_unique<XmlStream>(*archive_, *archive_->find("word/document.xml"));
  EXPECT_EQ(cause_of_reading_all(), "zip entry word/document.xml is corrupt (CRC mismatch)");
}

}  // namespace
}  // namespace kpiconv::ooxml
