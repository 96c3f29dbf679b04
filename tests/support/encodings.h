// Text in the encodings producers write, made by ICU for tests.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv::test {

// `utf8` in `encoding` ("GB18030", "UTF-16LE", …), no byte order mark.
std::string in_encoding(std::string_view utf8, const char* encoding);

}  // namespace kpiconv::test
