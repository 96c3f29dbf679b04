// The 冲突 sheet: written by both workbook layouts after the filing's sheets, and never read back
// as a table of the filing.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "converter/merge/merge_report.h"
#include "converter/registry/registry.h"
#include "support/files.h"
#include "unit/diff/sample_filing.h"

namespace kpiconv {
namespace {

std::vector<std::string> sheet_names(const Document& document) {
  std::vector<std::string> names;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) names.push_back(paragraph->text);
  }
  return names;
}

class ConflictsSheet : public ::testing::TestWithParam<const char*> {};

TEST_P(ConflictsSheet, IsWrittenAndNotReadBack) {
  Filing filing =
      test::sample_filing({test::sample_project("P1", "甲")}, {test::sample_table("采购表")});
  MergeConflict conflict;
  conflict.project = "P1";
  conflict.field = "budget.total";
  conflict.base = "24.00";
  conflict.ours = "25.00";
  conflict.theirs = "26.00";
  WriteOptions options;
  options.layout = GetParam();
  options.report_sheets.push_back(conflicts_report_sheet({conflict}, Language::kChinese));
  std::string path = test::scratch_path(std::string("conflicts-") + GetParam() + ".xlsx").string();
  write_filing(filing, path, *builtin_registry().writer_named("xlsx"), options);

  std::vector<std::string> names = sheet_names(read_document(path));
  ASSERT_GE(names.size(), 2u);
  EXPECT_EQ(names[names.size() - 2], "冲突");
  EXPECT_EQ(names.back(), "来源");

  Filing back = read_filing(path);
  ASSERT_EQ(back.tables.size(), 1u);
  EXPECT_EQ(back.tables[0].title, "采购表");
  EXPECT_EQ(back.projects.size(), 1u);
  EXPECT_EQ(back.projects[0].budget.total.text, "24.00");
}

INSTANTIATE_TEST_SUITE_P(Layouts, ConflictsSheet, ::testing::Values("normalized", "form"));

}  // namespace
}  // namespace kpiconv
