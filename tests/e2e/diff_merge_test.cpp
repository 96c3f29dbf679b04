// kpiconv diff and merge as a user runs them: a filing compared with itself is equal in every
// format kpiconv reads, an edited copy shows exactly its edits, and a merge with conflicts lists
// them on standard error and on the output workbook's 冲突 sheet.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

using nlohmann::json;
using test::run_kpiconv;

std::string converted(const std::string& input, const std::string& output,
                      const std::vector<std::string>& options = {}) {
  std::vector<std::string> arguments = {"convert", input, "-o", output};
  arguments.insert(arguments.end(), options.begin(), options.end());
  test::CommandResult result = run_kpiconv(arguments);
  EXPECT_EQ(result.exit_status, 0) << result.err;
  return output;
}

void expect_equal(const std::string& a, const std::string& b) {
  test::CommandResult result = run_kpiconv({"diff", a, b});
  EXPECT_EQ(result.exit_status, 0) << a << " vs " << b << ":\n" << result.out << result.err;
  EXPECT_EQ(result.out, "") << a << " vs " << b;
}

class DiffFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(DiffFixture, EveryFormatOfTheFilingEqualsItselfAndTheOriginal) {
  std::string docx = GetParam();
  std::string folder = test::make_temp_dir("diff-self");
  std::string normalized = converted(docx, folder + "/normalized.xlsx");
  std::string form = converted(docx, folder + "/form.xlsx", {"--layout", "form"});
  std::string csv = converted(docx, folder + "/filing.csv");
  for (const std::string& file : {docx, normalized, form, csv}) expect_equal(file, file);
  expect_equal(docx, normalized);
  expect_equal(docx, form);
  expect_equal(normalized, form);

  test::CommandResult json_result = run_kpiconv({"diff", docx, docx, "--format", "json"});
  EXPECT_EQ(json_result.exit_status, 0) << json_result.err;
  json report = json::parse(json_result.out);
  EXPECT_EQ(report["schema"], "kpiconv/diff@1");
  EXPECT_EQ(report["equal"], true);
  EXPECT_EQ(report["a"]["format"], "docx");

  // A CSV holds the projects only: the filing's title and other tables are all that differ.
  test::CommandResult to_csv = run_kpiconv({"diff", docx, csv, "--format", "json"});
  json csv_report = json::parse(to_csv.out);
  EXPECT_TRUE(csv_report["projects"].empty()) << csv_report["projects"].dump(2);
  for (const json& table : csv_report["tables"]) EXPECT_EQ(table["change"], "removed");
  for (const json& field : csv_report["filing"]) EXPECT_EQ(field["field"], "title");
  std::filesystem::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DiffFixture, ::testing::ValuesIn(test::kFixtureDocuments),
                         [](const ::testing::TestParamInfo<const char*>& param) {
                           std::string name = param.param;
                           return std::string(name.find("libreoffice") != std::string::npos
                                                  ? "LibreOffice"
                                                  : "Word") +
                                  name.substr(name.size() - 8, 3);
                         });

// The fixture read, edited in C++ and written as a normalized workbook.
std::string edited_copy(const std::string& input, const std::string& output,
                        const std::function<void(Filing&)>& edit) {
  Filing filing = read_filing(input);
  edit(filing);
  write_filing(filing, output, *builtin_registry().writer_named("xlsx"));
  return output;
}

TEST(Diff, AnEditedCopyShowsExactlyItsEdits) {
  std::string folder = test::make_temp_dir("diff-edited");
  std::string edited =
      edited_copy("fixtures/docx/000.docx", folder + "/edited.xlsx", [](Filing& filing) {
        filing.projects[0].budget.total.text = "25.00";
        filing.projects[0].indicators[0].value.text = "≥2次";
        filing.projects.pop_back();
      });
  test::CommandResult result =
      run_kpiconv({"diff", "fixtures/docx/000.docx", edited, "--format", "json"});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  json report = json::parse(result.out);
  EXPECT_EQ(report["equal"], false);
  EXPECT_TRUE(report["filing"].empty());
  EXPECT_TRUE(report["tables"].empty());
  Filing original = read_filing("fixtures/docx/000.docx");
  ASSERT_EQ(report["projects"].size(), 2u) << report.dump(2);
  const json& changed = report["projects"][0];
  EXPECT_EQ(changed["change"], "changed");
  EXPECT_EQ(changed["code"], original.projects[0].code.text);
  ASSERT_EQ(changed["fields"].size(), 1u);
  EXPECT_EQ(changed["fields"][0]["field"], "budget.total");
  EXPECT_EQ(changed["fields"][0]["before"], original.projects[0].budget.total.text);
  EXPECT_EQ(changed["fields"][0]["after"], "25.00");
  EXPECT_EQ(changed["fields"][0]["place"], original.projects[0].budget.total.where.to_string());
  ASSERT_EQ(changed["indicators"].size(), 1u);
  EXPECT_EQ(changed["indicators"][0]["change"], "changed");
  EXPECT_EQ(changed["indicators"][0]["after_index"], 1);
  EXPECT_EQ(changed["indicators"][0]["fields"][0]["field"], "value");
  EXPECT_EQ(changed["indicators"][0]["fields"][0]["after"], "≥2次");
  const json& removed = report["projects"][1];
  EXPECT_EQ(removed["change"], "removed");
  EXPECT_EQ(removed["code"], original.projects.back().code.text);
  EXPECT_TRUE(removed["after_index"].is_null());

  test::CommandResult text = run_kpiconv({"diff", "fixtures/docx/000.docx", edited});
  EXPECT_EQ(text.exit_status, 1);
  std::string project = original.projects[0].code.text + " " + original.projects[0].name.text;
  EXPECT_NE(
      text.out.find("\n项目 " + project + "\n  预算数：" + original.projects[0].budget.total.text +
                    " → 25.00（" + original.projects[0].budget.total.where.to_string() + "）\n"),
      std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("\n删除项目 " + original.projects.back().code.text), std::string::npos);
  std::filesystem::remove_all(folder);
}

TEST(Diff, AnUnreadableInputIsExitStatus3) {
  std::string folder = test::make_temp_dir("diff-unreadable");
  test::write_bytes(folder + "/broken.docx", "PK\x03\x04 not a zip");
  test::CommandResult result =
      run_kpiconv({"diff", "fixtures/docx/000.docx", folder + "/broken.docx"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.out, "");
  std::filesystem::remove_all(folder);
}

// The rows of the workbook's sheet named `name`, as text.
std::vector<std::vector<std::string>> sheet_rows(const std::string& workbook,
                                                 const std::string& name) {
  Document document = read_document(workbook);
  std::vector<std::vector<std::string>> rows;
  bool in_sheet = false;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      in_sheet = paragraph->text == name;
      continue;
    }
    if (!in_sheet) continue;
    const Table& table = std::get<Table>(block);
    for (int row = 0; row < table.rows; ++row) {
      std::vector<std::string> cells;
      for (int col = 0; col < table.cols; ++col) {
        const Cell* cell = table.at(row, col);
        cells.push_back(cell == nullptr ? "" : cell->text);
      }
      rows.push_back(std::move(cells));
    }
  }
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(Merge, ConflictsAreListedAndOnThe冲突Sheet) {
  std::string folder = test::make_temp_dir("merge");
  std::string base = "fixtures/docx/003.docx";
  Filing original = read_filing(base);
  std::string ours = edited_copy(base, folder + "/ours.xlsx", [](Filing& filing) {
    filing.projects[0].budget.total.text = "11.00";
    filing.projects[1].goals.text = "我方目标";
  });
  std::string theirs = edited_copy(base, folder + "/theirs.xlsx", [](Filing& filing) {
    filing.projects[0].budget.total.text = "12.00";
    filing.projects[2].indicators[0].value.text = "≥3次";
  });
  std::string out = folder + "/merged.xlsx";
  test::CommandResult result = run_kpiconv({"merge", base, ours, theirs, "-o", out});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  const Project& first = original.projects[0];
  EXPECT_EQ(result.err, "冲突：项目 " + first.code.text + " 预算数：原值“" +
                            first.budget.total.text + "”，我方“11.00”，对方“12.00”，保留我方（" +
                            "xl/worksheets/sheet1.xml#项目!F2）\n");
  EXPECT_EQ(sheet_rows(out, "冲突"),
            (Rows{{"项目", "指标", "字段", "原值", "我方", "对方", "位置"},
                  {first.code.text, "", "预算数", first.budget.total.text, "11.00", "12.00",
                   "xl/worksheets/sheet1.xml#项目!F2"}}));

  // The merged filing: both sides' edits, OURS on the conflict, and no 冲突 table read back.
  Filing merged = read_filing(out);
  EXPECT_EQ(merged.projects[0].budget.total.text, "11.00");
  EXPECT_EQ(merged.projects[1].goals.text, "我方目标");
  EXPECT_EQ(merged.projects[2].indicators[0].value.text, "≥3次");
  EXPECT_EQ(merged.tables.size(), original.tables.size());
  test::CommandResult diff = run_kpiconv({"diff", ours, out, "--format", "json"});
  json report = json::parse(diff.out);
  ASSERT_EQ(report["projects"].size(), 1u) << diff.out;
  EXPECT_EQ(report["projects"][0]["indicators"][0]["fields"][0]["after"], "≥3次");

  test::CommandResult english =
      run_kpiconv({"merge", base, ours, theirs, "-o", folder + "/merged.json", "--lang", "en"});
  EXPECT_EQ(english.exit_status, 1);
  EXPECT_TRUE(english.err.starts_with("conflict: project " + first.code.text + " budget: base “"))
      << english.err;
  std::filesystem::remove_all(folder);
}

TEST(Merge, WithoutConflictsExitsWith0AndWritesNo冲突Sheet) {
  std::string folder = test::make_temp_dir("merge-clean");
  std::string base = "fixtures/docx/003.docx";
  std::string ours = edited_copy(base, folder + "/ours.xlsx", [](Filing& filing) {
    filing.projects[0].budget.total.text = "11.00";
  });
  std::string theirs = edited_copy(base, folder + "/theirs.xlsx", [](Filing& filing) {
    filing.projects[0].budget.total.text = "11.00";
    filing.projects[0].name.text = "新名称";
  });
  std::string out = folder + "/merged.xlsx";
  test::CommandResult result =
      run_kpiconv({"merge", base, ours, theirs, "-o", out, "--layout", "form"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_TRUE(sheet_rows(out, "冲突").empty());
  Filing merged = read_filing(out);
  EXPECT_EQ(merged.projects[0].budget.total.text, "11.00");
  EXPECT_EQ(merged.projects[0].name.text, "新名称");
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
