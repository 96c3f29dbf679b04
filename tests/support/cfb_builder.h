// Builds Compound File Binary ("OLE2") files inside tests, sector by sector (MS-CFB version 3,
// 512-byte sectors): what kpiconv tells legacy .doc/.xls and encrypted packages by.
#pragma once

#include <string>
#include <vector>

namespace kpiconv::test {

// A compound file whose directory holds a root entry and one (empty) stream per name: enough for
// kpiconv to tell what it is ({u"WordDocument"} is a .doc). With `cyclic_directory`, the
// directory chain loops on itself.
std::string compound_file(const std::vector<std::u16string>& streams,
                          bool cyclic_directory = false);

}  // namespace kpiconv::test
