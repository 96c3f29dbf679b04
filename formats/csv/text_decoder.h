// Bytes of unknown encoding to UTF-8: a byte order mark, else valid UTF-8, else what ICU's charset
// detector says (GB18030 for the Chinese files Excel and WPS write).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kpiconv {

struct DecodedText {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // "UTF-8", "GB18030", "UTF-16LE", …
};

// nullopt when the bytes do not look like text in any encoding (binary data).
std::optional<DecodedText> decode_text(std::string_view bytes);

}  // namespace kpiconv
