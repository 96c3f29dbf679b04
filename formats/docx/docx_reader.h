// The DOCX reader: WordprocessingML packages (.docx, .dotx, .docm, .dotm) into Documents.
//
// Reading happens in two stages, like pandoc's: document_parser.cpp streams the main part and
// builds a faithful RawTable per table (gridSpan, vMerge states, gridBefore/gridAfter), then
// table_resolver.cpp turns each into a Table grid with real spans. Nothing here knows what the
// tables mean.
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class DocxReader : public Reader {
 public:
  std::string_view name() const override { return "docx"; }
  std::vector<std::string_view> extensions() const override {
    return {".docx", ".docm", ".dotx", ".dotm"};
  }
  std::string_view description() const override { return "a Word document"; }
  // A zip whose main part (through _rels/.rels) has a WordprocessingML content type; also a
  // Word-looking package (word/ entries) whose main part is missing, so read() can say so.
  // Throws Error(kUnreadable) for a file that starts like a zip but is a damaged one.
  bool claims(const InputProbe& probe) const override;
  // A Word package at the end of a file that starts as another format (a zip appended to a .doc).
  std::string also_found_from_end(const InputProbe& probe) const override;
  void read(const std::string& path, BlockSink& sink, const ReadOptions& options) const override;
};

}  // namespace kpiconv
