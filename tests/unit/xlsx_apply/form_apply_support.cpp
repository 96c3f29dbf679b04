#include "unit/xlsx_apply/form_apply_support.h"

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "converter/values/indicator_value.h"
#include "formats/ooxml/zip_archive.h"
#include "support/files.h"

namespace kpiconv::form_apply_test {

std::string write_workbook(const Filing& filing, const std::string& name,
                           const std::string& layout) {
  std::string path = test::scratch_path(name).string();
  WriteOptions options;
  options.layout = layout;
  write_filing(filing, path, *builtin_registry().writer_named("xlsx"), options);
  return path;
}

Applied apply_edits_to(const std::string& original_path, const Filing& edited,
                       const std::string& name) {
  Applied applied;
  applied.original = read_filing(original_path);
  // The parse beside each value as a user's edit leaves it: of the edited text.
  Filing reparsed = edited;
  for (Project& project : reparsed.projects) {
    for (Indicator& indicator : project.indicators) {
      indicator.parsed = parse_indicator_value(indicator.value.text);
    }
  }
  applied.edited = read_filing(write_workbook(reparsed, name + "-edited.xlsx", "normalized"));
  applied.diff = diff_filings(applied.original, applied.edited);
  applied.output = test::scratch_path(name + "-out.xlsx").string();
  const EditApplier* applier = builtin_registry().applier_for("xlsx");
  applied.report = applier->apply(original_path, applied.original, applied.edited, applied.diff,
                                  applied.output, applied.output);
  applied.result = read_filing(applied.output);
  return applied;
}

std::map<std::string, std::string> zip_entries(const std::string& path) {
  ooxml::ZipArchive archive(path, ooxml::PackageLimits{});
  std::map<std::string, std::string> entries;
  for (const ooxml::ZipEntry& entry : archive.entries()) {
    entries[entry.name] = archive.read_all(entry);
  }
  return entries;
}

std::string describe_differences(const Filing& expected, const Filing& actual) {
  FilingDiff diff = diff_filings(expected, actual);
  std::string out;
  for (const FieldChange& field : diff.filing_fields) {
    out += field.field + ": \"" + field.before + "\" → \"" + field.after + "\"\n";
  }
  for (const ProjectChange& project : diff.projects) {
    out += "project " + project.identity + " " + to_string(project.kind) + "\n";
    for (const FieldChange& field : project.fields) {
      out += "  " + field.field + ": \"" + field.before + "\" → \"" + field.after + "\"\n";
    }
    for (const IndicatorChange& indicator : project.indicators) {
      out += "  indicator " + std::to_string(indicator.pair.before) + "/" +
             std::to_string(indicator.pair.after) + " " + to_string(indicator.kind) + "\n";
      for (const FieldChange& field : indicator.fields) {
        out += "    " + field.field + ": \"" + field.before + "\" → \"" + field.after + "\"\n";
      }
    }
  }
  for (const TableChange& table : diff.tables) {
    out += "table " + table.title + " " + to_string(table.kind) + "\n";
  }
  return out;
}

}  // namespace kpiconv::form_apply_test
