// The README's two-office round trip is run as written: every `$ ` line of its console block, in a
// folder holding the repository's fixtures and docs, must print exactly the lines shown under it
// and exit with the status its `# exit N` comment gives (0 when it has none).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "converter/convert.h"
#include "support/files.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

struct DocumentedCommand {
  std::string command_line;
  int exit_status = 0;
  std::string output;  // standard output, then standard error
};

// The console block under `heading` in the README, command by command.
std::vector<DocumentedCommand> documented_commands(const std::string& heading) {
  std::string readme = test::read_bytes(test::source_dir() + "/README.md");
  size_t section = readme.find("\n" + heading + "\n");
  if (section == std::string::npos) throw std::runtime_error("README has no " + heading);
  size_t block = readme.find("```console\n", section);
  size_t block_end = readme.find("\n```", block);
  std::istringstream lines(readme.substr(block + 11, block_end - block - 10));
  const std::regex exit_comment(R"(\s+# exit (\d+)$)");
  std::vector<DocumentedCommand> commands;
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("$ ")) {
      DocumentedCommand command;
      command.command_line = line.substr(2);
      std::smatch match;
      if (std::regex_search(command.command_line, match, exit_comment)) {
        command.exit_status = std::stoi(match[1]);
      }
      commands.push_back(command);
    } else if (!commands.empty()) {
      commands.back().output += line + "\n";
    }
  }
  return commands;
}

TEST(ReadmeRoundTrip, EveryCommandPrintsWhatTheReadmeShows) {
  std::vector<DocumentedCommand> commands =
      documented_commands("### The two-office round trip, step by step");
  ASSERT_EQ(commands.size(), 7u);

  std::string folder = test::make_temp_dir("readme-round-trip");
  for (const char* shared : {"fixtures", "docs"}) {
    fs::create_directory_symlink(test::source_dir() + "/" + shared, folder + "/" + shared);
  }
  fs::create_directory(folder + "/out");
  for (const DocumentedCommand& command : commands) {
    test::CommandResult result = test::run_shell(command.command_line, folder);
    EXPECT_EQ(result.exit_status, command.exit_status) << command.command_line << "\n"
                                                       << result.err;
    EXPECT_EQ(result.out + result.err, command.output) << command.command_line;
  }

  // The Word original now says what the merged review says.
  Filing reviewed = read_filing(folder + "/out/001-reviewed.docx");
  EXPECT_EQ(reviewed.projects[0].indicators[1].value.text, "≥98%");
  EXPECT_EQ(reviewed.projects[0].indicators[2].level3.text, "资料归档率");
  EXPECT_EQ(reviewed.projects[1].budget.total.text, "150.00");
  EXPECT_EQ(reviewed.projects[2].goals.text, "1.保证差旅工作能够顺利开展，差旅费按标准报销");
  fs::remove_all(folder);
}

}  // namespace
}  // namespace kpiconv
