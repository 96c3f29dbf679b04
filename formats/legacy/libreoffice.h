// LibreOffice as a converter of legacy files: `soffice --headless --convert-to docx|xlsx`, run
// on a copy of the input in a private temporary folder with a fresh user profile of its own (so
// that conversions in parallel never share one), under a timeout, and the folder removed however
// the conversion ends — also when kpiconv is interrupted (SIGINT, SIGTERM, SIGHUP).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "formats/legacy/converted_output.h"

namespace kpiconv::legacy {

struct LibreOffice {
  std::string program;  // the soffice to run
  std::string version;  // "7.4"
};

// `configured` is --soffice: "" looks for soffice (then libreoffice) on the PATH, "none" never
// uses LibreOffice, anything else is the program to run. nullopt when there is none to run. The
// program is asked its version once (per wait), waiting at most the smaller of `timeout_seconds`
// (--soffice-timeout) and a few seconds; one that does not answer in time is stopped with
// everything it started, and Error(kUnreadable, "", cause) says so.
std::optional<LibreOffice> find_libreoffice(const std::string& configured, int timeout_seconds);

// A private temporary folder ($TMPDIR/kpiconv-PREFIX-XXXXXX), removed with this object.
class PrivateFolder {
 public:
  // Throws Error(kUnreadable, input, cause) when the folder cannot be made.
  PrivateFolder(const std::string& prefix, const std::string& input);
  ~PrivateFolder();
  PrivateFolder(PrivateFolder&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  PrivateFolder& operator=(PrivateFolder&&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A converted file in its private folder, removed with it. Read it through path(): the file
// LibreOffice wrote, checked and held open (converted_output.h).
class ConvertedFile {
 public:
  ConvertedFile(PrivateFolder folder, CheckedOutput file)
      : folder_(std::move(folder)), file_(std::move(file)) {}

  std::string path() const { return file_.path(); }

 private:
  PrivateFolder folder_;
  CheckedOutput file_;
};

// `input` converted to `target` ("docx", "xlsx"). Throws Error(kUnreadable, input, …) when
// LibreOffice fails, says nothing, takes longer than `timeout_seconds` (it is then killed), or
// leaves anything but a file of its own as its output (converted_output.h).
ConvertedFile convert_with_libreoffice(const LibreOffice& office, const std::string& input,
                                       const std::string& target, int timeout_seconds);

}  // namespace kpiconv::legacy
