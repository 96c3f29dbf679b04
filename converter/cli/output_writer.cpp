#include "converter/cli/output_writer.h"

#include <filesystem>

#include "converter/error.h"
#include "converter/registry/registry.h"

namespace kpiconv::cli {

const Writer& choose_writer(const std::string& to, const std::string& output) {
  const Registry& registry = builtin_registry();
  if (!to.empty()) {
    if (const Writer* writer = registry.writer_named(to)) return *writer;
    throw Error(ErrorKind::kUsage, "", "unknown output format '" + to + "'");
  }
  if (output == "-") return *registry.writer_named("json");
  std::string extension = std::filesystem::path(output).extension().string();
  if (const Writer* writer = registry.writer_for_extension(extension)) return *writer;
  throw Error(ErrorKind::kUsage, "",
              "cannot tell the output format from '" + output + "'; use --to json|csv|xlsx|docx");
}

}  // namespace kpiconv::cli
