#include "formats/ooxml/part_name.h"

#include <gtest/gtest.h>

namespace kpiconv::ooxml {
namespace {

TEST(PartName, PercentDecodeDecodesEscapesAndKeepsMalformedOnes) {
  EXPECT_EQ(percent_decode("media/image%201.png"), "media/image 1.png");
  EXPECT_EQ(percent_decode("%E5%B7%A5.xml"), "\xE5\xB7\xA5.xml");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz"), "%zz");
}

TEST(PartName, PartKeyIgnoresLeadingSlashAndAsciiCase) {
  EXPECT_EQ(part_key("/Word/Document.XML"), "word/document.xml");
  EXPECT_TRUE(same_part("/word/document.xml", "WORD/document.xml"));
  EXPECT_TRUE(same_part("word/my%20doc.xml", "word/my doc.xml"));
  EXPECT_FALSE(same_part("word/document.xml", "word/document2.xml"));
}

TEST(PartName, FolderOfAPart) {
  EXPECT_EQ(part_folder("word/document.xml"), "word/");
  EXPECT_EQ(part_folder("word/theme/theme1.xml"), "word/theme/");
  EXPECT_EQ(part_folder("document.xml"), "");
}

TEST(PartName, RelationshipsPartOfASource) {
  EXPECT_EQ(relationships_part_for(""), "_rels/.rels");
  EXPECT_EQ(relationships_part_for("word/document.xml"), "word/_rels/document.xml.rels");
  EXPECT_EQ(relationships_part_for("/word/blah_blah.xml"), "word/_rels/blah_blah.xml.rels");
  EXPECT_EQ(relationships_part_for("root.xml"), "_rels/root.xml.rels");
}

TEST(PartName, ResolveTargetRelativeToTheSourceFolder) {
  EXPECT_EQ(resolve_target("word/document.xml", "styles.xml"), "word/styles.xml");
  EXPECT_EQ(resolve_target("", "word/document.xml"), "word/document.xml");
  EXPECT_EQ(resolve_target("word/document.xml", "./media/a.png"), "word/media/a.png");
}

TEST(PartName, ResolveAbsoluteTarget) {
  EXPECT_EQ(resolve_target("", "/word/document2.xml"), "word/document2.xml");
  EXPECT_EQ(resolve_target("word/document.xml", "/customXml/item1.xml"), "customXml/item1.xml");
}

TEST(PartName, ResolveDotDotAndPercentEscapes) {
  EXPECT_EQ(resolve_target("word/document.xml", "../docProps/core.xml"), "docProps/core.xml");
  EXPECT_EQ(resolve_target("xl/worksheets/sheet1.xml", "../drawings/drawing%201.xml"),
            "xl/drawings/drawing 1.xml");
  EXPECT_EQ(resolve_target("word/document.xml", "styles.xml#frag"), "word/styles.xml");
}

TEST(PartName, ResolveRefusesTargetsOutsideThePackage) {
  EXPECT_EQ(resolve_target("word/document.xml", "../../etc/passwd"), std::nullopt);
  EXPECT_EQ(resolve_target("", ".."), std::nullopt);
  EXPECT_EQ(resolve_target("word/document.xml", ""), std::nullopt);
}

}  // namespace
}  // namespace kpiconv::ooxml
