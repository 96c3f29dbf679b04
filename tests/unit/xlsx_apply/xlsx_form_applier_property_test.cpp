// Seeded random edits of every fixture's form workbook: value changes, indicators added and
// removed, budgets, spending plans and project names changed. The edited filing goes through a
// normalized workbook; the applier writes it into the form workbook; the output read back is the
// edited filing, and every entry of the package but the sheets edited (and xl/workbook.xml,
// kpiconv's source-text sheet) is as it was.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "converter/convert.h"
#include "formats/xlsx/apply/workbook_edit.h"
#include "formats/xlsx/source_text_sheet.h"
#include "support/files.h"
#include "support/random_pick.h"
#include "support/run_command.h"
#include "unit/xlsx_apply/form_apply_support.h"

namespace kpiconv {
namespace {

using form_apply_test::Applied;

// A few edits of `filing`, described in `log` for a failure's message.
void edit_randomly(Filing& filing, std::mt19937& random, std::string& log) {
  int added = 0;
  const int edits = 2 + static_cast<int>(test::pick(random, 5));
  for (int i = 0; i < edits && !filing.projects.empty(); ++i) {
    const size_t p = test::pick(random, filing.projects.size());
    Project& project = filing.projects[p];
    std::vector<Indicator>& indicators = project.indicators;
    const std::string where = "project " + std::to_string(p + 1) + ": ";
    switch (test::pick(random, 6)) {
      case 0:
        if (indicators.empty()) break;
        {
          Indicator& indicator = indicators[test::pick(random, indicators.size())];
          indicator.value.text = "≥" + std::to_string(test::pick(random, 100)) + "%";
          log += where + "value of " + indicator.level3.text + "\n";
        }
        break;
      case 1: {
        const size_t at = test::pick(random, indicators.size() + 1);
        Indicator indicator;
        if (!indicators.empty()) {
          // Like the one before it (its group grows) or, at the top, the one after.
          indicator = indicators[at > 0 ? at - 1 : 0];
        } else {
          indicator.level1.text = "产出指标";
          indicator.level2.text = "数量指标";
        }
        indicator.level3.text = "新增指标" + std::to_string(++added);
        indicator.description.text = "随机新增的指标" + std::to_string(added);
        indicator.value.text = "≥" + std::to_string(test::pick(random, 9) + 1) + "项";
        indicator.basis.text = "测试";
        indicators.insert(indicators.begin() + static_cast<std::ptrdiff_t>(at), indicator);
        log += where + "indicator added at " + std::to_string(at + 1) + "\n";
        break;
      }
      case 2:
        if (indicators.size() < 2) break;
        {
          const size_t at = test::pick(random, indicators.size());
          log += where + "indicator " + std::to_string(at + 1) + " removed\n";
          indicators.erase(indicators.begin() + static_cast<std::ptrdiff_t>(at));
        }
        break;
      case 3:
        project.budget.total.text = std::to_string(test::pick(random, 1000) + 1) + ".50";
        log += where + "budget " + project.budget.total.text + "\n";
        break;
      case 4:
        if (project.code.text.empty()) break;  // projects without a code are matched by name
        project.name.text += "（改）";
        log += where + "renamed\n";
        break;
      case 5: {
        const size_t quarter = test::pick(random, 4);
        project.spending_plan[quarter].text = std::to_string(test::pick(random, 100)) + "%";
        log += where + "spending plan " + std::to_string(quarter) + "\n";
        break;
      }
    }
  }
}

class FormApplierProperty : public ::testing::TestWithParam<const char*> {};

TEST_P(FormApplierProperty, OutputReadsAsTheEditedFilingAndKeepsUntouchedParts) {
  const std::string seed = GetParam();
  Filing source = read_filing(test::source_dir() + "/fixtures/docx/" + seed + ".docx");
  const std::string original =
      form_apply_test::write_workbook(source, "property-" + seed + "-form.xlsx");
  const auto original_entries = form_apply_test::zip_entries(original);
  std::string source_texts_part;
  {
    xlsx::apply::WorkbookEdit workbook(original);
    source_texts_part = workbook.part_of(xlsx::kSourceTextSheet);
  }
  for (unsigned run = 0; run < 4; ++run) {
    std::mt19937 random(1000 * static_cast<unsigned>(std::stoi(seed)) + run);
    Filing edited = read_filing(original);
    std::string log;
    edit_randomly(edited, random, log);
    SCOPED_TRACE("fixture " + seed + " run " + std::to_string(run) + ":\n" + log);
    Applied applied = form_apply_test::apply_edits_to(
        original, edited, "property-" + seed + "-" + std::to_string(run));
    for (const AppliedEdit& edit : applied.report.edits) {
      EXPECT_TRUE(edit.applied) << edit.project << " " << edit.what << ": " << edit.problem;
    }
    EXPECT_EQ(form_apply_test::describe_differences(applied.edited, applied.result), "");

    std::set<std::string> may_change = {"xl/workbook.xml", source_texts_part};
    for (const ProjectChange& change : applied.diff.projects) {
      may_change.insert(
          applied.original.projects[static_cast<size_t>(change.pair.before)].where.part);
    }
    const auto output_entries = form_apply_test::zip_entries(applied.output);
    ASSERT_EQ(output_entries.size(), original_entries.size());
    for (const auto& [name, content] : original_entries) {
      ASSERT_TRUE(output_entries.count(name)) << name;
      if (may_change.count(name)) continue;
      EXPECT_EQ(output_entries.at(name), content) << name << " changed";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FormApplierProperty,
                         ::testing::Values("000", "001", "002", "003", "004"));

}  // namespace
}  // namespace kpiconv
