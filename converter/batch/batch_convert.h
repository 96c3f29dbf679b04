// `kpiconv convert` over many files: each input read (in parallel), checked and converted on its
// own, and written to its own output below a folder and/or into one combined output in input
// order. One unreadable file never stops the batch: it is reported with its reason.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "converter/batch/batch_inputs.h"
#include "converter/model/language.h"
#include "converter/registry/format.h"

namespace kpiconv {

struct BatchOptions {
  ReadOptions read;
  int jobs = 1;
  bool validate = false;    // findings of the checks into the outputs
  std::string amount_unit;  // every amount in this unit; empty: as filed
  Language language = Language::kChinese;
  WriteOptions write;
  // One output per input at output_folder / input's relative path, with the writer's extension.
  std::filesystem::path output_folder;  // empty: none
  const Writer* writer = nullptr;
  // One output of every filing, each row naming its input.
  std::filesystem::path combined_output;  // empty: none
  const Writer* combined_writer = nullptr;
  // The unit of a combined output's amounts when amount_unit is empty: filings in another unit
  // are converted, exactly, so that a column can be summed.
  std::string combined_amount_unit = "万元";
};

struct FileOutcome {
  std::string input;
  std::string output;  // the per-file output written, if any
  bool converted = false;
  bool via_libreoffice = false;  // a legacy file LibreOffice converted first
  std::string error;             // why not, one line
  std::vector<std::string> warnings;
};

class BatchObserver {
 public:
  virtual ~BatchObserver() = default;
  // Called on the calling thread as each file is finished, in input order.
  virtual void file_finished(const FileOutcome& outcome, std::size_t finished,
                             std::size_t total) = 0;
};

struct BatchSummary {
  std::size_t converted = 0;
  std::size_t via_libreoffice = 0;
  std::vector<FileOutcome> failures;
  std::vector<std::string> warnings;  // the combined output's
  double seconds = 0;
};

// Where the output of `input` goes below `folder`: its relative path with the writer's extension
// (the input's own extension kept before it when two inputs would otherwise share an output).
std::filesystem::path batch_output_path(const std::filesystem::path& folder,
                                        const BatchInput& input, const Writer& writer,
                                        bool keep_input_extension);

// Throws Error(kOutputFailed) when the combined output cannot be written; the failures of single
// files are in the summary.
BatchSummary convert_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options,
                           BatchObserver* observer = nullptr);

}  // namespace kpiconv
