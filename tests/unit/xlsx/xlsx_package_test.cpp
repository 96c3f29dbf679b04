// Workbook-level quirks of the XLSX reader: which files it claims, sheet order, names and
// visibility, sheets without cells, namespaces and byte order marks.
#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/xlsx/xlsx_reader.h"
#include "support/zip_builder.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv::xlsx_test {
namespace {

SheetSpec sheet(std::string name, std::string sheet_data, std::string state = {}) {
  SheetSpec spec;
  spec.name = std::move(name);
  spec.sheet_data = std::move(sheet_data);
  spec.state = std::move(state);
  return spec;
}

std::string inline_cell(std::string_view ref, std::string_view text) {
  return R"(<c r=")" + std::string(ref) + R"(" t="inlineStr"><is><t>)" + std::string(text) +
         "</t></is></c>";
}

TEST(XlsxPackage, ClaimsWorkbooksButNotOtherZips) {
  XlsxSpec spec;
  spec.sheets.push_back(sheet("Sheet1", "<row r=\"1\">" + inline_cell("A1", "x") + "</row>"));
  XlsxReader reader;
  EXPECT_TRUE(reader.claims(InputProbe(write_xlsx("claims_workbook", spec).string())));
  const auto zip = test::scratch_path("claims_plain.zip");
  test::ZipBuilder().add("a.txt", "hello").write(zip);
  EXPECT_FALSE(reader.claims(InputProbe(zip.string())));
  const auto text = test::scratch_path("claims_text.xlsx");
  test::write_bytes(text, "a,b\n1,2\n");
  EXPECT_FALSE(reader.claims(InputProbe(text.string())));
}

TEST(XlsxPackage, EachSheetIsANamedParagraphThenItsTable) {
  Document document =
      read_sheet_data("paragraph_then_table", "<row r=\"1\">" + inline_cell("A1", "x") + "</row>");
  ASSERT_EQ(document.blocks.size(), 2u);
  const Paragraph& title = paragraph_block(document, 0);
  EXPECT_EQ(title.text, "Sheet1");
  EXPECT_EQ(title.style, kSheetStyle);
  EXPECT_EQ(title.where.part, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(title.where.locator, "Sheet1");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.where.part, "xl/worksheets/sheet1.xml");
  EXPECT_EQ(table.where.locator, "Sheet1");
  EXPECT_TRUE(document.warnings.empty());
}

TEST(XlsxPackage, SheetOrderComesFromWorkbookXmlNotPartNames) {
  XlsxSpec spec;
  SheetSpec first = sheet("首页", "<row r=\"1\">" + inline_cell("A1", "first") + "</row>");
  first.part = "xl/worksheets/sheet9.xml";
  SheetSpec second = sheet("Data", "<row r=\"1\">" + inline_cell("A1", "second") + "</row>");
  second.part = "xl/worksheets/sheet1.xml";
  spec.sheets = {first, second};
  Document document = read_spec("sheet_order", spec);
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(paragraph_block(document, 0).text, "首页");
  EXPECT_EQ(table_block(document, 1).cells[0].text, "first");
  EXPECT_EQ(table_block(document, 1).where.part, "xl/worksheets/sheet9.xml");
  EXPECT_EQ(paragraph_block(document, 2).text, "Data");
  EXPECT_EQ(table_block(document, 3).cells[0].text, "second");
}

TEST(XlsxPackage, HiddenAndVeryHiddenSheetsAreReadWithAWarning) {
  XlsxSpec spec;
  spec.sheets = {sheet("Shown", "<row r=\"1\">" + inline_cell("A1", "a") + "</row>"),
                 sheet("Secret", "<row r=\"1\">" + inline_cell("A1", "b") + "</row>", "hidden"),
                 sheet("Macro", "<row r=\"1\">" + inline_cell("A1", "c") + "</row>", "veryHidden")};
  Document document = read_spec("hidden_sheets", spec);
  ASSERT_EQ(document.blocks.size(), 6u);
  EXPECT_EQ(paragraph_block(document, 0).style, kSheetStyle);
  EXPECT_EQ(paragraph_block(document, 2).style, kHiddenSheetStyle);
  EXPECT_EQ(paragraph_block(document, 4).style, kHiddenSheetStyle);
  EXPECT_EQ(table_block(document, 5).cells[0].text, "c");
  EXPECT_TRUE(has_warning(document, "sheet \"Secret\" is hidden"));
  EXPECT_TRUE(has_warning(document, "sheet \"Macro\" is hidden"));
  EXPECT_FALSE(has_warning(document, "Shown"));
}

TEST(XlsxPackage, ChartsheetIsSkippedWithAWarningNamingIt) {
  XlsxSpec spec;
  SheetSpec chart;
  chart.name = "Chart1";
  chart.kind = "chartsheet";
  spec.sheets = {sheet("Data", "<row r=\"1\">" + inline_cell("A1", "a") + "</row>"), chart,
                 sheet("More", "<row r=\"1\">" + inline_cell("A1", "b") + "</row>")};
  Document document = read_spec("chartsheet", spec);
  ASSERT_EQ(document.blocks.size(), 4u);
  EXPECT_EQ(paragraph_block(document, 2).text, "More");
  EXPECT_TRUE(has_warning(document, "sheet \"Chart1\" is a chartsheet"));
}

TEST(XlsxPackage, SheetWithoutCellsIsAParagraphOnly) {
  XlsxSpec spec;
  spec.sheets = {sheet("Empty", ""), sheet("Rows only", "<row r=\"1\"/><row r=\"2\"/>")};
  Document document = read_spec("empty_sheet", spec);
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(paragraph_block(document, 0).text, "Empty");
  EXPECT_EQ(paragraph_block(document, 1).text, "Rows only");
}

TEST(XlsxPackage, WorkbookWithoutSheetsWarnsAndIsEmpty) {
  Document document = read_spec("no_sheets", XlsxSpec{});
  EXPECT_TRUE(document.blocks.empty());
  EXPECT_TRUE(has_warning(document, "no sheets"));
}

TEST(XlsxPackage, StrictNamespacesEverywhere) {
  XlsxSpec spec;
  spec.strict = true;
  spec.sheets = {sheet("Strict",
                       R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c>)"
                       R"(</row>)")};
  spec.shared_strings = {"<t>严格</t>"};
  Document document = read_spec("strict", spec);
  ASSERT_EQ(document.blocks.size(), 2u);
  const Table& table = table_block(document, 1);
  EXPECT_EQ(text_at(table, 0, 0), "严格");
  EXPECT_EQ(text_at(table, 0, 1), "2.5");
}

TEST(XlsxPackage, ByteOrderMarksBeforeEveryPart) {
  XlsxSpec spec;
  spec.bom = true;
  spec.sheets = {sheet("BOM", R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)")};
  spec.shared_strings = {"<t>with BOM</t>"};
  spec.styles_xml = styles_xml("", {0});
  Document document = read_spec("bom", spec);
  EXPECT_EQ(text_at(table_block(document, 1), 0, 0), "with BOM");
}

TEST(XlsxPackage, TitleFromCoreProperties) {
  XlsxSpec spec;
  spec.sheets = {sheet("S", "")};
  spec.core_xml =
      R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties )"
      R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
      R"(xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>部门预算</dc:title>)"
      R"(</cp:coreProperties>)";
  EXPECT_EQ(read_spec("core_title", spec).metadata.title, "部门预算");
}

TEST(XlsxPackage, DamagedStylesCostTheirFormatsNotTheWorkbook) {
  XlsxSpec spec;
  spec.sheets = {sheet("S", R"(<row r="1"><c r="A1" s="1"><v>0.5</v></c></row>)")};
  spec.styles_xml = "<styleSheet><broken";
  Document document = read_spec("damaged_styles", spec);
  EXPECT_EQ(text_at(table_block(document, 1), 0, 0), "0.5");
  EXPECT_TRUE(has_warning(document, "the styles part ignored"));
}

TEST(XlsxPackage, MalformedWorksheetIsUnreadableWithItsLine) {
  XlsxSpec spec;
  SheetSpec broken;
  broken.part_xml = "<worksheet><sheetData><row></sheetData></worksheet>";
  spec.sheets = {broken};
  const auto path = write_xlsx("malformed_sheet", spec);
  try {
    read_xlsx(path);
    FAIL() << "read a malformed sheet";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_NE(error.cause().find("malformed XML in xl/worksheets/sheet1.xml at line 1"),
              std::string::npos)
        << error.cause();
  }
}

TEST(XlsxPackage, SheetWhosePartIsMissingIsSkippedWithAWarning) {
  // The workbook's relationship names worksheets/gone.xml, which the archive does not hold.
  test::ZipBuilder zip;
  zip.add(
         "[Content_Types].xml",
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>)")
      .add(
          "_rels/.rels",
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")
      .add("xl/workbook.xml",
           R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
           R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
           R"(<sheets><sheet name="Ghost" sheetId="1" r:id="rId1"/></sheets></workbook>)")
      .add(
          "xl/_rels/workbook.xml.rels",
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/gone.xml"/></Relationships>)");
  const auto path = test::scratch_path("missing_part.xlsx");
  zip.write(path);
  Document document = read_xlsx(path);
  EXPECT_TRUE(document.blocks.empty());
  EXPECT_TRUE(has_warning(document, "sheet \"Ghost\" has no part"));
}

}  // namespace
}  // namespace kpiconv::xlsx_test
