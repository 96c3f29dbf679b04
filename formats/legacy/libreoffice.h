// LibreOffice as a converter of legacy files: `soffice --headless --convert-to docx|xlsx`, run
// on a copy of the input in a private temporary folder with a fresh user profile of its own (so
// that conversions in parallel never share one), under a timeout, and the folder removed however
// the conversion ends — also when kpiconv is interrupted (SIGINT, SIGTERM, SIGHUP).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kpiconv::legacy {

struct LibreOffice {
  std::string program;  // the soffice to run
  std::string version;  // "7.4"
};

// `configured` is --soffice: "" looks for soffice (then libreoffice) on the PATH, "none" never
// uses LibreOffice, anything else is the program to run. nullopt when there is none to run.
std::optional<LibreOffice> find_libreoffice(const std::string& configured);

// A converted file in its private folder, removed with it.
class ConvertedFile {
 public:
  ConvertedFile(std::filesystem::path folder, std::filesystem::path file);
  ~ConvertedFile();
  ConvertedFile(ConvertedFile&& other) noexcept;
  ConvertedFile(const ConvertedFile&) = delete;
  ConvertedFile& operator=(const ConvertedFile&) = delete;
  ConvertedFile& operator=(ConvertedFile&&) = delete;

  std::string path() const { return file_.string(); }

 private:
  std::filesystem::path folder_;
  std::filesystem::path file_;
};

// `input` converted to `target` ("docx", "xlsx"). Throws Error(kUnreadable, input, …) when
// LibreOffice fails, says nothing, or takes longer than `timeout_seconds` (it is then killed).
ConvertedFile convert_with_libreoffice(const LibreOffice& office, const std::string& input,
                                       const std::string& target, int timeout_seconds);

}  // namespace kpiconv::legacy
