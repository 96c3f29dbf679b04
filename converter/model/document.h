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

struct Table;

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

struct Cell {
  int row = 0;  // grid position of the cell's top-left corner
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  // A Word cell's own paragraphs (nested tables excluded); empty for workbook and CSV cells,
  // whose text is all they hold.
  std::vector<std::string> paragraphs;
  std::string text;                     // paragraphs joined with '\n'
  std::vector<Table> nested;            // tables inside this cell, in order
  Provenance where;
};

// A rectangular grid. `cells` holds only the cells that start at a position (like HTML), in
// row-major order; `owner` maps every grid position to the index of the cell covering it, or -1 for
// a hole (w:gridBefore/w:gridAfter, short rows).
struct Table {
  int rows = 0;
  int cols = 0;
  std::vector<Cell> cells;
  std::vector<int32_t> owner;  // rows * cols
  Provenance where;
  std::vector<Provenance> row_where;  // one per grid row: the source row (DOCX "tbl[3]/tr[5]")

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
