// LibreOffice's output, taken only when it is a file LibreOffice wrote into the private folder.
// A symbolic link left in its place (to a file outside), a hard link (a second name of a file
// elsewhere), something that is not a regular file (a FIFO would block the reader) or an output
// folder swapped for another would have kpiconv read, and copy into its output, a file LibreOffice
// was never given. The file is opened once, without following links, and read through that open
// descriptor, so that it cannot be swapped between the check and the reading.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>

namespace kpiconv::legacy {

// Which folder a path named when it was made: compared after LibreOffice has run.
struct FolderIdentity {
  dev_t device = 0;
  ino_t inode = 0;
};

// The identity of a folder kpiconv has just made. Throws Error(kUnreadable, input, cause) when it
// is not a folder.
FolderIdentity identify_folder(const std::filesystem::path& folder, const std::string& input);

// An open descriptor of the file `name` in `folder`, closed with this object.
class CheckedOutput {
 public:
  explicit CheckedOutput(int descriptor) : descriptor_(descriptor) {}
  ~CheckedOutput();
  CheckedOutput(CheckedOutput&& other) noexcept : descriptor_(other.descriptor_) {
    other.descriptor_ = -1;
  }
  CheckedOutput(const CheckedOutput&) = delete;
  CheckedOutput& operator=(const CheckedOutput&) = delete;
  CheckedOutput& operator=(CheckedOutput&&) = delete;

  // A path that opens this very file (/proc/self/fd/N), whatever has since been done to its name.
  std::string path() const;

 private:
  int descriptor_;
};

// Opens `folder`/`name`: `folder` must still be the folder `made` identifies, and `name` a regular
// file with no other name, in it; nullopt when there is no `name` (nothing was converted).
// Otherwise throws Error(kUnreadable, input, cause), the cause starting with `via`
// ("LibreOffice 7.4") and saying what was found instead.
std::optional<CheckedOutput> open_converted_output(const std::filesystem::path& folder,
                                                   const FolderIdentity& made,
                                                   const std::string& name,
                                                   const std::string& input,
                                                   const std::string& via);

}  // namespace kpiconv::legacy
