#include <memory>

#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/output_writer.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "converter/validate/validator.h"
#include "converter/values/money_amount_unit.h"
#include "formats/csv/text_encoder.h"

namespace kpiconv::cli {
namespace {

struct ConvertOptions {
  std::string input;
  std::string output;
  std::string to;
  std::string encoding = "utf-8";
  bool no_bom = false;
  bool csv_raw = false;
  std::string layout = "normalized";
  bool validate = false;
  std::string language = "zh";
  std::string amount_unit;
  std::string template_name;
  ReadOptions read;
};

int run_convert(const ConvertOptions& options) {
  const Writer& writer = choose_writer(options.to, options.output);
  WriteOptions write_options;
  write_options.encoding = options.encoding;
  write_options.byte_order_mark = !options.no_bom;
  write_options.layout = options.layout;
  write_options.template_name = options.template_name;
  write_options.csv_raw = options.csv_raw;
  TextEncoder check_encoding(
      options.encoding);  // a bad --encoding is a usage error, before reading
  Language language = language_named(options.language);
  Filing filing = read_filing(options.input, options.read);
  if (!options.amount_unit.empty()) express_amounts_in(filing, options.amount_unit, language);
  if (options.validate) {
    std::vector<Finding> findings = validate_filing(filing, language);
    filing.findings.insert(filing.findings.end(), findings.begin(), findings.end());
  }
  WriteReport report = write_filing(filing, options.output, writer, write_options);
  for (const std::string& warning : report.warnings)
    report_warning(options.output + ": " + warning);
  return kDone;
}

}  // namespace

CommandRunner add_convert_command(CLI::App& app) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand("convert", "Convert a filing to JSON, CSV, XLSX or DOCX");
  command
      ->add_option("INPUT", options->input,
                   "Input filing (DOCX, XLSX or CSV; format found by content)")
      ->required();
  command->add_option("-o,--output", options->output, "Output file, or - for standard output")
      ->required();
  command->add_option("--to", options->to, "Output format (default: from the output's extension)")
      ->check(CLI::IsMember(builtin_registry().writer_names()));
  command->add_option("--encoding", options->encoding, "CSV encoding: utf-8 (default) or gb18030")
      ->check(CLI::IsMember({"utf-8", "gb18030"}, CLI::ignore_case));
  command->add_flag("--no-bom", options->no_bom, "Write UTF-8 CSV without a byte order mark");
  command->add_flag(
      "--csv-raw", options->csv_raw,
      "Do not put ' before CSV cells starting with = + - @ tab or CR (formula injection)");
  command
      ->add_option(
          "--layout", options->layout,
          "XLSX layout: normalized (项目, 指标 sheets; default) or form (a sheet per project)")
      ->check(CLI::IsMember({"normalized", "form"}));
  command->add_flag(
      "--validate", options->validate,
      "Check the filing and put the findings in the output (JSON findings, XLSX 校验)");
  command
      ->add_option("--amount-unit", options->amount_unit,
                   "Express every amount in this unit, exactly: 元 or 万元")
      ->check(CLI::IsMember({"元", "万元"}));
  command->add_option("--template", options->template_name,
                      "DOCX template: standard (built in, default), NAME, or a .docx path");
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_convert(*options);
  };
}

}  // namespace kpiconv::cli
