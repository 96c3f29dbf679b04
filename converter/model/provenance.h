// Where a piece of a Document or Filing was read from. Later capabilities (apply, precise validator
// messages) find the source cell again through it, so every reader fills it in.
#pragma once

#include <string>

namespace kpiconv {

struct Provenance {
  // Package part (e.g. "word/document.xml") or, for flat files, empty.
  std::string part;
  // Place inside the part. DOCX: "tbl[3]/tr[5]/tc[2]" (1-based ordinals in XML order, nested tables
  // continue the path: "tbl[3]/tr[5]/tc[2]/tbl[1]/tr[1]/tc[1]"), paragraphs "p[17]". XLSX:
  // "Sheet1!C7".
  std::string locator;

  bool empty() const { return part.empty() && locator.empty(); }
  std::string to_string() const { return part.empty() ? locator : part + "#" + locator; }
  bool operator==(const Provenance&) const = default;
};

}  // namespace kpiconv
