// Choosing and restyling the Word template: only the main part and the title property change;
// every other part of the template passes through byte for byte.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "formats/ooxml/package.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

using nlohmann::json;

std::string part_of(const std::string& path, const std::string& part) {
  ooxml::Package package(path, {});
  const ooxml::ZipEntry* entry = package.find(part);
  if (entry == nullptr) return "(missing)";
  return package.archive().read_all(*entry);
}

TEST(DocxTemplate, ARestyledTemplateChangesOnlyHowItLooks) {
  std::string restyled = test::source_dir() + "/templates/docx/examples/larger-tables.docx";
  std::string output = test::scratch_path("restyled.docx").string();
  test::CommandResult result = test::run_kpiconv(
      {"convert", "fixtures/docx/001.docx", "-o", output, "--template", restyled});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  for (const char* part : {"word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                           "[Content_Types].xml", "word/_rels/document.xml.rels"}) {
    EXPECT_EQ(part_of(output, part), part_of(restyled, part)) << part;
  }
  EXPECT_NE(part_of(output, "word/styles.xml"),
            part_of(test::source_dir() + "/templates/docx/standard.docx", "word/styles.xml"));
  test::CommandResult back = test::run_kpiconv({"convert", output, "-o", "-"});
  ASSERT_EQ(back.exit_status, 0) << back.err;
  json expected = json::parse(test::read_bytes(test::source_dir() + "/fixtures/expected/001.json"));
  json read = json::parse(back.out);
  EXPECT_EQ(read["projects"], expected["projects"]);
  EXPECT_EQ(read["tables"], expected["tables"]);
  // The document's title property is the filing's.
  EXPECT_NE(part_of(output, "docProps/core.xml").find(expected["title"].get<std::string>()),
            std::string::npos);
}

TEST(DocxTemplate, NamedTemplatesAreLookedUpUnderTemplatesDocx) {
  std::string output = test::scratch_path("standard.docx").string();
  EXPECT_EQ(test::run_kpiconv(
                {"convert", "fixtures/docx/003.docx", "-o", output, "--template", "standard"})
                .exit_status,
            0);
  test::CommandResult missing = test::run_kpiconv(
      {"convert", "fixtures/docx/003.docx", "-o", output, "--template", "provincial"});
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_NE(missing.err.find("no DOCX template named 'provincial'"), std::string::npos);
  test::CommandResult not_word =
      test::run_kpiconv({"convert", "fixtures/docx/003.docx", "-o", output, "--template",
                         "fixtures/expected/003.json"});
  EXPECT_EQ(not_word.exit_status, 3);  // a file, but not a Word package
  test::CommandResult broken = test::run_kpiconv(
      {"convert", "fixtures/docx/003.docx", "-o", output, "--template", "README.md/x.docx"});
  EXPECT_EQ(broken.exit_status, 2);
}

TEST(DocxTemplate, ATemplateThatIsNotAWordPackageIsUnreadable) {
  std::string bogus = test::scratch_path("bogus.docx").string();
  test::write_bytes(bogus, "not a zip at all");
  test::CommandResult result =
      test::run_kpiconv({"convert", "fixtures/docx/003.docx", "-o",
                         test::scratch_path("out.docx").string(), "--template", bogus});
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_NE(result.err.find(bogus), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(test::scratch_path("out.docx")));
}

}  // namespace
}  // namespace kpiconv
