#include <iostream>
#include <memory>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/diff/diff_report.h"
#include "converter/diff/filing_diff.h"

namespace kpiconv::cli {
namespace {

struct DiffOptions {
  std::string a;
  std::string b;
  std::string format = "text";
  std::string language = "zh";
  ReadOptions read;
};

int run_diff(const DiffOptions& options) {
  Filing before = read_filing(options.a, options.read);
  Filing after = read_filing(options.b, options.read);
  FilingDiff diff = diff_filings(before, after);
  if (options.format == "json") {
    std::cout << diff_to_json(diff, before, after)
                     .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
  } else {
    write_diff_text(diff, before, after, language_named(options.language), std::cout);
  }
  return diff.empty() ? kDone : kFindingsOrDifferences;
}

}  // namespace

CommandRunner add_diff_command(CLI::App& app) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "List what differs between two filings, in any formats (exit 1 when they differ)");
  command->add_option("A", options->a, "The filing before (DOCX, XLSX or CSV)")->required();
  command->add_option("B", options->b, "The filing after (DOCX, XLSX or CSV)")->required();
  command->add_option("--format", options->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_diff(*options);
  };
}

}  // namespace kpiconv::cli
