// The main part as a libxml2 tree, walked the way the streaming reader (document_parser.cpp) walks
// it, so that `apply` finds again exactly the elements the reader gave provenance to and sees the
// same text in them.
#pragma once

#include <libxml/tree.h>

#include <string>

#include "formats/ooxml/namespaces.h"

namespace kpiconv::docx_apply {

// True for an element in namespace `ns` named `name` (WordprocessingML transitional or Strict).
bool is(const xmlNode* node, ooxml::Ns ns, const char* name);
inline bool is_w(const xmlNode* node, const char* name) {
  return is(node, ooxml::Ns::kWordprocessingML, name);
}

// Calls on_child(child) for each element child of `parent` the reader treats as content, looking
// through the wrappers every level shares as the reader's dispatch() does: w:sdt (its
// w:sdtContent), w:customXml, w:ins and w:moveTo are transparent, w:del and w:moveFrom dropped,
// mc:AlternateContent contributes its first mc:Choice or mc:Fallback.
template <class F>
void for_each_content(xmlNode* parent, F&& on_child) {
  for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_w(child, "sdt")) {
      for (xmlNode* part = child->children; part != nullptr; part = part->next) {
        if (is_w(part, "sdtContent")) for_each_content(part, on_child);
      }
    } else if (is_w(child, "customXml") || is_w(child, "ins") || is_w(child, "moveTo")) {
      for_each_content(child, on_child);
    } else if (is_w(child, "del") || is_w(child, "moveFrom")) {
      continue;
    } else if (is(child, ooxml::Ns::kMarkupCompatibility, "AlternateContent")) {
      for (xmlNode* branch = child->children; branch != nullptr; branch = branch->next) {
        if (is(branch, ooxml::Ns::kMarkupCompatibility, "Choice") ||
            is(branch, ooxml::Ns::kMarkupCompatibility, "Fallback")) {
          for_each_content(branch, on_child);
          break;
        }
      }
    } else {
      on_child(child);
    }
  }
}

// The text the reader reads from a w:p, or from a w:tc (its paragraphs joined by '\n'): w:t,
// tabs, breaks, symbols and field results, tracked deletions and field instructions left out.
std::string reader_text(xmlNode* element);

// The w:tcPr/w:vMerge state of a cell.
enum class VMerge { kNone, kRestart, kContinue };
VMerge vertical_merge(xmlNode* cell);
// Sets (or, for kNone, removes) the cell's w:vMerge, keeping w:tcPr's children in schema order.
void set_vertical_merge(xmlNode* cell, VMerge state);
// w:gridSpan of a cell (1 when absent).
int grid_span(xmlNode* cell);
// True for a row that is a tracked deletion (w:trPr/w:del): the reader skips it.
bool row_deleted(xmlNode* row);

}  // namespace kpiconv::docx_apply
