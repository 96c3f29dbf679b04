#include "formats/docx/apply/locator_index.h"

#include "formats/docx/apply/wml_dom.h"

namespace kpiconv::docx_apply {
namespace {

std::string ordinal(const std::string& prefix, const char* element, int number) {
  return prefix + element + "[" + std::to_string(number) + "]";
}

bool has_cell_deletion(xmlNode* cell) {
  for (xmlNode* child = cell->children; child != nullptr; child = child->next) {
    if (!is_w(child, "tcPr")) continue;
    for (xmlNode* property = child->children; property != nullptr; property = property->next) {
      if (is_w(property, "cellDel")) return true;
    }
  }
  return false;
}

}  // namespace

LocatorIndex::LocatorIndex(xmlNode* document) : root_(document) {
  if (document == nullptr) return;
  for (xmlNode* child = document->children; child != nullptr; child = child->next) {
    if (is_w(child, "body")) story(child, "");
  }
}

xmlNode* LocatorIndex::find(std::string_view locator) const {
  auto found = by_locator_.find(std::string(locator));
  return found == by_locator_.end() ? nullptr : found->second;
}

const std::string& LocatorIndex::locator_of(xmlNode* element) const {
  static const std::string kNone;
  auto found = by_element_.find(element);
  return found == by_element_.end() ? kNone : found->second;
}

void LocatorIndex::add(xmlNode* element, std::string locator) {
  by_element_.emplace(element, locator);
  by_locator_.emplace(std::move(locator), element);
}

void LocatorIndex::story(xmlNode* container, const std::string& prefix) {
  int paragraphs = 0;
  int tables = 0;
  for_each_content(container, [&](xmlNode* child) {
    if (is_w(child, "p")) {
      add(child, ordinal(prefix, "p", ++paragraphs));
      paragraph(child);
    } else if (is_w(child, "tbl")) {
      table(child, ordinal(prefix, "tbl", ++tables));
    }
  });
}

// Only text boxes matter inside a paragraph: the reader numbers them as it meets them.
void LocatorIndex::paragraph(xmlNode* paragraph_element) {
  auto inline_child = [&](auto& self, xmlNode* node) -> void {
    if (is_w(node, "r")) {
      for_each_content(node, [&](xmlNode* child) {
        if (is_w(child, "drawing") || is_w(child, "pict") || is_w(child, "object")) {
          scan_for_textboxes(child);
        } else if (is_w(child, "ruby")) {
          for (xmlNode* part = child->children; part != nullptr; part = part->next) {
            if (is_w(part, "rubyBase")) {
              for_each_content(part, [&](xmlNode* base) { self(self, base); });
            }
          }
        }
      });
    } else if (is_w(node, "hyperlink") || is_w(node, "fldSimple") || is_w(node, "smartTag") ||
               is_w(node, "dir") || is_w(node, "bdo")) {
      for_each_content(node, [&](xmlNode* child) { self(self, child); });
    }
  };
  for_each_content(paragraph_element, [&](xmlNode* child) {
    if (!is_w(child, "pPr")) inline_child(inline_child, child);
  });
}

void LocatorIndex::scan_for_textboxes(xmlNode* node) {
  for_each_content(node, [&](xmlNode* child) {
    if (is_w(child, "txbxContent")) {
      story(child, ordinal("", "txbx", ++textboxes_) + "/");
    } else {
      scan_for_textboxes(child);
    }
  });
}

void LocatorIndex::table(xmlNode* table_element, const std::string& locator) {
  add(table_element, locator);
  int rows = 0;
  for_each_content(table_element, [&](xmlNode* child) {
    if (is_w(child, "tr")) row(child, ordinal(locator + "/", "tr", ++rows));
  });
}

void LocatorIndex::row(xmlNode* row_element, const std::string& locator) {
  add(row_element, locator);
  const bool deleted = row_deleted(row_element);
  int cells = 0;
  for_each_content(row_element, [&](xmlNode* child) {
    if (!is_w(child, "tc")) return;
    std::string cell_locator = ordinal(locator + "/", "tc", ++cells);
    if (!deleted) cell(child, cell_locator);
  });
}

void LocatorIndex::cell(xmlNode* cell_element, const std::string& locator) {
  const bool deleted = has_cell_deletion(cell_element);
  if (!deleted) add(cell_element, locator);
  int tables = 0;
  for_each_content(cell_element, [&](xmlNode* child) {
    if (is_w(child, "p") && !deleted) {
      paragraph(child);
    } else if (is_w(child, "tbl")) {
      ++tables;
      if (!deleted) table(child, ordinal(locator + "/", "tbl", tables));
    }
  });
}

}  // namespace kpiconv::docx_apply
