// Row shifts of many rows at once (RowShift::count): the same places as that many shifts of one
// row, for rows, ranges, reference lists and formulas.
#include "formats/xlsx/apply/row_shift.h"

#include <gtest/gtest.h>

namespace kpiconv::xlsx::apply {
namespace {

TEST(RowShift, InsertingManyRowsMovesEverythingFromTheRowDown) {
  const RowShift three = RowShift::insert(4, 3);
  EXPECT_EQ(shifted_row(3, three), 3);
  EXPECT_EQ(shifted_row(4, three), 7);
  EXPECT_EQ(shifted_row(10, three), 13);
  // A range the rows go strictly inside stretches; one ending above them does not move.
  EXPECT_EQ(shifted_reference("A1:F12", three), "A1:F15");
  EXPECT_EQ(shifted_reference("A1:F4", three), "A1:F4");
  EXPECT_EQ(shifted_reference("A5:F5", three), "A8:F8");
  EXPECT_EQ(shifted_reference_list("A4 B5:B6 C2", three), "A4 B8:B9 C2");
  EXPECT_EQ(shifted_formula("SUM(B5:B9)+'项目'!$C$10", "项目", "项目", three),
            "SUM(B8:B12)+'项目'!$C$13");
}

TEST(RowShift, ManyRowsAtOnceLandWhereOneAtATimeWould) {
  for (const char* reference : {"A1", "C3:D9", "B4:B4", "A5:F12", "$A$1:$G$15", "E20"}) {
    std::string one_at_a_time = reference;
    for (int i = 0; i < 5; ++i)
      one_at_a_time = shifted_reference(one_at_a_time, RowShift::insert(4));
    EXPECT_EQ(shifted_reference(reference, RowShift::insert(4, 5)), one_at_a_time) << reference;
    std::string deleted = reference;
    for (int i = 0; i < 2; ++i) deleted = shifted_reference(deleted, RowShift::erase(3));
    EXPECT_EQ(shifted_reference(reference, RowShift::erase(3, 2)), deleted) << reference;
  }
}

TEST(RowShift, DeletingManyRowsShrinksOrDropsWhatTheyHeld) {
  const RowShift two = RowShift::erase(3, 2);  // rows 4 and 5
  EXPECT_EQ(shifted_row(2, two), 2);
  EXPECT_EQ(shifted_row(3, two), std::nullopt);
  EXPECT_EQ(shifted_row(4, two), std::nullopt);
  EXPECT_EQ(shifted_row(5, two), 3);
  EXPECT_EQ(shifted_reference("A4:A5", two), "");
  EXPECT_EQ(shifted_reference("A3:A6", two), "A3:A4");
  EXPECT_EQ(shifted_reference("A5:A8", two), "A4:A6");
  EXPECT_EQ(shifted_formula("A5+A7", "s", "s", two), "#REF!+A5");
}

}  // namespace
}  // namespace kpiconv::xlsx::apply
