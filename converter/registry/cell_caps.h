// The caps on the cells a document's tables hold (ReadOptions::max_table_cells and
// max_document_cells). A reader counts each cell as it meets it, before keeping it, so that a
// small file of millions of empty cells (a zip of repeated <w:tc/>, a CSV of commas) is refused
// early with one line rather than read until memory runs out. Grid positions (rows × the widest
// row, holes included: 4 bytes each in Table::owner) have a fixed cap per document besides the
// readers' per-table one, so that rows stretched by spans or gaps cannot add up either.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include "converter/registry/format.h"

namespace kpiconv {

// All tables of a document together: 2^26 positions is 256 MB of grid.
inline constexpr std::uint64_t kMaxDocumentGridPositions = std::uint64_t{1} << 26;

class CellCaps {
 public:
  explicit CellCaps(const ReadOptions& options)
      : table_cap_(options.max_table_cells), document_cap_(options.max_document_cells) {}

  // The count of one table being read (a nested table has its own). Each call returns false
  // once a cap is past; cause() then says which.
  class Table {
   public:
    explicit Table(CellCaps& caps) : caps_(caps) {}
    bool add_cells(std::uint64_t cells = 1) {
      cells_ += cells;
      caps_.document_cells_ += cells;
      return cells_ <= caps_.table_cap_ && caps_.document_cells_ <= caps_.document_cap_;
    }
    // The grid has grown to `rows` × `cols`.
    bool grow_grid(std::uint64_t rows, std::uint64_t cols) {
      const std::uint64_t positions = rows * cols;
      if (positions <= positions_) return true;
      caps_.document_positions_ += positions - positions_;
      positions_ = positions;
      return caps_.document_positions_ <= kMaxDocumentGridPositions;
    }
    std::uint64_t cells() const { return cells_; }
    // Why a call returned false, naming the table ("table tbl[3]", "sheet \"项目\"").
    std::string cause(const std::string& table) const;

   private:
    CellCaps& caps_;
    std::uint64_t cells_ = 0;
    std::uint64_t positions_ = 0;
  };

 private:
  std::uint64_t table_cap_;
  std::uint64_t document_cap_;
  std::uint64_t document_cells_ = 0;
  std::uint64_t document_positions_ = 0;
};

}  // namespace kpiconv
