#include "support/run_command.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kpiconv::test {
namespace {

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

std::string source_dir() {
  return KPICONV_SOURCE_DIR;
}
std::string shared_dir() {
  return std::string(KPICONV_SOURCE_DIR) + "/../shared";
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string make_temp_dir(const std::string& name) {
  std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                 ("kpiconv-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder.string();
}

CommandResult run_kpiconv(const std::vector<std::string>& arguments) {
  static int counter = 0;
  std::string scratch = make_temp_dir("run" + std::to_string(++counter));
  std::string command = "cd " + shell_quote(source_dir()) + " && " + shell_quote(KPICONV_BINARY);
  for (const std::string& argument : arguments) command += " " + shell_quote(argument);
  command += " >" + shell_quote(scratch + "/out") + " 2>" + shell_quote(scratch + "/err");
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(scratch + "/out");
  result.err = read_file(scratch + "/err");
  std::filesystem::remove_all(scratch);
  return result;
}

}  // namespace kpiconv::test
