#include "formats/xlsx/rich_text.h"

#include "formats/xlsx/xstring.h"

namespace kpiconv::xlsx {

using ooxml::Ns;

RichTextReader::RichTextReader(ooxml::XmlStream& xml)
    : xml_(xml), t_(xml.intern("t")), r_(xml.intern("r")) {}

void RichTextReader::read(std::string& out) {
  if (xml_.empty_element()) return;
  const int depth = xml_.depth();
  while (xml_.read()) {
    if (xml_.end_element() && xml_.depth() == depth) return;
    if (!xml_.start_element()) continue;
    if (xml_.is(Ns::kSpreadsheetML, t_)) {
      scratch_.clear();
      xml_.append_text(scratch_);
      append_xstring(out, scratch_);
    } else if (!xml_.is(Ns::kSpreadsheetML, r_)) {
      xml_.skip();  // rPh, phoneticPr, a run's rPr, anything unknown
    }
  }
}

}  // namespace kpiconv::xlsx
