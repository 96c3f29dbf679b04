#include "formats/docx/styles.h"

#include <charconv>

namespace kpiconv::docx {
namespace {

using ooxml::Name;
using ooxml::Ns;
using ooxml::XmlStream;

bool on_off(std::optional<std::string_view> value) {
  return value && (*value == "1" || *value == "true" || *value == "on");
}

}  // namespace

int outline_level_from(std::string_view value) {
  int level = -1;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), level);
  if (error != std::errc() || level < 0 || level > 8) return -1;
  return level;
}

Styles Styles::read(XmlStream& xml) {
  Styles styles;
  const Name style_name = xml.intern("style");
  const Name name_name = xml.intern("name");
  const Name based_on_name = xml.intern("basedOn");
  const Name ppr_name = xml.intern("pPr");
  const Name outline_name = xml.intern("outlineLvl");
  const Ns w = Ns::kWordprocessingML;
  while (xml.read()) {
    if (!xml.start_element() || !xml.is(w, style_name)) continue;
    if (xml.attribute(w, "type").value_or("paragraph") != "paragraph") {
      xml.skip();
      continue;
    }
    std::string id(xml.attribute(w, "styleId").value_or(""));
    bool is_default = on_off(xml.attribute(w, "default"));
    std::string name, based_on;
    int outline_level = kUnset;
    if (!xml.empty_element()) {
      const int depth = xml.depth();
      while (xml.read() && !(xml.end_element() && xml.depth() == depth)) {
        if (!xml.start_element()) continue;
        if (xml.depth() == depth + 1 && xml.is(w, name_name)) {
          name = xml.attribute(w, "val").value_or("");
        } else if (xml.depth() == depth + 1 && xml.is(w, based_on_name)) {
          based_on = xml.attribute(w, "val").value_or("");
        } else if (xml.depth() == depth + 2 && xml.is(w, outline_name)) {
          outline_level = outline_level_from(xml.attribute(w, "val").value_or(""));
        } else if (xml.depth() == depth + 1 && !xml.is(w, ppr_name)) {
          xml.skip();
        }
      }
    }
    // A style without w:styleId cannot be referenced (POI bug 60329 has one); keep only the rest.
    if (!id.empty()) {
      styles.add_paragraph_style(std::move(id), std::move(name), std::move(based_on), outline_level,
                                 is_default);
    }
  }
  return styles;
}

void Styles::add_paragraph_style(std::string id, std::string name, std::string based_on,
                                 int outline_level, bool is_default) {
  if (is_default && default_id_.empty()) default_id_ = id;
  Style style{name.empty() ? id : std::move(name), std::move(based_on), outline_level};
  styles_.emplace(std::move(id), std::move(style));
}

const Styles::Style* Styles::find(std::string_view id) const {
  auto found = styles_.find(id.empty() ? std::string_view(default_id_) : id);
  return found == styles_.end() ? nullptr : &found->second;
}

std::string_view Styles::name_of(std::string_view id) const {
  if (const Style* style = find(id)) return style->name;
  return id;
}

int Styles::outline_level_of(std::string_view id) const {
  const Style* style = find(id);
  // Bounded walk: a w:basedOn cycle must not hang.
  for (int step = 0; style != nullptr && step < 64; ++step) {
    if (style->outline_level != kUnset) return style->outline_level;
    if (style->based_on.empty()) break;
    style = find(style->based_on);
  }
  return -1;
}

}  // namespace kpiconv::docx
