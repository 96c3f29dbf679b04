#include "formats/docx/apply/indicator_rows.h"

#include <map>
#include <memory>
#include <optional>

#include "converter/normalize/normalizer.h"
#include "formats/docx/apply/table_grid.h"
#include "formats/docx/apply/text_setter.h"
#include "formats/docx/apply/wml_dom.h"

namespace kpiconv::docx_apply {
namespace {

constexpr size_t kLevel1 = 0;
constexpr size_t kLevel2 = 1;

using Texts = std::array<std::string, kIndicatorColumns>;

// The text of the merge a cell belongs to: its first cell's.
std::string merged_text(const TableGrid& grid, int row, const GridCell* cell) {
  while (const GridCell* above = grid.joined_above(row, *cell)) {
    cell = above;
    --row;
  }
  return std::string(trim(reader_text(cell->tc)));
}

class Settler {
 public:
  Settler(const std::array<int, kIndicatorColumns>& columns, size_t& replaced)
      : columns_(columns), replaced_(replaced) {}

  void settle(std::vector<IndicatorRow>& rows) {
    for (IndicatorRow& row : rows) settle_row(row);
    for (IndicatorRow& row : rows) repair_restarts(row);
  }

 private:
  TableGrid& grid_of(xmlNode* table) {
    auto found = grids_.find(table);
    if (found == grids_.end()) {
      found = grids_.emplace(table, std::make_unique<TableGrid>(table)).first;
    }
    return *found->second;
  }

  // What column k of the row reads as, given the indicator above (the recognizer's filling).
  std::string reads_as(const TableGrid& grid, int row, size_t k, const std::string& level1_cell) {
    std::string text;
    if (columns_[k] >= 0) {
      if (const GridCell* cell = grid.rows()[static_cast<size_t>(row)].starting_at(columns_[k])) {
        text = merged_text(grid, row, cell);
      }
    }
    if (!text.empty() || !previous_) return text;
    if (k == kLevel1) return (*previous_)[kLevel1];
    if (k == kLevel2 && (level1_cell.empty() || level1_cell == (*previous_)[kLevel1])) {
      return (*previous_)[kLevel2];
    }
    return text;
  }

  void settle_row(IndicatorRow& row) {
    xmlNode* table = table_of(row.tr);
    const TableGrid* grid = table == nullptr ? nullptr : &grid_of(table);
    const int index = grid == nullptr ? -1 : grid->index_of(row.tr);
    if (index < 0) {
      for (std::string& problem : row.problem) problem = "the indicator's row is not in a table";
      previous_.reset();
      return;
    }
    const GridRow& cells = grid->rows()[static_cast<size_t>(index)];
    const bool above_is_previous =
        previous_ && index > 0 && grid->rows()[static_cast<size_t>(index - 1)].tr == previous_tr_;
    Texts reads;
    std::string level1_cell;  // this row's own 一级, before the recognizer fills it
    for (size_t k = 0; k < kIndicatorColumns; ++k) {
      const std::string& want = row.want[k];
      auto read = [&] {
        std::string text = reads_as(*grid, index, k, level1_cell);
        if (k == kLevel1) {
          const GridCell* cell = columns_[k] >= 0 ? cells.starting_at(columns_[k]) : nullptr;
          level1_cell = cell == nullptr ? "" : merged_text(*grid, index, cell);
        }
        return text;
      };
      reads[k] = read();
      const GridCell* cell = columns_[k] >= 0 ? cells.starting_at(columns_[k]) : nullptr;
      if (reads[k] == want && !extends_merge(row, k, *grid, index, cell, above_is_previous)) {
        continue;
      }
      if (cell == nullptr) {
        row.problem[k] = columns_[k] < 0 ? "the table has no column for it"
                                         : "the row has no cell in that column";
        continue;
      }
      const GridCell* above =
          index > 0 ? grid->rows()[static_cast<size_t>(index - 1)].starting_at(cell->col) : nullptr;
      if (above != nullptr && above->span != cell->span) above = nullptr;
      if (above_is_previous && above != nullptr && may_continue(row, k, *above)) {
        set_text(cell->tc, "", above->tc, replaced_);
        set_vertical_merge(cell->tc, VMerge::kContinue);
        if (vertical_merge(above->tc) == VMerge::kNone) {
          set_vertical_merge(above->tc, VMerge::kRestart);
        }
        reads[k] = read();
        if (reads[k] == want) continue;
      }
      set_text(cell->tc, want, above == nullptr ? nullptr : above->tc, replaced_);
      if (vertical_merge(cell->tc) == VMerge::kContinue) {
        set_vertical_merge(cell->tc, VMerge::kNone);
      }
      reads[k] = read();
      if (reads[k] != want) row.problem[k] = "the cell reads \"" + reads[k] + "\" once written";
    }
    previous_ = reads;
    previous_want_ = row.want;
    previous_tr_ = row.tr;
  }

  // May the cell of column k continue the merge of the cell above? When the row wants what the
  // row above wants (一级 too, for 二级) and the cell above is merged already, or, for an added
  // row's 一级/二级, says the same.
  bool may_continue(const IndicatorRow& row, size_t k, const GridCell& above) const {
    if (previous_want_[k] != row.want[k] || row.want[k].empty()) return false;
    if (k == kLevel2 && previous_want_[kLevel1] != row.want[kLevel1]) return false;
    if (vertical_merge(above.tc) != VMerge::kNone) return true;
    return row.added && k <= kLevel2 && std::string(trim(reader_text(above.tc))) == row.want[k];
  }

  // An added row's 一级/二级 that reads right on its own still joins the merge above when it says
  // the same: the merge is extended rather than a second one started.
  bool extends_merge(const IndicatorRow& row, size_t k, const TableGrid& grid, int index,
                     const GridCell* cell, bool above_is_previous) const {
    if (!row.added || k > kLevel2 || cell == nullptr || !above_is_previous) return false;
    if (vertical_merge(cell->tc) == VMerge::kContinue) return false;
    const GridCell* above = grid.rows()[static_cast<size_t>(index - 1)].starting_at(cell->col);
    return above != nullptr && above->span == cell->span &&
           vertical_merge(above->tc) != VMerge::kNone && may_continue(row, k, *above);
  }

  // A continuation needs a restart above it; one that joins nothing is no continuation.
  void repair_restarts(const IndicatorRow& row) {
    xmlNode* table = table_of(row.tr);
    if (table == nullptr) return;
    const TableGrid& grid = grid_of(table);
    int index = grid.index_of(row.tr);
    if (index < 0) return;
    for (const GridCell& cell : grid.rows()[static_cast<size_t>(index)].cells) {
      if (vertical_merge(cell.tc) != VMerge::kContinue) continue;
      const GridCell* above = grid.joined_above(index, cell);
      if (above == nullptr) {
        set_vertical_merge(cell.tc, VMerge::kNone);
      } else if (vertical_merge(above->tc) == VMerge::kNone) {
        set_vertical_merge(above->tc, VMerge::kRestart);
      }
    }
  }

  const std::array<int, kIndicatorColumns>& columns_;
  size_t& replaced_;
  std::map<xmlNode*, std::unique_ptr<TableGrid>> grids_;
  std::optional<Texts> previous_;
  Texts previous_want_;
  xmlNode* previous_tr_ = nullptr;
};

}  // namespace

void settle_indicator_rows(std::vector<IndicatorRow>& rows,
                           const std::array<int, kIndicatorColumns>& columns, size_t& replaced) {
  Settler settler(columns, replaced);
  settler.settle(rows);
}

}  // namespace kpiconv::docx_apply
