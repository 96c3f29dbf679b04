// word/styles.xml, reduced to what a Paragraph needs: the paragraph styles' names (Word's built-in
// names are English: "Title", "heading 1") and outline levels, following w:basedOn chains.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "formats/ooxml/xml_stream.h"

namespace kpiconv::docx {

class Styles {
 public:
  // Parses a styles part (w:styles).
  static Styles read(ooxml::XmlStream& xml);

  void add_paragraph_style(std::string id, std::string name, std::string based_on,
                           int outline_level, bool is_default);

  // The style name of a paragraph whose w:pStyle is `id` ("" when it has none: the default
  // paragraph style). An id the styles part does not define is returned as written, since it is
  // the only name there is.
  std::string_view name_of(std::string_view id) const;
  // The outline level a paragraph of style `id` inherits (0..8), following w:basedOn; -1 when
  // none (or 9, body text).
  int outline_level_of(std::string_view id) const;

 private:
  struct Style {
    std::string name;
    std::string based_on;
    int outline_level = kUnset;
  };
  static constexpr int kUnset = -2;

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  const Style* find(std::string_view id) const;

  std::unordered_map<std::string, Style, Hash, std::equal_to<>> styles_;
  std::string default_id_;
};

// w:outlineLvl's value as a Paragraph::outline_level: 0..8, or -1 (9 means body text).
int outline_level_from(std::string_view value);

}  // namespace kpiconv::docx
