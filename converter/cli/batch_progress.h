// What a batch conversion says on standard error: each failure as one error line when it happens;
// on a terminal (unless --quiet) a progress bar — files done of all, files per second, time left,
// how many went through LibreOffice, the current file — and a summary at the end.
#pragma once

#include <chrono>
#include <string>

#include "converter/batch/batch_convert.h"

namespace kpiconv::cli {

class BatchProgress : public BatchObserver {
 public:
  // `show` false (a pipe, --quiet): errors only.
  explicit BatchProgress(bool show);
  void file_finished(const FileOutcome& outcome, std::size_t finished, std::size_t total) override;
  // Clears the bar and prints the summary (when shown).
  void finish(const BatchSummary& summary, std::size_t total);

  // Whether standard error is a terminal.
  static bool on_terminal();

 private:
  void draw(const std::string& current, std::size_t finished, std::size_t total);
  void clear();

  bool show_;
  bool drawn_ = false;
  std::size_t via_libreoffice_ = 0;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_drawn_;
};

}  // namespace kpiconv::cli
