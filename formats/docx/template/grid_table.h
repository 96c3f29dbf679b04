// A filing's other table as a Word table, made in the likeness of the template's one-cell sample
// table: its table properties (style, borders, width), and its cell's paragraph and run
// properties for every cell. Merged cells become w:gridSpan and w:vMerge; holes at a row's ends
// become w:gridBefore / w:gridAfter.
#pragma once

#include <libxml/tree.h>

#include "converter/model/document.h"
#include "formats/docx/template/paragraph_fields.h"

namespace kpiconv::docx_template {

// Builds the table for `grid` from `sample` (a w:tbl), puts it in the sample's place (freeing the
// sample) and returns it; its paragraphs are added to `filled` so their text is never taken for
// placeholders.
// Characters XML cannot hold are replaced (xml_safe_text) and counted in `replaced`.
xmlNode* replace_sample_table(xmlNode* sample, const Table& grid, FilledParagraphs& filled,
                              size_t& replaced);

}  // namespace kpiconv::docx_template
