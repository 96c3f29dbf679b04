// What a mapping may ask for (formats/province/mapping_limits.h), each bound taken at it and just
// past it: the text's size and nesting before toml++ sees it, a block's rows, row numbers, the
// entries of each table, the length of each text and the placeholders of a category format.
#include <gtest/gtest.h>

#include <functional>

#include "converter/error.h"
#include "formats/province/mapping.h"
#include "formats/province/mapping_limits.h"
#include "formats/province/mapping_shape.h"

namespace kpiconv::province {
namespace {

constexpr const char* kRows = R"(template = "template.xlsx"
sheet = "绩效目标"
layout = "rows"
header_row = 3

[columns]
"项目代码" = "project.code"
)";

constexpr const char* kBlocks = R"(template = "template.xlsx"
sheet = "项目绩效目标"
layout = "blocks"
block = "1:11"
indicator_row = 10

[cells]
"B3" = "project.code"

[indicator_columns]
"A" = "indicator.level1"
)";

std::string with_replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::string repeated(const std::string& part, size_t times, const std::string& separator = "") {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += (i == 0 ? "" : separator) + part;
  return out;
}

// The message parse_mapping refuses `toml` with (a usage error, as every mapping mistake), or
// "accepted".
std::string outcome(const std::string& toml) {
  try {
    parse_mapping(toml, "m.toml");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    return error.what();
  }
  return "accepted";
}

// The message check_mapping_shape refuses `toml` with, or "accepted".
std::string shape_outcome(const std::string& toml) {
  try {
    check_mapping_shape(toml, "m.toml");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    return error.what();
  }
  return "accepted";
}

const std::string kTooDeep =
    ": tables nested deeper than 16 levels (a mapping needs 3: [categories.codes] and its "
    "entries)";

TEST(MappingShape, HeadersDottedKeysAndBracketsNestSixteenLevelsAtMost) {
  EXPECT_EQ(shape_outcome("[" + repeated("a", 16, ".") + "]\n"), "accepted");
  EXPECT_EQ(shape_outcome("[" + repeated("a", 17, ".") + "]\n"), "m.toml: line 1" + kTooDeep);
  EXPECT_EQ(shape_outcome("[ a . \"b\" . c ]\nk = 1\n[[" + repeated("a", 15, ".") + "]]\n"),
            "accepted");
  EXPECT_EQ(shape_outcome("[ a . \"b\" . c ]\nk = 1\n[[" + repeated("a", 16, ".") + "]]\n"),
            "m.toml: line 3" + kTooDeep);  // an array of tables is a level more
  // A dotted key adds its levels to its table's.
  EXPECT_EQ(shape_outcome("[" + repeated("a", 12, ".") + "]\nx.y.z.w = 1\n"), "accepted");
  EXPECT_EQ(shape_outcome("[" + repeated("a", 12, ".") + "]\n\nx.y.z.w.v = 1\n"),
            "m.toml: line 3" + kTooDeep);
  // Arrays and inline tables, over several lines.
  EXPECT_EQ(shape_outcome("k = " + repeated("[", 15) + repeated("]", 15) + "\n"), "accepted");
  EXPECT_EQ(shape_outcome("k = [\n  1,\n  " + repeated("[", 15) + "\n" + repeated("]", 16) + "\n"),
            "m.toml: line 3" + kTooDeep);
  EXPECT_EQ(shape_outcome("k = " + repeated("{ a = ", 15) + "1" + repeated("}", 15)), "accepted");
  EXPECT_EQ(shape_outcome("k = " + repeated("{ a = ", 16) + "1" + repeated("}", 16)),
            "m.toml: line 1" + kTooDeep);
  // k 1, b.c.d 4, the array's elements 5, e 6, then one level a bracket.
  EXPECT_EQ(shape_outcome("k = { a = 1, b.c.d = [ { e = " + repeated("[", 10) + "] } ] }"),
            "accepted");
  EXPECT_EQ(shape_outcome("k = { a = 1, b.c.d = [ { e = " + repeated("[", 11) + "] } ] }"),
            "m.toml: line 1" + kTooDeep);
}

TEST(MappingShape, DotsAndBracketsInStringsAndCommentsDoNotNest) {
  const std::string brackets = repeated("[", 100);
  EXPECT_EQ(
      shape_outcome("k = \"" + brackets + "\\\"" + brackets + "\" # " + brackets + "\n" + "\"" +
                    repeated("a", 100, ".") + "\" = '" + brackets + "'\n" + "m = \"\"\"\n" +
                    brackets + "\n\\\"\"\"" + brackets + "\"\"\"\n" + "n = '''" + brackets +
                    "\n'''\n" + "[\"" + repeated("x", 30, ".") + "\"]\n"),
      "accepted");
  // Lines are still counted through multi-line strings.
  EXPECT_EQ(shape_outcome("m = \"\"\"\n\n\n\"\"\"\n[" + repeated("a", 17, ".") + "]"),
            "m.toml: line 5" + kTooDeep);
}

TEST(MappingShape, TheHundredThousandLevelHeaderNeverReachesToml) {
  EXPECT_EQ(outcome(std::string(kRows) + "[" + repeated("a", 100000, ".") + "]\n"),
            "m.toml: line 8" + kTooDeep);
  EXPECT_EQ(outcome(std::string(kRows) + "x = " + repeated("[", 100000) + "\n"),
            "m.toml: line 8" + kTooDeep);
}

TEST(MappingShape, AMappingHoldsOneMegabyteAtMost) {
  std::string mapping = kRows;
  while (mapping.size() + 100 <= kMaxMappingBytes) mapping += "# " + std::string(97, 'x') + "\n";
  mapping += "#" + std::string(kMaxMappingBytes - mapping.size() - 1, 'y');
  ASSERT_EQ(mapping.size(), kMaxMappingBytes);
  EXPECT_EQ(outcome(mapping), "accepted");
  EXPECT_EQ(outcome(mapping + "\n"),
            "m.toml: line 10492: the mapping goes on past 1 MB here (a "
            "mapping is a few KB of text)");
}

TEST(MappingLimits, ABlockHasAtMost256Rows) {
  EXPECT_EQ(outcome(with_replaced(kBlocks, "\"1:11\"", "\"1:256\"")), "accepted");
  EXPECT_EQ(outcome(with_replaced(kBlocks, "\"1:11\"", "\" 3 : 258 \"")), "accepted");
  EXPECT_EQ(outcome(with_replaced(kBlocks, "\"1:11\"", "\"1:257\"")),
            "m.toml: line 4: block \"1:257\" is 257 rows; a project's block has at most 256 (a "
            "real one, tens)");
  EXPECT_EQ(outcome(with_replaced(kBlocks, "\"1:11\"", "\"1:1048576\"")),
            "m.toml: line 4: block \"1:1048576\" is 1048576 rows; a project's block has at most "
            "256 (a real one, tens)");
  for (const char* block : {"\"1:1048577\"", "\"0:11\"", "\"1x:11\"", "\"11:1\"", "\"-1:11\""}) {
    EXPECT_EQ(outcome(with_replaced(kBlocks, "\"1:11\"", block)),
              "m.toml: line 4: block is the template's rows of one project, like \"1:14\"")
        << block;
  }
}

TEST(MappingLimits, RowNumbersStayOnTheSheet) {
  EXPECT_EQ(parse_mapping(with_replaced(kRows, "header_row = 3", "header_row = 1048576"), "m.toml")
                .header_row,
            1048575);
  EXPECT_EQ(outcome(with_replaced(kRows, "header_row = 3", "header_row = 1048577")),
            "m.toml: line 4: header_row must be a row number from 1 to 1048576");
  EXPECT_EQ(outcome(with_replaced(kRows, "header_row = 3", "header_row = 99999999999")),
            "m.toml: line 4: header_row must be a row number from 1 to 1048576");
  EXPECT_EQ(outcome(with_replaced(kBlocks, "indicator_row = 10", "indicator_row = 4294967306")),
            "m.toml: line 5: indicator_row must be a row number from 1 to 1048576");
}

// `count` entries of `entry(i)` in one table.
std::string entries(size_t count, const std::function<std::string(size_t)>& entry) {
  std::string out;
  for (size_t i = 0; i < count; ++i) out += entry(i) + "\n";
  return out;
}

TEST(MappingLimits, EachTableHasAtMost256Entries) {
  auto columns = [](size_t count) {
    return std::string(kRows) + entries(count, [](size_t i) {
             return "\"heading " + std::to_string(i) + "\" = \"project.name\"";
           });
  };
  EXPECT_EQ(parse_mapping(columns(255), "m.toml").columns.size(), 256u);
  EXPECT_EQ(outcome(columns(256)),
            "m.toml: line 6: [columns] has 257 entries; a mapping's [columns] has at most 256");

  auto constants = [](size_t count) {
    return std::string(kRows) + "[constants]\n" + entries(count, [](size_t i) {
             return "\"heading " + std::to_string(i) + "\" = \"2025\"";
           });
  };
  EXPECT_EQ(parse_mapping(constants(256), "m.toml").constants.size(), 256u);
  EXPECT_EQ(outcome(constants(257)),
            "m.toml: line 8: [constants] has 257 entries; a mapping's [constants] has at most "
            "256");

  // Cells A1:Z9 and A11:Z11 of the block, its indicator row 10 left out.
  auto cells = [](size_t count) {
    return with_replaced(kBlocks, "\"B3\" = \"project.code\"\n", entries(count, [](size_t i) {
                           size_t row = 1 + i / 26;
                           return "\"" + std::string(1, static_cast<char>('A' + i % 26)) +
                                  std::to_string(row < 10 ? row : row + 1) +
                                  "\" = \"project.code\"";
                         }));
  };
  EXPECT_EQ(parse_mapping(cells(256), "m.toml").cells.size(), 256u);
  EXPECT_EQ(outcome(cells(257)),
            "m.toml: line 7: [cells] has 257 entries; a mapping's [cells] has at most 256");

  auto merged_before = [](size_t count) {
    return with_replaced(
        kBlocks, "indicator_row = 10\n",
        "indicator_row = 10\nmerge_down = [" + repeated("\"A\"", count, ", ") + "]\n");
  };
  EXPECT_EQ(parse_mapping(merged_before(256), "m.toml").merge_down.size(), 256u);
  EXPECT_EQ(outcome(merged_before(257)),
            "m.toml: line 6: merge_down has 257 columns; it has at most 256");
  EXPECT_EQ(outcome(with_replaced(merged_before(1), "[\"A\"]", "[\"XFE\"]")),
            "m.toml: line 6: 'XFE' is not a column like A");
}

TEST(MappingLimits, ACategoryListHasAtMost4096Codes) {
  auto codes = [](size_t count) {
    return std::string(kRows) + "[categories.codes]\n" + entries(count, [](size_t i) {
             return "\"类别" + std::to_string(i) + "\" = \"" + std::to_string(i) + "\"";
           });
  };
  EXPECT_EQ(parse_mapping(codes(4096), "m.toml").categories.codes().size(), 4096u);
  EXPECT_EQ(outcome(codes(4097)),
            "m.toml: line 8: [categories.codes] has 4097 entries; a mapping's "
            "[categories.codes] has at most 4096");
}

TEST(MappingLimits, EveryTextHasAtMost256Characters) {
  auto constant = [](size_t characters) {
    return std::string(kRows) + "[constants]\n\"年度\" = \"" + repeated("年", characters) + "\"\n";
  };
  EXPECT_EQ(parse_mapping(constant(256), "m.toml").constants[0].text.size(), 256u * 3);
  EXPECT_EQ(outcome(constant(257)),
            "m.toml: line 9: a constant is 257 characters long; a text of a mapping has at most "
            "256");
  EXPECT_EQ(outcome(with_replaced(kRows, "\"项目代码\"", "\"" + repeated("项", 257) + "\"")),
            "m.toml: line 7: a heading is 257 characters long; a text of a mapping has at most "
            "256");
  EXPECT_EQ(outcome(with_replaced(kRows, "\"绩效目标\"", "\"" + std::string(300, 's') + "\"")),
            "m.toml: line 2: sheet is 300 characters long; a text of a mapping has at most 256");
}

TEST(MappingLimits, AFormatHoldsEachPlaceholderOnce) {
  auto format = [](const std::string& text) {
    return std::string(kRows) + "[categories]\nformat = \"" + text + "\"\n";
  };
  EXPECT_EQ(parse_mapping(format("[{code}]{name}"), "m.toml").categories.format(),
            "[{code}]{name}");
  EXPECT_EQ(outcome(format("{name}{name}")),
            "m.toml: line 9: the format holds {name} 2 times and {code} 0 times; each goes in "
            "once at most");
  EXPECT_EQ(outcome(format("{code}{code}{name}")),
            "m.toml: line 9: the format holds {name} 1 times and {code} 2 times; each goes in "
            "once at most");
  EXPECT_EQ(outcome(format(repeated("{name}", 20000))),
            "m.toml: line 9: the format is 120000 characters long; a text of a mapping has at "
            "most 256");
}

TEST(MappingLimits, ConstantsOfABlockAreCellsOfTheBlock) {
  EXPECT_EQ(outcome(std::string(kBlocks) + "[constants]\n\"F2\" = \"单位：万元\"\n"), "accepted");
  EXPECT_EQ(outcome(std::string(kBlocks) + "[constants]\n\"A1048576\" = \"x\"\n"),
            "m.toml: line 13: A1048576 is not in the block, or is in its indicator row "
            "(indicator_columns name those)");
  EXPECT_EQ(outcome(std::string(kBlocks) + "[constants]\n\"C10\" = \"x\"\n"),
            "m.toml: line 13: C10 is not in the block, or is in its indicator row "
            "(indicator_columns name those)");
}

}  // namespace
}  // namespace kpiconv::province
