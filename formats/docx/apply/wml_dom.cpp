#include "formats/docx/apply/wml_dom.h"

#include <charconv>
#include <vector>

#include "converter/text/text.h"
#include "formats/docx/symbol_font.h"
#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_apply {
namespace {

using ooxml::Ns;

std::string attribute(xmlNode* element, const char* name) {
  for (xmlAttr* attr = element->properties; attr != nullptr; attr = attr->next) {
    if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>(name)) != 0) continue;
    xmlChar* value = xmlNodeListGetString(element->doc, attr->children, 1);
    std::string text = value == nullptr ? "" : reinterpret_cast<const char*>(value);
    xmlFree(value);
    return text;
  }
  return {};
}

bool has_attribute(xmlNode* element, const char* name) {
  for (xmlAttr* attr = element->properties; attr != nullptr; attr = attr->next) {
    if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>(name)) == 0) return true;
  }
  return false;
}

void append_content(xmlNode* node, std::string& out) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content != nullptr) out += reinterpret_cast<const char*>(content);
  xmlFree(content);
}

// The reader's paragraph text (document_parser.cpp: inline_child, run_child, parse_math), with the
// same bookkeeping of complex fields.
class TextCollector {
 public:
  void paragraph(xmlNode* paragraph, std::string& out) {
    for_each_content(paragraph, [&](xmlNode* child) {
      if (!is_w(child, "pPr")) inline_child(child, out);
    });
  }

 private:
  bool in_instruction() const { return instruction_depth_ > 0; }

  void inline_child(xmlNode* node, std::string& out) {
    if (is_w(node, "r")) {
      for_each_content(node, [&](xmlNode* child) { run_child(child, out); });
    } else if (is_w(node, "hyperlink") || is_w(node, "fldSimple") || is_w(node, "smartTag") ||
               is_w(node, "dir") || is_w(node, "bdo")) {
      for_each_content(node, [&](xmlNode* child) { inline_child(child, out); });
    } else if (node->ns != nullptr && ooxml::classify_namespace(reinterpret_cast<const char*>(
                                          node->ns->href)) == Ns::kMath) {
      math(node, out);
    }
  }

  void run_child(xmlNode* node, std::string& out) {
    if (is_w(node, "t")) {
      if (!in_instruction()) append_content(node, out);
    } else if (is_w(node, "ruby")) {
      for (xmlNode* part = node->children; part != nullptr; part = part->next) {
        if (is_w(part, "rubyBase")) {
          for_each_content(part, [&](xmlNode* child) { inline_child(child, out); });
        }
      }
    } else if (is_w(node, "fldChar")) {
      field_char(attribute(node, "fldCharType"));
    } else if (!in_instruction()) {
      if (is_w(node, "tab") || is_w(node, "ptab")) {
        out.push_back('\t');
      } else if (is_w(node, "br") || is_w(node, "cr")) {
        out.push_back('\n');
      } else if (is_w(node, "noBreakHyphen")) {
        out.push_back('-');
      } else if (is_w(node, "sym")) {
        char32_t code = docx::sym_code_point(attribute(node, "font"), attribute(node, "char"));
        if (code != 0) append_utf8(out, code);
      }
    }
  }

  void field_char(const std::string& type) {
    if (type == "begin") {
      fields_.push_back(false);
      ++instruction_depth_;
    } else if (type == "separate") {
      if (!fields_.empty() && !fields_.back()) {
        fields_.back() = true;
        --instruction_depth_;
      }
    } else if (type == "end" && !fields_.empty()) {
      if (!fields_.back()) --instruction_depth_;
      fields_.pop_back();
    }
  }

  void math(xmlNode* node, std::string& out) {
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      if (is(child, Ns::kMath, "t")) {
        if (!in_instruction()) append_content(child, out);
      } else {
        math(child, out);
      }
    }
  }

  std::vector<bool> fields_;
  int instruction_depth_ = 0;
};

}  // namespace

bool is(const xmlNode* node, Ns ns, const char* name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         node->ns->href != nullptr &&
         ooxml::classify_namespace(reinterpret_cast<const char*>(node->ns->href)) == ns &&
         xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string reader_text(xmlNode* element) {
  TextCollector collector;
  std::string text;
  if (is_w(element, "p")) {
    collector.paragraph(element, text);
    return text;
  }
  bool first = true;
  for_each_content(element, [&](xmlNode* child) {
    if (!is_w(child, "p")) return;
    if (!first) text.push_back('\n');
    first = false;
    collector.paragraph(child, text);
  });
  return text;
}

VMerge vertical_merge(xmlNode* cell) {
  xmlNode* properties = docx_template::first_w_child(cell, "tcPr");
  xmlNode* merge =
      properties == nullptr ? nullptr : docx_template::first_w_child(properties, "vMerge");
  if (merge == nullptr) return VMerge::kNone;
  return attribute(merge, "val") == "restart" ? VMerge::kRestart : VMerge::kContinue;
}

void set_vertical_merge(xmlNode* cell, VMerge state) {
  xmlNode* properties = docx_template::first_w_child(cell, "tcPr");
  if (state == VMerge::kNone) {
    xmlNode* merge =
        properties == nullptr ? nullptr : docx_template::first_w_child(properties, "vMerge");
    if (merge != nullptr) {
      xmlUnlinkNode(merge);
      xmlFreeNode(merge);
    }
    return;
  }
  if (properties == nullptr) properties = docx_template::ensure_w_child(cell, "tcPr");
  xmlNode* merge = docx_template::cell_property(properties, "vMerge");
  if (state == VMerge::kRestart) {
    docx_template::set_w_attribute(merge, "val", "restart");
  } else if (has_attribute(merge, "val")) {
    for (xmlAttr* attr = merge->properties; attr != nullptr; attr = attr->next) {
      if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>("val")) == 0) {
        xmlRemoveProp(attr);
        break;
      }
    }
  }
}

int grid_span(xmlNode* cell) {
  xmlNode* properties = docx_template::first_w_child(cell, "tcPr");
  xmlNode* span =
      properties == nullptr ? nullptr : docx_template::first_w_child(properties, "gridSpan");
  if (span == nullptr) return 1;
  std::string value = attribute(span, "val");
  int number = 1;
  std::from_chars(value.data(), value.data() + value.size(), number);
  return number < 1 ? 1 : number;
}

bool row_deleted(xmlNode* row) {
  xmlNode* properties = docx_template::first_w_child(row, "trPr");
  return properties != nullptr && docx_template::first_w_child(properties, "del") != nullptr;
}

}  // namespace kpiconv::docx_apply
