// Which files a batch takes from folders and in what order: named files always, folders
// recursively in name order by extension or --glob, hidden and lock files never.
#include "converter/batch/batch_inputs.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "converter/error.h"
#include "support/files.h"

namespace kpiconv {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> relative_paths(const std::vector<BatchInput>& inputs) {
  std::vector<std::string> paths;
  for (const BatchInput& input : inputs) paths.push_back(input.relative.generic_string());
  return paths;
}

// county/b.docx, county/a.DOCX, county/sub/c.xlsx, county/notes.txt, county/.hidden/d.docx,
// county/~$a.docx, county/.e.docx
std::string make_county_folder() {
  std::string folder = test::make_temp_dir("batch-inputs") + "/county";
  for (const char* name :
       {"b.docx", "a.DOCX", "sub/c.xlsx", "notes.txt", ".hidden/d.docx", "~$a.docx", ".e.docx"}) {
    fs::path path = fs::path(folder) / name;
    fs::create_directories(path.parent_path());
    test::write_bytes(path, "x");
  }
  return folder;
}

const std::vector<std::string> kExtensions = {".docx", ".xlsx", ".csv"};

TEST(BatchInputs, FolderFilesByExtensionInNameOrderWithoutHiddenOrLockFiles) {
  std::string folder = make_county_folder();
  std::vector<BatchInput> inputs = collect_batch_inputs({folder}, {}, kExtensions);
  EXPECT_EQ(relative_paths(inputs), (std::vector<std::string>{"a.DOCX", "b.docx", "sub/c.xlsx"}));
  EXPECT_EQ(inputs[2].path, (fs::path(folder) / "sub/c.xlsx").string());
}

TEST(BatchInputs, GlobsMatchFileNamesWithoutCaseOrPathsWithASlash) {
  std::string folder = make_county_folder();
  EXPECT_EQ(relative_paths(collect_batch_inputs({folder}, {"*.docx"}, kExtensions)),
            (std::vector<std::string>{"a.DOCX", "b.docx"}));
  EXPECT_EQ(relative_paths(collect_batch_inputs({folder}, {"sub/*"}, kExtensions)),
            (std::vector<std::string>{"sub/c.xlsx"}));
  EXPECT_EQ(relative_paths(collect_batch_inputs({folder}, {"*.txt", "b.*"}, kExtensions)),
            (std::vector<std::string>{"b.docx", "notes.txt"}));
}

TEST(BatchInputs, NamedFilesAreTakenWhateverTheirNamesInTheOrderGiven) {
  std::string folder = make_county_folder();
  std::vector<BatchInput> inputs =
      collect_batch_inputs({folder + "/notes.txt", folder + "/b.docx"}, {"*.xlsx"}, kExtensions);
  EXPECT_EQ(relative_paths(inputs), (std::vector<std::string>{"notes.txt", "b.docx"}));
}

TEST(BatchInputs, AFileFoundTwiceIsTakenOnceWhereItFirstCame) {
  std::string folder = make_county_folder();
  std::vector<BatchInput> inputs =
      collect_batch_inputs({folder + "/sub/c.xlsx", folder, folder + "/./b.docx"}, {}, kExtensions);
  EXPECT_EQ(relative_paths(inputs), (std::vector<std::string>{"c.xlsx", "a.DOCX", "b.docx"}));
}

TEST(BatchInputs, AMissingPathIsAUsageError) {
  try {
    collect_batch_inputs({"/nonexistent/county"}, {}, kExtensions);
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    EXPECT_EQ(error.cause(), "no such file or folder");
  }
}

}  // namespace
}  // namespace kpiconv
