// Processes a test started through a script that wrote their ids to a file.
#pragma once

#include <string>

namespace kpiconv::test {

// Whether any of the processes listed in the file `pids` (one id after another) still runs; a
// killed process its parent has not collected yet (a zombie) does not.
bool any_process_alive(const std::string& pids);

}  // namespace kpiconv::test
