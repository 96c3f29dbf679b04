// Documents `apply` wrote, opened by LibreOffice: every one converts to PDF without complaint, its
// text export shows the edited values (an added indicator, a new budget, a renamed project), and
// saved again by LibreOffice as a Word document it still reads as exactly the edited filing, so
// LibreOffice understood every table, merge and row the edit touched.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "converter/apply.h"
#include "converter/convert.h"
#include "converter/diff/diff_report.h"
#include "converter/diff/filing_diff.h"
#include "converter/registry/registry.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

const char* const kFixtures[] = {"docx/000",
                                 "docx/001",
                                 "docx/002",
                                 "docx/003",
                                 "docx/004",
                                 "docx-libreoffice/000",
                                 "docx-libreoffice/001",
                                 "docx-libreoffice/002",
                                 "docx-libreoffice/003",
                                 "docx-libreoffice/004"};

TEST(ApplyInterop, LibreOfficeOpensEveryOutputAndShowsTheEdits) {
  std::string folder = test::make_temp_dir("apply-interop");
  std::string documents;
  std::vector<std::string> names;
  std::vector<std::string> edited_files;
  for (const char* fixture : kFixtures) {
    std::string original = test::source_dir() + "/fixtures/" + fixture + ".docx";
    std::string name = std::string(fixture).replace(std::string(fixture).find('/'), 1, "-");
    Filing filing = read_filing(original);
    Project& project = filing.projects.back();
    project.budget.total.text = "777.77";
    project.name.text += "（已调整）";
    if (!project.indicators.empty()) {
      Indicator added = project.indicators.front();
      added.level3.text = "互操作新增指标";
      added.description.text = "互操作新增描述";
      added.value.text = "≥99%";
      project.indicators.insert(project.indicators.begin() + 1, added);
      project.indicators.pop_back();
    }
    std::string edited = folder + "/" + name + ".xlsx";
    write_filing(filing, edited, *builtin_registry().writer_named("xlsx"));
    std::string output = folder + "/" + name + ".docx";
    ApplyResult result = apply_edits(original, edited, output);
    EXPECT_TRUE(result.report.all_applied()) << fixture;
    documents += " '" + output + "'";
    names.push_back(name);
    edited_files.push_back(edited);
  }
  std::string soffice = "timeout 300 soffice --headless --norestore -env:UserInstallation=file://" +
                        folder + "/profile ";
  std::string outdir = " --outdir '" + folder + "'";
  test::checked_shell(soffice + "--convert-to pdf" + outdir + documents);
  test::checked_shell(soffice + "--convert-to 'txt:Text (encoded):UTF8'" + outdir + documents);
  std::string resaved = folder + "/resaved";
  test::checked_shell(soffice + "--convert-to 'docx:MS Word 2007 XML' --outdir '" + resaved + "'" +
                      documents);
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    EXPECT_GT(fs::file_size(folder + "/" + name + ".pdf"), 1000u) << name;
    std::string text = test::read_bytes(folder + "/" + name + ".txt");
    EXPECT_NE(text.find("777.77"), std::string::npos) << name;
    EXPECT_NE(text.find("（已调整）"), std::string::npos) << name;
    EXPECT_NE(text.find("互操作新增描述"), std::string::npos) << name;
    Filing from_libreoffice = read_filing(resaved + "/" + name + ".docx");
    Filing edited = read_filing(edited_files[i]);
    FilingDiff left = diff_filings(from_libreoffice, edited);
    std::ostringstream shown;
    write_diff_text(left, from_libreoffice, edited, Language::kEnglish, shown);
    EXPECT_TRUE(left.empty()) << name << ": LibreOffice's copy differs from the edited filing\n"
                              << shown.str();
  }
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
