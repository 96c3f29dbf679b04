// Turns a package part's bytes into the UTF-8 that libxml2 is given, strictly. OPC parts are UTF-8
// or UTF-16 (ECMA-376 Part 2, 8.1.4), told by a byte order mark or the first characters; some
// Chinese producers declare GB18030 or GBK instead, which is read too. libxml2 left to itself
// reads by the declaration and, at a byte the encoding does not allow, stops reading the part
// (2.9 drops the rest without an error the parser sees) and prints to standard error; so kpiconv
// decodes every part itself and tells libxml2 to ignore the declaration (XML_PARSE_IGNORE_ENC).
//
// - A byte order mark or UTF-16/UTF-32 first characters decide; the declaration is not asked.
// - Else the declaration's encoding (none: UTF-8). UTF-8 passes through (libxml2 checks it and
//   names the line of an invalid sequence). Any other is decoded with ICU, and a sequence it does
//   not allow refuses the part, naming the line.
// - A part declaring a legacy encoding (GB18030, Shift_JIS, ISO-8859-1, UTF-7, …) whose first
//   characters beyond ASCII are plainly UTF-8 is refused as mislabelled: read by its label it
//   would be mojibake, read as UTF-8 it contradicts itself, and Word opens neither.
// - A part labelled UTF-16 that is not, or an encoding ICU does not know, is refused.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct UConverter;

namespace kpiconv::ooxml {

class PartDecoder {
 public:
  // `file` and `part` name the place in error messages.
  PartDecoder(std::string file, std::string part);
  PartDecoder(const PartDecoder&) = delete;
  PartDecoder& operator=(const PartDecoder&) = delete;
  ~PartDecoder();

  // Decodes the next bytes of the part, appending UTF-8 to `out`; `last` for the end of the
  // part (an empty `raw` then is fine). Throws Error(kUnreadable) with the part and line.
  void decode(std::string_view raw, bool last, std::string& out);

  // The encoding the part was read in ("UTF-8", "UTF-16LE", "GB18030"); empty until known.
  const std::string& encoding() const { return encoding_; }

 private:
  struct CloseConverter {
    void operator()(UConverter* converter) const;
  };

  void choose_encoding(std::string_view head);
  void convert(std::string_view raw, bool last, std::string& out);
  void check_label_against_utf8(std::string_view raw, bool last);
  std::string invalid_sequence(int error) const;
  [[noreturn]] void refuse(const std::string& cause) const;
  [[noreturn]] void refuse_at_line(const std::string& cause) const;

  std::string file_;
  std::string part_;
  std::string encoding_;
  std::string pending_;  // the first bytes, until the encoding can be told
  bool passthrough_ = false;
  bool label_checked_ = false;  // a legacy label has been checked against UTF-8 content
  bool label_bytes_seen_ = false;
  int utf8_evidence_ = 0;  // characters beyond ASCII seen so far that are valid UTF-8
  std::size_t first_beyond_ascii_line_ = 0;
  std::unique_ptr<UConverter, CloseConverter> converter_;
  std::size_t lines_ = 0;  // line breaks decoded so far, for messages
};

// A whole part at once.
std::string decode_part(std::string_view raw, const std::string& file, const std::string& part);

}  // namespace kpiconv::ooxml
