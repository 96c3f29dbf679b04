#include "fuzz/harness/fuzz_input_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace kpiconv::fuzz {
namespace {

// A folder of our own (mkdtemp), so parallel fuzzers and test processes never share a file.
class InputFolder {
 public:
  InputFolder() {
    const char* tmpdir = std::getenv("TMPDIR");
    std::string pattern = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp") +
                          "/kpiconv-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot create a folder for fuzz inputs: " + pattern);
    }
    folder_ = pattern;
    file_ = folder_ + "/input";
  }
  ~InputFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  InputFolder(const InputFolder&) = delete;
  InputFolder& operator=(const InputFolder&) = delete;

  const std::string& folder() const { return folder_; }
  const std::string& file() const { return file_; }

 private:
  std::string folder_;
  std::string file_;
};

const InputFolder& input_folder() {
  static const InputFolder folder;
  return folder;
}

}  // namespace

std::string scratch_file_path(std::string_view name) {
  return input_folder().folder() + "/" + std::string(name);
}

const std::string& write_input_file(std::string_view bytes) {
  const InputFolder& folder = input_folder();
  // stdio rather than a stream: this runs for every input, and fopen/fwrite is the cheapest.
  std::FILE* out = std::fopen(folder.file().c_str(), "wb");
  if (out == nullptr) throw std::runtime_error("cannot write " + folder.file());
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
  if (std::fclose(out) != 0 || !written) throw std::runtime_error("cannot write " + folder.file());
  return folder.file();
}

}  // namespace kpiconv::fuzz
