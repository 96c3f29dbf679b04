#include "formats/ooxml/zip_archive.h"

#include <zip.h>

#include <array>
#include <fstream>

#include "converter/error.h"
#include "formats/ooxml/part_name.h"

namespace kpiconv::ooxml {
namespace {

bool file_starts_like_zip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 2> magic{};
  in.read(magic.data(), magic.size());
  return in.gcount() == 2 && magic[0] == 'P' && magic[1] == 'K';
}

bool bytes_start_like_zip(std::string_view bytes) {
  return bytes.starts_with("PK");
}

// Why an entry's name could lead out of the package if someone extracted it (see limits.h), or
// "". Backslashes count as separators: Windows tools extract with them.
std::string escaping_name_problem(std::string_view name) {
  const bool drive_letter =
      name.size() >= 2 && name[1] == ':' &&
      ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'));
  if (name.starts_with('/') || name.starts_with('\\') || drive_letter) {
    return "is an absolute path; OPC part names are relative to the package";
  }
  for (std::string_view rest = name; !rest.empty();) {
    size_t separator = rest.find_first_of("/\\");
    if (rest.substr(0, separator) == "..") {
      return "climbs out of the package with \"..\", which no OPC part name does";
    }
    rest = separator == std::string_view::npos ? std::string_view() : rest.substr(separator + 1);
  }
  return {};
}

bool is_directory_entry(std::string_view name) {
  return name.ends_with('/');
}

// `looks_like_zip`: whether the input starts with the zip signature, which tells a damaged zip
// from something that never was one.
std::string open_failure_cause(int code, bool looks_like_zip) {
  switch (code) {
    case ZIP_ER_NOZIP:
      if (looks_like_zip) {
        return "damaged or truncated zip archive (the central directory is missing or unreadable)";
      }
      return "not a zip archive";
    case ZIP_ER_INCONS:
      return "damaged zip archive (the central directory is inconsistent)";
    case ZIP_ER_EOF:
    case ZIP_ER_SEEK:
      return "truncated zip archive";
    case ZIP_ER_MULTIDISK:
      return "multi-volume zip archives are not supported";
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
      return "cannot open the file";
    case ZIP_ER_MEMORY:
      return "out of memory while reading the zip directory";
    default: {
      zip_error_t error;
      zip_error_init_with_code(&error, code);
      std::string cause = std::string("cannot read the zip archive: ") + zip_error_strerror(&error);
      zip_error_fini(&error);
      return cause;
    }
  }
}

}  // namespace

// ---- ZipArchive -------------------------------------------------------------------------------

ZipArchive::ZipArchive(std::string path, const PackageLimits& limits)
    : path_(std::move(path)), limits_(limits) {
  int code = 0;
  archive_.reset(zip_open(path_.c_str(), ZIP_RDONLY, &code));
  if (archive_ == nullptr) fail(open_failure_cause(code, file_starts_like_zip(path_)));
  read_directory();
}

ZipArchive::ZipArchive(ZipBytes source, const PackageLimits& limits)
    : path_(std::move(source.display_name)), limits_(limits) {
  // libzip opens an empty buffer as an archive without entries, but refuses an empty file.
  if (source.bytes.empty()) fail(open_failure_cause(ZIP_ER_NOZIP, false));
  zip_error_t error;
  zip_error_init(&error);
  // freep = 0: libzip reads the caller's bytes in place and never frees them.
  zip_source_t* buffer =
      zip_source_buffer_create(source.bytes.data(), source.bytes.size(), 0, &error);
  if (buffer != nullptr) {
    archive_.reset(zip_open_from_source(buffer, ZIP_RDONLY, &error));
    // On success the archive owns the source; on failure it is still ours.
    if (archive_ == nullptr) zip_source_free(buffer);
  }
  int code = zip_error_code_zip(&error);
  zip_error_fini(&error);
  if (archive_ == nullptr) fail(open_failure_cause(code, bytes_start_like_zip(source.bytes)));
  read_directory();
}

void ZipArchive::read_directory() {
  zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
  if (count < 0) count = 0;
  if (static_cast<std::uint64_t>(count) > limits_.max_entries) {
    fail("zip archive has " + std::to_string(count) + " entries, more than the limit of " +
         std::to_string(limits_.max_entries));
  }
  entries_.reserve(static_cast<std::size_t>(count));
  by_key_.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
    if ((stat.valid & ZIP_STAT_NAME) == 0 || stat.name == nullptr) continue;
    ZipEntry entry;
    entry.name = stat.name;
    entry.index = static_cast<std::uint64_t>(i);
    entry.size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    entry.compressed_size = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
    entry.compression_method =
        (stat.valid & ZIP_STAT_COMP_METHOD) ? stat.comp_method : ZIP_CM_STORE;
    entry.encrypted =
        (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
    if (std::string problem = escaping_name_problem(entry.name); !problem.empty()) {
      fail("zip entry \"" + entry.name + "\" " + problem + " (a hostile or broken archive)");
    }
    auto [known, added] = by_key_.emplace(part_key(entry.name), entries_.size());
    if (!added && !is_directory_entry(entry.name)) {
      // OPC forbids two parts whose names differ only in case (or escaping): which one a reader
      // took would decide what the document says.
      fail("ambiguous package: zip entries \"" + entries_[known->second].name + "\" and \"" +
           entry.name + "\" both name the part /" + known->first);
    }
    entries_.push_back(std::move(entry));
  }
}

void ZipArchive::Discard::operator()(zip* archive) const {
  zip_discard(archive);
}

void ZipArchive::fail(const std::string& cause) const {
  throw_unreadable(path_, cause);
}

const ZipEntry* ZipArchive::find(std::string_view part_name) const {
  auto found = by_key_.find(part_key(part_name));
  return found == by_key_.end() ? nullptr : &entries_[found->second];
}

ZipEntryReader ZipArchive::open(const ZipEntry& entry) {
  const std::string& name = entry.name;
  if (entry.encrypted) fail("zip entry " + name + " is encrypted");
  if (entry.size > limits_.max_part_bytes) {
    fail("zip entry " + name + " declares " + std::to_string(entry.size) +
         " bytes uncompressed, more than the limit of " + std::to_string(limits_.max_part_bytes) +
         " per part");
  }
  if (entry.size >= limits_.ratio_floor_bytes) {
    double ratio = static_cast<double>(entry.size) /
                   static_cast<double>(entry.compressed_size == 0 ? 1 : entry.compressed_size);
    if (ratio > limits_.max_compression_ratio) {
      fail("zip entry " + name + " would inflate " + std::to_string(entry.compressed_size) +
           " bytes to " + std::to_string(entry.size) + " (ratio above the limit of " +
           std::to_string(static_cast<long long>(limits_.max_compression_ratio)) +
           ":1); refusing a possible zip bomb");
    }
  }
  if (total_bytes_declared_ + entry.size > limits_.max_total_bytes) {
    fail("reading zip entry " + name + " would exceed the limit of " +
         std::to_string(limits_.max_total_bytes) + " uncompressed bytes for the whole package");
  }
  zip_file_t* file = zip_fopen_index(archive_.get(), entry.index, 0);
  if (file == nullptr) {
    zip_error_t* error = zip_get_error(archive_.get());
    int code = zip_error_code_zip(error);
    switch (code) {
      case ZIP_ER_COMPNOTSUPP:
        fail("zip entry " + name + " uses an unsupported compression method");
      case ZIP_ER_ENCRNOTSUPP:
      case ZIP_ER_NOPASSWD:
      case ZIP_ER_WRONGPASSWD:
        fail("zip entry " + name + " is encrypted");
      case ZIP_ER_INCONS:
      case ZIP_ER_EOF:
      case ZIP_ER_SEEK:
        fail("zip entry " + name + " is truncated or damaged (its local header is unreadable)");
      default:
        fail("cannot open zip entry " + name + ": " + zip_error_strerror(error));
    }
  }
  total_bytes_declared_ += entry.size;
  return ZipEntryReader(*this, entry, file);
}

std::string ZipArchive::read_all(const ZipEntry& entry) {
  ZipEntryReader reader = open(entry);
  std::string content;
  content.resize(static_cast<std::size_t>(entry.size));
  std::size_t filled = 0;
  for (;;) {
    if (filled == content.size()) content.resize(content.size() + 4096);
    std::size_t got = reader.read(content.data() + filled, content.size() - filled);
    if (got == 0) break;
    filled += got;
  }
  content.resize(filled);
  return content;
}

// ---- ZipEntryReader ---------------------------------------------------------------------------

ZipEntryReader::ZipEntryReader(ZipArchive& archive, const ZipEntry& entry, zip_file* file)
    : archive_(&archive), entry_(&entry), file_(file) {}

ZipEntryReader::ZipEntryReader(ZipEntryReader&& other) noexcept
    : archive_(other.archive_),
      entry_(other.entry_),
      file_(other.file_),
      bytes_read_(other.bytes_read_),
      finished_(other.finished_) {
  other.file_ = nullptr;
}

ZipEntryReader::~ZipEntryReader() {
  if (file_ != nullptr) zip_fclose(file_);
}

void ZipEntryReader::fail_from_libzip() {
  zip_error_t* error = zip_file_get_error(file_);
  const std::string& name = entry_->name;
  switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
      archive_->fail("zip entry " + name + " is corrupt (CRC mismatch)");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
      archive_->fail("zip entry " + name + " is corrupt (invalid compressed data)");
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
      archive_->fail("zip entry " + name + " is truncated or damaged");
    default:
      archive_->fail("cannot read zip entry " + name + ": " + zip_error_strerror(error));
  }
}

std::size_t ZipEntryReader::read(char* buffer, std::size_t capacity) {
  if (finished_ || capacity == 0 || file_ == nullptr) return 0;
  zip_int64_t got = zip_fread(file_, buffer, capacity);
  if (got < 0) fail_from_libzip();
  if (got == 0) {
    finished_ = true;
    return 0;
  }
  std::uint64_t count = static_cast<std::uint64_t>(got);
  bytes_read_ += count;
  archive_->total_bytes_read_ += count;
  // The declared size was checked against the caps before inflating; an entry that inflates
  // beyond it has a lying header (or is corrupt) and is stopped here, before it can grow further.
  if (bytes_read_ > entry_->size) {
    archive_->fail("zip entry " + entry_->name + " inflates to more than the " +
                   std::to_string(entry_->size) +
                   " bytes its header declares (corrupt or hostile archive)");
  }
  return static_cast<std::size_t>(count);
}

void ZipEntryReader::drain() {
  std::array<char, 16384> scratch;
  while (read(scratch.data(), scratch.size()) > 0) {
  }
}

}  // namespace kpiconv::ooxml
