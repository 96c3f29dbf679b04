// One long token of a part: read whole when within kMaxXmlTokenBytes, refused past it. (How long
// reading one takes is measured by bench/run_benchmarks.sh, never here.)
#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/ooxml/limits.h"
#include "formats/ooxml/xml_markup_guard.h"
#include "formats/ooxml/xml_stream.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

// Scans `open`, then `bytes` filler bytes a megabyte at a time, then `close`; the cause of a
// refusal, or "".
std::string guard_cause(std::string_view open, std::uint64_t bytes, std::string_view close) {
  MarkupGuard guard(PackageLimits{}, "f.docx", "word/document.xml");
  const std::string megabyte(1 << 20, 'x');
  try {
    guard.scan(open);
    for (; bytes >= megabyte.size(); bytes -= megabyte.size()) guard.scan(megabyte);
    guard.scan(std::string(bytes, 'x'));
    guard.scan(close);
  } catch (const Error& error) {
    return error.cause();
  }
  return "";
}

const std::string kRefused =
    "an XML text, attribute value, comment or other piece of markup of more than 64 MB in "
    "word/document.xml at line 2";

TEST(XmlToken, EveryKindIsReadUpToTheCapAndRefusedPastIt) {
  const std::pair<const char*, const char*> kinds[] = {
      {"<a>\n<b v=\"", "\"/></a>"},  {"<a>\n<b>", "</b></a>"},      {"<a>\n<!--", "--></a>"},
      {"<a>\n<![CDATA[", "]]></a>"}, {"<a>\n<?kpiconv ", "?></a>"}, {"<a>\n<b v='", "'/></a>"},
  };
  for (const auto& [open, close] : kinds) {
    // A processing instruction's target and the closing "--", "]]" or "?" count with the token.
    EXPECT_EQ(guard_cause(open, kMaxXmlTokenBytes - 16, close), "") << open;
    EXPECT_EQ(guard_cause(open, kMaxXmlTokenBytes + 1, close), kRefused) << open;
  }
}

// The streaming reader takes each long token whole and right (a long attribute value, comment,
// CDATA section or processing instruction once cost it the square of its length).
TEST(XmlToken, LongTokensAreReadWhole) {
  const std::string filler(20 << 20, 'y');
  struct Case {
    std::string xml;
    std::string text;   // what the text nodes hold
    std::string value;  // the attribute v of <b>, if any
  };
  const Case cases[] = {
      {"<a><b v=\"" + filler + "\"/>end</a>", "end", filler},
      {"<a><!--" + filler + "-->end</a>", "end", ""},
      {"<a><![CDATA[" + filler + "]]>end</a>", filler + "end", ""},
      {"<a><?pi " + filler + "?>end</a>", "end", ""},
  };
  int number = 0;
  for (const Case& one : cases) {
    std::filesystem::path path =
        test::scratch_path("long_token" + std::to_string(++number) + ".zip");
    test::ZipBuilder().add("word/document.xml", one.xml, /*compress=*/false).write(path);
    ZipArchive archive(path.string(), {});
    XmlStream stream(archive, *archive.find("word/document.xml"));
    std::string text, value;
    while (stream.read()) {
      if (stream.node() == XmlStream::Node::kText) text += stream.text();
      if (stream.start_element() && stream.local_name() == "b") {
        value = std::string(stream.attribute(Ns::kNone, "v").value_or(""));
      }
    }
    EXPECT_EQ(text.size(), one.text.size()) << number;
    EXPECT_EQ(text, one.text) << number;
    EXPECT_EQ(value, one.value) << number;
  }
}

}  // namespace
}  // namespace kpiconv::ooxml
