#include "formats/docx/template/grid_table.h"

#include <string>

#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_template {
namespace {

// Twentieths of a point: A4 text width, for a sample without a width.
constexpr long kDefaultTableWidth = 8800;

long sample_width(xmlNode* sample) {
  long width = 0;
  if (xmlNode* grid = first_w_child(sample, "tblGrid")) {
    for (xmlNode* column : w_children(grid, "gridCol")) {
      xmlChar* value =
          xmlGetNsProp(column, reinterpret_cast<const xmlChar*>("w"), column->ns->href);
      if (value != nullptr) width += std::strtol(reinterpret_cast<const char*>(value), nullptr, 10);
      xmlFree(value);
    }
  }
  return width > 0 ? width : kDefaultTableWidth;
}

xmlNode* copy_or_null(xmlNode* node) {
  return node == nullptr ? nullptr : copy_node(node, node->doc);
}

class GridBuilder {
 public:
  GridBuilder(xmlNode* sample, const Table& grid, FilledParagraphs& filled, size_t& replaced)
      : sample_(sample), grid_(grid), filled_(filled), replaced_(replaced) {
    xmlNode* row = first_w_child(sample, "tr");
    xmlNode* cell = row == nullptr ? nullptr : first_w_child(row, "tc");
    xmlNode* paragraph = cell == nullptr ? nullptr : first_w_child(cell, "p");
    sample_row_properties_ = row == nullptr ? nullptr : first_w_child(row, "trPr");
    sample_cell_properties_ = cell == nullptr ? nullptr : first_w_child(cell, "tcPr");
    sample_paragraph_properties_ = paragraph == nullptr ? nullptr : first_w_child(paragraph, "pPr");
    xmlNode* run = paragraph == nullptr ? nullptr : first_w_child(paragraph, "r");
    sample_run_properties_ = run == nullptr ? nullptr : first_w_child(run, "rPr");
    column_width_ = sample_width(sample) / std::max(grid.cols, 1);
  }

  xmlNode* build() {
    xmlNode* table = new_w(sample_, "tbl");
    if (xmlNode* properties = copy_or_null(first_w_child(sample_, "tblPr"))) {
      xmlAddChild(table, properties);
    }
    xmlNode* columns = xmlAddChild(table, new_w(sample_, "tblGrid"));
    for (int col = 0; col < grid_.cols; ++col) {
      xmlNode* column = xmlAddChild(columns, new_w(sample_, "gridCol"));
      set_w_attribute(column, "w", std::to_string(column_width_));
    }
    for (int row = 0; row < grid_.rows; ++row) xmlAddChild(table, build_row(row));
    return table;
  }

 private:
  xmlNode* build_row(int row) {
    xmlNode* tr = new_w(sample_, "tr");
    xmlNode* properties = copy_or_null(sample_row_properties_);
    int first = 0;
    while (first < grid_.cols && grid_.at(row, first) == nullptr) ++first;
    int last = grid_.cols;
    while (last > first && grid_.at(row, last - 1) == nullptr) --last;
    if (first > 0 || last < grid_.cols) {
      if (properties == nullptr) properties = new_w(sample_, "trPr");
      if (first > 0)
        set_w_attribute(ensure_w_child(properties, "gridBefore"), "val", std::to_string(first));
      if (last < grid_.cols) {
        set_w_attribute(ensure_w_child(properties, "gridAfter"), "val",
                        std::to_string(grid_.cols - last));
      }
    }
    if (properties != nullptr) xmlAddChild(tr, properties);
    for (int col = first; col < last;) {
      const Cell* cell = grid_.at(row, col);
      if (cell == nullptr) {  // a hole inside a row: an empty cell keeps the columns in place
        xmlAddChild(tr, build_cell(nullptr, row, 1));
        ++col;
        continue;
      }
      xmlAddChild(tr, build_cell(cell, row, cell->col_span));
      col += cell->col == col ? cell->col_span : 1;
    }
    return tr;
  }

  xmlNode* build_cell(const Cell* cell, int row, int span) {
    xmlNode* tc = new_w(sample_, "tc");
    xmlNode* properties = copy_or_null(sample_cell_properties_);
    if (properties == nullptr) properties = new_w(sample_, "tcPr");
    xmlAddChild(tc, properties);
    xmlNode* width = cell_property(properties, "tcW");
    set_w_attribute(width, "w", std::to_string(column_width_ * span));
    set_w_attribute(width, "type", "dxa");
    if (span > 1)
      set_w_attribute(cell_property(properties, "gridSpan"), "val", std::to_string(span));
    bool continues = cell != nullptr && cell->row < row;
    if (cell != nullptr && cell->row_span > 1) {
      xmlNode* merge = cell_property(properties, "vMerge");
      if (!continues) set_w_attribute(merge, "val", "restart");
    }
    std::vector<std::string> paragraphs = {""};
    if (cell != nullptr && !continues)
      paragraphs =
          cell->paragraphs.empty() ? std::vector<std::string>{cell->text} : cell->paragraphs;
    for (const std::string& text : paragraphs) xmlAddChild(tc, build_paragraph(text));
    return tc;
  }

  xmlNode* build_paragraph(const std::string& text) {
    xmlNode* paragraph = new_w(sample_, "p");
    filled_.insert(paragraph);
    if (xmlNode* properties = copy_or_null(sample_paragraph_properties_)) {
      xmlAddChild(paragraph, properties);
    }
    if (text.empty()) return paragraph;
    xmlNode* run = xmlAddChild(paragraph, new_w(sample_, "r"));
    if (xmlNode* properties = copy_or_null(sample_run_properties_)) xmlAddChild(run, properties);
    set_run_text(xmlAddChild(run, new_w(sample_, "t")), xml_safe_text(text, replaced_));
    return paragraph;
  }

  xmlNode* sample_;
  const Table& grid_;
  FilledParagraphs& filled_;
  size_t& replaced_;
  xmlNode* sample_row_properties_ = nullptr;
  xmlNode* sample_cell_properties_ = nullptr;
  xmlNode* sample_paragraph_properties_ = nullptr;
  xmlNode* sample_run_properties_ = nullptr;
  long column_width_ = 0;
};

}  // namespace

xmlNode* replace_sample_table(xmlNode* sample, const Table& grid, FilledParagraphs& filled,
                              size_t& replaced) {
  xmlNode* table = GridBuilder(sample, grid, filled, replaced).build();
  xmlAddPrevSibling(sample, table);
  xmlUnlinkNode(sample);
  xmlFreeNode(sample);
  return table;
}

}  // namespace kpiconv::docx_template
