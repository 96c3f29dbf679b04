#include "formats/docx/apply/docx_applier.h"

#include "converter/error.h"
#include "converter/text/text.h"
#include "formats/docx/apply/edit_context.h"
#include "formats/ooxml/macro_free.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/package_writer.h"
#include "formats/ooxml/xml_document.h"

namespace kpiconv {
namespace {

// Word's macro-enabled document and template; any other name gets a package without macros,
// which is what a .docx is (and Word refuses one holding them).
bool may_hold_macros(const std::filesystem::path& output_name) {
  const std::string extension = ascii_lowercase(output_name.extension().string());
  return extension == ".docm" || extension == ".dotm";
}

std::string macros_dropped(const ooxml::MacroFreeEdits& edits,
                           const std::filesystem::path& output_name) {
  std::string parts;
  for (const std::string& part : edits.dropped_parts) parts += (parts.empty() ? "" : ", ") + part;
  const std::string extension = output_name.extension().string();
  return "macros dropped: the original is macro-enabled and " +
         (extension.empty() ? std::string("an output not named .docm")
                            : "a " + extension + " file") +
         " holds no macros, so it is written without them" +
         (parts.empty() ? std::string() : " (" + parts + " left out)") +
         " as a plain Word document; name the output .docm to keep them";
}

}  // namespace

ApplyReport DocxApplier::apply(const std::string& original_path, const Filing& original,
                               const Filing& edited, const FilingDiff& diff,
                               const std::filesystem::path& file,
                               const std::filesystem::path& output_name) const {
  ApplyReport report;
  ooxml::Package package(original_path, ooxml::PackageLimits{});
  std::optional<std::string> main_part = package.main_part();
  const ooxml::ZipEntry* entry = main_part ? package.find(*main_part) : nullptr;
  if (entry == nullptr) throw_unreadable(original_path, "no main document part");
  ooxml::XmlDocument document = ooxml::parse_xml_document(
      package.archive().read_all(*entry), "main document part " + *main_part, original_path);
  docx_apply::LocatorIndex index(xmlDocGetRootElement(document.get()));
  // Provenance names the part by its zip entry, as the reader opened it.
  docx_apply::EditContext context{entry->name, index, report, 0, false, {}};

  for (const FieldChange& field : diff.filing_fields) {
    report.edits.push_back({"", field.field, field.before, field.after, field.where, false,
                            "the filing's title is not written back into a document"});
  }
  for (const ProjectChange& change : diff.projects) {
    if (change.kind == ChangeKind::kAdded) {
      report.edits.push_back({change.identity,
                              "project added",
                              "",
                              change.identity,
                              {},
                              false,
                              "adding a project to a document is not supported yet"});
    } else if (change.kind == ChangeKind::kRemoved) {
      const Project& gone = original.projects[static_cast<size_t>(change.pair.before)];
      report.edits.push_back({change.identity, "project removed", change.identity, "", gone.where,
                              false, "removing a project from a document is not supported yet"});
    } else {
      docx_apply::apply_project_change(context, change,
                                       original.projects[static_cast<size_t>(change.pair.before)],
                                       edited.projects[static_cast<size_t>(change.pair.after)]);
    }
  }
  for (const TableChange& change : diff.tables) {
    const GenericTable* table = change.pair.before >= 0
                                    ? &original.tables[static_cast<size_t>(change.pair.before)]
                                    : nullptr;
    int number = (change.pair.before >= 0 ? change.pair.before : change.pair.after) + 1;
    docx_apply::apply_table_change(context, change, table, number);
  }
  if (context.replaced > 0) {
    report.warnings.push_back(std::to_string(context.replaced) +
                              " control characters that Word documents cannot hold were replaced "
                              "by U+FFFD");
  }

  ooxml::PackageWriter writer(package.archive(), file);
  if (context.changed) writer.replace(*main_part, ooxml::serialize_document(document.get()));
  if (!may_hold_macros(output_name)) {
    const ooxml::MacroFreeEdits macro_free = ooxml::macro_free_edits(package);
    ooxml::write_macro_free(macro_free, writer);
    if (!macro_free.empty()) report.warnings.push_back(macros_dropped(macro_free, output_name));
  }
  writer.commit();
  return report;
}

}  // namespace kpiconv
