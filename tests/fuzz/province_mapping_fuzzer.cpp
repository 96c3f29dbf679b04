// libFuzzer target: arbitrary bytes as a province template's mapping.toml, parsed (after the
// checks of its size and nesting that keep toml++ from overflowing its stack) and, when it
// parses, used to fill the shipped workbook of its layout and read it back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/harness/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kpiconv::fuzz::fill_through_mapping(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
