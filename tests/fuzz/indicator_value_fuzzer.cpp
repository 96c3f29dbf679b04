// libFuzzer target: arbitrary bytes as a 指标值 for parse_indicator_value, which must never throw.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/harness/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kpiconv::fuzz::parse_value(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
