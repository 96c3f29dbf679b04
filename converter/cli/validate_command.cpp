#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/findings_report.h"
#include "converter/validate/validator.h"
#include "formats/json/filing_json.h"

namespace kpiconv::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string language = "zh";
  ReadOptions read;
};

struct Checked {
  std::string path;
  std::string format;
  std::vector<Finding> findings;
  std::string unreadable;  // the error, when the file could not be read
};

void print_text(const std::vector<Checked>& files, Language language) {
  std::vector<Finding> all;
  for (const Checked& file : files) {
    if (!file.unreadable.empty()) continue;  // already reported on standard error
    std::cout << file.path << (language == Language::kEnglish ? ": " : "：")
              << findings_summary(file.findings, language) << '\n';
    for (const Finding& finding : file.findings) {
      std::cout << "  ";
      write_finding_line(finding, language, std::cout);
    }
    all.insert(all.end(), file.findings.begin(), file.findings.end());
  }
  if (files.size() > 1) {
    std::cout << (language == Language::kEnglish ? "In all: " : "合计：")
              << findings_summary(all, language) << '\n';
  }
}

void print_json(const std::vector<Checked>& files) {
  nlohmann::ordered_json report{{"schema", "kpiconv/findings@1"},
                                {"files", nlohmann::ordered_json::array()}};
  size_t errors = 0;
  size_t warnings = 0;
  for (const Checked& file : files) {
    nlohmann::ordered_json entry{{"path", file.path}, {"format", file.format}};
    if (!file.unreadable.empty()) entry["unreadable"] = file.unreadable;
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const Finding& finding : file.findings) {
      findings.push_back(finding_to_json(finding));
      errors += finding.severity == Severity::kError ? 1 : 0;
      warnings += finding.severity == Severity::kWarning ? 1 : 0;
    }
    entry["findings"] = std::move(findings);
    report["files"].push_back(std::move(entry));
  }
  report["summary"] = {{"errors", errors}, {"warnings", warnings}};
  std::cout << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

int run_validate(const ValidateOptions& options) {
  Language language = language_named(options.language);
  std::vector<Checked> files;
  std::vector<Filing> filings;
  filings.reserve(options.inputs.size());
  bool unreadable = false;
  for (const std::string& input : options.inputs) {
    try {
      filings.push_back(read_filing(input, options.read));
      files.push_back({input, filings.back().source.format, filings.back().findings, {}});
    } catch (const Error& error) {
      // One unreadable file does not stop the others.
      if (error.kind() != ErrorKind::kUnreadable) throw;
      report_error(error.what());
      files.push_back({input, "", {}, error.what()});
      unreadable = true;
    }
  }
  std::vector<const Filing*> batch;
  for (const Filing& filing : filings) batch.push_back(&filing);
  std::vector<std::vector<Finding>> findings = validate_batch(batch, language);
  size_t errors = 0;
  for (size_t f = 0, read = 0; f < files.size(); ++f) {
    if (!files[f].unreadable.empty()) continue;
    std::vector<Finding>& mine = findings[read++];
    files[f].findings.insert(files[f].findings.end(), mine.begin(), mine.end());
    errors += count_errors(files[f].findings);
  }
  if (options.format == "json") {
    print_json(files);
  } else {
    print_text(files, language);
  }
  if (unreadable) return kUnreadableInput;
  return errors > 0 ? kFindingsOrDifferences : kDone;
}

}  // namespace

CommandRunner add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand(
      "validate",
      "Check filings for the mistakes a reviewer would point out (exit 1 on any error)");
  command
      ->add_option("INPUT", options->inputs,
                   "Input filings (project codes are checked across them)")
      ->required();
  command->add_option("--format", options->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_validate(*options);
  };
}

}  // namespace kpiconv::cli
