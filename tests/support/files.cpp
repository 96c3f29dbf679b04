#include "support/files.h"

#include <unistd.h>

#include <fstream>
#include <sstream>
#include <system_error>

namespace kpiconv::test {

std::filesystem::path scratch_path(std::string_view name) {
  // One directory per test process, removed when the process exits.
  struct Directory {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("kpiconv_tests_" + std::to_string(::getpid()));
    Directory() { std::filesystem::create_directories(path); }
    ~Directory() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Directory directory;
  return directory.path / std::string(name);
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string make_temp_dir(const std::string& name) {
  std::filesystem::path folder = scratch_path(name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder.string();
}

}  // namespace kpiconv::test
