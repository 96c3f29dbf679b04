// The command line as a user meets it: exit statuses, one-line errors, outputs that appear whole or
// not at all.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "support/ooxml_parts.h"
#include "support/run_command.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

using test::run_kpiconv;

size_t line_count(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string corpus(const std::string& name) {
  return test::shared_dir() + "/corpus/" + name;
}

TEST(Cli, ConvertsToJsonOnStandardOutput) {
  test::CommandResult result = run_kpiconv({"convert", "fixtures/docx/003.docx", "-o", "-"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  nlohmann::json json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["projects"].size(), 3u);
  EXPECT_EQ(json["projects"][0]["code"], "13073022P00865210002J");
  EXPECT_TRUE(result.err.empty());
}

TEST(Cli, ConvertsToCsvOnStandardOutputWithTo) {
  test::CommandResult result =
      run_kpiconv({"convert", "fixtures/docx/003.docx", "-o", "-", "--to", "csv", "--no-bom"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(result.out.substr(0, 12), "单位编码");
  EXPECT_NE(result.out.find("978001,河北沙城经济开发区管理委员会,万元,13073022P00865210002J,"),
            std::string::npos);
}

TEST(Cli, InspectSummarizesTheFiling) {
  test::CommandResult result = run_kpiconv({"inspect", "fixtures/docx/001.docx"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(
      result.out.find("Filing: 怀来县工业和信息化部门（单位）2023年部门预算信息公开情况说明\n"),
      std::string::npos);
  EXPECT_NE(result.out.find("Projects: 10\n"), std::string::npos);
  EXPECT_NE(
      result.out.find("  1. 13073022P00883610001N  怀财预批【2022】66号 张家口怀来大数据产业基地"
                      "科技创新园区项目土地相关经费  budget 0.11 万元  indicators 6\n"),
      std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("Other tables: 3\n"), std::string::npos);
  EXPECT_NE(result.out.find("  2. 政府部门采购预算明细表  12 rows x 16 columns\n"),
            std::string::npos)
      << result.out;
  // What the checks found: 资金到位率 written in months.
  EXPECT_NE(result.out.find(
                "Findings: 0 个错误，1 个警告，0 个提示\n"
                "  警告 [rate-unit] 13073023P00016810002Y 第3个指标：比率指标“资金到位率”的目标"
                "“≤12个月”不是百分比（word/document.xml#tbl[7]/tr[4]/tc[5]）\n"),
            std::string::npos)
      << result.out;
}

TEST(Cli, InspectListsWhatTheReadingFoundInEnglishOnRequest) {
  test::CommandResult result = run_kpiconv({"inspect", "fixtures/docx/004.docx", "--lang", "en"});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("Findings: 0 errors, 14 warnings, 0 notes\n"
                            "  warning [spending-plan-shifted] 13030623P000009100017: "),
            std::string::npos)
      << result.out;
}

TEST(Cli, ValidateFindsTheSeedsRealMistakesAndExitsWithOne) {
  test::CommandResult result = run_kpiconv({"validate", "fixtures/docx/000.docx"});
  EXPECT_EQ(result.exit_status, 1);
  EXPECT_EQ(
      result.out,
      "fixtures/docx/000.docx：3 个错误，1 个警告，0 个提示\n"
      "  错误 [cost-above-budget] 13073024P000049100019 第4个指标：成本指标“项目预算控制数”的上限 "
      "346.77万元 高于预算数 345.44万元（word/document.xml#tbl[4]/tr[5]/tc[5]）\n"
      "  错误 [cost-above-budget] 13073024P00012010001F 第4个指标：成本指标“成本控制”的上限 "
      "146万元 "
      "高于预算数 145.44万元（word/document.xml#tbl[8]/tr[5]/tc[5]）\n"
      "  错误 [cost-above-budget] 13073024P00008510001F 第4个指标：成本指标“成本控制”的上限 "
      "355万元 "
      "高于预算数 354.56万元（word/document.xml#tbl[10]/tr[5]/tc[5]）\n"
      "  警告 [rate-direction] 13073024P00008510001F 第3个指标：“专项资金拨付及时率”写作“≤95%”："
      "及时率、完成率、满意度应为下限（≥ 或 "
      ">），方向可能写反（word/document.xml#tbl[10]/tr[4]/tc[5]）\n");
}

TEST(Cli, ValidateWithoutErrorsExitsWithZeroAndSpeaksJson) {
  test::CommandResult result =
      run_kpiconv({"validate", "fixtures/docx/003.docx", "--format", "json", "--lang", "en"});
  EXPECT_EQ(result.exit_status, 0);
  nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["schema"], "kpiconv/findings@1");
  EXPECT_EQ(report["summary"]["errors"], 0);
  EXPECT_EQ(report["summary"]["warnings"], 1);
  const nlohmann::json& finding = report["files"][0]["findings"][0];
  EXPECT_EQ(finding["rule"], "rate-unit");
  EXPECT_EQ(finding["project"], "13073022P00865210002J");
  EXPECT_EQ(finding["indicator"], 4);
  EXPECT_EQ(finding["place"], "word/document.xml#tbl[2]/tr[5]/tc[5]");
}

TEST(Cli, ValidateChecksCodesAcrossFilesAndGoesOnPastAnUnreadableOne) {
  test::CommandResult result = run_kpiconv(
      {"validate", "fixtures/docx/003.docx", "fixtures/docx-libreoffice/003.docx", "no/such.docx"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err, "kpiconv: error: no/such.docx: no such file\n");
  // The LibreOffice copy repeats every project code of the original: three duplicates.
  EXPECT_NE(result.out.find("fixtures/docx-libreoffice/003.docx：3 个错误"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("[duplicate-code] 13073022P00865210002J："), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_kpiconv({}).exit_status, 2);
  EXPECT_EQ(run_kpiconv({"frobnicate"}).exit_status, 2);
  EXPECT_EQ(run_kpiconv({"convert", "fixtures/docx/000.docx"}).exit_status, 2);
  EXPECT_EQ(
      run_kpiconv({"convert", "fixtures/docx/000.docx", "-o", "x.json", "--to", "pdf"}).exit_status,
      2);
  EXPECT_EQ(
      run_kpiconv({"convert", "fixtures/docx/000.docx", "-o", "x.json", "--encoding", "latin9"})
          .exit_status,
      2);
  test::CommandResult result =
      run_kpiconv({"convert", "fixtures/docx/000.docx", "-o", "/tmp/x.txt"});
  EXPECT_EQ(result.exit_status, 2);
  EXPECT_EQ(result.err,
            "kpiconv: error: cannot tell the output format from '/tmp/x.txt'; use --to "
            "json|csv|xlsx|docx\n");
  EXPECT_FALSE(std::filesystem::exists("/tmp/x.txt"));
}

TEST(Cli, HelpAndVersionExitWithZero) {
  test::CommandResult help = run_kpiconv({"--help"});
  EXPECT_EQ(help.exit_status, 0);
  EXPECT_NE(help.out.find("convert"), std::string::npos);
  test::CommandResult version = run_kpiconv({"--version"});
  EXPECT_EQ(version.exit_status, 0);
  EXPECT_EQ(version.out.rfind("kpiconv ", 0), 0u);
}

struct UnreadableCase {
  std::string file;   // relative to ../shared/corpus
  std::string cause;  // a part of the one-line message
};

class UnreadableInput : public ::testing::TestWithParam<UnreadableCase> {};

TEST_P(UnreadableInput, ExitsWithThreeAndOneLineNamingFileAndCause) {
  std::string input = corpus(GetParam().file);
  if (!std::filesystem::exists(input)) GTEST_SKIP() << "no corpus at " << input;
  std::string folder = test::make_temp_dir("unreadable");
  std::string output = folder + "/out.json";
  // Without LibreOffice, which would read the legacy files (legacy_test.cpp).
  test::CommandResult result = run_kpiconv({"convert", input, "-o", output, "--soffice", "none"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(line_count(result.err), 1u) << result.err;
  EXPECT_EQ(result.err.rfind("kpiconv: error: " + input + ": ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find(GetParam().cause), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::is_empty(folder)) << "no output, no temporary file";
  std::filesystem::remove_all(folder);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, UnreadableInput,
    ::testing::Values(
        UnreadableCase{"docx/synthetic_empty.docx", "empty file (0 bytes)"},
        UnreadableCase{"docx/poi_binary_doc_renamed.docx",
                       "legacy Word 97-2003 binary document (.doc), which kpiconv reads through "
                       "LibreOffice: install it (apt-get install libreoffice-writer-nogui, or name "
                       "soffice with --soffice PATH) or save the file as .docx"},
        UnreadableCase{"docx/poi_encrypted_agile.docx", "password-protected"},
        UnreadableCase{"docx/tika_encrypted_passtika.docx", "password-protected"},
        UnreadableCase{"docx/tika_testWORD_truncated.docx", "truncated zip archive"},
        UnreadableCase{"docx/poi_clusterfuzz_bad_central_dir.docx", "damaged zip archive"},
        UnreadableCase{"docx/poi_ExternalEntityInText_xxe.docx", "DOCTYPE declaring entities"},
        UnreadableCase{"xlsx/poi_SampleSS_binary_xls_renamed.xlsx",
                       "legacy Excel 97-2003 binary workbook (.xls), which kpiconv reads through "
                       "LibreOffice: install it (apt-get install libreoffice-calc-nogui, or name "
                       "soffice with --soffice PATH) or save the file as .xlsx"},
        UnreadableCase{"xlsx/poi_poc-shared-strings_amplification.xlsx", "too much text"},
        UnreadableCase{"docx/derived_bad_crc_document_xml.docx",
                       "zip entry word/document.xml is corrupt (CRC mismatch)"}));

TEST(Cli, MalformedXmlNamesTheLine) {
  std::string input = test::scratch_path("malformed.docx").string();
  test::ZipBuilder()
      .add("[Content_Types].xml", test::kDocxContentTypes)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml",
           "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
           "wordprocessingml/2006/main\"><w:body>\n<w:p><w:r><w:t>x</w:t></w:r>\n</w:body>")
      .write(input);
  test::CommandResult result = run_kpiconv({"inspect", input});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(line_count(result.err), 1u) << result.err;
  EXPECT_NE(result.err.find(input + ": malformed XML in word/document.xml at line 4"),
            std::string::npos)
      << result.err;
}

TEST(Cli, AZipThatIsNoOfficeDocumentIsNamed) {
  std::string input = test::scratch_path("photos.zip").string();
  test::ZipBuilder().add("photo.jpg", "not really a photo").write(input);
  test::CommandResult result = run_kpiconv({"inspect", input});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err,
            "kpiconv: error: " + input +
                ": a zip archive that is not an Office document (no [Content_Types].xml)\n");
}

TEST(Cli, MissingMainDocumentPartIsNamed) {
  std::string input = test::scratch_path("no-main-part.docx").string();
  test::ZipBuilder()
      .add("[Content_Types].xml", test::kDocxContentTypes)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/styles.xml",
           "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
      .write(input);
  test::CommandResult result = run_kpiconv({"inspect", input});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_NE(result.err.find(input + ": no main document part (word/document.xml)"),
            std::string::npos)
      << result.err;
}

TEST(Cli, AFailedRunLeavesAnExistingOutputUntouched) {
  std::string folder = test::make_temp_dir("keep-output");
  std::string output = folder + "/out.json";
  std::ofstream(output) << "precious";
  std::string not_a_filing = folder + "/notes.docx";
  std::ofstream(not_a_filing) << "PK\x03\x04 the start of a zip and nothing else";
  test::CommandResult result = run_kpiconv({"convert", not_a_filing, "-o", output});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(test::read_bytes(output), "precious");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), {}), 2);
  std::filesystem::remove_all(folder);
}

TEST(Cli, MissingInputIsUnreadable) {
  test::CommandResult result = run_kpiconv({"inspect", "no/such/file.docx"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err, "kpiconv: error: no/such/file.docx: no such file\n");
}

TEST(Cli, AnUnwritableOutputExitsWithFour) {
  test::CommandResult result =
      run_kpiconv({"convert", "fixtures/docx/003.docx", "-o", "/no/such/folder/out.json"});
  EXPECT_EQ(result.exit_status, 4);
  EXPECT_EQ(line_count(result.err), 1u);
}

}  // namespace
}  // namespace kpiconv
