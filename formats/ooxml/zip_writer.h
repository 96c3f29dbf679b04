// The libzip side of PackageWriter: a zip being written, entry by entry, in the order the entries
// are given. Entries copied from a ZipArchive keep their compressed bytes as stored; entries with
// new content are deflated. libzip writes everything in close(), to a temporary file next to the
// output that it renames over the output, and decides where zip64 is needed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "formats/ooxml/part_spool.h"
#include "formats/ooxml/zip_archive.h"

struct zip;
struct zip_source;

namespace kpiconv::ooxml {

// New content for an entry: `bytes`, which must stay alive until close(), or, when set, `file`
// (read from its start to its end), which the writer takes over.
struct EntryContent {
  std::string_view bytes;
  FileHandle file;
};

class ZipWriter {
 public:
  // Prepares `path`, replacing any file there once close() succeeds. Throws
  // Error(kOutputFailed, path, cause).
  explicit ZipWriter(std::filesystem::path path);
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  ~ZipWriter();  // discards what was not closed

  // Copies `entry` of `source` as stored: same compressed bytes, method and CRC, same metadata.
  void copy(ZipArchive& source, const ZipEntry& entry);
  // An entry with `entry`'s name and metadata and new (deflated) content.
  void replace(ZipArchive& source, const ZipEntry& entry, EntryContent content);
  // A new entry named `name` (UTF-8), deflated.
  void add(std::string_view name, EntryContent content);
  // Copies the archive comment of `source`, if it has one.
  void copy_comment(ZipArchive& source);
  // Writes the zip. Throws Error(kOutputFailed, path, cause) naming the cause: the file cannot be
  // created, a write failed (disk full), the package would be empty.
  void close();

 private:
  struct StoredName {
    std::string bytes;
    std::uint32_t encoding_flag;  // ZIP_FL_ENC_*: what keeps the name's bytes and UTF-8 bit
  };
  static StoredName stored_name(ZipArchive& source, const ZipEntry& entry);
  std::uint64_t add_entry(const StoredName& name, EntryContent content);
  std::uint64_t add_source(const StoredName& name, zip_source* data);
  void copy_metadata(ZipArchive& source, const ZipEntry& entry, std::uint64_t index);
  void copy_extra_fields(ZipArchive& source, const ZipEntry& entry, std::uint64_t index,
                         std::uint32_t location);
  void check(int result, const std::string& doing);
  [[noreturn]] void fail(const std::string& cause) const;

  std::filesystem::path path_;
  zip* archive_ = nullptr;
};

}  // namespace kpiconv::ooxml
