// The number formats of xl/styles.xml (ECMA-376 Part 1, 18.8): a cell's s attribute indexes
// cellXfs, whose xf names a numFmtId, which is a custom <numFmt> of the part or a built-in id.
// Fonts, fills and borders do not change the text a cell shows and are not read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/ooxml/xml_stream.h"
#include "formats/xlsx/number_format.h"

namespace kpiconv::xlsx {

class CellFormats {
 public:
  // Reads numFmts and cellXfs. Throws Error(kUnreadable) on malformed XML.
  static CellFormats read(ooxml::XmlStream& xml);

  // Formats not used, and why (one past Excel's length).
  const std::vector<std::string>& warnings() const { return warnings_; }

  // The number format of cell style `style` (the s attribute); General when out of range.
  const NumberFormat& of_style(std::uint32_t style) const {
    return style < style_format_.size() ? formats_[style_format_[style]] : general_;
  }

 private:
  std::vector<NumberFormat> formats_;        // one per distinct numFmtId in use
  std::vector<std::uint32_t> style_format_;  // cellXfs index → formats_ index
  NumberFormat general_;
  std::vector<std::string> warnings_;
};

}  // namespace kpiconv::xlsx
