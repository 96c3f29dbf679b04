#include "formats/csv/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
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

struct ByteOrderMark {
  std::string_view bytes;
  const char* encoding;  // ICU's converter name
};

// UTF-32LE's mark starts with UTF-16LE's, so it is looked for first.
constexpr ByteOrderMark kByteOrderMarks[] = {
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
};

const ByteOrderMark* byte_order_mark_of(std::string_view bytes) {
  for (const ByteOrderMark& mark : kByteOrderMarks) {
    if (bytes.starts_with(mark.bytes)) return &mark;
  }
  return nullptr;
}

// Characters of UTF-8 text: bytes that do not continue a sequence.
size_t character_count(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

size_t nul_percentage(std::string_view text) {
  size_t characters = character_count(text);
  if (characters == 0) return 0;
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\0')) * 100 / characters;
}

// A quarter or more of the text NUL: no real file is so, a wrong decoding is (a NUL in a cell of
// a real file is kept as it is).
bool mostly_nul(std::string_view text) {
  size_t nuls = static_cast<size_t>(std::count(text.begin(), text.end(), '\0'));
  return nuls > 0 && nuls * 4 >= character_count(text);
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

std::optional<DecodedText> decode_text(std::string_view bytes, std::string* refusal) {
  if (refusal != nullptr) refusal->clear();
  if (const ByteOrderMark* mark = byte_order_mark_of(bytes)) {
    bytes.remove_prefix(mark->bytes.size());
    const std::string encoding = mark->encoding;
    std::optional<std::string> text;
    if (encoding == "UTF-8") {
      if (is_valid_utf8(bytes)) text = std::string(bytes);
    } else {
      text = convert(bytes, mark->encoding);
    }
    if (text && !text->empty() && !mostly_nul(*text)) {
      return DecodedText{std::move(*text), encoding};
    }
    if (refusal != nullptr) {
      if (text && text->empty()) {
        *refusal = "it holds nothing but a " + encoding + " byte order mark";
      } else {
        *refusal =
            "it starts with a " + encoding + " byte order mark but is not " + encoding + " text";
        if (text)
          *refusal +=
              " (" + std::to_string(nul_percentage(*text)) + "% of the characters read so are NUL)";
      }
    }
    return std::nullopt;
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
      std::optional<std::string> text = convert(bytes, encoding.c_str());
      if (text && !mostly_nul(*text)) return DecodedText{std::move(*text), encoding};
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
