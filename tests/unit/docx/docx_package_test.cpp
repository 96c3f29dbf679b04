// The DOCX reader around the main part: which packages it claims, how it finds the main part,
// Strict namespaces, styles, core properties and the errors it gives.
#include <gtest/gtest.h>

#include "converter/error.h"
#include "converter/registry/format.h"
#include "formats/docx/docx_reader.h"
#include "support/zip_builder.h"
#include "unit/docx/docx_fixture.h"

namespace kpiconv::docx_test {

using test::read_bytes;
using test::scratch_path;
using test::write_bytes;
using test::ZipBuilder;
namespace {

constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults/><w:latentStyles/>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>)"
    R"(<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:customStyle="1" w:styleId="MyHeading"><w:name w:val="我的标题"/>)"
    R"(<w:basedOn w:val="1"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/>)"
    R"(<w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="1Char"><w:name w:val="heading 1 Char"/></w:style>)"
    R"(</w:styles>)";

std::string styled(std::string_view style_id, std::string_view text, std::string_view extra = {}) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + std::string(style_id) + "\"/>" + std::string(extra) +
         "</w:pPr><w:r><w:t>" + std::string(text) + "</w:t></w:r></w:p>";
}

TEST(DocxPackage, StrictNamespacesEverywhere) {
  DocxSpec spec;
  spec.strict = true;
  spec.body = para("严格") + table(row(cell("a") + cell("b", "<w:gridSpan w:val=\"2\"/>")) +
                                       row(cell("c", "<w:vMerge w:val=\"restart\"/>")) +
                                       row(cell("", "<w:vMerge/>")),
                                   3);
  spec.styles_xml = std::string(kStyles);
  // The styles part in Strict too.
  const std::string transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  spec.styles_xml.replace(spec.styles_xml.find(transitional), transitional.size(),
                          "http://purl.oclc.org/ooxml/wordprocessingml/main");
  spec.body += styled("1", "标题");
  Document document = read_docx(write_docx("strict", spec));
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(paragraph_block(document, 0).text, "严格");
  const Table& t = table_block(document, 1);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.at(0, 1)->col_span, 2);
  EXPECT_EQ(t.at(1, 0)->row_span, 2);
  EXPECT_EQ(paragraph_block(document, 2).style, "heading 1");
  EXPECT_EQ(paragraph_block(document, 2).outline_level, 0);
}

TEST(DocxPackage, ByteOrderMarkBeforeTheXmlDeclaration) {
  DocxSpec spec;
  spec.bom = true;
  spec.body = para("bom");
  Document document = read_docx(write_docx("bom", spec));
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(paragraph_block(document, 0).text, "bom");
}

TEST(DocxPackage, MainPartRenamed) {
  DocxSpec spec;
  spec.main_part = "word/blah_blah.xml";
  spec.body = table(row(cell("renamed")), 1);
  Document document = read_docx(write_docx("renamed_main", spec));
  ASSERT_EQ(document.blocks.size(), 1u);
  const Table& renamed = table_block(document, 0);
  EXPECT_EQ(renamed.place_of(renamed.cells[0]).to_string(),
            "word/blah_blah.xml#tbl[1]/tr[1]/tc[1]");
}

TEST(DocxPackage, MainPartThroughAnAbsoluteTarget) {
  DocxSpec spec;
  spec.main_part = "word/document2.xml";
  spec.main_target = "/word/document2.xml";
  spec.body = para("online");
  spec.styles_xml = kStyles;
  Document document = read_docx(write_docx("absolute_main", spec));
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(paragraph_block(document, 0).where.part, "word/document2.xml");
  EXPECT_EQ(paragraph_block(document, 0).style, "Normal");
}

TEST(DocxPackage, MissingMainPartIsClaimedAndExplained) {
  std::filesystem::path path = scratch_path("missing_main.docx");
  ZipBuilder()
      .add("[Content_Types].xml",
           R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)")
      .add("word/styles.xml", kStyles)
      .write(path);
  EXPECT_TRUE(DocxReader().claims(InputProbe(path.string())));
  EXPECT_EQ(read_error(path), "no main document part (word/document.xml)");
}

TEST(DocxPackage, DanglingMainPartIsExplained) {
  DocxSpec spec;
  spec.main_target = "word/gone.xml";
  spec.body = para("never read");
  std::string cause = read_error(write_docx("dangling_main", spec));
  EXPECT_EQ(cause,
            "no main document part (word/document.xml): _rels/.rels points to "
            "word/gone.xml, which is not in the archive");
}

TEST(DocxPackage, OtherPackagesAreNotClaimed) {
  std::filesystem::path xlsx = scratch_path("not_word.xlsx");
  ZipBuilder()
      .add(
          "[Content_Types].xml",
          R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)")
      .add(
          "_rels/.rels",
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")
      .add("xl/workbook.xml", "<workbook/>")
      .write(xlsx);
  EXPECT_FALSE(DocxReader().claims(InputProbe(xlsx.string())));

  std::filesystem::path plain_zip = scratch_path("plain.zip");
  ZipBuilder().add("notes.txt", "hello").write(plain_zip);
  EXPECT_FALSE(DocxReader().claims(InputProbe(plain_zip.string())));

  std::filesystem::path text = scratch_path("text.docx");
  write_bytes(text, "not a zip at all");
  EXPECT_FALSE(DocxReader().claims(InputProbe(text.string())));
}

TEST(DocxPackage, ZipOfWordPartsWithoutContentTypesIsExplained) {
  std::filesystem::path path = scratch_path("no_content_types.docx");
  ZipBuilder().add("word/document.xml", document_xml(para("x"))).write(path);
  EXPECT_TRUE(DocxReader().claims(InputProbe(path.string())));
  EXPECT_EQ(read_error(path), "not an OPC package ([Content_Types].xml is missing)");
}

TEST(DocxPackage, TruncatedZipIsUnreadableAtClaim) {
  DocxSpec spec;
  spec.body = para("x");
  std::string bytes = read_bytes(write_docx("to_truncate", spec));
  std::filesystem::path path = scratch_path("truncated.docx");
  write_bytes(path, std::string_view(bytes).substr(0, 300));
  try {
    DocxReader().claims(InputProbe(path.string()));
    FAIL() << "claims() accepted a truncated zip";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_EQ(error.cause(),
              "damaged or truncated zip archive (the central directory is missing or unreadable)");
  }
}

TEST(DocxPackage, CoreTitleIsReadAsWritten) {
  DocxSpec spec;
  spec.body = para("x");
  spec.core_xml =
      R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties )"
      R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
      R"(xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>me</dc:creator>)"
      R"(<dc:title>  2024年预算绩效文本 
</dc:title></cp:coreProperties>)";
  Document document = read_docx(write_docx("core_title", spec));
  EXPECT_EQ(document.metadata.title, "  2024年预算绩效文本 \n");  // the recognizer trims
}

TEST(DocxPackage, StyleNamesAndOutlineLevels) {
  DocxSpec spec;
  spec.styles_xml = kStyles;
  spec.body = para("plain") + styled("Title", "title") + styled("1", "chapter") +
              styled("MyHeading", "inherits") + styled("Body", "body text") +
              styled("1", "own level", "<w:outlineLvl w:val=\"2\"/>") +
              styled("Unknown", "unknown id") +
              styled("a", "body again", "<w:outlineLvl w:val=\"9\"/>");
  Document document = read_docx(write_docx("styles", spec));
  ASSERT_EQ(document.blocks.size(), 8u);
  auto style = [&](size_t i) { return paragraph_block(document, i).style; };
  auto level = [&](size_t i) { return paragraph_block(document, i).outline_level; };
  EXPECT_EQ(style(0), "Normal");
  EXPECT_EQ(level(0), -1);
  EXPECT_EQ(style(1), "Title");
  EXPECT_EQ(level(1), -1);
  EXPECT_EQ(style(2), "heading 1");
  EXPECT_EQ(level(2), 0);
  EXPECT_EQ(style(3), "我的标题");
  EXPECT_EQ(level(3), 0);
  EXPECT_EQ(style(4), "Body Text");
  EXPECT_EQ(level(4), -1);
  EXPECT_EQ(level(5), 2);
  EXPECT_EQ(style(6), "Unknown");
  EXPECT_EQ(level(6), -1);
  EXPECT_EQ(level(7), -1);
}

TEST(DocxPackage, TextBoxParagraphStylesDoNotLeakIntoTheHost) {
  DocxSpec spec;
  spec.styles_xml = kStyles;
  spec.body =
      "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>host</w:t></w:r><w:r><w:pict>"
      "<v:shape><v:textbox><w:txbxContent>" +
      styled("1", "boxed heading") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
  Document document = read_docx(write_docx("textbox_styles", spec));
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 0).text, "host");
  EXPECT_EQ(paragraph_block(document, 0).style, "Title");
  EXPECT_EQ(paragraph_block(document, 0).outline_level, -1);
  EXPECT_EQ(paragraph_block(document, 1).style, "heading 1");
  EXPECT_EQ(paragraph_block(document, 1).outline_level, 0);
}

TEST(DocxPackage, DamagedStylesCostTheNamesNotTheDocument) {
  DocxSpec spec;
  spec.styles_xml = "<w:styles><broken";
  spec.body = para("still read");
  Document document = read_docx(write_docx("damaged_styles", spec));
  ASSERT_EQ(document.blocks.size(), 1u);
  EXPECT_EQ(paragraph_block(document, 0).text, "still read");
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_NE(document.warnings[0].message.find("malformed XML in word/styles.xml"),
            std::string::npos)
      << document.warnings[0].message;
}

TEST(DocxPackage, AltChunkIsNotReadButWarned) {
  Document document = read_body("alt_chunk", para("host") + "<w:altChunk r:id=\"rId8\"/>");
  ASSERT_EQ(document.blocks.size(), 1u);
  ASSERT_EQ(document.warnings.size(), 1u);
  EXPECT_EQ(document.warnings[0].where.to_string(), "word/document.xml#altChunk[1]");
  EXPECT_NE(document.warnings[0].message.find("w:altChunk"), std::string::npos);
}

TEST(DocxPackage, MalformedMainPartNamesTheLine) {
  DocxSpec spec;
  spec.document_xml = document_xml(para("x")) + "\n<extra/>";
  EXPECT_EQ(read_error(write_docx("malformed_main", spec))
                .rfind("malformed XML in word/document.xml at line 3: ", 0),
            0u);
}

TEST(DocxPackage, DoctypeWithEntitiesIsRefused) {
  DocxSpec spec;
  std::string document = document_xml(para("&e;"));
  spec.document_xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY e \"boom\">]>\n" +
                      document.substr(document.find("<w:document"));
  std::string cause = read_error(write_docx("doctype_main", spec));
  EXPECT_EQ(cause.rfind("refused XML in word/document.xml at line", 0), 0u) << cause;
}

TEST(DocxPackage, RootThatIsNotADocumentIsUnreadable) {
  DocxSpec spec;
  spec.document_xml =
      R"(<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>)";
  EXPECT_EQ(read_error(write_docx("wrong_root", spec)),
            "the main part is not a WordprocessingML document (its root element is "
            "<glossaryDocument>)");
}

}  // namespace
}  // namespace kpiconv::docx_test
