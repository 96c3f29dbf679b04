// Every XLSX of the shared third-party corpus (/work/shared/corpus, MANIFEST.tsv) through the
// readers' claims() and read(), without the registry: `reject` files must fail with
// Error(kUnreadable) and a clear cause, `tables` files must give at least one table, `no-tables`
// files none. A few files are pinned cell by cell against what openpyxl reads from them.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "converter/error.h"
#include "converter/registry/format.h"
#include "formats/legacy/cfb_reader.h"
#include "formats/xlsx/xlsx_reader.h"
#include "support/corpus.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv::xlsx_test {
namespace {

const std::filesystem::path kCorpus = test::corpus_dir();

// What the cause of each hostile or broken file must say.
const std::map<std::string, std::string>& expected_causes() {
  static const std::map<std::string, std::string> causes = {
      {"xlsx/calamine_issue252_bad_crc.xlsx", "zip entry xl/_rels/workbook.xml.rels"},
      {"xlsx/poi_54764_billion_laughs.xlsx", "a DOCTYPE declaring entities"},
      {"xlsx/poi_SampleSS_binary_xls_renamed.xlsx", "legacy Excel 97-2003 binary workbook (.xls)"},
      {"xlsx/poi_clusterfuzz_bad_central_dir.xlsx", "damaged or truncated zip archive"},
      {"xlsx/poi_clusterfuzz_bad_crc_sheet.xlsx",
       "zip entry xl/worksheets/sheet8.xml is corrupt (CRC mismatch)"},
      {"xlsx/poi_clusterfuzz_truncated.xlsx", "damaged or truncated zip archive"},
      {"xlsx/poi_poc-shared-strings_amplification.xlsx", "too much text"},
      {"xlsx/poi_poc-xmlbomb.xlsx", "a DOCTYPE declaring entities"},
      {"xlsx/poi_xlsx-corrupted_rels.xlsx", "malformed XML in _rels/.rels"},
      {"xlsx/xlnt_encrypted_agile.xlsx", "password-protected Office document"},
      {"xlsx/xlnt_encrypted_libreoffice.xlsx", "password-protected Office document"},
      {"xlsx/xlnt_encrypted_numbers.xlsx", "password-protected Office document"},
      {"xlsx/xlnt_encrypted_standard.xlsx", "password-protected Office document"},
  };
  return causes;
}

#define REQUIRE_CORPUS()                                    \
  if (!std::filesystem::exists(kCorpus / "MANIFEST.tsv")) { \
    GTEST_SKIP() << "no shared corpus at " << kCorpus;      \
  }

TEST(XlsxCorpus, EveryManifestFileHasItsExpectedOutcome) {
  static const XlsxReader xlsx;
  static const CfbReader cfb;
  test::expect_corpus_outcomes("xlsx/", {&cfb, &xlsx}, expected_causes());
}

Document read_corpus(std::string_view name) {
  return read_xlsx(kCorpus / "xlsx" / std::string(name));
}

// The shape of a cell: where it starts and how far it spans.
struct Span {
  std::string locator;
  int rows;
  int cols;
};

void expect_spans(const Table& table, const std::vector<Span>& spans) {
  std::vector<Span> actual;
  for (const Cell& cell : table.cells) {
    if (cell.row_span > 1 || cell.col_span > 1) {
      actual.push_back(Span{table.place_of(cell).locator, cell.row_span, cell.col_span});
    }
  }
  ASSERT_EQ(actual.size(), spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(actual[i].locator, spans[i].locator);
    EXPECT_EQ(actual[i].rows, spans[i].rows) << spans[i].locator;
    EXPECT_EQ(actual[i].cols, spans[i].cols) << spans[i].locator;
  }
}

// openpyxl: Sheet1 and Sheet2 both max_row 4, max_column 8; merged ranges A1:A2 B1:B2 C1:D2
// C3:D3 C4:D4 E1:E2 F1:F2 G1:G2 H1:H2 and A1:A4 B1:B2 C1:D2 C3:D4 E1:E2 F1:H4; every value is
// its own cell's name.
TEST(XlsxCorpusPinned, MergedRanges) {
  REQUIRE_CORPUS();
  Document document = read_corpus("calamine_merged_range.xlsx");
  ASSERT_EQ(document.blocks.size(), 4u);
  const Table& first = table_block(document, 1);
  EXPECT_EQ(first.rows, 4);
  EXPECT_EQ(first.cols, 8);
  EXPECT_EQ(first.cells.size(), 21u);
  expect_spans(first, {{"Sheet1!A1", 2, 1},
                       {"Sheet1!B1", 2, 1},
                       {"Sheet1!C1", 2, 2},
                       {"Sheet1!E1", 2, 1},
                       {"Sheet1!F1", 2, 1},
                       {"Sheet1!G1", 2, 1},
                       {"Sheet1!H1", 2, 1},
                       {"Sheet1!C3", 1, 2},
                       {"Sheet1!C4", 1, 2}});
  for (const Cell& cell : first.cells) {
    EXPECT_EQ("Sheet1!" + cell.text, first.place_of(cell).locator);
  }
  const Table& second = table_block(document, 3);
  EXPECT_EQ(second.rows, 4);
  EXPECT_EQ(second.cols, 8);
  expect_spans(second, {{"Sheet2!A1", 4, 1},
                        {"Sheet2!B1", 2, 1},
                        {"Sheet2!C1", 2, 2},
                        {"Sheet2!E1", 2, 1},
                        {"Sheet2!F1", 4, 3},
                        {"Sheet2!C3", 2, 2}});
  EXPECT_EQ(second.cells.size(), 10u);
  for (int32_t owner : second.owner) EXPECT_GE(owner, 0);  // the merges tile the sheet
  EXPECT_EQ(text_at(second, 3, 7), "F1");
}

// openpyxl: epoch 1904-01-01; A1 2021-01-01, A2 2021-01-02 (yyyy\-mm\-dd), A3 10 days 54610 s
// ([hh]:mm:ss), B1:B3 15, 16, 17.
TEST(XlsxCorpusPinned, Dates1904) {
  REQUIRE_CORPUS();
  Document document = read_corpus("calamine_date_1904_libreoffice.xlsx");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.rows, 3);
  EXPECT_EQ(table.cols, 2);
  EXPECT_EQ(text_at(table, 0, 0), "2021-01-01");
  EXPECT_EQ(text_at(table, 1, 0), "2021-01-02");
  EXPECT_EQ(text_at(table, 2, 0), "255:10:10");
  EXPECT_EQ(text_at(table, 0, 1), "15");
  EXPECT_EQ(text_at(table, 2, 1), "17");
}

// openpyxl: the values and number_format of each cell of column D/E (times carry .687/.703 s,
// rounded to the second here).
TEST(XlsxCorpusPinned, NumberFormats) {
  REQUIRE_CORPUS();
  Document document = read_corpus("tika_testEXCEL-formats.xlsx");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.rows, 16);
  EXPECT_EQ(table.cols, 5);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"D4", "1,599.99"},
      {"E4", "-1,599.99"},
      {"D5", "$1,599.99 "},
      {"E5", "($1,599.99)"},
      {"D6", "1.98E+08"},
      {"E6", "-1.98E+08"},
      {"D7", "3%"},
      {"E7", "2.50%"},
      {"D8", "2 1/2"},
      {"D9", "06:15:01"},
      {"E9", "18:15:01"},
      {"D10", "06:15:01"},
      {"D11", "2009-10-03"},
      {"D12", "2007-05-17"},
      {"D13", "2008-01-19T04:35:01"},
      {"D15", "19 dollars and .99 cents"},
      {"D16", "2007-05-17T04:20:01"}};
  std::map<std::string, std::string> shown;
  for (const Cell& cell : table.cells) shown[table.place_of(cell).locator] = cell.text;
  for (const auto& [reference, text] : expected) {
    EXPECT_EQ(shown["'Format Examples'!" + reference], text) << reference;
  }
}

// openpyxl: max_row 1048576, max_column 11, one merge C1048572:J1048576.
TEST(XlsxCorpusPinned, MillionRows) {
  REQUIRE_CORPUS();
  Document document = read_corpus("lotest_export-million-rows.xlsx");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.rows, 1048576);
  EXPECT_EQ(table.cols, 11);
  EXPECT_EQ(text_at(table, 1048575, 0), "Last Row");
  const Cell* merged = table.at(1048575, 9);
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(table.place_of(*merged).locator, "Sheet1!C1048572");
  EXPECT_EQ(merged->row_span, 5);
  EXPECT_EQ(merged->col_span, 8);
  EXPECT_EQ(text_at(table, 80004, 0), "0.376933064145771");  // 15 digits, as Excel shows it
}

TEST(XlsxCorpusPinned, TallSheetOf300000Rows) {
  REQUIRE_CORPUS();
  Document document = read_corpus("lotest_300000_line_sample.xlsx");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.rows, 300000);
  EXPECT_EQ(table.cols, 1);
  EXPECT_EQ(text_at(table, 0, 0), "000001");  // custom format 000000
  EXPECT_EQ(text_at(table, 299999, 0), "300000");
}

TEST(XlsxCorpusPinned, CellsWithoutRReadLikeTheirExcelOnlineResave) {
  REQUIRE_CORPUS();
  Document without_r = read_corpus("calamine_issue_261_missing_r.xlsx");
  Document resaved = read_corpus("calamine_issue_261_fixed_by_excel_online.xlsx");
  const Table& a = table_block(without_r, 1);
  const Table& b = table_block(resaved, 1);
  ASSERT_EQ(a.rows, b.rows);
  ASSERT_EQ(a.cols, b.cols);
  ASSERT_EQ(a.cells.size(), b.cells.size());
  for (size_t i = 0; i < a.cells.size(); ++i) {
    EXPECT_EQ(a.place_of(a.cells[i]).locator, b.place_of(b.cells[i]).locator);
    EXPECT_EQ(a.cells[i].text, b.cells[i].text) << a.place_of(a.cells[i]).locator;
    EXPECT_EQ(a.cells[i].row_span, b.cells[i].row_span) << a.place_of(a.cells[i]).locator;
    EXPECT_EQ(a.cells[i].col_span, b.cells[i].col_span) << a.place_of(a.cells[i]).locator;
  }
}

TEST(XlsxCorpusPinned, GnumericBlankCellsToXfd1048576) {
  REQUIRE_CORPUS();
  Document document = read_corpus("calamine_issue_174_gnumeric_fulldim.xlsx");
  const Table& table = table_block(document, 1);
  EXPECT_EQ(table.rows, 2);
  EXPECT_EQ(table.cols, 11);
  EXPECT_EQ(text_at(table, 0, 0), "Your Ref #");
  EXPECT_EQ(text_at(table, 1, 0), "123");
  EXPECT_TRUE(has_warning(document, "blank cells of sheet \"Sheet1\" beyond its content"));
}

// Refused at the text cap, before ~12.6 GB of repeated strings could be built.
TEST(XlsxCorpusPinned, SharedStringAmplificationRefusedAtTheTextCap) {
  REQUIRE_CORPUS();
  static const XlsxReader xlsx;
  test::CorpusOutcome outcome = test::read_corpus_file(
      (kCorpus / "xlsx/poi_poc-shared-strings_amplification.xlsx").string(), {&xlsx});
  EXPECT_TRUE(outcome.failed);
  EXPECT_NE(outcome.cause.find("too much text"), std::string::npos) << outcome.cause;
}

}  // namespace
}  // namespace kpiconv::xlsx_test
