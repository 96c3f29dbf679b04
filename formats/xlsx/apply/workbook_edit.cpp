#include "formats/xlsx/apply/workbook_edit.h"

#include <array>
#include <charconv>
#include <cstring>

#include "converter/error.h"
#include "converter/model/source_sheet.h"
#include "formats/ooxml/core_properties.h"
#include "formats/ooxml/package_writer.h"
#include "formats/xlsx/apply/xml_node.h"
#include "formats/xlsx/source_text_sheet.h"

namespace kpiconv::xlsx::apply {
namespace {

std::string unquoted_sheet(std::string_view text) {
  if (text.size() < 2 || text.front() != '\'' || text.back() != '\'') return std::string(text);
  std::string out;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    out += text[i];
    if (text[i] == '\'' && i + 2 < text.size() && text[i + 1] == '\'') ++i;
  }
  return out;
}

}  // namespace

std::optional<SheetPlace> parse_locator(std::string_view locator) {
  size_t bang = locator.rfind('!');
  if (bang == std::string_view::npos) return std::nullopt;
  std::string_view place = locator.substr(bang + 1);
  SheetPlace result;
  result.sheet = unquoted_sheet(locator.substr(0, bang));
  if (std::optional<CellPosition> cell = parse_cell_reference(place)) {
    result.row = cell->row;
    result.col = cell->col;
    return result;
  }
  size_t colon = place.find(':');  // a row, "12:12"
  int row = 0;
  for (char c : place.substr(0, colon)) {
    if (c < '0' || c > '9' || row > 10000000) return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row == 0) return std::nullopt;
  result.row = row - 1;
  return result;
}

std::vector<std::string> worksheet_names(const std::string& path,
                                         const ooxml::PackageLimits& limits) {
  ooxml::Package package(path, limits);
  ooxml::PackageIdentity identity = ooxml::identify_package(package);
  if (identity.kind != ooxml::PackageKind::kSpreadsheet || identity.main_part.empty()) {
    throw_unreadable(path, "not an Excel workbook");
  }
  std::vector<std::string> names;
  for (const SheetEntry& entry : read_workbook(*package.open_xml(identity.main_part)).sheets) {
    names.push_back(entry.name);
  }
  return names;
}

WorkbookEdit::WorkbookEdit(const std::string& path, const ooxml::PackageLimits& limits)
    : path_(path), package_(path, limits) {
  open();
}

WorkbookEdit::WorkbookEdit(ooxml::ZipBytes bytes)
    : path_(bytes.display_name), package_(std::move(bytes), ooxml::PackageLimits{}) {
  open();
}

void WorkbookEdit::open() {
  ooxml::PackageIdentity identity = ooxml::identify_package(package_);
  if (identity.kind != ooxml::PackageKind::kSpreadsheet || identity.main_part.empty()) {
    throw_unreadable(path_, "not an Excel workbook");
  }
  main_part_ = identity.main_part;
  workbook_ = read_workbook(*package_.open_xml(main_part_));
  if (auto part = package_.related_part(main_part_, ooxml::rel::kSharedStrings)) {
    strings_ = read_shared_strings(*package_.open_xml(*part));
    original_strings_ = strings_.size();
    shared_strings_part_ = *part;
  }
  if (auto part = package_.related_part(main_part_, ooxml::rel::kStyles)) {
    formats_ = CellFormats::read(*package_.open_xml(*part));
  }
  const ooxml::Relationships& relationships = package_.relationships(main_part_);
  for (const SheetEntry& entry : workbook_.sheets) {
    const ooxml::Relationship* relationship = relationships.by_id(entry.relationship_id);
    if (relationship == nullptr || relationship->external ||
        ooxml::relationship_kind(relationship->type) != ooxml::rel::kWorksheet) {
      continue;
    }
    if (const ooxml::ZipEntry* zip_entry = package_.find(relationship->target_part)) {
      sheet_parts_.emplace(entry.name, zip_entry->name);
    }
  }
  load_records();
}

WorkbookEdit::~WorkbookEdit() = default;

std::string WorkbookEdit::part_of(std::string_view name) const {
  auto found = sheet_parts_.find(name);
  return found == sheet_parts_.end() ? std::string() : found->second;
}

WorksheetDom* WorkbookEdit::sheet(std::string_view name) {
  auto part = sheet_parts_.find(name);
  if (part == sheet_parts_.end()) return nullptr;
  auto found = loaded_.find(part->second);
  if (found != loaded_.end()) return found->second.get();
  std::string xml = package_.archive().read_all(*package_.find(part->second));
  auto dom = std::make_unique<WorksheetDom>(xml, std::string(name), path_);
  return loaded_.emplace(part->second, std::move(dom)).first->second.get();
}

std::string WorkbookEdit::text(WorksheetDom& sheet, int row, int col) {
  const xmlNode* cell = sheet.find_cell(row, col);
  return cell == nullptr ? std::string()
                         : cell_text(cell, {strings_, formats_, workbook_.date1904});
}

std::optional<std::string> WorkbookEdit::number(WorksheetDom& sheet, int row, int col) {
  const xmlNode* cell = sheet.find_cell(row, col);
  return cell == nullptr ? std::nullopt : cell_number(cell);
}

const std::string* WorkbookEdit::recorded_source(const WorksheetDom& sheet, int row,
                                                 int col) const {
  for (const Record& record : records_) {
    if (record.sheet == sheet.sheet_name() && record.row == row && record.col == col) {
      const xmlNode* cell = sheet.find_cell(row, col);
      std::string shown = cell == nullptr
                              ? std::string()
                              : cell_text(cell, {strings_, formats_, workbook_.date1904});
      return shown == record.display ? &record.source : nullptr;
    }
  }
  return nullptr;
}

WorkbookEdit::Record* WorkbookEdit::find_record(std::string_view sheet, int row, int col) {
  for (Record& record : records_) {
    if (record.sheet == sheet && record.row == row && record.col == col) return &record;
  }
  return nullptr;
}

void WorkbookEdit::set_text(WorksheetDom& sheet, int row, int col, std::string_view text,
                            std::vector<std::string>& warnings) {
  int removed = 0;
  std::string safe = xml_safe(text, removed);
  std::string place = sheet_cell_reference(sheet.sheet_name(), row, col);
  if (removed > 0) {
    warnings.push_back(std::to_string(removed) + " control characters left out of " + place +
                       " (a workbook cannot hold them)");
  }
  xmlNode* cell = sheet.cell(row, col);
  CellWritten written = write_cell_text(cell, safe, {strings_, formats_, workbook_.date1904});
  if (share_strings_ && !written.as_number && !safe.empty()) {
    if (string_index_.empty()) {
      for (std::size_t i = 0; i < strings_.size(); ++i) string_index_.emplace(strings_[i], i);
    }
    auto [found, added] = string_index_.emplace(safe, strings_.size());
    if (added) strings_.push_back(safe);
    set_shared_string(cell, found->second);
    ++string_references_;
  }
  if (written.replaced_formula) {
    warnings.push_back("the formula of " + place + " was replaced by the value \"" + safe + "\"");
  }
  touched_[part_of(sheet.sheet_name())] = true;
  if (Record* record = find_record(sheet.sheet_name(), row, col)) forget(*record);
}

void WorkbookEdit::clear(WorksheetDom& sheet, int row, int col) {
  xmlNode* cell = sheet.find_cell(row, col);
  if (cell != nullptr && cell->children != nullptr) {
    clear_cell(cell);
    touched_[part_of(sheet.sheet_name())] = true;
  }
  if (Record* record = find_record(sheet.sheet_name(), row, col)) forget(*record);
}

void WorkbookEdit::set_number(WorksheetDom& sheet, int row, int col, std::string_view decimal) {
  write_cell_number(sheet.cell(row, col), decimal);
  touched_[part_of(sheet.sheet_name())] = true;
  if (Record* record = find_record(sheet.sheet_name(), row, col)) forget(*record);
}

void WorkbookEdit::insert_row(WorksheetDom& sheet, int row, int clone_from) {
  sheet.insert_row(row, clone_from);
  shift(sheet, RowShift::insert(row));
}

void WorkbookEdit::insert_row_copy(WorksheetDom& sheet, int row, int clone_from) {
  sheet.insert_row(row, clone_from, /*keep_values=*/true);
  shift(sheet, RowShift::insert(row));
}

void WorkbookEdit::open_rows(WorksheetDom& sheet, int row, int count) {
  if (count <= 0) return;
  sheet.open_rows(row, count);
  shift(sheet, RowShift::insert(row, count));
}

std::string WorkbookEdit::shared_strings_xml() {
  std::string xml = package_.archive().read_all(*package_.find(*shared_strings_part_));
  ooxml::XmlDocument document = ooxml::parse_xml_document(xml, *shared_strings_part_, path_);
  xmlNode* root = xmlDocGetRootElement(document.get());
  for (std::size_t i = original_strings_; i < strings_.size(); ++i) {
    xmlNode* item = xmlNewChild(root, root->ns, reinterpret_cast<const xmlChar*>("si"), nullptr);
    xmlNode* text = xmlNewTextChild(item, root->ns, reinterpret_cast<const xmlChar*>("t"),
                                    reinterpret_cast<const xmlChar*>(strings_[i].c_str()));
    xmlNodeSetSpacePreserve(text, 1);
  }
  set_attribute(root, "uniqueCount", std::to_string(strings_.size()));
  if (std::optional<std::string> count = attribute_of(root, "count")) {
    std::size_t references = 0;
    std::from_chars(count->data(), count->data() + count->size(), references);
    set_attribute(root, "count", std::to_string(references + string_references_));
  }
  return ooxml::serialize_document(document.get());
}

void WorkbookEdit::erase_row(WorksheetDom& sheet, int row) {
  for (Record& record : records_) {
    if (record.sheet == sheet.sheet_name() && record.row == row) forget(record);
  }
  sheet.erase_row(row);
  shift(sheet, RowShift::erase(row));
}

void WorkbookEdit::shift(WorksheetDom& sheet, const RowShift& shift) {
  touched_[part_of(sheet.sheet_name())] = true;
  // Defined names (print areas, print titles, named ranges) naming the sheet.
  if (!workbook_xml_) {
    workbook_xml_ = ooxml::parse_xml_document(
        package_.archive().read_all(*package_.find(main_part_)), "workbook part", path_);
  }
  xmlNode* root = xmlDocGetRootElement(workbook_xml_.get());
  for (xmlNode* names = root->children; names != nullptr; names = names->next) {
    if (!is_named(names, "definedNames")) continue;
    for (xmlNode* name = names->children; name != nullptr; name = name->next) {
      if (!is_named(name, "definedName")) continue;
      xmlChar* content = xmlNodeGetContent(name);
      std::string formula = content == nullptr ? "" : reinterpret_cast<const char*>(content);
      xmlFree(content);
      std::string moved = shifted_formula(formula, "", sheet.sheet_name(), shift);
      if (moved == formula) continue;
      while (name->children != nullptr) {
        xmlNode* child = name->children;
        xmlUnlinkNode(child);
        xmlFreeNode(child);
      }
      xmlAddChild(name, xmlNewDocText(workbook_xml_.get(),
                                      reinterpret_cast<const xmlChar*>(moved.c_str())));
      workbook_touched_ = true;
    }
  }
  // Records of kpiconv's source-text sheet naming cells that moved.
  for (Record& record : records_) {
    if (record.sheet != sheet.sheet_name()) continue;
    std::optional<int> moved = shifted_row(record.row, shift);
    if (!moved) {
      forget(record);
    } else if (*moved != record.row) {
      record.row = *moved;
      write_cell_text(record_sheet_->cell(record.record_row, 0),
                      sheet_cell_reference(record.sheet, record.row, record.col),
                      {strings_, formats_, workbook_.date1904});
      touched_[part_of(kSourceTextSheet)] = true;
    }
  }
}

void WorkbookEdit::load_records() {
  if (part_of(kSourceTextSheet).empty()) return;
  WorksheetDom* records = sheet(kSourceTextSheet);
  std::map<int, std::array<std::string, 3>> rows;
  for (const auto& [position, cell] : records->cells()) {
    if (position.col > 2) continue;
    rows[position.row][static_cast<size_t>(position.col)] =
        cell_text(cell, {strings_, formats_, workbook_.date1904});
  }
  auto header = rows.find(0);
  if (header == rows.end()) return;
  for (size_t i = 0; i < 3; ++i) {
    if (header->second[i] != kSourceTextHeader[i]) return;
  }
  record_sheet_ = records;
  for (const auto& [row, columns] : rows) {
    if (row == 0) continue;
    std::optional<SheetCellReference> reference = parse_sheet_cell_reference(columns[0]);
    if (!reference) continue;
    records_.push_back(
        {reference->sheet, reference->cell.row, reference->cell.col, columns[1], columns[2], row});
  }
}

void WorkbookEdit::forget(Record& record) {
  if (record.sheet.empty()) return;
  for (int col = 0; col < 3; ++col) {
    if (xmlNode* cell = record_sheet_->find_cell(record.record_row, col)) clear_cell(cell);
  }
  record.sheet.clear();
  touched_[part_of(kSourceTextSheet)] = true;
}

bool WorkbookEdit::set_title(const std::string& title, std::vector<std::string>& warnings) {
  bool set = false;
  if (auto part = package_.related_part("", ooxml::rel::kCoreProperties)) {
    core_xml_ =
        ooxml::with_core_title(package_.archive().read_all(*package_.find(*part)), title, path_);
    set = true;
  }
  if (WorksheetDom* source = sheet(source_sheet::kSheetName)) {
    for (const auto& [position, cell] : source->cells()) {
      if (position.col == 0 &&
          cell_text(cell, {strings_, formats_, workbook_.date1904}) == source_sheet::kTitle) {
        set_text(*source, position.row, 1, title, warnings);
        set = true;
        break;
      }
    }
  }
  return set;
}

void WorkbookEdit::commit(const std::filesystem::path& file) {
  ooxml::PackageWriter writer(package_.archive(), file);
  for (const auto& [part, touched] : touched_) {
    if (touched && !part.empty()) writer.replace(part, loaded_.at(part)->xml());
  }
  if (share_strings_ && string_references_ > 0) {
    writer.replace(*shared_strings_part_, shared_strings_xml());
  }
  if (workbook_touched_) {
    writer.replace(main_part_, ooxml::serialize_document(workbook_xml_.get()));
  }
  if (core_xml_) {
    if (auto part = package_.related_part("", ooxml::rel::kCoreProperties)) {
      writer.replace(*part, *core_xml_);
    }
  }
  writer.commit();
}

}  // namespace kpiconv::xlsx::apply
