// The shapes of input that once took gigabytes, each fed at its cap and just past it: at the cap it
// is read in less than 1 GB of memory, past it refused early with one line and exit status 3.
// Under the sanitizers (which multiply memory and time) the caps are lowered by their options and
// the memory is not asserted.
#include <gtest/gtest.h>

#include <filesystem>

#include "converter/convert.h"
#include "formats/ooxml/zip_archive.h"
#include "support/files.h"
#include "support/ooxml_parts.h"
#include "support/run_command.h"
#include "support/zip_builder.h"

#if defined(__SANITIZE_ADDRESS__)
#define KPICONV_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KPICONV_TEST_SANITIZED 1
#endif
#endif

namespace kpiconv {
namespace {

using test::run_kpiconv;

#ifdef KPICONV_TEST_SANITIZED
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

constexpr long kOneGigabyteKib = 1L << 20;

// The cells cap the test runs at: the default, or a tenth of it under the sanitizers.
constexpr long kCellCap = kSanitized ? 200'000 : 2'000'000;

std::vector<std::string> with_caps(std::vector<std::string> arguments) {
  if (kSanitized) {
    arguments.push_back("--max-table-cells=" + std::to_string(kCellCap));
    arguments.push_back("--max-document-cells=" + std::to_string(kCellCap));
  }
  return arguments;
}

void expect_read_within_a_gigabyte(const test::CommandResult& result, const std::string& what) {
  EXPECT_EQ(result.exit_status, 0) << what << ": " << result.err;
  if (!kSanitized) {
    EXPECT_LT(result.peak_kib, kOneGigabyteKib) << what;
  }
}

// Exit status 3 and exactly one line, "kpiconv: error: PATH: ...CAUSE" (CAUSE at its end).
void expect_refused(const test::CommandResult& result, const std::string& path,
                    const std::string& cause) {
  EXPECT_EQ(result.exit_status, 3) << result.err;
  EXPECT_EQ(result.err.rfind("kpiconv: error: " + path + ": ", 0), 0u) << result.err;
  EXPECT_TRUE(result.err.ends_with(cause + "\n")) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_EQ(result.out, "");
  if (!kSanitized) {
    EXPECT_LT(result.peak_kib, kOneGigabyteKib);
  }
}

std::string word_package(const std::string& name, const std::string& body) {
  const std::string path = test::scratch_path(name).string();
  test::ZipBuilder()
      .add("[Content_Types].xml", test::kDocxContentTypes)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml",
           "<?xml version=\"1.0\"?>\n<w:document "
           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
               body + "</w:body></w:document>")
      .write(path);
  return path;
}

std::string repeated(const std::string& piece, long times) {
  std::string text;
  text.reserve(piece.size() * static_cast<std::size_t>(times));
  for (long i = 0; i < times; ++i) text += piece;
  return text;
}

// A table of 1,000 columns and `rows` rows of empty cells (a 1.6 MB file of 33,000 such rows
// once took 23 GB).
std::string empty_cells_table(long rows) {
  return "<w:tbl><w:tblGrid>" + repeated("<w:gridCol/>", 1000) + "</w:tblGrid>" +
         repeated("<w:tr>" + repeated("<w:tc><w:p/></w:tc>", 1000) + "</w:tr>", rows) + "</w:tbl>";
}

TEST(MemoryCaps, AWordTableOfEmptyCells) {
  const long rows = kCellCap / 1000;
  const std::string at_cap = word_package("cells_at_cap.docx", empty_cells_table(rows));
  expect_read_within_a_gigabyte(run_kpiconv(with_caps({"convert", at_cap, "-o", "-"})), "at cap");
  const std::string past = word_package("cells_past_cap.docx", empty_cells_table(rows + 1));
  expect_refused(
      run_kpiconv(with_caps({"inspect", past})), past,
      "table tbl[1] has more than " + std::to_string(kCellCap) + " cells (--max-table-cells)");
}

// Rows without cells, stretched to 1,000 grid columns by the first: grid positions cost too.
std::string stretched_rows_table(long rows) {
  return "<w:tbl><w:tr><w:trPr><w:gridAfter w:val=\"999\"/></w:trPr><w:tc><w:p/></w:tc></w:tr>" +
         repeated("<w:tr/>", rows - 1) + "</w:tbl>";
}

TEST(MemoryCaps, RowsStretchedAcrossAThousandColumns) {
  constexpr long kPositions = 1L << 25;  // a table's grid, fixed
  const long rows = kPositions / 1000;
  const std::string at_cap = word_package("rows_at_cap.docx", stretched_rows_table(rows));
  expect_read_within_a_gigabyte(run_kpiconv({"convert", at_cap, "-o", "-"}), "at cap");
  const std::string past = word_package("rows_past_cap.docx", stretched_rows_table(rows + 1));
  expect_refused(run_kpiconv({"inspect", past}), past,
                 "table tbl[1] is too large (more than 33554432 grid positions)");
}

TEST(MemoryCaps, TablesWhoseGridsAddUpPastTheDocumentsPositions) {
  const long rows = (1L << 25) / 1000;
  const std::string two =
      word_package("two_grids.docx", repeated(stretched_rows_table(rows) + "<w:p/>", 2));
  expect_read_within_a_gigabyte(run_kpiconv({"convert", two, "-o", "-"}), "two tables");
  const std::string three =
      word_package("three_grids.docx", repeated(stretched_rows_table(rows) + "<w:p/>", 3));
  expect_refused(run_kpiconv({"inspect", three}), three,
                 "the document's tables span more than 67108864 grid positions (rows x columns), "
                 "reached in table tbl[3]");
}

TEST(MemoryCaps, AMillionEmptyRows) {
  const std::string path =
      word_package("million_rows.docx", "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr>" +
                                            repeated("<w:tr/>", 1'000'000) + "</w:tbl>");
  EXPECT_LT(std::filesystem::file_size(path), 200'000u);
  test::CommandResult result = run_kpiconv({"convert", path, "-o", "-"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  if (!kSanitized) {
    EXPECT_LT(result.peak_kib, 256L << 10);
  }  // a few bytes a row
}

// A CSV of `rows` records of `fields` empty fields.
std::string commas_csv(const std::string& name, long rows, long fields) {
  const std::string path = test::scratch_path(name).string();
  test::write_bytes(
      path, "项目编码" + std::string(static_cast<std::size_t>(fields - 1), ',') + "\n" +
                repeated(std::string(static_cast<std::size_t>(fields - 1), ',') + "\n", rows - 1));
  return path;
}

TEST(MemoryCaps, ACsvOfCommas) {
  const long rows = kCellCap / 2000;
  const std::string at_cap = commas_csv("commas_at_cap.csv", rows, 2000);
  expect_read_within_a_gigabyte(run_kpiconv(with_caps({"convert", at_cap, "-o", "-"})), "at cap");
  const std::string past = commas_csv("commas_past_cap.csv", rows + 1, 2000);
  expect_refused(
      run_kpiconv(with_caps({"inspect", past})), past,
      "the CSV file has more than " + std::to_string(kCellCap) + " cells (--max-table-cells)");
  // 20 MB of commas (once 3.2 GB; 60 MB ran out of memory with exit 5): refused, in no time.
  const std::string twenty = commas_csv("commas_20mb.csv", 20, 1 << 20);
  expect_refused(run_kpiconv({"inspect", twenty}), twenty,
                 "the CSV file has more than 2000000 cells (--max-table-cells)");
}

const char* const kSpreadsheetNamespaces =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A workbook of `sheets` sheets, each a part of its own unless `one_part`, each of `rows` rows of
// 10 numbers; `styles` is xl/styles.xml.
std::string workbook(const std::string& name, int sheets, long rows, bool one_part,
                     const std::string& styles) {
  std::string content_types =
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
      "Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
      "PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
  std::string listed, relationships;
  const std::string row_cells = [] {
    std::string cells;
    for (char column = 'A'; column <= 'J'; ++column) {
      cells += std::string("<c r=\"") + column + "%\"><v>1</v></c>";
    }
    return cells;
  }();
  std::string sheet_data;
  for (long r = 1; r <= rows; ++r) {
    std::string cells = row_cells;
    const std::string number = std::to_string(r);
    for (std::size_t at = cells.find('%'); at != std::string::npos; at = cells.find('%', at)) {
      cells.replace(at, 1, number);
    }
    sheet_data += "<row r=\"" + number + "\">" + cells + "</row>";
  }
  const std::string sheet = std::string("<?xml version=\"1.0\"?><worksheet ") +
                            kSpreadsheetNamespaces + "><sheetData>" + sheet_data +
                            "</sheetData></worksheet>";
  test::ZipBuilder zip;
  for (int i = 1; i <= sheets; ++i) {
    const std::string part = "worksheets/sheet" + std::to_string(one_part ? 1 : i) + ".xml";
    listed += "<sheet name=\"S" + std::to_string(i) + "\" sheetId=\"" + std::to_string(i) +
              "\" r:id=\"rId" + std::to_string(i) + "\"/>";
    relationships += "<Relationship Id=\"rId" + std::to_string(i) +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/worksheet\" Target=\"" +
                     part + "\"/>";
    if (!one_part || i == 1) {
      content_types += "<Override PartName=\"/xl/" + part +
                       "\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
      zip.add("xl/" + part, sheet);
    }
  }
  relationships +=
      "<Relationship Id=\"rIdStyles\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/>";
  zip.add("[Content_Types].xml", content_types + "</Types>")
      .add("_rels/.rels",
           "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
           "Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
      .add("xl/workbook.xml", std::string("<?xml version=\"1.0\"?><workbook ") +
                                  kSpreadsheetNamespaces + "><sheets>" + listed +
                                  "</sheets></workbook>")
      .add("xl/_rels/workbook.xml.rels",
           "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
               relationships + "</Relationships>")
      .add("xl/styles.xml", std::string("<?xml version=\"1.0\"?><styleSheet ") +
                                kSpreadsheetNamespaces + ">" + styles + "</styleSheet>");
  const std::string path = test::scratch_path(name).string();
  zip.write(path);
  return path;
}

TEST(MemoryCaps, SheetsThatAddUpPastTheDocumentsCells) {
  const long rows = kCellCap / 20;  // two sheets of 10 columns make the cap
  const std::string at_cap = workbook("sheets_at_cap.xlsx", 2, rows, false, "");
  expect_read_within_a_gigabyte(run_kpiconv(with_caps({"convert", at_cap, "-o", "-"})), "at cap");
  const std::string past = workbook("sheets_past_cap.xlsx", 3, rows * 2 / 3 + 1, false, "");
  expect_refused(run_kpiconv(with_caps({"inspect", past})), past,
                 "the document's tables have more than " + std::to_string(kCellCap) +
                     " cells, reached in sheet \"S3\" (--max-document-cells)");
}

// Seed 002's body `times` over in one document: a filing of 10 × `times` projects.
std::string many_projects(const std::string& name, int times) {
  ooxml::ZipArchive seed("fixtures/docx/002.docx", {});
  test::ZipBuilder zip;
  for (const ooxml::ZipEntry& entry : seed.entries()) {
    std::string content = seed.read_all(entry);
    if (entry.name == "word/document.xml") {
      const std::size_t body = content.find("<w:body>") + 8;
      const std::size_t end = content.rfind("<w:sectPr");
      content = content.substr(0, body) + repeated(content.substr(body, end - body), times) +
                content.substr(end);
    }
    zip.add(entry.name, std::move(content));
  }
  const std::string path = test::scratch_path(name).string();
  zip.write(path);
  return path;
}

// The w:tc elements of the main part: what the cells caps count (merged ones too).
std::size_t cells_of(const std::string& path) {
  ooxml::ZipArchive package(path, {});
  const std::string xml = package.read_all(*package.find("word/document.xml"));
  std::size_t cells = 0;
  for (std::size_t at = xml.find("<w:tc"); at != std::string::npos;
       at = xml.find("<w:tc", at + 1)) {
    if (xml[at + 5] == '>' || xml[at + 5] == ' ') ++cells;
  }
  return cells;
}

// A Word filing of many projects streams project by project in flat memory up to the document's
// cap, and is refused past it (a 50 MB one once took 2.6 GB).
TEST(MemoryCaps, AWordFilingOfManyProjects) {
  const std::string path = many_projects("many_projects.docx", 40);
  const std::size_t cells = cells_of(path);
  ASSERT_GT(cells, 10'000u);
  test::CommandResult at_cap =
      run_kpiconv({"convert", path, "-o", test::scratch_path("many.xlsx").string(),
                   "--max-document-cells=" + std::to_string(cells)});
  EXPECT_EQ(at_cap.exit_status, 0) << at_cap.err;
  if (!kSanitized) {
    EXPECT_LT(at_cap.peak_kib, 64L << 10);
  }
  test::CommandResult past =
      run_kpiconv({"inspect", path, "--max-document-cells=" + std::to_string(cells - 1)});
  EXPECT_EQ(past.exit_status, 3);
  EXPECT_NE(past.err.find(": the document's tables have more than " + std::to_string(cells - 1) +
                          " cells, reached in table tbl["),
            std::string::npos)
      << past.err;
}

TEST(MemoryCaps, ManySheetsNamingOnePart) {
  const std::string path = workbook("one_part.xlsx", 5000, 100, true, "");
  expect_refused(run_kpiconv({"inspect", path}), path,
                 "sheets \"S1\" and \"S2\" are one part (xl/worksheets/sheet1.xml); every sheet "
                 "of a workbook has a part of its own");
}

TEST(MemoryCaps, ANumberFormatRepeatedHalfAMillionTimes) {
  const std::string styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" +
                             repeated("0.00", 500'000) +
                             "\"/></numFmts><cellXfs count=\"1\"><xf numFmtId=\"164\"/></cellXfs>";
  const std::string path = workbook("long_format.xlsx", 1, 200, false, styles);
  test::CommandResult result = run_kpiconv({"inspect", path});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("number format 164 of xl/styles.xml has 2000000 characters, more "
                            "than Excel's 255; its cells are shown as General"),
            std::string::npos)
      << result.out;
  if (!kSanitized) {
    EXPECT_LT(result.peak_kib, 256L << 10);
  }
}

TEST(MemoryCaps, MoreCellFormatsThanExcelHasIgnoresTheStyles) {
  const std::string styles =
      "<cellXfs count=\"70000\">" + repeated("<xf numFmtId=\"10\"/>", 70'000) + "</cellXfs>";
  const std::string path = workbook("many_formats.xlsx", 1, 10, false, styles);
  test::CommandResult result = run_kpiconv({"inspect", path});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("the styles part ignored: more than 65536 cell formats in "
                            "xl/styles.xml (Excel allows 64,000)"),
            std::string::npos)
      << result.out;
}

}  // namespace
}  // namespace kpiconv
