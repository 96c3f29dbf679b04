// UTF-8 text out in the encoding a user asked for (ICU converters).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

struct UConverter;

namespace kpiconv {

class TextEncoder {
 public:
  // "utf-8" or any ICU converter name ("gb18030"); throws Error(kUsage) for an unknown one.
  explicit TextEncoder(const std::string& encoding);
  ~TextEncoder();
  TextEncoder(const TextEncoder&) = delete;
  TextEncoder& operator=(const TextEncoder&) = delete;

  bool is_utf8() const { return converter_ == nullptr; }
  void write(std::ostream& out, std::string_view utf8_text);

 private:
  UConverter* converter_ = nullptr;
  std::string buffer_;
};

}  // namespace kpiconv
