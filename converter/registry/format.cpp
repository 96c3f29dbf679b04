#include "converter/registry/format.h"

namespace kpiconv {

WriteReport write_through(FilingStream& stream, const Filing& filing) {
  for (const Project& project : filing.projects) stream.add(project);
  return stream.finish(filing);
}

}  // namespace kpiconv
