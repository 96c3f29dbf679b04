// Province template folders that arrive from elsewhere, through the command line: a mapping
// nested 100,000 levels deep, one asking for a block of a million rows, one naming a workbook
// outside its folder, one whose filling would pass the sheet's last row. Each is refused with
// its exit status and one line naming the file and the cause (for a mapping, its line), writes
// nothing, and crashes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>

#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

const std::string kFixture = "fixtures/docx/000.docx";

// A copy of a shipped template in `folder`, its mapping edited by `edit`; returns the mapping's
// path.
std::string copy_template(const std::string& shipped, const std::string& folder,
                          const std::function<void(std::string&)>& edit) {
  fs::create_directories(folder);
  const std::string from = test::source_dir() + "/templates/province/" + shipped;
  fs::copy_file(from + "/template.xlsx", folder + "/template.xlsx");
  std::string mapping = test::read_bytes(from + "/mapping.toml");
  edit(mapping);
  test::write_bytes(folder + "/mapping.toml", mapping);
  return folder + "/mapping.toml";
}

void replace(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

// `kpiconv convert 000.docx -o OUT --template FOLDER`: the exit status and standard error, and
// that OUT was not written.
test::CommandResult fill(const std::string& folder, const std::string& output) {
  test::CommandResult result =
      test::run_kpiconv({"convert", kFixture, "-o", output, "--template", folder}, 60);
  EXPECT_FALSE(fs::exists(output)) << output;
  EXPECT_EQ(result.out, "");
  return result;
}

std::string nested_header(int levels) {
  std::string header = "[a";
  for (int i = 1; i < levels; ++i) header += ".a";
  return header + "]\n";
}

TEST(ProvinceHostileMapping, AHundredThousandLevelHeaderIsRefusedInConvertAndTemplates) {
  const std::string root = test::make_temp_dir("deep-mapping");
  const std::string folder = root + "/templates/province/deep";
  const std::string mapping = copy_template(
      "flat-import", folder, [](std::string& text) { text += nested_header(100000); });
  const std::string cause =
      ": tables nested deeper than 16 levels (a mapping needs 3: [categories.codes] and its "
      "entries)";
  const std::string line = "line 64";  // the header, after the shipped mapping's 63 lines

  test::CommandResult refused = fill(folder, root + "/out.xlsx");
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_EQ(refused.err, "kpiconv: error: " + mapping + ": " + line + cause + "\n");

  // Installed, it is listed as unusable, and reading a workbook (which tries every installed
  // template) goes on without it.
  const std::string environment = "KPICONV_TEMPLATES=" + test::shell_quote(root + "/templates");
  test::CommandResult listed = test::run_shell(environment + " kpiconv templates", root, 60);
  EXPECT_EQ(listed.exit_status, 0) << listed.err;
  EXPECT_NE(listed.out.find("xlsx  deep         " + folder + "  (unusable: " + mapping + ": " +
                            line + cause + ")\n"),
            std::string::npos)
      << listed.out;
  EXPECT_EQ(listed.err, "");
  test::CommandResult filled = test::run_kpiconv(
      {"convert", kFixture, "-o", root + "/filled.xlsx", "--template", "flat-import"});
  ASSERT_EQ(filled.exit_status, 0) << filled.err;
  test::CommandResult read =
      test::run_shell(environment + " kpiconv convert filled.xlsx -o filled.json", root, 60);
  EXPECT_EQ(read.exit_status, 0) << read.err;
  EXPECT_NE(test::read_bytes(root + "/filled.json").find("13073024P00008610002Q"),
            std::string::npos);
  fs::remove_all(root);
}

TEST(ProvinceHostileMapping, ABlockOfAMillionRowsIsRefusedAtItsLine) {
  const std::string root = test::make_temp_dir("huge-block");
  const std::string mapping = copy_template("form", root + "/t", [](std::string& text) {
    replace(text, "block = \"1:11\"", "block = \"1:1048576\"");
  });
  test::CommandResult refused = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(refused.exit_status, 2);
  EXPECT_EQ(refused.err, "kpiconv: error: " + mapping +
                             ": line 9: block \"1:1048576\" is 1048576 rows; a project's block "
                             "has at most 256 (a real one, tens)\n");
  fs::remove_all(root);
}

// A code written like a placeholder once made the filling expand it for ever.
TEST(ProvinceHostileMapping, ACodeLikeAPlaceholderIsWrittenAsItIs) {
  const std::string root = test::make_temp_dir("placeholder-code");
  copy_template("flat-import", root + "/t", [](std::string& text) {
    replace(text, "\"产出指标\" = \"1\"", "\"产出指标\" = \"{code}\"");
  });
  test::CommandResult result = test::run_kpiconv(
      {"convert", kFixture, "-o", root + "/out.xlsx", "--template", root + "/t"}, 60);
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(test::checked_shell("unzip -p " + test::shell_quote(root + "/out.xlsx") +
                                " xl/worksheets/sheet2.xml")
                .find("{code} 产出指标"),
            std::string::npos);
  fs::remove_all(root);
}

TEST(ProvinceHostileMapping, TheWorkbookMustLieInTheTemplatesFolder) {
  const std::string root = test::make_temp_dir("confined-workbook");
  // A real workbook outside the folder: without the check, each of these would be filled.
  fs::copy_file(test::source_dir() + "/templates/province/flat-import/template.xlsx",
                root + "/outside.xlsx");
  auto naming = [&](const std::string& name) {
    fs::remove_all(root + "/t");
    return copy_template("flat-import", root + "/t", [&](std::string& text) {
      replace(text, "template = \"template.xlsx\"", "template = \"" + name + "\"");
    });
  };
  const std::string outside = fs::canonical(root + "/outside.xlsx").string();

  std::string mapping = naming("../outside.xlsx");
  test::CommandResult climbing = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(climbing.exit_status, 2);
  EXPECT_EQ(climbing.err, "kpiconv: error: " + mapping +
                              ": line 6: the template workbook '../outside.xlsx' is outside the "
                              "template's folder (it leads to " +
                              outside + "); keep it in the folder, beside mapping.toml\n");

  mapping = naming("../../../../../../../../etc/passwd");
  test::CommandResult passwd = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(passwd.exit_status, 2);
  EXPECT_EQ(passwd.err, "kpiconv: error: " + mapping +
                            ": line 6: the template workbook '../../../../../../../../etc/passwd' "
                            "is outside the template's folder (it leads to /etc/passwd); keep it "
                            "in the folder, beside mapping.toml\n");

  mapping = naming(outside);
  test::CommandResult absolute = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(absolute.exit_status, 2);
  EXPECT_EQ(absolute.err, "kpiconv: error: " + mapping +
                              ": line 6: template is the workbook's name in the template's "
                              "folder, like \"template.xlsx\", not '" +
                              outside + "'\n");

  mapping = naming("linked.xlsx");
  fs::create_symlink(outside, root + "/t/linked.xlsx");
  test::CommandResult linked = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(linked.exit_status, 2);
  EXPECT_EQ(linked.err, "kpiconv: error: " + mapping +
                            ": line 6: the template workbook 'linked.xlsx' is outside the "
                            "template's folder (it leads to " +
                            outside + "); keep it in the folder, beside mapping.toml\n");

  // Inside the folder, in a folder of its own or through a link that stays inside, it is used.
  naming("books/../books/province.xlsx");
  fs::create_directories(root + "/t/books");
  fs::rename(root + "/t/template.xlsx", root + "/t/books/province.xlsx");
  fs::create_symlink("books/province.xlsx", root + "/t/template.xlsx");
  test::CommandResult inside = test::run_kpiconv(
      {"convert", kFixture, "-o", root + "/in.xlsx", "--template", root + "/t"}, 60);
  EXPECT_EQ(inside.exit_status, 0) << inside.err;
  EXPECT_TRUE(fs::exists(root + "/in.xlsx"));
  fs::remove_all(root);
}

// A template whose headings are on the sheet's last row has no room for a single indicator.
TEST(ProvinceHostileMapping, AFillingPastTheSheetsLastRowIsRefused) {
  const std::string root = test::make_temp_dir("last-row");
  fs::create_directories(root + "/t");
  test::checked_shell("/usr/bin/python3 -c " + test::shell_quote(R"(
import openpyxl, sys
book = openpyxl.Workbook()
book.active.title = "导入"
book.active["A1048576"] = "项目编号"
book.save(sys.argv[1])
)") + " " + test::shell_quote(root + "/t/template.xlsx"));
  test::write_bytes(root + "/t/mapping.toml", R"(template = "template.xlsx"
sheet = "导入"
layout = "rows"
header_row = 1048576

[columns]
"项目编号" = "project.code"
)");
  test::CommandResult refused = fill(root + "/t", root + "/out.xlsx");
  EXPECT_EQ(refused.exit_status, 4);
  EXPECT_EQ(refused.err, "kpiconv: error: " + root +
                             "/t/template.xlsx: the filings need 1048624 rows of sheet '导入', "
                             "which holds 1048576\n");
  fs::remove_all(root);
}

}  // namespace
}  // namespace kpiconv
