// Every file of the shared third-party corpus through `kpiconv inspect`, as a user would run it:
// no crash, no hang; `reject` files exit 3 with one line naming the file and the cause; the others
// are read and list their tables. A few are pinned by hand against python3-docx and openpyxl.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/corpus.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

size_t count_of(const std::string& out, const std::string& heading) {
  size_t at = out.find("\n" + heading + ": ");
  if (at == std::string::npos) return 0;
  return std::stoul(out.substr(at + heading.size() + 3));
}

TEST(CorpusCli, EveryFileHasTheOutcomeItsManifestExpects) {
  if (!std::filesystem::exists(test::corpus_dir() / "MANIFEST.tsv")) {
    GTEST_SKIP() << "no shared corpus";
  }
  std::vector<test::CorpusFile> files = test::corpus_manifest("");
  ASSERT_GT(files.size(), 140u);
  for (const test::CorpusFile& file : files) {
    SCOPED_TRACE(file.path + " (expected " + file.expected + ")");
    std::string path = (test::corpus_dir() / file.path).string();
    // The manifest's "reject" for the binary .doc and .xls holds without LibreOffice; with it they
    // are read (legacy_test.cpp).
    test::CommandResult result = test::run_kpiconv({"inspect", path, "--soffice", "none"}, 120);
    ASSERT_NE(result.exit_status, 124) << "hung";
    if (file.expected == "reject") {
      EXPECT_EQ(result.exit_status, 3);
      EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
      EXPECT_EQ(result.err.rfind("kpiconv: error: " + path + ": ", 0), 0u) << result.err;
      continue;
    }
    ASSERT_EQ(result.exit_status, 0) << result.err;
    size_t tables = count_of(result.out, "Projects") + count_of(result.out, "Other tables");
    if (file.expected == "tables") {
      EXPECT_GE(tables, 1u) << result.out;
    } else {
      EXPECT_EQ(tables, 0u) << result.out;
    }
  }
}

struct PinnedTables {
  std::string file;
  std::string tables;  // the inspect lines listing them
};

class CorpusPinned : public ::testing::TestWithParam<PinnedTables> {};

// Sizes checked by hand with python3-docx (grid columns, row widths with gridBefore/After) and
// openpyxl (max_row, max_column).
TEST_P(CorpusPinned, ListsTheTablesWithTheirSizes) {
  std::string path = (test::corpus_dir() / GetParam().file).string();
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no corpus";
  test::CommandResult result = test::run_kpiconv({"inspect", path});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find(GetParam().tables), std::string::npos) << result.out;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, CorpusPinned,
    ::testing::Values(
        PinnedTables{"docx/mammoth_tables.docx",
                     "Other tables: 1\n  1. Above  2 rows x 2 columns\n"},
        PinnedTables{"docx/docx2python_merged_cells.docx",
                     "Other tables: 1\n  1. -  5 rows x 4 columns\n"},
        PinnedTables{"docx/lotest_gridAfter.docx", "Other tables: 1\n  1. -  2 rows x 3 columns\n"},
        PinnedTables{"docx/docxrs_grid_after.docx",
                     "Other tables: 1\n  1. -  9 rows x 5 columns\n"},
        PinnedTables{
            "xlsx/calamine_merged_range.xlsx",
            "Other tables: 2\n  1. Sheet1  4 rows x 8 columns\n  2. Sheet2  4 rows x 8 columns\n"},
        PinnedTables{"xlsx/lotest_300000_line_sample.xlsx",
                     "Other tables: 1\n  1. Sheet1  300000 rows x 1 columns\n"}));

}  // namespace
}  // namespace kpiconv
