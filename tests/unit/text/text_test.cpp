#include "converter/text/text.h"

#include <gtest/gtest.h>

namespace kpiconv {
namespace {

TEST(Text, AppendsUtf8AndReplacesSurrogates) {
  std::string out;
  append_utf8(out, U'A');
  append_utf8(out, U'\u00B1');
  append_utf8(out, U'\u2265');
  append_utf8(out, U'\U0001F600');
  append_utf8(out, static_cast<char32_t>(0xD800));
  append_utf8(out, static_cast<char32_t>(0x110000));
  EXPECT_EQ(out, "A\xC2\xB1\xE2\x89\xA5\xF0\x9F\x98\x80\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Text, ComparesAsciiCaseInsensitively) {
  EXPECT_TRUE(equals_ignoring_ascii_case("External", "EXTERNAL"));
  EXPECT_FALSE(equals_ignoring_ascii_case("External", "Externa"));
  EXPECT_EQ(ascii_lowercase("Title 标题"), "title 标题");
}

}  // namespace
}  // namespace kpiconv
