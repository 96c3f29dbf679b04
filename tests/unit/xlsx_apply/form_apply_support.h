// Helpers for the form-workbook applier's tests: a form workbook of a filing, an edited filing
// taken through a normalized workbook (as a user's edited file would be), the applier run to a
// scratch file, and the entries of a package to compare.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "converter/diff/filing_diff.h"
#include "converter/model/filing.h"
#include "converter/registry/format.h"

namespace kpiconv::form_apply_test {

// `filing` written as a form workbook (`layout` "form") or a normalized one.
std::string write_workbook(const Filing& filing, const std::string& name,
                           const std::string& layout = "form");

struct Applied {
  Filing original;  // read from the original workbook
  Filing edited;    // the edits as read back from a normalized workbook
  FilingDiff diff;
  ApplyReport report;
  std::string output;
  Filing result;  // the output read back
};

// Reads `original_path`, writes `edited` to a normalized workbook and reads it back, diffs, and
// applies the diff with the registered "xlsx" applier into a scratch file named `name`.
Applied apply_edits_to(const std::string& original_path, const Filing& edited,
                       const std::string& name);

// Every entry of a zip: name → uncompressed content.
std::map<std::string, std::string> zip_entries(const std::string& path);

// Differences between two filings as text, "" when there are none.
std::string describe_differences(const Filing& expected, const Filing& actual);

}  // namespace kpiconv::form_apply_test
