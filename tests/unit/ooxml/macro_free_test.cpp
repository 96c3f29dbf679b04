// What writing a package without its macros takes (formats/ooxml/macro_free.h), on small
// packages built here: the VBA parts, whatever hangs only on them, the relationships to them and
// their content types go; a template's type becomes the plain template's; a package without
// macros needs nothing.
#include "formats/ooxml/macro_free.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/ooxml/package_edits.h"
#include "support/files.h"
#include "support/ooxml_parts.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

constexpr const char* kMacroTestTypesHead =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)";
constexpr const char* kMacroTestRelsHead =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";

std::string macro_test_relationship(const std::string& id, const std::string& type,
                                    const std::string& target) {
  return R"(<Relationship Id=")" + id + R"(" Type=")" + type + R"(" Target=")" + target + R"("/>)";
}

// A macro-enabled template: a VBA project signed (the V3 signature's relationship type has a
// base of its own) and holding a part related from nowhere else, and a glossary with a project
// of its own.
test::ZipBuilder macro_enabled_template() {
  const std::string ms = "http://schemas.microsoft.com/office/2006/relationships/";
  test::ZipBuilder zip;
  zip.add(
         "[Content_Types].xml",
         std::string(kMacroTestTypesHead) +
             R"(<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"/>)"
             R"(<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>)"
             R"(<Override PartName="/word/vbaProjectSignatureV3.bin" ContentType="application/vnd.ms-office.vbaProjectSignatureV3"/>)"
             R"(<Override PartName="/word/glossary/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>)"
             R"(<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>)"
             "</Types>")
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml", "<w:document/>")
      .add("word/_rels/document.xml.rels",
           std::string(kMacroTestRelsHead) +
               macro_test_relationship("rId1", ms + "vbaProject", "vbaProject.bin") +
               macro_test_relationship("rId2",
                                       "http://schemas.openxmlformats.org/officeDocument/2006/"
                                       "relationships/glossaryDocument",
                                       "glossary/document.xml") +
               macro_test_relationship("rId3",
                                       "http://schemas.openxmlformats.org/officeDocument/2006/"
                                       "relationships/styles",
                                       "styles.xml") +
               "</Relationships>")
      .add("word/styles.xml", "<w:styles/>")
      .add("word/vbaProject.bin", "VBA")
      .add("word/_rels/vbaProject.bin.rels",
           std::string(kMacroTestRelsHead) +
               macro_test_relationship("rId1",
                                       "http://schemas.microsoft.com/office/2014/relationships/"
                                       "vbaProjectSignatureV3",
                                       "vbaProjectSignatureV3.bin") +
               macro_test_relationship("rId2", "http://example.com/relationships/extra",
                                       "vbaExtra.xml") +
               "</Relationships>")
      .add("word/vbaProjectSignatureV3.bin", "signature")
      .add("word/vbaExtra.xml", "<extra/>")
      .add("word/glossary/document.xml", "<w:glossaryDocument/>")
      .add("word/glossary/_rels/document.xml.rels",
           std::string(kMacroTestRelsHead) +
               macro_test_relationship("rId7", ms + "vbaProject", "vbaProject.bin") +
               "</Relationships>")
      .add("word/glossary/vbaProject.bin", "VBA");
  return zip;
}

std::string replaced_entry(const MacroFreeEdits& edits, const std::string& entry) {
  for (const auto& [name, content] : edits.replaced) {
    if (name == entry) return content;
  }
  ADD_FAILURE() << entry << " not replaced";
  return {};
}

TEST(MacroFree, DropsTheProjectsAndWhatHangsOnlyOnThem) {
  std::filesystem::path path = test::scratch_path("macro_free_template.dotm");
  macro_enabled_template().write(path);
  Package package(path.string(), PackageLimits{});
  MacroFreeEdits edits = macro_free_edits(package);
  EXPECT_EQ(edits.dropped_parts,
            (std::vector<std::string>{"word/vbaProject.bin", "word/vbaProjectSignatureV3.bin",
                                      "word/vbaExtra.xml", "word/glossary/vbaProject.bin"}));
  EXPECT_EQ(edits.dropped_entries.size(), 5u);  // and word/_rels/vbaProject.bin.rels
  EXPECT_EQ(edits.dropped_entries.back(), "word/_rels/vbaProject.bin.rels");

  const std::string document_rels = replaced_entry(edits, "word/_rels/document.xml.rels");
  EXPECT_EQ(document_rels.find("vbaProject"), std::string::npos) << document_rels;
  EXPECT_NE(document_rels.find("rId2"), std::string::npos) << document_rels;
  EXPECT_NE(document_rels.find("rId3"), std::string::npos) << document_rels;
  const std::string glossary_rels = replaced_entry(edits, "word/glossary/_rels/document.xml.rels");
  EXPECT_EQ(glossary_rels.find("Relationship "), std::string::npos) << glossary_rels;

  const std::string types = replaced_entry(edits, "[Content_Types].xml");
  EXPECT_NE(
      types.find(
          R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/>)"),
      std::string::npos)
      << types;
  EXPECT_EQ(types.find("vbaProject"), std::string::npos) << types;
  EXPECT_NE(types.find("glossary+xml"), std::string::npos) << types;

  // Written out, the package holds what stays and opens as a plain template.
  std::filesystem::path output = test::scratch_path("macro_free_template.dotx");
  {
    PackageWriter writer(package.archive(), output);
    write_macro_free(edits, writer);
    writer.commit();
  }
  Package written(output.string(), PackageLimits{});
  EXPECT_EQ(written.archive().entries().size(), package.archive().entries().size() - 5);
  EXPECT_EQ(written.content_type("word/document.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
  EXPECT_TRUE(macro_free_edits(written).empty());
}

TEST(MacroFree, APackageWithoutMacrosNeedsNothing) {
  std::filesystem::path path = test::scratch_path("macro_free_plain.docx");
  test::ZipBuilder()
      .add("[Content_Types].xml", test::kDocxContentTypes)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml", "<w:document/>")
      .write(path);
  Package package(path.string(), PackageLimits{});
  EXPECT_TRUE(macro_free_edits(package).empty());
}

TEST(MacroFree, AMacroEnabledTypeWithoutAProjectIsStillMadePlain) {
  std::filesystem::path path = test::scratch_path("macro_free_typed.docm");
  std::string types = test::kDocxContentTypes;
  types.replace(types.find("application/vnd.openxmlformats-officedocument.wordprocessingml."
                           "document.main+xml"),
                std::string_view("application/vnd.openxmlformats-officedocument."
                                 "wordprocessingml.document.main+xml")
                    .size(),
                "application/vnd.ms-word.document.macroEnabled.main+xml");
  test::ZipBuilder()
      .add("[Content_Types].xml", types)
      .add("_rels/.rels", test::kDocxPackageRelationships)
      .add("word/document.xml", "<w:document/>")
      .write(path);
  Package package(path.string(), PackageLimits{});
  MacroFreeEdits edits = macro_free_edits(package);
  EXPECT_TRUE(edits.dropped_parts.empty());
  ASSERT_EQ(edits.replaced.size(), 1u);
  EXPECT_NE(edits.replaced[0].second.find(test::kWordMainContentType), std::string::npos);
}

TEST(PackageEdits, WithoutRelationshipsAndContentTypesKeepsTheRest) {
  const std::string rels = std::string(kMacroTestRelsHead) +
                           macro_test_relationship("rId1", "t1", "a.xml") +
                           macro_test_relationship("rId2", "t2", "b.xml") + "</Relationships>";
  const std::string kept = without_relationships(rels, {"rId1"});
  EXPECT_EQ(kept.find("rId1"), std::string::npos) << kept;
  EXPECT_NE(kept.find(R"(<Relationship Id="rId2" Type="t2" Target="b.xml"/>)"), std::string::npos)
      << kept;

  const std::string types =
      std::string(kMacroTestTypesHead) + R"(<Default Extension="bin" ContentType="x/drop"/>)" +
      R"(<Override PartName="/A.xml" ContentType="t"/><Override PartName="/b.xml" ContentType="t"/>)" +
      "</Types>";
  const std::string left = without_content_types(
      types, {"a.xml"}, [](std::string_view type) { return type == "x/drop"; });
  EXPECT_EQ(left.find("/A.xml"), std::string::npos) << left;
  EXPECT_EQ(left.find("x/drop"), std::string::npos) << left;
  EXPECT_NE(left.find(R"(<Override PartName="/b.xml" ContentType="t"/>)"), std::string::npos)
      << left;
  EXPECT_NE(left.find(R"(<Default Extension="xml" ContentType="application/xml"/>)"),
            std::string::npos)
      << left;
  EXPECT_THROW(without_relationships("<not-rels/>", {"rId1"}, "in.docx"), Error);
}

}  // namespace
}  // namespace kpiconv::ooxml
