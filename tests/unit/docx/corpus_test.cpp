// Every DOCX of the shared third-party corpus (/work/shared/corpus, MANIFEST.tsv) through the
// readers' claims() and read(), without the registry: `reject` files must fail with
// Error(kUnreadable) and a clear cause, `tables` files must give at least one body table,
// `no-tables` files none (tables only in headers, footers or endnotes do not count).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "converter/error.h"
#include "converter/registry/format.h"
#include "formats/docx/docx_reader.h"
#include "formats/legacy/cfb_reader.h"

namespace kpiconv {
namespace {

struct CorpusFile {
  std::string path;      // relative to the corpus directory, e.g. "docx/mammoth_tables.docx"
  std::string expected;  // tables | no-tables | reject
};

std::vector<CorpusFile> docx_manifest(const std::filesystem::path& corpus) {
  std::vector<CorpusFile> files;
  std::ifstream in(corpus / "MANIFEST.tsv");
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::istringstream columns(line);
    for (std::string field; std::getline(columns, field, '\t');) fields.push_back(field);
    if (fields.size() < 7 || !fields[0].starts_with("docx/")) continue;
    files.push_back(CorpusFile{fields[0], fields[6]});
  }
  return files;
}

struct Outcome {
  bool claimed = false;
  bool failed = false;
  ErrorKind kind = ErrorKind::kUsage;
  std::string cause;
  int tables = 0;
};

Outcome read_corpus_file(const std::string& path) {
  static const DocxReader docx;
  static const CfbReader cfb;
  Outcome outcome;
  try {
    InputProbe probe(path);
    const Reader* reader = nullptr;
    if (cfb.claims(probe)) {
      reader = &cfb;
    } else if (docx.claims(probe)) {
      reader = &docx;
    }
    if (reader == nullptr) return outcome;
    outcome.claimed = true;
    Document document;
    DocumentBuilder builder(document);
    reader->read(path, builder, ReadOptions{});
    for (const Block& block : document.blocks)
      outcome.tables += std::holds_alternative<Table>(block);
  } catch (const Error& error) {
    outcome.failed = true;
    outcome.kind = error.kind();
    outcome.cause = error.cause();
  }
  return outcome;
}

// What the cause of each known hostile file must say.
const std::map<std::string, std::string>& expected_causes() {
  static const std::map<std::string, std::string> causes = {
      {"docx/derived_bad_crc_document_xml.docx",
       "zip entry word/document.xml is corrupt (CRC mismatch)"},
      {"docx/poi_ExternalEntityInText_xxe.docx", "a DOCTYPE declaring entities"},
      {"docx/poi_binary_doc_renamed.docx", "legacy Word 97-2003 binary document (.doc)"},
      {"docx/poi_clusterfuzz_bad_central_dir.docx", "damaged zip archive"},
      {"docx/poi_encrypted_agile.docx", "password-protected Office document"},
      {"docx/poi_encrypted_standard_password-pass.docx", "password-protected Office document"},
      {"docx/tika_encrypted_passtika.docx", "password-protected Office document"},
      {"docx/poi_truncated62886.docx", "truncated zip archive"},
      {"docx/tika_testWORD_truncated.docx", "truncated zip archive"},
  };
  return causes;
}

TEST(DocxCorpus, EveryManifestFileHasItsExpectedOutcome) {
  const std::filesystem::path corpus =
      std::filesystem::path(KPICONV_SOURCE_DIR "/../shared/corpus");
  if (!std::filesystem::exists(corpus / "MANIFEST.tsv")) {
    GTEST_SKIP() << "no shared corpus at " << corpus;
  }
  std::vector<CorpusFile> files = docx_manifest(corpus);
  ASSERT_GT(files.size(), 50u);
  for (const CorpusFile& file : files) {
    SCOPED_TRACE(file.path + " (expected " + file.expected + ")");
    const std::string path = (corpus / file.path).string();
    Outcome outcome = read_corpus_file(path);
    if (file.expected == "reject") {
      if (!outcome.claimed && !outcome.failed) {
        // Nobody's format: only an empty file may end up here (the registry reports it).
        EXPECT_EQ(std::filesystem::file_size(path), 0u) << "unclaimed";
        continue;
      }
      ASSERT_TRUE(outcome.failed) << "read without error";
      EXPECT_EQ(outcome.kind, ErrorKind::kUnreadable);
      EXPECT_GT(outcome.cause.size(), 15u) << outcome.cause;
      auto known = expected_causes().find(file.path);
      if (known != expected_causes().end()) {
        EXPECT_NE(outcome.cause.find(known->second), std::string::npos) << outcome.cause;
      }
    } else {
      ASSERT_TRUE(outcome.claimed) << "not claimed by the DOCX reader";
      ASSERT_FALSE(outcome.failed) << outcome.cause;
      if (file.expected == "tables") {
        EXPECT_GE(outcome.tables, 1);
      } else {
        EXPECT_EQ(file.expected, "no-tables");
        EXPECT_EQ(outcome.tables, 0);
      }
    }
  }
}

}  // namespace
}  // namespace kpiconv
