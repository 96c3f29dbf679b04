#include "unit/diff/sample_filing.h"

#include "support/table_builder.h"

namespace kpiconv::test {

Field placed(std::string text, std::string locator) {
  Field result = field(std::move(text));
  result.where = {"word/document.xml", std::move(locator)};
  return result;
}

Indicator sample_indicator(std::string level1, std::string level2, std::string level3,
                           std::string value, std::string description) {
  Indicator result;
  result.level1 = field(std::move(level1));
  result.level2 = field(std::move(level2));
  result.description = field(description.empty() ? level3 + "的描述" : std::move(description));
  result.level3 = field(std::move(level3));
  result.value = field(std::move(value));
  result.basis = field("计划标准");
  result.parsed = parse_indicator_value(result.value.text);
  return result;
}

Project sample_project(std::string code, std::string name, int table) {
  std::string tbl = "tbl[" + std::to_string(table) + "]/";
  Project project;
  project.title = field("1. " + name + "绩效目标表");
  project.unit_code = field("471001");
  project.unit_name = field("怀来县工业和信息化局");
  project.amount_unit = field("万元");
  project.code = placed(std::move(code), tbl + "tr[2]/tc[2]");
  project.name = placed(std::move(name), tbl + "tr[2]/tc[4]");
  project.budget.total = placed("24.00", tbl + "tr[4]/tc[2]");
  project.budget.fiscal = placed("24.00", tbl + "tr[4]/tc[4]");
  project.budget.other = placed("", tbl + "tr[4]/tc[6]");
  project.purpose = placed("用于补助", tbl + "tr[5]/tc[2]");
  project.spending_plan = {field("30%"), field("60%"), field("90%"), field("100%")};
  project.goals = placed("保障运转", tbl + "tr[7]/tc[2]");
  project.indicators = {sample_indicator("产出指标", "数量指标", "补助次数", "≥1次"),
                        sample_indicator("产出指标", "质量指标", "资金拨付到位率", "≥95%"),
                        sample_indicator("满意度指标", "服务对象满意度指标", "服务满意度", "≥95%")};
  for (size_t i = 0; i < project.indicators.size(); ++i) {
    project.indicators[i].value.where = {"word/document.xml",
                                         tbl + "tr[" + std::to_string(i + 10) + "]/tc[5]"};
  }
  project.where = {"word/document.xml", "tbl[" + std::to_string(table) + "]"};
  return project;
}

GenericTable sample_table(std::string title) {
  GenericTable table;
  table.title = std::move(title);
  table.grid = TableBuilder(2).row({"名称", "数量"}).row({"电脑", "3"}).build();
  return table;
}

Filing sample_filing(std::vector<Project> projects, std::vector<GenericTable> tables) {
  Filing filing;
  filing.source = {"in.docx", "docx"};
  filing.title = "怀来县工业和信息化局2023年部门预算";
  filing.projects = std::move(projects);
  filing.tables = std::move(tables);
  return filing;
}

}  // namespace kpiconv::test
