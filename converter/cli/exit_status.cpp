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

void report_error(const std::string& message) {
  std::string line = message;
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  std::cerr << "kpiconv: error: " << line << '\n';
}

}  // namespace kpiconv::cli
