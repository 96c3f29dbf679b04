// A file whose name says one format and whose content is another is read by its content, as
// always, and the reading says so in a warning — once, in the registry, for every reader.
#include <gtest/gtest.h>

#include <algorithm>

#include "converter/convert.h"
#include "support/files.h"
#include "unit/docx/docx_fixture.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv {
namespace {

std::filesystem::path copy_as(const std::filesystem::path& from, std::string_view name) {
  std::filesystem::path to = test::scratch_path(name);
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
  return to;
}

std::filesystem::path word_document() {
  docx_test::DocxSpec spec;
  spec.body = docx_test::table(docx_test::row(docx_test::cell("甲") + docx_test::cell("乙")), 2);
  return docx_test::write_docx("really_word", spec);
}

std::filesystem::path workbook() {
  xlsx_test::XlsxSpec spec;
  spec.sheets.push_back(xlsx_test::worksheet(
      "Sheet1", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>)"));
  return xlsx_test::write_xlsx("really_workbook", spec);
}

std::filesystem::path csv_text() {
  std::filesystem::path path = test::scratch_path("really_csv.csv");
  test::write_bytes(path, "项目编码,项目名称\n1,甲\n");
  return path;
}

// The warnings of reading `path` that speak of its name.
std::vector<std::string> name_warnings(const std::filesystem::path& path) {
  std::vector<std::string> found;
  for (const Warning& warning : read_document(path.string()).warnings) {
    if (warning.message.starts_with("the file is named")) found.push_back(warning.message);
  }
  return found;
}

using Messages = std::vector<std::string>;

TEST(MisleadingExtension, AWorkbookNamedDocxIsReadAsXlsxAndSaidSo) {
  const std::filesystem::path path = copy_as(workbook(), "budget.docx");
  Document document = read_document(path.string());
  EXPECT_EQ(document.format, "xlsx");
  EXPECT_FALSE(document.blocks.empty());
  EXPECT_EQ(name_warnings(path),
            Messages{"the file is named .docx but holds an Excel workbook; read as XLSX"});
}

TEST(MisleadingExtension, AWordDocumentNamedXlsxIsReadAsDocxAndSaidSo) {
  const std::filesystem::path path = copy_as(word_document(), "budget.XLSX");
  EXPECT_EQ(read_document(path.string()).format, "docx");
  EXPECT_EQ(name_warnings(path),
            Messages{"the file is named .XLSX but holds a Word document; read as DOCX"});
}

TEST(MisleadingExtension, ACsvNamedXlsxAndAZipNamedCsvAreSaidToo) {
  EXPECT_EQ(name_warnings(copy_as(csv_text(), "table.xlsx")),
            Messages{"the file is named .xlsx but holds CSV text; read as CSV"});
  EXPECT_EQ(name_warnings(copy_as(word_document(), "table.csv")),
            Messages{"the file is named .csv but holds a Word document; read as DOCX"});
  EXPECT_EQ(name_warnings(copy_as(word_document(), "old.doc")),
            Messages{"the file is named .doc but holds a Word document; read as DOCX"});
}

TEST(MisleadingExtension, TheWarningBecomesAFindingOfTheFiling) {
  Filing filing = read_filing(copy_as(workbook(), "filing.docx").string());
  EXPECT_TRUE(std::any_of(filing.findings.begin(), filing.findings.end(), [](const auto& finding) {
    return finding.rule == "reader-warning" &&
           finding.message == "the file is named .docx but holds an Excel workbook; read as XLSX";
  }));
}

TEST(MisleadingExtension, RightOrUnknownNamesSayNothing) {
  EXPECT_TRUE(name_warnings(word_document()).empty());
  EXPECT_TRUE(name_warnings(copy_as(word_document(), "template.DOTX")).empty());
  EXPECT_TRUE(name_warnings(workbook()).empty());
  EXPECT_TRUE(name_warnings(csv_text()).empty());
  EXPECT_TRUE(name_warnings(copy_as(csv_text(), "table.txt")).empty());
  EXPECT_TRUE(name_warnings(copy_as(word_document(), "download.bin")).empty());
  EXPECT_TRUE(name_warnings(copy_as(word_document(), "no_extension")).empty());
}

}  // namespace
}  // namespace kpiconv
