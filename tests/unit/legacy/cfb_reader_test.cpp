// CFB ("OLE2") files where a DOCX was expected: each is refused with the reason and the remedy.
// The compound files are built by support/cfb_builder.h.
#include "formats/legacy/cfb_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "converter/error.h"
#include "formats/legacy/cfb_directory.h"
#include "support/cfb_builder.h"
#include "support/zip_builder.h"

namespace kpiconv {
namespace {

void put32(std::string& bytes, size_t at, std::uint32_t value) {
  for (size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

using test::compound_file;

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
