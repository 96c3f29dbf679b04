// Streams a WordprocessingML main part (w:document) into a BlockSink: body paragraphs and tables in
// order, with text boxes emitted as blocks right after the block that anchors them. Memory grows
// with the largest table, never with the document: a body block is handed to the sink as soon as
// its end tag is read.
//
// What counts as text (ECMA-376 Part 1, 17.3.3 and 17.13):
// - w:t, w:tab/w:ptab ('\t'), w:br/w:cr ('\n'), w:noBreakHyphen ('-'), w:sym; w:softHyphen is
//   nothing; the result of a field (simple or complex) but not its instruction;
// - tracked changes as accepted: w:ins and w:moveTo kept, w:del and w:moveFrom dropped, rows
//   with w:trPr/w:del and cells with w:tcPr/w:cellDel dropped;
// - content controls (w:sdt at block, row, cell and run level), w:customXml, w:smartTag,
//   hyperlinks, bookmarks, permissions, comment ranges and proofing marks are transparent;
// - mc:AlternateContent contributes exactly one branch: the first mc:Choice, else mc:Fallback;
// - w:altChunk (imported HTML/RTF) is not read: a Warning says so.
//
// Provenance (part = the main part's name):
// - body paragraphs "p[N]", body tables "tbl[N]" and cells "tbl[N]/tr[R]/tc[C]": 1-based ordinals
// in
//   XML order of every w:p / w:tbl at body level (those inside block-level w:sdt or w:customXml
//   included), every w:tr of the table (deleted rows and rows inside row-level w:sdt included) and
//   every w:tc of the row (deleted cells included), so a locator finds its element again;
// - nested tables continue the path: "tbl[3]/tr[2]/tc[1]/tbl[1]/tr[1]/tc[1]";
// - text boxes: "txbx[K]/p[N]" and "txbx[K]/tbl[N]/tr[R]/tc[C]", where K counts the w:txbxContent
//   elements the reader visits in XML order (only the chosen mc:AlternateContent branch, so each
//   text box once) and N the paragraphs/tables at the text box's top level;
// - "altChunk[N]" for warnings about w:altChunk at body level.
// A table whose rows are all tracked deletions is left out (its ordinal still counts).
#pragma once

#include <cstdint>
#include <string>

#include "converter/model/document.h"
#include "converter/registry/format.h"
#include "formats/docx/styles.h"
#include "formats/ooxml/xml_stream.h"

namespace kpiconv::docx {

// Reads the whole part from `xml` (positioned before its first node). Throws Error(kUnreadable)
// when the part is malformed, is not a w:document, or is past a cap of `options`: its paragraphs
// hold more than max_text_bytes of text, a table or the document more cells than
// max_table_cells or max_document_cells.
void parse_main_part(ooxml::XmlStream& xml, const Styles& styles, BlockSink& sink,
                     const ReadOptions& options);

}  // namespace kpiconv::docx
