// Builds zip archives inside tests (libzip), so every quirk test carries its own small package
// instead of a binary fixture.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "support/files.h"

namespace kpiconv::test {

class ZipBuilder {
 public:
  // Adds an entry; `compress` false stores it (method 0), true deflates it.
  ZipBuilder& add(std::string name, std::string content, bool compress = true);
  // Writes the archive to `path`, replacing any file there.
  void write(const std::filesystem::path& path) const;
  // The archive's bytes.
  std::string bytes() const;

 private:
  struct Entry {
    std::string name;
    std::string content;
    bool compress = true;
  };
  std::vector<Entry> entries_;
};

// Fields of a zip entry's local header and central directory record, for tests that forge corrupt
// or lying archives.
enum class ZipField { kCrc, kCompressedSize, kUncompressedSize };
// Overwrites `field` of `entry` in both its local header and its central directory record.
void patch_zip_field(std::string& archive, std::string_view entry, ZipField field,
                     std::uint32_t value);
// The value of `field` of `entry` in the central directory.
std::uint32_t zip_field(const std::string& archive, std::string_view entry, ZipField field);

}  // namespace kpiconv::test
