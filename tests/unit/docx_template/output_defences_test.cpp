// Outputs stay valid whatever the text: characters Word cannot hold, text longer than an Excel
// cell.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "formats/docx/docx_writer.h"
#include "formats/ooxml/package.h"
#include "formats/xlsx/xlsx_writer.h"
#include "support/files.h"
#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::field;

Filing filing_with_goals(const std::string& goals) {
  Filing filing;
  filing.title = "文本";
  Project project;
  project.code = field("13073024P00008610002Q");
  project.name = field("项目");
  project.goals = field(goals);
  filing.projects.push_back(project);
  return filing;
}

TEST(OutputDefences, ControlCharactersWordCannotHoldAreReplacedAndSaid) {
  Filing filing = filing_with_goals(std::string("第一\x01第二\x1f") + "\r\n第三");
  auto path = test::scratch_path("controls.docx");
  WriteReport report = DocxWriter().write(filing, path, {});
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0],
            "2 control characters that Word documents cannot hold were replaced by U+FFFD");
  ooxml::Package package(path.string(), {});
  std::string xml = package.archive().read_all(*package.find("word/document.xml"));
  EXPECT_EQ(xml.find("&#1;"), std::string::npos);
  EXPECT_EQ(xml.find("&#x1;"), std::string::npos);
  Filing back = read_filing(path.string());
  ASSERT_EQ(back.projects.size(), 1u);
  EXPECT_EQ(back.projects[0].goals.text, "第一\uFFFD第二\uFFFD\n第三");
}

TEST(OutputDefences, TextLongerThanAnExcelCellIsCutAndSaid) {
  std::string long_goals(40000, 'x');
  Filing filing = filing_with_goals(long_goals);
  auto path = test::scratch_path("long.xlsx");
  WriteReport report = XlsxWriter().write(filing, path, {});
  ASSERT_EQ(report.warnings.size(), 1u);
  EXPECT_EQ(report.warnings[0],
            "text of 项目!N2 was cut at Excel's 32767 characters (7233 bytes left out)");
  Filing back = read_filing(path.string());
  ASSERT_EQ(back.projects.size(), 1u);
  EXPECT_EQ(back.projects[0].goals.text, std::string(32767, 'x'));
}

}  // namespace
}  // namespace kpiconv
