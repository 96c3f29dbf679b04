// The text of a shared string (<si>) or an inline string (<is>): CT_Rst (ECMA-376 Part 1, 18.4.8),
// either one <t> or rich-text runs <r><rPr/><t/></r>, joined. Phonetic guides (<rPh>, the furigana
// or pinyin over East Asian text) and <phoneticPr> are not part of the text and are skipped.
#pragma once

#include <string>

#include "formats/ooxml/xml_stream.h"

namespace kpiconv::xlsx {

class RichTextReader {
 public:
  explicit RichTextReader(ooxml::XmlStream& xml);
  // With the stream on the start of <si> or <is>, appends its text (ST_Xstring escapes decoded) to
  // `out` and leaves the stream on the element's end.
  void read(std::string& out);

 private:
  ooxml::XmlStream& xml_;
  ooxml::Name t_, r_;
  std::string scratch_;
};

}  // namespace kpiconv::xlsx
