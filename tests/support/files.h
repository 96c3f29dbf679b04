// Scratch files for tests: one folder per test process, removed when the process exits.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kpiconv::test {

// A path named `name` in this test process's scratch folder.
std::filesystem::path scratch_path(std::string_view name);
// A fresh, empty folder in the scratch folder.
std::string make_temp_dir(const std::string& name);
std::string read_bytes(const std::filesystem::path& path);
void write_bytes(const std::filesystem::path& path, std::string_view bytes);

}  // namespace kpiconv::test
