#include "converter/recognize/spending_plan.h"

#include <gtest/gtest.h>

#include "support/table_builder.h"

namespace kpiconv {
namespace {

using test::CellSpec;
using test::TableBuilder;

std::vector<std::string> texts(const SpendingPlanReading& reading) {
  std::vector<std::string> result;
  for (const Field& quarter : reading.quarters) result.push_back(quarter.text);
  return result;
}

using Texts = std::vector<std::string>;

TEST(QuarterLabel, ReadsMonthsAndQuarterWords) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  EXPECT_EQ(parse_quarter_label("3月底", vocabulary)->quarter, 0);
  EXPECT_EQ(parse_quarter_label("6 月底", vocabulary)->quarter, 1);
  EXPECT_EQ(parse_quarter_label("10月底", vocabulary)->quarter, 2);
  EXPECT_EQ(parse_quarter_label("9月末", vocabulary)->quarter, 2);
  EXPECT_EQ(parse_quarter_label("１２月底", vocabulary)->quarter, 3);
  EXPECT_EQ(parse_quarter_label("第四季度", vocabulary)->quarter, 3);
  auto with_value = parse_quarter_label("12 月底 100%", vocabulary);
  ASSERT_TRUE(with_value);
  EXPECT_EQ(with_value->quarter, 3);
  EXPECT_EQ(with_value->rest, "100%");
  EXPECT_FALSE(parse_quarter_label("30%", vocabulary));
  EXPECT_FALSE(parse_quarter_label("13月底", vocabulary));
  EXPECT_FALSE(parse_quarter_label("资金支出计划（%）", vocabulary));
}

TEST(SpendingPlan, ReadsValuesUnderMergedHeaders) {
  Table table = TableBuilder(7)
                    .row({CellSpec("资金支出计划（%）", 1, 2), CellSpec("3月底", 2),
                          CellSpec("6月底", 2), "10月底", "12月底"})
                    .row({CellSpec("30%", 2), CellSpec(" 60", 2), "90%", "100%"})
                    .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_EQ(texts(reading), (Texts{"30%", "60", "90%", "100%"}));
  EXPECT_FALSE(reading.shifted);
  EXPECT_EQ(reading.quarters[1].where.locator, "tbl[1]/tr[2]/tc[2]");
}

TEST(SpendingPlan, BlankQuartersStayEmptyButKeepTheirCell) {
  Table table =
      TableBuilder(5)
          .row({CellSpec("资金支出计划（%）", 1, 2), "3月底", "6月底", "10月底", "12月底"})
          .row({" ", " ", "90%", "100%"})
          .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_EQ(texts(reading), (Texts{"", "", "90%", "100%"}));
  EXPECT_EQ(reading.quarters[0].where.locator, "tbl[1]/tr[2]/tc[1]");
  EXPECT_FALSE(reading.shifted);
}

// 004 project 4: values stand exactly under 6月底, 10月底, 12月底.
TEST(SpendingPlan, KeepsValuesInTheirColumnsWhenTheFirstQuarterIsEmpty) {
  Table table = TableBuilder(7)
                    .row({"资金支出计划（%）", "3 月底", "", "6 月底", "10 月底", "12 月底", ""})
                    .row({"", "", "", "100%", "100%", "100%", ""})
                    .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_EQ(texts(reading), (Texts{"", "100%", "100%", "100%"}));
  EXPECT_FALSE(reading.shifted);
}

// 004 project 1: the PDF put the 12月底 header into the value row with its value.
TEST(SpendingPlan, TakesAHeaderWrittenInTheValueRow) {
  Table table = TableBuilder(7)
                    .row({"资金支出计 划（%）", "3 月底", "", "6 月底", "", "10 月底", ""})
                    .row({"", "25%", "", "50%", "", "75%", "12 月底 100%"})
                    .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_EQ(texts(reading), (Texts{"25%", "50%", "75%", "100%"}));
  EXPECT_FALSE(reading.shifted);
}

// 004 project 8: every value one column right of its header.
TEST(SpendingPlan, ReadsShiftedValuesInOrderAndSaysSo) {
  Table table = TableBuilder(7)
                    .row({"资金支出计划（%）", "3 月底", "", "6 月底", "", "10 月底", ""})
                    .row({"", "", "25%", "", "50%", "", "100%"})
                    .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_EQ(texts(reading), (Texts{"25%", "50%", "100%", ""}));
  EXPECT_TRUE(reading.shifted);
  EXPECT_EQ(reading.quarters[2].where.locator, "tbl[1]/tr[2]/tc[7]");
}

TEST(SpendingPlan, ReportsMoreValuesThanQuarters) {
  Table table = TableBuilder(6)
                    .row({"资金支出计划", "3月底", "6月底", "10月底", "12月底", ""})
                    .row({"10%", "20%", "30%", "40%", "50%", "60%"})
                    .build();
  SpendingPlanReading reading = read_spending_plan(table, 0, 1, 1, Vocabulary::builtin());
  EXPECT_TRUE(reading.shifted);
  EXPECT_TRUE(reading.overflow);
}

}  // namespace
}  // namespace kpiconv
