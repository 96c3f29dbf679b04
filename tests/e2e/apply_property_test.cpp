// The property `apply` promises, over every DOCX fixture (Word's and LibreOffice's) and several
// seeds: random edits made to the filing in C++ (an indicator's value, a row added after a random
// one, a row removed, a budget figure, a project renamed, a spending-plan quarter, a 三级指标
// renamed), written as the normalized workbook, then applied to the original DOCX. The output
// reads as exactly the edited filing, `diff` finds nothing between it and the workbook, and every
// zip entry but the main part is byte-identical to the original's.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "converter/apply.h"
#include "converter/convert.h"
#include "converter/diff/filing_diff.h"
#include "converter/registry/registry.h"
#include "converter/values/indicator_value.h"
#include "formats/ooxml/zip_archive.h"
#include "support/files.h"
#include "support/random_pick.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

const unsigned kRandomSeeds[] = {11, 23, 37, 51, 64, 79, 83, 97};

// Random edits of the kinds an office makes; returns what was done, for failure messages.
std::vector<std::string> edit(Filing& filing, std::mt19937& random) {
  std::vector<std::string> log;
  int added = 0;
  const int edits = 1 + static_cast<int>(test::pick(random, 6));
  for (int e = 0; e < edits && !filing.projects.empty(); ++e) {
    size_t p = test::pick(random, filing.projects.size());
    Project& project = filing.projects[p];
    std::vector<Indicator>& indicators = project.indicators;
    std::string where = project_identity(project) + " ";
    switch (test::pick(random, 7)) {
      case 0: {  // an indicator's value
        if (indicators.empty()) break;
        size_t i = test::pick(random, indicators.size());
        indicators[i].value.text =
            "≥" + std::to_string(80 + test::pick(random, 19)) + "%（改" + std::to_string(e) + "）";
        log.push_back(where + "value of indicator " + std::to_string(i + 1));
        break;
      }
      case 1: {  // a row added after a random one, in its group or a new 二级
        if (indicators.empty()) break;
        size_t i = test::pick(random, indicators.size());
        Indicator row;
        row.level1.text = indicators[i].level1.text;
        row.level2.text = test::pick(random, 3) == 0 ? "新增二级" + std::to_string(++added)
                                                     : indicators[i].level2.text;
        row.level3.text = "新增指标" + std::to_string(++added);
        row.description.text = "新增描述" + std::to_string(added);
        row.value.text = std::to_string(1 + test::pick(random, 9)) + "项";
        row.basis.text = "工作计划";
        indicators.insert(indicators.begin() + static_cast<long>(i) + 1, row);
        log.push_back(where + "indicator added after " + std::to_string(i + 1) + " (" +
                      row.level1.text + "/" + row.level2.text + ")");
        break;
      }
      case 2: {  // a row removed
        if (indicators.empty()) break;
        size_t i = test::pick(random, indicators.size());
        indicators.erase(indicators.begin() + static_cast<long>(i));
        log.push_back(where + "indicator " + std::to_string(i + 1) + " removed");
        break;
      }
      case 3:  // a budget figure
        if (project.budget.total.where.empty()) break;
        project.budget.total.text =
            std::to_string(100 + test::pick(random, 900)) + ".5" + std::to_string(e);
        log.push_back(where + "budget.total");
        break;
      case 4:  // a project renamed (projects without a code are matched by name: not a rename)
        if (project.code.text.empty() || project.name.where.empty()) break;
        project.name.text += "（调整" + std::to_string(e) + "）";
        log.push_back(where + "renamed");
        break;
      case 5: {  // a spending-plan quarter
        size_t q = test::pick(random, 4);
        if (project.spending_plan[q].where.empty()) break;
        project.spending_plan[q].text =
            std::to_string(10 + test::pick(random, 80)) + "." + std::to_string(e);
        log.push_back(where + "spending_plan[" + std::to_string(q) + "]");
        break;
      }
      case 6: {  // a 三级指标 only: renamed
        if (indicators.empty()) break;
        size_t i = test::pick(random, indicators.size());
        indicators[i].level3.text += "（改" + std::to_string(e) + "）";
        log.push_back(where + "level3 of indicator " + std::to_string(i + 1));
        break;
      }
    }
  }
  // The workbook carries each value's parse beside it: parsed anew, as a reader would.
  for (Project& project : filing.projects) {
    for (Indicator& indicator : project.indicators) {
      indicator.parsed = parse_indicator_value(indicator.value.text);
    }
  }
  return log;
}

// Every text of a filing the model carries, one line each, so a difference reads as a line.
std::vector<std::string> texts_of(const Filing& filing) {
  std::vector<std::string> lines = {"title " + filing.title};
  for (size_t p = 0; p < filing.projects.size(); ++p) {
    const Project& project = filing.projects[p];
    std::string prefix = "project " + std::to_string(p + 1) + " ";
    for (const ProjectFieldRef& ref : project_fields()) {
      lines.push_back(prefix + ref.name + " = " + field_of(project, ref).text);
    }
    for (size_t i = 0; i < project.indicators.size(); ++i) {
      for (const IndicatorFieldRef& ref : indicator_fields()) {
        lines.push_back(prefix + "indicator " + std::to_string(i + 1) + " " + ref.name + " = " +
                        (project.indicators[i].*ref.field).text);
      }
    }
  }
  for (size_t t = 0; t < filing.tables.size(); ++t) {
    const GenericTable& table = filing.tables[t];
    std::string prefix = "table " + std::to_string(t + 1) + " ";
    lines.push_back(prefix + table.title + " " + std::to_string(table.grid.rows) + "x" +
                    std::to_string(table.grid.cols));
    for (const Cell& cell : table.grid.cells) {
      lines.push_back(prefix + std::to_string(cell.row) + "," + std::to_string(cell.col) + " " +
                      std::to_string(cell.row_span) + "x" + std::to_string(cell.col_span) + " " +
                      cell.text);
    }
  }
  return lines;
}

std::string first_difference(const std::vector<std::string>& actual,
                             const std::vector<std::string>& expected) {
  for (size_t i = 0; i < std::max(actual.size(), expected.size()); ++i) {
    std::string a = i < actual.size() ? actual[i] : "<none>";
    std::string b = i < expected.size() ? expected[i] : "<none>";
    if (a != b) return "line " + std::to_string(i + 1) + ":\n  output: " + a + "\n  edited: " + b;
  }
  return {};
}

// Every entry of `original` but `except` is in `output` with the same bytes, in the same order.
void expect_entries_kept(const std::string& original, const std::string& output,
                         const std::string& except) {
  ooxml::ZipArchive before(original, ooxml::PackageLimits{});
  ooxml::ZipArchive after(output, ooxml::PackageLimits{});
  ASSERT_EQ(before.entries().size(), after.entries().size());
  for (size_t i = 0; i < before.entries().size(); ++i) {
    const ooxml::ZipEntry& entry = before.entries()[i];
    ASSERT_EQ(entry.name, after.entries()[i].name);
    if (entry.name == except) continue;
    EXPECT_EQ(before.read_all(entry), after.read_all(after.entries()[i]))
        << entry.name << " changed";
    EXPECT_EQ(entry.compressed_size, after.entries()[i].compressed_size) << entry.name;
  }
}

std::string report_of(const ApplyReport& report) {
  std::string text;
  for (const AppliedEdit& edit : report.edits) {
    text += (edit.applied ? "  applied " : "  NOT applied ") + edit.project + " " + edit.what +
            " \"" + edit.before + "\" -> \"" + edit.after + "\" " + edit.where.to_string() + " " +
            edit.problem + "\n";
  }
  return text;
}

class ApplyProperty : public ::testing::TestWithParam<std::tuple<const char*, unsigned>> {};

TEST_P(ApplyProperty, OutputReadsAsTheEditedFilingAndKeepsEveryOtherEntry) {
  auto [fixture, seed] = GetParam();
  std::string original = test::source_dir() + "/" + fixture;
  std::string folder = test::make_temp_dir("apply-property");
  std::string workbook = folder + "/edited.xlsx";
  std::string output = folder + "/out.docx";

  Filing filing = read_filing(original);
  std::mt19937 random(seed);
  std::vector<std::string> log = edit(filing, random);
  std::string edits;
  for (const std::string& line : log) edits += "  " + line + "\n";
  SCOPED_TRACE(std::string(fixture) + " seed " + std::to_string(seed) + ", edits:\n" + edits);
  write_filing(filing, workbook, *builtin_registry().writer_named("xlsx"));

  ApplyResult result = apply_edits(original, workbook, output);
  EXPECT_TRUE(result.report.all_applied()) << report_of(result.report);
  EXPECT_EQ(result.report.edits.empty(), log.empty()) << report_of(result.report);

  Filing written = read_filing(output);
  EXPECT_EQ(first_difference(texts_of(written), texts_of(filing)), "");
  Filing from_workbook = read_filing(workbook);
  EXPECT_TRUE(diff_filings(written, from_workbook).empty());
  expect_entries_kept(original, output, "word/document.xml");
  fs::remove_all(folder);
}

TEST(ApplyNoEdits, LeaveEveryEntryAsItWas) {
  for (const char* fixture : test::kFixtureDocuments) {
    std::string original = test::source_dir() + "/" + fixture;
    std::string folder = test::make_temp_dir("apply-none");
    write_filing(read_filing(original), folder + "/same.xlsx",
                 *builtin_registry().writer_named("xlsx"));
    ApplyResult result = apply_edits(original, folder + "/same.xlsx", folder + "/out.docx");
    EXPECT_TRUE(result.report.edits.empty()) << fixture << "\n" << report_of(result.report);
    expect_entries_kept(original, folder + "/out.docx", "");
    fs::remove_all(folder);
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ApplyProperty,
                         ::testing::Combine(::testing::ValuesIn(test::kFixtureDocuments),
                                            ::testing::ValuesIn(kRandomSeeds)));

}  // namespace
}  // namespace kpiconv
