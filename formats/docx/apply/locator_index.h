// Finds the element a DOCX provenance locator names ("tbl[3]/tr[5]/tc[2]", "p[17]",
// "txbx[2]/tbl[1]/tr[1]/tc[1]") in the main part's tree, counting exactly as the reader counts
// (document_parser.h): every w:p and w:tbl of a story, every w:tr of a table (tracked-deleted rows
// included), every w:tc of a row, through content controls, insertions and the chosen branch of
// mc:AlternateContent; text boxes numbered in the order the reader visits them.
//
// The index is built once from the part as read, so locators keep naming the original elements
// while rows are inserted and removed.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kpiconv::docx_apply {

class LocatorIndex {
 public:
  // `document` is the w:document root element.
  explicit LocatorIndex(xmlNode* document);

  // The w:p, w:tbl, w:tr or w:tc the locator names, or nullptr.
  xmlNode* find(std::string_view locator) const;
  // The locator of a w:p, w:tbl or w:tr the index holds ("" for any other element).
  std::string locator_of(xmlNode* element) const;
  xmlNode* root() const { return root_; }

 private:
  // A table's rows in order (tracked deletions included), each with its cells (a deleted cell,
  // or every cell of a deleted row, is a null slot that keeps the count). Rows and cells are
  // numbers here, not locators: a table of millions of cells costs a pointer a cell.
  struct Row {
    xmlNode* element = nullptr;
    std::vector<xmlNode*> cells;
  };
  struct TableRows {
    std::string locator;
    std::vector<Row> rows;
  };
  struct RowPlace {
    const TableRows* table = nullptr;
    std::size_t row = 0;  // 0-based
  };

  void story(xmlNode* container, const std::string& prefix);
  void paragraph(xmlNode* paragraph);
  void scan_for_textboxes(xmlNode* node);
  void table(xmlNode* table, const std::string& locator);
  void cell(xmlNode* cell, const std::string& row_locator, std::size_t number);
  void add(xmlNode* element, std::string locator);

  // Paragraphs and tables by locator, and back.
  std::unordered_map<std::string, xmlNode*> by_locator_;
  std::unordered_map<xmlNode*, std::string> by_element_;
  // Every table's rows, by the table's locator; rows back to their table.
  std::unordered_map<std::string_view, std::unique_ptr<TableRows>> tables_;
  std::unordered_map<xmlNode*, RowPlace> rows_;
  int textboxes_ = 0;
  xmlNode* root_ = nullptr;
};

}  // namespace kpiconv::docx_apply
