// Caps that keep an untrusted zip package from exhausting memory or time. Each one is checked
// before anything is inflated, from the sizes the central directory declares, and again while
// bytes stream out of an entry, because those declared sizes can lie.
#pragma once

#include <cstdint>

#include "converter/registry/format.h"

namespace kpiconv::ooxml {

struct PackageLimits {
  // Entries in the archive. A central directory with millions of entries costs memory and time
  // before a single part is read.
  std::uint64_t max_entries = 100000;
  // Uncompressed size of one entry (one part). Bounds the worst single read, e.g. a 15 MB
  // document.xml is normal, a 10 GB one is an attack.
  std::uint64_t max_part_bytes = 1ull << 30;
  // Uncompressed bytes read from the whole archive by one reader (all parts together), so many
  // moderately large parts cannot add up to an exhaustion either.
  std::uint64_t max_total_bytes = 4ull << 30;
  // Uncompressed / compressed size of one entry: the signature of a zip bomb (deflate tops out
  // near 1032:1). Only checked for entries of at least `ratio_floor_bytes` uncompressed, since a
  // tiny part of repeated characters can legitimately compress very well and cannot hurt.
  double max_compression_ratio = 1000.0;
  std::uint64_t ratio_floor_bytes = 1ull << 20;

  static PackageLimits from(const ReadOptions& options) {
    PackageLimits limits;
    limits.max_entries = options.max_entries;
    limits.max_part_bytes = options.max_part_bytes;
    limits.max_total_bytes = options.max_total_bytes;
    limits.max_compression_ratio = options.max_compression_ratio;
    return limits;
  }
};

}  // namespace kpiconv::ooxml
