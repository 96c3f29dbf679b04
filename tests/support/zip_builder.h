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

// Renames the entry `from` to `to` (of the same length) in its local header and its central
// directory record, byte for byte: how a test makes names libzip would not write, such as two
// entries of one name.
void rename_zip_entry(std::string& archive, std::string_view from, std::string_view to);

// The same archive written as ZIP64, the way streaming zip writers (Java's, .NET's) do: every
// local header and central directory record carries its sizes and offset in a ZIP64 extra field
// (the 32-bit fields say 0xFFFFFFFF), and a ZIP64 end of central directory record and locator
// precede the classic end record (whose counts say 0xFFFF). Entries keep their compressed bytes.
std::string as_zip64(const std::string& archive);

// `prefix` followed by `archive`, its offsets moved past the prefix (as `zip -A` leaves a zip
// appended to another file), so that zip readers, which find the archive from the end, open it:
// how a test makes a file that is two formats at once (a compound file and a package).
std::string after_prefix(const std::string& prefix, const std::string& archive);

}  // namespace kpiconv::test
