#include "formats/docx/apply/text_setter.h"

#include <vector>

#include "converter/text/text.h"
#include "formats/docx/apply/wml_dom.h"
#include "formats/docx/template/paragraph_fields.h"
#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_apply {
namespace {

void free_node(xmlNode* node) {
  xmlUnlinkNode(node);
  xmlFreeNode(node);
}

// The first w:r of a paragraph, through the wrappers the reader looks through.
xmlNode* first_run(xmlNode* paragraph) {
  xmlNode* found = nullptr;
  auto visit = [&](auto& self, xmlNode* node) -> void {
    if (found != nullptr) return;
    if (is_w(node, "r")) {
      found = node;
    } else if (is_w(node, "hyperlink") || is_w(node, "fldSimple") || is_w(node, "smartTag") ||
               is_w(node, "dir") || is_w(node, "bdo")) {
      for_each_content(node, [&](xmlNode* child) { self(self, child); });
    }
  };
  for_each_content(paragraph, [&](xmlNode* child) { visit(visit, child); });
  return found;
}

std::vector<xmlNode*> paragraphs_of(xmlNode* element) {
  std::vector<xmlNode*> paragraphs;
  if (is_w(element, "p")) return {element};
  for_each_content(element, [&](xmlNode* child) {
    if (is_w(child, "p")) paragraphs.push_back(child);
  });
  return paragraphs;
}

// The paragraph mark's run properties (w:pPr/w:rPr), as run properties: without the tracked
// change marks only a paragraph mark can carry.
xmlNode* mark_run_properties(xmlNode* paragraph, xmlDoc* doc) {
  xmlNode* properties = docx_template::first_w_child(paragraph, "pPr");
  xmlNode* mark = properties == nullptr ? nullptr : docx_template::first_w_child(properties, "rPr");
  if (mark == nullptr) return nullptr;
  xmlNode* copy = docx_template::copy_node(mark, doc);
  for (xmlNode* child = copy->children; child != nullptr;) {
    xmlNode* next = child->next;
    if (is_w(child, "ins") || is_w(child, "del") || is_w(child, "moveFrom") ||
        is_w(child, "moveTo") || is_w(child, "rPrChange")) {
      free_node(child);
    }
    child = next;
  }
  return copy;
}

// Leaves the paragraph its properties and bookmarks, then one run holding `text`.
void fill_paragraph(xmlNode* paragraph, const std::string& text, xmlNode* run_properties) {
  for (xmlNode* child = paragraph->children; child != nullptr;) {
    xmlNode* next = child->next;
    if (child->type != XML_ELEMENT_NODE ||
        !(is_w(child, "pPr") || is_w(child, "bookmarkStart") || is_w(child, "bookmarkEnd"))) {
      free_node(child);
    }
    child = next;
  }
  if (text.empty()) {
    if (run_properties != nullptr) xmlFreeNode(run_properties);
    return;
  }
  xmlNode* run = xmlAddChild(paragraph, docx_template::new_w(paragraph, "r"));
  if (run_properties != nullptr) xmlAddChild(run, run_properties);
  xmlNode* text_element = xmlAddChild(run, docx_template::new_w(paragraph, "t"));
  docx_template::set_run_text(text_element, text);
}

}  // namespace

xmlNode* first_run_properties(xmlNode* element) {
  for (xmlNode* paragraph : paragraphs_of(element)) {
    if (xmlNode* run = first_run(paragraph)) return docx_template::first_w_child(run, "rPr");
  }
  return nullptr;
}

void set_text(xmlNode* element, const std::string& text, xmlNode* look_like, size_t& replaced) {
  xmlDoc* doc = element->doc;
  std::string safe = xml_safe_text(text, replaced);
  std::vector<xmlNode*> paragraphs = paragraphs_of(element);
  xmlNode* paragraph = nullptr;
  if (paragraphs.empty()) {
    paragraph = xmlAddChild(element, docx_template::new_w(element, "p"));
  } else {
    paragraph = paragraphs.front();
  }
  // The formatting to keep: this element's first run, else the look-alike's, else the mark's.
  xmlNode* run_properties = nullptr;
  bool has_run = false;
  for (xmlNode* candidate : paragraphs) {
    if (xmlNode* run = first_run(candidate)) {
      has_run = true;
      if (xmlNode* properties = docx_template::first_w_child(run, "rPr")) {
        run_properties = docx_template::copy_node(properties, doc);
      }
      break;
    }
  }
  if (!has_run && look_like != nullptr) {
    if (xmlNode* properties = first_run_properties(look_like)) {
      run_properties = docx_template::copy_node(properties, doc);
      has_run = true;
    }
  }
  if (!has_run) run_properties = mark_run_properties(paragraph, doc);

  for (size_t i = 1; i < paragraphs.size(); ++i) free_node(paragraphs[i]);
  fill_paragraph(paragraph, safe, run_properties);
  if (is_w(element, "tc")) {
    // A cell must end with a paragraph (ECMA-376 Part 1, 17.4.66).
    xmlNode* last = xmlGetLastChild(element);
    while (last != nullptr && last->type != XML_ELEMENT_NODE) last = last->prev;
    if (last != nullptr && is_w(last, "tbl")) {
      xmlNode* closing = xmlAddChild(element, docx_template::new_w(element, "p"));
      if (xmlNode* properties = docx_template::first_w_child(paragraph, "pPr")) {
        xmlAddChild(closing, docx_template::copy_node(properties, doc));
      }
    }
  }
}

}  // namespace kpiconv::docx_apply
