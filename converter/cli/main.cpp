// kpiconv: the command line. Options are parsed here; the work is done by the library.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <new>
#include <vector>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"

int main(int argc, char** argv) {
  using namespace kpiconv::cli;
  CLI::App app{
      "kpiconv: budget performance-target filings (绩效目标表) between DOCX, XLSX, CSV and JSON"};
  app.set_version_flag("--version", std::string("kpiconv ") + KPICONV_VERSION);
  app.require_subcommand(1);
  std::vector<CommandRunner> commands = {add_convert_command(app),  add_inspect_command(app),
                                         add_validate_command(app), add_diff_command(app),
                                         add_merge_command(app),    add_apply_command(app),
                                         add_templates_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);
    report_error(error.what());
    std::cerr << "Run 'kpiconv --help' for usage.\n";
    return kUsage;
  }

  try {
    for (const CommandRunner& command : commands) {
      int status = command();
      if (status >= 0) return status;
    }
    return kUsage;
  } catch (const kpiconv::Error& error) {
    report_error(error.what());
    return exit_status_for(error);
  } catch (const std::bad_alloc&) {
    report_error("out of memory: the input is too large to read (lower caps refuse it early)");
    return kUnreadableInput;
  } catch (const std::exception& error) {
    report_error(std::string("internal error: ") + error.what());
    return kInternalError;
  }
}
