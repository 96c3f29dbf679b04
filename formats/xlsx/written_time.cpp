#include "formats/xlsx/written_time.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace kpiconv::xlsx {

std::time_t written_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    long long seconds = 0;
    auto [end, error] = std::from_chars(epoch, epoch + std::strlen(epoch), seconds);
    if (error == std::errc() && *end == '\0' && seconds >= 0)
      return static_cast<std::time_t>(seconds);
  }
  return std::time(nullptr);
}

std::string written_time_iso() {
  std::time_t now = written_time();
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace kpiconv::xlsx
