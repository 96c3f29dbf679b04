// Hostile and broken XML through the streaming reader: nesting, huge text nodes, characters XML
// forbids, the markup libxml2 2.9 is quadratically slow on, and entities in every form. Each test
// builds its part and expects either the part read whole or one clear cause — quickly.
#include <gtest/gtest.h>

#include <chrono>

#include "converter/error.h"
#include "formats/ooxml/xml_stream.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

struct Outcome {
  std::string cause;  // empty when the part was read to its end
  std::string text;   // the text of every text node
  int elements = 0;
  double seconds = 0;
};

// Streams `xml` as the part word/document.xml of a fresh archive. Parts of one character
// repeated are stored, not deflated: deflated, they would be refused as zip bombs.
Outcome read_part(std::string_view name, std::string xml, const PackageLimits& limits = {},
                  bool deflate = true) {
  std::filesystem::path path = test::scratch_path(std::string(name) + ".zip");
  test::ZipBuilder().add("word/document.xml", std::move(xml), deflate).write(path);
  Outcome outcome;
  const auto start = std::chrono::steady_clock::now();
  try {
    ZipArchive archive(path.string(), limits);
    XmlStream stream(archive, *archive.find("word/document.xml"));
    while (stream.read()) {
      if (stream.start_element()) ++outcome.elements;
      if (stream.node() == XmlStream::Node::kText) outcome.text += stream.text();
    }
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    outcome.cause = error.cause();
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

std::string nested_elements(int levels, std::string_view inner = {}) {
  std::string xml;
  for (int i = 0; i < levels; ++i) xml += "<a>";
  xml += inner;
  for (int i = 0; i < levels; ++i) xml += "</a>";
  return xml;
}

std::string with_attributes(int count, std::string_view name = "a") {
  std::string xml = "<e";
  for (int i = 0; i < count; ++i) xml += " " + std::string(name) + std::to_string(i) + "=\"\"";
  return xml + "/>";
}

// ---- nesting
// --------------------------------------------------------------------------------------

TEST(XmlLimits, NestingDeeperThanTheCapIsRefusedInOurWords) {
  Outcome outcome = read_part("depth_default", "<?xml version=\"1.0\"?>\n" + nested_elements(300));
  EXPECT_EQ(outcome.cause, "XML nested deeper than 256 levels in word/document.xml at line 2");
}

TEST(XmlLimits, NestingUpToTheCapIsRead) {
  EXPECT_EQ(read_part("depth_256", nested_elements(256, "deep")).text, "deep");
}

TEST(XmlLimits, TheDepthCapIsOursNotLibxml2s) {
  PackageLimits limits;
  limits.max_xml_depth = 400;  // past libxml2's own 256, which XML_PARSE_HUGE lifts
  EXPECT_EQ(read_part("depth_400", nested_elements(399, "x"), limits).elements, 399);
  limits.max_xml_depth = 8;
  EXPECT_EQ(read_part("depth_8", nested_elements(9), limits).cause,
            "XML nested deeper than 8 levels in word/document.xml at line 1");
}

TEST(XmlLimits, AMillionLevelsAreRefusedQuickly) {
  Outcome outcome = read_part("depth_million", nested_elements(1000000), {}, false);
  EXPECT_EQ(outcome.cause, "XML nested deeper than 256 levels in word/document.xml at line 1");
  EXPECT_LT(outcome.seconds, 5.0);
}

// ---- text ---------------------------------------------------------------------------------------

TEST(XmlLimits, ATextNodeOf20MegabytesIsRead) {
  // libxml2 refuses text nodes over 10 MB unless XML_PARSE_HUGE; max_part_bytes bounds them.
  const std::string text(20 << 20, 'x');
  Outcome outcome = read_part("huge_text", "<w:t xmlns:w=\"urn:w\">" + text + "</w:t>", {}, false);
  EXPECT_EQ(outcome.cause, "");
  EXPECT_EQ(outcome.text.size(), text.size());
}

TEST(XmlLimits, ATextNodeIsNeverLargerThanItsPart) {
  PackageLimits limits;
  limits.max_part_bytes = 1 << 20;
  EXPECT_EQ(read_part("huge_text_capped", "<t>" + std::string(2 << 20, 'x') + "</t>", limits).cause,
            "zip entry word/document.xml declares 2097159 bytes uncompressed, more than the limit "
            "of 1048576 per part");
}

// ---- characters
// -----------------------------------------------------------------------------------

TEST(XmlLimits, InvalidUtf8IsNamedWithItsPlaceAndBytes) {
  EXPECT_EQ(read_part("bad_utf8", "<?xml version=\"1.0\"?>\n<a>\n<b>x\xC3\x28y</b></a>").cause,
            "invalid UTF-8 in word/document.xml at line 3 (bytes 0xC3 0x28 0x79 0x3C)");
}

TEST(XmlLimits, Gb18030BytesDeclaredAsUtf8AreInvalidUtf8) {
  // "项目" in GB18030 under an XML declaration (and OOXML default) of UTF-8.
  Outcome outcome = read_part("gbk_as_utf8",
                              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<a>\xCF\xEE\xC4\xBF</a>");
  EXPECT_EQ(outcome.cause.rfind("invalid UTF-8 in word/document.xml at line 2 (bytes 0xCF", 0), 0u)
      << outcome.cause;
}

TEST(XmlLimits, ControlCharactersAreNamedWithTheirPlace) {
  EXPECT_EQ(read_part("control_text", "<a>\n<b>x\x01y</b></a>").cause,
            "control character U+0001 in word/document.xml at line 2 (XML 1.0 forbids it)");
  EXPECT_EQ(read_part("control_reference", "<a>\n\n<b>x&#27;y</b></a>").cause,
            "control character U+001B in word/document.xml at line 3 (XML 1.0 forbids it)");
  EXPECT_EQ(read_part("control_attribute", "<a>\n<b v=\"\x02\"/></a>").cause,
            "a character XML 1.0 forbids in an attribute value in word/document.xml at line 2");
}

TEST(XmlLimits, NoncharactersAreNamedToo) {
  EXPECT_EQ(read_part("noncharacter", "<a>\xEF\xBF\xBE</a>").cause,
            "character U+FFFE in word/document.xml at line 1 (XML 1.0 forbids it)");
}

TEST(XmlLimits, TabsLineBreaksAndAllOfUnicodeAreFine) {
  EXPECT_EQ(read_part("fine_text", "<a>\t\r\n\xE4\xB8\xAD\xF0\x9F\x98\x80&#x10FFFD;</a>").text,
            "\t\n\xE4\xB8\xAD\xF0\x9F\x98\x80\xF4\x8F\xBF\xBD");
}

// ---- attributes and namespace declarations
// --------------------------------------------------------

TEST(XmlLimits, AnElementWithTooManyAttributesIsRefusedBeforeLibxml2SeesIt) {
  EXPECT_EQ(read_part("attributes_512", with_attributes(512)).cause, "");
  EXPECT_EQ(read_part("attributes_513", "<r>\n" + with_attributes(513) + "</r>").cause,
            "more than 512 attributes on one element in word/document.xml at line 2");
  // libxml2 2.9 compares each attribute with every earlier one: 100,000 take it half a minute.
  Outcome outcome = read_part("attributes_100k", with_attributes(100000));
  EXPECT_EQ(outcome.cause,
            "more than 512 attributes on one element in word/document.xml at line 1");
  EXPECT_LT(outcome.seconds, 5.0);
}

TEST(XmlLimits, TooManyNamespaceDeclarationsInScopeAreRefused) {
  // libxml2 2.9 looks each prefixed name up through every declaration in scope: 200 levels of
  // 256 declarations over 300,000 elements (3 MB) take it a minute.
  std::string xml = "<w:r xmlns:w=\"urn:w\">";
  for (int level = 0; level < 200; ++level) {
    xml += "<e" + std::to_string(level);
    for (int i = 0; i < 256; ++i) {
      xml += " xmlns:p" + std::to_string(i) + "_" + std::to_string(level) +
             "=\"urn:" + std::to_string(i) + "\"";
    }
    xml += ">";
  }
  for (int i = 0; i < 300000; ++i) xml += "<w:x/>";
  Outcome outcome = read_part("namespaces_nested", xml);
  EXPECT_EQ(outcome.cause,
            "more than 256 XML namespace declarations in scope in word/document.xml at line 1");
  EXPECT_LT(outcome.seconds, 5.0);
}

TEST(XmlLimits, NamespaceDeclarationsGoOutOfScopeWithTheirElement) {
  // Producers that declare the namespace on every element are fine, however many elements.
  std::string xml = "<r xmlns=\"urn:r\">";
  for (int i = 0; i < 5000; ++i) {
    xml += "<c xmlns=\"urn:c\" xmlns:x=\"urn:x\"><x:v/></c><d xmlns:y=\"urn:y\" y:a='1'/>";
  }
  xml += "</r>";
  Outcome outcome = read_part("namespaces_siblings", xml);
  EXPECT_EQ(outcome.cause, "");
  EXPECT_EQ(outcome.elements, 1 + 5000 * 3);
}

TEST(XmlLimits, MarkupInCommentsCdataValuesAndInstructionsIsNotCounted) {
  const std::string many = with_attributes(1000);
  std::string value;
  for (int i = 0; i < 1000; ++i) value += "a=b ";
  Outcome outcome =
      read_part("markup_elsewhere", "<?pi " + many + "?><!-- " + many + " --><r v=\"" + value +
                                        "\" w='" + value + "'><![CDATA[" + many + "]]></r>");
  EXPECT_EQ(outcome.cause, "");
  EXPECT_EQ(outcome.elements, 1);
}

TEST(XmlLimits, Utf16PartsAreGuardedAndRead) {
  auto utf16le = [](std::string_view ascii) {
    std::string bytes = "\xFF\xFE";
    for (char c : ascii) {
      bytes.push_back(c);
      bytes.push_back('\0');
    }
    return bytes;
  };
  EXPECT_EQ(read_part("utf16_fine", utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                                            "<a b=\"1\">text</a>"))
                .text,
            "text");
  EXPECT_EQ(read_part("utf16_attributes", utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" +
                                                  with_attributes(600)))
                .cause,
            "more than 512 attributes on one element in word/document.xml at line 2");
}

// ---- DTDs and entities
// ----------------------------------------------------------------------------

std::string billion_laughs(std::string_view use) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    xml += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) xml += "&l" + std::to_string(i - 1) + ";";
    xml += "\">\n";
  }
  return xml + "]>\n" + std::string(use);
}

TEST(XmlLimits, BillionLaughsInAnAttributeIsRefusedQuickly) {
  // The shape that XML_PARSE_HUGE alone would let libxml2 expand to 3 GB: the prolog is checked
  // by a parser that keeps its caps, and refused before the part is parsed in earnest.
  Outcome outcome = read_part("lol_attribute", billion_laughs("<r a=\"&l9;\">x</r>"));
  EXPECT_EQ(outcome.cause.rfind("refused XML in word/document.xml at line", 0), 0u)
      << outcome.cause;
  EXPECT_NE(outcome.cause.find("a DOCTYPE declaring entities"), std::string::npos);
  EXPECT_LT(outcome.seconds, 5.0);
}

TEST(XmlLimits, EntitiesUsedInTheFirstBytesAreRefusedQuickly) {
  Outcome outcome = read_part("lol_text", billion_laughs("<r>&l9;&l9;&l9;</r>"));
  EXPECT_NE(outcome.cause.find("a DOCTYPE declaring entities"), std::string::npos) << outcome.cause;
  EXPECT_LT(outcome.seconds, 5.0);
}

TEST(XmlLimits, ExternalEntitiesAndDtdsAreNeverFetched) {
  for (const std::string& doctype :
       {std::string("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"),
        std::string("<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>"),
        std::string("<!DOCTYPE r SYSTEM \"file:///etc/passwd\">"),
        std::string("<!DOCTYPE r PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x.dtd\">")}) {
    Outcome outcome = read_part("xxe", "<?xml version=\"1.0\"?>\n" + doctype + "\n<r>&x;</r>");
    EXPECT_EQ(outcome.cause.rfind("refused XML in word/document.xml at line", 0), 0u)
        << doctype << ": " << outcome.cause;
    EXPECT_EQ(outcome.text.find("root:"), std::string::npos);
  }
}

TEST(XmlLimits, AnyInternalSubsetIsRefusedButABareDoctypeIsRead) {
  EXPECT_NE(read_part("subset", "<!DOCTYPE r [<!ELEMENT r ANY>]><r/>").cause.find("DOCTYPE"),
            std::string::npos);
  EXPECT_NE(read_part("subset_comment", "<!DOCTYPE r [<!-- ' -->]><r/>").cause.find("DOCTYPE"),
            std::string::npos);
  EXPECT_EQ(read_part("bare_doctype", "<!DOCTYPE r><r>ok</r>").text, "ok");
}

}  // namespace
}  // namespace kpiconv::ooxml
