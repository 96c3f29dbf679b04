#include "formats/xlsx/apply/worksheet_dom.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>

#include "converter/error.h"
#include "formats/xlsx/apply/xml_node.h"

namespace kpiconv::xlsx::apply {
namespace {

const xmlChar* x(const char* text) {
  return reinterpret_cast<const xmlChar*>(text);
}

// The r of a row or cell read where libxml2 keeps it, without a copy: finding a cell reads the r
// of the cells before it in its row, and indexing the rows reads every row's.
std::optional<std::string_view> r_attribute(const xmlNode* node) {
  const xmlAttr* r = xmlHasProp(node, x("r"));
  if (r == nullptr) return std::nullopt;
  const xmlNode* text = r->children;
  if (text == nullptr) return std::string_view();
  if (text->next != nullptr || text->type != XML_TEXT_NODE || text->content == nullptr) {
    return std::nullopt;  // not as a parser or set_attribute leaves it: read by the caller's way
  }
  return std::string_view(reinterpret_cast<const char*>(text->content));
}

std::optional<CellPosition> cell_position(const xmlNode* cell) {
  if (std::optional<std::string_view> r = r_attribute(cell)) return parse_cell_reference(*r);
  std::optional<std::string> r = attribute_of(cell, "r");
  return r ? parse_cell_reference(*r) : std::nullopt;
}

std::string reference(int row, int col) {
  std::string out;
  append_cell_reference(out, row, col);
  return out;
}

void free_node(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

// Attributes outside sheetData that hold references, with how they are written.
enum class RefKind { kList, kSingle, kRowNumber };
struct RefAttribute {
  const char* element;
  const char* attribute;
  RefKind kind;
};
constexpr RefAttribute kRefAttributes[] = {
    {"dimension", "ref", RefKind::kSingle},
    {"selection", "sqref", RefKind::kList},
    {"selection", "activeCell", RefKind::kSingle},
    {"pane", "topLeftCell", RefKind::kSingle},
    {"conditionalFormatting", "sqref", RefKind::kList},
    {"dataValidation", "sqref", RefKind::kList},
    {"hyperlink", "ref", RefKind::kSingle},
    {"autoFilter", "ref", RefKind::kSingle},
    {"sortState", "ref", RefKind::kSingle},
    {"sortCondition", "ref", RefKind::kSingle},
    {"protectedRange", "sqref", RefKind::kList},
    {"ignoredError", "sqref", RefKind::kList},
};

// Elements a <mergeCells> follows in a worksheet (ECMA-376 Part 1, 18.3.1.99).
constexpr const char* kBeforeMergeCells[] = {
    "sheetData",  "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
    "autoFilter", "sortState",   "dataConsolidate", "customSheetViews"};

}  // namespace

int row_number(const xmlNode* row) {
  int number = 0;
  if (std::optional<std::string_view> r = r_attribute(row)) {
    std::from_chars(r->data(), r->data() + r->size(), number);
  } else if (std::optional<std::string> copied = attribute_of(row, "r")) {
    std::from_chars(copied->data(), copied->data() + copied->size(), number);
  }
  return number;
}

WorksheetDom::WorksheetDom(std::string_view xml, std::string sheet_name, const std::string& file)
    : sheet_name_(std::move(sheet_name)),
      document_(ooxml::parse_xml_document(xml, "worksheet \"" + sheet_name_ + "\"", file)) {
  xmlNode* root = xmlDocGetRootElement(document_.get());
  if (!is_named(root, "worksheet") ||
      (sheet_data_ = first_child_named(root, "sheetData")) == nullptr) {
    throw_unreadable(file, "sheet \"" + sheet_name_ + "\" is not a worksheet with cells");
  }
  // Rows and cells without r follow the one before; giving them their r lets them move.
  int next_row = 1;
  for (xmlNode* row = sheet_data_->children; row != nullptr; row = row->next) {
    if (!is_named(row, "row")) continue;
    int number = row_number(row);
    if (number <= 0) {
      number = next_row;
      set_attribute(row, "r", std::to_string(number));
    }
    next_row = number + 1;
    int next_col = 0;
    for (xmlNode* cell = row->children; cell != nullptr; cell = cell->next) {
      if (!is_named(cell, "c")) continue;
      std::optional<CellPosition> position = cell_position(cell);
      if (!position || position->row != number - 1) {
        int col = position ? position->col : next_col;
        set_attribute(cell, "r", reference(number - 1, col));
        position = CellPosition{number - 1, col};
      }
      next_col = position->col + 1;
    }
  }
  index_rows();
  if (xmlNode* merge_cells = first_child_named(root, "mergeCells")) {
    for (xmlNode* merge = merge_cells->children; merge != nullptr; merge = merge->next) {
      if (!is_named(merge, "mergeCell")) continue;
      if (std::optional<std::string> ref = attribute_of(merge, "ref")) {
        if (std::optional<CellRange> range = parse_cell_range(*ref)) merges_.push_back(*range);
      }
    }
  }
}

void WorksheetDom::index_rows() {
  rows_.clear();
  for (xmlNode* node = sheet_data_->children; node != nullptr; node = node->next) {
    if (is_named(node, "row")) rows_.emplace(row_number(node) - 1, node);
  }
}

xmlNode* WorksheetDom::find_row(int row) const {
  auto found = rows_.find(row);
  return found == rows_.end() ? nullptr : found->second;
}

void WorksheetDom::insert_row_node(xmlNode* node, int row) {
  auto after = rows_.upper_bound(row);
  if (after != rows_.end()) {
    xmlAddPrevSibling(after->second, node);
  } else {
    xmlAddChild(sheet_data_, node);
  }
  rows_.emplace(row, node);
}

xmlNode* WorksheetDom::make_row(int row) {
  if (xmlNode* found = find_row(row)) return found;
  xmlNode* made = xmlNewDocNode(document_.get(), sheet_data_->ns, x("row"), nullptr);
  set_attribute(made, "r", std::to_string(row + 1));
  insert_row_node(made, row);
  return made;
}

xmlNode* WorksheetDom::copy_of_row(xmlNode* source, int row, bool keep_values) {
  xmlNode* copy = xmlDocCopyNode(source, document_.get(), 1);
  set_attribute(copy, "r", std::to_string(row + 1));
  for (xmlNode* cell = copy->children; cell != nullptr;) {
    xmlNode* next = cell->next;
    if (is_named(cell, "c")) {
      std::optional<CellPosition> position = cell_position(cell);
      if (!keep_values) {
        while (cell->children != nullptr) free_node(cell->children);
        xmlUnsetProp(cell, x("t"));
      }
      set_attribute(cell, "r", reference(row, position ? position->col : 0));
    } else {
      free_node(cell);  // extensions of the sibling row's own
    }
    cell = next;
  }
  return copy;
}

xmlNode* WorksheetDom::find_cell(int row, int col) const {
  xmlNode* row_node = find_row(row);
  if (row_node == nullptr) return nullptr;
  for (xmlNode* cell = row_node->children; cell != nullptr; cell = cell->next) {
    if (!is_named(cell, "c")) continue;
    std::optional<CellPosition> position = cell_position(cell);
    if (position && position->col == col) return cell;
  }
  return nullptr;
}

xmlNode* WorksheetDom::cell(int row, int col) {
  if (xmlNode* found = find_cell(row, col)) return found;
  xmlNode* row_node = make_row(row);
  xmlNode* before = nullptr;
  for (xmlNode* cell = row_node->children; cell != nullptr; cell = cell->next) {
    if (!is_named(cell, "c")) continue;
    std::optional<CellPosition> position = cell_position(cell);
    if (position && position->col > col) {
      before = cell;
      break;
    }
  }
  xmlNode* made = xmlNewDocNode(document_.get(), sheet_data_->ns, x("c"), nullptr);
  set_attribute(made, "r", reference(row, col));
  // A cell Excel makes in a styled column takes the column's style; so does ours.
  if (std::optional<std::string> style = column_style(col)) set_attribute(made, "s", *style);
  if (before != nullptr) return xmlAddPrevSibling(before, made);
  return xmlAddChild(row_node, made);
}

std::optional<std::string> WorksheetDom::column_style(int col) const {
  xmlNode* root = xmlDocGetRootElement(document_.get());
  xmlNode* cols = first_child_named(root, "cols");
  if (cols == nullptr) return std::nullopt;
  for (xmlNode* node = cols->children; node != nullptr; node = node->next) {
    if (!is_named(node, "col")) continue;
    int min = 0;
    int max = 0;
    std::string first = attribute_of(node, "min").value_or("0");
    std::string last = attribute_of(node, "max").value_or("0");
    std::from_chars(first.data(), first.data() + first.size(), min);
    std::from_chars(last.data(), last.data() + last.size(), max);
    if (col + 1 >= min && col + 1 <= max) {
      std::optional<std::string> style = attribute_of(node, "style");
      if (style && *style != "0") return style;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::vector<std::pair<CellPosition, xmlNode*>> WorksheetDom::cells() const {
  std::vector<std::pair<CellPosition, xmlNode*>> out;
  for (xmlNode* row = sheet_data_->children; row != nullptr; row = row->next) {
    if (!is_named(row, "row")) continue;
    for (xmlNode* cell = row->children; cell != nullptr; cell = cell->next) {
      if (!is_named(cell, "c")) continue;
      if (std::optional<CellPosition> position = cell_position(cell)) {
        out.emplace_back(*position, cell);
      }
    }
  }
  return out;
}

bool WorksheetDom::has_formulas() const {
  for (xmlNode* row = sheet_data_->children; row != nullptr; row = row->next) {
    if (!is_named(row, "row")) continue;
    for (xmlNode* cell = row->children; cell != nullptr; cell = cell->next) {
      if (is_named(cell, "c") && first_child_named(cell, "f") != nullptr) return true;
    }
  }
  return false;
}

void WorksheetDom::insert_row(int row, int clone_from, bool keep_values) {
  xmlNode* source = find_row(clone_from);
  xmlNode* copy = source != nullptr ? copy_of_row(source, row, keep_values) : nullptr;
  std::vector<CellRange> one_row_merges;
  for (const CellRange& range : merges_) {
    if (range.first.row == clone_from && range.last.row == clone_from) {
      one_row_merges.push_back(range);
    }
  }
  apply_shift(RowShift::insert(row));
  if (copy != nullptr) {
    insert_row_node(copy, row);
  } else {
    make_row(row);
  }
  for (CellRange range : one_row_merges) {
    range.first.row = range.last.row = row;
    merges_.push_back(range);
  }
  merges_changed_ = merges_changed_ || !one_row_merges.empty();
}

void WorksheetDom::open_rows(int row, int count) {
  if (count > 0) apply_shift(RowShift::insert(row, count));
}

void WorksheetDom::place_row_copy(int source, int row, bool keep_values) {
  xmlNode* source_node = find_row(source);
  if (source_node == nullptr || find_row(row) != nullptr) return;
  insert_row_node(copy_of_row(source_node, row, keep_values), row);
}

void WorksheetDom::add_row_like(int row, int model) {
  xmlNode* source = find_row(model);
  if (source == nullptr || row <= last_row()) {
    make_row(row);
    return;
  }
  insert_row_node(copy_of_row(source, row, /*keep_values=*/false), row);
  rows_added_ = true;
  std::vector<CellRange> one_row_merges;
  for (const CellRange& range : merges_) {
    if (range.first.row == model && range.last.row == model) one_row_merges.push_back(range);
  }
  for (CellRange range : one_row_merges) {
    range.first.row = range.last.row = row;
    merges_.push_back(range);
    merges_changed_ = true;
  }
}

// <dimension> spans the used cells: readers that trust it (streaming ones) see the added rows.
void WorksheetDom::write_dimension() {
  xmlNode* root = xmlDocGetRootElement(document_.get());
  xmlNode* dimension = first_child_named(root, "dimension");
  if (dimension == nullptr) return;
  std::optional<CellRange> used;
  for (const auto& [position, cell] : cells()) {
    if (!used) {
      used = CellRange{position, position};
      continue;
    }
    used->first.row = std::min(used->first.row, position.row);
    used->first.col = std::min(used->first.col, position.col);
    used->last.row = std::max(used->last.row, position.row);
    used->last.col = std::max(used->last.col, position.col);
  }
  if (used) set_attribute(dimension, "ref", range_reference(*used));
}

int WorksheetDom::last_row() const {
  return rows_.empty() ? -1 : rows_.rbegin()->first;
}

void WorksheetDom::extend_row_rules(int source, int first, int last) {
  extend_row_rules({{source, first, last}});
}

void WorksheetDom::extend_row_rules(const std::vector<RowRuleCopy>& copies) {
  std::multimap<int, const RowRuleCopy*> by_source;
  for (const RowRuleCopy& copy : copies) by_source.emplace(copy.source, &copy);
  xmlNode* root = xmlDocGetRootElement(document_.get());
  auto extend = [&](xmlNode* node) {
    std::optional<std::string> sqref = attribute_of(node, "sqref");
    if (!sqref) return;
    // (copy, range) pairs, put in the order of `copies` once every range is known.
    std::vector<std::pair<const RowRuleCopy*, CellRange>> added;
    size_t start = 0;
    while (start < sqref->size()) {
      size_t end = sqref->find(' ', start);
      if (end == std::string::npos) end = sqref->size();
      std::optional<CellRange> range = parse_cell_range(sqref->substr(start, end - start));
      if (range && range->first.row == range->last.row) {
        auto [from, to] = by_source.equal_range(range->first.row);
        for (auto it = from; it != to; ++it) {
          const RowRuleCopy& copy = *it->second;
          added.push_back({&copy, {{copy.first, range->first.col}, {copy.last, range->last.col}}});
        }
      }
      start = end + 1;
    }
    if (added.empty()) return;
    std::stable_sort(added.begin(), added.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string extended = *sqref;
    for (const auto& [copy, range] : added) extended += " " + range_reference(range);
    set_attribute(node, "sqref", extended);
  };
  for (xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (is_named(node, "conditionalFormatting")) extend(node);
    if (is_named(node, "dataValidations")) {
      for (xmlNode* rule = node->children; rule != nullptr; rule = rule->next) {
        if (is_named(rule, "dataValidation")) extend(rule);
      }
    }
  }
}

void WorksheetDom::erase_row(int row) {
  if (xmlNode* node = find_row(row)) {
    rows_.erase(row);
    free_node(node);
  }
  apply_shift(RowShift::erase(row));
}

void WorksheetDom::remove_merge(std::size_t index) {
  merges_.erase(merges_.begin() + static_cast<std::ptrdiff_t>(index));
  merges_changed_ = true;
}

void WorksheetDom::add_merge(const CellRange& range) {
  merges_.push_back(range);
  merges_changed_ = true;
}

std::vector<CellRange> WorksheetDom::take_merges(int first, int last) {
  std::vector<CellRange> taken;
  std::vector<CellRange> kept;
  for (const CellRange& range : merges_) {
    bool within = range.first.row >= first && range.last.row <= last;
    (within ? taken : kept).push_back(range);
  }
  if (!taken.empty()) {
    merges_ = std::move(kept);
    merges_changed_ = true;
  }
  return taken;
}

void WorksheetDom::apply_shift(const RowShift& shift) {
  // Rows and cells: the deleted row is already gone.
  for (xmlNode* row = sheet_data_->children; row != nullptr; row = row->next) {
    if (!is_named(row, "row")) continue;
    std::optional<int> moved = shifted_row(row_number(row) - 1, shift);
    if (!moved || *moved + 1 == row_number(row)) {
      // Unmoved rows may still hold formulas naming moved rows.
      for (xmlNode* cell = row->children; cell != nullptr; cell = cell->next) {
        if (is_named(cell, "c")) shift_attributes(cell, shift);
      }
      continue;
    }
    set_attribute(row, "r", std::to_string(*moved + 1));
    for (xmlNode* cell = row->children; cell != nullptr; cell = cell->next) {
      if (!is_named(cell, "c")) continue;
      std::optional<CellPosition> position = cell_position(cell);
      set_attribute(cell, "r", reference(*moved, position ? position->col : 0));
      shift_attributes(cell, shift);
    }
  }
  std::vector<CellRange> kept;
  for (const CellRange& range : merges_) {
    std::optional<CellRange> moved = shifted_range(range, shift);
    if (!moved || (moved->first == moved->last)) {
      merges_changed_ = true;
      continue;
    }
    if (!(moved->first == range.first) || !(moved->last == range.last)) merges_changed_ = true;
    kept.push_back(*moved);
  }
  merges_ = std::move(kept);
  index_rows();
  xmlNode* root = xmlDocGetRootElement(document_.get());
  for (xmlNode* node = root->children; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && node != sheet_data_ && !is_named(node, "mergeCells")) {
      shift_attributes(node, shift);
    }
  }
}

// References in `node` and below (outside sheetData): the attributes of kRefAttributes, page
// breaks, and formulas.
void WorksheetDom::shift_attributes(xmlNode* node, const RowShift& shift) {
  for (const RefAttribute& ref : kRefAttributes) {
    if (!is_named(node, ref.element)) continue;
    std::optional<std::string> value = attribute_of(node, ref.attribute);
    if (!value) continue;
    std::string moved = ref.kind == RefKind::kList ? shifted_reference_list(*value, shift)
                                                   : shifted_reference(*value, shift);
    if (!moved.empty() && moved != *value) set_attribute(node, ref.attribute, moved);
  }
  if (is_named(node, "brk") && shift.kind == RowShift::Kind::kInsert && node->parent != nullptr &&
      is_named(node->parent, "rowBreaks")) {
    std::optional<std::string> id = attribute_of(node, "id");
    int number = 0;
    if (id && std::from_chars(id->data(), id->data() + id->size(), number).ec == std::errc() &&
        number >= shift.row) {
      set_attribute(node, "id", std::to_string(number + shift.count));
    }
  }
  if (is_named(node, "f")) {
    xmlChar* content = xmlNodeGetContent(node);
    std::string formula = content == nullptr ? "" : reinterpret_cast<const char*>(content);
    xmlFree(content);
    std::string moved = shifted_formula(formula, sheet_name_, sheet_name_, shift);
    if (moved != formula) {
      while (node->children != nullptr) free_node(node->children);
      xmlAddChild(node, xmlNewDocText(node->doc, x(moved.c_str())));
    }
    if (std::optional<std::string> ref = attribute_of(node, "ref")) {
      std::string moved_ref = shifted_reference(*ref, shift);
      if (!moved_ref.empty()) set_attribute(node, "ref", moved_ref);
    }
    return;
  }
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) shift_attributes(c, shift);
  }
}

void WorksheetDom::write_merges() {
  if (!merges_changed_) return;
  xmlNode* root = xmlDocGetRootElement(document_.get());
  xmlNode* merge_cells = first_child_named(root, "mergeCells");
  if (merges_.empty()) {
    if (merge_cells != nullptr) free_node(merge_cells);
    return;
  }
  if (merge_cells == nullptr) {
    merge_cells = xmlNewDocNode(document_.get(), root->ns, x("mergeCells"), nullptr);
    xmlNode* after = sheet_data_;
    for (xmlNode* node = sheet_data_->next; node != nullptr; node = node->next) {
      for (const char* name : kBeforeMergeCells) {
        if (is_named(node, name)) after = node;
      }
    }
    xmlAddNextSibling(after, merge_cells);
  }
  while (merge_cells->children != nullptr) free_node(merge_cells->children);
  for (const CellRange& range : merges_) {
    xmlNode* merge = xmlNewChild(merge_cells, root->ns, x("mergeCell"), nullptr);
    set_attribute(merge, "ref", range_reference(range));
  }
  set_attribute(merge_cells, "count", std::to_string(merges_.size()));
}

std::string WorksheetDom::xml() {
  write_merges();
  if (rows_added_) write_dimension();
  merges_changed_ = false;
  return ooxml::serialize_document(document_.get());
}

}  // namespace kpiconv::xlsx::apply
