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

CommandResult run_kpiconv(const std::vector<std::string>& arguments, int seconds) {
  static int counter = 0;
  std::string scratch = make_temp_dir("run" + std::to_string(++counter));
  std::string command = "cd " + shell_quote(source_dir()) + " && timeout " +
                        std::to_string(seconds) + " " + shell_quote(KPICONV_BINARY);
  for (const std::string& argument : arguments) command += " " + shell_quote(argument);
  command += " >" + shell_quote(scratch + "/out") + " 2>" + shell_quote(scratch + "/err");
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_bytes(scratch + "/out");
  result.err = read_bytes(scratch + "/err");
  std::filesystem::remove_all(scratch);
  return result;
}

}  // namespace kpiconv::test
