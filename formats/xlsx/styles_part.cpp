#include "formats/xlsx/styles_part.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <string>

namespace kpiconv::xlsx {
namespace {

using ooxml::Name;
using ooxml::Ns;
using ooxml::XmlStream;

constexpr Ns kMc = Ns::kMarkupCompatibility;

// Excel's own limits: 64,000 cell formats in a workbook, a number format of 255 characters. A
// styles part past the first is not read (every cell then shows as General); a format past the
// second is not used (its cells show as General), each with a warning.
constexpr std::size_t kMostCellFormats = 65536;
constexpr std::size_t kMostNumberFormats = 65536;
constexpr std::size_t kLongestFormatCode = 255;

std::size_t characters_in(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

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
      if (style_ids.size() == kMostCellFormats) {
        xml.fail("more than " + std::to_string(kMostCellFormats) + " cell formats in " +
                 xml.part() + " (Excel allows 64,000)");
      }
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
            if (++number_formats > kMostNumberFormats) {
              xml.fail("more than " + std::to_string(kMostNumberFormats) + " number formats in " +
                       xml.part());
            }
            int id = number_format_id(xml.attribute(Ns::kNone, "numFmtId"));
            std::string_view code = xml.attribute(Ns::kNone, "formatCode").value_or("");
            if (const std::size_t length = characters_in(code); length > kLongestFormatCode) {
              warnings.push_back("number format " + std::to_string(id) + " of " + xml.part() +
                                 " has " + std::to_string(length) +
                                 " characters, more than Excel's 255; its cells are shown as "
                                 "General");
              custom[id] = "General";
            } else {
              custom[id] = std::string(code);
            }
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
  std::size_t number_formats = 0;
  std::vector<std::string> warnings;
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
  formats.warnings_ = std::move(reader.warnings);
  return formats;
}

}  // namespace kpiconv::xlsx
