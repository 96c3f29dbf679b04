// Parts that cannot be read whole, and outputs that cannot be written whole, through the command
// line: each ends with its exit status and one line of kpiconv's own — never a part read up to a
// bad byte with exit 0, never a library's message on standard error, never half an output.
#include <gtest/gtest.h>

#include <filesystem>

#include "converter/error.h"
#include "formats/ooxml/zip_archive.h"
#include "support/encodings.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

using test::run_kpiconv;

// Fixture 002 (10 projects) with its main part given as `make_part(the part's UTF-8 text after
// its XML declaration)`.
template <class MakePart>
std::string seed_with_main_part(const std::string& name, MakePart make_part) {
  ooxml::ZipArchive seed("fixtures/docx/002.docx", {});
  test::ZipBuilder zip;
  for (const ooxml::ZipEntry& entry : seed.entries()) {
    std::string content = seed.read_all(entry);
    if (entry.name == "word/document.xml")
      content = make_part(content.substr(content.find("?>") + 2));
    zip.add(entry.name, std::move(content));
  }
  const std::string path = test::scratch_path(name).string();
  zip.write(path);
  return path;
}

std::string declared(const char* encoding) {
  return std::string("<?xml version=\"1.0\" encoding=\"") + encoding + "\" standalone=\"yes\"?>";
}

TEST(SilentLoss, AGb18030PartIsReadWhole) {
  const std::string path = seed_with_main_part("gb18030.docx", [](const std::string& rest) {
    return test::in_encoding(declared("GB18030") + rest, "GB18030");
  });
  test::CommandResult result = run_kpiconv({"inspect", path});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("Projects: 10\n"), std::string::npos) << result.out;
  EXPECT_EQ(result.err, "");
}

TEST(SilentLoss, OneBadByteInAGb18030PartRefusesItWithTheLine) {
  const std::string path = seed_with_main_part("gb18030_bad.docx", [](const std::string& rest) {
    std::string bytes = test::in_encoding(declared("GB18030") + rest, "GB18030");
    // The last project's 项目名称 label, deep in the second half of the part.
    const std::size_t at = bytes.rfind(test::in_encoding("项目名称", "GB18030"));
    bytes[at + 1] = ' ';
    return bytes;
  });
  test::CommandResult result = run_kpiconv({"convert", path, "-o", "-"});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.rfind(
                "kpiconv: error: " + path + ": word/document.xml is not GB18030 text at line ", 0),
            0u)
      << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_EQ(result.err.find("encoding error"), std::string::npos);
}

TEST(SilentLoss, ABatchCountsSuchAFileAsFailed) {
  const std::string folder = test::make_temp_dir("bad_encoding_batch");
  const std::string bad = seed_with_main_part("utf7.docx", [](const std::string& rest) {
    return declared("UTF-7") + rest;  // UTF-8 bytes under a UTF-7 label
  });
  std::filesystem::copy_file(bad, folder + "/utf7.docx");
  std::filesystem::copy_file("fixtures/docx/003.docx", folder + "/good.docx");
  test::CommandResult result = run_kpiconv({"convert", folder, "-o", folder + "/out", "--quiet"});
  EXPECT_EQ(result.exit_status, 1) << result.err;
  EXPECT_NE(result.err.find("utf7.docx: word/document.xml is not UTF-7 text at line 2"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("1 of 2 files failed"), std::string::npos) << result.err;
  EXPECT_TRUE(std::filesystem::exists(folder + "/out/good.xlsx"));
  EXPECT_FALSE(std::filesystem::exists(folder + "/out/utf7.xlsx"));
}

TEST(SilentLoss, AShiftJisLabelOverUtf8IsSaidToBeWrong) {
  const std::string path = seed_with_main_part(
      "shift_jis.docx", [](const std::string& rest) { return declared("Shift_JIS") + rest; });
  test::CommandResult result = run_kpiconv({"inspect", path});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err, "kpiconv: error: " + path +
                            ": word/document.xml declares the encoding Shift_JIS, but its text is "
                            "UTF-8 (from line 2): the declaration is wrong; save the document "
                            "again in Word or WPS\n");
}

// A file size limit stands in for a full disk: every write past it fails (SIGXFSZ ignored).
test::CommandResult convert_with_file_limit(const std::string& output,
                                            const std::string& extra = "") {
  const std::string command = "trap '' XFSZ; ulimit -f 16; kpiconv convert " +
                              test::shell_quote(test::source_dir() + "/fixtures/docx/001.docx") +
                              " -o " + test::shell_quote(output) + extra;
  return test::run_shell(command, test::source_dir());
}

TEST(SilentLoss, AWorkbookThatCannotBeWrittenWholeIsNoOutput) {
  const std::string folder = test::make_temp_dir("file_limit");
  // Seed 001's rows pass 16 KB in libxlsxwriter's row file (normalized) and its parts (form).
  for (const char* layout : {"normalized", "form"}) {
    const std::string output = folder + "/" + layout + ".xlsx";
    test::CommandResult result =
        convert_with_file_limit(output, std::string(" --layout ") + layout);
    EXPECT_EQ(result.exit_status, 4) << layout << ": " << result.err;
    EXPECT_EQ(result.err.rfind("kpiconv: error: " + output + ": ", 0), 0u) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_EQ(result.err.find("[ERROR]"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(output)) << layout;
  }
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), {}), 0);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
