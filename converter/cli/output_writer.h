// The writer of a command's output (convert, merge): named by --to, else found from the output's
// extension; "-" (standard output) is JSON unless --to says otherwise.
#pragma once

#include <string>

#include "converter/registry/format.h"

namespace kpiconv::cli {

const Writer& choose_writer(const std::string& to, const std::string& output);

}  // namespace kpiconv::cli
