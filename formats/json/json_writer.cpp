#include "formats/json/json_writer.h"

#include <fstream>

#include "converter/error.h"
#include "formats/json/filing_json.h"

namespace kpiconv {

WriteReport JsonWriter::write(const Filing& filing, const std::filesystem::path& file,
                              const WriteOptions& /*options*/) const {
  std::ofstream out(file, std::ios::binary);
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "cannot create the file");
  // Invalid UTF-8 cannot come from the readers; replace rather than fail if it ever does.
  out << filing_to_json(filing).dump(2, ' ', false,
                                     nlohmann::ordered_json::error_handler_t::replace)
      << '\n';
  out.flush();
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "write failed (disk full?)");
  return {};
}

}  // namespace kpiconv
