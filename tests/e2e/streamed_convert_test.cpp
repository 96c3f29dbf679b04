// convert_file streams each project from reader to writer; its outputs are those of the whole
// filing read, stepped and written at once.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <tuple>

#include "converter/convert.h"
#include "converter/registry/registry.h"
#include "formats/json/filing_json.h"
#include "support/files.h"
#include "support/seed_fixtures.h"

namespace kpiconv {
namespace {

using Case = std::tuple<const char*, const char*>;  // fixture, writer

class StreamedConvert : public ::testing::TestWithParam<Case> {};

ConvertSteps every_step() {
  ConvertSteps steps;
  steps.amount_unit = "元";
  steps.validate = true;
  return steps;
}

// What a layout carries of a filing, as JSON (a workbook read back names itself as the source).
nlohmann::json carried(const std::string& path) {
  nlohmann::ordered_json filing = filing_to_json(read_filing(path));
  filing.erase("source");
  return nlohmann::json::parse(filing.dump());
}

TEST_P(StreamedConvert, WritesWhatTheWholeFilingGives) {
  const auto [input, format] = GetParam();
  const Writer& writer = *builtin_registry().writer_named(format);
  const std::string extension(writer.extensions().front());
  const std::string streamed = test::scratch_path(std::string("streamed") + extension).string();
  const std::string whole = test::scratch_path(std::string("whole") + extension).string();
  ASSERT_NE(writer.stream(test::scratch_path("probe" + extension), {}), nullptr);

  Converted converted = convert_file(input, {}, every_step(), streamed, &writer);
  EXPECT_TRUE(converted.rest.projects.empty());
  EXPECT_EQ(converted.rest.source.path, input);
  EXPECT_EQ(converted.rest.source.format, "docx");
  Filing filing = read_filing(input);
  apply_steps(filing, every_step());
  ASSERT_FALSE(filing.findings.empty());  // the steps' notes are compared too
  write_filing(filing, whole, writer);

  if (std::string(format) == "xlsx") {
    test::expect_same_json(carried(streamed), carried(whole), input);
  } else {
    EXPECT_EQ(test::read_bytes(streamed), test::read_bytes(whole)) << input << " as " << format;
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, StreamedConvert,
                         ::testing::Combine(::testing::ValuesIn(test::kFixtureDocuments),
                                            ::testing::Values("json", "csv", "xlsx")));

TEST(StreamedConvert, FormLayoutAndTemplatesTakeTheWholeFiling) {
  const Writer& xlsx = *builtin_registry().writer_named("xlsx");
  WriteOptions form;
  form.layout = "form";
  EXPECT_EQ(xlsx.stream(test::scratch_path("form.xlsx"), form), nullptr);
  const std::string output = test::scratch_path("form.xlsx").string();
  convert_file(test::kFixtureDocuments[0], {}, {}, output, &xlsx, form);
  Filing filing = read_filing(output);
  EXPECT_EQ(filing.projects.size(), read_filing(test::kFixtureDocuments[0]).projects.size());
  EXPECT_EQ(builtin_registry().writer_named("docx")->stream(test::scratch_path("x.docx"), {}),
            nullptr);
}

}  // namespace
}  // namespace kpiconv
