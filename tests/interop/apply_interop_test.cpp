// Documents `apply` wrote, opened by LibreOffice: every one converts to PDF without complaint and
// its text export shows the edited values (an added indicator, a new budget, a renamed project).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "converter/apply.h"
#include "converter/convert.h"
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
                                 "docx-libreoffice/003"};

std::string shell(const std::string& command) {
  std::string out = test::scratch_path("apply-interop.out").string();
  std::string err = test::scratch_path("apply-interop.err").string();
  int status = std::system((command + " >'" + out + "' 2>'" + err + "'").c_str());
  if (status != 0) ADD_FAILURE() << command << " failed:\n" << test::read_bytes(err);
  return test::read_bytes(out);
}

TEST(ApplyInterop, LibreOfficeOpensEveryOutputAndShowsTheEdits) {
  std::string folder = test::make_temp_dir("apply-interop");
  std::string documents;
  std::vector<std::string> names;
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
  }
  std::string soffice = "timeout 300 soffice --headless --norestore -env:UserInstallation=file://" +
                        folder + "/profile ";
  std::string outdir = " --outdir '" + folder + "'";
  shell(soffice + "--convert-to pdf" + outdir + documents);
  shell(soffice + "--convert-to 'txt:Text (encoded):UTF8'" + outdir + documents);
  for (const std::string& name : names) {
    EXPECT_GT(fs::file_size(folder + "/" + name + ".pdf"), 1000u) << name;
    std::string text = test::read_bytes(folder + "/" + name + ".txt");
    EXPECT_NE(text.find("777.77"), std::string::npos) << name;
    EXPECT_NE(text.find("（已调整）"), std::string::npos) << name;
    EXPECT_NE(text.find("互操作新增描述"), std::string::npos) << name;
  }
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
