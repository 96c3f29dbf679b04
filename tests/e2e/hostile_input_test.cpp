// Hostile and broken packages built in the test, through the command line: each ends with exit
// status 3 and one line naming the file and the cause, or is read with a warning saying what was
// odd about it.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/ooxml_parts.h"
#include "support/run_command.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

using test::run_kpiconv;

std::string document_xml(const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<w:document "
         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

// A Word package around `body`; tests add their own entries to it.
test::ZipBuilder word_package(const std::string& body) {
  test::ZipBuilder zip;
  zip.add("[Content_Types].xml", test::kDocxContentTypes)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml", document_xml(body));
  return zip;
}

// `kpiconv inspect` on `path`: exit status 3 and exactly "kpiconv: error: PATH: CAUSE\n".
void expect_unreadable(const std::string& path, const std::string& cause) {
  test::CommandResult result = run_kpiconv({"inspect", path});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.err, "kpiconv: error: " + path + ": " + cause + "\n");
  EXPECT_EQ(result.out, "");
}

TEST(HostileInput, TwoEntriesForOnePartAreAmbiguous) {
  const std::string path = test::scratch_path("ambiguous.docx").string();
  word_package("<w:p><w:r><w:t>one</w:t></w:r></w:p>")
      .add("Word/Document.xml", document_xml("<w:p><w:r><w:t>other</w:t></w:r></w:p>"))
      .write(path);
  expect_unreadable(
      path,
      "ambiguous package: zip entries \"word/document.xml\" and \"Word/Document.xml\" "
      "both name the part /word/document.xml");
}

TEST(HostileInput, EntriesLeadingOutOfThePackageAreRefused) {
  const std::string path = test::scratch_path("traversal.docx").string();
  word_package("<w:p/>").add("../../etc/cron.d/evil", "* * * * * root true").write(path);
  expect_unreadable(path,
                    "zip entry \"../../etc/cron.d/evil\" climbs out of the package with \"..\", "
                    "which no OPC part name does (a hostile or broken archive)");
}

TEST(HostileInput, XmlFaultsNameThePartAndTheLine) {
  const std::string nested = [] {
    std::string xml;
    for (int i = 0; i < 200; ++i) xml += "<w:tbl><w:tr><w:tc>";
    return xml;
  }();
  const std::string deep = test::scratch_path("deep.docx").string();
  word_package(nested).write(deep);
  expect_unreadable(deep, "XML nested deeper than 256 levels in word/document.xml at line 2");

  const std::string control = test::scratch_path("control.docx").string();
  word_package(
      "<w:p><w:r><w:t>a\x0b"
      "b</w:t></w:r></w:p>")
      .write(control);
  expect_unreadable(control,
                    "control character U+000B in word/document.xml at line 2 (XML 1.0 forbids it)");
}

TEST(HostileInput, AZip64PackageIsRead) {
  const std::string path = test::scratch_path("zip64.docx").string();
  test::write_bytes(
      path, test::as_zip64(word_package("<w:p><w:r><w:t>ZIP64 正文</w:t></w:r></w:p>").bytes()));
  test::CommandResult result = run_kpiconv({"convert", path, "-o", "-"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
}

TEST(HostileInput, AMisleadingExtensionIsReadAndSaid) {
  const std::string path = test::scratch_path("looks_like_a_workbook.xlsx").string();
  word_package("<w:p><w:r><w:t>x</w:t></w:r></w:p>").write(path);
  test::CommandResult result = run_kpiconv({"inspect", path, "--lang", "en"});
  EXPECT_EQ(result.exit_status, 0) << result.err;
  EXPECT_NE(result.out.find("[reader-warning] the file is named .xlsx but holds a Word document; "
                            "read as DOCX"),
            std::string::npos)
      << result.out;
}

TEST(HostileInput, EveryReadLimitIsAnOption) {
  const std::string path = test::scratch_path("limits.docx").string();
  std::string body =
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  for (int i = 0; i < 100; ++i) body += "<w:p><w:r><w:t>说明</w:t></w:r></w:p>";
  word_package(body).write(path);
  EXPECT_EQ(run_kpiconv({"inspect", path}).exit_status, 0);

  test::CommandResult shallow = run_kpiconv({"inspect", path, "--max-xml-depth", "4"});
  EXPECT_EQ(shallow.exit_status, 3);
  EXPECT_EQ(shallow.err, "kpiconv: error: " + path +
                             ": XML nested deeper than 4 levels in word/document.xml at line 2\n");

  test::CommandResult few = run_kpiconv({"validate", path, "--max-entries", "2"});
  EXPECT_EQ(few.exit_status, 3);
  EXPECT_EQ(few.err,
            "kpiconv: error: " + path + ": zip archive has 3 entries, more than the limit of 2\n");

  test::CommandResult small = run_kpiconv({"convert", path, "-o", "-", "--max-part-size", "1K"});
  EXPECT_EQ(small.exit_status, 3);
  EXPECT_NE(small.err.find("word/document.xml"), std::string::npos) << small.err;

  test::CommandResult little_text = run_kpiconv({"inspect", path, "--max-text", "3"});
  EXPECT_EQ(little_text.exit_status, 3);
  EXPECT_NE(little_text.err.find("too much text"), std::string::npos) << little_text.err;

  // Sizes take K, M and G; anything else is a usage error, before any file is opened.
  EXPECT_EQ(run_kpiconv({"inspect", path, "--max-part-size", "2G"}).exit_status, 0);
  test::CommandResult bad_suffix = run_kpiconv({"inspect", path, "--max-part-size", "2T"});
  EXPECT_EQ(bad_suffix.exit_status, 2);
  EXPECT_NE(bad_suffix.err.find("unknown size suffix in 2T"), std::string::npos) << bad_suffix.err;
  EXPECT_EQ(run_kpiconv({"inspect", path, "--max-xml-depth", "0"}).exit_status, 2);
}

}  // namespace
}  // namespace kpiconv
