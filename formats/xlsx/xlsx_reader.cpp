#include "formats/xlsx/xlsx_reader.h"

#include <map>
#include <optional>
#include <string_view>

#include "converter/error.h"
#include "converter/registry/cell_caps.h"
#include "formats/ooxml/core_properties.h"
#include "formats/ooxml/optional_part.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/package_from_end.h"
#include "formats/xlsx/recorded_source_texts.h"
#include "formats/xlsx/sheet_table.h"
#include "formats/xlsx/source_text_sheet.h"
#include "formats/xlsx/workbook_part.h"
#include "formats/xlsx/worksheet_part.h"

namespace kpiconv {
namespace {

using ooxml::Package;
using ooxml::PackageKind;
using xlsx::SheetEntry;
using xlsx::SheetState;

// A sheet of the workbook with its part found through the workbook's relationships.
struct SheetToRead {
  const SheetEntry* entry = nullptr;
  std::string part;  // empty when the relationship or its target is missing
  std::string kind;  // relationship kind: "worksheet", "chartsheet", "dialogsheet", ...
};

class WorkbookReader {
 public:
  WorkbookReader(const std::string& path, BlockSink& sink, const ReadOptions& options)
      : path_(path),
        sink_(sink),
        package_(path, ooxml::PackageLimits::from(options)),
        budget_(options.max_text_bytes, path),
        cell_caps_(options),
        apply_source_texts_(options.source_texts) {}

  void run() {
    const std::string main_part = find_main_part();
    DocumentMetadata metadata;
    ooxml::read_optional("docProps/core.xml", sink_,
                         [&] { metadata.title = ooxml::read_core_properties(package_).title; });
    ooxml::read_optional("the styles part", sink_, [&] {
      if (auto part = package_.related_part(main_part, ooxml::rel::kStyles)) {
        formats_ = xlsx::CellFormats::read(*package_.open_xml(*part));
        for (const std::string& warning : formats_.warnings()) {
          sink_.warning(Warning{warning, Provenance{"", *part}});
        }
      }
    });
    sink_.metadata(metadata);

    workbook_ = xlsx::read_workbook(*package_.open_xml(main_part));
    if (auto part = package_.related_part(main_part, ooxml::rel::kSharedStrings)) {
      strings_ = xlsx::read_shared_strings(*package_.open_xml(*part));
    }
    std::vector<SheetToRead> sheets = find_sheet_parts(main_part);
    refuse_shared_parts(sheets);
    if (sheets.empty()) {
      sink_.warning(Warning{"the workbook has no sheets", Provenance{main_part, ""}});
      return;
    }
    const SheetToRead* source_texts_sheet = read_recorded_source_texts(sheets);
    for (const SheetToRead& sheet : sheets) {
      if (&sheet != source_texts_sheet) read_sheet(sheet);
    }
  }

 private:
  std::string find_main_part() {
    if (!package_.is_opc()) {
      throw_unreadable(path_, "not an OPC package ([Content_Types].xml is missing)");
    }
    ooxml::PackageIdentity identity = ooxml::identify_package(package_);
    if (identity.main_part.empty()) {
      throw_unreadable(path_,
                       "no main workbook part (_rels/.rels names no officeDocument part "
                       "present in the archive)");
    }
    if (identity.kind != PackageKind::kSpreadsheet) {
      throw_unreadable(path_, "not an Excel workbook (the main part " + identity.main_part +
                                  " has content type \"" + identity.main_content_type + "\")");
    }
    if (identity.main_content_type.find("binary") != std::string::npos) {
      throw_unreadable(path_,
                       "an Excel binary workbook (.xlsb), which kpiconv cannot read; save it "
                       "as .xlsx");
    }
    return identity.main_part;
  }

  std::vector<SheetToRead> find_sheet_parts(const std::string& main_part) {
    const ooxml::Relationships& relationships = package_.relationships(main_part);
    std::vector<SheetToRead> sheets;
    sheets.reserve(workbook_.sheets.size());
    for (const SheetEntry& entry : workbook_.sheets) {
      SheetToRead& sheet = sheets.emplace_back();
      sheet.entry = &entry;
      const ooxml::Relationship* relationship = relationships.by_id(entry.relationship_id);
      if (relationship == nullptr || relationship->external) continue;
      sheet.kind = std::string(ooxml::relationship_kind(relationship->type));
      if (const ooxml::ZipEntry* zip_entry = package_.find(relationship->target_part)) {
        sheet.part = zip_entry->name;
      }
    }
    return sheets;
  }

  // Each sheet of a workbook has its own part. Many sheets naming one part would have it read as
  // often, from a file that holds it once.
  void refuse_shared_parts(const std::vector<SheetToRead>& sheets) const {
    std::map<std::string_view, const SheetToRead*> by_part;
    for (const SheetToRead& sheet : sheets) {
      if (sheet.part.empty()) continue;
      auto [first, inserted] = by_part.emplace(sheet.part, &sheet);
      if (!inserted) {
        throw_unreadable(path_, "sheets \"" + first->second->entry->name + "\" and \"" +
                                    sheet.entry->name + "\" are one part (" + sheet.part +
                                    "); every sheet of a workbook has a part of its own");
      }
    }
  }

  bool is_worksheet(const SheetToRead& sheet) const {
    return !sheet.part.empty() && sheet.kind == ooxml::rel::kWorksheet;
  }

  xlsx::RawSheet read_raw_sheet(const SheetToRead& sheet, CellCaps::Table& cells) {
    const ooxml::ZipEntry* entry = package_.find(sheet.part);
    xlsx::WorksheetContext context{sheet.entry->name,
                                   strings_,
                                   formats_,
                                   workbook_.date1904,
                                   budget_,
                                   entry != nullptr ? entry->size : 0,
                                   cells};
    try {
      return xlsx::read_worksheet(*package_.open_xml(sheet.part), context);
    } catch (const Error&) {
      // A sheet stopped by nonsense (a 15-digit row number) is often a corrupt zip entry whose
      // CRC would only fail at its end: name that cause, when it is the cause.
      if (entry != nullptr) package_.archive().open(*entry).drain();
      throw;
    }
  }

  // Reads kpiconv's source-text sheet first, since it changes cells of the sheets before it.
  // Returns it when it is one: it is then no block of the document, even when
  // ReadOptions::source_texts is off (it is kpiconv's bookkeeping, not the filing's).
  const SheetToRead* read_recorded_source_texts(const std::vector<SheetToRead>& sheets) {
    for (const SheetToRead& sheet : sheets) {
      if (sheet.entry->name != xlsx::kSourceTextSheet || !is_worksheet(sheet)) continue;
      std::vector<std::string> problems;
      CellCaps::Table cells(cell_caps_);
      recorded_ = xlsx::RecordedSourceTexts::read(read_raw_sheet(sheet, cells), strings_, problems);
      if (!recorded_) return nullptr;  // not the header kpiconv writes: an ordinary sheet
      for (std::string& problem : problems) {
        sink_.warning(Warning{std::move(problem), Provenance{sheet.part, sheet.entry->name}});
      }
      return &sheet;
    }
    return nullptr;
  }

  void read_sheet(const SheetToRead& sheet) {
    const std::string& name = sheet.entry->name;
    if (sheet.kind.empty() || sheet.part.empty()) {
      sink_.warning(Warning{"sheet \"" + name + "\" has no part in the package (r:id \"" +
                                sheet.entry->relationship_id + "\"); skipped",
                            Provenance{}});
      return;
    }
    if (!is_worksheet(sheet)) {
      sink_.warning(
          Warning{"sheet \"" + name + "\" is a " + sheet.kind + ", which has no cells; skipped",
                  Provenance{sheet.part, name}});
      return;
    }
    const bool hidden = sheet.entry->state != SheetState::kVisible;
    Paragraph title;
    title.text = name;
    title.style = hidden ? kHiddenSheetStyle : kSheetStyle;
    title.where = Provenance{sheet.part, name};
    sink_.block(std::move(title));
    if (hidden) {
      sink_.warning(Warning{"sheet \"" + name + "\" is hidden", Provenance{sheet.part, name}});
    }

    CellCaps::Table cells(cell_caps_);
    xlsx::RawSheet raw = read_raw_sheet(sheet, cells);
    std::vector<Warning> warnings;
    for (std::string& message : raw.warnings) {
      warnings.push_back(Warning{std::move(message), Provenance{sheet.part, name}});
    }
    const xlsx::SheetSourceTexts* recorded =
        recorded_ && apply_source_texts_ ? recorded_->of_sheet(name) : nullptr;
    Table table = xlsx::build_sheet_table(std::move(raw), xlsx::SheetPlace{path_, sheet.part, name},
                                          strings_, recorded, warnings);
    if (!cells.grow_grid(static_cast<std::uint64_t>(table.rows),
                         static_cast<std::uint64_t>(table.cols))) {
      throw_unreadable(path_, cells.cause("sheet \"" + name + "\""), sheet.part);
    }
    for (Warning& warning : warnings) sink_.warning(std::move(warning));
    if (!table.cells.empty()) sink_.block(std::move(table));
  }

  const std::string& path_;
  BlockSink& sink_;
  Package package_;
  xlsx::TextBudget budget_;
  CellCaps cell_caps_;
  bool apply_source_texts_;
  xlsx::CellFormats formats_;
  xlsx::WorkbookEntries workbook_;
  xlsx::SharedStrings strings_;
  std::optional<xlsx::RecordedSourceTexts> recorded_;
};

}  // namespace

bool XlsxReader::claims(const InputProbe& probe) const {
  if (!probe.starts_with("PK")) return false;
  return ooxml::identify_package(probe.path(), ooxml::PackageLimits{}).kind ==
         PackageKind::kSpreadsheet;
}

std::string XlsxReader::also_found_from_end(const InputProbe& probe) const {
  if (ooxml::package_found_from_end(probe.path()) != PackageKind::kSpreadsheet) return {};
  return "an Excel 2007+ package (.xlsx)";
}

void XlsxReader::read(const std::string& path, BlockSink& sink, const ReadOptions& options) const {
  WorkbookReader(path, sink, options).run();
}

}  // namespace kpiconv
