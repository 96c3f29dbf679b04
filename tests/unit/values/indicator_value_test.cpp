// The parse of a 指标值 beside its source text: kind, comparator, exact number, canonical unit,
// range bounds, deadline date, and a note for whatever is left over.
#include "converter/values/indicator_value.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>

#include "parsed_value_printer.h"

namespace kpiconv {
namespace {

ParsedValue quantity(std::string comparator, std::string number, std::string unit,
                     std::string note = "") {
  ParsedValue value;
  value.kind = ValueKind::kQuantitative;
  value.comparator = std::move(comparator);
  value.number = std::move(number);
  value.unit = std::move(unit);
  value.note = std::move(note);
  return value;
}

ParsedValue range(std::string lower, std::string upper, std::string unit, std::string note = "") {
  ParsedValue value;
  value.kind = ValueKind::kRange;
  value.number = std::move(lower);
  value.upper = std::move(upper);
  value.unit = std::move(unit);
  value.note = std::move(note);
  return value;
}

ParsedValue deadline(std::string comparator, std::string date, std::string note = "") {
  ParsedValue value;
  value.kind = ValueKind::kDeadline;
  value.comparator = std::move(comparator);
  value.date = std::move(date);
  value.note = std::move(note);
  return value;
}

ParsedValue qualitative() {
  ParsedValue value;
  value.kind = ValueKind::kQualitative;
  return value;
}

ParsedValue text(std::string note) {
  ParsedValue value;
  value.kind = ValueKind::kText;
  value.note = std::move(note);
  return value;
}

ParsedValue parse(std::string_view value) {
  return parse_indicator_value(value);
}

TEST(IndicatorValue, ReadsFullWidthDigitsSignsAndLetters) {
  EXPECT_EQ(parse("≥９５％"), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("＞＝９５％"), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("≤１２个月"), quantity("≤", "12", "月"));
  EXPECT_EQ(parse("＜１．５万元"), quantity("<", "1.5", "万元"));
  EXPECT_EQ(parse("≥１００ｋｍ"), quantity("≥", "100", "公里"));
}

TEST(IndicatorValue, IgnoresSpacesBetweenItsParts) {
  EXPECT_EQ(parse("1 家"), quantity("=", "1", "家"));
  EXPECT_EQ(parse("  ≥ 95 % "), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("≥\u300095\u3000％"), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("不 低 于 90%"), quantity("≥", "90", "%"));
  EXPECT_EQ(parse("≥20 台 / 件"), quantity("≥", "20", "台/件"));
}

TEST(IndicatorValue, ReadsComparatorWordsBeforeTheNumber) {
  EXPECT_EQ(parse("不低于90%"), quantity("≥", "90", "%"));
  EXPECT_EQ(parse("不少于5家"), quantity("≥", "5", "家"));
  EXPECT_EQ(parse("大于等于3次"), quantity("≥", "3", "次"));
  EXPECT_EQ(parse(">=3次"), quantity("≥", "3", "次"));
  EXPECT_EQ(parse("不超过100万元"), quantity("≤", "100", "万元"));
  EXPECT_EQ(parse("不超100万元"), quantity("≤", "100", "万元"));
  EXPECT_EQ(parse("<=100万元"), quantity("≤", "100", "万元"));
  EXPECT_EQ(parse("高于80%"), quantity(">", "80", "%"));
  EXPECT_EQ(parse("超过2次"), quantity(">", "2", "次"));
  EXPECT_EQ(parse("低于5%"), quantity("<", "5", "%"));
  EXPECT_EQ(parse("等于1项"), quantity("=", "1", "项"));
  EXPECT_EQ(parse("最高不超 100 万元"), quantity("≤", "100", "万元"));
}

TEST(IndicatorValue, ReadsComparatorWordsAfterTheNumberOrUnit) {
  EXPECT_EQ(parse("100万元以内"), quantity("≤", "100", "万元"));
  EXPECT_EQ(parse("95%以上"), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("5人及以下"), quantity("≤", "5", "人"));
  EXPECT_EQ(parse("3个工作日内"), quantity("≤", "3", "工作日"));
  EXPECT_EQ(parse("达到90%以上"), quantity("≥", "90", "%"));
}

TEST(IndicatorValue, ReadsReachingANumberAsAtLeastIt) {
  EXPECT_EQ(parse("达到 80%"), quantity("≥", "80", "%"));
  EXPECT_EQ(parse("达到"), qualitative());
  EXPECT_EQ(parse("达到支持条件"), qualitative());
}

TEST(IndicatorValue, ReadsABareNumberAsEqualToIt) {
  EXPECT_EQ(parse("1家"), quantity("=", "1", "家"));
  EXPECT_EQ(parse("2.4万元"), quantity("=", "2.4", "万元"));
  EXPECT_EQ(parse("100百分比"), quantity("=", "100", "%"));
  EXPECT_EQ(parse("100"), quantity("=", "100", ""));
}

TEST(IndicatorValue, KeepsTheDigitsAsWrittenAndCanonicalizesTheUnit) {
  EXPECT_EQ(parse("≤1.0万"), quantity("≤", "1.0", "万元"));
  EXPECT_EQ(parse("≤100.00万元"), quantity("≤", "100.00", "万元"));
  EXPECT_EQ(parse("≥0.12万元"), quantity("≥", "0.12", "万元"));
  EXPECT_EQ(parse("≥95百分比"), quantity("≥", "95", "%"));
  EXPECT_EQ(parse("≤12个月"), quantity("≤", "12", "月"));
  EXPECT_EQ(parse("≤12月"), quantity("≤", "12", "月"));
  EXPECT_EQ(parse("≥1亿元"), quantity("≥", "1", "亿元"));
  EXPECT_EQ(parse("≥10万人"), quantity("≥", "10", "万人"));
  EXPECT_EQ(parse("≥20台/套/件"), quantity("≥", "20", "台/套/件"));
}

TEST(IndicatorValue, RemovesThousandsSeparators) {
  EXPECT_EQ(parse("1,000万元"), quantity("=", "1000", "万元"));
  EXPECT_EQ(parse("1，000万元"), quantity("=", "1000", "万元"));
  EXPECT_EQ(parse("≥12,345,678.50元"), quantity("≥", "12345678.50", "元"));
  // Not groups of three: a list of two numbers, not one.
  EXPECT_EQ(parse("3,4家"), text("3；4家"));
}

TEST(IndicatorValue, ReadsRanges) {
  EXPECT_EQ(parse("90%-100%"), range("90", "100", "%"));
  EXPECT_EQ(parse("80～90%"), range("80", "90", "%"));
  EXPECT_EQ(parse("3至5个"), range("3", "5", "个"));
  EXPECT_EQ(parse("1 - 2 年"), range("1", "2", "年"));
  EXPECT_EQ(parse("90%-100"), range("90", "100", "%"));
  EXPECT_EQ(parse("100-90%"), range("100", "90", "%", "下限大于上限"));
  // Bounds in different units are two quantities, not a range.
  EXPECT_EQ(parse("3个月-1年"), text("3月；1年"));
}

TEST(IndicatorValue, ReadsDeadlines) {
  EXPECT_EQ(parse("2023 年 8 月底前"), deadline("≤", "2023-08-31"));
  EXPECT_EQ(parse("2023年8月末"), deadline("≤", "2023-08-31"));
  EXPECT_EQ(parse("2023年12月31日前"), deadline("≤", "2023-12-31"));
  EXPECT_EQ(parse("2023年6月30号之前"), deadline("≤", "2023-06-30"));
  EXPECT_EQ(parse("2023年底前"), deadline("≤", "2023-12-31"));
  EXPECT_EQ(parse("2024年2月底前"), deadline("≤", "2024-02-29"));
  EXPECT_EQ(parse("2023年2月底前"), deadline("≤", "2023-02-28"));
  EXPECT_EQ(parse("2023.8.31前"), deadline("≤", "2023-08-31"));
  EXPECT_EQ(parse("2023年8月底前完成"), deadline("≤", "2023-08-31", "完成"));
  EXPECT_EQ(parse("不晚于2023年8月底"), deadline("≤", "2023-08-31"));
}

TEST(IndicatorValue, ReadsABeforeAWholeMonthOrYearAsBeforeItBegins) {
  EXPECT_EQ(parse("2023年8月前"), deadline("<", "2023-08-01"));
  EXPECT_EQ(parse("2024年以前"), deadline("<", "2024-01-01"));
  EXPECT_EQ(parse("2023年8月"), deadline("≤", "2023-08-31"));
}

TEST(IndicatorValue, ReadsDeadlinesWithoutAYearAsMonthAndDay) {
  EXPECT_EQ(parse("12月31日前"), deadline("≤", "--12-31", "未注明年份"));
  EXPECT_EQ(parse("6月底前"), deadline("≤", "--06-30", "未注明年份"));
  EXPECT_EQ(parse("年底前"), deadline("≤", "--12-31", "未注明年份"));
  EXPECT_EQ(parse("年末前完成"), deadline("≤", "--12-31", "完成；未注明年份"));
}

TEST(IndicatorValue, ReadsProseWithSeveralNumbersAsTextListingThem) {
  EXPECT_EQ(parse("核定支出的 50%，最高不超 100 万元"), text("50%；≤100万元"));
  EXPECT_EQ(parse("按照购置研发、检测、试验等设备投入的20%比例计算，最高补助200万元"),
            text("20%；200万元"));
  EXPECT_EQ(parse("2023年8月底前完成80%"), text("≤2023-08-31；80%"));
  EXPECT_EQ(parse("90%-100%，不少于3家"), text("90～100%；≥3家"));
}

TEST(IndicatorValue, ReadsAValueWithoutANumberAsQualitative) {
  EXPECT_EQ(parse("进一步提升"), qualitative());
  EXPECT_EQ(parse("效果明显"), qualitative());
  EXPECT_EQ(parse("及时购置，满足办公"), qualitative());
  EXPECT_EQ(parse("不超出预算"), qualitative());
  EXPECT_EQ(parse("预算范围内"), qualitative());
  EXPECT_EQ(parse("以上级文件为准"), qualitative());
}

TEST(IndicatorValue, ReadsAReferenceToADocumentAsQualitativeEvenWithNumbers) {
  EXPECT_EQ(parse("以2024年文件为准"), qualitative());
  EXPECT_EQ(parse("按怀财字[2024]7号执行"), qualitative());
}

TEST(IndicatorValue, KeepsWhatIsLeftOverInTheNote) {
  EXPECT_EQ(parse("约100人"), quantity("=", "100", "人", "约"));
  EXPECT_EQ(parse("完成率≥95%"), quantity("≥", "95", "%", "完成率"));
  EXPECT_EQ(parse("≥10家企业"), quantity("≥", "10", "家", "企业"));
  EXPECT_EQ(parse("≥30min"), quantity("≥", "30", "", "min"));
  EXPECT_EQ(parse("≥20台（套）"), quantity("≥", "20", "台", "(套)"));
  EXPECT_EQ(parse("全年开展培训不少于2次，覆盖全部企业"),
            quantity("≥", "2", "次", "全年开展培训；覆盖全部企业"));
  EXPECT_EQ(parse("≥5项。"), quantity("≥", "5", "项"));
}

TEST(IndicatorValue, NotesAnUnbalancedBracketOnce) {
  EXPECT_EQ(parse("≥20台/件/辆/套）"), quantity("≥", "20", "台/件/辆/套", "括号不成对"));
  EXPECT_EQ(parse("（≥20台"), quantity("≥", "20", "台", "括号不成对"));
  EXPECT_EQ(parse("≥20台（企业"), quantity("≥", "20", "台", "企业；括号不成对"));
}

TEST(IndicatorValue, ReadsGarbageAsTextWithTheSourceInTheNote) {
  EXPECT_EQ(parse(""), text(""));
  EXPECT_EQ(parse(" \u3000 "), text(""));
  EXPECT_EQ(parse("——"), text("——"));
  EXPECT_EQ(parse("/"), text("/"));
  EXPECT_EQ(parse(" 1.2.3% "), text("1.2.3%"));
  EXPECT_EQ(parse("≥90%以内"), text("≥90%以内"));
  EXPECT_EQ(parse("2023年2月30日前"), text("2023年2月30日前"));
  EXPECT_EQ(parse("2023年13月底前"), text("2023年13月底前"));
}

TEST(IndicatorValue, ReadsAMinusSign) {
  EXPECT_EQ(parse("≥-5%"), quantity("≥", "-5", "%"));
  EXPECT_EQ(parse("-5-5%"), range("-5", "5", "%"));
}

bool is_valid_utf8(const std::string& text) {
  std::string round_trip;
  icu::UnicodeString::fromUTF8(text).toUTF8String(round_trip);
  return round_trip == text;
}

TEST(IndicatorValue, NeverThrowsAndAlwaysGivesValidUtf8) {
  const std::string inputs[] = {
      "\xff\xfe",
      "≥9\xe5%",
      std::string(1, '\0'),
      std::string(10000, '9'),
      std::string(5000, '('),
      std::string(3000, '-'),
      "≥≤><=",
      "999999999999年99月99日前",
      "1,,000",
      "..5",
      "年底",
      "0年0月0日前",
      "≥" + std::string(2000, '5') + "." + std::string(2000, '5') + "万元以内",
  };
  for (const std::string& input : inputs) {
    ParsedValue parsed;
    EXPECT_NO_THROW(parsed = parse_indicator_value(input)) << input;
    for (const std::string* field : {&parsed.comparator, &parsed.number, &parsed.upper,
                                     &parsed.unit, &parsed.date, &parsed.note}) {
      EXPECT_TRUE(is_valid_utf8(*field)) << input;
    }
  }
  EXPECT_EQ(parse("\xff\xfe"), text("\uFFFD\uFFFD"));
  EXPECT_EQ(parse("≥9\xe5%"), text("≥9\uFFFD%"));
  EXPECT_EQ(parse("不低于不高于5"), text("不低于不高于5"));
}

TEST(IndicatorValue, NamesItsKinds) {
  EXPECT_STREQ(to_string(ValueKind::kQuantitative), "quantitative");
  EXPECT_STREQ(to_string(ValueKind::kQualitative), "qualitative");
  EXPECT_STREQ(to_string(ValueKind::kRange), "range");
  EXPECT_STREQ(to_string(ValueKind::kDeadline), "deadline");
  EXPECT_STREQ(to_string(ValueKind::kText), "text");
}

}  // namespace
}  // namespace kpiconv
