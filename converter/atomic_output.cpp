#include "converter/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
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

namespace {

[[noreturn]] void refuse(const std::filesystem::path& target, const std::string& cause) {
  throw Error(ErrorKind::kOutputFailed, target.string(), cause);
}

std::string errno_text() {
  return std::strerror(errno);
}

const char* kind_of_special_file(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// A new file in `folder`, named after `target`; returns its path.
std::filesystem::path make_temporary(const std::filesystem::path& folder,
                                     const std::filesystem::path& target) {
  std::string pattern = (folder / ("." + target.filename().string() + ".kpiconv-XXXXXX")).string();
  int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) {
    refuse(target, "cannot create a file in " + folder.string() + ": " + errno_text());
  }
  close(descriptor);
  return pattern;
}

// Writes all of `size` bytes, or returns false with errno set.
bool write_all(int descriptor, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t written = ::write(descriptor, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

}  // namespace

AtomicOutput::AtomicOutput(std::filesystem::path target) : target_(std::move(target)) {
  struct stat status {};
  if (::stat(target_.c_str(), &status) == 0) {
    if (S_ISCHR(status.st_mode) || S_ISFIFO(status.st_mode)) {
      // A device or pipe is no file to replace; the output goes into it once it is complete.
      stream_target_ = true;
      temporary_ = make_temporary(std::filesystem::temp_directory_path(), "kpiconv-output");
      return;
    }
    if (!S_ISREG(status.st_mode)) {
      refuse(target_, std::string("is ") + kind_of_special_file(status.st_mode) +
                          ", not a file kpiconv can write (a regular file, a character device "
                          "or a pipe)");
    }
    std::error_code error;
    rename_to_ = std::filesystem::canonical(target_, error);  // through symbolic links
    if (error) refuse(target_, "cannot resolve the path: " + error.message());
    keep_mode_ = true;
    existing_mode_ = status.st_mode & 07777;
  } else {
    struct stat link {};
    if (::lstat(target_.c_str(), &link) == 0) {
      refuse(target_, "is a symbolic link to nothing (or to a place kpiconv cannot reach)");
    }
    rename_to_ = target_;
  }
  std::filesystem::path folder = rename_to_.parent_path();
  if (folder.empty()) folder = ".";
  temporary_ = make_temporary(folder, rename_to_);
}

AtomicOutput::~AtomicOutput() {
  if (committed_) return;
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicOutput::copy_into_stream_target() {
  int input = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC);
  if (input < 0) refuse(target_, "cannot read the finished output back: " + errno_text());
  // O_NOCTTY: a terminal named as the output never becomes the controlling terminal.
  int output = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (output < 0) {
    std::string cause = errno_text();
    ::close(input);
    refuse(target_, "cannot open for writing: " + cause);
  }
  // A pipe whose reader has gone answers EPIPE, which is reported; the signal is not taken.
  sigset_t pipe_signal, previous;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous);
  std::string failure;
  char buffer[1 << 16];
  for (;;) {
    ssize_t count = ::read(input, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      failure = "cannot read the finished output back: " + errno_text();
      break;
    }
    if (count == 0) break;
    if (!write_all(output, buffer, static_cast<std::size_t>(count))) {
      failure = "cannot write: " + errno_text();
      break;
    }
  }
  if (!failure.empty()) {
    // Take the SIGPIPE this write raised while it is blocked, so it never fires later.
    struct timespec no_wait {};
    sigtimedwait(&pipe_signal, nullptr, &no_wait);
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  ::close(input);
  if (::close(output) != 0 && failure.empty()) failure = "cannot write: " + errno_text();
  if (!failure.empty()) refuse(target_, failure);
}

void AtomicOutput::rethrow_naming_target() const {
  try {
    throw;
  } catch (const Error& error) {
    const std::string temporary = temporary_.string();
    if (error.file() != temporary && error.file().find(temporary) == std::string::npos) throw;
    std::string cause = error.cause();
    for (std::size_t at = cause.find(temporary); at != std::string::npos;
         at = cause.find(temporary, at)) {
      cause.replace(at, temporary.size(), target_.string());
    }
    throw Error(error.kind(), target_.string(), cause, error.place());
  }
}

void AtomicOutput::commit() {
  if (stream_target_) {
    copy_into_stream_target();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    committed_ = true;
    return;
  }
  // mkstemp creates 0600; give the output the permissions of the file it replaces, or the usual
  // ones of a new file.
  mode_t mask = umask(0);
  umask(mask);
  std::error_code error;
  auto mode = keep_mode_ ? existing_mode_ : (0666 & ~mask);
  std::filesystem::permissions(temporary_, static_cast<std::filesystem::perms>(mode), error);
  std::filesystem::rename(temporary_, rename_to_, error);
  if (error) refuse(target_, "cannot rename into place: " + error.message());
  committed_ = true;
}

}  // namespace kpiconv
