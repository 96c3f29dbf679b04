#include "converter/cli/exit_status.h"

#include <iostream>

namespace kpiconv::cli {

int exit_status_for(const Error& error) {
  switch (error.kind()) {
    case ErrorKind::kUsage:
      return kUsage;
    case ErrorKind::kUnreadable:
      return kUnreadableInput;
    case ErrorKind::kOutputFailed:
      return kOutputFailed;
  }
  return kInternalError;
}

namespace {

void report(const char* kind, const std::string& message) {
  std::string line = message;
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  std::cerr << "kpiconv: " << kind << ": " << line << '\n';
}

}  // namespace

void report_error(const std::string& message) {
  report("error", message);
}
void report_warning(const std::string& message) {
  report("warning", message);
}

}  // namespace kpiconv::cli
