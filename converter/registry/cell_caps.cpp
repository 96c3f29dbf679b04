#include "converter/registry/cell_caps.h"

namespace kpiconv {

std::string CellCaps::Table::cause(const std::string& table) const {
  if (cells_ > caps_.table_cap_) {
    return table + " has more than " + std::to_string(caps_.table_cap_) +
           " cells (--max-table-cells)";
  }
  if (caps_.document_cells_ > caps_.document_cap_) {
    return "the document's tables have more than " + std::to_string(caps_.document_cap_) +
           " cells, reached in " + table + " (--max-document-cells)";
  }
  return "the document's tables span more than " + std::to_string(kMaxDocumentGridPositions) +
         " grid positions (rows x columns), reached in " + table;
}

}  // namespace kpiconv
