#include "converter/batch/batch_convert.h"

#include <libxml/parser.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

#include "converter/atomic_output.h"
#include "converter/batch/ordered_parallel.h"
#include "converter/batch/project_spool.h"
#include "converter/convert.h"
#include "converter/error.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

// A converted file waiting for its turn in the combined output: its projects parked on disk, the
// rest of it in memory.
struct FileWork {
  FileOutcome outcome;
  std::optional<Filing> rest;
  std::unique_ptr<ProjectSpool> projects;
};

// The combined output sums columns, so its amounts share a unit: each project is converted (when
// --amount-unit has not done so already) and parked.
class CombinedProjects : public ProjectSink {
 public:
  CombinedProjects(const BatchOptions& options, const std::string& input, ProjectSpool& spool)
      : to_combined_unit_({options.amount_unit.empty() ? options.combined_amount_unit : "", false,
                           options.language},
                          input),
        spool_(spool) {}
  void project(Project&& project) override {
    to_combined_unit_.apply(project);
    spool_.add(project);
  }
  void add_findings_to(Filing& filing) { to_combined_unit_.add_findings_to(filing); }
  std::vector<std::string> take_warnings() { return to_combined_unit_.take_warnings(); }

 private:
  ProjectSteps to_combined_unit_;
  ProjectSpool& spool_;
};

// Outputs that two inputs would share (a.docx and a.csv in one folder) keep the input's extension.
std::vector<bool> clashing_outputs(const std::vector<BatchInput>& inputs, const Writer& writer) {
  std::map<fs::path, int> uses;
  for (const BatchInput& input : inputs) ++uses[batch_output_path({}, input, writer, false)];
  std::vector<bool> clashes;
  for (const BatchInput& input : inputs) {
    clashes.push_back(uses[batch_output_path({}, input, writer, false)] > 1);
  }
  return clashes;
}

bool is_via_libreoffice(const SourceInfo& source) {
  return source.format.find("via LibreOffice") != std::string::npos;
}

void note_written(FileOutcome& outcome, const fs::path& output, const WriteReport& report) {
  outcome.output = output.string();
  for (const std::string& warning : report.warnings) {
    outcome.warnings.push_back(output.string() + ": " + warning);
  }
}

FileWork convert_one(const BatchInput& input, const BatchOptions& options, const fs::path& output) {
  FileWork work;
  work.outcome.input = input.path;
  try {
    const ConvertSteps steps{options.amount_unit, options.validate, options.language};
    if (!output.empty()) {
      if (same_file(input.path, output)) {
        throw Error(ErrorKind::kOutputFailed, output.string(),
                    "the output would overwrite its input");
      }
      fs::create_directories(output.parent_path());
    }
    // Straight from reader to writer, a project at a time.
    std::optional<CombinedProjects> combined;
    if (options.combined_writer != nullptr) {
      work.projects = std::make_unique<ProjectSpool>();
      combined.emplace(options, input.path, *work.projects);
    }
    Converted converted =
        convert_file(input.path, options.read, steps, output.string(), options.writer,
                     options.write, combined ? &*combined : nullptr);
    work.outcome.via_libreoffice = is_via_libreoffice(converted.rest.source);
    if (combined) {
      combined->add_findings_to(converted.rest);
      for (std::string& warning : combined->take_warnings()) {
        converted.warnings.push_back(std::move(warning));
      }
    }
    for (const std::string& warning : converted.warnings) {
      work.outcome.warnings.push_back(input.path + ": " + warning);
    }
    if (!output.empty()) note_written(work.outcome, output, converted.report);
    if (combined) work.rest = std::move(converted.rest);
    work.outcome.converted = true;
  } catch (const Error& error) {
    work.outcome.error = error.what();
  } catch (const fs::filesystem_error& error) {
    work.outcome.error = input.path + ": " + error.what();
  } catch (const std::bad_alloc&) {
    work.outcome.error = input.path + ": out of memory";
  } catch (const std::exception& error) {
    // A bug, but one file's: the batch goes on and says which file to report.
    work.outcome.error = input.path + ": internal error: " + error.what();
  }
  return work;
}

}  // namespace

fs::path batch_output_path(const fs::path& folder, const BatchInput& input, const Writer& writer,
                           bool keep_input_extension) {
  fs::path relative = input.relative;
  std::string extension(writer.extensions().front());
  if (keep_input_extension) {
    relative += extension;
  } else {
    relative.replace_extension(extension);
  }
  return folder.empty() ? relative : folder / relative;
}

BatchSummary convert_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options,
                           BatchObserver* observer) {
  const auto started = std::chrono::steady_clock::now();
  xmlInitParser();  // once, before any thread parses
  std::vector<bool> clashes;
  if (!options.output_folder.empty()) clashes = clashing_outputs(inputs, *options.writer);

  std::optional<AtomicOutput> combined_file;
  std::unique_ptr<CombinedWriter> combined;
  if (options.combined_writer != nullptr) {
    combined_file.emplace(options.combined_output);
    combined = options.combined_writer->combine(combined_file->temporary(), options.write);
    if (!combined) {
      throw Error(ErrorKind::kUsage, options.combined_output.string(),
                  "the " + std::string(options.combined_writer->name()) +
                      " format holds one filing: combine into .xlsx or .csv");
    }
  }

  BatchSummary summary;
  for_each_in_order<FileWork>(
      inputs.size(), options.jobs, 2 * static_cast<std::size_t>(std::max(options.jobs, 1)),
      [&](std::size_t i) {
        fs::path output;
        if (!options.output_folder.empty()) {
          output = batch_output_path(options.output_folder, inputs[i], *options.writer, clashes[i]);
        }
        return convert_one(inputs[i], options, output);
      },
      [&](std::size_t i, FileWork work) {
        if (combined) {
          if (work.rest) {
            std::unique_ptr<FilingStream> filing = combined->next_filing(inputs[i].path);
            work.projects->replay(*filing);
            filing->finish(*work.rest);
          } else {
            combined->add_failure(inputs[i].path, work.outcome.error);
          }
        }
        if (work.outcome.converted) {
          ++summary.converted;
          if (work.outcome.via_libreoffice) ++summary.via_libreoffice;
        } else {
          summary.failures.push_back(work.outcome);
        }
        if (observer != nullptr) observer->file_finished(work.outcome, i + 1, inputs.size());
      });
  if (combined) {
    try {
      summary.warnings = combined->finish().warnings;
    } catch (...) {
      combined_file->rethrow_naming_target();
    }
    combined_file->commit();
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace kpiconv
