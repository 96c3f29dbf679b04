// What each kind of cell shows: shared and inline strings (rich runs, phonetic guides, _xHHHH_
// escapes), cached formula results, booleans, errors, ISO dates, and numbers through their styles.
#include <gtest/gtest.h>

#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv::xlsx_test {
namespace {

TEST(XlsxCells, SharedStringsJoinRichRunsAndSkipPhoneticRuns) {
  Document document = read_sheet_data(
      "shared_rich_phonetic",
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
      R"(<c r="C1" t="s"><v>2</v></c></row>)",
      {"<t>plain</t>",
       R"(<r><t>绩效</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> 目标</t></r>)",
       R"(<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>)"});
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "plain");
  EXPECT_EQ(text_at(table, 0, 1), "绩效 目标");
  EXPECT_EQ(text_at(table, 0, 2), "東京");
}

TEST(XlsxCells, InlineStringsPlainRichAndCdata) {
  Document document = read_sheet_data(
      "inline_strings", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c>)"
                        R"(<c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>)"
                        R"(<c r="C1" t="inlineStr"><is><t><![CDATA[<cdata> & more]]></t></is></c>)"
                        R"(<c r="D1" t="inlineStr"><v>text in v</v></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "inline");
  EXPECT_EQ(text_at(table, 0, 1), "ab");
  EXPECT_EQ(text_at(table, 0, 2), "<cdata> & more");
  EXPECT_EQ(text_at(table, 0, 3), "text in v");  // LibreOffice 4.1 wrote inline text into <v>
}

TEST(XlsxCells, FormulaStringBooleanErrorAndIsoDate) {
  Document document = read_sheet_data(
      "typed_cells",
      R"(<row r="1"><c r="A1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>)"
      R"(<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><f>1=2</f><v>0</v></c>)"
      R"(<c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" t="e"><v>#DIV/0!</v></c>)"
      R"(<c r="F1" t="d"><v>2024-03-31T00:00:00Z</v></c><c r="G1" t="d"><v>2024-03-31T13:45:00</v></c>)"
      R"(<c r="H1" t="d"><v>not a date</v></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "ab");
  EXPECT_EQ(text_at(table, 0, 1), "TRUE");
  EXPECT_EQ(text_at(table, 0, 2), "FALSE");
  EXPECT_EQ(text_at(table, 0, 3), "#N/A");
  EXPECT_EQ(text_at(table, 0, 4), "#DIV/0!");
  EXPECT_EQ(text_at(table, 0, 5), "2024-03-31T00:00:00");
  EXPECT_EQ(text_at(table, 0, 6), "2024-03-31T13:45:00");
  EXPECT_EQ(text_at(table, 0, 7), "not a date");
}

TEST(XlsxCells, IsoDateCellShownThroughItsDateFormat) {
  XlsxSpec spec;
  spec.sheets.push_back(
      worksheet("Sheet1", R"(<row r="1"><c r="A1" t="d" s="1"><v>2024-03-31T00:00:00</v></c>)"
                          R"(<c r="B1" t="d"><v>2024-03-31</v></c></row>)"));
  spec.styles_xml = styles_xml("", {0, 14});
  Document document = read_spec("iso_date_format", spec);
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "2024-03-31");
  EXPECT_EQ(text_at(table, 0, 1), "2024-03-31");
}

TEST(XlsxCells, FormulaShowsItsCachedValueNeverEvaluated) {
  Document document = read_sheet_data(
      "cached_formula",
      R"(<row r="1"><c r="A1"><f>1+1</f><v>3</v></c><c r="B1"><f>SUM(A1:A9)</f></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "3");
  EXPECT_EQ(text_at(table, 0, 1), "");  // no cached value: an empty cell
}

TEST(XlsxCells, NumbersWithoutStyleAreGeneral) {
  Document document = read_sheet_data(
      "general_numbers",
      R"(<row r="1"><c r="A1"><v>24</v></c><c r="B1" t="n"><v>0.30000000000000004</v></c>)"
      R"(<c r="C1"><v>44035.0</v></c><c r="D1"><v>1E+20</v></c><c r="E1"><v> 7 </v></c>)"
      R"(<c r="F1"><v>not a number</v></c></row>)");
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "24");
  EXPECT_EQ(text_at(table, 0, 1), "0.3");
  EXPECT_EQ(text_at(table, 0, 2), "44035");
  EXPECT_EQ(text_at(table, 0, 3), "1E+20");
  EXPECT_EQ(text_at(table, 0, 4), "7");
  EXPECT_EQ(text_at(table, 0, 5), "not a number");
}

TEST(XlsxCells, NumbersShownThroughCustomAndBuiltInFormats) {
  XlsxSpec spec;
  spec.sheets.push_back(worksheet(
      "Sheet1", R"(<row r="1"><c r="A1" s="1"><v>24</v></c><c r="B1" s="2"><v>0.3</v></c>)"
                R"(<c r="C1" s="3"><v>1234.5</v></c><c r="D1" s="4"><v>45382</v></c>)"
                R"(<c r="E1" s="5"><v>2.675</v></c><c r="F1" s="6"><v>0.255</v></c>)"
                R"(<c r="G1" s="99"><v>5</v></c><c r="H1" s="7"><v>45382</v></c></row>)"));
  spec.styles_xml = styles_xml(
      R"(<numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="0.0%"/>)"
      R"(<numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>)",
      {0, 164, 9, 4, 14, 2, 165, 166});
  Document document = read_spec("formatted_numbers", spec);
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "24.00");
  EXPECT_EQ(text_at(table, 0, 1), "30%");
  EXPECT_EQ(text_at(table, 0, 2), "1,234.50");
  EXPECT_EQ(text_at(table, 0, 3), "2024-03-31");
  EXPECT_EQ(text_at(table, 0, 4), "2.68");
  EXPECT_EQ(text_at(table, 0, 5), "25.5%");
  EXPECT_EQ(text_at(table, 0, 6), "5");  // a style index past cellXfs: General
  EXPECT_EQ(text_at(table, 0, 7), "2024-03-31");
}

TEST(XlsxCells, Date1904System) {
  XlsxSpec spec;
  spec.workbook_pr = R"(<workbookPr date1904="1"/>)";
  spec.sheets.push_back(worksheet(
      "Sheet1", R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43920</v></c>)"
                R"(<c r="C1" t="d" s="1"><v>2024-03-31</v></c></row>)"));
  spec.styles_xml = styles_xml("", {0, 14});
  Document document = read_spec("date1904", spec);
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "1904-01-01");
  EXPECT_EQ(text_at(table, 0, 1), "2024-03-31");
  EXPECT_EQ(text_at(table, 0, 2), "2024-03-31");
}

TEST(XlsxCells, XstringEscapesDecoded) {
  Document document = read_sheet_data(
      "x000D_escapes",
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Rich Text_x000d_)"
      "\n"
      R"(Test</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="str"><v>a_x0009_b</v></c>)"
      R"(<c r="E1" t="s"><v>2</v></c></row>)",
      {"<t>line_x000D_\nnext</t>", "<t>_x005F_x0041_ stays, _x0041_ is A, _xZZZZ_ stays</t>",
       "<t>_xD83D__xDE00_</t>"});
  const Table& table = sheet_table(document);
  EXPECT_EQ(text_at(table, 0, 0), "line\r\nnext");
  EXPECT_EQ(text_at(table, 0, 1), "Rich Text\r\nTest");
  EXPECT_EQ(text_at(table, 0, 2), "_x0041_ stays, A is A, _xZZZZ_ stays");
  EXPECT_EQ(text_at(table, 0, 3), "a\tb");
  EXPECT_EQ(text_at(table, 0, 4), "\xF0\x9F\x98\x80");  // U+1F600 from a surrogate pair
}

TEST(XlsxCells, TextWithNewlinesStaysOneText) {
  Document document =
      read_sheet_data("newline_one_paragraph", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>第一行)"
                                               "\n"
                                               R"(第二行</t></is></c></row>)");
  const Cell& cell = sheet_table(document).cells.at(0);
  EXPECT_EQ(cell.text, "第一行\n第二行");
}

}  // namespace
}  // namespace kpiconv::xlsx_test
