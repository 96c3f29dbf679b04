#include "formats/ooxml/part_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

#include "converter/error.h"
#include "converter/text/text.h"

namespace kpiconv::ooxml {
namespace {

// Enough of the part to hold its XML declaration.
constexpr std::size_t kHeadBytes = 512;
// Characters beyond ASCII, all valid multi-byte UTF-8, that make a legacy label a mislabel: one
// or two may be chance (a GB18030 pair can look like UTF-8), eight never are.
constexpr int kUtf8Evidence = 8;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// XML's EncName: [A-Za-z] ([A-Za-z0-9._] | '-')*, and no name of ICU's is longer than this.
bool is_encoding_name(std::string_view name) {
  constexpr std::size_t kLongestName = 64;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (name.empty() || name.size() > kLongestName || !letter(name[0])) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

bool is_utf8_name(std::string_view name) {
  std::string lower = ascii_lowercase(name);
  return lower == "utf-8" || lower == "utf8";
}

bool is_utf16_or_32_name(std::string_view name) {
  std::string lower = ascii_lowercase(name);
  return lower.starts_with("utf-16") || lower.starts_with("utf16") || lower.starts_with("ucs-2") ||
         lower.starts_with("ucs2") || lower.starts_with("utf-32") || lower.starts_with("ucs-4");
}

// The encoding named by an XML declaration at the start of ASCII-compatible `head`; "" when there
// is none or it names none.
std::string declared_encoding(std::string_view head) {
  if (starts_with(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  if (!starts_with(head, "<?xml")) return {};
  const std::size_t end = head.find("?>");
  std::string_view declaration = head.substr(0, end);
  std::size_t at = declaration.find("encoding");
  if (at == std::string_view::npos) return {};
  at += 8;
  auto skip_spaces = [&] {
    while (at < declaration.size() && (declaration[at] == ' ' || declaration[at] == '\t' ||
                                       declaration[at] == '\r' || declaration[at] == '\n')) {
      ++at;
    }
  };
  skip_spaces();
  if (at >= declaration.size() || declaration[at] != '=') return {};
  ++at;
  skip_spaces();
  if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\'')) return {};
  const char quote = declaration[at++];
  const std::size_t close = declaration.find(quote, at);
  if (close == std::string_view::npos) return {};
  return std::string(declaration.substr(at, close - at));
}

// Counts the characters beyond ASCII at the start of `bytes` that are valid UTF-8, up to the
// first invalid one; `invalid` tells whether one was met (a sequence cut at the end is neither).
int utf8_run(std::string_view bytes, bool& invalid) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  int valid = 0;
  invalid = false;
  for (int32_t i = 0; i < length && valid < kUtf8Evidence;) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      // A sequence cut by the end of the chunk is no evidence either way.
      invalid = U8_COUNT_TRAIL_BYTES(data[start]) == 0 ||
                U8_COUNT_TRAIL_BYTES(data[start]) <= length - start - 1;
      return valid;
    }
    ++valid;
  }
  return valid;
}

}  // namespace

void PartDecoder::CloseConverter::operator()(UConverter* converter) const {
  ucnv_close(converter);
}

PartDecoder::PartDecoder(std::string file, std::string part)
    : file_(std::move(file)), part_(std::move(part)) {}

PartDecoder::~PartDecoder() = default;

void PartDecoder::refuse(const std::string& cause) const {
  throw_unreadable(file_, cause);
}

void PartDecoder::refuse_at_line(const std::string& cause) const {
  refuse(part_ + " is not " + encoding_ + " text at line " + std::to_string(lines_ + 1) + ": " +
         cause);
}

void PartDecoder::choose_encoding(std::string_view head) {
  const auto byte = [&](std::size_t i) {
    return i < head.size() ? static_cast<unsigned char>(head[i]) : 0x100u;
  };
  std::string name;
  std::size_t mark = 0;  // bytes of a byte order mark, left out of the text
  if (byte(0) == 0xFF && byte(1) == 0xFE && byte(2) == 0 && byte(3) == 0) {
    name = "UTF-32LE", mark = 4;
  } else if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF) {
    name = "UTF-32BE", mark = 4;
  } else if (byte(0) == 0xFF && byte(1) == 0xFE) {
    name = "UTF-16LE", mark = 2;
  } else if (byte(0) == 0xFE && byte(1) == 0xFF) {
    name = "UTF-16BE", mark = 2;
  } else if (byte(0) == '<' && byte(1) == 0 && byte(2) == 0 && byte(3) == 0) {
    name = "UTF-32LE";
  } else if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0 && byte(3) == '<') {
    name = "UTF-32BE";
  } else if (byte(0) == '<' && byte(1) == 0) {
    name = "UTF-16LE";
  } else if (byte(0) == 0 && byte(1) == '<') {
    name = "UTF-16BE";
  } else {
    const std::string declared = declared_encoding(head);
    if (!declared.empty() && !is_encoding_name(declared)) {
      // Said without the name itself, which may be any bytes at all.
      refuse(part_ +
             " declares an encoding by a name that is none (XML allows letters, digits, "
             "'.', '_' and '-')");
    }
    if (declared.empty() || is_utf8_name(declared)) {
      encoding_ = "UTF-8";
      passthrough_ = true;
      return;
    }
    if (is_utf16_or_32_name(declared)) {
      refuse(part_ + " declares the encoding " + declared +
             ", but its first characters are not in it (ASCII-compatible bytes)");
    }
    name = declared;
  }
  UErrorCode status = U_ZERO_ERROR;
  converter_.reset(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || converter_ == nullptr) {
    refuse(part_ + " declares the encoding \"" + name + "\", which kpiconv does not know");
  }
  // Stop at a sequence the encoding does not allow, never substitute.
  ucnv_setToUCallBack(converter_.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  const char* canonical = ucnv_getName(converter_.get(), &status);
  encoding_ = U_SUCCESS(status) && canonical != nullptr ? canonical : name;
  // ICU's names are its own ("gb18030"); the label is what the part says, in messages.
  if (mark == 0 && !name.starts_with("UTF-")) encoding_ = name;
  pending_.erase(0, mark);
}

void PartDecoder::check_label_against_utf8(std::string_view raw, bool last) {
  std::size_t start = 0;
  if (label_bytes_seen_) {
    // The rest of a character cut between two chunks.
    while (start < raw.size() && (static_cast<unsigned char>(raw[start]) & 0xC0) == 0x80) ++start;
  }
  if (!label_bytes_seen_) {
    // Where the first character beyond ASCII stands, for the message.
    const auto first = std::find_if(raw.begin(), raw.end(), [](char c) { return (c & 0x80) != 0; });
    first_beyond_ascii_line_ =
        lines_ + 1 + static_cast<std::size_t>(std::count(raw.begin(), first, '\n'));
  }
  label_bytes_seen_ = true;
  bool invalid = false;
  utf8_evidence_ += utf8_run(raw.substr(start), invalid);
  if (utf8_evidence_ >= kUtf8Evidence) {
    refuse(part_ + " declares the encoding " + encoding_ + ", but its text is UTF-8 (from line " +
           std::to_string(first_beyond_ascii_line_) +
           "): the declaration is wrong; save the document again in Word or WPS");
  }
  if (invalid || last) label_checked_ = true;
}

void PartDecoder::convert(std::string_view raw, bool last, std::string& out) {
  // A legacy label is checked on the first characters beyond ASCII (a UTF-16 or UTF-32 part
  // needs no check: its bytes were told by their shape).
  if (!label_checked_ && !encoding_.starts_with("UTF-")) {
    if (std::any_of(raw.begin(), raw.end(), [](char c) { return (c & 0x80) != 0; })) {
      check_label_against_utf8(raw, last);
    } else if (last) {
      label_checked_ = true;
    }
  }
  // At most one UTF-16 unit a byte, and the converter's few held back: one pass suffices, the
  // loop is for safety.
  std::vector<UChar> units(raw.size() + 16);
  const char* source = raw.data();
  const char* source_end = raw.data() + raw.size();
  std::size_t carried = 0;  // a lead surrogate kept from a full buffer
  for (;;) {
    UChar* target = units.data() + carried;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter_.get(), &target, units.data() + units.size(), &source, source_end,
                   nullptr, last ? 1 : 0, &status);
    auto count = static_cast<int32_t>(target - units.data());
    carried = 0;
    if (status == U_BUFFER_OVERFLOW_ERROR && count > 0 && U16_IS_LEAD(units[count - 1])) {
      carried = 1;
      --count;
    }
    // What was decoded goes out before an error, so that the error names the right line.
    for (int32_t i = 0; i < count;) {
      UChar32 c;
      U16_NEXT(units.data(), i, count, c);
      if (c == '\n') ++lines_;
      append_utf8(out, static_cast<char32_t>(c));
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      if (carried) units[0] = units[static_cast<std::size_t>(count)];
      continue;
    }
    if (U_FAILURE(status)) refuse_at_line(invalid_sequence(status));
    return;
  }
}

std::string PartDecoder::invalid_sequence(int error) const {
  if (error == U_TRUNCATED_CHAR_FOUND) {
    return "the part ends inside a character (it is refused rather than read up to there)";
  }
  char bad[32];
  int8_t length = sizeof bad;
  UErrorCode ignored = U_ZERO_ERROR;
  ucnv_getInvalidChars(converter_.get(), bad, &length, &ignored);
  std::string bytes;
  for (int8_t i = 0; i < length; ++i) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(bad[i]);
    if (i > 0) bytes += ' ';
    bytes += "0x";
    bytes += kHex[b >> 4];
    bytes += kHex[b & 15];
  }
  return "the bytes " + bytes +
         " are not a character of it (the part is refused rather than read up to there)";
}

void PartDecoder::decode(std::string_view raw, bool last, std::string& out) {
  if (encoding_.empty()) {
    pending_.append(raw);
    if (pending_.size() < kHeadBytes && !last) return;
    choose_encoding(pending_);
    std::string head = std::move(pending_);
    pending_.clear();
    if (passthrough_) {
      out += head;
      return;
    }
    convert(head, last, out);
    return;
  }
  if (passthrough_) {
    out.append(raw);
    return;
  }
  convert(raw, last, out);
}

std::string decode_part(std::string_view raw, const std::string& file, const std::string& part) {
  PartDecoder decoder(file, part);
  std::string out;
  out.reserve(raw.size());
  decoder.decode(raw, true, out);
  return out;
}

}  // namespace kpiconv::ooxml
