#include "formats/legacy/cfb_directory.h"

#include "converter/text/text.h"

#include <array>
#include <cstdint>
#include <unordered_map>

namespace kpiconv::legacy {
namespace {

constexpr std::uint32_t kMaxRegularSector = 0xFFFFFFFA;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::size_t kEntrySize = 128;
constexpr std::size_t kMaxEntries = 1 << 20;

std::uint16_t u16(const unsigned char* p) {
  return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
std::uint32_t u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

// The name of a 128-byte directory entry (UTF-16LE, length in bytes including the terminating
// NUL), or nullopt when the entry is unused or implausible.
std::optional<std::string> entry_name(const unsigned char* entry) {
  std::uint16_t length = u16(entry + 64);
  unsigned char type = entry[66];
  if (type != 1 && type != 2 && type != 5) return std::nullopt;  // storage, stream, root
  if (length < 2 || length > 64 || length % 2 != 0) return std::nullopt;
  std::string name;
  for (std::size_t i = 0; i + 2 < length; i += 2) {
    std::uint32_t unit = u16(entry + i);
    if (unit == 0) break;
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 4 < length) {
      std::uint32_t low = u16(entry + i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(name,
                    static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
        i += 2;
        continue;
      }
    }
    append_utf8(name, static_cast<char32_t>(unit));
  }
  return name;
}

class CompoundFile {
 public:
  explicit CompoundFile(std::istream& in) : in_(in) {
    in_.seekg(0, std::ios::end);
    std::streamoff end = in_.tellg();
    size_ = end > 0 ? static_cast<std::uint64_t>(end) : 0;
  }

  std::optional<std::vector<std::string>> entry_names() {
    std::array<unsigned char, 512> header{};
    if (!read_at(0, header.data(), header.size())) return std::nullopt;
    std::string_view magic(reinterpret_cast<const char*>(header.data()), 8);
    if (magic != kCfbMagic) return std::nullopt;
    std::uint16_t shift = u16(header.data() + 30);
    if (shift != 9 && shift != 12) return std::nullopt;
    sector_size_ = std::size_t{1} << shift;
    sector_count_ = size_ / sector_size_;  // sectors after the header, rounded up below
    if (size_ % sector_size_ != 0) ++sector_count_;
    if (!collect_fat_sectors(header.data())) return std::nullopt;

    std::vector<std::string> names;
    std::vector<unsigned char> sector(sector_size_);
    std::uint32_t current = u32(header.data() + 48);
    // A chain can visit each sector at most once; more steps means a cycle.
    for (std::uint64_t steps = 0; current != kEndOfChain; ++steps) {
      if (current > kMaxRegularSector || steps > sector_count_) return std::nullopt;
      if (!read_sector(current, sector.data())) return std::nullopt;
      for (std::size_t offset = 0; offset + kEntrySize <= sector_size_; offset += kEntrySize) {
        if (auto name = entry_name(sector.data() + offset)) names.push_back(std::move(*name));
        if (names.size() > kMaxEntries) return std::nullopt;
      }
      std::optional<std::uint32_t> next = fat_entry(current);
      if (!next) return std::nullopt;
      current = *next;
    }
    return names;
  }

 private:
  bool read_at(std::uint64_t offset, unsigned char* buffer, std::size_t length) {
    if (offset > size_ || length > size_ - offset) return false;
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    in_.read(reinterpret_cast<char*>(buffer), static_cast<std::streamsize>(length));
    return static_cast<std::size_t>(in_.gcount()) == length;
  }

  bool read_sector(std::uint32_t sector, unsigned char* buffer) {
    std::uint64_t offset = (static_cast<std::uint64_t>(sector) + 1) * sector_size_;
    return read_at(offset, buffer, sector_size_);
  }

  // The FAT's own sectors: the first 109 listed in the header, the rest in the DIFAT chain.
  bool collect_fat_sectors(const unsigned char* header) {
    std::uint32_t fat_count = u32(header + 44);
    if (fat_count > sector_count_) return false;
    for (std::size_t i = 0; i < 109 && fat_sectors_.size() < fat_count; ++i) {
      fat_sectors_.push_back(u32(header + 76 + 4 * i));
    }
    std::uint32_t difat = u32(header + 68);
    std::vector<unsigned char> sector(sector_size_);
    const std::size_t per_sector = sector_size_ / 4 - 1;
    for (std::uint64_t steps = 0; fat_sectors_.size() < fat_count; ++steps) {
      if (difat > kMaxRegularSector || steps > sector_count_) return false;
      if (!read_sector(difat, sector.data())) return false;
      for (std::size_t i = 0; i < per_sector && fat_sectors_.size() < fat_count; ++i) {
        fat_sectors_.push_back(u32(sector.data() + 4 * i));
      }
      difat = u32(sector.data() + 4 * per_sector);
    }
    return true;
  }

  std::optional<std::uint32_t> fat_entry(std::uint32_t sector) {
    const std::size_t per_sector = sector_size_ / 4;
    std::size_t index = sector / per_sector;
    if (index >= fat_sectors_.size()) return std::nullopt;
    std::uint32_t fat_sector = fat_sectors_[index];
    if (fat_sector > kMaxRegularSector) return std::nullopt;
    std::array<unsigned char, 4> value{};
    std::uint64_t offset =
        (static_cast<std::uint64_t>(fat_sector) + 1) * sector_size_ + (sector % per_sector) * 4;
    if (!read_at(offset, value.data(), value.size())) return std::nullopt;
    return u32(value.data());
  }

  std::istream& in_;
  std::uint64_t size_ = 0;
  std::size_t sector_size_ = 512;
  std::uint64_t sector_count_ = 0;
  std::vector<std::uint32_t> fat_sectors_;
};

}  // namespace

std::optional<std::vector<std::string>> read_cfb_entry_names(std::istream& in) {
  CompoundFile file(in);
  return file.entry_names();
}

std::vector<std::string> scan_cfb_entry_names(std::istream& in, std::size_t max_bytes) {
  std::vector<std::string> names;
  std::vector<unsigned char> block(kEntrySize);
  in.clear();
  in.seekg(512);
  for (std::size_t offset = 512; offset + kEntrySize <= max_bytes; offset += kEntrySize) {
    in.read(reinterpret_cast<char*>(block.data()), static_cast<std::streamsize>(kEntrySize));
    if (static_cast<std::size_t>(in.gcount()) != kEntrySize) break;
    if (auto name = entry_name(block.data())) {
      if (!name->empty()) names.push_back(std::move(*name));
    }
    if (names.size() > kMaxEntries) break;
  }
  return names;
}

}  // namespace kpiconv::legacy
