// `kpiconv convert` over many files: one output per input mirroring the folders, one combined
// workbook or CSV in input order whatever -j, every amount of a combined output in one unit, a bad
// file reported without stopping the batch, and a progress bar only on a terminal.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "converter/convert.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

// FOLDER/in/a/000.docx (万元), FOLDER/in/a/002.docx (元), FOLDER/in/b/003.docx,
// FOLDER/in/b/bad.docx
std::string make_batch_folder() {
  std::string folder = test::make_temp_dir("batch");
  fs::create_directories(folder + "/in/a");
  fs::create_directories(folder + "/in/b");
  fs::copy_file(test::source_dir() + "/fixtures/docx/000.docx", folder + "/in/a/000.docx");
  fs::copy_file(test::source_dir() + "/fixtures/docx/002.docx", folder + "/in/a/002.docx");
  fs::copy_file(test::source_dir() + "/fixtures/docx-libreoffice/003.docx",
                folder + "/in/b/003.docx");
  test::write_bytes(folder + "/in/b/bad.docx", "not a document");
  return folder;
}

TEST(BatchConvert, OneOutputPerInputMirrorsTheFoldersAndABadFileDoesNotStopTheBatch) {
  std::string folder = make_batch_folder();
  test::CommandResult result =
      test::run_kpiconv({"convert", folder + "/in", "-o", folder + "/out", "--to", "json"});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  EXPECT_EQ(result.err, "kpiconv: error: " + folder +
                            "/in/b/bad.docx: unrecognized file format (not a Word document, an "
                            "Excel workbook or CSV text)\n"
                            "kpiconv: error: 1 of 4 files failed: " +
                            folder + "/in/b/bad.docx\n");
  for (const char* seed : {"000", "002"}) {
    std::string output = folder + "/out/a/" + seed + ".json";
    test::expect_same_json(nlohmann::json::parse(test::read_bytes(output))["projects"],
                           test::expected_filing_json(seed)["projects"], output);
  }
  EXPECT_EQ(nlohmann::json::parse(test::read_bytes(folder + "/out/b/003.json"))["projects"].size(),
            3u);
  EXPECT_FALSE(fs::exists(folder + "/out/b/bad.json"));
  fs::remove_all(folder);
}

TEST(BatchConvert, CombinedWorkbookHoldsEveryFilingInOneUnitWithItsSourceFile) {
  std::string folder = make_batch_folder();
  test::CommandResult result = test::run_kpiconv(
      {"convert", folder + "/in", "--combine", folder + "/all.xlsx", "--validate", "-j", "2"});
  EXPECT_EQ(result.exit_status, 1) << result.err;

  Filing all = read_filing(folder + "/all.xlsx");
  EXPECT_EQ(all.title, "汇总：4 个文件");
  ASSERT_EQ(all.projects.size(), 8u + 10u + 3u);
  // Each project keeps its own indicators: 项目序号 counts within each source file.
  EXPECT_EQ(all.projects[0].indicators.size(), 6u);
  EXPECT_EQ(all.projects[8].indicators.size(), 9u);
  // 002 was filed in 元: converted exactly, like every amount, to the one unit.
  for (const Project& project : all.projects) EXPECT_EQ(project.amount_unit.text, "万元");
  EXPECT_EQ(all.projects[0].budget.total.text, "24.00");
  EXPECT_EQ(all.projects[8].code.text, "13022925P004R2810705C");
  EXPECT_EQ(all.projects[8].budget.total.text, "23.50");  // 235000.00 元
  ASSERT_FALSE(all.projects[8].extras.empty());
  EXPECT_EQ(all.projects[8].extras[0].heading, "来源文件");
  EXPECT_EQ(all.projects[8].extras[0].field.text, folder + "/in/a/002.docx");
  // The other tables cell by cell, and the files with their outcome.
  ASSERT_EQ(all.tables.size(), 2u);
  EXPECT_EQ(all.tables[0].title, "表格");
  EXPECT_EQ(all.tables[1].title, "来源文件");
  const Table& sources = all.tables[1].grid;
  ASSERT_EQ(sources.rows, 5);
  EXPECT_EQ(sources.at(2, 0)->text, folder + "/in/a/002.docx");
  EXPECT_EQ(sources.at(2, 3)->text, "10");
  EXPECT_EQ(sources.at(2, 5)->text, "已转换");
  EXPECT_EQ(sources.at(4, 5)->text.substr(0, 15), "未能读取：");
  fs::remove_all(folder);
}

TEST(BatchConvert, CombinedCsvIsTheSameWhateverTheJobsAndTakesTheAskedUnit) {
  std::string folder = make_batch_folder();
  std::string first;
  for (const char* jobs : {"1", "2", "4"}) {
    std::string output = folder + "/all-" + jobs + ".csv";
    test::CommandResult result =
        test::run_kpiconv({"convert", folder + "/in/a", folder + "/in/b/003.docx", folder + "/in/a",
                           "--combine", output, "--amount-unit", "元", "-j", jobs});
    EXPECT_EQ(result.exit_status, 0) << result.err;
    std::string csv = test::read_bytes(output);
    if (first.empty()) first = csv;
    EXPECT_EQ(csv, first) << "-j " << jobs;
  }
  Filing all = read_filing(folder + "/all-1.csv");
  // The folder named twice is read once.
  ASSERT_EQ(all.projects.size(), 8u + 10u + 3u);
  EXPECT_EQ(all.projects[0].budget.total.text, "240000.00");  // 24.00 万元
  EXPECT_EQ(all.projects[8].budget.total.text, "235000.00");
  for (const Project& project : all.projects) EXPECT_EQ(project.amount_unit.text, "元");
  fs::remove_all(folder);
}

// The rows of sheet `name` of a workbook, as text.
const Table& sheet_named(const Document& document, const std::string& name) {
  for (size_t i = 0; i + 1 < document.blocks.size(); ++i) {
    const auto* paragraph = std::get_if<Paragraph>(&document.blocks[i]);
    if (paragraph != nullptr && paragraph->text == name) {
      return std::get<Table>(document.blocks[i + 1]);
    }
  }
  throw std::runtime_error("no sheet " + name);
}

TEST(BatchConvert, AFilingWhoseAmountsCannotBeConvertedIsNotSummedInTheWrongUnit) {
  std::string folder = test::make_temp_dir("odd-amounts");
  fs::copy_file(test::source_dir() + "/fixtures/docx/000.docx", folder + "/000.docx");
  // Filed in 元; its 预算数 written so that no exact conversion to 万元 can take it.
  test::write_bytes(
      folder + "/yuan.csv",
      "金额单位,项目编码,项目名称,预算数,财政资金,一级指标,二级指标,三级指标,指标值\r\n"
      "元,13073024P00000110002Q,项目一,1e400,240000.00,产出指标,成本指标,成本,"
      "≤240000元\r\n");
  test::CommandResult result = test::run_kpiconv(
      {"convert", folder + "/000.docx", folder + "/yuan.csv", "--combine", folder + "/all.xlsx"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find(folder + "/yuan.csv: project 13073024P00000110002Q: budget total "
                                     "\"1e400\" is not a number, so the project's amounts stay "
                                     "in 元, not converted to 万元 (D2)"),
            std::string::npos)
      << result.err;

  Filing all = read_filing(folder + "/all.xlsx");
  ASSERT_EQ(all.projects.size(), 8u + 1u);
  EXPECT_EQ(all.projects[0].amount_unit.text, "万元");
  const Project& left = all.projects[8];
  EXPECT_EQ(left.amount_unit.text, "元");
  EXPECT_EQ(left.budget.total.text, "1e400");
  EXPECT_EQ(left.budget.fiscal.text, "240000.00");
  Document workbook = read_document(folder + "/all.xlsx");
  const Table& sources = sheet_named(workbook, "来源文件");
  EXPECT_EQ(sources.at(1, 5)->text, "已转换");
  EXPECT_EQ(sources.at(2, 0)->text, folder + "/yuan.csv");
  EXPECT_EQ(sources.at(2, 5)->text, "已转换，有 1 个错误（见校验）");
  const Table& findings = sheet_named(workbook, "校验");
  ASSERT_EQ(findings.rows, 2);
  EXPECT_EQ(findings.at(1, 0)->text, folder + "/yuan.csv");
  EXPECT_EQ(findings.at(1, 1)->text, "错误");
  EXPECT_EQ(findings.at(1, 2)->text, "budget-not-a-number");
  EXPECT_EQ(findings.at(1, 3)->text, "13073024P00000110002Q");
  EXPECT_EQ(findings.at(1, 5)->text, "D2");
  EXPECT_EQ(findings.at(1, 6)->text, "预算数“1e400”不是数字，项目的金额仍以元计，未换算为万元");
  fs::remove_all(folder);
}

TEST(BatchConvert, UsageErrorsSayWhatToDo) {
  std::string folder = make_batch_folder();
  test::CommandResult no_output = test::run_kpiconv({"convert", folder + "/in"});
  EXPECT_EQ(no_output.exit_status, 2);
  EXPECT_NE(no_output.err.find("give -o FOLDER"), std::string::npos) << no_output.err;
  test::CommandResult file_output = test::run_kpiconv(
      {"convert", folder + "/in/a/000.docx", folder + "/in/a/002.docx", "-o", folder + "/x.xlsx"});
  EXPECT_EQ(file_output.exit_status, 2);
  EXPECT_NE(file_output.err.find("use --combine"), std::string::npos) << file_output.err;
  test::CommandResult json_combined =
      test::run_kpiconv({"convert", folder + "/in/a", "--combine", folder + "/all.json"});
  EXPECT_EQ(json_combined.exit_status, 2);
  EXPECT_NE(json_combined.err.find("combine into .xlsx or .csv"), std::string::npos)
      << json_combined.err;
  EXPECT_FALSE(fs::exists(folder + "/all.json"));
  fs::remove_all(folder);
}

TEST(BatchConvert, AProgressBarAndSummaryOnlyOnATerminal) {
  std::string folder = make_batch_folder();
  // `script` runs the command on a pseudo-terminal, as a person at a terminal would.
  std::string command = test::shell_quote(KPICONV_BINARY) + " convert " +
                        test::shell_quote(folder + "/in/a") + " -o " +
                        test::shell_quote(folder + "/out");
  test::CommandResult terminal =
      test::run_shell("script -qec " + test::shell_quote(command) + " /dev/null", folder);
  EXPECT_EQ(terminal.exit_status, 0) << terminal.err;
  EXPECT_NE(terminal.out.find("] 2/2"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("files/s"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find("kpiconv: 2 of 2 files converted, 0 failed, in "), std::string::npos)
      << terminal.out;

  test::CommandResult quiet = test::run_shell(
      "script -qec " + test::shell_quote(command + " --quiet") + " /dev/null", folder);
  EXPECT_EQ(quiet.out, "");
  test::CommandResult piped =
      test::run_kpiconv({"convert", folder + "/in/a", "-o", folder + "/out"});
  EXPECT_EQ(piped.err, "");
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
