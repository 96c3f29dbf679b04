// Where a DOCX template comes from: `standard` is compiled into the binary; another NAME is
// templates/docx/NAME.docx under $KPICONV_TEMPLATES or the working folder; anything with a '/' or
// ending in .docx is a path.
#pragma once

#include <memory>
#include <string>

#include "formats/ooxml/package.h"

namespace kpiconv {

struct TemplatePackage {
  std::string name;  // what errors call it: "standard (built in)" or the file's path
  std::unique_ptr<ooxml::Package> package;
};

// Throws Error(kUsage) for a NAME that is not found, Error(kUnreadable) for a file that is not a
// Word document.
TemplatePackage open_docx_template(const std::string& name_or_path);

}  // namespace kpiconv
