// Exit statuses, in one place (documented in the README).
#pragma once

#include "converter/error.h"

namespace kpiconv::cli {

enum ExitStatus : int {
  kDone = 0,
  kFindingsOrDifferences = 1,
  kUsage = 2,
  kUnreadableInput = 3,
  kOutputFailed = 4,
  kInternalError = 5,
};

int exit_status_for(const Error& error);

// Prints "kpiconv: error: MESSAGE" as one line on standard error.
void report_error(const std::string& message);
// Prints "kpiconv: warning: MESSAGE" as one line on standard error.
void report_warning(const std::string& message);

}  // namespace kpiconv::cli
