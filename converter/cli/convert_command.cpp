#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>

#include "converter/batch/batch_convert.h"
#include "converter/cli/batch_progress.h"
#include "converter/cli/commands.h"
#include "converter/cli/exit_status.h"
#include "converter/cli/language_option.h"
#include "converter/cli/output_writer.h"
#include "converter/cli/read_limit_options.h"
#include "converter/convert.h"
#include "converter/error.h"
#include "converter/registry/registry.h"
#include "formats/csv/text_encoder.h"

namespace kpiconv::cli {
namespace {

struct ConvertOptions {
  std::vector<std::string> inputs;
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
  // Batches
  std::string combine;
  std::vector<std::string> globs;
  int jobs = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  bool quiet = false;
};

WriteOptions write_options_of(const ConvertOptions& options) {
  WriteOptions write_options;
  write_options.encoding = options.encoding;
  write_options.byte_order_mark = !options.no_bom;
  write_options.layout = options.layout;
  write_options.template_name = options.template_name;
  write_options.csv_raw = options.csv_raw;
  return write_options;
}

int run_single(const ConvertOptions& options) {
  if (options.output.empty()) throw Error(ErrorKind::kUsage, "", "convert needs -o OUTPUT");
  const Writer& writer = choose_writer(options.to, options.output);
  WriteOptions write_options = write_options_of(options);
  ConvertSteps steps{options.amount_unit, options.validate, language_named(options.language)};
  Converted converted = convert_file(options.inputs.front(), options.read, steps, options.output,
                                     &writer, write_options);
  for (const std::string& warning : converted.warnings)
    report_warning(options.inputs.front() + ": " + warning);
  for (const std::string& warning : converted.report.warnings)
    report_warning(options.output + ": " + warning);
  return kDone;
}

// Several inputs, a folder, or --combine: one output per input below -o FOLDER and/or one
// combined output; a file that fails is reported and the batch goes on.
int run_batch(const ConvertOptions& options) {
  namespace fs = std::filesystem;
  if (options.output.empty() && options.combine.empty()) {
    throw Error(ErrorKind::kUsage, "",
                "with several inputs or a folder, give -o FOLDER (one output per input) and/or "
                "--combine OUT.xlsx|OUT.csv (one output of all)");
  }
  BatchOptions batch;
  batch.read = options.read;
  batch.jobs = std::max(1, options.jobs);
  batch.validate = options.validate;
  batch.amount_unit = options.amount_unit;
  batch.language = language_named(options.language);
  batch.write = write_options_of(options);
  const Registry& registry = builtin_registry();
  std::string output = options.output;
  std::string combine = options.combine;
  // A province's workbook takes every filing into one copy of itself.
  if (!options.template_name.empty() && combine.empty() &&
      fs::path(output).extension() == ".xlsx" && !fs::is_directory(output)) {
    combine = output;
    output.clear();
  }
  if (!output.empty()) {
    std::error_code error;
    if (fs::exists(output, error) && !fs::is_directory(output, error)) {
      throw Error(ErrorKind::kUsage, output,
                  "with several inputs or a folder, -o names a folder (to put every filing into "
                  "one file, use --combine)");
    }
    if (!fs::exists(output, error) &&
        registry.writer_for_extension(fs::path(output).extension().string()) != nullptr) {
      throw Error(ErrorKind::kUsage, output,
                  "with several inputs or a folder, -o names a folder, not a file (to put every "
                  "filing into one file, use --combine " +
                      output + ")");
    }
    batch.output_folder = output;
    batch.writer =
        options.to.empty() ? registry.writer_named("xlsx") : &choose_writer(options.to, "");
  }
  if (!combine.empty()) {
    batch.combined_output = combine;
    batch.combined_writer = &choose_writer("", combine);
  }
  std::vector<std::string> extensions;
  for (const std::string& name : registry.reader_names()) {
    for (std::string_view extension : registry.reader_named(name)->extensions()) {
      extensions.emplace_back(extension);
    }
  }
  std::vector<BatchInput> inputs = collect_batch_inputs(options.inputs, options.globs, extensions);
  if (inputs.empty()) throw Error(ErrorKind::kUsage, "", "no input files found");
  BatchProgress progress(!options.quiet && BatchProgress::on_terminal());
  BatchSummary summary = convert_batch(inputs, batch, &progress);
  for (const std::string& warning : summary.warnings) report_warning(combine + ": " + warning);
  progress.finish(summary, inputs.size());
  return summary.failures.empty() ? kDone : kFindingsOrDifferences;
}

bool is_batch(const ConvertOptions& options) {
  return options.inputs.size() > 1 || !options.combine.empty() ||
         std::filesystem::is_directory(options.inputs.front());
}

int run_convert(const ConvertOptions& options) {
  TextEncoder check_encoding(
      options.encoding);  // a bad --encoding is a usage error, before reading
  return is_batch(options) ? run_batch(options) : run_single(options);
}

}  // namespace

CommandRunner add_convert_command(CLI::App& app) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand("convert", "Convert a filing to JSON, CSV, XLSX or DOCX");
  command
      ->add_option("INPUT", options->inputs,
                   "Input filings (DOCX, XLSX or CSV; format found by content), or folders")
      ->required();
  command->add_option("-o,--output", options->output,
                      "Output file, or - for standard output; with several inputs, a folder");
  command->add_option("--combine", options->combine,
                      "Put every filing into this one .xlsx or .csv, with a 来源文件 column");
  command->add_option("--glob", options->globs,
                      "In folders, take the files matching this pattern (default: every "
                      ".docx, .xlsx and .csv); may be repeated");
  command->add_option("-j,--jobs", options->jobs, "Files converted in parallel (default: cores)")
      ->check(CLI::Range(1, 256));
  command->add_flag("-q,--quiet", options->quiet, "No progress bar or summary: errors only");
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
                      "Word output: standard (built in, default), NAME or a .docx; workbook "
                      "output: a province template's NAME or folder (kpiconv templates)");
  add_language_option(command, options->language);
  add_read_limit_options(command, options->read);
  return [command, options]() -> int {
    if (!command->parsed()) return -1;
    return run_convert(*options);
  };
}

}  // namespace kpiconv::cli
