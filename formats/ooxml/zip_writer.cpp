#include "formats/ooxml/zip_writer.h"

#include <zip.h>

#include <cstring>
#include <ctime>

#include "converter/error.h"

namespace kpiconv::ooxml {
namespace {

// Extra fields libzip writes itself and refuses to be given (zipint.h): zip64 sizes, the UTF-8
// name and comment fields, WinZip AES.
bool is_internal_extra_field(zip_uint16_t id) {
  return id == 0x0001 || id == 0x6375 || id == 0x7075 || id == 0x9901;
}

// "<doing>: <reason>", the reason being errno's text when libzip has one, else its own words.
std::string describe(zip_error_t* error, const std::string& doing) {
  if (zip_error_system_type(error) == ZIP_ET_SYS && zip_error_code_system(error) != 0) {
    return doing + ": " + std::strerror(zip_error_code_system(error));
  }
  return doing + ": " + zip_error_strerror(error);
}

std::string close_failure_cause(zip_error_t* error) {
  switch (zip_error_code_zip(error)) {
    case ZIP_ER_OPEN:
    case ZIP_ER_TMPOPEN:
      return describe(error, "cannot create the file");
    case ZIP_ER_WRITE:
    case ZIP_ER_CLOSE:
      return describe(error, "cannot write the file");
    case ZIP_ER_RENAME:
      return describe(error, "cannot move the written file into place");
    case ZIP_ER_MEMORY:
      return "out of memory while writing the package";
    default:
      return std::string("cannot write the package: ") + zip_error_strerror(error);
  }
}

// 1980-01-01 00:00 local time, the earliest time a zip entry can carry, and the one Word gives
// every part: added entries get it so that writing the same package twice gives the same bytes.
std::time_t dos_epoch() {
  std::tm epoch{};
  epoch.tm_year = 80;
  epoch.tm_mday = 1;
  epoch.tm_isdst = -1;
  return std::mktime(&epoch);
}

}  // namespace

ZipWriter::ZipWriter(std::filesystem::path path) : path_(std::move(path)) {
  zip_error_t error;
  zip_error_init(&error);
  // Through a file source rather than zip_open, so a failure keeps its errno.
  zip_source_t* file = zip_source_file_create(path_.c_str(), 0, -1, &error);
  if (file != nullptr) {
    archive_ = zip_open_from_source(file, ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive_ == nullptr) zip_source_free(file);
  }
  if (archive_ == nullptr) {
    std::string cause = describe(&error, "cannot create the file");
    zip_error_fini(&error);
    fail(cause);
  }
  zip_error_fini(&error);
}

ZipWriter::~ZipWriter() {
  if (archive_ != nullptr) zip_discard(archive_);
}

void ZipWriter::fail(const std::string& cause) const {
  throw Error(ErrorKind::kOutputFailed, path_.string(), cause);
}

void ZipWriter::check(int result, const std::string& doing) {
  if (result != 0) fail(describe(zip_get_error(archive_), doing));
}

ZipWriter::StoredName ZipWriter::stored_name(ZipArchive& source, const ZipEntry& entry) {
  // ZipEntry::name is libzip's UTF-8 rendering; the raw bytes are what the source stores. Under
  // the strict reading, libzip converts a name from CP437 unless its UTF-8 bit is set, so the
  // two agree exactly for ASCII names and names marked UTF-8 (the bit is kept by declaring them
  // UTF-8); any other name is given as-is, which libzip writes without the bit, as it was.
  zip* from = source.archive_.get();
  const char* raw = zip_get_name(from, entry.index, ZIP_FL_ENC_RAW);
  if (raw == nullptr) return {entry.name, ZIP_FL_ENC_UTF_8};
  std::string bytes = raw;
  const char* strict = zip_get_name(from, entry.index, ZIP_FL_ENC_STRICT);
  bool marked_utf8 = strict != nullptr && bytes == strict;
  return {std::move(bytes), marked_utf8 ? ZIP_FL_ENC_UTF_8 : ZIP_FL_ENC_GUESS};
}

std::uint64_t ZipWriter::add_source(const StoredName& name, zip_source_t* data) {
  if (data == nullptr) fail(describe(zip_get_error(archive_), "cannot add entry " + name.bytes));
  zip_int64_t index = zip_file_add(archive_, name.bytes.c_str(), data, name.encoding_flag);
  if (index < 0) {
    zip_source_free(data);  // still ours when it was not added
    fail(describe(zip_get_error(archive_), "cannot add entry " + name.bytes));
  }
  return static_cast<std::uint64_t>(index);
}

std::uint64_t ZipWriter::add_entry(const StoredName& name, EntryContent content) {
  zip_source_t* data = nullptr;
  if (content.file != nullptr) {
    // -1: to the end of the file. On success the source closes the file when libzip is done.
    data = zip_source_filep(archive_, content.file.get(), 0, -1);
    if (data != nullptr) content.file.release();
  } else {
    data = zip_source_buffer(archive_, content.bytes.data(), content.bytes.size(), 0);
  }
  std::uint64_t index = add_source(name, data);
  check(zip_set_file_compression(archive_, index, ZIP_CM_DEFLATE, 0),
        "cannot deflate entry " + name.bytes);
  return index;
}

void ZipWriter::copy(ZipArchive& source, const ZipEntry& entry) {
  // libzip hands out an encrypted entry's data only decrypted, which takes the password.
  if (entry.encrypted) fail("cannot copy entry " + entry.name + ": it is encrypted");
  zip_source_t* data =
      zip_source_zip(archive_, source.archive_.get(), entry.index, ZIP_FL_COMPRESSED, 0, -1);
  std::uint64_t index = add_source(stored_name(source, entry), data);
  // A source that hands over compressed data makes libzip write it unchanged as long as the
  // entry's method is left at its default (which then adopts the source's method, even one this
  // libzip cannot decode). Stored data is the exception: the default would deflate it.
  if (entry.compression_method == ZIP_CM_STORE) {
    check(zip_set_file_compression(archive_, index, ZIP_CM_STORE, 0),
          "cannot keep entry " + entry.name + " stored");
  }
  copy_metadata(source, entry, index);
}

void ZipWriter::replace(ZipArchive& source, const ZipEntry& entry, EntryContent content) {
  std::uint64_t index = add_entry(stored_name(source, entry), std::move(content));
  copy_metadata(source, entry, index);
}

void ZipWriter::add(std::string_view name, EntryContent content) {
  std::uint64_t index = add_entry({std::string(name), ZIP_FL_ENC_UTF_8}, std::move(content));
  check(zip_file_set_mtime(archive_, index, dos_epoch(), 0),
        "cannot set the time of entry " + std::string(name));
}

void ZipWriter::copy_metadata(ZipArchive& source, const ZipEntry& entry, std::uint64_t index) {
  zip* from = source.archive_.get();
  const std::string doing = "cannot copy the metadata of entry " + entry.name;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(from, entry.index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_MTIME)) {
    check(zip_file_set_mtime(archive_, index, stat.mtime, 0), doing);
  }
  zip_uint8_t system = 0;
  zip_uint32_t attributes = 0;
  if (zip_file_get_external_attributes(from, entry.index, 0, &system, &attributes) == 0) {
    check(zip_file_set_external_attributes(archive_, index, 0, system, attributes), doing);
  }
  zip_uint32_t length = 0;
  const char* comment = zip_file_get_comment(from, entry.index, &length, ZIP_FL_ENC_RAW);
  if (comment != nullptr && length > 0) {
    check(zip_file_set_comment(archive_, index, comment, static_cast<zip_uint16_t>(length), 0),
          doing);
  }
  copy_extra_fields(source, entry, index, ZIP_FL_CENTRAL);
  copy_extra_fields(source, entry, index, ZIP_FL_LOCAL);
}

void ZipWriter::copy_extra_fields(ZipArchive& source, const ZipEntry& entry, std::uint64_t index,
                                  std::uint32_t location) {
  zip* from = source.archive_.get();
  zip_int16_t count = zip_file_extra_fields_count(from, entry.index, location);
  for (zip_int16_t i = 0; i < count; ++i) {
    zip_uint16_t id = 0;
    zip_uint16_t length = 0;
    const zip_uint8_t* data = zip_file_extra_field_get(
        from, entry.index, static_cast<zip_uint16_t>(i), &id, &length, location);
    if (data == nullptr || is_internal_extra_field(id)) continue;
    check(
        zip_file_extra_field_set(archive_, index, id, ZIP_EXTRA_FIELD_NEW, data, length, location),
        "cannot copy the extra fields of entry " + entry.name);
  }
}

void ZipWriter::copy_comment(ZipArchive& source) {
  int length = 0;
  const char* comment = zip_get_archive_comment(source.archive_.get(), &length, ZIP_FL_ENC_RAW);
  if (comment == nullptr || length <= 0) return;
  check(zip_set_archive_comment(archive_, comment, static_cast<zip_uint16_t>(length)),
        "cannot copy the archive comment");
}

void ZipWriter::close() {
  // libzip would remove the file rather than write an archive without entries.
  if (zip_get_num_entries(archive_, 0) == 0) fail("the package would have no entries");
  if (zip_close(archive_) != 0) fail(close_failure_cause(zip_get_error(archive_)));
  archive_ = nullptr;  // closed and freed by libzip
}

}  // namespace kpiconv::ooxml
