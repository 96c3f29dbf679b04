#include "converter/scratch_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "converter/error.h"

namespace kpiconv {

ScratchFile open_scratch_file() {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (error) folder = "/tmp";
  std::string name = (folder / "kpiconv-spool-XXXXXX").string();
  int descriptor = mkstemp(name.data());
  if (descriptor < 0) {
    throw Error(ErrorKind::kOutputFailed, folder.string(),
                std::string("cannot create a scratch file: ") + std::strerror(errno));
  }
  unlink(name.c_str());
  std::FILE* file = fdopen(descriptor, "w+b");
  if (file == nullptr) {
    close(descriptor);
    throw Error(ErrorKind::kOutputFailed, folder.string(),
                std::string("cannot open a scratch file: ") + std::strerror(errno));
  }
  return ScratchFile(file);
}

}  // namespace kpiconv
