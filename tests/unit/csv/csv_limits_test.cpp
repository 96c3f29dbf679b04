// The CSV reader's caps: the file's size is checked before it is read into memory, its decoded
// text against ReadOptions::max_text_bytes.
#include <gtest/gtest.h>

#include "converter/error.h"
#include "formats/csv/csv_reader.h"
#include "support/files.h"

namespace kpiconv {
namespace {

std::string cause_of_reading(const std::filesystem::path& path, const ReadOptions& options) {
  Document document;
  DocumentBuilder builder(document);
  try {
    CsvReader().read(path.string(), builder, options);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    return error.cause();
  }
  ADD_FAILURE() << "no kpiconv::Error";
  return {};
}

TEST(CsvLimits, AFileLargerThanMaxPartBytesIsRefusedUnread) {
  auto path = test::scratch_path("big.csv");
  test::write_bytes(path, "a,b\n" + std::string(2000, 'x') + ",y\n");
  ReadOptions options;
  options.max_part_bytes = 1000;
  EXPECT_EQ(cause_of_reading(path, options), "CSV file of 2007 bytes, more than the limit of 1000");
}

TEST(CsvLimits, TextDecodedPastMaxTextBytesIsRefused) {
  // 项目 in GB18030 is 4 bytes, in UTF-8 6.
  auto path = test::scratch_path("gb_grows.csv");
  std::string gb;
  for (int i = 0; i < 100; ++i) gb += "\xCF\xEE\xC4\xBF,";
  test::write_bytes(path, gb + "\r\n");
  ReadOptions options;
  options.max_part_bytes = 1000;
  options.max_text_bytes = 600;
  EXPECT_EQ(
      cause_of_reading(path, options),
      "too much text: the CSV file decodes to 702 bytes of UTF-8, more than the limit of 600");
}

}  // namespace
}  // namespace kpiconv
