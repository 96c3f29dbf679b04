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

namespace {

// "5]" (the rest of "tr[5]") → 5; 0 when it is not a whole ordinal.
std::size_t parse_ordinal(std::string_view text) {
  if (text.size() < 2 || text.back() != ']') return 0;
  std::size_t number = 0;
  for (char c : text.substr(0, text.size() - 1)) {
    if (c < '0' || c > '9' || number > 1'000'000'000) return 0;
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return number;
}

}  // namespace

xmlNode* LocatorIndex::find(std::string_view locator) const {
  // A row "T/tr[R]" or a cell "T/tr[R]/tc[C]" of table T; the last "/tr[" is the row's, since a
  // nested table's locator ends in "/tbl[N]".
  const std::size_t row_at = locator.rfind("/tr[");
  if (row_at != std::string_view::npos) {
    auto table = tables_.find(locator.substr(0, row_at));
    if (table == tables_.end()) return nullptr;
    std::string_view rest = locator.substr(row_at + 4);
    const std::size_t cell_at = rest.find("/tc[");
    const std::size_t row_number =
        parse_ordinal(cell_at == std::string_view::npos ? rest : rest.substr(0, cell_at));
    const std::vector<Row>& rows = table->second->rows;
    if (row_number == 0 || row_number > rows.size()) return nullptr;
    const Row& found = rows[row_number - 1];
    if (cell_at == std::string_view::npos) return found.element;
    const std::size_t cell_number = parse_ordinal(rest.substr(cell_at + 4));
    if (cell_number == 0 || cell_number > found.cells.size()) return nullptr;
    return found.cells[cell_number - 1];
  }
  auto found = by_locator_.find(std::string(locator));
  return found == by_locator_.end() ? nullptr : found->second;
}

std::string LocatorIndex::locator_of(xmlNode* element) const {
  if (auto row = rows_.find(element); row != rows_.end()) {
    return row->second.table->locator + "/tr[" + std::to_string(row->second.row + 1) + "]";
  }
  auto found = by_element_.find(element);
  return found == by_element_.end() ? std::string() : found->second;
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
  auto rows = std::make_unique<TableRows>();
  rows->locator = locator;
  TableRows& table_rows = *rows;
  tables_.emplace(table_rows.locator, std::move(rows));
  for_each_content(table_element, [&](xmlNode* child) {
    if (!is_w(child, "tr")) return;
    const bool deleted = row_deleted(child);
    rows_.emplace(child, RowPlace{&table_rows, table_rows.rows.size()});
    Row& row = table_rows.rows.emplace_back();
    row.element = child;
    const std::string row_locator = locator + "/tr[" + std::to_string(table_rows.rows.size()) + "]";
    for_each_content(child, [&](xmlNode* cell_element) {
      if (!is_w(cell_element, "tc")) return;
      const bool kept = !deleted && !has_cell_deletion(cell_element);
      row.cells.push_back(kept ? cell_element : nullptr);
      if (!deleted) cell(cell_element, row_locator, row.cells.size());
    });
  });
}

void LocatorIndex::cell(xmlNode* cell_element, const std::string& row_locator, std::size_t number) {
  const bool deleted = has_cell_deletion(cell_element);
  int tables = 0;
  for_each_content(cell_element, [&](xmlNode* child) {
    if (is_w(child, "p") && !deleted) {
      paragraph(child);
    } else if (is_w(child, "tbl")) {
      ++tables;
      if (!deleted) {
        const std::string locator = row_locator + "/tc[" + std::to_string(number) + "]";
        table(child, ordinal(locator + "/", "tbl", tables));
      }
    }
  });
}

}  // namespace kpiconv::docx_apply
