#include "support/processes.h"

#include <sstream>

#include "support/files.h"

namespace kpiconv::test {

bool any_process_alive(const std::string& pids) {
  std::istringstream listed(read_bytes(pids));
  bool alive = false;
  for (int pid = 0; listed >> pid;) {
    std::string stat = read_bytes("/proc/" + std::to_string(pid) + "/stat");
    size_t state = stat.rfind(") ");
    alive = alive || (state != std::string::npos && stat[state + 2] != 'Z');
  }
  return alive;
}

}  // namespace kpiconv::test
