// Bytes of unknown encoding to UTF-8: a byte order mark (UTF-8, UTF-32, UTF-16), else valid UTF-8,
// else what ICU's charset detector says (GB18030 for the Chinese files Excel and WPS write).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kpiconv {

struct DecodedText {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // "UTF-8", "GB18030", "UTF-16LE", …
};

// nullopt when the bytes do not look like text in any encoding (binary data), decode to text of
// which a quarter or more is NUL characters (text in another encoding than the one taken: UTF-32
// read as UTF-16 is half NULs), or are a byte order mark and nothing else. Then, when the bytes
// start with a byte order mark, `refusal` (if given) says why they are not the text it announces;
// else it is left empty.
std::optional<DecodedText> decode_text(std::string_view bytes, std::string* refusal = nullptr);

}  // namespace kpiconv
