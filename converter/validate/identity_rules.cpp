// missing-code, code-shape, missing-unit-code (duplicate-code is in validator.cpp: it needs every
// project of the filing or the batch).
#include "converter/normalize/normalizer.h"
#include "converter/validate/finding_reporter.h"

namespace kpiconv {
namespace {

// The seeds' codes: a six-digit county code, the two-digit year, P, and a twelve-character serial
// of digits and capitals ("13073024P00008610002Q").
bool has_code_shape(std::string_view code) {
  if (code.size() != 21 || code[8] != 'P') return false;
  for (size_t i = 0; i < 8; ++i) {
    if (code[i] < '0' || code[i] > '9') return false;
  }
  for (size_t i = 9; i < 21; ++i) {
    char c = code[i];
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

}  // namespace

void check_identity(const Project& project, FindingReporter& reporter) {
  const std::string& name = !project.name.text.empty() ? project.name.text : project.title.text;
  if (project.code.text.empty()) {
    reporter.report("missing-code", project, project.code.where, 0, {{"name", name}});
  } else if (!has_code_shape(normalize_text(project.code.text))) {
    reporter.report("code-shape", project, project.code.where, 0, {{"code", project.code.text}});
  }
  if (project.unit_code.text.empty()) {
    reporter.report("missing-unit-code", project, project.unit_code.where, 0, {{"name", name}});
  }
}

}  // namespace kpiconv
