// Legacy filings through LibreOffice: .doc and .xls made from the fixtures by LibreOffice at test
// time read as the fixtures' filings; without LibreOffice a legacy file is refused with the way
// out; a conversion that hangs is stopped by the timeout, one interrupted is cleaned up, and
// nothing is left behind either way; batches mix legacy and modern files.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "converter/convert.h"
#include "support/files.h"
#include "support/processes.h"
#include "support/run_command.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Legacy : public ::testing::Test {
 protected:
  // FOLDER/doc/NNN.doc from each fixture DOCX; FOLDER/xls/NNN.xls from each fixture's normalized
  // workbook. Made by LibreOffice, as an office's old files were made by Word and Excel.
  static void SetUpTestSuite() {
    folder_ = new std::string(test::make_temp_dir("legacy"));
    const std::string& folder = *folder_;
    std::string documents;
    std::string workbooks;
    fs::create_directories(folder + "/xlsx");
    for (const char* seed : test::kSeedNames) {
      documents += " " + test::shell_quote(test::source_dir() + "/fixtures/docx/" + seed + ".docx");
      std::string workbook = folder + "/xlsx/" + seed + ".xlsx";
      test::CommandResult result = test::run_kpiconv(
          {"convert", "fixtures/docx/" + std::string(seed) + ".docx", "-o", workbook});
      if (result.exit_status != 0) ADD_FAILURE() << result.err;
      workbooks += " " + test::shell_quote(workbook);
    }
    std::string soffice =
        "soffice --headless --norestore -env:UserInstallation=file://" + folder + "/profile ";
    test::checked_shell(soffice + "--convert-to doc --outdir " +
                        test::shell_quote(folder + "/doc") + documents);
    test::checked_shell(soffice + "--convert-to xls --outdir " +
                        test::shell_quote(folder + "/xls") + workbooks);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*folder_);
    delete folder_;
  }
  static std::string* folder_;
};

std::string* Legacy::folder_ = nullptr;

TEST_F(Legacy, EveryDocAndXlsReadsAsItsFixturesFiling) {
  // All ten in one batch, two conversions at a time: each with a LibreOffice profile of its own.
  std::string out = *folder_ + "/json";
  test::CommandResult result = test::run_kpiconv(
      {"convert", *folder_ + "/doc", *folder_ + "/xls", "-o", out, "--to", "json", "-j", "2"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  for (const char* seed : test::kSeedNames) {
    json expected = test::expected_filing_json(seed);
    expected.erase("findings");
    for (const char* kind : {"doc", "xls"}) {
      // doc/NNN.doc and xls/NNN.xls would share NNN.json: each keeps its own extension.
      std::string output = out + "/" + seed + "." + kind + ".json";
      json filing = json::parse(test::read_bytes(output));
      filing.erase("findings");
      EXPECT_EQ(filing["source"]["format"], std::string(kind) + " (via LibreOffice 7.4)");
      filing["source"] = expected["source"];
      test::expect_same_json(filing, expected, output);
    }
  }
}

TEST_F(Legacy, WithoutLibreOfficeTheFileIsRefusedWithTheWaysOut) {
  std::string doc = *folder_ + "/doc/001.doc";
  // PATH without LibreOffice: kpiconv finds no soffice to run.
  test::CommandResult result =
      test::run_shell("PATH=/nonexistent " + test::shell_quote(KPICONV_BINARY) + " convert " +
                          test::shell_quote(doc) + " -o out.json",
                      *folder_);
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err, "kpiconv: error: " + doc +
                            ": legacy Word 97-2003 binary document (.doc), which kpiconv reads "
                            "through LibreOffice: install it (apt-get install "
                            "libreoffice-writer-nogui, or name soffice with --soffice PATH) or "
                            "save the file as .docx\n");
  EXPECT_FALSE(fs::exists(*folder_ + "/out.json"));
  test::CommandResult xls =
      test::run_kpiconv({"inspect", *folder_ + "/xls/003.xls", "--soffice", "none"});
  EXPECT_EQ(xls.exit_status, 3);
  EXPECT_NE(xls.err.find("legacy Excel 97-2003 binary workbook (.xls), which kpiconv reads through "
                         "LibreOffice: install it (apt-get install libreoffice-calc-nogui"),
            std::string::npos)
      << xls.err;
}

TEST_F(Legacy, ContentDecidesNotTheName) {
  // A binary Word document named .docx is converted, and one named .xlsx too.
  fs::copy_file(*folder_ + "/doc/003.doc", *folder_ + "/named.docx",
                fs::copy_options::overwrite_existing);
  fs::copy_file(*folder_ + "/doc/003.doc", *folder_ + "/named.xlsx",
                fs::copy_options::overwrite_existing);
  for (const char* name : {"named.docx", "named.xlsx"}) {
    Filing filing = read_filing(*folder_ + "/" + name);
    EXPECT_EQ(filing.source.format, "doc (via LibreOffice 7.4)") << name;
    EXPECT_EQ(filing.projects.size(), 3u) << name;
  }
}

// A stand-in for soffice that never finishes, with a child of its own: what a hung LibreOffice
// looks like. It writes its own and its child's process ids to `pids`.
std::string hanging_soffice(const std::string& folder, const std::string& pids) {
  std::string program = folder + "/hanging-soffice";
  test::write_bytes(program,
                    "#!/bin/sh\n"
                    "case \"$1\" in --version) echo 'LibreOffice 9.9.9.9'; exit 0;; esac\n"
                    "sleep 300 &\n"
                    "echo $$ $! > " +
                        test::shell_quote(pids) +
                        "\n"
                        "wait\n");
  fs::permissions(program, fs::perms::owner_all);
  return program;
}

TEST_F(Legacy, AHungConversionIsStoppedByTheTimeoutAndLeavesNothing) {
  std::string temporary = test::make_temp_dir("legacy-timeout-tmp");
  std::string pids = *folder_ + "/timeout-pids";
  std::string program = hanging_soffice(*folder_, pids);
  auto started = std::chrono::steady_clock::now();
  test::CommandResult result = test::run_shell(
      "TMPDIR=" + test::shell_quote(temporary) + " " + test::shell_quote(KPICONV_BINARY) +
          " convert " + test::shell_quote(*folder_ + "/doc/000.doc") + " -o timeout.json" +
          " --soffice " + test::shell_quote(program) + " --soffice-timeout 2",
      *folder_);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_NE(result.err.find("000.doc: LibreOffice 9.9 did not convert it within 2 s "
                            "(--soffice-timeout); stopped"),
            std::string::npos)
      << result.err;
  EXPECT_LT(seconds, 30);
  EXPECT_TRUE(fs::is_empty(temporary)) << "left behind in " << temporary;
  EXPECT_FALSE(fs::exists(*folder_ + "/timeout.json"));
  // The stand-in and its child were killed with their process group.
  ASSERT_TRUE(fs::exists(pids));
  EXPECT_FALSE(test::any_process_alive(pids));
}

TEST_F(Legacy, AnInterruptedConversionLeavesNothing) {
  std::string temporary = test::make_temp_dir("legacy-interrupt-tmp");
  std::string pids = *folder_ + "/interrupt-pids";
  std::string program = hanging_soffice(*folder_, pids);
  // kpiconv in the background, sent SIGTERM while LibreOffice (the stand-in) is converting.
  test::CommandResult result = test::run_shell(
      "TMPDIR=" + test::shell_quote(temporary) + " " + test::shell_quote(KPICONV_BINARY) +
          " convert " + test::shell_quote(*folder_ + "/doc/000.doc") +
          " -o interrupted.json --soffice " + test::shell_quote(program) +
          " & pid=$!; sleep 2; kill -TERM $pid; wait $pid; echo \"status $?\"",
      *folder_);
  EXPECT_EQ(result.out, "status 143\n");  // ended by SIGTERM
  EXPECT_TRUE(fs::is_empty(temporary)) << "left behind in " << temporary;
  ASSERT_TRUE(fs::exists(pids));
  EXPECT_FALSE(test::any_process_alive(pids));
}

TEST_F(Legacy, BatchesMixLegacyAndModernFilesAndSaySoAtTheEnd) {
  std::string mixed = *folder_ + "/mixed";
  fs::create_directories(mixed);
  fs::copy_file(*folder_ + "/doc/003.doc", mixed + "/old.doc",
                fs::copy_options::overwrite_existing);
  fs::copy_file(*folder_ + "/xls/001.xls", mixed + "/old.xls",
                fs::copy_options::overwrite_existing);
  fs::copy_file(test::source_dir() + "/fixtures/docx/000.docx", mixed + "/new.docx",
                fs::copy_options::overwrite_existing);
  std::string command = test::shell_quote(KPICONV_BINARY) + " convert " + test::shell_quote(mixed) +
                        " --combine all.csv -j 2";
  test::CommandResult terminal =
      test::run_shell("script -qec " + test::shell_quote(command) + " /dev/null", *folder_);
  EXPECT_EQ(terminal.exit_status, 0) << terminal.out;
  EXPECT_NE(terminal.out.find("kpiconv: 3 of 3 files converted (2 through LibreOffice), 0 failed"),
            std::string::npos)
      << terminal.out;
  EXPECT_NE(terminal.out.find("] 3/3"), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" via LibreOffice"), std::string::npos) << terminal.out;
  Filing all = read_filing(*folder_ + "/all.csv");
  EXPECT_EQ(all.projects.size(), 8u + 3u + 10u);
}

}  // namespace
}  // namespace kpiconv
