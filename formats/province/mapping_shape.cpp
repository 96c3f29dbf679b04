#include "formats/province/mapping_shape.h"

#include <algorithm>
#include <vector>

#include "converter/error.h"
#include "formats/province/mapping_limits.h"

namespace kpiconv::province {
namespace {

// A small TOML lexer that knows only what nests: a header [a.b.c] puts its keys 3 levels deep,
// a dotted key a.b = … adds 2 to its table's level, and every [ or { of a value adds one more.
class ShapeScanner {
 public:
  ShapeScanner(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  void scan() {
    int table_level = 0;
    while (skip_blank_lines()) {
      if (peek() == '[') {
        const bool array_of_tables = peek(1) == '[';
        at_ += array_of_tables ? 2 : 1;
        // [[a.b]] is an array of tables: its elements are one level below a.b.
        table_level = key_levels("]") + (array_of_tables ? 1 : 0);
        check(table_level);
        while (peek() == ']') ++at_;
      } else {
        const int levels = key_levels("=");
        if (peek() != '=') continue;  // not TOML: toml++ says so
        ++at_;
        value(table_level + levels);
      }
    }
  }

 private:
  bool at_end() const { return at_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0';
  }
  bool starts(std::string_view token) const { return text_.substr(at_, token.size()) == token; }
  void advance() {
    if (peek() == '\n') ++line_;
    ++at_;
  }

  void check(int level) const {
    if (level <= kMaxMappingNesting) return;
    throw Error(ErrorKind::kUsage, file_,
                "line " + std::to_string(line_) + ": tables nested deeper than " +
                    std::to_string(kMaxMappingNesting) +
                    " levels (a mapping needs 3: [categories.codes] and its entries)");
  }

  // Past spaces, line ends and comments to the next statement; false at the end of the text.
  bool skip_blank_lines() {
    while (!at_end()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        advance();
      } else if (c == '#') {
        skip_comment();
      } else {
        return true;
      }
    }
    return false;
  }

  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t') ++at_;
  }
  void skip_comment() {
    while (!at_end() && peek() != '\n') ++at_;
  }

  // A string of any of TOML's four kinds, from its opening quote; an unterminated one ends where
  // TOML says it cannot go on (the line, or the text).
  void skip_string() {
    const char quote = peek();
    const bool escapes = quote == '"';
    const std::string_view triple = escapes ? "\"\"\"" : "'''";
    if (starts(triple)) {
      at_ += 3;
      while (!at_end()) {
        if (escapes && peek() == '\\') {
          advance();
          if (!at_end()) advance();
        } else if (starts(triple)) {
          at_ += 3;
          // Up to two more quotes belong to the string: """a""""" is a"".
          for (int extra = 0; extra < 2 && peek() == quote; ++extra) ++at_;
          return;
        } else {
          advance();
        }
      }
      return;
    }
    ++at_;
    while (!at_end() && peek() != '\n') {
      char c = peek();
      ++at_;
      if (escapes && c == '\\') {
        if (!at_end() && peek() != '\n') ++at_;
      } else if (c == quote) {
        return;
      }
    }
  }

  // The levels of a key (1 + its dots outside quotes), read up to one of `stops`, the end of the
  // line or a comment; the stop itself is left to the caller.
  int key_levels(std::string_view stops) {
    int levels = 1;
    while (true) {
      skip_spaces();
      char c = peek();
      if (at_end() || c == '\n' || c == '#' || stops.find(c) != std::string_view::npos) {
        return levels;
      }
      if (c == '"' || c == '\'') {
        skip_string();
      } else {
        if (c == '.') ++levels;
        ++at_;
      }
    }
  }

  struct Container {
    char open;  // '[' or '{'
    int level;  // the level of the array or inline table itself
  };

  // A value at `level`, to the end of its statement: the end of the line outside brackets.
  void value(int level) {
    check(level);
    std::vector<Container> open;
    int current = level;  // the level of the value being read
    // A key of the inline table innermost, after its '{' or a ','.
    auto inline_key = [&] {
      const int levels = key_levels("=},");
      if (peek() == '=') {
        ++at_;
        current = open.back().level + levels;
        check(current);
      }
    };
    while (!at_end()) {
      skip_spaces();
      char c = peek();
      if (at_end()) return;
      if (c == '\n') {
        if (open.empty()) return;
        advance();
      } else if (c == '#') {
        skip_comment();
      } else if (c == '"' || c == '\'') {
        skip_string();
      } else if (c == '[') {
        ++at_;
        open.push_back({'[', current});
        current = open.back().level + 1;
        check(current);
      } else if (c == '{') {
        ++at_;
        open.push_back({'{', current});
        inline_key();
      } else if (c == ',') {
        ++at_;
        if (open.empty()) continue;  // not TOML
        if (open.back().open == '{') {
          inline_key();
        } else {
          current = open.back().level + 1;
        }
      } else if (c == ']' || c == '}') {
        ++at_;
        if (open.empty()) return;  // not TOML
        current = open.back().level;
        open.pop_back();
      } else {
        ++at_;  // a number, a date, true or false
      }
    }
  }

  std::string_view text_;
  const std::string& file_;
  size_t at_ = 0;
  int line_ = 1;
};

}  // namespace

void check_mapping_shape(std::string_view toml_text, const std::string& file) {
  if (toml_text.size() > kMaxMappingBytes) {
    const long line = 1 + std::count(toml_text.begin(),
                                     toml_text.begin() + static_cast<long>(kMaxMappingBytes), '\n');
    throw Error(ErrorKind::kUsage, file,
                "line " + std::to_string(line) + ": the mapping goes on past " +
                    std::to_string(kMaxMappingBytes >> 20) +
                    " MB here (a mapping is a few KB of text)");
  }
  ShapeScanner(toml_text, file).scan();
}

}  // namespace kpiconv::province
