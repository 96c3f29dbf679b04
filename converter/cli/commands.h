// One file per command: each adds its subcommand and options to the app and runs it.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace kpiconv::cli {

using CommandRunner = std::function<int()>;

CommandRunner add_convert_command(CLI::App& app);
CommandRunner add_inspect_command(CLI::App& app);
CommandRunner add_validate_command(CLI::App& app);
CommandRunner add_apply_command(CLI::App& app);
CommandRunner add_diff_command(CLI::App& app);
CommandRunner add_merge_command(CLI::App& app);
CommandRunner add_templates_command(CLI::App& app);

}  // namespace kpiconv::cli
