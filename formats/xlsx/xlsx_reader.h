// The XLSX reader: SpreadsheetML packages (.xlsx, .xlsm, .xltx, .xltm; transitional or Strict) into
// Documents.
//
// Every worksheet, in the workbook's tab order, becomes a paragraph holding its name (style
// kSheetStyle, or kHiddenSheetStyle with a warning) followed by its grid as a Table when it has
// cells. Sheets stream to the sink one at a time, so memory grows with the largest sheet, never
// with the workbook. Each sheet is read in two stages: worksheet_part.cpp streams the XML into a
// RawSheet (cells with the text they show, merged ranges), then sheet_table.cpp lays it out on a
// grid. Cell text is what a person sees: shared and inline strings, cached formula results, and
// numbers through their number format (number_format.h).
//
// The source-text sheet kpiconv itself writes (source_text_sheet.h) is not a block: it gives the
// cells it lists their source text back.
#pragma once

#include "converter/registry/format.h"

namespace kpiconv {

class XlsxReader : public Reader {
 public:
  std::string_view name() const override { return "xlsx"; }
  std::vector<std::string_view> extensions() const override {
    return {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb"};
  }
  std::string_view description() const override { return "an Excel workbook"; }
  // A zip whose main part (through _rels/.rels) has a SpreadsheetML content type. Throws
  // Error(kUnreadable) for a file that starts like a zip but is a damaged one.
  bool claims(const InputProbe& probe) const override;
  // A workbook package at the end of a file that starts as another format (a zip appended to an
  // .xls).
  std::string also_found_from_end(const InputProbe& probe) const override;
  void read(const std::string& path, BlockSink& sink, const ReadOptions& options) const override;
};

}  // namespace kpiconv
