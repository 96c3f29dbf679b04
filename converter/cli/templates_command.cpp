#include <iostream>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/text/display_width.h"
#include "formats/province/province_template.h"

namespace kpiconv::cli {
namespace {

std::string padded(const std::string& text, int width) {
  return text + std::string(static_cast<size_t>(std::max(1, width - display_width(text))), ' ');
}

}  // namespace

CommandRunner add_templates_command(CLI::App& app) {
  CLI::App* command = app.add_subcommand(
      "templates", "List the templates --template can name: Word documents and province workbooks");
  return [command]() -> int {
    if (!command->parsed()) return -1;
    std::vector<province::InstalledTemplate> listed = province::installed_templates();
    int name_width = 6;
    int origin_width = 8;
    for (const province::InstalledTemplate& entry : listed) {
      name_width = std::max(name_width, display_width(entry.name) + 2);
      origin_width = std::max(origin_width, display_width(entry.origin) + 2);
    }
    for (const province::InstalledTemplate& entry : listed) {
      std::cout << padded(entry.kind, 6) << padded(entry.name, name_width)
                << padded(entry.origin, origin_width) << entry.description << '\n';
    }
    return kDone;
  };
}

}  // namespace kpiconv::cli
