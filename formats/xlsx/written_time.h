// When an output says it was written: now, or SOURCE_DATE_EPOCH when set, so builds and tests can
// make byte-identical files.
#pragma once

#include <ctime>
#include <string>

namespace kpiconv::xlsx {

std::time_t written_time();
// The same moment as ISO 8601 UTC ("2026-11-23T15:26:32Z").
std::string written_time_iso();

}  // namespace kpiconv::xlsx
