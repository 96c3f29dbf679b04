// Our Word documents opened by real programs: LibreOffice renders every one to PDF and shows the
// same table cells in its text export; python3-docx sees the merged cells where we meant them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

#include "converter/convert.h"
#include "converter/normalize/normalizer.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class DocxInterop : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new std::string(test::make_temp_dir("docx-interop"));
    std::string documents;
    for (const char* seed : test::kSeedNames) {
      std::string out = *folder_ + "/" + seed + ".docx";
      test::CommandResult result =
          test::run_kpiconv({"convert", "fixtures/docx/" + std::string(seed) + ".docx", "-o", out});
      if (result.exit_status != 0) ADD_FAILURE() << result.err;
      documents += " '" + out + "'";
    }
    std::string soffice =
        "soffice --headless --norestore -env:UserInstallation=file://" + *folder_ + "/profile ";
    std::string outdir = " --outdir '" + *folder_ + "'";  // must follow --convert-to
    test::checked_shell(soffice + "--convert-to pdf" + outdir + documents);
    test::checked_shell(soffice + "--convert-to 'txt:Text (encoded):UTF8'" + outdir + documents);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*folder_);
    delete folder_;
  }
  static std::string* folder_;
};

std::string* DocxInterop::folder_ = nullptr;

// The non-blank lines of our own reading of a document, paragraphs and cells in order, as a text
// export lists them.
std::vector<std::string> lines_of(const Document& document) {
  std::vector<std::string> lines;
  auto add = [&](const std::string& text) {
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      std::string line(trim(text.substr(start, end - start)));
      if (!line.empty()) lines.push_back(line);
    }
    std::string line(trim(text.substr(start)));
    if (!line.empty()) lines.push_back(line);
  };
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      add(paragraph->text);
      continue;
    }
    const Table& table = std::get<Table>(block);
    for (int r = 0; r < table.rows; ++r) {
      for (const Cell* cell : table.row_cells(r)) {
        if (cell->row == r) add(cell->text);
      }
    }
  }
  return lines;
}

TEST_F(DocxInterop, LibreOfficeRendersEveryDocumentToPdf) {
  for (const char* seed : test::kSeedNames) {
    std::string pdf = *folder_ + "/" + seed + ".pdf";
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    std::string bytes = test::read_bytes(pdf);
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    // A page per project at least, and the title page.
    std::string info = test::checked_shell("pdfinfo '" + pdf + "'");
    size_t pages = info.find("Pages:");
    ASSERT_NE(pages, std::string::npos);
    EXPECT_GT(std::stoi(info.substr(pages + 6)),
              static_cast<int>(test::expected_filing_json(seed)["projects"].size()));
  }
}

TEST_F(DocxInterop, LibreOfficeTextShowsOurParagraphsAndCells) {
  for (const char* seed : test::kSeedNames) {
    std::string text = test::read_bytes(*folder_ + "/" + seed + ".txt");
    std::vector<std::string> shown;
    size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
      std::string line(trim(text.substr(start, end - start)));
      if (!line.empty()) shown.push_back(line);
    }
    std::vector<std::string> ours = lines_of(read_document(*folder_ + "/" + seed + ".docx"));
    // The page-number footer is in the text export, not in the body.
    std::erase_if(shown, [](const std::string& line) { return line.starts_with("—"); });
    EXPECT_EQ(shown, ours) << seed;
    EXPECT_GT(ours.size(), 100u);
  }
}

// The vertical-merge states the indicator rows should have for `level` ("level1", "level2"):
// 一级 merges within equal runs, 二级 only within its 一级 group.
std::vector<std::string> expected_merges(const json& indicators, bool second_level) {
  size_t n = indicators.size();
  std::vector<bool> continues(n, false);
  for (size_t i = 1; i < n; ++i) {
    bool level1 = indicators[i]["level1"] == indicators[i - 1]["level1"];
    continues[i] =
        second_level ? level1 && indicators[i]["level2"] == indicators[i - 1]["level2"] : level1;
  }
  std::vector<std::string> states(n);
  for (size_t i = 0; i < n; ++i) {
    states[i] = continues[i] ? "continue" : (i + 1 < n && continues[i + 1] ? "restart" : "");
  }
  return states;
}

TEST_F(DocxInterop, PythonDocxSeesTheMergedCells) {
  for (const char* seed : test::kSeedNames) {
    json document = json::parse(test::checked_shell("/usr/bin/python3 " + test::source_dir() +
                                                    "/tests/interop/describe_docx.py '" + *folder_ +
                                                    "/" + seed + ".docx'"));
    json expected = test::expected_filing_json(seed);
    const json& tables = document["tables"];
    ASSERT_EQ(tables.size(), 2 * expected["projects"].size() + expected["tables"].size()) << seed;
    for (size_t p = 0; p < expected["projects"].size(); ++p) {
      SCOPED_TRACE(std::string(seed) + " project " + std::to_string(p + 1));
      const json& project = expected["projects"][p];
      const json& header = tables[2 * p]["rows"];
      EXPECT_EQ(header[2][0]["text"], "预算规模及资金用途");
      EXPECT_EQ(header[2][0]["v_merge"], "restart");
      EXPECT_EQ(header[3][0]["v_merge"], "continue");
      EXPECT_EQ(header[3][1]["grid_span"], 6);
      EXPECT_EQ(header[3][1]["text"], project["purpose"]);
      EXPECT_EQ(header[4][0]["v_merge"], "restart");
      EXPECT_EQ(header[5][0]["v_merge"], "continue");
      EXPECT_EQ(header[6][1]["grid_span"], 6);
      EXPECT_EQ(header[6][1]["text"], project["goals"]);
      const json& rows = tables[2 * p + 1]["rows"];
      ASSERT_EQ(rows.size(), project["indicators"].size() + 1);
      std::vector<std::string> level1 = expected_merges(project["indicators"], false);
      std::vector<std::string> level2 = expected_merges(project["indicators"], true);
      for (size_t i = 0; i < level1.size(); ++i) {
        EXPECT_EQ(rows[i + 1][0]["v_merge"], level1[i]) << "一级, indicator " << i + 1;
        EXPECT_EQ(rows[i + 1][1]["v_merge"], level2[i]) << "二级, indicator " << i + 1;
      }
    }
    // The other tables keep their spans: the first row's cells, as the filing has them.
    for (size_t t = 0; t < expected["tables"].size(); ++t) {
      const json& first_row = tables[2 * expected["projects"].size() + t]["rows"][0];
      const json& cells = expected["tables"][t]["rows"][0];
      ASSERT_EQ(first_row.size(), cells.size());
      for (size_t c = 0; c < cells.size(); ++c) {
        EXPECT_EQ(first_row[c]["grid_span"], cells[c]["col_span"]);
        EXPECT_EQ(first_row[c]["v_merge"], cells[c]["row_span"].get<int>() > 1 ? "restart" : "");
      }
    }
  }
}

}  // namespace
}  // namespace kpiconv
