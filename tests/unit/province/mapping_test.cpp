// A province template's mapping file is refused, pointing at its line, whenever it cannot be
// taken: TOML that does not parse, an unknown key or field, a sheet or heading the template lacks.
#include "formats/province/mapping.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/province/province_template.h"
#include "formats/province/template_fill.h"

namespace kpiconv::province {
namespace {

constexpr const char* kRowsMapping = R"(name = "test"
template = "template.xlsx"
sheet = "绩效目标"
layout = "rows"
header_row = 3
amount_unit = "万元"

[columns]
"项目代码" = "project.code"
"计算符号" = "indicator.comparator"

[comparators]
"≥" = "大于等于"

[natures]
rising = "正向"

[categories]
format = "{code}-{name}"
[categories.codes]
"产出指标" = "01"
)";

std::string error_of(const std::string& toml) {
  try {
    parse_mapping(toml, "mapping.toml");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    return error.what();
  }
  ADD_FAILURE() << "no error for:\n" << toml;
  return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(Mapping, ReadsEveryKeyOfTheRowsLayout) {
  Mapping mapping = parse_mapping(kRowsMapping, "mapping.toml");
  EXPECT_EQ(mapping.name, "test");
  EXPECT_EQ(mapping.sheet, "绩效目标");
  EXPECT_EQ(mapping.sheet_line, 3);
  EXPECT_EQ(mapping.layout, Layout::kRows);
  EXPECT_EQ(mapping.header_row, 2);
  EXPECT_EQ(mapping.amount_unit, "万元");
  ASSERT_EQ(mapping.columns.size(), 2u);
  EXPECT_EQ(mapping.columns[0].field, FieldId::kComparator);  // TOML tables come in key order
  EXPECT_EQ(mapping.columns[0].heading, "计算符号");
  EXPECT_EQ(mapping.columns[0].line, 10);
  EXPECT_EQ(mapping.comparator_word("≥"), "大于等于");
  EXPECT_EQ(mapping.comparator_word("<"), "<");  // not listed: the symbol itself
  EXPECT_EQ(mapping.comparator_symbol("大于等于"), "≥");
  EXPECT_EQ(mapping.comparator_symbol("≤"), "≤");
  EXPECT_EQ(mapping.comparator_symbol("约"), std::nullopt);
  EXPECT_EQ(mapping.rising_word, "正向");
  EXPECT_EQ(mapping.falling_word, "反向");  // the default
  EXPECT_EQ(mapping.categories.format(), "{code}-{name}");
  ASSERT_EQ(mapping.categories.codes().size(), 1u);
  EXPECT_EQ(mapping.categories.codes()[0], (std::pair<std::string, std::string>{"产出指标", "01"}));
  EXPECT_EQ(mapping.categories.entry_for("产出"), "01-产出指标");
  EXPECT_EQ(mapping.categories.name_of("01-产出指标"), "产出指标");
}

TEST(Mapping, MistakesArePointedAtTheirLine) {
  EXPECT_TRUE(error_of(replaced(kRowsMapping, "\"project.code\"", "\"project.codes\""))
                  .starts_with("mapping.toml: line 9: no field is named 'project.codes' (fields: "
                               "unit.code, unit.name, project.title, project.code"));
  EXPECT_EQ(error_of(replaced(kRowsMapping, "header_row = 3", "header_rows = 3")),
            "mapping.toml: line 5: unknown key 'header_rows'");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "header_row = 3", "header_row = \"3\"")),
            "mapping.toml: line 5: header_row must be a row number from 1 to 1048576");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "layout = \"rows\"", "layout = \"grid\"")),
            "mapping.toml: line 4: layout is \"rows\" (one row per indicator) or \"blocks\" (one "
            "block per project), not \"grid\"");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "amount_unit = \"万元\"", "amount_unit = \"美元\"")),
            "mapping.toml: line 6: amount_unit is 元 or 万元, not 美元");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "\"≥\" = \"大于等于\"", "\"≈\" = \"约等于\"")),
            "mapping.toml: line 13: comparators are ≥ ≤ > < =, not '≈'");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "rising", "upward")),
            "mapping.toml: line 16: natures are rising, falling and qualitative, not 'upward'");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "format = \"{code}-{name}\"", "format = \"{code}\"")),
            "mapping.toml: line 19: the format must hold {name} (and may hold {code})");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "sheet = \"绩效目标\"\n", "")),
            "mapping.toml: line 1: the mapping needs 'sheet = …'");
  EXPECT_EQ(error_of(replaced(kRowsMapping, "[columns]", "[columns")).substr(0, 28),
            "mapping.toml: line 8: not TO");
}

constexpr const char* kBlocksMapping = R"(template = "template.xlsx"
sheet = "项目绩效目标"
layout = "blocks"
block = "1:11"
indicator_row = 10
merge_down = ["A", "B"]

[cells]
"B3" = "project.code"

[indicator_columns]
"A" = "indicator.level1"
"E" = "indicator.value"
)";

TEST(Mapping, ReadsTheBlocksLayoutAndRefusesCellsOutsideTheBlock) {
  Mapping mapping = parse_mapping(kBlocksMapping, "m.toml");
  EXPECT_EQ(mapping.layout, Layout::kBlocks);
  EXPECT_EQ(mapping.block_first_row, 0);
  EXPECT_EQ(mapping.block_last_row, 10);
  EXPECT_EQ(mapping.indicator_row, 9);
  ASSERT_EQ(mapping.cells.size(), 1u);
  EXPECT_EQ(mapping.cells[0].cell, (xlsx::CellPosition{2, 1}));
  ASSERT_EQ(mapping.indicator_columns.size(), 2u);
  EXPECT_EQ(mapping.indicator_columns[1].col, 4);
  EXPECT_EQ(mapping.merge_down, (std::vector<int>{0, 1}));

  auto error = [](const std::string& toml) {
    try {
      parse_mapping(toml, "m.toml");
    } catch (const Error& caught) {
      return std::string(caught.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error(replaced(kBlocksMapping, "\"B3\"", "\"B12\"")),
            "m.toml: line 9: B12 is not in the block, or is in its indicator row "
            "(indicator_columns name those)");
  EXPECT_EQ(error(replaced(kBlocksMapping, "\"B3\"", "\"3B\"")),
            "m.toml: line 9: '3B' is not a cell like B3");
  EXPECT_EQ(error(replaced(kBlocksMapping, "\"indicator.level1\"", "\"project.code\"")),
            "m.toml: line 12: only indicator fields go here");
  EXPECT_EQ(error(replaced(kBlocksMapping, "indicator_row = 10", "indicator_row = 12")),
            "m.toml: line 5: indicator_row must be a row of the block");
  EXPECT_EQ(error(replaced(kBlocksMapping, "block = \"1:11\"", "block = \"eleven\"")),
            "m.toml: line 4: block is the template's rows of one project, like \"1:14\"");
}

TEST(Mapping, ASheetOrHeadingTheTemplateLacksIsPointedAtTheMappingLine) {
  ProvinceTemplate flat = open_province_template("flat-import");
  flat.mapping.sheet = "绩效目标表";
  try {
    TemplateFill fill(flat);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    EXPECT_EQ(std::string(error.what()),
              "templates/province/flat-import/mapping.toml (built in): line 7: the workbook "
              "flat-import (built in) has no sheet named '绩效目标表'");
  }
  flat = open_province_template("flat-import");
  flat.mapping.columns[0].heading = "项目编号";
  try {
    TemplateFill fill(flat);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_TRUE(std::string(error.what())
                    .starts_with("templates/province/flat-import/mapping.toml (built in): line " +
                                 std::to_string(flat.mapping.columns[0].line) +
                                 ": row 3 of sheet '绩效目标' has no heading '项目编号' (its "
                                 "headings: 年度, 单位编码, 单位名称, 项目代码"))
        << error.what();
  }
}

}  // namespace
}  // namespace kpiconv::province
