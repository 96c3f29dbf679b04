// The neutral document every reader produces: an ordered list of blocks, each a paragraph or a
// table laid out on a grid with real row and column spans. Readers put no domain knowledge here;
// the recognizer alone knows what a 绩效目标表 is.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "converter/model/provenance.h"

namespace kpiconv {

// Workbook readers introduce each sheet with a paragraph holding the sheet's name in one of these
// styles, then the sheet's grid as a table.
inline constexpr const char* kSheetStyle = "Sheet";
inline constexpr const char* kHiddenSheetStyle = "Hidden Sheet";

struct Paragraph {
  std::string text;   // runs joined; w:tab as '\t', w:br/w:cr as '\n'
  std::string style;  // style name as the producer wrote it ("Title", "heading 1"), may be empty
  int outline_level = -1;  // 0..8 for headings, -1 for body text
  Provenance where;
};

// How the rows and cells of a table name their places in the source. Kept once per table, with a
// number per row and per cell, so that a cell's place is no string of its own (a table of
// millions of empty cells costs a few bytes a cell, not a locator each).
struct SourcePlaces {
  enum class Style : std::uint8_t {
    // Sheets and CSV files: grid row r and column c are the sheet's row r+1 and column c+1;
    // a row is "Sheet1!7:7", a cell "Sheet1!C7" (`prefix` "Sheet1!", or "" for a CSV file).
    kCellReferences,
    // Word tables count elements in XML order: `prefix` is the table ("tbl[3]"), a row
    // "tbl[3]/tr[5]" (the ordinal of its w:tr, Table::source_rows) and a cell "tbl[3]/tr[5]/tc[2]"
    // (the ordinal of its w:tc in that row, Cell::source_index).
    kWordElements,
  };
  Style style = Style::kCellReferences;
  std::string part;    // the package part; empty for a flat file
  std::string prefix;  // see Style
};

struct Cell {
  int row = 0;  // grid position of the cell's top-left corner
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  // Word tables: the ordinal of the cell's w:tc in its row (SourcePlaces::kWordElements).
  std::uint32_t source_index = 0;
  std::string text;  // a Word cell's paragraphs joined with '\n' (nested tables excluded)
};

struct NestedTable;

// A rectangular grid. `cells` holds only the cells that start at a position (like HTML), in
// row-major order; `owner` maps every grid position to the index of the cell covering it, or -1 for
// a hole (w:gridBefore/w:gridAfter, short rows).
struct Table {
  int rows = 0;
  int cols = 0;
  std::vector<Cell> cells;
  std::vector<int32_t> owner;  // rows * cols
  Provenance where;            // the table: DOCX "tbl[3]", a sheet its name, a CSV file "A1"
  SourcePlaces places;
  // kWordElements: per grid row, the ordinal of its w:tr (deleted rows are counted, not kept).
  std::vector<std::uint32_t> source_rows;
  std::vector<NestedTable> nested;  // tables inside cells, by the cell's index, in order

  const Cell* at(int row, int col) const {
    if (row < 0 || col < 0 || row >= rows || col >= cols) return nullptr;
    int32_t index = owner[static_cast<size_t>(row) * cols + col];
    return index < 0 ? nullptr : &cells[static_cast<size_t>(index)];
  }
  // The distinct cells crossing `row`, left to right (a cell spanning several columns appears
  // once).
  std::vector<const Cell*> row_cells(int row) const;
  // Rebuilds `owner` from `cells`; throws std::logic_error if cells overlap or leave the grid.
  void index_cells();

  // Where grid row `row` and `cell` (one of `cells`) were read from.
  Provenance row_place(int row) const;
  Provenance place_of(const Cell& cell) const;
  // The tables inside cells[cell_index], in order.
  std::vector<const Table*> nested_in(std::size_t cell_index) const;
};

struct NestedTable {
  std::size_t cell = 0;  // index in the outer table's cells
  Table table;
};

using Block = std::variant<Paragraph, Table>;

struct DocumentMetadata {
  std::string title;  // docProps/core.xml dc:title, if any
  // How the file was read when not by its reader alone: "doc (via LibreOffice 7.4)".
  std::string source_format;
};

struct Warning {
  std::string message;
  Provenance where;
};

struct Document {
  std::string source_path;
  std::string format;  // "docx", ...
  DocumentMetadata metadata;
  std::vector<Block> blocks;
  std::vector<Warning> warnings;
};

// Receives blocks as a reader produces them, so a consumer can work without holding the whole
// document. Metadata arrives before the first block.
class BlockSink {
 public:
  virtual ~BlockSink() = default;
  virtual void metadata(const DocumentMetadata& metadata) = 0;
  virtual void block(Block&& block) = 0;
  virtual void warning(Warning&& warning) = 0;
};

// A sink that keeps everything: the Document.
class DocumentBuilder : public BlockSink {
 public:
  explicit DocumentBuilder(Document& document) : document_(document) {}
  void metadata(const DocumentMetadata& metadata) override { document_.metadata = metadata; }
  void block(Block&& block) override { document_.blocks.push_back(std::move(block)); }
  void warning(Warning&& warning) override { document_.warnings.push_back(std::move(warning)); }

 private:
  Document& document_;
};

}  // namespace kpiconv
