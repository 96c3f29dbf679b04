// libFuzzer target: a DOCX package, mutated part by part (zip_mutator.h), as a file given to the
// DOCX reader, then to the recognizer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/harness/fuzz_targets.h"
#include "fuzz/zip_mutator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kpiconv::fuzz::read_as("docx", std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  return kpiconv::fuzz::mutate_package(data, size, max_size, seed);
}
