// A filing's other table as a Word table, made in the likeness of the template's one-cell sample
// table: its table properties (style, borders, width), and its cell's paragraph and run
// properties for every cell. Merged cells become w:gridSpan and w:vMerge; holes at a row's ends
// become w:gridBefore / w:gridAfter.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

#include "converter/model/document.h"

namespace kpiconv::docx_template {

// Puts the frame of the table for `grid` (its properties and column grid) in `sample`'s place,
// freeing the sample. Its rows are made one at a time as they are written (write_rows), so that a
// table of millions of cells costs one row of XML tree: the frame holds a comment, serialized as
// serialized_marker(), where the rows go. Characters XML cannot hold are replaced (xml_safe_text)
// and counted in `replaced`; `number` tells the markers of one document apart.
class GridTable {
 public:
  GridTable(xmlNode* sample, const Table& grid, std::size_t& replaced, int number);
  GridTable(const GridTable&) = delete;
  GridTable& operator=(const GridTable&) = delete;
  ~GridTable();

  xmlNode* frame() const { return frame_; }
  std::string serialized_marker() const;
  void write_rows(std::ostream& out) const;

 private:
  class Builder;
  std::unique_ptr<Builder> builder_;
  std::string marker_;
  xmlNode* frame_ = nullptr;
};

}  // namespace kpiconv::docx_template
