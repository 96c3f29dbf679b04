#include "formats/csv/csv_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "converter/error.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Filing csv_sample_filing() {
  Filing filing;
  Project project;
  project.unit_code = field("471001");
  project.unit_name = field("怀来县工业和信息化局");
  project.amount_unit = field("万元");
  project.code = field("P1");
  project.name = field("名称,含逗号");
  project.budget.total = field("24.00");
  project.budget.fiscal = field("24.00");
  Indicator first;
  first.level1 = field("产出指标");
  first.description = field("第一行\n第二行");
  first.value = field("说\"明\"");
  first.parsed = parse_indicator_value(first.value.text);
  project.indicators = {first, first};
  filing.projects.push_back(project);
  Project empty;
  empty.code = field("P2");
  filing.projects.push_back(empty);
  return filing;
}

std::string write_csv(const WriteOptions& options) {
  auto path = std::filesystem::temp_directory_path() / "kpiconv_csv_writer_test.csv";
  CsvWriter().write(csv_sample_filing(), path, options);
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  std::filesystem::remove(path);
  return content.str();
}

TEST(CsvWriter, WritesOneRowPerIndicatorWithAUtf8Bom) {
  std::string csv = write_csv({});
  const std::string header =
      "\xEF\xBB\xBF单位编码,单位名称,金额单位,项目编码,项目名称,预算数,财政资金,其他资金,一级指标,"
      "二级指标,三级指标,绩效指标描述,指标值,指标值确定依据,资金用途,3月底,6月底,10月底,12月底,"
      "绩效目标,项目标题,项目序号,值类型,比较符号,数值,上限值,计量单位,截止日期,值备注\r\n";
  const std::string row =
      "471001,怀来县工业和信息化局,万元,P1,\"名称,含逗号\",24.00,24.00,,产出指标,,,"
      "\"第一行\n第二行\","
      "\"说\"\"明\"\"\",,,,,,,,,1,qualitative,,,,,,\r\n";
  EXPECT_EQ(csv, header + row + row + ",,,P2,,,,,,,,,,,,,,,,,,2,,,,,,,\r\n");
}

TEST(CsvWriter, WritesGb18030OnRequest) {
  WriteOptions options;
  options.encoding = "gb18030";
  std::string csv = write_csv(options);
  // "单位编码" in GB18030, no BOM.
  EXPECT_EQ(csv.substr(0, 8), "\xB5\xA5\xCE\xBB\xB1\xE0\xC2\xEB");
}

TEST(CsvWriter, WritesUtf8WithoutBomOnRequest) {
  WriteOptions options;
  options.byte_order_mark = false;
  EXPECT_EQ(write_csv(options).substr(0, 12), "单位编码");
}

TEST(CsvWriter, RefusesAnUnknownEncoding) {
  WriteOptions options;
  options.encoding = "no-such-encoding";
  EXPECT_THROW(write_csv(options), Error);
}

}  // namespace
}  // namespace kpiconv
