// One error type for everything that stops a command: which file, where in it, and why. The CLI
// maps the kind to an exit status in one place (converter/cli/exit_status.cpp).
#pragma once

#include <stdexcept>
#include <string>

namespace kpiconv {

enum class ErrorKind {
  kUsage,         // the command line or an option value is wrong
  kUnreadable,    // an input file cannot be read as a filing
  kOutputFailed,  // an output file cannot be written
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string file, std::string cause, std::string place = {});

  ErrorKind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  const std::string& cause() const { return cause_; }
  const std::string& place() const { return place_; }

 private:
  ErrorKind kind_;
  std::string file_;
  std::string cause_;
  std::string place_;
};

// An input that cannot be read: "FILE: CAUSE".
[[noreturn]] void throw_unreadable(const std::string& file, const std::string& cause,
                                   const std::string& place = {});

}  // namespace kpiconv
