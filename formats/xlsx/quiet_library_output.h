// libxlsxwriter reports its troubles (a zip member it could not write, a temporary file it could
// not make) with fprintf(stderr, "[ERROR]…") as well as in its return values; kpiconv reports
// them itself, in its own words, from those values. While any workbook is being written, the C
// library's `stderr` stream (a variable in glibc that may be set, glibc manual 12.2) points at a
// stream that discards what is written to it. kpiconv's own messages go through std::cerr, which
// holds the original stream, and are not affected.
#pragma once

namespace kpiconv::xlsx {

class QuietLibraryOutput {
 public:
  QuietLibraryOutput();   // the first of several at once silences
  ~QuietLibraryOutput();  // the last one gives `stderr` back
  QuietLibraryOutput(const QuietLibraryOutput&) = delete;
  QuietLibraryOutput& operator=(const QuietLibraryOutput&) = delete;
};

}  // namespace kpiconv::xlsx
