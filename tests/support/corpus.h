// The shared third-party corpus (../shared/corpus, MANIFEST.tsv) for the readers' corpus tests.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "converter/error.h"
#include "converter/registry/format.h"

namespace kpiconv::test {

struct CorpusFile {
  std::string path;      // relative to the corpus folder, e.g. "docx/mammoth_tables.docx"
  std::string expected;  // tables | no-tables | reject
};

std::filesystem::path corpus_dir();
// The manifest's files whose path starts with `prefix` ("docx/", "xlsx/").
std::vector<CorpusFile> corpus_manifest(const std::string& prefix);

struct CorpusOutcome {
  bool claimed = false;
  bool failed = false;
  ErrorKind kind = ErrorKind::kUsage;
  std::string cause;
  int tables = 0;
};

// Reads `path` through the first of `readers` that claims it, as the registry would.
CorpusOutcome read_corpus_file(const std::string& path, const std::vector<const Reader*>& readers);

// Every manifest file under `prefix` read through `readers`: `reject` files must fail as
// unreadable with a clear cause (containing `causes[path]` where given; an unclaimed file must be
// empty), `tables` files give at least one table, `no-tables` files none. Skips without a corpus.
void expect_corpus_outcomes(const std::string& prefix, const std::vector<const Reader*>& readers,
                            const std::map<std::string, std::string>& causes);

}  // namespace kpiconv::test
