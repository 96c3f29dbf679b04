// What a paragraph's text is made of: runs, special characters, symbols, fields, tracked changes,
// content controls and the transparent wrappers around runs.
#include <gtest/gtest.h>

#include "unit/docx/docx_fixture.h"

namespace kpiconv::docx_test {
namespace {

std::string run(std::string_view inner) {
  return "<w:r>" + std::string(inner) + "</w:r>";
}
std::string text_run(std::string_view text) {
  return run("<w:t xml:space=\"preserve\">" + std::string(text) + "</w:t>");
}

// The text of the only paragraph of a body made of `paragraph_inner`.
std::string paragraph_text(std::string_view name, std::string_view paragraph_inner) {
  Document document = read_body(name, "<w:p>" + std::string(paragraph_inner) + "</w:p>");
  EXPECT_EQ(document.blocks.size(), 1u);
  return paragraph_block(document, 0).text;
}

TEST(DocxText, RunsAreJoined) {
  EXPECT_EQ(paragraph_text("runs", text_run("项目") + run("<w:rPr><w:b/></w:rPr><w:t>名称</w:t>") +
                                       text_run(" end ")),
            "项目名称 end ");
}

TEST(DocxText, BreaksAndTabs) {
  EXPECT_EQ(paragraph_text("breaks", run("<w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t>"
                                         "<w:tab/><w:t>d</w:t><w:ptab w:relativeTo=\"margin\" "
                                         "w:alignment=\"right\" w:leader=\"none\"/><w:t>e</w:t>"
                                         "<w:br w:type=\"page\"/>")),
            "a\nb\nc\td\te\n");
}

TEST(DocxText, NoBreakHyphenAndSoftHyphen) {
  EXPECT_EQ(paragraph_text(
                "hyphens",
                run("<w:t>co</w:t><w:noBreakHyphen/><w:t>op</w:t><w:softHyphen/><w:t>er</w:t>")),
            "co-oper");
}

TEST(DocxText, SymbolFontSymMapsToUnicode) {
  std::string syms;
  for (const char* code : {"F0B3", "F0A3", "F0B1", "F0B4", "F0B8", "F0B0", "F061", "F0AE", "B3"}) {
    syms += run(std::string("<w:sym w:font=\"Symbol\" w:char=\"") + code + "\"/>");
  }
  EXPECT_EQ(paragraph_text("sym_symbol", text_run("x") + syms), "x≥≤±×÷°α→≥");
}

TEST(DocxText, WingdingsSymKeepsItsCodePoint) {
  EXPECT_EQ(paragraph_text("sym_wingdings", run("<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>")),
            "\xEF\x83\xBC");  // U+F0FC
}

TEST(DocxText, OtherFontSymIsTheCodeAsUnicode) {
  EXPECT_EQ(paragraph_text("sym_other", run("<w:sym w:font=\"SimSun\" w:char=\"2265\"/>") +
                                            run("<w:sym w:font=\"SimSun\" w:char=\"zz\"/>")),
            "≥");
}

TEST(DocxText, TrackedInsertionKeptDeletionDropped) {
  EXPECT_EQ(
      paragraph_text("ins_del", text_run("a") + "<w:ins w:id=\"1\" w:author=\"x\">" +
                                    text_run("new") + "</w:ins><w:del w:id=\"2\" w:author=\"x\">" +
                                    run("<w:delText>old</w:delText>") + "</w:del>" + text_run("z")),
      "anewz");
}

TEST(DocxText, MoveFromDroppedMoveToKept) {
  EXPECT_EQ(paragraph_text("moves", "<w:moveFromRangeStart w:id=\"1\" w:name=\"m\"/><w:moveFrom>" +
                                        text_run("moved away") +
                                        "</w:moveFrom><w:moveFromRangeEnd w:id=\"1\"/><w:moveTo>" +
                                        text_run("moved here") + "</w:moveTo>"),
            "moved here");
}

TEST(DocxText, DelInstrTextIsIgnored) {
  EXPECT_EQ(paragraph_text("del_instr",
                           run("<w:delInstrText> PAGE </w:delInstrText>") + text_run("kept")),
            "kept");
}

TEST(DocxText, HyperlinkIsTransparent) {
  EXPECT_EQ(paragraph_text("hyperlink", text_run("see ") + "<w:hyperlink r:id=\"rId5\">" +
                                            text_run("the site") + "</w:hyperlink>"),
            "see the site");
}

TEST(DocxText, SimpleFieldKeepsItsResult) {
  EXPECT_EQ(paragraph_text("fld_simple", text_run("表") +
                                             "<w:fldSimple w:instr=\" SEQ 表 \\* ARABIC \">" +
                                             text_run("3") + "</w:fldSimple>"),
            "表3");
}

TEST(DocxText, ComplexFieldKeepsTheResultNotTheInstruction) {
  EXPECT_EQ(
      paragraph_text("fld_complex",
                     text_run("Table ") + run("<w:fldChar w:fldCharType=\"begin\"/>") +
                         run("<w:instrText xml:space=\"preserve\"> SEQ Table </w:instrText>") +
                         run("<w:fldChar w:fldCharType=\"separate\"/>") + text_run("7") +
                         run("<w:fldChar w:fldCharType=\"end\"/>") + text_run(": caption")),
      "Table 7: caption");
}

TEST(DocxText, NestedComplexFieldsKeepOnlyTheOuterResult) {
  EXPECT_EQ(paragraph_text("fld_nested",
                           run("<w:fldChar w:fldCharType=\"begin\"/>") +
                               run("<w:instrText>IF </w:instrText>") +
                               run("<w:fldChar w:fldCharType=\"begin\"/>") +
                               run("<w:instrText>MERGEFIELD x</w:instrText>") +
                               run("<w:fldChar w:fldCharType=\"separate\"/>") + text_run("inner") +
                               run("<w:fldChar w:fldCharType=\"end\"/>") +
                               run("<w:instrText> = 1 \"yes\"</w:instrText>") +
                               run("<w:fldChar w:fldCharType=\"separate\"/>") + text_run("yes") +
                               run("<w:fldChar w:fldCharType=\"end\"/>")),
            "yes");
}

TEST(DocxText, UnfinishedFieldDoesNotSwallowTheNextParagraph) {
  Document document =
      read_body("fld_unfinished", "<w:p>" + run("<w:fldChar w:fldCharType=\"begin\"/>") +
                                      text_run("lost") + "</w:p>" + para("next"));
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 0).text, "");
  EXPECT_EQ(paragraph_block(document, 1).text, "next");
}

TEST(DocxText, SmartTagCustomXmlBookmarksAndMarksAreTransparent) {
  EXPECT_EQ(
      paragraph_text(
          "transparent",
          "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/><w:proofErr w:type=\"spellStart\"/>"
          "<w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:smartTagPr><w:attr "
          "w:name=\"n\" w:val=\"v\"/></w:smartTagPr>" +
              text_run("怀来") + "</w:smartTag><w:customXml w:element=\"unit\"><w:customXmlPr/>" +
              text_run("县") +
              "</w:customXml><w:permStart w:id=\"1\" w:edGrp=\"everyone\"/>"
              "<w:commentRangeStart w:id=\"3\"/>" +
              text_run("工信局") +
              "<w:commentRangeEnd w:id=\"3\"/><w:permEnd w:id=\"1\"/>"
              "<w:proofErr w:type=\"spellEnd\"/><w:bookmarkEnd w:id=\"0\"/>" +
              run("<w:commentReference w:id=\"3\"/>")),
      "怀来县工信局");
}

TEST(DocxText, RunLevelContentControl) {
  EXPECT_EQ(
      paragraph_text("sdt_run", text_run("a") +
                                    "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/><w:placeholder>"
                                    "<w:docPart w:val=\"DefaultPlaceholder\"/></w:placeholder>"
                                    "<w:showingPlcHdr/></w:sdtPr><w:sdtEndPr><w:rPr><w:b/>"
                                    "</w:rPr></w:sdtEndPr><w:sdtContent>" +
                                    text_run("b") + "</w:sdtContent></w:sdt>" + text_run("c")),
      "abc");
}

TEST(DocxText, BlockLevelContentControlParagraphs) {
  Document document = read_body("sdt_block_paragraphs",
                                para("one") + "<w:sdt><w:sdtPr/><w:sdtContent>" + para("two") +
                                    para("three") + "</w:sdtContent></w:sdt>" + para("four"));
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(paragraph_block(document, 1).text, "two");
  EXPECT_EQ(paragraph_block(document, 2).where.locator, "p[3]");
  EXPECT_EQ(paragraph_block(document, 3).where.locator, "p[4]");
}

TEST(DocxText, AlternateContentTakesTheFirstChoiceOnly) {
  EXPECT_EQ(paragraph_text("mc_choice",
                           "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + text_run("first") +
                               "</mc:Choice><mc:Choice Requires=\"wps\">" + text_run("second") +
                               "</mc:Choice><mc:Fallback>" + text_run("fallback") +
                               "</mc:Fallback></mc:AlternateContent>"),
            "first");
}

TEST(DocxText, AlternateContentFallbackWhenThereIsNoChoice) {
  EXPECT_EQ(paragraph_text("mc_fallback", run("<mc:AlternateContent><mc:Fallback><w:t>fb</w:t>"
                                              "</mc:Fallback></mc:AlternateContent>")),
            "fb");
}

TEST(DocxText, RubyKeepsTheBaseText) {
  EXPECT_EQ(paragraph_text(
                "ruby", run("<w:ruby><w:rubyPr/><w:rt>" + text_run("pīn") + "</w:rt><w:rubyBase>" +
                            text_run("拼") + "</w:rubyBase></w:ruby>")),
            "拼");
}

TEST(DocxText, OfficeMathText) {
  EXPECT_EQ(
      paragraph_text("math", text_run("x ") + "<m:oMath><m:r><w:rPr/><m:t>a</m:t></m:r><m:r><m:t>≥b"
                                              "</m:t></m:r></m:oMath>"),
      "x a≥b");
}

TEST(DocxText, ParagraphOrdinalsCountBodyParagraphsOnly) {
  Document document = read_body("paragraph_ordinals",
                                para("first") + table(row(cell("in cell")), 1) + para("second"));
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(paragraph_block(document, 0).where.to_string(), "word/document.xml#p[1]");
  EXPECT_EQ(paragraph_block(document, 2).where.locator, "p[2]");
  EXPECT_EQ(paragraph_block(document, 2).text, "second");
}

}  // namespace
}  // namespace kpiconv::docx_test
