#include <iostream>
#include <memory>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/output_writer.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/merge/filing_merge.h"
#include "converter/merge/merge_report.h"
#include "converter/registry/registry.h"

namespace kpiconv::cli {
namespace {

struct MergeOptions {
  std::string base;
  std::string ours;
  std::string theirs;
  std::string output;
  std::string to;
  std::string layout = "normalized";
  std::string template_name;
  std::string language = "zh";
  ReadOptions read;
};

int run_merge(const MergeOptions& options) {
  const Writer& writer = choose_writer(options.to, options.output);
  Language language = language_named(options.language);
  Filing base = read_filing(options.base, options.read);
  Filing ours = read_filing(options.ours, options.read);
  Filing theirs = read_filing(options.theirs, options.read);
  MergeResult result = merge_filings(base, ours, theirs);

  WriteOptions write_options;
  write_options.layout = options.layout;
  write_options.template_name = options.template_name;
  if (!result.conflicts.empty()) {
    write_options.report_sheets.push_back(conflicts_report_sheet(result.conflicts, language));
  }
  WriteReport report = write_filing(result.merged, options.output, writer, write_options);
  for (const std::string& warning : report.warnings) {
    report_warning(options.output + ": " + warning);
  }
  for (const MergeConflict& conflict : result.conflicts) {
    std::cerr << conflict_line(conflict, language) << '\n';
  }
  return result.conflicts.empty() ? kDone : kFindingsOrDifferences;
}

}  // namespace

CommandRunner add_merge_command(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand("merge",
                                         "Three-way merge of filings: combine OURS's and THEIRS's "
                                         "edits of BASE (exit 1 on conflicts)");
  command->add_option("BASE", options->base, "The filing both sides started from")->required();
  command->add_option("OURS", options->ours, "Our edited filing (kept where both sides differ)")
      ->required();
  command->add_option("THEIRS", options->theirs, "Their edited filing")->required();
  command->add_option("-o,--output", options->output, "Output file, or - for standard output")
      ->required();
  command->add_option("--to", options->to, "Output format (default: from the output's extension)")
      ->check(CLI::IsMember(builtin_registry().writer_names()));
  command
      ->add_option("--layout", options->layout,
                   "XLSX layout: normalized (default) or form (a sheet per project)")
      ->check(CLI::IsMember({"normalized", "form"}));
  command->add_option("--template", options->template_name,
                      "DOCX template: standard (built in, default), NAME, or a .docx path");
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_merge(*options);
  };
}

}  // namespace kpiconv::cli
