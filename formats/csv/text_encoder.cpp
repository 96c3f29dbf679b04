#include "formats/csv/text_encoder.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "converter/error.h"
#include "converter/text/text.h"

namespace kpiconv {
namespace {

bool names_utf8(const std::string& name) {
  return equals_ignoring_ascii_case(name, "utf-8") || equals_ignoring_ascii_case(name, "utf8");
}

}  // namespace

TextEncoder::TextEncoder(const std::string& encoding) {
  if (names_utf8(encoding)) return;
  UErrorCode status = U_ZERO_ERROR;
  converter_ = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status) || converter_ == nullptr) {
    throw Error(ErrorKind::kUsage, "",
                "unknown encoding '" + encoding + "' (use utf-8 or gb18030)");
  }
}

TextEncoder::~TextEncoder() {
  if (converter_ != nullptr) ucnv_close(converter_);
}

void TextEncoder::write(std::ostream& out, std::string_view utf8_text) {
  if (converter_ == nullptr) {
    out.write(utf8_text.data(), static_cast<std::streamsize>(utf8_text.size()));
    return;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_text.data(), static_cast<int32_t>(utf8_text.size())));
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = text.extract(nullptr, 0, converter_, status);
  status = U_ZERO_ERROR;
  buffer_.resize(static_cast<size_t>(needed) + 1);
  int32_t written =
      text.extract(buffer_.data(), static_cast<int32_t>(buffer_.size()), converter_, status);
  if (U_FAILURE(status)) throw Error(ErrorKind::kOutputFailed, "", "text cannot be encoded");
  out.write(buffer_.data(), written);
}

}  // namespace kpiconv
