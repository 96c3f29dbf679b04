// Text reaches a workbook as it was meant, in every sheet of every layout: a NUL (which would end
// a C string) and the characters no XML holds become U+FFFD with a warning naming the cell; other
// control characters and text that looks like an escape read back exactly as written.
#include <gtest/gtest.h>

#include <algorithm>

#include "converter/convert.h"
#include "converter/text/text.h"
#include "formats/xlsx/cell_text.h"
#include "formats/xlsx/combined_workbook.h"
#include "formats/xlsx/workbook_writer.h"
#include "formats/xlsx/xlsx_writer.h"
#include "support/files.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using namespace std::string_literals;
using test::field;

// One project with one indicator whose 指标值 is `value`, and a table titled `table_title`.
Filing filing_with(const std::string& value, const std::string& table_title = "表") {
  Filing filing;
  filing.source = {"in.docx", "docx"};
  filing.title = "测试\x01文本";
  Project project;
  project.title = field("1. 测试项目绩效目标表");
  project.amount_unit = field("万元");
  project.code = field("13073024P00008610002Q");
  project.name = field("测试项目");
  project.budget.total = field("24.00");
  Indicator indicator;
  indicator.level1 = field("产出指标");
  indicator.level2 = field("数量指标");
  indicator.level3 = field("次数");
  indicator.value = field(value);
  project.indicators.push_back(indicator);
  filing.projects.push_back(project);
  GenericTable table;
  table.title = table_title;
  test::TableBuilder builder(1);
  builder.row({"单元格"});
  table.grid = builder.build();
  filing.tables.push_back(table);
  return filing;
}

struct Written {
  Filing back;
  std::vector<std::string> warnings;
};

Written write_and_read(const Filing& filing, const std::string& layout, const std::string& name) {
  std::string path = test::scratch_path(name).string();
  WriteOptions options;
  options.layout = layout;
  WriteReport report = XlsxWriter().write(filing, path, options);
  return {read_filing(path), report.warnings};
}

bool has_warning(const std::vector<std::string>& warnings, const std::string& part) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

TEST(XlsxWriterText, ANulInACellBecomesAReplacementCharacterWithAWarningNamingTheCell) {
  Filing filing = filing_with("47\0EVIL"s);
  Written normalized = write_and_read(filing, "normalized", "nul-normalized.xlsx");
  ASSERT_EQ(normalized.back.projects.size(), 1u);
  EXPECT_EQ(normalized.back.projects[0].indicators[0].value.text, "47\uFFFDEVIL");
  EXPECT_TRUE(has_warning(normalized.warnings,
                          "text of 指标!G2: 1 character that a workbook cannot hold (NUL, U+FFFE, "
                          "U+FFFF or invalid UTF-8) written as U+FFFD"))
      << testing::PrintToString(normalized.warnings);

  Written form = write_and_read(filing, "form", "nul-form.xlsx");
  ASSERT_EQ(form.back.projects.size(), 1u);
  EXPECT_EQ(form.back.projects[0].indicators[0].value.text, "47\uFFFDEVIL");
  EXPECT_TRUE(has_warning(form.warnings, "text of '1 测试项目'!F10: 1 character"))
      << testing::PrintToString(form.warnings);
}

TEST(XlsxWriterText, OtherControlCharactersAndEscapeLookalikesReadBackAsWritten) {
  // libxlsxwriter writes U+0001 as _x0001_; a literal "_x0041_" must not read back as "A".
  for (const std::string& value : {"a\x01"s + "b\x1F" + "c", "f_x0041_"s, "_X00e9_ and _x12_"s}) {
    SCOPED_TRACE(testing::PrintToString(value));
    for (const char* layout : {"normalized", "form"}) {
      Written written = write_and_read(filing_with(value), layout, "controls.xlsx");
      ASSERT_EQ(written.back.projects.size(), 1u);
      EXPECT_EQ(written.back.projects[0].indicators[0].value.text, value) << layout;
      EXPECT_FALSE(has_warning(written.warnings, "U+FFFD")) << layout;
    }
  }
}

TEST(XlsxWriterText, TitlesWithControlCharactersMakeLegalSheetNamesAndProperties) {
  // A table title and the filing's title go into sheet names and docProps/core.xml, which are no
  // cells: there a control character would make the workbook unreadable.
  Filing filing = filing_with("≥1次", "采购\x01表\0x"s);
  for (const char* layout : {"normalized", "form"}) {
    SCOPED_TRACE(layout);
    Written written = write_and_read(filing, layout, "titles.xlsx");
    ASSERT_EQ(written.back.tables.size(), 1u);
    EXPECT_EQ(written.back.tables[0].title, "采购\x01表\uFFFDx");  // the 来源 sheet keeps it
    EXPECT_EQ(written.back.tables[0].grid.at(0, 0)->text, "单元格");
    EXPECT_EQ(written.back.title, "测试\x01文本");
  }
  EXPECT_EQ(xlsx::legal_sheet_name("采购\x01表\0x"s), "采购\uFFFD表\uFFFDx");
}

TEST(XlsxWriterText, TheCombinedWorkbookMakesItsTextSafeToo) {
  std::string path = test::scratch_path("combined-nul.xlsx").string();
  std::unique_ptr<CombinedWriter> combined = xlsx::open_combined_workbook(path, {});
  Filing filing = filing_with("47\0EVIL"s);
  std::unique_ptr<FilingStream> stream = combined->next_filing("in.docx");
  stream->add(filing.projects[0]);
  filing.projects.clear();
  stream->finish(filing);
  WriteReport report = combined->finish();
  EXPECT_TRUE(has_warning(report.warnings, "text of 指标!H2: 1 character"))
      << testing::PrintToString(report.warnings);
  Filing back = read_filing(path);
  ASSERT_EQ(back.projects.size(), 1u);
  EXPECT_EQ(back.projects[0].indicators[0].value.text, "47\uFFFDEVIL");
}

TEST(XlsxCellText, CountsWhatItReplacesAndCutsAtExcelsLimitWithTheEscapesWritten) {
  xlsx::CellText plain = xlsx::cell_text("定额补助\t资金\n");
  EXPECT_EQ(plain.text, "定额补助\t资金\n");
  EXPECT_EQ(plain.replaced, 0u);
  xlsx::CellText odd = xlsx::cell_text(
      "a\0b\xEF\xBF\xBE"
      "c\xFF"
      "d\x01"s);
  EXPECT_EQ(odd.text, "a\uFFFDb\uFFFDc\uFFFDd\x01");
  EXPECT_EQ(odd.replaced, 3u);
  EXPECT_EQ(xlsx::cell_text("_x0041_").text, "_x005F_x0041_");
  // Excel's 32,767 characters, as libxlsxwriter is given them: an escape counts whole.
  std::string near_limit = std::string(xlsx::kMaximumCellCharacters - 3, 'a') + "_x0041_";
  xlsx::CellText cut = xlsx::cell_text(near_limit);
  EXPECT_EQ(cut.text, std::string(xlsx::kMaximumCellCharacters - 3, 'a'));
  EXPECT_EQ(cut.cut, 7u);
  size_t replaced = 0;
  EXPECT_EQ(xml_safe_text("a\x01\tb\0c"s, replaced), "a\uFFFD\tb\uFFFDc");
}

TEST(XlsxWriterText, PastTwentyCellsOneWarningCountsTheRest) {
  Filing filing = filing_with("1");
  Indicator indicator = filing.projects[0].indicators[0];
  filing.projects[0].indicators.clear();
  for (int i = 0; i < 25; ++i) {
    indicator.value.text = "47\0"s + std::to_string(i);
    filing.projects[0].indicators.push_back(indicator);
  }
  Written written = write_and_read(filing, "normalized", "many-nuls.xlsx");
  size_t named = 0;
  for (const std::string& warning : written.warnings) named += warning.starts_with("text of 指标!");
  // 25 cells: 20 named, 5 counted.
  EXPECT_EQ(named, 20u);
  EXPECT_TRUE(has_warning(written.warnings,
                          "5 more cells had characters that a workbook cannot hold written as "
                          "U+FFFD"))
      << testing::PrintToString(written.warnings);
  EXPECT_EQ(written.back.projects[0].indicators[24].value.text, "47\uFFFD24");
}

}  // namespace
}  // namespace kpiconv
