#include "formats/csv/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace kpiconv {
namespace {

bool is_valid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// NUL bytes mean binary data, unless the text is UTF-16 (then every other byte is often zero).
bool has_nul(std::string_view bytes) {
  return bytes.find('\0') != std::string_view::npos;
}

std::optional<std::string> convert(std::string_view bytes, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status),
                                                               &ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  // Stop at an invalid sequence rather than guessing: the detector may have been wrong.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                          status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

std::optional<std::string> detected_encoding(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      &ucsdet_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  return std::string(name);
}

}  // namespace

std::optional<DecodedText> decode_text(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    if (!is_valid_utf8(bytes)) return std::nullopt;
    return DecodedText{std::string(bytes), "UTF-8"};
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const char* encoding = bytes.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    std::optional<std::string> text = convert(bytes.substr(2), encoding);
    if (!text) return std::nullopt;
    return DecodedText{std::move(*text), encoding};
  }
  if (is_valid_utf8(bytes)) {
    if (has_nul(bytes)) return std::nullopt;
    return DecodedText{std::string(bytes), "UTF-8"};
  }
  std::optional<std::string> guess = detected_encoding(bytes);
  // The detector names GB2312 or Big5 for Chinese; GB18030 is their superset and what Excel and WPS
  // write on Chinese Windows, so try it first.
  for (const std::string& encoding : {std::string("GB18030"), guess.value_or("GB18030")}) {
    if (encoding.starts_with("UTF-16")) {
      if (std::optional<std::string> text = convert(bytes, encoding.c_str())) {
        return DecodedText{std::move(*text), encoding};
      }
      continue;
    }
    if (has_nul(bytes)) continue;
    if (std::optional<std::string> text = convert(bytes, encoding.c_str())) {
      return DecodedText{std::move(*text), encoding};
    }
  }
  return std::nullopt;
}

}  // namespace kpiconv
