// A read-only zip archive (libzip) with the caps of PackageLimits, opened from a file or from bytes
// in memory. Entries are found by OPC part name (case-insensitive, with or without a leading '/')
// and read as a stream, so a big part is never copied whole into memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "formats/ooxml/limits.h"

struct zip;
struct zip_file;

namespace kpiconv::ooxml {

struct ZipEntry {
  std::string name;                     // as stored in the archive, e.g. "word/document.xml"
  std::uint64_t index = 0;              // libzip index
  std::uint64_t size = 0;               // uncompressed size the central directory declares
  std::uint64_t compressed_size = 0;    // compressed size the central directory declares
  std::int32_t compression_method = 0;  // ZIP_CM_*: 0 stored, 8 deflated
  bool encrypted = false;               // zip-level (traditional or AES) encryption
};

// A zip archive held in memory, e.g. a template compiled into the binary.
struct ZipBytes {
  // Not copied: the bytes must outlive the ZipArchive and every reader it hands out.
  std::string_view bytes;
  // Stands in for a path in error messages and as path(), e.g. "built-in template standard.docx".
  std::string display_name;
};

class ZipArchive;
class ZipWriter;

// Streams one entry. Counts the bytes it hands out against the declared size and the archive's
// caps; a CRC mismatch (reported by libzip when the last byte has been read) is an error.
class ZipEntryReader {
 public:
  ZipEntryReader(ZipEntryReader&& other) noexcept;
  ZipEntryReader& operator=(ZipEntryReader&&) = delete;
  ZipEntryReader(const ZipEntryReader&) = delete;
  ZipEntryReader& operator=(const ZipEntryReader&) = delete;
  ~ZipEntryReader();

  // Copies up to `capacity` bytes into `buffer`; returns 0 once the entry is exhausted and its CRC
  // verified. Throws Error(kUnreadable) on a corrupt entry or a cap exceeded.
  std::size_t read(char* buffer, std::size_t capacity);
  // Reads whatever is left, so the CRC is verified even when the consumer stopped early.
  void drain();
  const ZipEntry& entry() const { return *entry_; }
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  friend class ZipArchive;
  ZipEntryReader(ZipArchive& archive, const ZipEntry& entry, zip_file* file);
  [[noreturn]] void fail_from_libzip();

  ZipArchive* archive_;
  const ZipEntry* entry_;
  zip_file* file_;
  std::uint64_t bytes_read_ = 0;
  bool finished_ = false;
};

class ZipArchive {
 public:
  // Opens `path` read-only. Throws Error(kUnreadable) naming the cause when the file is not a zip,
  // is truncated, has a damaged central directory or more entries than the limit.
  ZipArchive(std::string path, const PackageLimits& limits);
  // Opens a zip held in memory, with the same caps and the same error causes as a file; errors
  // name `source.display_name` where they would name the path.
  ZipArchive(ZipBytes source, const PackageLimits& limits);
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  ~ZipArchive() = default;

  // The file's path, or the display name of an archive opened from memory.
  const std::string& path() const { return path_; }
  const PackageLimits& limits() const { return limits_; }
  const std::vector<ZipEntry>& entries() const { return entries_; }
  // The entry holding an OPC part: compared case-insensitively, percent-decoded, leading '/'
  // optional. nullptr when absent.
  const ZipEntry* find(std::string_view part_name) const;
  // Opens an entry for streaming after checking the caps against its declared sizes.
  ZipEntryReader open(const ZipEntry& entry);
  // The whole entry (for small parts: content types, relationships, styles).
  std::string read_all(const ZipEntry& entry);
  // Uncompressed bytes handed out so far by all readers of this archive.
  std::uint64_t total_bytes_read() const { return total_bytes_read_; }

 private:
  friend class ZipEntryReader;
  // Copies entries' compressed bytes straight from the libzip handle (zip_source_zip), which this
  // class otherwise keeps to itself.
  friend class ZipWriter;
  // Lists the entries of the freshly opened archive_, enforcing max_entries.
  void read_directory();
  [[noreturn]] void fail(const std::string& cause) const;

  struct Discard {
    void operator()(zip* archive) const;
  };

  std::string path_;
  PackageLimits limits_;
  std::unique_ptr<zip, Discard> archive_;
  std::vector<ZipEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::uint64_t total_bytes_declared_ = 0;  // sum of declared sizes of the entries opened
  std::uint64_t total_bytes_read_ = 0;
};

}  // namespace kpiconv::ooxml
