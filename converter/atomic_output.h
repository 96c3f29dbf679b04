// An output file that appears complete or not at all: written to a temporary file in the target's
// folder and renamed over the target on commit. A failed run never truncates an existing output.
//
// Only a regular file (or a name not yet taken) is ever renamed over. A character device or a FIFO
// (`-o /dev/null`, `-o /dev/stdout` on a terminal or a pipe) is written into on commit, whole,
// from a scratch file in $TMPDIR; anything else (a directory, a block device, a socket, a symbolic
// link to nothing) is refused. A symbolic link to a regular file stays a link: its target is
// replaced.
#pragma once

#include <filesystem>

namespace kpiconv {

// Whether two paths name one existing file (an output that would overwrite its input).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

class AtomicOutput {
 public:
  // Creates the temporary file; throws Error(kOutputFailed) when it cannot, or when `target` is
  // something other than a regular file, a character device or a FIFO.
  explicit AtomicOutput(std::filesystem::path target);
  ~AtomicOutput();  // removes the temporary file unless committed
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& temporary() const { return temporary_; }
  // Runs `write(temporary())`; an Error that names the temporary file names the target instead,
  // since the user never sees the temporary.
  template <class Write>
  auto produce(Write&& write) {
    try {
      return write(temporary_);
    } catch (...) {
      rethrow_naming_target();
    }
  }
  // Inside a catch block: rethrows what is being handled, renamed as produce() does.
  [[noreturn]] void rethrow_naming_target() const;
  // Puts the finished temporary file in place (renamed, or copied into a device or FIFO).
  void commit();

 private:
  void copy_into_stream_target();

  std::filesystem::path target_;     // as the user named it, for messages
  std::filesystem::path rename_to_;  // the regular file (or new name) the result is renamed to
  std::filesystem::path temporary_;
  bool stream_target_ = false;  // a character device or FIFO: written into, never renamed over
  bool keep_mode_ = false;      // an existing file's permissions carry over to the new one
  unsigned existing_mode_ = 0;
  bool committed_ = false;
};

}  // namespace kpiconv
