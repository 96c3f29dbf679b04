// A file that is two formats at once — a compound file (.doc, .xls) by its first bytes and, read
// from its end, an OOXML package (a zip appended to it) — is read as what its first bytes say,
// and the reading says the file is ambiguous, in the registry, where a misleading name is said.
#include <gtest/gtest.h>

#include <algorithm>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "support/cfb_builder.h"
#include "support/files.h"
#include "support/zip_builder.h"
#include "unit/docx/docx_fixture.h"
#include "unit/xlsx/xlsx_fixture.h"

namespace kpiconv {
namespace {

std::string polyglot_word_package() {
  docx_test::DocxSpec spec;
  spec.body = docx_test::table(docx_test::row(docx_test::cell("甲") + docx_test::cell("乙")), 2);
  return test::read_bytes(docx_test::write_docx("polyglot_word", spec));
}

std::string polyglot_workbook_package() {
  xlsx_test::XlsxSpec spec;
  spec.sheets.push_back(xlsx_test::worksheet(
      "Sheet1", R"(<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>)"));
  return test::read_bytes(xlsx_test::write_xlsx("polyglot_workbook", spec));
}

std::string write_scratch_file(std::string_view name, const std::string& bytes) {
  std::string path = test::scratch_path(name).string();
  test::write_bytes(path, bytes);
  return path;
}

// A .doc with a .docx appended: both by content.
std::string doc_and_docx(std::string_view name) {
  return write_scratch_file(name,
                            test::after_prefix(test::compound_file({u"WordDocument", u"1Table"}),
                                               polyglot_word_package()));
}

// What the registry warns of the file, read by the reader its first bytes call for.
std::string registry_ambiguity(const std::string& path) {
  const Registry& registry = builtin_registry();
  return registry.ambiguous_content(path, registry.reader_for(path));
}

const char* kDocAndDocxWarning =
    "the file is ambiguous: by its first bytes it is a legacy Word 97-2003 binary document "
    "(.doc), and read from its end also a Word 2007+ package (.docx); read as the former";

TEST(AmbiguousContent, ADocWithADocxAppendedIsBothAndReadAsTheDoc) {
  const std::string path = doc_and_docx("both.doc");
  EXPECT_EQ(builtin_registry().reader_for(path).name(), "cfb");
  EXPECT_EQ(registry_ambiguity(path), kDocAndDocxWarning);
}

TEST(AmbiguousContent, AnXlsWithAnXlsxAppendedIsBothToo) {
  const std::string path = write_scratch_file(
      "both.xls",
      test::after_prefix(test::compound_file({u"Workbook"}), polyglot_workbook_package()));
  EXPECT_EQ(registry_ambiguity(path),
            "the file is ambiguous: by its first bytes it is a legacy Excel 97-2003 binary "
            "workbook (.xls), and read from its end also an Excel 2007+ package (.xlsx); read as "
            "the former");
}

TEST(AmbiguousContent, FilesOfOneFormatAreNotAmbiguous) {
  EXPECT_EQ(
      registry_ambiguity(write_scratch_file("only.doc", test::compound_file({u"WordDocument"}))),
      "");
  EXPECT_EQ(registry_ambiguity(write_scratch_file("only.docx", polyglot_word_package())), "");
  EXPECT_EQ(registry_ambiguity(write_scratch_file("only.xlsx", polyglot_workbook_package())), "");
  EXPECT_EQ(registry_ambiguity(write_scratch_file("only.csv", "项目编码,项目名称\n1,甲\n")), "");
  // A zip appended without its offsets moved is no zip a reader opens: nothing else to read.
  EXPECT_EQ(registry_ambiguity(write_scratch_file(
                "naive.doc", test::compound_file({u"WordDocument"}) + polyglot_word_package())),
            "");
  // A zip of no Office kind appended is no second format kpiconv reads.
  EXPECT_EQ(registry_ambiguity(write_scratch_file(
                "other.doc", test::after_prefix(test::compound_file({u"WordDocument"}),
                                                test::ZipBuilder().add("a.txt", "a").bytes()))),
            "");
}

TEST(AmbiguousContent, TheReadingSaysSoAndNotThatTheNameMisleads) {
  // A stand-in for LibreOffice that converts the .doc to the Word package of the test, so the
  // reading goes through to the end.
  const std::string converted = write_scratch_file("converted.docx", polyglot_word_package());
  const std::string program = test::scratch_path("converting-soffice").string();
  test::write_bytes(program,
                    "#!/bin/sh\n"
                    "case \"$1\" in --version) echo 'LibreOffice 9.9.9.9'; exit 0;; esac\n"
                    "while [ $# -gt 0 ]; do\n"
                    "  case \"$1\" in --outdir) cp '" +
                        converted +
                        "' \"$2/input.docx\";; esac\n"
                        "  shift\n"
                        "done\n");
  std::filesystem::permissions(program, std::filesystem::perms::owner_all);
  ReadOptions options;
  options.soffice = program;
  // Named .docx, it would also be "named .docx but holds a legacy Office file": the ambiguity is
  // the one warning.
  for (const char* name : {"both-read.doc", "both-read.docx"}) {
    Document document = read_document(doc_and_docx(name), options);
    EXPECT_EQ(document.format, "doc (via LibreOffice 9.9)") << name;
    ASSERT_EQ(document.warnings.size(), 1u) << name;
    EXPECT_EQ(document.warnings[0].message, kDocAndDocxWarning) << name;
  }
  Filing filing = read_filing(doc_and_docx("both-filing.doc"), options);
  EXPECT_TRUE(std::any_of(filing.findings.begin(), filing.findings.end(), [](const auto& finding) {
    return finding.rule == "reader-warning" && finding.message == kDocAndDocxWarning;
  }));
}

}  // namespace
}  // namespace kpiconv
