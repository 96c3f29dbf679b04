// `kpiconv apply`: the edits of one filing written back into the file it was taken from. The
// original is read, the edited file (any format) is read, the two are compared (diff_filings) and
// the original's format writes each difference into a copy of the original in place
// (EditApplier). Every edit is reported, done or not; what could not be done never disappears.
#pragma once

#include <string>

#include "converter/registry/format.h"

namespace kpiconv {

struct ApplyResult {
  ApplyReport report;
  std::string original_format;  // reader name of the original
  std::string edited_format;
};

// Writes `output` atomically (a failed run leaves no file). Throws Error(kUsage) when the
// original's format has no applier (e.g. a CSV original) or `output` is the original itself,
// Error(kUnreadable) for an input that cannot be read, Error(kOutputFailed) when the output
// cannot be written. The output is read back and compared with the edited filing: an edit said to
// be done that does not read so in the output is reported as not done, and a difference no edit
// covered is reported too.
ApplyResult apply_edits(const std::string& original_path, const std::string& edited_path,
                        const std::string& output, const ReadOptions& options = {});

}  // namespace kpiconv
