#include "support/corpus.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kpiconv::test {

std::filesystem::path corpus_dir() {
  return std::filesystem::path(KPICONV_SOURCE_DIR "/../shared/corpus");
}

std::vector<CorpusFile> corpus_manifest(const std::string& prefix) {
  std::vector<CorpusFile> files;
  std::ifstream in(corpus_dir() / "MANIFEST.tsv");
  std::string line;
  std::getline(in, line);  // heading
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::istringstream columns(line);
    for (std::string field; std::getline(columns, field, '\t');) fields.push_back(field);
    if (fields.size() < 7 || !fields[0].starts_with(prefix)) continue;
    files.push_back(CorpusFile{fields[0], fields[6]});
  }
  return files;
}

CorpusOutcome read_corpus_file(const std::string& path, const std::vector<const Reader*>& readers) {
  CorpusOutcome outcome;
  try {
    InputProbe probe(path);
    const Reader* reader = nullptr;
    for (const Reader* candidate : readers) {
      if (candidate->claims(probe)) {
        reader = candidate;
        break;
      }
    }
    if (reader == nullptr) return outcome;
    outcome.claimed = true;
    Document document;
    DocumentBuilder builder(document);
    // As the manifest expects: legacy files refused, not converted by LibreOffice.
    ReadOptions options;
    options.soffice = "none";
    reader->read(path, builder, options);
    for (const Block& block : document.blocks) {
      outcome.tables += std::holds_alternative<Table>(block) ? 1 : 0;
    }
  } catch (const Error& error) {
    outcome.failed = true;
    outcome.kind = error.kind();
    outcome.cause = error.cause();
  }
  return outcome;
}

void expect_corpus_outcomes(const std::string& prefix, const std::vector<const Reader*>& readers,
                            const std::map<std::string, std::string>& causes) {
  if (!std::filesystem::exists(corpus_dir() / "MANIFEST.tsv")) {
    GTEST_SKIP() << "no shared corpus at " << corpus_dir();
  }
  std::vector<CorpusFile> files = corpus_manifest(prefix);
  ASSERT_GT(files.size(), 50u);
  for (const CorpusFile& file : files) {
    SCOPED_TRACE(file.path + " (expected " + file.expected + ")");
    const std::string path = (corpus_dir() / file.path).string();
    CorpusOutcome outcome = read_corpus_file(path, readers);
    if (file.expected == "reject") {
      if (!outcome.claimed && !outcome.failed) {
        // Nobody's format: only an empty file may end up here (the registry reports it).
        EXPECT_EQ(std::filesystem::file_size(path), 0u) << "unclaimed";
        continue;
      }
      ASSERT_TRUE(outcome.failed) << "read without error";
      EXPECT_EQ(outcome.kind, ErrorKind::kUnreadable);
      EXPECT_GT(outcome.cause.size(), 15u) << outcome.cause;
      auto known = causes.find(file.path);
      if (known != causes.end()) {
        EXPECT_NE(outcome.cause.find(known->second), std::string::npos) << outcome.cause;
      }
    } else {
      ASSERT_TRUE(outcome.claimed) << "not claimed";
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

}  // namespace kpiconv::test
