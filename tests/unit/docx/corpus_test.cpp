// Every DOCX of the shared third-party corpus (/work/shared/corpus, MANIFEST.tsv) through the
// readers' claims() and read(), without the registry: `reject` files must fail with
// Error(kUnreadable) and a clear cause, `tables` files must give at least one body table,
// `no-tables` files none (tables only in headers, footers or endnotes do not count).
#include <gtest/gtest.h>

#include <map>

#include "formats/docx/docx_reader.h"
#include "formats/legacy/cfb_reader.h"
#include "support/corpus.h"

namespace kpiconv {
namespace {

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
  static const DocxReader docx;
  static const CfbReader cfb;
  test::expect_corpus_outcomes("docx/", {&cfb, &docx}, expected_causes());
}

}  // namespace
}  // namespace kpiconv
