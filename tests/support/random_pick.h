// Random choices for the property tests.
#pragma once

#include <cstddef>
#include <random>

namespace kpiconv::test {

// A number in [0, count).
inline std::size_t pick(std::mt19937& random, std::size_t count) {
  return std::uniform_int_distribution<std::size_t>(0, count - 1)(random);
}

}  // namespace kpiconv::test
