// Builds Tables for recognizer tests the way HTML lays out rows: each cell takes the next column
// not already covered by a cell spanning down from above.
#pragma once

#include <string>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/filing.h"

namespace kpiconv::test {

struct CellSpec {
  std::string text;
  int col_span = 1;
  int row_span = 1;
  CellSpec(const char* cell_text) : text(cell_text) {}             // NOLINT: terse test tables
  CellSpec(std::string cell_text) : text(std::move(cell_text)) {}  // NOLINT
  CellSpec(std::string cell_text, int cols, int rows = 1)
      : text(std::move(cell_text)), col_span(cols), row_span(rows) {}
};

class TableBuilder {
 public:
  explicit TableBuilder(int cols, int table_ordinal = 1) : cols_(cols), ordinal_(table_ordinal) {}
  TableBuilder& row(std::vector<CellSpec> cells);
  Table build() const;

 private:
  int cols_;
  int ordinal_;
  std::vector<std::vector<CellSpec>> rows_;
};

Paragraph paragraph(std::string text, std::string style = {});
Field field(std::string text);

}  // namespace kpiconv::test
