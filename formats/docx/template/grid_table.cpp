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

}  // namespace

class GridTable::Builder {
 public:
  Builder(xmlNode* sample, const Table& grid, size_t& replaced)
      : sample_(sample), grid_(grid), replaced_(replaced) {
    xmlNode* row = first_w_child(sample, "tr");
    xmlNode* cell = row == nullptr ? nullptr : first_w_child(row, "tc");
    xmlNode* paragraph = cell == nullptr ? nullptr : first_w_child(cell, "p");
    // Kept beyond the sample, which the frame replaces: each row is made after that.
    sample_row_properties_ = kept(row == nullptr ? nullptr : first_w_child(row, "trPr"));
    sample_cell_properties_ = kept(cell == nullptr ? nullptr : first_w_child(cell, "tcPr"));
    sample_paragraph_properties_ =
        kept(paragraph == nullptr ? nullptr : first_w_child(paragraph, "pPr"));
    xmlNode* run = paragraph == nullptr ? nullptr : first_w_child(paragraph, "r");
    sample_run_properties_ = kept(run == nullptr ? nullptr : first_w_child(run, "rPr"));
    column_width_ = sample_width(sample) / std::max(grid.cols, 1);
  }
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;
  ~Builder() {
    for (xmlNode* node : {sample_row_properties_, sample_cell_properties_,
                          sample_paragraph_properties_, sample_run_properties_}) {
      if (node != nullptr) xmlFreeNode(node);
    }
  }

  // The table without its rows: properties, the column grid and `marker` where the rows go.
  xmlNode* build_frame(const std::string& marker) {
    xmlNode* table = new_w(sample_, "tbl");
    if (xmlNode* properties = copy_or_null(first_w_child(sample_, "tblPr"))) {
      xmlAddChild(table, properties);
    }
    xmlNode* columns = xmlAddChild(table, new_w(sample_, "tblGrid"));
    for (int col = 0; col < grid_.cols; ++col) {
      xmlNode* column = xmlAddChild(columns, new_w(sample_, "gridCol"));
      set_w_attribute(column, "w", std::to_string(column_width_));
    }
    xmlAddChild(table,
                xmlNewDocComment(sample_->doc, reinterpret_cast<const xmlChar*>(marker.c_str())));
    sample_ = table;  // the sample is freed once the frame stands in its place
    return table;
  }

  int rows() const { return grid_.rows; }

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
    // A cell's lines are its paragraphs, as a Word cell's text is its paragraphs joined.
    std::string_view text = cell != nullptr && !continues ? std::string_view(cell->text) : "";
    for (std::size_t start = 0;;) {
      const std::size_t end = text.find('\n', start);
      xmlAddChild(tc, build_paragraph(std::string(text.substr(start, end - start))));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    return tc;
  }

  xmlNode* build_paragraph(const std::string& text) {
    xmlNode* paragraph = new_w(sample_, "p");
    if (xmlNode* properties = copy_or_null(sample_paragraph_properties_)) {
      xmlAddChild(paragraph, properties);
    }
    if (text.empty()) return paragraph;
    xmlNode* run = xmlAddChild(paragraph, new_w(sample_, "r"));
    if (xmlNode* properties = copy_or_null(sample_run_properties_)) xmlAddChild(run, properties);
    set_run_text(xmlAddChild(run, new_w(sample_, "t")), xml_safe_text(text, replaced_));
    return paragraph;
  }

  xmlNode* kept(xmlNode* node) const { return copy_or_null(node); }

  xmlNode* sample_;  // then the frame: new nodes take its namespace and document
  const Table& grid_;
  size_t& replaced_;
  xmlNode* sample_row_properties_ = nullptr;
  xmlNode* sample_cell_properties_ = nullptr;
  xmlNode* sample_paragraph_properties_ = nullptr;
  xmlNode* sample_run_properties_ = nullptr;
  long column_width_ = 0;
};

GridTable::GridTable(xmlNode* sample, const Table& grid, std::size_t& replaced, int number)
    : builder_(std::make_unique<Builder>(sample, grid, replaced)),
      marker_("kpiconv-grid-rows-" + std::to_string(number)) {
  frame_ = builder_->build_frame(marker_);
  xmlAddPrevSibling(sample, frame_);
  xmlUnlinkNode(sample);
  xmlFreeNode(sample);
}

GridTable::~GridTable() = default;

std::string GridTable::serialized_marker() const {
  return "<!--" + marker_ + "-->";
}

void GridTable::write_rows(std::ostream& out) const {
  // Each row is made in the frame (so that its namespaces resolve to the document's), written,
  // and freed before the next.
  for (int row = 0; row < builder_->rows(); ++row) {
    xmlNode* tr = xmlAddChild(frame_, builder_->build_row(row));
    out << serialize(frame_->doc, tr);
    xmlUnlinkNode(tr);
    xmlFreeNode(tr);
  }
}

}  // namespace kpiconv::docx_template
