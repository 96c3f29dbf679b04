// Province templates end to end: every fixture filled into each shipped template and read back is
// the same filing for the fields the layout carries; the template's own parts survive the filling;
// several filings go into one copy; a template folder of an office's own is listed and used.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "converter/convert.h"
#include "converter/validate/category_names.h"
#include "converter/values/money_units.h"
#include "formats/ooxml/zip_archive.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// An amount as a value: "240000.00" and "240000" are the same amount.
std::string amount_value(const std::string& text) {
  std::optional<Decimal> amount = parse_amount(text);
  return amount ? amount->trimmed(0).to_string() : text;
}

json value_as_carried(const Indicator& indicator, bool split) {
  const ParsedValue& parsed = indicator.parsed;
  if (!split) return indicator.value.text;
  // Split into 计算符号, 指标值 and 计量单位, a value keeps what it says, not how it was put.
  switch (parsed.kind) {
    case ValueKind::kQuantitative:
      return {parsed.comparator, amount_value(parsed.number), parsed.unit};
    case ValueKind::kRange:
      return {amount_value(parsed.number), amount_value(parsed.upper), parsed.unit};
    default:
      return indicator.value.text;
  }
}

// What each template carries of a filing, amounts in `unit`: flat-import has no purpose, plan or
// goals and writes categories by their codes and values split; form carries every project field.
json carried(Filing filing, const std::string& unit, bool flat) {
  apply_steps(filing, {unit});
  json projects = json::array();
  for (const Project& project : filing.projects) {
    json carried_project = {
        {"unit_code", project.unit_code.text},
        {"unit_name", project.unit_name.text},
        {"code", project.code.text},
        {"name", project.name.text},
        {"amount_unit", project.amount_unit.text},
        {"budget",
         {amount_value(project.budget.total.text), amount_value(project.budget.fiscal.text),
          amount_value(project.budget.other.text)}}};
    if (!flat) {
      carried_project["purpose"] = project.purpose.text;
      carried_project["goals"] = project.goals.text;
      for (const Field& quarter : project.spending_plan)
        carried_project["plan"].push_back(quarter.text);
    }
    for (const Indicator& indicator : project.indicators) {
      carried_project["indicators"].push_back(
          {flat ? category_key(indicator.level1.text) : indicator.level1.text,
           flat ? category_key(indicator.level2.text) : indicator.level2.text,
           indicator.level3.text, indicator.description.text, value_as_carried(indicator, flat),
           indicator.basis.text});
    }
    projects.push_back(carried_project);
  }
  return projects;
}

struct TemplateCase {
  const char* name;
  const char* unit;
  bool flat;
};
const TemplateCase kTemplates[] = {{"flat-import", "元", true}, {"form", "万元", false}};

class ProvinceRoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(ProvinceRoundTrip, EveryTemplateGivesBackTheFilingItCarries) {
  const std::string fixture = GetParam();
  const Filing original = read_filing(test::source_dir() + "/" + fixture);
  std::string folder = test::make_temp_dir("province-round-trip");
  for (const TemplateCase& layout : kTemplates) {
    std::string filled = folder + "/" + layout.name + ".xlsx";
    test::CommandResult result =
        test::run_kpiconv({"convert", fixture, "-o", filled, "--template", layout.name});
    ASSERT_EQ(result.exit_status, 0) << result.err;
    // Read back by recognising the template, as `kpiconv convert filled.xlsx` does.
    Filing back = read_filing(filled);
    ASSERT_FALSE(back.findings.empty());
    EXPECT_EQ(back.findings.front().rule, "province-template");
    test::expect_same_json(carried(back, layout.unit, layout.flat),
                           carried(original, layout.unit, layout.flat),
                           fixture + " through " + layout.name);
  }
  fs::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ProvinceRoundTrip, ::testing::ValuesIn(test::kFixtureDocuments));

// The entries of a package, name → bytes.
std::map<std::string, std::string> entries_of(const std::string& path) {
  ooxml::ZipArchive archive(path, ooxml::PackageLimits{});
  std::map<std::string, std::string> entries;
  for (const ooxml::ZipEntry& entry : archive.entries()) {
    entries[entry.name] = archive.read_all(entry);
  }
  return entries;
}

TEST(ProvinceTemplate, FillingChangesOnlyTheFilledSheet) {
  std::string folder = test::make_temp_dir("province-parts");
  const std::string template_path =
      test::source_dir() + "/templates/province/flat-import/template.xlsx";
  std::string filled = folder + "/filled.xlsx";
  test::CommandResult result = test::run_kpiconv(
      {"convert", "fixtures/docx/000.docx", "-o", filled, "--template", "flat-import"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  std::map<std::string, std::string> before = entries_of(template_path);
  std::map<std::string, std::string> after = entries_of(filled);
  ASSERT_EQ(before.size(), after.size());
  for (const auto& [name, bytes] : before) {
    if (name == "xl/worksheets/sheet2.xml") continue;  // 绩效目标, the one filled
    EXPECT_EQ(after.at(name), bytes) << name << " changed";
  }
  const std::string& sheet = after.at("xl/worksheets/sheet2.xml");
  // Its protection, its title rows, its frozen heading and its drop-downs are all still there;
  // the first data row's own drop-downs now reach every row written (48 indicators, rows 4-51),
  // the ranges the province set in advance are as they were.
  EXPECT_NE(sheet.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(sheet.find("<mergeCell ref=\"A1:Q1\"/>"), std::string::npos);
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(sheet.find("sqref=\"I4 I5:I51\""), std::string::npos) << sheet.substr(0, 3000);
  EXPECT_NE(sheet.find("sqref=\"M4:M2000\""), std::string::npos);
  EXPECT_NE(sheet.find("<dimension ref=\"A1:Q51\"/>"), std::string::npos);
  fs::remove_all(folder);
}

TEST(ProvinceTemplate, SeveralFilingsGoIntoOneCopyInOrder) {
  std::string folder = test::make_temp_dir("province-many");
  std::string filled = folder + "/all.xlsx";
  test::CommandResult result =
      test::run_kpiconv({"convert", "fixtures/docx/003.docx", "fixtures/docx/001.docx", "-o",
                         filled, "--template", "form"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  Filing back = read_filing(filled);
  ASSERT_EQ(back.projects.size(), 3u + 10u);
  EXPECT_EQ(back.projects[0].code.text, "13073022P00865210002J");
  EXPECT_EQ(back.projects[3].code.text, "13073022P00883610001N");
  EXPECT_EQ(back.projects[12].indicators.size(), 12u);
  fs::remove_all(folder);
}

// An office's own template: a copy of flat-import re-saved by LibreOffice (so it keeps its text in
// shared strings), with its own name and description, under $KPICONV_TEMPLATES.
TEST(ProvinceTemplate, AnOfficesOwnFolderIsListedFilledWithSharedStringsAndChecked) {
  std::string folder = test::make_temp_dir("province-own");
  std::string own = folder + "/templates/province/本省导入";
  fs::create_directories(own);
  test::checked_shell(
      "cd " + test::shell_quote(own) +
      " && soffice --headless --norestore -env:UserInstallation=file://" + folder +
      "/profile --convert-to xlsx --outdir . " +
      test::shell_quote(test::source_dir() + "/templates/province/flat-import/template.xlsx"));
  std::string mapping =
      test::read_bytes(test::source_dir() + "/templates/province/flat-import/mapping.toml");
  mapping.replace(mapping.find("name = \"flat-import\""), 20, "name = \"本省导入\"");
  test::write_bytes(own + "/mapping.toml", mapping);

  std::string environment = "KPICONV_TEMPLATES=" + test::shell_quote(folder + "/templates") + " ";
  test::CommandResult listed = test::run_shell(environment + "kpiconv templates", folder);
  EXPECT_NE(listed.out.find("xlsx  本省导入"), std::string::npos) << listed.out;
  test::CommandResult filled =
      test::run_shell(environment + "kpiconv convert " +
                          test::shell_quote(test::source_dir() + "/fixtures/docx/003.docx") +
                          " -o filled.xlsx --template 本省导入",
                      folder);
  ASSERT_EQ(filled.exit_status, 0) << filled.err;
  std::map<std::string, std::string> entries = entries_of(folder + "/filled.xlsx");
  // New text joins the workbook's shared strings, as LibreOffice and Excel keep it.
  EXPECT_NE(entries.at("xl/sharedStrings.xml")
                .find("<t xml:space=\"preserve\">13073022P00865210002J</t>"),
            std::string::npos);
  EXPECT_EQ(entries.at("xl/worksheets/sheet2.xml").find("inlineStr"), std::string::npos);
  Filing back = read_filing(folder + "/filled.xlsx");
  ASSERT_EQ(back.projects.size(), 3u);
  EXPECT_EQ(back.projects[0].budget.total.text, "42046800.00");  // 4204.68 万元

  // A mistake in the mapping is pointed at its line.
  const std::string heading = "\"计算符号\" = ";
  mapping.replace(mapping.find(heading), heading.size(), "\"计算方式\" = ");
  test::write_bytes(own + "/mapping.toml", mapping);
  test::CommandResult refused =
      test::run_shell(environment + "kpiconv convert " +
                          test::shell_quote(test::source_dir() + "/fixtures/docx/003.docx") +
                          " -o refused.xlsx --template 本省导入",
                      folder);
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_NE(refused.err.find(
                "mapping.toml: line 24: row 3 of sheet '绩效目标' has no heading '计算方式'"),
            std::string::npos)
      << refused.err;
  EXPECT_FALSE(fs::exists(folder + "/refused.xlsx"));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv

namespace kpiconv {
namespace {

// The walk-through of templates/README.md: a province's own layout (headings in row 2, in its own
// order and words, categories as "01-产出指标", amounts in 万元) filled and read back through a
// mapping written as the README says, with no code.
TEST(ProvinceTemplate, ANewProvinceLayoutNeedsOnlyAMapping) {
  std::string folder = test::make_temp_dir("province-walkthrough");
  std::string own = folder + "/templates/province/本省导入";
  fs::create_directories(own);
  test::checked_shell("/usr/bin/python3 -c " + test::shell_quote(R"(
import openpyxl, sys
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "导入"
sheet["A1"] = "2025年绩效目标导入模板"
for col, heading in enumerate(["评判依据", "项目编号", "项目名称", "预算金额（万元）", "一级指标", "二级指标",
                               "三级指标", "指标内容", "运算符", "目标值", "度量单位", "指标方向", "年度"], 1):
    sheet.cell(row=2, column=col, value=heading)
sheet.column_dimensions["D"].number_format = "#,##0.00"  # the amount column's own style
book.save(sys.argv[1])
)") + " " + test::shell_quote(own + "/template.xlsx"));
  test::write_bytes(own + "/mapping.toml", R"(name = "本省导入"
description = "2025 年省预算系统绩效目标导入"
template = "template.xlsx"
sheet = "导入"
layout = "rows"
header_row = 2
amount_unit = "万元"

[columns]
"项目编号" = "project.code"
"项目名称" = "project.name"
"预算金额（万元）" = "budget.total"
"一级指标" = "indicator.level1"
"二级指标" = "indicator.level2"
"三级指标" = "indicator.level3"
"指标内容" = "indicator.description"
"运算符" = "indicator.comparator"
"目标值" = "indicator.number"
"度量单位" = "indicator.unit"
"指标方向" = "indicator.nature"
"评判依据" = "indicator.basis"

[comparators]
"≥" = "≥"
"≤" = "≤"

[natures]
rising = "正向"
falling = "反向"
qualitative = "定性"

[categories]
format = "{code}-{name}"
[categories.codes]
"产出指标" = "01"
"数量指标" = "0101"

[constants]
"年度" = "2025"
)");
  std::string environment = "KPICONV_TEMPLATES=" + test::shell_quote(folder + "/templates") + " ";
  test::CommandResult filled =
      test::run_shell(environment + "kpiconv convert " +
                          test::shell_quote(test::source_dir() + "/fixtures/docx/000.docx") +
                          " -o 试填.xlsx --template 本省导入",
                      folder);
  ASSERT_EQ(filled.exit_status, 0) << filled.err;
  json described = json::parse(test::checked_shell(
      "/usr/bin/python3 " + test::source_dir() + "/tests/interop/describe_template.py " +
      test::shell_quote(folder + "/试填.xlsx") + " 导入"));
  const json& cells = described["cells"];
  // No styled data row in this template: new cells take their column's style.
  EXPECT_EQ(described["formats"]["D3"], "#,##0.00");
  EXPECT_EQ(described["formats"]["E3"], "General");
  EXPECT_EQ(cells["B3"], "13073024P00008610002Q");
  EXPECT_EQ(cells["D3"], 24);
  EXPECT_EQ(cells["E3"], "01-产出指标");
  EXPECT_EQ(cells["F3"], "0101-数量指标");
  EXPECT_EQ(cells["I3"], "≥");
  EXPECT_EQ(cells["L3"], "正向");
  EXPECT_EQ(cells["M3"], "2025");
  EXPECT_EQ(cells["A3"], "怀财字[2024]7号");
  EXPECT_EQ(cells["F4"], "质量指标");  // not in the province's list: as filed

  Filing original = read_filing(test::source_dir() + "/fixtures/docx/000.docx");
  Filing back = read_filing(folder + "/试填.xlsx", [&] {
    ReadOptions options;
    options.province_template = own;
    return options;
  }());
  // This layout has no unit columns and only the total budget.
  auto without_what_it_lacks = [](json projects) {
    for (json& project : projects) {
      project.erase("unit_code");
      project.erase("unit_name");
      project["budget"] = project["budget"][0];
    }
    return projects;
  };
  test::expect_same_json(without_what_it_lacks(carried(back, "万元", true)),
                         without_what_it_lacks(carried(original, "万元", true)),
                         "000 through the walk-through's layout");
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
