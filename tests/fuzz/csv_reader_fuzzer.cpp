// libFuzzer target: arbitrary bytes as a file given to the CSV reader, then to the recognizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/harness/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kpiconv::fuzz::read_as("csv", std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
