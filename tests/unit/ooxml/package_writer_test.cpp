// Writing a package as an edited copy of another: untouched entries byte for byte (compressed data,
// CRC, method, metadata), replaced entries in their place, added and removed entries, streamed
// content, output errors; and the [Content_Types].xml and relationships edits that go with it.
#include "formats/ooxml/package_writer.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <vector>

#include "converter/error.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/package_edits.h"
#include "support/ooxml_parts.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

using test::ZipBuilder;

// ---- reading the written zips back, below the level of ZipArchive ------------------------------

class RawZip {
 public:
  explicit RawZip(const std::filesystem::path& path) {
    int code = 0;
    archive_ = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (archive_ == nullptr) throw std::runtime_error("cannot open " + path.string());
  }
  ~RawZip() { zip_discard(archive_); }
  RawZip(const RawZip&) = delete;
  RawZip& operator=(const RawZip&) = delete;

  std::vector<std::string> names() const {
    std::vector<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive_, 0); ++i) {
      names.emplace_back(zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0));
    }
    return names;
  }
  zip_stat_t stat(std::string_view name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, index(name), 0, &stat) != 0) throw std::runtime_error("stat");
    return stat;
  }
  // The entry's data as stored in the archive: compressed, not inflated.
  std::string compressed(std::string_view name) const { return read(name, ZIP_FL_COMPRESSED); }
  std::string content(std::string_view name) const { return read(name, 0); }

 private:
  zip_uint64_t index(std::string_view name) const {
    zip_int64_t index = zip_name_locate(archive_, std::string(name).c_str(), 0);
    if (index < 0) throw std::runtime_error("no entry " + std::string(name));
    return static_cast<zip_uint64_t>(index);
  }
  std::string read(std::string_view name, zip_flags_t flags) const {
    zip_file_t* file = zip_fopen_index(archive_, index(name), flags);
    if (file == nullptr) throw std::runtime_error("cannot open entry " + std::string(name));
    std::string data;
    char buffer[8192];
    zip_int64_t got = 0;
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
      data.append(buffer, static_cast<std::size_t>(got));
    }
    zip_fclose(file);
    if (got < 0) throw std::runtime_error("cannot read entry " + std::string(name));
    return data;
  }

  zip_t* archive_ = nullptr;
};

std::uint16_t get16(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}
std::uint32_t get32(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint32_t>(get16(bytes, at)) |
         static_cast<std::uint32_t>(get16(bytes, at + 2)) << 16;
}

// A central directory record, as bytes on disk: every field but the local header's offset.
struct CentralRecord {
  std::uint16_t version_made_by = 0;
  std::uint16_t flags = 0;
  std::uint16_t method = 0;
  std::uint16_t dos_time = 0;
  std::uint16_t dos_date = 0;
  std::uint32_t crc = 0;
  std::uint32_t compressed_size = 0;
  std::uint32_t size = 0;
  std::uint32_t external_attributes = 0;
  std::string extra;
  std::string comment;
};

CentralRecord central_record(const std::string& zip, std::string_view name) {
  for (std::size_t at = zip.rfind("PK\x05\x06"), offset = get32(zip, at + 16); offset + 46 < at;) {
    if (get32(zip, offset) != 0x02014b50) break;
    std::uint16_t name_length = get16(zip, offset + 28);
    std::uint16_t extra_length = get16(zip, offset + 30);
    std::uint16_t comment_length = get16(zip, offset + 32);
    if (zip.compare(offset + 46, name_length, name) == 0 && name.size() == name_length) {
      return {get16(zip, offset + 4),
              get16(zip, offset + 8),
              get16(zip, offset + 10),
              get16(zip, offset + 12),
              get16(zip, offset + 14),
              get32(zip, offset + 16),
              get32(zip, offset + 20),
              get32(zip, offset + 24),
              get32(zip, offset + 38),
              zip.substr(offset + 46 + name_length, extra_length),
              zip.substr(offset + 46 + name_length + extra_length, comment_length)};
    }
    offset += 46u + name_length + extra_length + comment_length;
  }
  throw std::runtime_error("no central directory record for " + std::string(name));
}

// The extra field of an entry's local header.
std::string local_extra(const std::string& zip, std::string_view name) {
  for (std::size_t at = zip.find("PK\x03\x04"); at != std::string::npos;
       at = zip.find("PK\x03\x04", at + 1)) {
    std::uint16_t name_length = get16(zip, at + 26);
    if (name.size() == name_length && zip.compare(at + 30, name_length, name) == 0) {
      return zip.substr(at + 30 + name_length, get16(zip, at + 28));
    }
  }
  throw std::runtime_error("no local header for " + std::string(name));
}

// ---- fixtures ----------------------------------------------------------------------------------

std::string text_of(std::size_t size, std::string_view seed) {
  std::string text;
  for (std::size_t i = 0; text.size() < size; ++i) {
    text += seed;
    text += std::to_string(i * 7919 % 1000);
  }
  text.resize(size);
  return text;
}

std::filesystem::path source_zip(std::string_view name, const ZipBuilder& zip) {
  std::filesystem::path path = test::scratch_path(name);
  zip.write(path);
  return path;
}

std::filesystem::path output_path(std::string_view name) {
  std::filesystem::path path = test::scratch_path(name);
  std::filesystem::remove(path);
  return path;
}

Error output_error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kOutputFailed) << error.what();
    return error;
  }
  ADD_FAILURE() << "no kpiconv::Error thrown";
  return Error(ErrorKind::kUsage, "", "");
}

const std::string kDocumentXml = text_of(50000, "<w:p><w:r><w:t>paragraph ");
const std::string kStylesXml = text_of(20000, "<w:style w:styleId=\"s");

ZipBuilder three_parts() {
  return ZipBuilder()
      .add("word/document.xml", kDocumentXml)
      .add("word/styles.xml", kStylesXml)
      .add("docProps/app.xml", "<Properties/>", false);
}

// ---- copying -----------------------------------------------------------------------------------

TEST(PackageWriter, UntouchedEntriesAreCopiedByteForByte) {
  std::filesystem::path source_path = source_zip("pw_copy_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_copy_output.zip");
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.replace("word/document.xml", "<w:document/>");
    writer.commit();
  }
  RawZip before(source_path);
  RawZip after(output);
  for (std::string_view name : {"word/styles.xml", "docProps/app.xml"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(after.compressed(name), before.compressed(name));
    EXPECT_EQ(after.stat(name).crc, before.stat(name).crc);
    EXPECT_EQ(after.stat(name).comp_method, before.stat(name).comp_method);
    EXPECT_EQ(after.stat(name).comp_size, before.stat(name).comp_size);
  }
  EXPECT_EQ(after.content("word/styles.xml"), kStylesXml);
}

TEST(PackageWriter, StoredEntriesStayStored) {
  std::filesystem::path source_path = source_zip("pw_stored_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_stored_output.zip");
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    ASSERT_EQ(source.find("docProps/app.xml")->compression_method, ZIP_CM_STORE);
    PackageWriter writer(source, output);
    writer.commit();
  }
  RawZip after(output);
  EXPECT_EQ(after.stat("docProps/app.xml").comp_method, ZIP_CM_STORE);
  EXPECT_EQ(after.compressed("docProps/app.xml"), "<Properties/>");
  EXPECT_EQ(after.stat("word/document.xml").comp_method, ZIP_CM_DEFLATE);
}

// Gives an entry of the zip at `path` metadata ZipBuilder does not write.
void decorate(const std::filesystem::path& path, const char* name) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), 0, &code);
  ASSERT_NE(archive, nullptr);
  zip_int64_t found = zip_name_locate(archive, name, 0);
  ASSERT_GE(found, 0);
  zip_uint64_t index = static_cast<zip_uint64_t>(found);
  // An Info-ZIP extended timestamp, the usual extra field of zips made on Unix.
  const zip_uint8_t timestamp[] = {0x01, 0x00, 0x5e, 0x0b, 0x4d};
  EXPECT_EQ(zip_file_extra_field_set(archive, index, 0x5455, ZIP_EXTRA_FIELD_NEW, timestamp,
                                     sizeof timestamp, ZIP_FL_LOCAL | ZIP_FL_CENTRAL),
            0);
  EXPECT_EQ(zip_file_set_external_attributes(archive, index, 0, ZIP_OPSYS_UNIX, 0100640u << 16), 0);
  EXPECT_EQ(zip_file_set_comment(archive, index, "entry comment", 13, 0), 0);
  EXPECT_EQ(zip_file_set_mtime(archive, index, 1262349296, 0), 0);  // 2010-01-01 (12:34:56 UTC)
  EXPECT_EQ(zip_set_archive_comment(archive, "archive comment", 15), 0);
  ASSERT_EQ(zip_close(archive), 0);
}

TEST(PackageWriter, CopiedAndReplacedEntriesKeepTheirMetadata) {
  std::filesystem::path source_path = source_zip("pw_meta_source.zip", three_parts());
  decorate(source_path, "word/styles.xml");
  decorate(source_path, "word/document.xml");
  std::filesystem::path output = output_path("pw_meta_output.zip");
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.replace("word/document.xml", "<w:document/>");
    writer.commit();
  }
  const std::string before = test::read_bytes(source_path);
  const std::string after = test::read_bytes(output);
  for (std::string_view name : {"word/styles.xml", "word/document.xml"}) {
    SCOPED_TRACE(name);
    CentralRecord was = central_record(before, name);
    CentralRecord is = central_record(after, name);
    EXPECT_EQ(is.version_made_by, was.version_made_by);
    EXPECT_EQ(is.dos_time, was.dos_time);
    EXPECT_EQ(is.dos_date, was.dos_date);
    EXPECT_EQ(is.external_attributes, was.external_attributes);
    EXPECT_EQ(is.extra, was.extra);
    EXPECT_EQ(is.comment, "entry comment");
    EXPECT_EQ(local_extra(after, name), local_extra(before, name));
  }
  CentralRecord copied = central_record(after, "word/styles.xml");
  CentralRecord original = central_record(before, "word/styles.xml");
  EXPECT_EQ(copied.flags, original.flags);
  EXPECT_EQ(copied.method, original.method);
  EXPECT_EQ(copied.crc, original.crc);
  EXPECT_EQ(copied.compressed_size, original.compressed_size);
  EXPECT_EQ(copied.size, original.size);
  EXPECT_NE(after.find("archive comment"), std::string::npos);
}

// ---- replacing, adding, removing ---------------------------------------------------------------

TEST(PackageWriter, ReplacedEntryKeepsItsPlaceAndIsDeflated) {
  std::filesystem::path source_path = source_zip("pw_replace_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_replace_output.zip");
  const std::string styles = text_of(30000, "<w:style w:styleId=\"new");
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.replace("/Word/Styles.xml", styles);  // found as ZipArchive::find finds parts
    writer.replace("docProps/app.xml", "<Properties>replaced</Properties>");
    writer.commit();
  }
  RawZip after(output);
  EXPECT_EQ(after.names(),
            (std::vector<std::string>{"word/document.xml", "word/styles.xml", "docProps/app.xml"}));
  EXPECT_EQ(after.content("word/styles.xml"), styles);
  EXPECT_EQ(after.stat("word/styles.xml").comp_method, ZIP_CM_DEFLATE);
  EXPECT_LT(after.stat("word/styles.xml").comp_size, styles.size());
  EXPECT_EQ(after.content("docProps/app.xml"), "<Properties>replaced</Properties>");
  EXPECT_EQ(after.stat("docProps/app.xml").comp_method, ZIP_CM_DEFLATE);
  EXPECT_EQ(after.content("word/document.xml"), kDocumentXml);
}

TEST(PackageWriter, AddsEntriesAtTheEndAndRemovesEntries) {
  std::filesystem::path source_path = source_zip("pw_add_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_add_output.zip");
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.add("/word/media/image1.png", png);
    writer.add("word/_rels/document.xml.rels", "<Relationships/>");
    writer.remove("docProps/app.xml");
    writer.add("docProps/app.xml", "<Properties>again</Properties>");
    writer.add("customXml/item1.xml", "<x/>");
    writer.remove("customXml/item1.xml");
    EXPECT_TRUE(writer.has_part("word/media/image1.png"));
    EXPECT_FALSE(writer.has_part("customXml/item1.xml"));
    writer.commit();
  }
  RawZip after(output);
  EXPECT_EQ(after.names(), (std::vector<std::string>{
                               "word/document.xml", "word/styles.xml", "word/media/image1.png",
                               "word/_rels/document.xml.rels", "docProps/app.xml"}));
  EXPECT_EQ(after.content("word/media/image1.png"), png);
  EXPECT_EQ(after.content("docProps/app.xml"), "<Properties>again</Properties>");
}

TEST(PackageWriter, WritingTheSameEditsTwiceGivesTheSameBytes) {
  std::filesystem::path source_path = source_zip("pw_repeat_source.zip", three_parts());
  std::string outputs[2];
  for (std::string& bytes : outputs) {
    std::filesystem::path output = output_path("pw_repeat_output.zip");
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.replace("word/document.xml", "<w:document/>");
    writer.add("word/media/image1.png", "png");
    writer.commit();
    bytes = test::read_bytes(output);
  }
  EXPECT_EQ(outputs[0], outputs[1]);
}

TEST(PackageWriter, StreamedContentIsSpooledNotHeld) {
  std::filesystem::path source_path = source_zip("pw_stream_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_stream_output.zip");
  std::string expected;
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.replace("word/document.xml", [&](std::ostream& out) {
      for (int i = 0; i < 200000; ++i) {
        std::string row = "<w:p><w:r><w:t>row " + std::to_string(i) + "</w:t></w:r></w:p>";
        out << row;
        expected += row;
      }
    });
    writer.add("word/footer1.xml", [](std::ostream& out) { out << "<w:ftr/>"; });
    writer.commit();
  }
  ASSERT_GT(expected.size(), 1u << 20);
  RawZip after(output);
  EXPECT_EQ(after.names(), (std::vector<std::string>{"word/document.xml", "word/styles.xml",
                                                     "docProps/app.xml", "word/footer1.xml"}));
  EXPECT_EQ(after.content("word/document.xml"), expected);
  EXPECT_EQ(after.content("word/footer1.xml"), "<w:ftr/>");
  // The size was known before the entry was written, so libzip did not mark it zip64.
  EXPECT_EQ(local_extra(test::read_bytes(output), "word/document.xml"), "");
  // Nothing is left next to the output but the output.
  for (const auto& file : std::filesystem::directory_iterator(output.parent_path())) {
    EXPECT_EQ(file.path().filename().string().find(".kpiconv-part-"), std::string::npos);
  }
}

TEST(PackageWriter, AProducerThatThrowsWritesNothing) {
  std::filesystem::path source_path = source_zip("pw_throw_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_throw_output.zip");
  ZipArchive source(source_path.string(), PackageLimits{});
  PackageWriter writer(source, output);
  EXPECT_THROW(writer.replace("word/document.xml",
                              [](std::ostream& out) {
                                out << "<w:document>";
                                throw std::runtime_error("renderer failed");
                              }),
               std::runtime_error);
  EXPECT_FALSE(std::filesystem::exists(output));
}

TEST(PackageWriter, ManyEntriesGetAZip64Directory) {
  ZipBuilder zip;
  for (int i = 0; i < 70000; ++i) zip.add("p/" + std::to_string(i), "", false);
  std::filesystem::path source_path = source_zip("pw_many_source.zip", zip);
  std::filesystem::path output = output_path("pw_many_output.zip");
  {
    ZipArchive source(source_path.string(), PackageLimits{});
    PackageWriter writer(source, output);
    writer.add("last.xml", "<last/>");
    writer.commit();
  }
  ZipArchive written(output.string(), PackageLimits{});
  ASSERT_EQ(written.entries().size(), 70001u);
  EXPECT_EQ(written.entries()[69999].name, "p/69999");
  EXPECT_EQ(written.read_all(*written.find("last.xml")), "<last/>");
  EXPECT_NE(test::read_bytes(output).find("PK\x06\x06"), std::string::npos);  // zip64 end record
}

// ---- the output as a package -------------------------------------------------------------------

constexpr const char* kImage =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

const std::string kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\r\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType=")" +
    std::string(test::kWordMainContentType) + R"("/></Types>)";

const std::string kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type=")" +
    std::string(test::kOfficeDocumentRelationship) +
    R"(" Target="word/document.xml"/></Relationships>)";

const std::string kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)"
    R"(</Relationships>)";

const std::string kMinimalDocument =
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:body><w:p/></w:body></w:document>)";

ZipBuilder word_package() {
  return ZipBuilder()
      .add("[Content_Types].xml", kContentTypes)
      .add("_rels/.rels", kPackageRels)
      .add("word/document.xml", kMinimalDocument)
      .add("word/_rels/document.xml.rels", kDocumentRels)
      .add("word/styles.xml", "<w:styles/>");
}

TEST(PackageWriter, TheOutputOpensAsAPackageWithItsEdits) {
  std::filesystem::path source_path = source_zip("pw_package_source.zip", word_package());
  std::filesystem::path output = output_path("pw_package_output.docx");
  const std::string filled =
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:body><w:p><w:r><w:t>filled</w:t></w:r></w:p></w:body></w:document>)";
  {
    Package source(source_path.string(), PackageLimits{});
    ZipArchive& archive = source.archive();
    PackageWriter writer(archive, output);
    writer.replace("word/document.xml", [&](std::ostream& out) { out << filled; });
    writer.add("word/media/image1.png", "png bytes");
    writer.replace(
        "[Content_Types].xml",
        with_content_type_override(archive.read_all(*archive.find("[Content_Types].xml")),
                                   "word/media/image1.png", "image/png"));
    RelationshipAdded image =
        with_relationship(archive.read_all(*archive.find("word/_rels/document.xml.rels")),
                          {kImage, "media/image1.png", false});
    EXPECT_EQ(image.id, "rId4");
    writer.replace("word/_rels/document.xml.rels", image.xml);
    writer.commit();
  }
  Package written(output.string(), PackageLimits{});
  ASSERT_EQ(written.main_part(), "word/document.xml");
  EXPECT_EQ(written.content_type("word/document.xml"), test::kWordMainContentType);
  EXPECT_EQ(written.content_type("/word/media/image1.png"), "image/png");
  const Relationship* image = written.relationships("word/document.xml").by_id("rId4");
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->target_part, "word/media/image1.png");
  EXPECT_NE(written.relationships("word/document.xml").by_id("rId3"), nullptr);
  std::unique_ptr<XmlStream> xml = written.open_xml("word/document.xml");
  std::string text;
  while (xml->read()) {
    if (xml->node() == XmlStream::Node::kText) text += xml->text();
  }
  EXPECT_EQ(text, "filled");
}

TEST(PackageWriter, ATemplateHeldInMemoryIsCopiedIntoANewPackage) {
  const std::string template_bytes = word_package().bytes();
  Package source(ZipBytes{template_bytes, "built-in template standard.docx"}, PackageLimits{});
  EXPECT_EQ(source.path(), "built-in template standard.docx");
  ASSERT_EQ(source.main_part(), "word/document.xml");
  std::filesystem::path output = output_path("pw_memory_output.docx");
  PackageWriter writer(source.archive(), output);
  writer.replace("word/document.xml", kMinimalDocument + "<!-- filled -->");
  writer.commit();
  Package written(output.string(), PackageLimits{});
  EXPECT_EQ(written.main_part(), "word/document.xml");
  EXPECT_EQ(written.archive().read_all(*written.find("word/styles.xml")), "<w:styles/>");
  RawZip from(output);
  EXPECT_EQ(from.content("word/document.xml"), kMinimalDocument + "<!-- filled -->");
}

// ---- errors ------------------------------------------------------------------------------------

TEST(PackageWriter, AnUnwritableOutputIsOutputFailed) {
  std::filesystem::path source_path = source_zip("pw_unwritable_source.zip", three_parts());
  std::filesystem::path output = test::scratch_path("no such folder") / "out.docx";
  ZipArchive source(source_path.string(), PackageLimits{});
  PackageWriter writer(source, output);
  Error error = output_error_of([&] { writer.commit(); });
  EXPECT_EQ(error.file(), output.string());
  EXPECT_EQ(error.cause(), "cannot create the file: No such file or directory");
  // A streamed part is spooled next to the output, so it fails the same way, before producing.
  PackageWriter streaming(source, output);
  bool produced = false;
  error = output_error_of(
      [&] { streaming.replace("word/document.xml", [&](std::ostream&) { produced = true; }); });
  EXPECT_FALSE(produced);
  EXPECT_EQ(error.cause().rfind("cannot create a temporary file in ", 0), 0u) << error.cause();
}

TEST(PackageWriter, MisuseNamesThePart) {
  std::filesystem::path source_path = source_zip("pw_misuse_source.zip", three_parts());
  std::filesystem::path output = output_path("pw_misuse_output.zip");
  ZipArchive source(source_path.string(), PackageLimits{});
  PackageWriter writer(source, output);
  EXPECT_EQ(output_error_of([&] { writer.replace("word/numbering.xml", "x"); }).cause(),
            "cannot replace part word/numbering.xml: the package has no such part");
  EXPECT_EQ(output_error_of([&] { writer.add("/WORD/styles.xml", "x"); }).cause(),
            "cannot add part /WORD/styles.xml: the package already has it");
  EXPECT_EQ(output_error_of([&] { writer.remove("word/numbering.xml"); }).cause(),
            "cannot remove part word/numbering.xml: the package has no such part");
  writer.remove("word/document.xml");
  writer.remove("word/styles.xml");
  writer.remove("docProps/app.xml");
  EXPECT_EQ(output_error_of([&] { writer.commit(); }).cause(), "the package would have no entries");
  EXPECT_FALSE(std::filesystem::exists(output));
}

// ---- [Content_Types].xml and relationships edits -----------------------------------------------

TEST(PackageWriterContentTypes, AddsAnOverrideAndKeepsTheRest) {
  const std::string types =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<!-- kept --><Default Extension="xml" ContentType="application/xml"/>)"
      "\n  "
      R"(<Override PartName="/word/document.xml" ContentType="main"/></Types>)";
  std::string edited = with_content_type_override(types, "word/media/a&b.png", "image/png");
  EXPECT_EQ(edited,
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
            "\n"
            R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<!-- kept --><Default Extension="xml" ContentType="application/xml"/>)"
            "\n  "
            R"(<Override PartName="/word/document.xml" ContentType="main"/>)"
            R"(<Override PartName="/word/media/a&amp;b.png" ContentType="image/png"/></Types>)"
            "\n");
}

TEST(PackageWriterContentTypes, ReplacesTheOverrideOfTheSamePart) {
  const std::string types =
      R"(<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<ct:Override PartName="/Word/Document.xml" ContentType="old"/></ct:Types>)";
  std::string edited = with_content_type_override(types, "/word/document.xml", "new\"type");
  EXPECT_EQ(edited,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            R"(<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<ct:Override PartName="/Word/Document.xml" ContentType="new&quot;type"/></ct:Types>)"
            "\n");
}

TEST(PackageWriterContentTypes, RefusesWhatIsNotAContentTypesPart) {
  auto cause = [](std::string_view xml) {
    try {
      with_content_type_override(xml, "/a.xml", "t", "in.docx");
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
      EXPECT_EQ(error.file(), "in.docx");
      return error.cause();
    }
    return std::string("no error");
  };
  EXPECT_EQ(cause("<Types"),
            "malformed [Content_Types].xml: Couldn't find end of Start Tag Types line 1");
  EXPECT_EQ(cause("<Types/>"),
            "[Content_Types].xml does not have the root element Types in namespace "
            "http://schemas.openxmlformats.org/package/2006/content-types");
  EXPECT_EQ(cause("<!DOCTYPE Types [<!ENTITY a 'b'>]><Types/>"),
            "[Content_Types].xml has a DOCTYPE, which package parts may not have");
}

TEST(PackageWriterRelationships, AddsARelationshipWithAFreshId) {
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId2" Type="t" Target="a.xml"/>)"
      R"(<Relationship Id="rId10" Type="t" Target="b.xml"/>)"
      R"(<Relationship Id="custom7" Type="t" Target="c.xml"/></Relationships>)";
  RelationshipAdded added =
      with_relationship(rels, {kImage, "https://example.com/?a=1&b=\"2\"", true});
  EXPECT_EQ(added.id, "rId11");
  EXPECT_EQ(
      added.xml,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId2" Type="t" Target="a.xml"/>)"
      R"(<Relationship Id="rId10" Type="t" Target="b.xml"/>)"
      R"(<Relationship Id="custom7" Type="t" Target="c.xml"/>)"
      R"(<Relationship Id="rId11" Type=")" +
          std::string(kImage) +
          R"(" Target="https://example.com/?a=1&amp;b=&quot;2&quot;" TargetMode="External"/>)"
          R"(</Relationships>)"
          "\n");
}

TEST(PackageWriterRelationships, StartsAPartThatHasNoRelationshipsYet) {
  RelationshipAdded added = with_relationship("", {kImage, "media/image1.png", false});
  EXPECT_EQ(added.id, "rId1");
  EXPECT_EQ(
      added.xml,
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      "\n"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type=")" +
          std::string(kImage) + R"(" Target="media/image1.png"/></Relationships>)" + "\n");
}

TEST(PackageWriterRelationships, SuccessiveRelationshipsGetSuccessiveIds) {
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="t" Target="a.xml"/>)"
      R"(<Relationship Id="rId2" Type="t" Target="b.xml"/></Relationships>)";
  RelationshipAdded first = with_relationship(rels, {"t", "c.xml", false});
  RelationshipAdded second = with_relationship(first.xml, {"t", "d.xml", false});
  EXPECT_EQ(first.id, "rId3");
  EXPECT_EQ(second.id, "rId4");
}

}  // namespace
}  // namespace kpiconv::ooxml
