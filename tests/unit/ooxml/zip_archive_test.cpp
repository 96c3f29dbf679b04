// The zip layer: lookup by part name, the caps of PackageLimits (checked before inflating and again
// while streaming) and clear causes for damaged archives.
#include "formats/ooxml/zip_archive.h"

#include <gtest/gtest.h>

#include <functional>

#include "converter/error.h"
#include "support/zip_builder.h"

namespace kpiconv::ooxml {
namespace {

using test::ZipBuilder;
using test::ZipField;

std::string cause_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    return error.cause();
  }
  ADD_FAILURE() << "no kpiconv::Error thrown";
  return {};
}

std::filesystem::path write(std::string_view name, const std::string& bytes) {
  std::filesystem::path path = test::scratch_path(name);
  test::write_bytes(path, bytes);
  return path;
}

TEST(ZipArchive, ListsEntriesWithDeclaredSizes) {
  std::filesystem::path path = test::scratch_path("zip_list.zip");
  ZipBuilder().add("a.txt", "hello").add("dir/b.xml", std::string(1000, 'x')).write(path);
  ZipArchive archive(path.string(), PackageLimits{});
  ASSERT_EQ(archive.entries().size(), 2u);
  EXPECT_EQ(archive.entries()[0].name, "a.txt");
  EXPECT_EQ(archive.entries()[0].size, 5u);
  EXPECT_EQ(archive.entries()[1].name, "dir/b.xml");
  EXPECT_EQ(archive.entries()[1].size, 1000u);
  EXPECT_LT(archive.entries()[1].compressed_size, 1000u);
}

TEST(ZipArchive, FindsPartsCaseInsensitivelyWithOrWithoutLeadingSlash) {
  std::filesystem::path path = test::scratch_path("zip_find.zip");
  ZipBuilder().add("word/Document.xml", "<x/>").add("media/a b.png", "png").write(path);
  ZipArchive archive(path.string(), PackageLimits{});
  ASSERT_NE(archive.find("word/Document.xml"), nullptr);
  EXPECT_EQ(archive.find("/WORD/document.XML"), archive.find("word/Document.xml"));
  EXPECT_EQ(archive.find("/media/a%20b.png")->name, "media/a b.png");
  EXPECT_EQ(archive.find("word/document2.xml"), nullptr);
}

TEST(ZipArchive, ReadsStoredAndDeflatedEntries) {
  std::filesystem::path path = test::scratch_path("zip_read.zip");
  std::string big(200000, 'z');
  ZipBuilder().add("stored.txt", "plain text", false).add("big.txt", big).write(path);
  ZipArchive archive(path.string(), PackageLimits{});
  EXPECT_EQ(archive.read_all(*archive.find("stored.txt")), "plain text");
  EXPECT_EQ(archive.read_all(*archive.find("big.txt")), big);
  EXPECT_EQ(archive.total_bytes_read(), big.size() + 10);
}

TEST(ZipArchive, NotAZipIsUnreadable) {
  std::filesystem::path path = write("zip_not_a_zip.zip", "just some text, not a zip archive");
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
            "not a zip archive");
}

TEST(ZipArchive, TruncatedArchiveIsUnreadable) {
  std::string bytes = ZipBuilder().add("word/document.xml", std::string(5000, 'a')).bytes();
  std::filesystem::path path = write("zip_truncated.zip", bytes.substr(0, bytes.size() / 2));
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
            "damaged or truncated zip archive (the central directory is missing or unreadable)");
}

TEST(ZipArchive, BadCentralDirectoryIsUnreadable) {
  std::string bytes = ZipBuilder().add("a.xml", "<a/>").bytes();
  size_t central = bytes.find("PK\x01\x02");
  ASSERT_NE(central, std::string::npos);
  bytes[central + 2] = 'X';  // the central directory record's signature
  std::filesystem::path path = write("zip_bad_central.zip", bytes);
  std::string cause = cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); });
  EXPECT_NE(cause.find("damaged"), std::string::npos) << cause;
}

TEST(ZipArchive, CrcMismatchIsReportedWhenTheEntryEnds) {
  std::string bytes = ZipBuilder().add("word/document.xml", std::string(3000, 'd')).bytes();
  std::uint32_t crc = test::zip_field(bytes, "word/document.xml", ZipField::kCrc);
  test::patch_zip_field(bytes, "word/document.xml", ZipField::kCrc, ~crc);
  std::filesystem::path path = write("zip_bad_crc.zip", bytes);
  ZipArchive archive(path.string(), PackageLimits{});
  EXPECT_EQ(cause_of([&] { archive.read_all(*archive.find("word/document.xml")); }),
            "zip entry word/document.xml is corrupt (CRC mismatch)");
}

TEST(ZipArchive, TooManyEntriesAreRefusedAtOpen) {
  std::filesystem::path path = test::scratch_path("zip_many.zip");
  ZipBuilder zip;
  for (int i = 0; i < 5; ++i) zip.add("f" + std::to_string(i), "x");
  zip.write(path);
  PackageLimits limits;
  limits.max_entries = 4;
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), limits); }),
            "zip archive has 5 entries, more than the limit of 4");
}

TEST(ZipArchive, OversizedPartIsRefusedBeforeInflating) {
  std::filesystem::path path = test::scratch_path("zip_big_part.zip");
  ZipBuilder().add("big.xml", std::string(5000, 'b')).write(path);
  PackageLimits limits;
  limits.max_part_bytes = 4096;
  ZipArchive archive(path.string(), limits);
  std::string cause = cause_of([&] { archive.open(*archive.find("big.xml")); });
  EXPECT_EQ(cause,
            "zip entry big.xml declares 5000 bytes uncompressed, more than the limit of "
            "4096 per part");
  EXPECT_EQ(archive.total_bytes_read(), 0u);
}

TEST(ZipArchive, ZipBombRatioIsRefusedBeforeInflating) {
  std::filesystem::path path = test::scratch_path("zip_bomb.zip");
  ZipBuilder().add("bomb.xml", std::string(1 << 20, '\0')).write(path);
  PackageLimits limits;
  limits.max_compression_ratio = 100;
  limits.ratio_floor_bytes = 0;
  ZipArchive archive(path.string(), limits);
  std::string cause = cause_of([&] { archive.open(*archive.find("bomb.xml")); });
  EXPECT_NE(cause.find("zip entry bomb.xml would inflate"), std::string::npos) << cause;
  EXPECT_NE(cause.find("zip bomb"), std::string::npos) << cause;
  EXPECT_EQ(archive.total_bytes_read(), 0u);
}

TEST(ZipArchive, SmallWellCompressedPartsAreNotBombs) {
  std::filesystem::path path = test::scratch_path("zip_small_ratio.zip");
  ZipBuilder().add("spaces.xml", std::string(100000, ' ')).write(path);
  PackageLimits limits;
  limits.max_compression_ratio = 10;  // exceeded, but the part is below ratio_floor_bytes
  ZipArchive archive(path.string(), limits);
  EXPECT_EQ(archive.read_all(*archive.find("spaces.xml")).size(), 100000u);
}

TEST(ZipArchive, TotalUncompressedBytesAreCapped) {
  std::filesystem::path path = test::scratch_path("zip_total.zip");
  ZipBuilder()
      .add("a.xml", std::string(3000, 'a'))
      .add("b.xml", std::string(3000, 'b'))
      .write(path);
  PackageLimits limits;
  limits.max_total_bytes = 5000;
  ZipArchive archive(path.string(), limits);
  EXPECT_EQ(archive.read_all(*archive.find("a.xml")).size(), 3000u);
  EXPECT_EQ(cause_of([&] { archive.read_all(*archive.find("b.xml")); }),
            "reading zip entry b.xml would exceed the limit of 5000 uncompressed bytes for the "
            "whole package");
}

TEST(ZipArchive, LyingSizeHeaderIsCaughtWhileStreaming) {
  std::string bytes = ZipBuilder().add("liar.xml", std::string(100000, 'L')).bytes();
  test::patch_zip_field(bytes, "liar.xml", ZipField::kUncompressedSize, 1000);
  std::filesystem::path path = write("zip_liar.zip", bytes);
  ZipArchive archive(path.string(), PackageLimits{});
  ASSERT_EQ(archive.find("liar.xml")->size, 1000u);
  ZipEntryReader reader = archive.open(*archive.find("liar.xml"));
  std::string buffer(4096, '\0');
  std::string cause = cause_of([&] {
    while (reader.read(buffer.data(), buffer.size()) > 0) {
    }
  });
  EXPECT_EQ(cause,
            "zip entry liar.xml inflates to more than the 1000 bytes its header declares "
            "(corrupt or hostile archive)");
  EXPECT_LE(reader.bytes_read(), 1000u + buffer.size());
}

TEST(ZipArchive, EveryCapComesFromReadOptions) {
  ReadOptions options;
  options.max_entries = 11;
  options.max_part_bytes = 12;
  options.max_total_bytes = 13;
  options.max_compression_ratio = 14;
  options.ratio_floor_bytes = 15;
  options.max_xml_depth = 16;
  options.max_xml_attributes = 17;
  options.max_xml_namespaces = 18;
  const PackageLimits limits = PackageLimits::from(options);
  EXPECT_EQ(limits.max_entries, 11u);
  EXPECT_EQ(limits.max_part_bytes, 12u);
  EXPECT_EQ(limits.max_total_bytes, 13u);
  EXPECT_EQ(limits.max_compression_ratio, 14.0);
  EXPECT_EQ(limits.ratio_floor_bytes, 15u);
  EXPECT_EQ(limits.max_xml_depth, 16);
  EXPECT_EQ(limits.max_xml_attributes, 17);
  EXPECT_EQ(limits.max_xml_namespaces, 18);
}

// ---- entry names ------------------------------------------------------------------------------

TEST(ZipArchive, TwoEntriesOfOneNameAreRefusedAsAmbiguous) {
  std::string bytes = ZipBuilder()
                          .add("word/document.xml", "<first/>")
                          .add("word/document.xmX", "<second/>")
                          .bytes();
  test::rename_zip_entry(bytes, "word/document.xmX", "word/document.xml");
  std::filesystem::path path = write("zip_duplicate.zip", bytes);
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
            "ambiguous package: zip entries \"word/document.xml\" and \"word/document.xml\" both "
            "name the part /word/document.xml");
}

TEST(ZipArchive, EntriesDifferingOnlyInCaseOrEscapingAreAmbiguousToo) {
  // OPC compares part names case-insensitively, after percent-decoding.
  std::filesystem::path path = test::scratch_path("zip_case_duplicate.zip");
  ZipBuilder().add("word/document.xml", "<a/>").add("Word/Document.XML", "<b/>").write(path);
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
            "ambiguous package: zip entries \"word/document.xml\" and \"Word/Document.XML\" both "
            "name the part /word/document.xml");

  ZipBuilder().add("media/a b.png", "1").add("media/a%20b.png", "2").write(path);
  EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
            "ambiguous package: zip entries \"media/a b.png\" and \"media/a%20b.png\" both name "
            "the part /media/a b.png");
}

TEST(ZipArchive, AbsoluteEntryNamesAreRefused) {
  for (std::string name : {"/etc/passwd", "\\evil.xml", "C:/Windows/evil.xml"}) {
    std::filesystem::path path = test::scratch_path("zip_absolute.zip");
    ZipBuilder().add("word/document.xml", "<a/>").add(name, "root:x:0:0").write(path);
    EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
              "zip entry \"" + name +
                  "\" is an absolute path; OPC part names are relative to the package (a hostile "
                  "or broken archive)");
  }
}

TEST(ZipArchive, EntryNamesClimbingOutOfThePackageAreRefused) {
  for (std::string name : {"../evil.xml", "word/../../evil.xml", "..\\..\\evil.xml", ".."}) {
    std::filesystem::path path = test::scratch_path("zip_climbing.zip");
    ZipBuilder().add("word/document.xml", "<a/>").add(name, "x").write(path);
    EXPECT_EQ(cause_of([&] { ZipArchive archive(path.string(), PackageLimits{}); }),
              "zip entry \"" + name +
                  "\" climbs out of the package with \"..\", which no OPC part name does (a "
                  "hostile or broken archive)");
  }
}

TEST(ZipArchive, NamesThatOnlyLookOddAreKept) {
  // Dots inside a name, a directory entry, a folder named like a drive: all stay in the package.
  std::filesystem::path path = test::scratch_path("zip_odd_names.zip");
  ZipBuilder()
      .add("word/..document.xml", "a")
      .add("word/", "")
      .add("[trash]/0000.dat", "b")
      .add("word/x:y.xml", "c")
      .write(path);
  ZipArchive archive(path.string(), PackageLimits{});
  EXPECT_EQ(archive.entries().size(), 4u);
  EXPECT_EQ(archive.read_all(*archive.find("word/..document.xml")), "a");
}

// ---- ZIP64 ------------------------------------------------------------------------------------

TEST(ZipArchive, Zip64DirectoryOfMoreThan65535EntriesIsRead) {
  // More entries than a classic end of central directory can count: libzip writes ZIP64.
  std::filesystem::path path = test::scratch_path("zip64_many.zip");
  ZipBuilder zip;
  for (int i = 0; i < 70000; ++i) zip.add("media/f" + std::to_string(i), std::to_string(i), false);
  zip.add("word/document.xml", "<last/>");
  zip.write(path);
  ASSERT_NE(test::read_bytes(path).find("PK\x06\x06"), std::string::npos) << "not ZIP64";
  ZipArchive archive(path.string(), PackageLimits{});
  EXPECT_EQ(archive.entries().size(), 70001u);
  EXPECT_EQ(archive.read_all(*archive.find("media/f69999")), "69999");
  EXPECT_EQ(archive.read_all(*archive.find("word/document.xml")), "<last/>");
}

TEST(ZipArchive, Zip64ExtraFieldsAndEndRecordAreRead) {
  const std::string big(300000, 'z');
  std::string bytes =
      test::as_zip64(ZipBuilder().add("stored.txt", "plain", false).add("big.xml", big).bytes());
  ASSERT_NE(bytes.find("PK\x06\x06"), std::string::npos);
  std::filesystem::path path = write("zip64_forced.zip", bytes);
  ZipArchive archive(path.string(), PackageLimits{});
  ASSERT_EQ(archive.entries().size(), 2u);
  EXPECT_EQ(archive.entries()[1].size, big.size());
  EXPECT_LT(archive.entries()[1].compressed_size, big.size());
  EXPECT_EQ(archive.read_all(*archive.find("stored.txt")), "plain");
  EXPECT_EQ(archive.read_all(*archive.find("big.xml")), big);
}

// ---- archives held in memory (a template compiled into the binary) ----------------------------

TEST(ZipArchive, OpensAZipHeldInMemory) {
  const std::string bytes =
      ZipBuilder().add("word/document.xml", "<w:document/>").add("stored.txt", "s", false).bytes();
  ZipArchive archive(ZipBytes{bytes, "built-in template standard.docx"}, PackageLimits{});
  EXPECT_EQ(archive.path(), "built-in template standard.docx");
  ASSERT_EQ(archive.entries().size(), 2u);
  EXPECT_EQ(archive.entries()[0].compression_method, 8);
  EXPECT_EQ(archive.entries()[1].compression_method, 0);
  EXPECT_EQ(archive.read_all(*archive.find("/Word/Document.xml")), "<w:document/>");
  EXPECT_EQ(archive.read_all(*archive.find("stored.txt")), "s");
}

TEST(ZipArchive, InMemoryErrorsNameTheDisplayName) {
  const std::string not_zip = "just some text, not a zip archive";
  try {
    ZipArchive archive(ZipBytes{not_zip, "built-in template broken.docx"}, PackageLimits{});
    ADD_FAILURE() << "no kpiconv::Error thrown";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    EXPECT_EQ(error.file(), "built-in template broken.docx");
    EXPECT_EQ(error.cause(), "not a zip archive");
  }
  // As an empty file is (libzip alone would open an empty buffer as an archive of no entries).
  EXPECT_EQ(cause_of([&] {
              ZipArchive archive(ZipBytes{{}, "empty"}, PackageLimits{});
            }),
            "not a zip archive");
}

TEST(ZipArchive, InMemoryArchivesGetTheSameCausesAndCaps) {
  const std::string bytes = ZipBuilder().add("word/document.xml", std::string(5000, 'a')).bytes();
  const std::string truncated = bytes.substr(0, bytes.size() / 2);
  EXPECT_EQ(cause_of([&] {
              ZipArchive archive(ZipBytes{truncated, "half"}, PackageLimits{});
            }),
            "damaged or truncated zip archive (the central directory is missing or unreadable)");
  PackageLimits limits;
  limits.max_part_bytes = 4096;
  ZipArchive archive(ZipBytes{bytes, "capped"}, limits);
  EXPECT_EQ(cause_of([&] { archive.open(*archive.find("word/document.xml")); }),
            "zip entry word/document.xml declares 5000 bytes uncompressed, more than the limit "
            "of 4096 per part");
}

}  // namespace
}  // namespace kpiconv::ooxml
