// A form workbook edited in place by the form applier, opened by python3-openpyxl: the edited
// values are in their cells and the 一级 merges are where the groups now are.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

#include "converter/convert.h"
#include "formats/xlsx/apply/workbook_edit.h"
#include "support/files.h"
#include "support/run_command.h"
#include "unit/xlsx_apply/form_apply_support.h"

namespace kpiconv {
namespace {

using nlohmann::json;

json describe_with_openpyxl(const std::string& workbook) {
  std::string out = test::scratch_path("form-apply-openpyxl.json").string();
  std::string command = "/usr/bin/python3 " + test::source_dir() +
                        "/tests/interop/describe_workbook.py '" + workbook + "' >'" + out + "'";
  int status = std::system(command.c_str());
  EXPECT_EQ(status, 0) << command;
  return json::parse(test::read_bytes(out));
}

TEST(FormApplyInterop, OpenpyxlSeesTheEditedValuesAndMerges) {
  Filing source = read_filing(test::source_dir() + "/fixtures/docx/001.docx");
  std::string original = form_apply_test::write_workbook(source, "interop-apply-form.xlsx");
  Filing edited = read_filing(original);
  std::vector<Indicator>& indicators = edited.projects[0].indicators;
  ASSERT_GE(indicators.size(), 3u);
  Indicator added = indicators[0];
  added.level3.text = "新增的三级指标";
  added.description.text = "在表中新增的一行";
  added.value.text = "≥3个";
  indicators.insert(indicators.begin() + 1, added);
  indicators.pop_back();
  indicators[2].value.text = "=100%";  // looks like a formula: must stay text

  form_apply_test::Applied applied =
      form_apply_test::apply_edits_to(original, edited, "interop-apply");
  ASSERT_TRUE(applied.report.all_applied());
  ASSERT_EQ(form_apply_test::describe_differences(applied.edited, applied.result), "");

  json described = describe_with_openpyxl(applied.output);
  const Project& project = applied.result.projects[0];
  const std::string sheet_name = project.where.locator;
  const json* sheet = nullptr;
  for (const json& candidate : described["sheets"]) {
    if (candidate["name"] == sheet_name) sheet = &candidate;
  }
  ASSERT_NE(sheet, nullptr) << sheet_name;
  auto row_of = [](const Indicator& indicator) {
    return xlsx::apply::parse_locator(indicator.row.locator)->row + 1;
  };
  const json& cells = (*sheet)["cells"];
  const int added_row = row_of(project.indicators[1]);
  EXPECT_EQ(cells["C" + std::to_string(added_row)]["value"], "新增的三级指标");
  EXPECT_EQ(cells["D" + std::to_string(added_row)]["value"], "在表中新增的一行");
  const int changed_row = row_of(project.indicators[2]);
  EXPECT_EQ(cells["F" + std::to_string(changed_row)]["value"], "=100%");
  EXPECT_EQ(cells["F" + std::to_string(changed_row)]["type"], "s");

  // Every run of equal 一级 over two rows or more is one merged range in column A.
  std::vector<std::string> merged = (*sheet)["merged"];
  const auto& list = project.indicators;
  for (size_t start = 0; start < list.size();) {
    size_t end = start + 1;
    while (end < list.size() && list[end].level1.text == list[start].level1.text) ++end;
    if (end - start > 1) {
      std::string range =
          "A" + std::to_string(row_of(list[start])) + ":A" + std::to_string(row_of(list[end - 1]));
      EXPECT_NE(std::find(merged.begin(), merged.end(), range), merged.end()) << range;
    }
    start = end;
  }
}

}  // namespace
}  // namespace kpiconv
