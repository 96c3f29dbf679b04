// The library's entry points: everything the CLI does is one call here.
#pragma once

#include <filesystem>
#include <string>

#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/registry/format.h"

namespace kpiconv {

// The neutral document of any supported input (format found by content).
Document read_document(const std::string& path, const ReadOptions& options = {});

// The canonical filing of any supported input, streamed from reader to recognizer.
Filing read_filing(const std::string& path, const ReadOptions& options = {});

// Writes `filing` with `writer` to `output` atomically; "-" writes to standard output. Returns
// what the writer had to change to make a valid file.
WriteReport write_filing(const Filing& filing, const std::string& output, const Writer& writer,
                         const WriteOptions& options = {});

}  // namespace kpiconv
