#include "formats/xlsx/apply/cell_value.h"

#include <charconv>
#include <cstring>
#include <optional>

#include "formats/xlsx/apply/xml_node.h"
#include "formats/xlsx/numeric_text.h"

namespace kpiconv::xlsx::apply {
namespace {

std::string content(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* text = xmlNodeGetContent(node);
  std::string out = text == nullptr ? "" : reinterpret_cast<const char*>(text);
  xmlFree(text);
  return out;
}

// The text of <t> elements under `node`, phonetic runs (rPh) left out.
void append_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (is_named(c, "t")) {
      out += content(c);
    } else if (c->type == XML_ELEMENT_NODE && !is_named(c, "rPh")) {
      append_text(c, out);
    }
  }
}

std::uint32_t style_of(const xmlNode* cell) {
  std::string s = attribute_of(cell, "s").value_or("");
  std::uint32_t style = 0;
  std::from_chars(s.data(), s.data() + s.size(), style);
  return style;
}

void remove_children(xmlNode* cell) {
  xmlNode* c = cell->children;
  while (c != nullptr) {
    xmlNode* next = c->next;
    xmlUnlinkNode(c);
    xmlFreeNode(c);
    c = next;
  }
}

std::string number_repr(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

}  // namespace

std::string cell_text(const xmlNode* cell, const CellContext& context) {
  std::string type = attribute_of(cell, "t").value_or("");
  if (type == "inlineStr") {
    std::string out;
    if (const xmlNode* is = first_child_named(cell, "is")) append_text(is, out);
    return out;
  }
  const xmlNode* v = first_child_named(cell, "v");
  if (v == nullptr) return {};
  std::string value = content(v);
  if (type == "s") {
    std::size_t index = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), index);
    if (error != std::errc() || index >= context.strings.size()) return {};
    return context.strings[index];
  }
  if (type == "b") return value == "1" ? "TRUE" : "FALSE";
  if (type == "str" || type == "e" || type == "d") return value;
  double number = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc()) return value;
  return context.formats.of_style(style_of(cell)).format(number, context.date1904);
}

std::optional<std::string> cell_number(const xmlNode* cell) {
  std::string type = attribute_of(cell, "t").value_or("");
  if (!type.empty() && type != "n") return std::nullopt;
  if (first_child_named(cell, "f") != nullptr) return std::nullopt;  // a formula's cached result
  const xmlNode* v = first_child_named(cell, "v");
  if (v == nullptr) return std::nullopt;
  std::string value = content(v);
  if (value.empty() || value.find_first_of("eE") != std::string::npos) return std::nullopt;
  return value;
}

void clear_cell(xmlNode* cell) {
  remove_children(cell);
  xmlUnsetProp(cell, reinterpret_cast<const xmlChar*>("t"));
}

CellWritten write_cell_text(xmlNode* cell, std::string_view text, const CellContext& context) {
  CellWritten written;
  written.replaced_formula = first_child_named(cell, "f") != nullptr;
  std::string type = attribute_of(cell, "t").value_or("");
  const NumberFormat& format = context.formats.of_style(style_of(cell));
  bool numeric = (type.empty() || type == "n") && first_child_named(cell, "v") != nullptr;
  bool blank = first_child_named(cell, "v") == nullptr && first_child_named(cell, "is") == nullptr;
  std::optional<double> number;
  // A cell formatted as text ("@") takes text, even digits ("2024", "007").
  if (!format.text() && (numeric || (blank && !format.general()))) {
    for (std::optional<NumericText> candidate : {as_number(text), as_percentage(text)}) {
      if (candidate && format.format(candidate->value, context.date1904) == text) {
        number = candidate->value;
        break;
      }
    }
  }
  clear_cell(cell);
  if (text.empty()) return written;
  if (number) {
    std::string repr = number_repr(*number);
    xmlNewTextChild(cell, cell->ns, reinterpret_cast<const xmlChar*>("v"),
                    reinterpret_cast<const xmlChar*>(repr.c_str()));
    written.as_number = true;
    return written;
  }
  xmlSetProp(cell, reinterpret_cast<const xmlChar*>("t"),
             reinterpret_cast<const xmlChar*>("inlineStr"));
  xmlNode* is = xmlNewChild(cell, cell->ns, reinterpret_cast<const xmlChar*>("is"), nullptr);
  std::string owned(text);
  xmlNode* t = xmlNewTextChild(is, cell->ns, reinterpret_cast<const xmlChar*>("t"),
                               reinterpret_cast<const xmlChar*>(owned.c_str()));
  xmlNodeSetSpacePreserve(t, 1);
  return written;
}

void set_shared_string(xmlNode* cell, std::size_t index) {
  clear_cell(cell);
  xmlSetProp(cell, reinterpret_cast<const xmlChar*>("t"), reinterpret_cast<const xmlChar*>("s"));
  xmlNewTextChild(cell, cell->ns, reinterpret_cast<const xmlChar*>("v"),
                  reinterpret_cast<const xmlChar*>(std::to_string(index).c_str()));
}

void write_cell_number(xmlNode* cell, std::string_view decimal) {
  clear_cell(cell);
  std::string text(decimal);
  xmlNewTextChild(cell, cell->ns, reinterpret_cast<const xmlChar*>("v"),
                  reinterpret_cast<const xmlChar*>(text.c_str()));
}

std::string xml_safe(std::string_view text, int& removed) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      ++removed;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace kpiconv::xlsx::apply
