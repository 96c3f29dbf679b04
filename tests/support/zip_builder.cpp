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
// Little-endian fields appended to `out`.
void append(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>(value >> (8 * i)));
}

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kZip64End = 0x06064b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint16_t kZip64ExtraId = 0x0001;
constexpr std::uint16_t kZip64Version = 45;
constexpr std::uint32_t kSaturated32 = 0xFFFFFFFF;

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

void rename_zip_entry(std::string& archive, std::string_view from, std::string_view to) {
  if (from.size() != to.size()) throw std::runtime_error("rename_zip_entry: lengths differ");
  // The CRC field's offsets locate both headers; the name follows each at a fixed distance.
  std::vector<size_t> crc_offsets = field_offsets(archive, from, ZipField::kCrc);
  archive.replace(crc_offsets[0] - 14 + 30, to.size(), to);
  archive.replace(crc_offsets[1] - 16 + 46, to.size(), to);
}

std::string as_zip64(const std::string& archive) {
  size_t end = archive.rfind("PK\x05\x06");
  if (end == std::string::npos) throw std::runtime_error("as_zip64: no end of central directory");
  const std::uint16_t count = get16(archive, end + 10);
  size_t central = get32(archive, end + 16);
  std::string local_part;
  std::string central_part;
  for (std::uint16_t i = 0; i < count; ++i) {
    if (get32(archive, central) != kCentralHeader) throw std::runtime_error("as_zip64: bad record");
    const std::uint16_t name_length = get16(archive, central + 28);
    const size_t record_length =
        46 + name_length + get16(archive, central + 30) + get16(archive, central + 32);
    const std::uint32_t compressed = get32(archive, central + 20);
    const std::uint32_t uncompressed = get32(archive, central + 24);
    const size_t local = get32(archive, central + 42);
    if (get16(archive, local + 6) & 0x0008) throw std::runtime_error("as_zip64: data descriptor");
    const size_t data = local + 30 + get16(archive, local + 26) + get16(archive, local + 28);
    const std::string name = archive.substr(central + 46, name_length);
    const std::uint64_t new_local = local_part.size();

    // Local header: version, flags, method, time, date and CRC kept; sizes in the extra field.
    append(local_part, kLocalHeader, 4);
    append(local_part, kZip64Version, 2);
    local_part.append(archive, local + 6, 8);   // flags, method, time, date
    local_part.append(archive, local + 14, 4);  // CRC-32
    append(local_part, kSaturated32, 4);
    append(local_part, kSaturated32, 4);
    append(local_part, name_length, 2);
    append(local_part, 20, 2);
    local_part += name;
    append(local_part, kZip64ExtraId, 2);
    append(local_part, 16, 2);
    append(local_part, uncompressed, 8);
    append(local_part, compressed, 8);
    local_part.append(archive, data, compressed);

    // Central record: the same, plus the local header's offset in the extra field.
    append(central_part, kCentralHeader, 4);
    central_part.append(archive, central + 4, 2);  // version made by
    append(central_part, kZip64Version, 2);
    central_part.append(archive, central + 8, 12);  // flags, method, time, date, CRC-32
    append(central_part, kSaturated32, 4);
    append(central_part, kSaturated32, 4);
    append(central_part, name_length, 2);
    append(central_part, 28, 2);
    append(central_part, 0, 2);                     // no comment
    central_part.append(archive, central + 34, 8);  // disk, internal and external attributes
    append(central_part, kSaturated32, 4);
    central_part += name;
    append(central_part, kZip64ExtraId, 2);
    append(central_part, 24, 2);
    append(central_part, uncompressed, 8);
    append(central_part, compressed, 8);
    append(central_part, new_local, 8);
    central += record_length;
  }

  std::string zip64 = local_part + central_part;
  const std::uint64_t zip64_end = zip64.size();
  append(zip64, kZip64End, 4);
  append(zip64, 44, 8);  // the record's size after this field
  append(zip64, kZip64Version, 2);
  append(zip64, kZip64Version, 2);
  append(zip64, 0, 4);  // this disk
  append(zip64, 0, 4);  // the central directory's disk
  append(zip64, count, 8);
  append(zip64, count, 8);
  append(zip64, central_part.size(), 8);
  append(zip64, local_part.size(), 8);
  append(zip64, kZip64Locator, 4);
  append(zip64, 0, 4);
  append(zip64, zip64_end, 8);
  append(zip64, 1, 4);  // disks in all
  append(zip64, kEndOfCentralDirectory, 4);
  append(zip64, 0, 4);  // this disk, the central directory's disk
  append(zip64, 0xFFFF, 2);
  append(zip64, 0xFFFF, 2);
  append(zip64, kSaturated32, 4);
  append(zip64, kSaturated32, 4);
  append(zip64, 0, 2);  // no comment
  return zip64;
}

std::string after_prefix(const std::string& prefix, const std::string& archive) {
  std::string moved = archive;
  size_t end = moved.rfind("PK\x05\x06");
  if (end == std::string::npos)
    throw std::runtime_error("after_prefix: no end of central directory");
  const std::uint16_t count = get16(moved, end + 10);
  const auto shift = static_cast<std::uint32_t>(prefix.size());
  size_t central = get32(moved, end + 16);
  for (std::uint16_t i = 0; i < count; ++i) {
    if (get32(moved, central) != kCentralHeader)
      throw std::runtime_error("after_prefix: bad record");
    put32(moved, central + 42, get32(moved, central + 42) + shift);  // the local header's offset
    central +=
        46 + get16(moved, central + 28) + get16(moved, central + 30) + get16(moved, central + 32);
  }
  put32(moved, end + 16, get32(moved, end + 16) + shift);  // the central directory's offset
  return prefix + moved;
}

}  // namespace kpiconv::test
