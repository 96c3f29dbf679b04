// `kpiconv apply` with a macro-enabled original (.docm): an output named .docx is written without
// the macros — no VBA project, no VBA data, no customizations, no relationship or content type of
// theirs, the main part typed as a plain document — and a warning says so; an output named .docm
// keeps them as they are. The .docm is fixture 000 with the parts Word adds to a document with
// macros (MS-OFFMACRO), built here.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "converter/apply.h"
#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "formats/ooxml/zip_archive.h"
#include "support/cfb_builder.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDocmMainType = "application/vnd.ms-word.document.macroEnabled.main+xml";
constexpr const char* kDocxMainType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

std::map<std::string, std::string> docm_test_entries(const std::string& path) {
  ooxml::ZipArchive archive(path, ooxml::PackageLimits{});
  std::map<std::string, std::string> entries;
  for (const ooxml::ZipEntry& entry : archive.entries()) {
    entries[entry.name] = archive.read_all(entry);
  }
  return entries;
}

void replace_in_part(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

// Fixture 000 as Word saves it with macros: the main part typed macro-enabled, a VBA project
// (with its supplemental data hanging on it) and key-map customizations related from it.
std::string write_docm(const std::string& path) {
  std::map<std::string, std::string> parts =
      docm_test_entries(test::source_dir() + "/fixtures/docx/000.docx");
  std::string& types = parts["[Content_Types].xml"];
  replace_in_part(types, std::string("ContentType=\"") + kDocxMainType + "\"",
                  std::string("ContentType=\"") + kDocmMainType + "\"");
  replace_in_part(
      types, "<Default Extension=\"xml\"",
      "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
      "<Default Extension=\"xml\"");
  replace_in_part(types, "</Types>",
                  "<Override PartName=\"/word/vbaData.xml\" "
                  "ContentType=\"application/vnd.ms-word.vbaData+xml\"/>"
                  "<Override PartName=\"/word/customizations.xml\" "
                  "ContentType=\"application/vnd.ms-word.keyMapCustomizations+xml\"/></Types>");
  replace_in_part(parts["word/_rels/document.xml.rels"], "</Relationships>",
                  "<Relationship Id=\"rId9\" "
                  "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                  "Target=\"vbaProject.bin\"/>"
                  "<Relationship Id=\"rId10\" "
                  "Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                  "keyMapCustomizations\" Target=\"customizations.xml\"/></Relationships>");
  parts["word/vbaProject.bin"] = test::compound_file({u"VBA", u"PROJECT", u"PROJECTwm"});
  parts["word/_rels/vbaProject.bin.rels"] =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/wordVbaData" Target="vbaData.xml"/>)"
      R"(</Relationships>)";
  parts["word/vbaData.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml">)"
      R"(<wne:mcds><wne:mcd wne:macroName="PROJECT.NEWMACROS.AUTOOPEN" wne:name="Project.NewMacros.AutoOpen" wne:bEncrypt="00" wne:cmg="56"/></wne:mcds>)"
      R"(</wne:vbaSuppData>)";
  parts["word/customizations.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<wne:tcg xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml">)"
      R"(<wne:keymaps><wne:keymap wne:kcmPrimary="0441"><wne:macro wne:macroName="PROJECT.NEWMACROS.AUTOOPEN"/></wne:keymap></wne:keymaps>)"
      R"(</wne:tcg>)";
  test::ZipBuilder zip;
  for (const auto& [name, content] : parts) zip.add(name, content);
  zip.write(path);
  return path;
}

// The original's filing with one budget figure changed, as a normalized workbook.
std::string edited_budget_workbook(const std::string& original, const std::string& path) {
  Filing filing = read_filing(original);
  filing.projects[0].budget.total.text = "25.00";
  write_filing(filing, path, *builtin_registry().writer_named("xlsx"));
  return path;
}

class ApplyMacros : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = test::make_temp_dir("apply-macros");
    docm_ = write_docm(folder_ + "/original.docm");
    edited_ = edited_budget_workbook(docm_, folder_ + "/edited.xlsx");
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string folder_;
  std::string docm_;
  std::string edited_;
};

TEST_F(ApplyMacros, ADocxOutputIsWrittenWithoutTheMacrosAndSaysSo) {
  const std::string output = folder_ + "/out.docx";
  ApplyResult result = apply_edits(docm_, edited_, output);
  EXPECT_TRUE(result.report.all_applied());
  EXPECT_EQ(result.report.warnings,
            std::vector<std::string>{
                "macros dropped: the original is macro-enabled and a .docx file holds no macros, "
                "so it is written without them (word/customizations.xml, word/vbaData.xml, "
                "word/vbaProject.bin left out) as a plain Word document; name the output .docm "
                "to keep them"});

  std::map<std::string, std::string> original = docm_test_entries(docm_);
  std::map<std::string, std::string> written = docm_test_entries(output);
  for (const char* gone : {"word/vbaProject.bin", "word/_rels/vbaProject.bin.rels",
                           "word/vbaData.xml", "word/customizations.xml"}) {
    EXPECT_FALSE(written.contains(gone)) << gone;
  }
  const std::string& rels = written["word/_rels/document.xml.rels"];
  EXPECT_EQ(rels.find("vbaProject"), std::string::npos) << rels;
  EXPECT_EQ(rels.find("keyMapCustomizations"), std::string::npos) << rels;
  EXPECT_NE(rels.find("Target=\"styles.xml\""), std::string::npos) << rels;  // the others stay
  const std::string& types = written["[Content_Types].xml"];
  EXPECT_NE(types.find(std::string("<Override PartName=\"/word/document.xml\" ContentType=\"") +
                       kDocxMainType + "\"/>"),
            std::string::npos)
      << types;
  for (const char* macro_type : {"macroEnabled", "vbaProject", "vbaData", "keyMapCustomizations"}) {
    EXPECT_EQ(types.find(macro_type), std::string::npos) << macro_type << " in " << types;
  }
  // Every other part is the original's, byte for byte; the edit is in.
  for (const auto& [name, content] : written) {
    if (name == "[Content_Types].xml" || name == "word/_rels/document.xml.rels" ||
        name == "word/document.xml") {
      continue;
    }
    EXPECT_EQ(content, original[name]) << name;
  }
  EXPECT_EQ(written.size(), original.size() - 4);
  Filing back = read_filing(output);
  EXPECT_EQ(back.projects[0].budget.total.text, "25.00");
}

TEST_F(ApplyMacros, ADocmOutputKeepsThemAsTheyAre) {
  const std::string output = folder_ + "/out.docm";
  ApplyResult result = apply_edits(docm_, edited_, output);
  EXPECT_TRUE(result.report.all_applied());
  EXPECT_TRUE(result.report.warnings.empty());
  std::map<std::string, std::string> original = docm_test_entries(docm_);
  std::map<std::string, std::string> written = docm_test_entries(output);
  ASSERT_EQ(written.size(), original.size());
  for (const auto& [name, content] : original) {
    if (name != "word/document.xml") {
      EXPECT_EQ(written[name], content) << name;
    }
  }
  EXPECT_NE(written["[Content_Types].xml"].find(kDocmMainType), std::string::npos);
  EXPECT_EQ(read_filing(output).projects[0].budget.total.text, "25.00");
}

TEST_F(ApplyMacros, WithNothingToApplyTheDocxIsStillWithoutThem) {
  const std::string unchanged = folder_ + "/unchanged.xlsx";
  write_filing(read_filing(docm_), unchanged, *builtin_registry().writer_named("xlsx"));
  test::CommandResult result =
      test::run_kpiconv({"apply", docm_, unchanged, "-o", folder_ + "/same.docx"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.err.find("kpiconv: warning: " + folder_ + "/same.docx: macros dropped: "),
            std::string::npos)
      << result.err;
  std::map<std::string, std::string> written = docm_test_entries(folder_ + "/same.docx");
  EXPECT_FALSE(written.contains("word/vbaProject.bin"));
  EXPECT_EQ(written["word/document.xml"], docm_test_entries(docm_)["word/document.xml"]);
}

TEST(ApplyWithoutMacros, APlainOriginalSaysNothingOfMacros) {
  std::string folder = test::make_temp_dir("apply-no-macros");
  const std::string original = test::source_dir() + "/fixtures/docx/000.docx";
  ApplyResult result = apply_edits(
      original, edited_budget_workbook(original, folder + "/edited.xlsx"), folder + "/out.docx");
  EXPECT_TRUE(result.report.warnings.empty());
  std::map<std::string, std::string> before = docm_test_entries(original);
  std::map<std::string, std::string> after = docm_test_entries(folder + "/out.docx");
  EXPECT_EQ(after["[Content_Types].xml"], before["[Content_Types].xml"]);
  EXPECT_EQ(after["word/_rels/document.xml.rels"], before["word/_rels/document.xml.rels"]);
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
