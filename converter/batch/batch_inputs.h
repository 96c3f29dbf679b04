// The files a batch conversion reads: files named on the command line, and the files found in
// named folders (recursively), in a fixed order so that a batch's outputs never depend on the
// file system's listing order or on -j.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kpiconv {

struct BatchInput {
  std::string path;                // the path to read, as given or joined to its folder
  std::filesystem::path relative;  // below the folder it was found in; a named file: its name
};

// Named files are taken whatever their names. In a folder, a file is taken when its name matches
// one of `globs` (shell patterns, case-insensitive; a pattern with a '/' matches the path below
// the folder), or with no globs when its extension is one of `extensions`; hidden files and
// folders and Office's lock files (~$name) are skipped. Folders are walked in name order; symbolic
// links to folders are not followed. A file found twice is taken once, where it first came. Throws
// Error(kUsage) for a path that does not exist.
std::vector<BatchInput> collect_batch_inputs(const std::vector<std::string>& paths,
                                             const std::vector<std::string>& globs,
                                             const std::vector<std::string>& extensions);

}  // namespace kpiconv
