// `kpiconv apply` as a user runs it: one line per edit, in Chinese or English, and the exit
// status: 0 all written, 1 one could not be (the output still written), 2 usage, 3 unreadable.
#include <gtest/gtest.h>

#include <filesystem>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

const char* kOriginal = "fixtures/docx/000.docx";

// The fixture's filing, changed by `change`, written as a normalized workbook in `folder`.
template <class F>
std::string edited_workbook(const std::string& folder, F&& change) {
  Filing filing = read_filing(kOriginal);
  change(filing);
  std::string path = folder + "/edited.xlsx";
  write_filing(filing, path, *builtin_registry().writer_named("xlsx"));
  return path;
}

TEST(ApplyCli, PrintsEachEditAndExitsZeroWhenAllAreWritten) {
  std::string folder = test::make_temp_dir("apply-cli");
  std::string edited = edited_workbook(
      folder, [](Filing& filing) { filing.projects[0].budget.total.text = "25.00"; });
  test::CommandResult zh =
      test::run_kpiconv({"apply", kOriginal, edited, "-o", folder + "/out.docx"});
  EXPECT_EQ(zh.exit_status, 0) << zh.err;
  EXPECT_NE(zh.out.find("已写入  13073024P00008610002Q  预算数  “24.00” → “25.00”  "
                        "（word/document.xml#tbl[1]/tr[3]/tc[3]）"),
            std::string::npos)
      << zh.out;
  EXPECT_NE(zh.out.find("共 1 处修改：1 处已写入，0 处未写入"), std::string::npos) << zh.out;
  EXPECT_EQ(read_filing(folder + "/out.docx").projects[0].budget.total.text, "25.00");

  test::CommandResult en = test::run_kpiconv(
      {"apply", kOriginal, edited, "-o", folder + "/out-en.docx", "--lang", "en"});
  EXPECT_EQ(en.exit_status, 0) << en.err;
  EXPECT_NE(en.out.find("applied      13073024P00008610002Q  budget.total  \"24.00\" → \"25.00\""),
            std::string::npos)
      << en.out;
  fs::remove_all(folder);
}

TEST(ApplyCli, AnEditThatCannotBeWrittenIsReportedAndExitsOne) {
  std::string folder = test::make_temp_dir("apply-cli");
  std::string edited = edited_workbook(folder, [](Filing& filing) {
    Project added = filing.projects[0];
    added.code.text = "99999999P00000000001X";
    added.name.text = "新增项目";
    filing.projects.push_back(added);
    filing.projects[0].name.text = "定额补助资金（调整）";
  });
  test::CommandResult result =
      test::run_kpiconv({"apply", kOriginal, edited, "-o", folder + "/out.docx", "--lang", "en"});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  EXPECT_NE(result.out.find("NOT applied  99999999P00000000001X  project added"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("applied      13073024P00008610002Q  name"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("1 not applied"), std::string::npos) << result.out;
  // What could be written is written.
  EXPECT_EQ(read_filing(folder + "/out.docx").projects[0].name.text, "定额补助资金（调整）");
  fs::remove_all(folder);
}

TEST(ApplyCli, UsageAndUnreadableInputs) {
  std::string folder = test::make_temp_dir("apply-cli");
  test::CommandResult missing = test::run_kpiconv({"apply", kOriginal, kOriginal});
  EXPECT_EQ(missing.exit_status, 2) << missing.err;

  test::CommandResult csv_out =
      test::run_kpiconv({"convert", kOriginal, "-o", folder + "/filing.csv"});
  ASSERT_EQ(csv_out.exit_status, 0) << csv_out.err;
  test::CommandResult csv =
      test::run_kpiconv({"apply", folder + "/filing.csv", kOriginal, "-o", folder + "/out.csv"});
  EXPECT_EQ(csv.exit_status, 2) << csv.err;
  EXPECT_NE(csv.err.find("edits cannot be applied to a csv original"), std::string::npos)
      << csv.err;

  test::CommandResult same = test::run_kpiconv({"apply", kOriginal, kOriginal, "-o", kOriginal});
  EXPECT_EQ(same.exit_status, 2) << same.err;

  test::write_bytes(folder + "/broken.docx", "PK\x03\x04 not really a zip");
  test::CommandResult broken =
      test::run_kpiconv({"apply", kOriginal, folder + "/broken.docx", "-o", folder + "/out.docx"});
  EXPECT_EQ(broken.exit_status, 3) << broken.err;
  EXPECT_FALSE(fs::exists(folder + "/out.docx"));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
