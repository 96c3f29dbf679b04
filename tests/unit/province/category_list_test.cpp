// A province's category list (formats/province/category_list.h): entries written for the names a
// filing uses, names read back from entries, and codes that look like placeholders kept as they
// are.
#include "formats/province/category_list.h"

#include <gtest/gtest.h>

namespace kpiconv::province {
namespace {

TEST(CategoryList, WritesAndReadsEntriesInTheProvincesFormat) {
  const CategoryList list("{code}-{name}", {{"产出指标", "01"}, {"数量指标", "0101"}});
  EXPECT_TRUE(list.listed());
  EXPECT_EQ(list.entry_for("数量指标"), "0101-数量指标");
  EXPECT_EQ(list.entry_for("产出"), "01-产出指标");   // as a filing may word it
  EXPECT_EQ(list.entry_for("质量指标"), "质量指标");  // not listed: as filed
  EXPECT_EQ(list.entry_for(""), "");
  EXPECT_EQ(list.name_of("0101-数量指标"), "数量指标");
  EXPECT_EQ(list.name_of("质量指标"), "质量指标");
}

TEST(CategoryList, WithoutAListCategoriesAreWrittenAsNamed) {
  const CategoryList none;
  EXPECT_FALSE(none.listed());
  EXPECT_EQ(none.entry_for("产出"), "产出");
  EXPECT_EQ(none.name_of("1 产出指标"), "1 产出指标");
}

TEST(CategoryList, TheFirstOfTwoAlikeIsTaken) {
  const CategoryList list("{code} {name}", {{"产出指标", "1"}, {"产出", "9"}, {"效益指标", "1"}});
  EXPECT_EQ(list.entry_for("产出指标"), "1 产出指标");
  EXPECT_EQ(list.name_of("1 产出指标"), "产出指标");
}

// A code or name that holds "{code}" or "{name}" goes in as it is: expanding it again would never
// end (a mapping with the code "{code}" once hung the filling).
TEST(CategoryList, PlaceholdersInCodesAndNamesAreNotExpandedAgain) {
  EXPECT_EQ(formatted_category("{code} {name}", "{code}", "产出指标"), "{code} 产出指标");
  EXPECT_EQ(formatted_category("{name}/{code}", "{name}", "{code}"), "{code}/{name}");
  EXPECT_EQ(formatted_category("[{code}]{name}{", "1", "产出指标"), "[1]产出指标{");
  const CategoryList list("{code} {name}", {{"产出指标", "{code}"}});
  EXPECT_EQ(list.entry_for("产出指标"), "{code} 产出指标");
  EXPECT_EQ(list.name_of("{code} 产出指标"), "产出指标");
}

}  // namespace
}  // namespace kpiconv::province
