// CFB ("OLE2") files where a DOCX was expected: each is refused with the reason and the remedy.
// The compound files are built here, sector by sector (MS-CFB version 3, 512-byte sectors).
#include "formats/legacy/cfb_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "converter/error.h"
#include "formats/legacy/cfb_directory.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

constexpr std::uint32_t kFree = 0xFFFFFFFF;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kFatSector = 0xFFFFFFFD;

void put16(std::string& bytes, size_t at, std::uint16_t value) {
  bytes[at] = static_cast<char>(value & 0xFF);
  bytes[at + 1] = static_cast<char>(value >> 8);
}
void put32(std::string& bytes, size_t at, std::uint32_t value) {
  for (size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::string directory_entry(std::u16string_view name, unsigned char type) {
  std::string entry(128, '\0');
  for (size_t i = 0; i < name.size(); ++i) put16(entry, 2 * i, static_cast<std::uint16_t>(name[i]));
  put16(entry, 64, static_cast<std::uint16_t>(2 * (name.size() + 1)));
  entry[66] = static_cast<char>(type);
  put32(entry, 68, kFree);  // left sibling
  put32(entry, 72, kFree);  // right sibling
  put32(entry, 76, kFree);  // child
  return entry;
}

// A compound file whose directory holds a root entry and one stream per name. With
// `cyclic_directory`, the directory chain loops on itself.
std::string compound_file(const std::vector<std::u16string>& streams,
                          bool cyclic_directory = false) {
  std::string directory = directory_entry(u"Root Entry", 5);
  for (const std::u16string& name : streams) directory += directory_entry(name, 2);
  while (directory.size() % 512 != 0) directory += std::string(128, '\0');
  const std::uint32_t directory_sectors = static_cast<std::uint32_t>(directory.size() / 512);

  std::string header(512, '\0');
  header.replace(0, 8, std::string(legacy::kCfbMagic));
  put16(header, 24, 0x003E);  // minor version
  put16(header, 26, 3);       // major version
  put16(header, 28, 0xFFFE);  // byte order
  put16(header, 30, 9);       // sector shift: 512
  put16(header, 32, 6);       // mini sector shift
  put32(header, 44, 1);       // FAT sectors
  put32(header, 48, 1);       // first directory sector
  put32(header, 56, 4096);    // mini stream cutoff
  put32(header, 60, kEndOfChain);
  put32(header, 68, kEndOfChain);
  for (size_t i = 0; i < 109; ++i) put32(header, 76 + 4 * i, i == 0 ? 0 : kFree);

  std::string fat(512, '\xFF');
  put32(fat, 0, kFatSector);
  for (std::uint32_t s = 1; s <= directory_sectors; ++s) {
    put32(fat, 4 * s, s == directory_sectors ? (cyclic_directory ? 1 : kEndOfChain) : s + 1);
  }
  return header + fat + directory;
}

std::filesystem::path write(std::string_view name, const std::string& bytes) {
  std::filesystem::path path = test::scratch_path(name);
  test::write_bytes(path, bytes);
  return path;
}

// What CfbReader says of a file when there is no LibreOffice to run.
std::string refusal(const std::filesystem::path& path) {
  CfbReader reader;
  EXPECT_TRUE(reader.claims(InputProbe(path.string())));
  Document document;
  DocumentBuilder builder(document);
  ReadOptions without_libreoffice;
  without_libreoffice.soffice = "none";
  try {
    reader.read(path.string(), builder, without_libreoffice);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    return error.cause();
  }
  ADD_FAILURE() << "CfbReader::read returned";
  return {};
}

TEST(CfbReader, ClaimsOnlyTheCompoundFileSignature) {
  CfbReader reader;
  EXPECT_EQ(reader.name(), "cfb");
  EXPECT_TRUE(reader.claims(InputProbe(write("cfb_claim.doc", compound_file({})).string())));
  EXPECT_FALSE(reader.claims(InputProbe(write("cfb_zip.docx", "PK\x03\x04 not cfb").string())));
  EXPECT_FALSE(reader.claims(InputProbe(write("cfb_short.bin", "\xD0\xCF\x11").string())));
}

TEST(CfbReader, EncryptedPackageIsPasswordProtected) {
  std::string bytes =
      compound_file({u"\x0006"
                     u"DataSpaces",
                     u"EncryptionInfo", u"EncryptedPackage"});
  EXPECT_EQ(refusal(write("cfb_encrypted.docx", bytes)),
            "password-protected Office document (encrypted package); remove the password and save "
            "again");
}

TEST(CfbReader, WordDocumentStreamIsALegacyDoc) {
  std::string bytes = compound_file({u"WordDocument", u"1Table", u"\x0005SummaryInformation"});
  EXPECT_EQ(refusal(write("cfb_doc.docx", bytes)),
            "legacy Word 97-2003 binary document (.doc), which kpiconv reads through LibreOffice: "
            "install it (apt-get install libreoffice-writer-nogui, or name soffice with --soffice "
            "PATH) or save the file as .docx");
}

TEST(CfbReader, WorkbookOrBookStreamIsALegacyXls) {
  const std::string expected =
      "legacy Excel 97-2003 binary workbook (.xls), which kpiconv reads through LibreOffice: "
      "install it (apt-get install libreoffice-calc-nogui, or name soffice with --soffice PATH) or "
      "save the file as .xlsx";
  EXPECT_EQ(refusal(write("cfb_xls.docx", compound_file({u"Workbook"}))), expected);
  EXPECT_EQ(refusal(write("cfb_xls5.docx", compound_file({u"Book"}))), expected);
}

TEST(CfbReader, WpsFilesAreToldByTheirStreamsOrName) {
  EXPECT_TRUE(refusal(write("cfb_wps.doc", compound_file({u"WordDocument", u"WpsCustomData"})))
                  .starts_with("WPS 文字 document (.wps, Word 97-2003 binary), which"));
  EXPECT_TRUE(refusal(write("cfb_et.et", compound_file({u"Workbook"})))
                  .starts_with("WPS 表格 workbook (.et, Excel 97-2003 binary), which"));
  EXPECT_TRUE(refusal(write("cfb_works.wps", compound_file({u"CONTENTS", u"MatOST"})))
                  .starts_with("Works word processor document (.wps), which"));
}

TEST(CfbReader, OtherCompoundFilesAreNotDocx) {
  EXPECT_EQ(refusal(write("cfb_ppt.docx", compound_file({u"PowerPoint Document"}))),
            "OLE2 compound file that is not a Word or Excel document");
}

TEST(CfbReader, DirectorySpanningSeveralSectors) {
  std::vector<std::u16string> streams = {u"a", u"b", u"c", u"d", u"e", u"f", u"EncryptedPackage"};
  std::string bytes = compound_file(streams);
  std::istringstream in(bytes);
  auto names = legacy::read_cfb_entry_names(in);
  ASSERT_TRUE(names.has_value());
  EXPECT_EQ(names->size(), 8u);
  EXPECT_EQ(names->front(), "Root Entry");
  EXPECT_EQ(names->back(), "EncryptedPackage");
  EXPECT_EQ(refusal(write("cfb_two_sectors.docx", bytes)).rfind("password-protected", 0), 0u);
}

TEST(CfbReader, CyclicDirectoryChainFallsBackToAScan) {
  std::string bytes = compound_file({u"x", u"y", u"z", u"w", u"WordDocument"}, true);
  std::istringstream in(bytes);
  EXPECT_EQ(legacy::read_cfb_entry_names(in), std::nullopt);
  EXPECT_TRUE(refusal(write("cfb_cycle.docx", bytes))
                  .starts_with("legacy Word 97-2003 binary document (.doc), which"));
}

TEST(CfbReader, TruncatedCompoundFileIsStillRefusedCleanly) {
  std::string bytes = compound_file({u"WordDocument"}).substr(0, 100);
  EXPECT_EQ(refusal(write("cfb_truncated.docx", bytes)),
            "OLE2 compound file that is not a Word or Excel document");
}

TEST(CfbReader, HeaderPointingOutsideTheFileIsDamaged) {
  std::string bytes = compound_file({u"WordDocument"});
  put32(bytes, 48, 0x00FFFFFF);  // first directory sector far beyond the end
  std::istringstream in(bytes);
  EXPECT_EQ(legacy::read_cfb_entry_names(in), std::nullopt);
}

}  // namespace
}  // namespace kpiconv
