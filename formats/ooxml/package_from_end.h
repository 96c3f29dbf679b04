// A zip package found from the end of a file that starts as something else. Zip readers find an
// archive by its end record, at the end of the file, so a zip appended to another file (a
// compound-file .doc, say) opens as a package too: such a file is two formats at once.
#pragma once

#include <string>

#include "formats/ooxml/package.h"

namespace kpiconv::ooxml {

// The kind of package a file that does not start like a zip opens as when read from its end;
// kNotZip when it starts like a zip (it is then simply one) or opens as none.
PackageKind package_found_from_end(const std::string& path);

}  // namespace kpiconv::ooxml
