#include "formats/xlsx/styles_part.h"

#include <charconv>
#include <map>
#include <string>

namespace kpiconv::xlsx {
namespace {

using ooxml::Name;
using ooxml::Ns;
using ooxml::XmlStream;

constexpr Ns kMc = Ns::kMarkupCompatibility;

int number_format_id(std::optional<std::string_view> value) {
  if (!value) return 0;
  int id = 0;
  auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), id);
  return error == std::errc() && id >= 0 ? id : 0;
}

struct StylesReader {
  explicit StylesReader(XmlStream& stream)
      : xml(stream),
        num_fmts(xml.intern("numFmts")),
        num_fmt(xml.intern("numFmt")),
        cell_xfs(xml.intern("cellXfs")),
        xf(xml.intern("xf")),
        alternate_content(xml.intern("AlternateContent")),
        fallback(xml.intern("Fallback")) {}

  // Calls on_child for each child element of the current one (which must consume it).
  template <class F>
  void each_child(F&& on_child) {
    if (xml.empty_element()) return;
    const int depth = xml.depth();
    while (xml.read()) {
      if (xml.end_element() && xml.depth() == depth) return;
      if (xml.start_element()) on_child();
    }
  }

  // An xf of cellXfs; inside mc:AlternateContent (Hancom Office) the Fallback is the one every
  // reader understands.
  void read_cell_xf() {
    if (xml.is(Ns::kSpreadsheetML, xf)) {
      style_ids.push_back(number_format_id(xml.attribute(Ns::kNone, "numFmtId")));
      xml.skip();
    } else if (xml.is(kMc, alternate_content) || xml.is(kMc, fallback)) {
      each_child([&] { read_cell_xf(); });
    } else {
      xml.skip();
    }
  }

  void run() {
    while (xml.read()) {
      if (!xml.start_element()) continue;
      if (xml.is(Ns::kSpreadsheetML, num_fmts)) {
        each_child([&] {
          if (xml.is(Ns::kSpreadsheetML, num_fmt)) {
            int id = number_format_id(xml.attribute(Ns::kNone, "numFmtId"));
            custom[id] = std::string(xml.attribute(Ns::kNone, "formatCode").value_or(""));
          }
          xml.skip();
        });
      } else if (xml.is(Ns::kSpreadsheetML, cell_xfs)) {
        each_child([&] { read_cell_xf(); });
      } else if (xml.depth() > 0) {
        xml.skip();  // fonts, fills, borders, cellStyleXfs, dxfs (whose numFmts are not cells')
      }
    }
  }

  XmlStream& xml;
  Name num_fmts, num_fmt, cell_xfs, xf, alternate_content, fallback;
  std::map<int, std::string> custom;  // numFmtId → formatCode
  std::vector<int> style_ids;         // cellXfs index → numFmtId
};

}  // namespace

CellFormats CellFormats::read(XmlStream& xml) {
  StylesReader reader(xml);
  reader.run();
  CellFormats formats;
  std::map<int, std::uint32_t> index_of_id;
  formats.style_format_.reserve(reader.style_ids.size());
  for (int id : reader.style_ids) {
    auto [found, inserted] =
        index_of_id.emplace(id, static_cast<std::uint32_t>(formats.formats_.size()));
    if (inserted) {
      // A custom code may redefine a built-in id.
      auto custom = reader.custom.find(id);
      formats.formats_.emplace_back(custom != reader.custom.end() ? std::string_view(custom->second)
                                                                  : builtin_number_format(id));
    }
    formats.style_format_.push_back(found->second);
  }
  return formats;
}

}  // namespace kpiconv::xlsx
