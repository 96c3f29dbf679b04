// The diff as people read it (exact lines, in both languages) and as programs read it (JSON).
#include "converter/diff/diff_report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "unit/diff/sample_filing.h"

namespace kpiconv {
namespace {

using test::sample_filing;
using test::sample_project;
using test::sample_table;

struct Edited {
  Filing before;
  Filing after;
  FilingDiff diff;
};

Edited edited() {
  Edited result;
  result.before = sample_filing({sample_project("P1", "甲", 1), sample_project("P2", "乙", 2)},
                                {sample_table("采购表")});
  result.after = result.before;
  result.after.source = {"out.xlsx", "xlsx"};
  Project& p1 = result.after.projects[0];
  p1.indicators[0].level3.text = "定额补助次数";
  p1.indicators[1].value.text = "≥98%";
  p1.goals.text = "保障运转\n提高效率";
  result.after.projects[1].budget.total.text = "25.00";
  result.after.projects[1].budget.other.text = "1.00";
  result.after.projects.push_back(sample_project("P3", "丙", 3));
  result.after.tables[0].grid.cells[3].text = "4";
  result.diff = diff_filings(result.before, result.after);
  return result;
}

std::string text_of(const Edited& edited, Language language) {
  std::ostringstream out;
  write_diff_text(edited.diff, edited.before, edited.after, language, out);
  return out.str();
}

TEST(DiffReport, NothingForEqualFilings) {
  Filing filing = sample_filing({sample_project("P1", "甲")});
  std::ostringstream out;
  write_diff_text(diff_filings(filing, filing), filing, filing, Language::kChinese, out);
  EXPECT_EQ(out.str(), "");
}

TEST(DiffReport, ChineseTextGroupedByProject) {
  EXPECT_EQ(text_of(edited(), Language::kChinese),
            "--- in.docx (docx)\n"
            "+++ out.xlsx (xlsx)\n"
            "项目 P1 甲\n"
            "  绩效目标：保障运转 → 保障运转↵提高效率（word/document.xml#tbl[1]/tr[7]/tc[2]）\n"
            "  指标 1 改名：产出指标 / 数量指标 / 补助次数 → 产出指标 / 数量指标 / 定额补助次数\n"
            "  指标 2（产出指标 / 质量指标 / 资金拨付到位率）\n"
            "    指标值：≥95% → ≥98%（word/document.xml#tbl[1]/tr[11]/tc[5]）\n"
            "项目 P2 乙\n"
            "  预算数：24.00 → 25.00（word/document.xml#tbl[2]/tr[4]/tc[2]）\n"
            "  其他资金：（空） → 1.00（word/document.xml#tbl[2]/tr[4]/tc[6]）\n"
            "新增项目 P3 丙\n"
            "表格 “采购表”\n"
            "  B2：3 → 4（word/document.xml#tbl[1]/tr[2]/tc[2]）\n");
}

TEST(DiffReport, EnglishText) {
  EXPECT_EQ(
      text_of(edited(), Language::kEnglish),
      "--- in.docx (docx)\n"
      "+++ out.xlsx (xlsx)\n"
      "project P1 甲\n"
      "  performance goals: 保障运转 → 保障运转↵提高效率 (word/document.xml#tbl[1]/tr[7]/tc[2])\n"
      "  indicator 1 renamed: 产出指标 / 数量指标 / 补助次数 → 产出指标 / 数量指标 / 定额补助次数\n"
      "  indicator 2 (产出指标 / 质量指标 / 资金拨付到位率)\n"
      "    target value: ≥95% → ≥98% (word/document.xml#tbl[1]/tr[11]/tc[5])\n"
      "project P2 乙\n"
      "  budget: 24.00 → 25.00 (word/document.xml#tbl[2]/tr[4]/tc[2])\n"
      "  other funds: (empty) → 1.00 (word/document.xml#tbl[2]/tr[4]/tc[6])\n"
      "added project P3 丙\n"
      "table “采购表”\n"
      "  B2: 3 → 4 (word/document.xml#tbl[1]/tr[2]/tc[2])\n");
}

TEST(DiffReport, RemovalsAndTheFilingTitle) {
  Filing before = sample_filing({sample_project("P1", "甲"), sample_project("P2", "乙")},
                                {sample_table("采购表")});
  Filing after = before;
  after.title = "新标题";
  after.projects.erase(after.projects.begin());
  after.projects[0].indicators.pop_back();
  after.tables.clear();
  std::ostringstream out;
  write_diff_text(diff_filings(before, after), before, after, Language::kChinese, out);
  EXPECT_EQ(out.str(),
            "--- in.docx (docx)\n"
            "+++ in.docx (docx)\n"
            "文件标题：怀来县工业和信息化局2023年部门预算 → 新标题\n"
            "删除项目 P1 甲\n"
            "项目 P2 乙\n"
            "  删除指标 3：满意度指标 / 服务对象满意度指标 / 服务满意度\n"
            "删除表格 “采购表”\n");
}

TEST(DiffReport, FieldLabels) {
  EXPECT_EQ(field_label("budget.fiscal", Language::kChinese), "其中：财政资金");
  EXPECT_EQ(field_label("spending_plan[0]", Language::kChinese), "3月底");
  EXPECT_EQ(field_label("basis", Language::kChinese), "指标值确定依据");
  EXPECT_EQ(field_label("extra.备注", Language::kChinese), "备注");
  EXPECT_EQ(field_label("extra.备注", Language::kEnglish), "column 备注");
  EXPECT_EQ(field_label("level3", Language::kEnglish), "level 3");
}

TEST(DiffReport, EditLabelsAsApplyNamesItsEdits) {
  EXPECT_EQ(edit_label("budget.total", Language::kChinese), "预算数");
  EXPECT_EQ(edit_label("spending_plan[3]", Language::kChinese), "12月底");
  EXPECT_EQ(edit_label("indicator 3 value", Language::kChinese), "指标 3 指标值");
  EXPECT_EQ(edit_label("indicator 12 level3", Language::kChinese), "指标 12 三级指标");
  EXPECT_EQ(edit_label("indicator 3 added", Language::kChinese), "新增指标 3");
  EXPECT_EQ(edit_label("indicator 4 removed", Language::kChinese), "删除指标 4");
  EXPECT_EQ(edit_label("project added", Language::kChinese), "新增项目");
  EXPECT_EQ(edit_label("project removed", Language::kChinese), "删除项目");
  EXPECT_EQ(edit_label("table 2 cell B4", Language::kChinese), "表格 2 单元格 B4");
  EXPECT_EQ(edit_label("table 2 added", Language::kChinese), "新增表格 2");
  EXPECT_EQ(edit_label("table 2 rows and columns", Language::kChinese), "表格 2 行列与合并");
  EXPECT_EQ(edit_label("extra.备注", Language::kChinese), "备注");
  EXPECT_EQ(edit_label("something else entirely", Language::kChinese), "something else entirely");
  EXPECT_EQ(edit_label("indicator 3 value", Language::kEnglish), "indicator 3 value");
}

TEST(DiffReport, CellNames) {
  EXPECT_EQ(cell_name(0, 0), "A1");
  EXPECT_EQ(cell_name(3, 1), "B4");
  EXPECT_EQ(cell_name(9, 25), "Z10");
  EXPECT_EQ(cell_name(0, 26), "AA1");
}

TEST(DiffReport, Json) {
  Edited diff = edited();
  nlohmann::ordered_json json = diff_to_json(diff.diff, diff.before, diff.after);
  EXPECT_EQ(json["schema"], "kpiconv/diff@1");
  EXPECT_EQ(json["equal"], false);
  EXPECT_EQ(json["a"], (nlohmann::ordered_json{{"path", "in.docx"}, {"format", "docx"}}));
  EXPECT_EQ(json["b"]["format"], "xlsx");
  EXPECT_EQ(json["filing"], nlohmann::ordered_json::array());
  ASSERT_EQ(json["projects"].size(), 3u);

  const auto& p1 = json["projects"][0];
  EXPECT_EQ(p1["change"], "changed");
  EXPECT_EQ(p1["identity"], "P1");
  EXPECT_EQ(p1["code"], "P1");
  EXPECT_EQ(p1["name"], "甲");
  EXPECT_EQ(p1["before_index"], 1);
  EXPECT_EQ(p1["after_index"], 1);
  ASSERT_EQ(p1["indicators"].size(), 2u);
  const auto& renamed = p1["indicators"][0];
  EXPECT_EQ(renamed["change"], "renamed");
  EXPECT_EQ(renamed["before_index"], 1);
  EXPECT_EQ(renamed["after_index"], 1);
  EXPECT_EQ(renamed["path_before"],
            (nlohmann::ordered_json::array({"产出指标", "数量指标", "补助次数"})));
  EXPECT_EQ(renamed["path_after"][2], "定额补助次数");
  EXPECT_EQ(
      renamed["fields"][0],
      (nlohmann::ordered_json{
          {"field", "level3"}, {"before", "补助次数"}, {"after", "定额补助次数"}, {"place", ""}}));

  const auto& p2 = json["projects"][1];
  EXPECT_EQ(p2["fields"][0],
            (nlohmann::ordered_json{{"field", "budget.total"},
                                    {"before", "24.00"},
                                    {"after", "25.00"},
                                    {"place", "word/document.xml#tbl[2]/tr[4]/tc[2]"}}));

  const auto& p3 = json["projects"][2];
  EXPECT_EQ(p3["change"], "added");
  EXPECT_TRUE(p3["before_index"].is_null());
  EXPECT_EQ(p3["after_index"], 3);
  EXPECT_EQ(p3["fields"], nlohmann::ordered_json::array());

  ASSERT_EQ(json["tables"].size(), 1u);
  const auto& table = json["tables"][0];
  EXPECT_EQ(table["change"], "changed");
  EXPECT_EQ(table["title"], "采购表");
  EXPECT_EQ(table["shape_changed"], false);
  EXPECT_EQ(table["cells"][0],
            (nlohmann::ordered_json{{"row", 2},
                                    {"col", 2},
                                    {"cell", "B2"},
                                    {"before", "3"},
                                    {"after", "4"},
                                    {"place", "word/document.xml#tbl[1]/tr[2]/tc[2]"}}));
}

TEST(DiffReport, JsonOfEqualFilings) {
  Filing filing = sample_filing({sample_project("P1", "甲")});
  nlohmann::ordered_json json = diff_to_json(diff_filings(filing, filing), filing, filing);
  EXPECT_EQ(json["equal"], true);
  EXPECT_TRUE(json["projects"].empty());
  EXPECT_TRUE(json["tables"].empty());
}

}  // namespace
}  // namespace kpiconv
