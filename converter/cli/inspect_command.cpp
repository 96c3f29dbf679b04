#include <iostream>
#include <memory>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/inspect.h"
#include "converter/validate/validator.h"

namespace kpiconv::cli {

CommandRunner add_inspect_command(CLI::App& app) {
  auto input = std::make_shared<std::string>();
  auto language = std::make_shared<std::string>("zh");
  auto limits = std::make_shared<ReadOptions>();
  CLI::App* command = app.add_subcommand(
      "inspect",
      "Summarize a filing: projects, other tables, and what the reading and the checks found");
  command->add_option("INPUT", *input, "Input filing")->required();
  add_language_option(command, *language);
  add_read_limit_options(command, *limits);
  return [command, input, language, limits]() -> int {
    if (!command->parsed()) return -1;
    Filing filing = read_filing(*input, *limits);
    std::vector<Finding> findings = validate_filing(filing, language_named(*language));
    filing.findings.insert(filing.findings.end(), findings.begin(), findings.end());
    write_inspect_summary(filing, language_named(*language), std::cout);
    return kDone;
  };
}

}  // namespace kpiconv::cli
