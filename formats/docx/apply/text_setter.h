// Writes new text into a table cell or a paragraph of the main part, keeping its look: the
// paragraph's w:pPr and the first run's w:rPr stay, the runs collapse into one run in that
// formatting, '\n' becomes w:br and '\t' w:tab. A cell keeps only its first paragraph (and its
// nested tables); bookmarks of that paragraph are kept.
#pragma once

#include <libxml/tree.h>

#include <string>

namespace kpiconv::docx_apply {

// Sets the text of a w:tc or a w:p. `look_like` (a w:tc or w:p, may be nullptr) lends its first
// run's formatting when `element` has no run of its own (an empty cell, a merge continuation).
// Characters XML cannot hold become U+FFFD, counted in `replaced`.
void set_text(xmlNode* element, const std::string& text, xmlNode* look_like, size_t& replaced);

// The w:rPr of the first run the reader would read in `element` (a w:tc or w:p), or nullptr.
xmlNode* first_run_properties(xmlNode* element);

}  // namespace kpiconv::docx_apply
