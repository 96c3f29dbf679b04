#include "support/zip_builder.h"

#include <unistd.h>
#include <zip.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kpiconv::test {

ZipBuilder& ZipBuilder::add(std::string name, std::string content, bool compress) {
  entries_.push_back(Entry{std::move(name), std::move(content), compress});
  return *this;
}

void ZipBuilder::write(const std::filesystem::path& path) const {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open failed for " + path.string());
  for (const Entry& entry : entries_) {
    // The buffers stay alive in entries_ until zip_close has written them.
    zip_source_t* source =
        zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    zip_int64_t index = source == nullptr ? -1
                                          : zip_file_add(archive, entry.name.c_str(), source,
                                                         ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("zip_file_add failed for " + entry.name);
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    std::string message = zip_strerror(archive);
    zip_discard(archive);
    throw std::runtime_error("zip_close failed: " + message);
  }
}

std::string ZipBuilder::bytes() const {
  std::filesystem::path path = scratch_path("zip_builder_bytes.zip");
  write(path);
  std::string content = read_bytes(path);
  std::filesystem::remove(path);
  return content;
}

namespace {

std::uint32_t get32(const std::string& bytes, size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24;
}
std::uint16_t get16(const std::string& bytes, size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}
void put32(std::string& bytes, size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[at + static_cast<size_t>(i)] = static_cast<char>(value >> (8 * i));
}

// Offsets of `field` in the local header and central directory record naming `entry`.
std::vector<size_t> field_offsets(const std::string& archive, std::string_view entry,
                                  ZipField field) {
  const size_t local_offset = field == ZipField::kCrc              ? 14
                              : field == ZipField::kCompressedSize ? 18
                                                                   : 22;
  std::vector<size_t> offsets;
  for (size_t at = 0; at + 46 <= archive.size(); ++at) {
    std::uint32_t signature = get32(archive, at);
    if (signature == 0x04034b50) {
      size_t name_length = get16(archive, at + 26);
      if (at + 30 + name_length <= archive.size() &&
          archive.compare(at + 30, name_length, entry) == 0 && name_length == entry.size()) {
        offsets.push_back(at + local_offset);
      }
    } else if (signature == 0x02014b50) {
      size_t name_length = get16(archive, at + 28);
      if (at + 46 + name_length <= archive.size() &&
          archive.compare(at + 46, name_length, entry) == 0 && name_length == entry.size()) {
        offsets.push_back(at + local_offset + 2);
      }
    }
  }
  if (offsets.size() != 2)
    throw std::runtime_error("zip entry headers not found: " + std::string(entry));
  return offsets;
}

}  // namespace

void patch_zip_field(std::string& archive, std::string_view entry, ZipField field,
                     std::uint32_t value) {
  for (size_t at : field_offsets(archive, entry, field)) put32(archive, at, value);
}

std::uint32_t zip_field(const std::string& archive, std::string_view entry, ZipField field) {
  return get32(archive, field_offsets(archive, entry, field)[1]);
}

}  // namespace kpiconv::test
