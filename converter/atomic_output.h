// An output file that appears complete or not at all: written to a temporary file in the target's
// folder and renamed over the target on commit. A failed run never truncates an existing output.
#pragma once

#include <filesystem>

namespace kpiconv {

// Whether two paths name one existing file (an output that would overwrite its input).
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

class AtomicOutput {
 public:
  // Creates the temporary file next to `target`; throws Error(kOutputFailed) when it cannot.
  explicit AtomicOutput(std::filesystem::path target);
  ~AtomicOutput();  // removes the temporary file unless committed
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  const std::filesystem::path& temporary() const { return temporary_; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

}  // namespace kpiconv
