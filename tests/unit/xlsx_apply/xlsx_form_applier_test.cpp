// The form-workbook applier (formats/xlsx/apply/xlsx_form_applier.h) on a one-project form
// workbook: values into their cells with their styles kept, indicator rows inserted and deleted
// with the merges, the print area and the dimension following, and edits it cannot place
// reported.
#include <gtest/gtest.h>

#include <regex>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "support/files.h"
#include "support/run_command.h"
#include "unit/xlsx_apply/form_apply_support.h"

namespace kpiconv {
namespace {

using form_apply_test::Applied;
using form_apply_test::apply_edits_to;
using form_apply_test::describe_differences;
using form_apply_test::write_workbook;
using form_apply_test::zip_entries;

constexpr const char* kSheetPart = "xl/worksheets/sheet1.xml";

// The first project of fixture 000: indicators in rows 10-15, 产出指标 merged over A10:A13.
std::string small_form(const std::string& name) {
  Filing filing = read_filing(test::source_dir() + "/fixtures/docx/000.docx");
  filing.projects.resize(1);
  filing.tables.clear();
  filing.findings.clear();
  return write_workbook(filing, name);
}

// The opening tag of cell `reference` in a sheet's XML, "" when absent.
std::string cell_tag(const std::string& xml, const std::string& reference) {
  std::smatch match;
  if (std::regex_search(xml, match, std::regex("<c r=\"" + reference + "\"[^>]*>"))) {
    return match.str();
  }
  return {};
}

std::string style_of(const std::string& tag) {
  std::smatch match;
  return std::regex_search(tag, match, std::regex(" s=\"([0-9]+)\"")) ? match.str(1) : "";
}

bool has_merge(const std::string& xml, const std::string& range) {
  return xml.find("<mergeCell ref=\"" + range + "\"/>") != std::string::npos;
}

void expect_all_applied(const ApplyReport& report) {
  for (const AppliedEdit& edit : report.edits) {
    EXPECT_TRUE(edit.applied) << edit.project << " " << edit.what << ": " << edit.problem;
  }
}

TEST(XlsxFormApplier, IsRegisteredForWorkbooks) {
  ASSERT_NE(builtin_registry().applier_for("xlsx"), nullptr);
  EXPECT_EQ(builtin_registry().applier_for("xlsx")->name(), "xlsx");
}

TEST(XlsxFormApplier, ChangedValuesKeepTheirCellsStyles) {
  std::string original = small_form("values.xlsx");
  Filing edited = read_filing(original);
  edited.projects[0].indicators[1].value.text = "≥98%";
  edited.projects[0].budget.total.text = "30.00";
  edited.projects[0].spending_plan[0].text = "40%";
  edited.projects[0].unit_name.text = "怀来县数字经济局";
  Applied applied = apply_edits_to(original, edited, "values");
  EXPECT_EQ(applied.report.edits.size(), 4u);
  expect_all_applied(applied.report);
  EXPECT_EQ(describe_differences(applied.edited, applied.result), "");

  auto before = zip_entries(original);
  auto after = zip_entries(applied.output);
  const std::string& old_sheet = before.at(kSheetPart);
  const std::string& new_sheet = after.at(kSheetPart);
  // Text as an inline string in the same style; numbers stay numbers.
  EXPECT_EQ(style_of(cell_tag(new_sheet, "F11")), style_of(cell_tag(old_sheet, "F11")));
  EXPECT_NE(cell_tag(new_sheet, "F11").find("t=\"inlineStr\""), std::string::npos);
  EXPECT_NE(new_sheet.find("≥98%</t>"), std::string::npos);
  EXPECT_EQ(style_of(cell_tag(new_sheet, "C4")), style_of(cell_tag(old_sheet, "C4")));
  EXPECT_NE(
      new_sheet.find("<c r=\"C4\" s=\"" + style_of(cell_tag(old_sheet, "C4")) + "\"><v>30</v></c>"),
      std::string::npos);
  EXPECT_NE(new_sheet.find("<v>0.4</v>"), std::string::npos);
  EXPECT_NE(new_sheet.find("471001怀来县数字经济局"), std::string::npos);
  // Nothing else of the package changed.
  ASSERT_EQ(before.size(), after.size());
  for (const auto& [name, content] : before) {
    if (name == kSheetPart) continue;
    EXPECT_EQ(after.at(name), content) << name;
  }
}

TEST(XlsxFormApplier, AddedIndicatorRowExtendsItsGroupAndShiftsWhatFollows) {
  std::string original = small_form("insert.xlsx");
  Filing edited = read_filing(original);
  Indicator added = edited.projects[0].indicators[0];
  added.level3.text = "新增补助次数";
  added.description.text = "新增补助的拨付次数";
  added.value.text = "≥2次";
  auto& indicators = edited.projects[0].indicators;
  indicators.insert(indicators.begin() + 1, added);
  Applied applied = apply_edits_to(original, edited, "insert");
  ASSERT_EQ(applied.report.edits.size(), 1u);
  EXPECT_EQ(applied.report.edits[0].what, "indicator 2 added");
  EXPECT_EQ(applied.report.edits[0].where.locator, "'1 定额补助资金'!11:11");
  expect_all_applied(applied.report);
  EXPECT_EQ(describe_differences(applied.edited, applied.result), "");

  auto before = zip_entries(original);
  auto after = zip_entries(applied.output);
  const std::string& sheet = after.at(kSheetPart);
  EXPECT_TRUE(has_merge(sheet, "A10:A14")) << sheet;
  EXPECT_FALSE(has_merge(sheet, "A10:A13"));
  EXPECT_TRUE(has_merge(sheet, "D11:E11"));  // the new row's description, cloned
  EXPECT_TRUE(has_merge(sheet, "D16:E16"));  // the last row's, moved down
  EXPECT_NE(sheet.find("<dimension ref=\"A1:G16\"/>"), std::string::npos);
  EXPECT_EQ(style_of(cell_tag(sheet, "C11")), style_of(cell_tag(before.at(kSheetPart), "C10")));
  EXPECT_NE(after.at("xl/workbook.xml").find("$A$1:$G$16"), std::string::npos);
  for (const auto& [name, content] : before) {
    if (name == kSheetPart || name == "xl/workbook.xml") continue;
    EXPECT_EQ(after.at(name), content) << name;
  }
}

TEST(XlsxFormApplier, RemovedIndicatorRowShrinksItsGroup) {
  std::string original = small_form("delete.xlsx");
  Filing edited = read_filing(original);
  auto& indicators = edited.projects[0].indicators;
  indicators.erase(indicators.begin());  // the row holding 产出指标, the top of its merge
  Applied applied = apply_edits_to(original, edited, "delete");
  ASSERT_EQ(applied.report.edits.size(), 1u);
  EXPECT_EQ(applied.report.edits[0].what, "indicator 1 removed");
  expect_all_applied(applied.report);
  EXPECT_EQ(describe_differences(applied.edited, applied.result), "");

  const std::string sheet = zip_entries(applied.output).at(kSheetPart);
  EXPECT_TRUE(has_merge(sheet, "A10:A12")) << sheet;
  EXPECT_FALSE(has_merge(sheet, "A10:A13"));
  EXPECT_FALSE(has_merge(sheet, "D15:E15"));
  EXPECT_NE(sheet.find("<dimension ref=\"A1:G14\"/>"), std::string::npos);
  EXPECT_NE(zip_entries(applied.output).at("xl/workbook.xml").find("$A$1:$G$14"),
            std::string::npos);
}

TEST(XlsxFormApplier, GroupSplitAndNewGroupGetTheirOwnMerges) {
  std::string original = small_form("groups.xlsx");
  Filing edited = read_filing(original);
  auto& indicators = edited.projects[0].indicators;
  Indicator fresh = indicators[4];  // 效益指标
  fresh.level2.text = "经济效益指标";
  fresh.level3.text = "带动投资";
  fresh.description.text = "带动社会投资";
  fresh.value.text = "≥10万元";
  indicators.insert(indicators.begin() + 5, fresh);
  indicators.erase(indicators.begin() + 2);
  Applied applied = apply_edits_to(original, edited, "groups");
  expect_all_applied(applied.report);
  EXPECT_EQ(describe_differences(applied.edited, applied.result), "");
  const std::string sheet = zip_entries(applied.output).at(kSheetPart);
  EXPECT_TRUE(has_merge(sheet, "A10:A12")) << sheet;
  EXPECT_TRUE(has_merge(sheet, "A13:A14")) << sheet;
}

TEST(XlsxFormApplier, ReportsWhatItCannotPlace) {
  std::string original = small_form("unplaced.xlsx");
  Filing edited = read_filing(original);
  Project copy = edited.projects[0];
  copy.code.text = "13073024P00008610099Z";
  copy.name.text = "另一个项目";
  edited.projects.push_back(copy);
  edited.projects[0].goals.text = "新的绩效目标";
  Applied applied = apply_edits_to(original, edited, "unplaced");
  ASSERT_EQ(applied.report.edits.size(), 2u);
  EXPECT_FALSE(applied.report.all_applied());
  bool project_reported = false;
  for (const AppliedEdit& edit : applied.report.edits) {
    if (edit.what == "project added") {
      project_reported = true;
      EXPECT_FALSE(edit.applied);
      EXPECT_NE(edit.problem.find("sheet"), std::string::npos);
    } else {
      EXPECT_TRUE(edit.applied) << edit.what << ": " << edit.problem;
    }
  }
  EXPECT_TRUE(project_reported);
  ASSERT_EQ(applied.result.projects.size(), 1u);
  EXPECT_EQ(applied.result.projects[0].goals.text, "新的绩效目标");
}

}  // namespace
}  // namespace kpiconv
