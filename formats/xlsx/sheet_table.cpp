#include "formats/xlsx/sheet_table.h"

#include <algorithm>

#include "converter/error.h"
#include "formats/xlsx/sheet_limits.h"

namespace kpiconv::xlsx {
namespace {

// Checking merged ranges for overlaps walks their positions in the grid. Accepted ranges are
// disjoint, so their walks add up to at most the grid; this bounds what overlapping ones (which
// only a hostile file has many of) may cost on top.
constexpr std::size_t kMergeWalkBudget = 4 * kMaxGridPositions;
// Warnings listed one by one per sheet before the rest is summarised.
constexpr std::size_t kListedOverlaps = 10;

bool before(const CellPosition& a, const CellPosition& b) {
  return a.row < b.row || (a.row == b.row && a.col < b.col);
}

struct Extent {
  int rows = 0;
  int cols = 0;

  void include(int last_row, int last_col) {
    rows = std::max(rows, last_row + 1);
    cols = std::max(cols, last_col + 1);
  }
  std::size_t positions() const { return static_cast<std::size_t>(rows) * cols; }
};

class SheetTableBuilder {
 public:
  SheetTableBuilder(RawSheet&& sheet, const SheetPlace& place, const SharedStrings& strings,
                    const SheetSourceTexts* recorded, std::vector<Warning>& warnings)
      : sheet_(std::move(sheet)),
        place_(place),
        strings_(strings),
        recorded_(recorded),
        warnings_(warnings) {
    prefix_ = quote_sheet_name(place.name);
    prefix_.push_back('!');
  }

  Table build() {
    put_cells_in_order();
    Extent extent = extent_of_everything();
    if (extent.positions() > kMaxGridPositions) extent = drop_blank_cells_beyond_content();
    if (extent.positions() == 0) return Table{};
    std::vector<int32_t> owner(extent.positions(), -1);
    resolve_merges(extent, owner);
    Table table = lay_out_cells(extent, owner);
    table.owner = std::move(owner);  // index_cells() reuses its memory
    table.index_cells();
    return table;
  }

 private:
  void warn(std::string message) {
    warnings_.push_back(Warning{std::move(message), Provenance{place_.part, place_.name}});
  }

  std::string_view text_of(const RawCell& cell) const {
    return cell.shared_string == kNoSharedString ? std::string_view(cell.text)
                                                 : std::string_view(strings_[cell.shared_string]);
  }

  // Row-major order; a position given twice keeps its first cell.
  void put_cells_in_order() {
    auto& cells = sheet_.cells;
    if (sheet_.in_order) return;
    std::stable_sort(cells.begin(), cells.end(), [](const RawCell& a, const RawCell& b) {
      return a.row < b.row || (a.row == b.row && a.col < b.col);
    });
    auto last = std::unique(cells.begin(), cells.end(), [](const RawCell& a, const RawCell& b) {
      return a.row == b.row && a.col == b.col;
    });
    const auto duplicates = cells.end() - last;
    if (duplicates > 0) {
      cells.erase(last, cells.end());
      warn(std::to_string(duplicates) + " cells of sheet \"" + place_.name +
           "\" repeat a position given earlier; the first of each was kept");
    }
  }

  Extent extent_of_everything() const {
    Extent extent;
    for (const RawCell& cell : sheet_.cells) extent.include(cell.row, cell.col);
    for (const CellRange& range : sheet_.merges) extent.include(range.last.row, range.last.col);
    return extent;
  }

  // Styled blank cells out to XFD1048576 (Gnumeric, some exports) would make the grid huge:
  // keep the grid to the cells with text and the merged ranges.
  Extent drop_blank_cells_beyond_content() {
    Extent content;
    for (const RawCell& cell : sheet_.cells) {
      if (!text_of(cell).empty()) content.include(cell.row, cell.col);
    }
    for (const CellRange& range : sheet_.merges) content.include(range.last.row, range.last.col);
    if (content.positions() > kMaxGridPositions) {
      throw_unreadable(place_.file,
                       "sheet \"" + place_.name + "\" is too large to lay out: its content spans " +
                           std::to_string(content.rows) + " rows x " +
                           std::to_string(content.cols) + " columns (more than " +
                           std::to_string(kMaxGridPositions) + " grid positions)",
                       place_.part);
    }
    auto& cells = sheet_.cells;
    const auto kept = std::remove_if(cells.begin(), cells.end(), [&](const RawCell& cell) {
      return cell.row >= content.rows || cell.col >= content.cols;
    });
    const auto dropped = cells.end() - kept;
    cells.erase(kept, cells.end());
    warn(std::to_string(dropped) + " blank cells of sheet \"" + place_.name +
         "\" beyond its content (" + std::to_string(content.rows) + " rows x " +
         std::to_string(content.cols) + " columns) were dropped to keep the grid within " +
         std::to_string(kMaxGridPositions) + " positions");
    return content;
  }

  // Accepts merged ranges in XML order, marking each in `owner` with its index in accepted_; a
  // range touching an accepted one is ignored. Single-cell ranges change nothing and are skipped.
  void resolve_merges(const Extent& extent, std::vector<int32_t>& owner) {
    std::size_t walked = 0;
    std::vector<std::string> overlapping;
    std::size_t overlaps = 0;
    for (const CellRange& range : sheet_.merges) {
      if (range.first == range.last) continue;
      bool free = true;
      for (int r = range.first.row; free && r <= range.last.row; ++r) {
        const std::size_t row_start = static_cast<std::size_t>(r) * extent.cols;
        for (int c = range.first.col; c <= range.last.col; ++c) {
          if (owner[row_start + c] >= 0) {
            free = false;
            break;
          }
        }
        walked += static_cast<std::size_t>(range.last.col - range.first.col + 1);
      }
      if (walked > kMergeWalkBudget) {
        throw_unreadable(
            place_.file,
            "sheet \"" + place_.name + "\" has too many overlapping merged ranges to resolve",
            place_.part);
      }
      if (!free) {
        if (overlaps++ < kListedOverlaps) overlapping.push_back(range_reference(range));
        continue;
      }
      const auto index = static_cast<int32_t>(accepted_.size());
      for (int r = range.first.row; r <= range.last.row; ++r) {
        const std::size_t row_start = static_cast<std::size_t>(r) * extent.cols;
        std::fill(owner.begin() + static_cast<std::ptrdiff_t>(row_start + range.first.col),
                  owner.begin() + static_cast<std::ptrdiff_t>(row_start + range.last.col + 1),
                  index);
      }
      accepted_.push_back(range);
    }
    for (const std::string& reference : overlapping) {
      warn("merged range " + reference + " of sheet \"" + place_.name +
           "\" overlaps an earlier merged range; ignored");
    }
    if (overlaps > overlapping.size()) {
      warn(std::to_string(overlaps - overlapping.size()) + " more merged ranges of sheet \"" +
           place_.name + "\" overlap earlier ones; ignored");
    }
  }

  void append_cell(Table& table, int row, int col, const CellRange* merge, std::string text) {
    if (recorded_ != nullptr) {
      if (const std::string* source = recorded_->source_for(row, col, text)) text = *source;
    }
    Cell& cell = table.cells.emplace_back();
    cell.row = row;
    cell.col = col;
    if (merge != nullptr) {
      cell.row_span = merge->last.row - merge->first.row + 1;
      cell.col_span = merge->last.col - merge->first.col + 1;
    }
    cell.text = std::move(text);
  }

  // Cells in row-major order: each <c> not covered by a merge, and one cell per merged range
  // (the <c> at its top-left, or an empty one).
  Table lay_out_cells(const Extent& extent, const std::vector<int32_t>& owner) {
    std::vector<const CellRange*> merges;  // by top-left, row-major
    merges.reserve(accepted_.size());
    for (const CellRange& range : accepted_) merges.push_back(&range);
    std::sort(merges.begin(), merges.end(),
              [](const CellRange* a, const CellRange* b) { return before(a->first, b->first); });

    Table table;
    table.cells.reserve(sheet_.cells.size() + merges.size());
    std::size_t next_merge = 0;
    auto merges_before = [&](const CellPosition& position) {
      while (next_merge < merges.size() && before(merges[next_merge]->first, position)) {
        const CellRange* merge = merges[next_merge++];
        append_cell(table, merge->first.row, merge->first.col, merge, std::string());
      }
    };
    for (RawCell& raw : sheet_.cells) {
      const CellPosition position{raw.row, raw.col};
      merges_before(position);
      const int32_t merge_index = owner[static_cast<std::size_t>(raw.row) * extent.cols + raw.col];
      const CellRange* merge = nullptr;
      if (merge_index >= 0) {
        merge = &accepted_[static_cast<std::size_t>(merge_index)];
        if (!(merge->first == position)) continue;  // covered by the merge
        ++next_merge;                               // merges_before stopped right at this one
      }
      std::string text =
          raw.shared_string == kNoSharedString ? std::move(raw.text) : strings_[raw.shared_string];
      append_cell(table, raw.row, raw.col, merge, std::move(text));
    }
    merges_before(CellPosition{kMaxRows, 0});
    sheet_.cells = {};

    // The grid the cells need (ignored merges may have stretched `extent`).
    Extent used;
    for (const Cell& cell : table.cells) {
      used.include(cell.row + cell.row_span - 1, cell.col + cell.col_span - 1);
    }
    table.rows = used.rows;
    table.cols = used.cols;
    table.where = Provenance{place_.part, place_.name};
    table.places = SourcePlaces{SourcePlaces::Style::kCellReferences, place_.part, prefix_};
    return table;
  }

  RawSheet sheet_;
  const SheetPlace& place_;
  const SharedStrings& strings_;
  const SheetSourceTexts* recorded_;
  std::vector<Warning>& warnings_;
  std::string prefix_;  // "Sheet1!" or "'项目 (2)'!"
  std::vector<CellRange> accepted_;
};

}  // namespace

Table build_sheet_table(RawSheet&& sheet, const SheetPlace& place, const SharedStrings& strings,
                        const SheetSourceTexts* recorded, std::vector<Warning>& warnings) {
  return SheetTableBuilder(std::move(sheet), place, strings, recorded, warnings).build();
}

}  // namespace kpiconv::xlsx
