// An unnamed temporary file for data parked on disk rather than in memory (a spool). It lives in
// the temporary folder ($TMPDIR, else /tmp), is removed from the folder at once, and is gone when
// closed, whatever happens to the process.
#pragma once

#include <cstdio>
#include <memory>

namespace kpiconv {

struct ScratchFileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using ScratchFile = std::unique_ptr<std::FILE, ScratchFileCloser>;

// Throws Error(kOutputFailed) naming the folder when the file cannot be made.
ScratchFile open_scratch_file();

}  // namespace kpiconv
