// The directory of a Compound File Binary (MS-CFB, "OLE2") file: the names of its storages and
// streams, which is all it takes to say what a legacy Office file is (WordDocument, Workbook,
// EncryptedPackage). Every offset and chain is bounds-checked: the input is untrusted.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpiconv::legacy {

inline constexpr std::string_view kCfbMagic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

// The names (UTF-8) of all storage and stream entries, by walking the header, the FAT and the
// directory chain. nullopt when the structure is damaged (bad header, chain out of the file,
// cycle).
std::optional<std::vector<std::string>> read_cfb_entry_names(std::istream& in);

// A fallback for damaged files: the names of whatever looks like a directory entry at the
// 128-byte-aligned offsets of the first `max_bytes` of the file.
std::vector<std::string> scan_cfb_entry_names(std::istream& in, std::size_t max_bytes);

}  // namespace kpiconv::legacy
