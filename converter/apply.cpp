#include "converter/apply.h"

#include <system_error>

#include "converter/atomic_output.h"
#include "converter/convert.h"
#include "converter/diff/diff_report.h"
#include "converter/diff/filing_diff.h"
#include "converter/error.h"
#include "converter/model/flat_columns.h"
#include "converter/registry/registry.h"

namespace kpiconv {
namespace {

// An indicator's "extra.值类型" … "extra.值备注": the parse kpiconv writes beside 指标值 in a
// workbook, kept by the reader when it no longer agrees with the value (the value was edited, the
// parse was not). Derived, never source text: not written into the original.
bool is_parse_extra(const std::string& field) {
  if (!field.starts_with("extra.")) return false;
  std::string_view name = std::string_view(field).substr(6);
  for (FlatColumn column :
       {FlatColumn::kValueKind, FlatColumn::kValueComparator, FlatColumn::kValueNumber,
        FlatColumn::kValueUpper, FlatColumn::kValueUnit, FlatColumn::kValueDate,
        FlatColumn::kValueNote}) {
    if (name == heading(column)) return true;
  }
  return false;
}

// The diff without parse columns (is_parse_extra), each one left out said in `warnings`.
FilingDiff without_parse_extras(FilingDiff diff, std::vector<std::string>& warnings) {
  for (ProjectChange& project : diff.projects) {
    std::vector<IndicatorChange> kept;
    for (IndicatorChange& indicator : project.indicators) {
      std::vector<FieldChange> fields;
      for (FieldChange& field : indicator.fields) {
        if (is_parse_extra(field.field)) {
          warnings.push_back(project.identity + " indicator " +
                             std::to_string(indicator.pair.after + 1) + ": " +
                             field.field.substr(6) + " \"" + field.after +
                             "\" is derived from 指标值 and not written into the original");
        } else {
          fields.push_back(std::move(field));
        }
      }
      bool only_parse = !indicator.fields.empty() && fields.empty();
      indicator.fields = std::move(fields);
      if (!only_parse || indicator.kind != ChangeKind::kChanged)
        kept.push_back(std::move(indicator));
    }
    project.indicators = std::move(kept);
  }
  std::erase_if(diff.projects, [](const ProjectChange& project) {
    return project.kind == ChangeKind::kChanged && project.fields.empty() &&
           project.indicators.empty();
  });
  return diff;
}

// The differences left between the output and the edited filing, named as AppliedEdit names
// edits: project identity and what.
std::vector<std::pair<std::string, std::string>> left_over(const FilingDiff& diff) {
  std::vector<std::pair<std::string, std::string>> left;
  for (const FieldChange& field : diff.filing_fields) left.emplace_back("", field.field);
  for (const ProjectChange& project : diff.projects) {
    if (project.kind != ChangeKind::kChanged) {
      left.emplace_back(project.identity, std::string("project ") + to_string(project.kind));
      continue;
    }
    for (const FieldChange& field : project.fields)
      left.emplace_back(project.identity, field.field);
    for (const IndicatorChange& indicator : project.indicators) {
      int number = (indicator.pair.after >= 0 ? indicator.pair.after : indicator.pair.before) + 1;
      std::string what = "indicator " + std::to_string(number);
      if (indicator.kind == ChangeKind::kAdded || indicator.kind == ChangeKind::kRemoved) {
        left.emplace_back(project.identity, what + " " + to_string(indicator.kind));
      }
      for (const FieldChange& field : indicator.fields) {
        if (!is_parse_extra(field.field))
          left.emplace_back(project.identity, what + " " + field.field);
      }
    }
  }
  for (const TableChange& table : diff.tables) {
    std::string what =
        "table " +
        std::to_string((table.pair.before >= 0 ? table.pair.before : table.pair.after) + 1);
    if (table.kind != ChangeKind::kChanged) {
      left.emplace_back("", what + " " + to_string(table.kind));
      continue;
    }
    if (table.shape_changed) left.emplace_back("", what + " rows and columns");
    for (const CellChange& cell : table.cells) {
      left.emplace_back("", what + " cell " + cell_name(cell.row, cell.col));
    }
  }
  return left;
}

// Reads the output back: whatever still differs from the edited filing was not done, whatever the
// applier said; a difference no reported edit names is reported as one more edit not done.
void check_output(const std::string& path, const Filing& edited, const ReadOptions& options,
                  ApplyReport& report) {
  Filing written = read_filing(path, options);
  for (const auto& [project, what] : left_over(diff_filings(written, edited))) {
    bool named = false;
    for (AppliedEdit& edit : report.edits) {
      if (edit.project != project || edit.what != what) continue;
      named = true;
      if (edit.applied) {
        edit.applied = false;
        edit.problem = "written, but the output read back does not say so";
      }
    }
    if (!named) {
      report.edits.push_back({project,
                              what,
                              "",
                              "",
                              {},
                              false,
                              "the output read back differs from the edited file here"});
    }
  }
}

}  // namespace

ApplyResult apply_edits(const std::string& original_path, const std::string& edited_path,
                        const std::string& output, const ReadOptions& options) {
  const Registry& registry = builtin_registry();
  if (output != "-" && same_file(original_path, output)) {
    throw Error(ErrorKind::kUsage, output,
                "the output would overwrite the original; write it to another file");
  }
  Filing original = read_filing(original_path, options);
  const EditApplier* applier = registry.applier_for(original.source.format);
  if (applier == nullptr) {
    throw Error(ErrorKind::kUsage, original_path,
                "edits cannot be applied to a " + original.source.format +
                    " original: apply writes into Word documents and form-layout workbooks; "
                    "convert the edited file instead");
  }
  Filing edited = read_filing(edited_path, options);
  std::vector<std::string> warnings;
  if (edited.source.format == "csv") {
    // A CSV file holds projects and indicators only: what it cannot say is not taken as removed.
    edited.title = original.title;
    edited.tables = original.tables;
    warnings.push_back(
        "the edited file is CSV, which holds no title and no other tables: the original's are "
        "kept");
  }
  FilingDiff diff = without_parse_extras(diff_filings(original, edited), warnings);

  ApplyResult result;
  result.original_format = original.source.format;
  result.edited_format = edited.source.format;
  if (output == "-") throw Error(ErrorKind::kUsage, output, "apply writes a file: give -o FILE");
  AtomicOutput file(output);
  result.report = file.produce([&](const std::filesystem::path& temporary) {
    ApplyReport report = applier->apply(original_path, original, edited, diff, temporary, output);
    report.warnings.insert(report.warnings.begin(), warnings.begin(), warnings.end());
    check_output(temporary.string(), edited, options, report);
    return report;
  });
  file.commit();
  return result;
}

}  // namespace kpiconv
