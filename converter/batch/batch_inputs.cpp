#include "converter/batch/batch_inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <set>
#include <system_error>

#include "converter/error.h"
#include "converter/text/text.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

bool is_hidden_or_lock_file(const fs::path& path) {
  std::string name = path.filename().string();
  return name.starts_with(".") || name.starts_with("~$");
}

bool matches(const fs::path& relative, const std::vector<std::string>& globs,
             const std::vector<std::string>& extensions) {
  if (globs.empty()) {
    std::string extension = ascii_lowercase(relative.extension().string());
    return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
  }
  for (const std::string& glob : globs) {
    bool whole_path = glob.find('/') != std::string::npos;
    std::string subject = whole_path ? relative.generic_string() : relative.filename().string();
    if (fnmatch(glob.c_str(), subject.c_str(), FNM_CASEFOLD | (whole_path ? FNM_PATHNAME : 0)) ==
        0) {
      return true;
    }
  }
  return false;
}

void collect_folder(const fs::path& folder, const std::vector<std::string>& globs,
                    const std::vector<std::string>& extensions, std::vector<BatchInput>& inputs) {
  std::vector<fs::path> found;
  std::error_code error;
  fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied,
                                        error);
  if (error)
    throw Error(ErrorKind::kUsage, folder.string(), "cannot list the folder: " + error.message());
  for (auto entry = walk; entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    if (error)
      throw Error(ErrorKind::kUsage, folder.string(), "cannot list the folder: " + error.message());
    if (is_hidden_or_lock_file(entry->path())) {
      if (entry->is_directory(error)) entry.disable_recursion_pending();
      continue;
    }
    if (!entry->is_regular_file(error)) continue;
    fs::path relative = entry->path().lexically_relative(folder);
    if (matches(relative, globs, extensions)) found.push_back(relative);
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& relative : found) {
    inputs.push_back({(folder / relative).string(), relative});
  }
}

}  // namespace

std::vector<BatchInput> collect_batch_inputs(const std::vector<std::string>& paths,
                                             const std::vector<std::string>& globs,
                                             const std::vector<std::string>& extensions) {
  std::vector<BatchInput> found;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      throw Error(ErrorKind::kUsage, path, "no such file or folder");
    }
    if (fs::is_directory(status)) {
      collect_folder(path, globs, extensions, found);
    } else {
      found.push_back({path, fs::path(path).filename()});
    }
  }
  // A file named twice (or in two folders given) is read once, where it first came.
  std::vector<BatchInput> inputs;
  std::set<fs::path> seen;
  for (BatchInput& input : found) {
    std::error_code error;
    fs::path identity = fs::weakly_canonical(input.path, error);
    if (seen.insert(error ? fs::path(input.path) : identity).second) {
      inputs.push_back(std::move(input));
    }
  }
  return inputs;
}

}  // namespace kpiconv
