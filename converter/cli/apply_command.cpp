#include <iostream>
#include <memory>

#include "converter/apply.h"
#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/read_limit_options.h"
#include "converter/diff/diff_report.h"

namespace kpiconv::cli {
namespace {

struct ApplyOptions {
  std::string original;
  std::string edited;
  std::string output;
  std::string language = "zh";
  ReadOptions read;
};

std::string quoted(const std::string& text, Language language) {
  return language == Language::kEnglish ? "\"" + text + "\"" : "“" + text + "”";
}

// One line per edit: "已写入  PROJECT  LABEL  “BEFORE” → “AFTER”  （PLACE）", and for one not
// written, its reason.
void print_edit(const AppliedEdit& edit, Language language) {
  const bool english = language == Language::kEnglish;
  std::cout << (edit.applied ? (english ? "applied    " : "已写入")
                             : (english ? "NOT applied" : "未写入"));
  if (!edit.project.empty()) std::cout << "  " << edit.project;
  std::cout << "  " << edit_label(edit.what, language);
  if (!edit.before.empty() || !edit.after.empty()) {
    std::cout << "  " << quoted(edit.before, language) << " → " << quoted(edit.after, language);
  }
  if (!edit.where.empty()) {
    std::cout << (english ? "  (" : "  （") << edit.where.to_string() << (english ? ")" : "）");
  }
  if (!edit.applied) std::cout << (english ? ": " : "：") << edit.problem;
  std::cout << '\n';
}

int run_apply(const ApplyOptions& options) {
  Language language = language_named(options.language);
  ApplyResult result = apply_edits(options.original, options.edited, options.output, options.read);
  size_t applied = 0;
  for (const AppliedEdit& edit : result.report.edits) {
    print_edit(edit, language);
    applied += edit.applied ? 1 : 0;
  }
  for (const std::string& warning : result.report.warnings) {
    report_warning(options.output + ": " + warning);
  }
  const size_t total = result.report.edits.size();
  if (language == Language::kEnglish) {
    std::cout << total << (total == 1 ? " edit" : " edits") << ": " << applied << " applied, "
              << total - applied << " not applied; written to " << options.output << '\n';
  } else {
    std::cout << "共 " << total << " 处修改：" << applied << " 处已写入，" << total - applied
              << " 处未写入；输出：" << options.output << '\n';
  }
  return applied == total ? kDone : kFindingsOrDifferences;
}

}  // namespace

CommandRunner add_apply_command(CLI::App& app) {
  auto options = std::make_shared<ApplyOptions>();
  CLI::App* command = app.add_subcommand(
      "apply",
      "Write the edits of EDITED (any format) into a copy of ORIGINAL (a Word document) in place "
      "(exit 1 when an edit could not be written)");
  command->add_option("ORIGINAL", options->original, "The original filing (.docx)")->required();
  command->add_option("EDITED", options->edited, "The edited filing, in any format")->required();
  command->add_option("-o,--output", options->output, "The original with the edits written in")
      ->required();
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_apply(*options);
  };
}

}  // namespace kpiconv::cli
