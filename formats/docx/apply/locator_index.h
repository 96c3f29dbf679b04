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

#include <string>
#include <string_view>
#include <unordered_map>

namespace kpiconv::docx_apply {

class LocatorIndex {
 public:
  // `document` is the w:document root element.
  explicit LocatorIndex(xmlNode* document);

  // The w:p, w:tbl, w:tr or w:tc the locator names, or nullptr.
  xmlNode* find(std::string_view locator) const;
  // The locator of an element the index holds ("" for any other).
  const std::string& locator_of(xmlNode* element) const;
  size_t size() const { return by_locator_.size(); }
  xmlNode* root() const { return root_; }

 private:
  void story(xmlNode* container, const std::string& prefix);
  void paragraph(xmlNode* paragraph);
  void scan_for_textboxes(xmlNode* node);
  void table(xmlNode* table, const std::string& locator);
  void row(xmlNode* row, const std::string& locator);
  void cell(xmlNode* cell, const std::string& locator);
  void add(xmlNode* element, std::string locator);

  std::unordered_map<std::string, xmlNode*> by_locator_;
  std::unordered_map<xmlNode*, std::string> by_element_;
  int textboxes_ = 0;
  xmlNode* root_ = nullptr;
};

}  // namespace kpiconv::docx_apply
