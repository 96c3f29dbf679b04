#include <iostream>
#include <memory>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/convert.h"
#include "converter/inspect.h"

namespace kpiconv::cli {

CommandRunner add_inspect_command(CLI::App& app) {
  auto input = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("inspect", "Summarize a filing: projects, other tables, warnings");
  command->add_option("INPUT", *input, "Input filing")->required();
  return [command, input]() -> int {
    if (!command->parsed()) return -1;
    Filing filing = read_filing(*input);
    write_inspect_summary(filing, std::cout);
    return kDone;
  };
}

}  // namespace kpiconv::cli
