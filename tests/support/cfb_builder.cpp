#include "support/cfb_builder.h"

#include <cstdint>

#include "formats/legacy/cfb_directory.h"

namespace kpiconv::test {
namespace {

constexpr std::uint32_t kFreeSector = 0xFFFFFFFF;
constexpr std::uint32_t kEndOfSectorChain = 0xFFFFFFFE;
constexpr std::uint32_t kFatSectorMark = 0xFFFFFFFD;

void cfb_put16(std::string& bytes, size_t at, std::uint16_t value) {
  bytes[at] = static_cast<char>(value & 0xFF);
  bytes[at + 1] = static_cast<char>(value >> 8);
}
void cfb_put32(std::string& bytes, size_t at, std::uint32_t value) {
  for (size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::string cfb_directory_entry(std::u16string_view name, unsigned char type) {
  std::string entry(128, '\0');
  for (size_t i = 0; i < name.size(); ++i)
    cfb_put16(entry, 2 * i, static_cast<std::uint16_t>(name[i]));
  cfb_put16(entry, 64, static_cast<std::uint16_t>(2 * (name.size() + 1)));
  entry[66] = static_cast<char>(type);
  cfb_put32(entry, 68, kFreeSector);  // left sibling
  cfb_put32(entry, 72, kFreeSector);  // right sibling
  cfb_put32(entry, 76, kFreeSector);  // child
  return entry;
}

}  // namespace

std::string compound_file(const std::vector<std::u16string>& streams, bool cyclic_directory) {
  std::string directory = cfb_directory_entry(u"Root Entry", 5);
  for (const std::u16string& name : streams) directory += cfb_directory_entry(name, 2);
  while (directory.size() % 512 != 0) directory += std::string(128, '\0');
  const std::uint32_t directory_sectors = static_cast<std::uint32_t>(directory.size() / 512);

  std::string header(512, '\0');
  header.replace(0, 8, std::string(legacy::kCfbMagic));
  cfb_put16(header, 24, 0x003E);  // minor version
  cfb_put16(header, 26, 3);       // major version
  cfb_put16(header, 28, 0xFFFE);  // byte order
  cfb_put16(header, 30, 9);       // sector shift: 512
  cfb_put16(header, 32, 6);       // mini sector shift
  cfb_put32(header, 44, 1);       // FAT sectors
  cfb_put32(header, 48, 1);       // first directory sector
  cfb_put32(header, 56, 4096);    // mini stream cutoff
  cfb_put32(header, 60, kEndOfSectorChain);
  cfb_put32(header, 68, kEndOfSectorChain);
  for (size_t i = 0; i < 109; ++i) cfb_put32(header, 76 + 4 * i, i == 0 ? 0 : kFreeSector);

  std::string fat(512, '\xFF');
  cfb_put32(fat, 0, kFatSectorMark);
  for (std::uint32_t s = 1; s <= directory_sectors; ++s) {
    cfb_put32(fat, 4 * s,
              s == directory_sectors ? (cyclic_directory ? 1 : kEndOfSectorChain) : s + 1);
  }
  return header + fat + directory;
}

}  // namespace kpiconv::test
