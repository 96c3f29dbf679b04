// Where a part produced as a stream waits until the package is written: an anonymous temporary
// file. The part never has to sit in memory, and libzip learns its exact size before writing the
// entry; given a source of unknown size, libzip marks the entry zip64 whatever its size, which
// some consumers of OOXML handle badly.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace kpiconv::ooxml {

// Writes a part's content to the stream it is given, in as many pieces as it likes.
using PartProducer = std::function<void(std::ostream& out)>;

struct FileClose {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FileHandle = std::unique_ptr<std::FILE, FileClose>;

// Runs `produce` into an anonymous file created in `folder` and returns the file rewound to its
// start. The file has no name (it is unlinked as soon as it is created), so it vanishes with its
// handle even if the process dies. Exceptions from `produce` pass through. A write that fails
// (e.g. the disk is full) throws Error(kOutputFailed, output, cause) naming `part_name`.
FileHandle spool_part(const PartProducer& produce, const std::filesystem::path& folder,
                      const std::string& output, std::string_view part_name);

}  // namespace kpiconv::ooxml
