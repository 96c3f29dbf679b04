#include "converter/atomic_output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include "converter/error.h"

namespace kpiconv {

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code error;
  return std::filesystem::exists(a, error) && std::filesystem::exists(b, error) &&
         std::filesystem::equivalent(a, b, error);
}

AtomicOutput::AtomicOutput(std::filesystem::path target) : target_(std::move(target)) {
  std::filesystem::path folder = target_.parent_path();
  if (folder.empty()) folder = ".";
  std::string pattern = (folder / ("." + target_.filename().string() + ".kpiconv-XXXXXX")).string();
  int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) {
    throw Error(
        ErrorKind::kOutputFailed, target_.string(),
        std::string("cannot create a file in ") + folder.string() + ": " + std::strerror(errno));
  }
  close(descriptor);
  temporary_ = pattern;
}

AtomicOutput::~AtomicOutput() {
  if (committed_) return;
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicOutput::commit() {
  // mkstemp creates 0600; give the output the usual permissions of a new file.
  mode_t mask = umask(0);
  umask(mask);
  std::error_code error;
  std::filesystem::permissions(temporary_, static_cast<std::filesystem::perms>(0666 & ~mask),
                               error);
  std::filesystem::rename(temporary_, target_, error);
  if (error) {
    throw Error(ErrorKind::kOutputFailed, target_.string(),
                "cannot rename into place: " + error.message());
  }
  committed_ = true;
}

}  // namespace kpiconv
