// The XLSX writer's layouts, read back through the library: what goes in comes out, text that
// looks like a formula stays text, and the indicator sheet continues past its row limit.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "converter/error.h"
#include "formats/ooxml/package.h"
#include "formats/xlsx/xlsx_writer.h"
#include "support/files.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Filing small_filing(int indicators) {
  Filing filing;
  filing.title = "测试文本";
  Project project;
  project.title = field("1. 测试项目绩效目标表");
  project.unit_code = field("471001");
  project.unit_name = field("某局");
  project.amount_unit = field("万元");
  project.code = field("=HYPERLINK(\"http://x\")");  // text that looks like a formula
  project.name = field("+1 项目");
  project.budget.total = field("1,024.50");
  project.budget.fiscal = field("1,024.50");
  project.spending_plan = {field("30"), field("60%"), field(""), field("100%")};
  project.goals = field("@目标\n第二行");
  for (int i = 0; i < indicators; ++i) {
    Indicator indicator;
    indicator.level1 = field("产出指标");
    indicator.level2 = field(i % 2 ? "质量指标" : "数量指标");
    indicator.level3 = field("指标" + std::to_string(i));
    indicator.value = field("-" + std::to_string(i));
    project.indicators.push_back(indicator);
  }
  filing.projects.push_back(project);
  return filing;
}

std::string write(const Filing& filing, const WriteOptions& options, const std::string& name) {
  std::string path = test::scratch_path(name).string();
  XlsxWriter().write(filing, path, options);
  return path;
}

void expect_same_projects(const Filing& read, const Filing& written) {
  ASSERT_EQ(read.projects.size(), written.projects.size());
  for (size_t p = 0; p < read.projects.size(); ++p) {
    const Project& a = read.projects[p];
    const Project& b = written.projects[p];
    EXPECT_EQ(a.title.text, b.title.text);
    EXPECT_EQ(a.code.text, b.code.text);
    EXPECT_EQ(a.name.text, b.name.text);
    EXPECT_EQ(a.budget.total.text, b.budget.total.text);
    for (size_t q = 0; q < 4; ++q) EXPECT_EQ(a.spending_plan[q].text, b.spending_plan[q].text);
    EXPECT_EQ(a.goals.text, b.goals.text);
    ASSERT_EQ(a.indicators.size(), b.indicators.size());
    for (size_t i = 0; i < a.indicators.size(); ++i) {
      EXPECT_EQ(a.indicators[i].level2.text, b.indicators[i].level2.text);
      EXPECT_EQ(a.indicators[i].level3.text, b.indicators[i].level3.text);
      EXPECT_EQ(a.indicators[i].value.text, b.indicators[i].value.text);
    }
  }
}

TEST(XlsxWriterLayout, NormalizedLayoutReadsBack) {
  Filing filing = small_filing(3);
  Filing read = read_filing(write(filing, {}, "normalized.xlsx"));
  EXPECT_EQ(read.title, "测试文本");
  expect_same_projects(read, filing);
}

TEST(XlsxWriterLayout, FormLayoutReadsBack) {
  Filing filing = small_filing(3);
  WriteOptions options;
  options.layout = "form";
  Filing read = read_filing(write(filing, options, "form.xlsx"));
  expect_same_projects(read, filing);
}

TEST(XlsxWriterLayout, TextThatLooksLikeAFormulaIsWrittenAsText) {
  std::string path = write(small_filing(1), {}, "formula.xlsx");
  ooxml::Package package(path, {});
  std::string sheet = package.archive().read_all(*package.find("xl/worksheets/sheet1.xml"));
  EXPECT_EQ(sheet.find("<f>"), std::string::npos);
  EXPECT_EQ(read_filing(path).projects[0].code.text, "=HYPERLINK(\"http://x\")");
}

TEST(XlsxWriterLayout, IndicatorsContinueOnTheNextSheetPastTheRowLimit) {
  Filing filing = small_filing(7);
  WriteOptions options;
  options.rows_per_sheet = 4;  // a heading and three indicators per sheet
  std::string path = write(filing, options, "continued.xlsx");
  Document document = read_document(path);
  std::vector<std::string> sheets;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) sheets.push_back(paragraph->text);
  }
  EXPECT_EQ(sheets, (std::vector<std::string>{"项目", "指标", "指标 (2)", "指标 (3)", "来源"}));
  expect_same_projects(read_filing(path), filing);
}

TEST(XlsxWriterLayout, RefusesAnUnknownLayout) {
  WriteOptions options;
  options.layout = "poster";
  EXPECT_THROW(write(small_filing(1), options, "poster.xlsx"), Error);
}

}  // namespace
}  // namespace kpiconv
