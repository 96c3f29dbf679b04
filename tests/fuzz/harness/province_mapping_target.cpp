// The province mapping target of fuzz_targets.h: a mapping that parses is used at once, so that
// what it asks for (rows, cells, formats, categories) is exercised by filling and reading, where
// a mapping's size turns into work.
#include <string>

#include "converter/error.h"
#include "converter/values/indicator_value.h"
#include "formats/province/mapping.h"
#include "formats/province/province_template.h"
#include "formats/province/template_fill.h"
#include "formats/province/template_read.h"
#include "fuzz/harness/fuzz_input_file.h"
#include "fuzz/harness/fuzz_targets.h"

namespace kpiconv::fuzz {
namespace {

Field text(std::string value) {
  Field field;
  field.text = std::move(value);
  return field;
}

Indicator indicator(const char* level1, const char* level2, const char* level3, const char* value) {
  Indicator made;
  made.level1 = text(level1);
  made.level2 = text(level2);
  made.level3 = text(level3);
  made.description = text(std::string(level3) + "的说明");
  made.value = text(value);
  made.basis = text("年度计划");
  made.parsed = parse_indicator_value(value);
  return made;
}

// Two projects, one without indicators; values of every kind a template splits differently.
const Filing& sample_filing() {
  static const Filing filing = [] {
    Filing made;
    Project project;
    project.unit_code = text("471001");
    project.unit_name = text("某县工业和信息化局");
    project.amount_unit = text("万元");
    project.code = text("13073024P00008610002Q");
    project.name = text("定额补助资金");
    project.budget.total = text("24.00");
    project.budget.fiscal = text("24.00");
    project.budget.other = text("0");
    project.purpose = text("用于定额补助");
    project.spending_plan = {text("25%"), text("50%"), text("75%"), text("100%")};
    project.goals = text("1.按时足额发放。\n2.群众满意。");
    project.indicators = {indicator("产出指标", "数量指标", "补助次数", "≥1次"),
                          indicator("产出指标", "数量指标", "补助人数", "100-120人"),
                          indicator("产出指标", "时效指标", "发放时间", "≤12月"),
                          indicator("效益指标", "社会效益", "群众生活", "进一步提升"),
                          indicator("成本指标", "经济成本指标", "补助资金", "≤24万元")};
    made.projects.push_back(project);
    Project bare;
    bare.code = text("13073024P00008610003R");
    bare.name = text("无指标项目");
    made.projects.push_back(bare);
    return made;
  }();
  return filing;
}

}  // namespace

void fill_through_mapping(std::string_view bytes) {
  province::Mapping mapping;
  try {
    mapping = province::parse_mapping(bytes, "mapping.toml");
  } catch (const Error&) {
    return;  // refused, with its line: what a bad mapping is meant to get
  }
  province::ProvinceTemplate shipped = province::open_province_template(
      mapping.layout == province::Layout::kRows ? "flat-import" : "form");
  shipped.mapping = std::move(mapping);
  const std::string filled = scratch_file_path("filled.xlsx");
  try {
    province::TemplateFill fill(shipped);
    fill.add(sample_filing());
    fill.write(filled);
  } catch (const Error&) {
    return;  // a sheet, heading or block label the workbook lacks: refused at the mapping's line
  }
  try {
    (void)province::read_filled_template(filled, shipped);
  } catch (const Error&) {
    // Filled in a way its own mapping cannot find again (a block without labels of its own):
    // reported as unreadable.
  }
}

}  // namespace kpiconv::fuzz
