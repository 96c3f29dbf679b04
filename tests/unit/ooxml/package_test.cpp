// [Content_Types].xml, relationships and the package around them: how a reader finds its main part
// and what kind of package a zip is.
#include "formats/ooxml/package.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "support/ooxml_parts.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

using test::ZipBuilder;

std::string content_types(std::string overrides) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>)"
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="RELS" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)" +
         overrides + "</Types>";
}

std::string override_for(std::string_view part, std::string_view type) {
  return "<Override PartName=\"" + std::string(part) + "\" ContentType=\"" + std::string(type) +
         "\"/>";
}

std::string rels(std::string relationships) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>)"
         R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         relationships + "</Relationships>";
}

std::string relationship(std::string_view id, std::string_view type, std::string_view target,
                         bool external = false) {
  return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(type) +
         "\" Target=\"" + std::string(target) + "\"" +
         (external ? " TargetMode=\"External\"" : "") + "/>";
}

constexpr const char* kStrictOfficeDocument =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

std::filesystem::path write(std::string_view name, const ZipBuilder& zip) {
  std::filesystem::path path = test::scratch_path(name);
  zip.write(path);
  return path;
}

TEST(ContentTypes, OverrideWinsOverDefaultAndBothIgnoreCase) {
  std::filesystem::path path =
      write("ct_lookup.zip",
            ZipBuilder().add(
                "[Content_Types].xml",
                content_types(override_for("/Word/Document.xml", test::kWordMainContentType))));
  Package package(path.string(), PackageLimits{});
  ASSERT_TRUE(package.is_opc());
  EXPECT_EQ(package.content_type("word/document.xml"), test::kWordMainContentType);
  EXPECT_EQ(package.content_type("/WORD/DOCUMENT.XML"), test::kWordMainContentType);
  EXPECT_EQ(package.content_type("word/styles.xml"), "application/xml");
  EXPECT_EQ(package.content_type("_rels/.rels"),
            "application/vnd.openxmlformats-package.relationships+xml");
  EXPECT_EQ(package.content_type("word/media/image1.png"), "");
  EXPECT_EQ(package.content_type("word.d/noextension"), "");
}

TEST(Relationships, TargetsResolveRelativeAbsoluteAndEscaped) {
  ZipBuilder zip;
  zip.add("[Content_Types].xml", content_types(""))
      .add("word/_rels/document.xml.rels",
           rels(relationship(
                    "rId1",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
                    "styles.xml") +
                relationship(
                    "rId2",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                    "media/image%201.png") +
                relationship(
                    "rId3",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                    "../customXml/item1.xml") +
                relationship(
                    "rId4",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                    "http://example.com/", true) +
                relationship(
                    "rId5",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
                    "/word/footer1.xml")));
  Package package(write("rels_targets.zip", zip).string(), PackageLimits{});
  const Relationships& relationships = package.relationships("word/document.xml");
  ASSERT_EQ(relationships.all().size(), 5u);
  EXPECT_EQ(relationships.by_id("rId1")->target_part, "word/styles.xml");
  EXPECT_EQ(relationships.by_id("rId2")->target_part, "word/media/image 1.png");
  EXPECT_EQ(relationships.by_id("rId3")->target_part, "customXml/item1.xml");
  EXPECT_TRUE(relationships.by_id("rId4")->external);
  EXPECT_EQ(relationships.by_id("rId4")->target_part, "");
  EXPECT_EQ(relationships.by_id("rId4")->target, "http://example.com/");
  EXPECT_EQ(relationships.by_id("rId5")->target_part, "word/footer1.xml");
  EXPECT_EQ(relationships.first_of_kind(rel::kStyles), relationships.by_id("rId1"));
  EXPECT_EQ(relationships.by_id("rId9"), nullptr);
  EXPECT_TRUE(package.relationships("word/styles.xml").all().empty());
}

TEST(Relationships, StrictAndTransitionalTypesHaveTheSameKind) {
  EXPECT_EQ(relationship_kind(test::kOfficeDocumentRelationship), rel::kOfficeDocument);
  EXPECT_EQ(relationship_kind(kStrictOfficeDocument), rel::kOfficeDocument);
  EXPECT_EQ(relationship_kind("http://purl.oclc.org/ooxml/officeDocument/relationships/styles"),
            rel::kStyles);
  EXPECT_EQ(
      relationship_kind(
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
      rel::kCoreProperties);
  EXPECT_EQ(relationship_kind("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                              "metadata/core-properties"),
            rel::kCoreProperties);
  EXPECT_EQ(relationship_kind("urn:unknown"), "urn:unknown");
}

TEST(Package, MainPartFollowsThePackageRelationshipNotTheUsualName) {
  ZipBuilder zip;
  zip.add("[Content_Types].xml",
          content_types(override_for("/word/blah_blah.xml", test::kWordMainContentType)))
      .add("_rels/.rels",
           rels(relationship("rId1", test::kOfficeDocumentRelationship, "word/blah_blah.xml")))
      .add("word/document.xml", "<decoy/>")
      .add("word/blah_blah.xml", "<w:document/>");
  Package package(write("package_renamed.zip", zip).string(), PackageLimits{});
  EXPECT_EQ(package.main_part(), "word/blah_blah.xml");
  PackageIdentity identity = identify_package(package);
  EXPECT_EQ(identity.kind, PackageKind::kWordprocessing);
  EXPECT_EQ(identity.main_part, "word/blah_blah.xml");
  EXPECT_EQ(identity.main_content_type, test::kWordMainContentType);
}

TEST(Package, StrictOfficeDocumentRelationshipAndAbsoluteTarget) {
  ZipBuilder zip;
  zip.add("[Content_Types].xml",
          content_types(override_for("/word/document2.xml", test::kWordMainContentType)))
      .add("_rels/.rels", rels(relationship("rId1", kStrictOfficeDocument, "/word/document2.xml")))
      .add("word/document2.xml", "<w:document/>");
  Package package(write("package_strict.zip", zip).string(), PackageLimits{});
  EXPECT_EQ(package.main_part(), "word/document2.xml");
}

TEST(Package, DanglingOrMissingMainPartIsNullopt) {
  ZipBuilder dangling;
  dangling.add("[Content_Types].xml", content_types(""))
      .add("_rels/.rels",
           rels(relationship("rId1", test::kOfficeDocumentRelationship, "word/gone.xml")));
  Package with_dangling(write("package_dangling.zip", dangling).string(), PackageLimits{});
  EXPECT_EQ(with_dangling.main_part(), std::nullopt);
  EXPECT_EQ(identify_package(with_dangling).kind, PackageKind::kOtherOpc);

  ZipBuilder missing;
  missing.add("[Content_Types].xml", content_types("")).add("word/document.xml", "<x/>");
  Package without_rels(write("package_no_rels.zip", missing).string(), PackageLimits{});
  EXPECT_EQ(without_rels.main_part(), std::nullopt);
}

TEST(Package, RelatedPartByKind) {
  ZipBuilder zip;
  zip.add("[Content_Types].xml", content_types(""))
      .add("_rels/.rels",
           rels(relationship("rId1", test::kOfficeDocumentRelationship, "word/document.xml")))
      .add("word/_rels/document.xml.rels",
           rels(relationship("rId7",
                             "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
                             "Styles.xml")))
      .add("word/document.xml", "<x/>")
      .add("word/styles.xml", "<x/>");
  Package package(write("package_related.zip", zip).string(), PackageLimits{});
  EXPECT_EQ(package.related_part("word/document.xml", rel::kStyles), "word/styles.xml");
  EXPECT_EQ(package.related_part("word/document.xml", rel::kCoreProperties), std::nullopt);
}

TEST(Package, IdentifiesKindsFromTheMainContentType) {
  EXPECT_EQ(kind_of_main_content_type(test::kWordMainContentType), PackageKind::kWordprocessing);
  EXPECT_EQ(kind_of_main_content_type(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
            PackageKind::kWordprocessing);
  EXPECT_EQ(kind_of_main_content_type("application/vnd.ms-word.document.macroEnabled.main+xml"),
            PackageKind::kWordprocessing);
  EXPECT_EQ(
      kind_of_main_content_type("application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
      PackageKind::kWordprocessing);
  EXPECT_EQ(kind_of_main_content_type(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            PackageKind::kSpreadsheet);
  EXPECT_EQ(kind_of_main_content_type("application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
            PackageKind::kSpreadsheet);
  EXPECT_EQ(
      kind_of_main_content_type(
          "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
      PackageKind::kPresentation);
  EXPECT_EQ(kind_of_main_content_type("application/xml"), PackageKind::kOtherOpc);
}

TEST(Package, IdentifiesNotZipAndZipWithoutContentTypes) {
  std::filesystem::path text = test::scratch_path("identify_text.bin");
  test::write_bytes(text, "plain text");
  EXPECT_EQ(identify_package(text.string(), PackageLimits{}).kind, PackageKind::kNotZip);

  std::filesystem::path plain_zip = write("identify_plain.zip", ZipBuilder().add("a.txt", "a"));
  EXPECT_EQ(identify_package(plain_zip.string(), PackageLimits{}).kind, PackageKind::kZipNotOpc);

  ZipBuilder spreadsheet;
  spreadsheet
      .add("[Content_Types].xml",
           content_types(override_for(
               "/xl/workbook.xml",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")))
      .add("_rels/.rels",
           rels(relationship("rId1", test::kOfficeDocumentRelationship, "xl/workbook.xml")))
      .add("xl/workbook.xml", "<workbook/>");
  PackageIdentity identity =
      identify_package(write("identify_xlsx.zip", spreadsheet).string(), PackageLimits{});
  EXPECT_EQ(identity.kind, PackageKind::kSpreadsheet);
  EXPECT_EQ(identity.main_part, "xl/workbook.xml");
}

TEST(Package, MalformedRelationshipsAreUnreadable) {
  ZipBuilder zip;
  zip.add("[Content_Types].xml", content_types(""))
      .add("_rels/.rels", "<?xml version=\"1.0\"?>\nCORRUPTED");
  std::filesystem::path path = write("package_corrupt_rels.zip", zip);
  try {
    identify_package(path.string(), PackageLimits{});
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_EQ(error.cause().rfind("malformed XML in _rels/.rels at line 2: ", 0), 0u)
        << error.cause();
  }
}

}  // namespace
}  // namespace kpiconv::ooxml
