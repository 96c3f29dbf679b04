// A macro-enabled package written without its macros: what a .docx made from a .docm must be.
// The parts involved (MS-OFFMACRO, MS-OFFMACRO2, MS-OVBA, [MS-OI29500] 3.1.1):
//   - the VBA project (vbaProject.bin, application/vnd.ms-office.vbaProject), the target of a
//     vbaProject relationship from the main part, and the parts related from it: Word's VBA
//     supplemental data (vbaData.xml, wordVbaData) and the project's signatures
//     (vbaProjectSignature, …Agile, …V3);
//   - Word's key-map and toolbar customizations (customizations.xml, keyMapCustomizations, and the
//     attachedToolbars.bin it relates to), which bind keys and toolbar buttons to those macros;
//   - the main part's content type, which says macro-enabled
//     (application/vnd.ms-word.document.macroEnabled.main+xml) and becomes the plain one.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "formats/ooxml/package.h"
#include "formats/ooxml/package_writer.h"

namespace kpiconv::ooxml {

struct MacroFreeEdits {
  std::vector<std::string> dropped_parts;    // the macro parts (zip entry names), archive order
  std::vector<std::string> dropped_entries;  // everything left out: those parts and their .rels
  // Parts rewritten without what pointed at the dropped ones: [Content_Types].xml (their
  // Overrides and Defaults gone, the main part's type made plain) and the relationships parts
  // that held relationships to them.
  std::vector<std::pair<std::string, std::string>> replaced;
  bool empty() const { return dropped_entries.empty() && replaced.empty(); }
};

// What writing `package` without macros takes; empty when it holds none and its main part is not
// typed macro-enabled. Throws Error(kUnreadable) when a relationships part or [Content_Types].xml
// of a package with macros is malformed.
MacroFreeEdits macro_free_edits(Package& package);

// Makes `writer` (a copy of the package the edits were found in) write them.
void write_macro_free(const MacroFreeEdits& edits, PackageWriter& writer);

}  // namespace kpiconv::ooxml
