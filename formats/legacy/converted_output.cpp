#include "formats/legacy/converted_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

#include "converter/error.h"

namespace kpiconv::legacy {
namespace {

constexpr const char* kOnlyItsOwnFile =
    "; refused: kpiconv reads only a file LibreOffice wrote in its private folder";

// What a directory entry that is not a regular file is, for the message.
std::string kind_of_entry(const struct stat& info) {
  if (S_ISLNK(info.st_mode)) return "a symbolic link";
  if (S_ISDIR(info.st_mode)) return "a folder";
  if (S_ISFIFO(info.st_mode)) return "a named pipe";
  if (S_ISSOCK(info.st_mode)) return "a socket";
  if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) return "a device";
  return "something that is not a file";
}

// Where the symbolic link `name` in the folder open as `directory` points, as written.
std::string link_target(int directory, const char* name) {
  std::string target(4096, '\0');
  ssize_t length = readlinkat(directory, name, target.data(), target.size());
  if (length < 0) return "?";
  target.resize(static_cast<size_t>(length));
  return target;
}

// The path `path` names, described as lstat sees it: "a symbolic link (to T)", "a folder", ….
std::string describe_path(const std::filesystem::path& path) {
  struct stat info {};
  if (lstat(path.c_str(), &info) != 0) return "nothing";
  std::string described = kind_of_entry(info);
  if (S_ISLNK(info.st_mode)) {
    std::error_code error;
    std::filesystem::path target = std::filesystem::read_symlink(path, error);
    described += " (to " + (error ? std::string("?") : target.string()) + ")";
  }
  return described;
}

struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) close(fd);
  }
  int release() {
    int kept = fd;
    fd = -1;
    return kept;
  }
};

}  // namespace

FolderIdentity identify_folder(const std::filesystem::path& folder, const std::string& input) {
  struct stat info {};
  if (lstat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw_unreadable(input, "cannot make a temporary folder for LibreOffice");
  }
  return {info.st_dev, info.st_ino};
}

CheckedOutput::~CheckedOutput() {
  if (descriptor_ >= 0) close(descriptor_);
}

std::string CheckedOutput::path() const {
  return "/proc/self/fd/" + std::to_string(descriptor_);
}

std::optional<CheckedOutput> open_converted_output(const std::filesystem::path& folder,
                                                   const FolderIdentity& made,
                                                   const std::string& name,
                                                   const std::string& input,
                                                   const std::string& via) {
  // The folder itself may have been replaced, by a link to another one or by another folder:
  // it must be the one made before LibreOffice ran.
  Descriptor directory{open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
  struct stat folder_info {};
  if (directory.fd < 0 || fstat(directory.fd, &folder_info) != 0 ||
      folder_info.st_dev != made.device || folder_info.st_ino != made.inode) {
    std::string found = describe_path(folder);
    if (found == "a folder") found = "another folder";
    throw_unreadable(input, via + " replaced its output folder with " + found + kOnlyItsOwnFile);
  }
  struct stat entry {};
  if (fstatat(directory.fd, name.c_str(), &entry, AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno == ENOENT) return std::nullopt;  // nothing converted: the caller says why
    throw_unreadable(input, via + "'s converted file cannot be examined: " + std::strerror(errno));
  }
  if (S_ISLNK(entry.st_mode)) {
    throw_unreadable(input, via + " left a symbolic link (to " +
                                link_target(directory.fd, name.c_str()) +
                                ") in place of its converted file" + kOnlyItsOwnFile);
  }
  if (!S_ISREG(entry.st_mode)) {
    throw_unreadable(input, via + " left " + kind_of_entry(entry) +
                                " in place of its converted file" + kOnlyItsOwnFile);
  }
  if (entry.st_nlink != 1) {
    throw_unreadable(input, via + "'s converted file has " + std::to_string(entry.st_nlink) +
                                " names (a hard link to a file elsewhere)" + kOnlyItsOwnFile);
  }
  // O_NONBLOCK: should a named pipe take the file's place after all, opening it does not wait.
  Descriptor file{openat(directory.fd, name.c_str(),
                         O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  struct stat opened {};
  if (file.fd < 0 || fstat(file.fd, &opened) != 0 || !S_ISREG(opened.st_mode) ||
      opened.st_nlink != 1 || opened.st_dev != entry.st_dev || opened.st_ino != entry.st_ino) {
    throw_unreadable(
        input, via + "'s converted file changed while it was being checked" + kOnlyItsOwnFile);
  }
  return CheckedOutput(file.release());
}

}  // namespace kpiconv::legacy
