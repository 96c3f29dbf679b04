#include "formats/xlsx/quiet_library_output.h"

#include <stdio.h>

#include <mutex>

namespace kpiconv::xlsx {
namespace {

std::mutex silence_mutex;
int silencers = 0;
FILE* original_stderr = nullptr;
FILE* discarding = nullptr;

ssize_t discard(void*, const char*, size_t size) {
  return static_cast<ssize_t>(size);
}

FILE* discarding_stream() {
  if (discarding == nullptr) {
    cookie_io_functions_t functions{};
    functions.write = &discard;
    discarding = fopencookie(nullptr, "w", functions);
  }
  return discarding;
}

}  // namespace

QuietLibraryOutput::QuietLibraryOutput() {
  std::lock_guard<std::mutex> lock(silence_mutex);
  if (silencers++ > 0) return;
  FILE* sink = discarding_stream();
  if (sink == nullptr) return;  // then libxlsxwriter's lines still show; nothing else changes
  fflush(stderr);
  original_stderr = stderr;
  stderr = sink;
}

QuietLibraryOutput::~QuietLibraryOutput() {
  std::lock_guard<std::mutex> lock(silence_mutex);
  if (--silencers > 0 || original_stderr == nullptr) return;
  stderr = original_stderr;
  original_stderr = nullptr;
}

}  // namespace kpiconv::xlsx
