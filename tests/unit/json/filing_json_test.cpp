#include "formats/json/filing_json.h"

#include <gtest/gtest.h>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "support/files.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Filing filing_with_every_field() {
  Filing filing;
  filing.source = {"in.docx", "docx"};
  filing.title = "某局 2024 预算绩效文本";
  Project project;
  project.title = field("1. 定额补助资金绩效目标表");
  project.unit_code = field("471001");
  project.code = field("13073024P00008610002Q");
  project.budget.total = field("24.00");
  project.spending_plan[0] = field("30%");
  Indicator indicator;
  indicator.level1 = field("产出指标");
  indicator.value = field("≥1次");
  project.indicators.push_back(indicator);
  filing.projects.push_back(project);
  filing.tables.push_back(
      {"采购表",
       test::TableBuilder(3).row({test::CellSpec("表头", 2, 2), "a"}).row({"b"}).build()});
  filing.findings.push_back({"spending-plan-shifted",
                             Severity::kWarning,
                             "未对齐",
                             "13073024P00008610002Q",
                             {"word/document.xml", "tbl[1]/tr[5]"}});
  return filing;
}

TEST(FilingJson, UsesThePublicFieldNamesInOrder) {
  nlohmann::ordered_json json = filing_to_json(filing_with_every_field());
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"schema", "source", "title", "projects", "tables",
                                            "findings"}));
  EXPECT_EQ(json["schema"], "kpiconv/filing@1");
  EXPECT_EQ(json["source"]["format"], "docx");
  const auto& project = json["projects"][0];
  std::vector<std::string> project_keys;
  for (const auto& [key, value] : project.items()) project_keys.push_back(key);
  EXPECT_EQ(project_keys, (std::vector<std::string>{
                              "title", "unit_code", "unit_name", "amount_unit", "code", "name",
                              "budget", "purpose", "spending_plan", "goals", "indicators"}));
  EXPECT_EQ(project["unit_name"], "");
  EXPECT_EQ(project["budget"]["total"], "24.00");
  EXPECT_EQ(project["spending_plan"], nlohmann::ordered_json({"30%", "", "", ""}));
  EXPECT_EQ(project["indicators"][0]["value"], "≥1次");
  EXPECT_EQ(project["indicators"][0]["basis"], "");
}

TEST(FilingJson, ListsOnlyTheCellsThatStartInARow) {
  nlohmann::ordered_json json = filing_to_json(filing_with_every_field());
  const auto& rows = json["tables"][0]["rows"];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(
      rows[0].dump(),
      R"([{"text":"表头","row_span":2,"col_span":2},{"text":"a","row_span":1,"col_span":1}])");
  EXPECT_EQ(rows[1].dump(), R"([{"text":"b","row_span":1,"col_span":1}])");
}

TEST(FilingJson, WritesFindingsWithTheirPlace) {
  nlohmann::ordered_json json = filing_to_json(filing_with_every_field());
  EXPECT_EQ(
      json["findings"][0].dump(),
      R"({"rule":"spending-plan-shifted","severity":"warning","message":"未对齐","project":"13073024P00008610002Q","place":"word/document.xml#tbl[1]/tr[5]"})");
}

// The JSON writer streams tables a cell at a time; the bytes are nlohmann's dump of the whole.
TEST(FilingJson, TheWriterStreamsTablesAsTheWholeDumpLaysThemOut) {
  Filing filing = filing_with_every_field();
  Table outer = test::TableBuilder(2).row({"x", "y"}).row({"z", ""}).build();
  outer.rows += 1;  // a last row that no cell starts in
  outer.owner.clear();
  outer.index_cells();
  outer.nested.push_back({3, test::TableBuilder(2).row({"inner 1", "inner 2"}).build()});
  outer.nested.push_back({3, test::TableBuilder(1).row({"inner 3"}).build()});
  filing.tables.push_back({"嵌套", std::move(outer)});
  filing.tables.push_back({"空表", Table{}});
  const std::filesystem::path output = test::scratch_path("streamed_tables.json");
  const Writer& json = *builtin_registry().writer_named("json");
  write_filing(filing, output.string(), json);
  EXPECT_EQ(test::read_bytes(output), indented_json(filing_to_json(filing)) + "\n");
  nlohmann::json read = nlohmann::json::parse(test::read_bytes(output));
  EXPECT_EQ(read["tables"][1]["rows"][1][1]["tables"][1]["rows"][0][0]["text"], "inner 3");
  EXPECT_EQ(read["tables"][1]["rows"][2], nlohmann::json::array());
}

}  // namespace
}  // namespace kpiconv
