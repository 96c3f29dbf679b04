#include "formats/docx/apply/table_grid.h"

#include <charconv>
#include <string>

#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_apply {
namespace {

int grid_before(xmlNode* row) {
  xmlNode* properties = docx_template::first_w_child(row, "trPr");
  xmlNode* before =
      properties == nullptr ? nullptr : docx_template::first_w_child(properties, "gridBefore");
  if (before == nullptr) return 0;
  for (xmlAttr* attr = before->properties; attr != nullptr; attr = attr->next) {
    if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>("val")) != 0) continue;
    xmlChar* value = xmlNodeListGetString(before->doc, attr->children, 1);
    std::string text = value == nullptr ? "" : reinterpret_cast<const char*>(value);
    xmlFree(value);
    int number = 0;
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number < 0 ? 0 : number;
  }
  return 0;
}

}  // namespace

const GridCell* GridRow::starting_at(int col) const {
  for (const GridCell& cell : cells) {
    if (cell.col == col) return &cell;
  }
  return nullptr;
}

const GridCell* GridRow::covering(int col) const {
  for (const GridCell& cell : cells) {
    if (cell.col <= col && col < cell.col + cell.span) return &cell;
  }
  return nullptr;
}

TableGrid::TableGrid(xmlNode* table) {
  for_each_content(table, [&](xmlNode* tr) {
    if (!is_w(tr, "tr") || row_deleted(tr)) return;
    GridRow row;
    row.tr = tr;
    int col = grid_before(tr);
    for_each_content(tr, [&](xmlNode* tc) {
      if (!is_w(tc, "tc")) return;
      int span = grid_span(tc);
      row.cells.push_back({tc, col, span});
      col += span;
    });
    rows_.push_back(std::move(row));
  });
}

int TableGrid::index_of(xmlNode* tr) const {
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (rows_[i].tr == tr) return static_cast<int>(i);
  }
  return -1;
}

int TableGrid::column_of(xmlNode* tc) const {
  for (const GridRow& row : rows_) {
    for (const GridCell& cell : row.cells) {
      if (cell.tc == tc) return cell.col;
    }
  }
  return -1;
}

const GridCell* TableGrid::joined_above(int row, const GridCell& cell) const {
  if (row <= 0 || vertical_merge(cell.tc) != VMerge::kContinue) return nullptr;
  const GridCell* above = rows_[static_cast<size_t>(row - 1)].starting_at(cell.col);
  if (above == nullptr || above->span != cell.span) return nullptr;
  return above;
}

xmlNode* table_of(xmlNode* node) {
  for (xmlNode* parent = node == nullptr ? nullptr : node->parent; parent != nullptr;
       parent = parent->parent) {
    if (is_w(parent, "tbl")) return parent;
  }
  return nullptr;
}

}  // namespace kpiconv::docx_apply
