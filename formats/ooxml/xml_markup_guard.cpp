#include "formats/ooxml/xml_markup_guard.h"

#include <algorithm>

#include <utility>

#include "converter/error.h"
#include "formats/ooxml/xml_errors.h"

namespace kpiconv::ooxml {
namespace {

// Stands for every character that is not ASCII: none of them is markup.
constexpr char kOther = '\x7f';

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Bytes that end a name inside a start tag; every other byte only extends the name.
bool ends_name(char c) {
  switch (c) {
    case '"':
    case '\'':
    case '=':
    case '>':
    case '/':
    case ' ':
    case '\t':
    case '\n':
    case '\r':
      return true;
    default:
      return false;
  }
}

char as_markup(char byte) {
  return static_cast<unsigned char>(byte) < 0x80 ? byte : kOther;
}

bool declares_namespace(std::string_view name) {
  return name == "xmlns" || name.starts_with("xmlns:");
}

}  // namespace

MarkupGuard::MarkupGuard(const PackageLimits& limits, std::string file, std::string part)
    : max_depth_(limits.max_xml_depth),
      max_attributes_(limits.max_xml_attributes),
      max_namespaces_(limits.max_xml_namespaces),
      file_(std::move(file)),
      part_(std::move(part)) {}

void MarkupGuard::scan(std::string_view bytes) {
  // Text and attribute values, most of a part, hold no markup: jump to their end, counting lines
  // on the way. So do end tags, up to their '>', and the names in a start tag.
  auto count_lines = [&](size_t from, size_t to) {
    line_ += static_cast<int>(std::count(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                                         bytes.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
  };
  size_t at = 0;
  while (at < bytes.size()) {
    if (state_ == State::kText || state_ == State::kValue || state_ == State::kEndTag) {
      const char until = state_ == State::kText ? '<' : state_ == State::kValue ? quote_ : '>';
      size_t end = bytes.find(until, at);
      if (end == std::string_view::npos) end = bytes.size();
      count_lines(at, end);
      extend_token(end - at);
      at = end;
      if (at == bytes.size()) break;
    } else if (state_ == State::kStartTag && !ends_name(bytes[at])) {
      size_t end = at;
      while (end < bytes.size() && !ends_name(bytes[end])) {
        name_.push(as_markup(bytes[end]));
        ++end;
      }
      previous_ = as_markup(bytes[end - 1]);
      extend_token(end - at);
      at = end;
      continue;
    }
    step(as_markup(bytes[at++]));
  }
}

void MarkupGuard::step(char c) {
  const State before = state_;
  step_state(c);
  if (state_ != before) {
    token_bytes_ = 0;
  } else {
    extend_token(1);
  }
}

void MarkupGuard::extend_token(std::size_t bytes) {
  token_bytes_ += bytes;
  if (token_bytes_ > kMaxXmlTokenBytes) {
    refuse("an XML text, attribute value, comment or other piece of markup of more than " +
           std::to_string(kMaxXmlTokenBytes >> 20) + " MB in " + part_ + " at line " +
           std::to_string(line_));
  }
}

void MarkupGuard::step_state(char c) {
  if (c == '\n') ++line_;
  switch (state_) {
    case State::kText:
      if (c == '<') state_ = State::kOpen;
      return;
    case State::kOpen:
      if (c == '!') {
        state_ = State::kBang;
        bang_.clear();
      } else if (c == '?') {
        state_ = State::kInstruction;
        previous_ = 0;
      } else if (c == '/') {
        state_ = State::kEndTag;
      } else {
        state_ = State::kStartTag;
        attributes_ = 0;
        tag_namespaces_ = 0;
        name_.size = 0;
        last_name_declares_namespace_ = false;
        previous_ = '<';
        start_tag(c);
      }
      return;
    case State::kBang:
      bang(c);
      return;
    case State::kComment:
    case State::kCdata: {
      const char closing = state_ == State::kComment ? '-' : ']';
      if (c == '>' && previous_ == closing && before_previous_ == closing) state_ = State::kText;
      before_previous_ = previous_;
      previous_ = c;
      return;
    }
    case State::kDeclaration:
      declaration(c);
      return;
    case State::kInstruction:
      if (c == '>' && previous_ == '?') state_ = State::kText;
      previous_ = c;
      return;
    case State::kEndTag:
      if (c == '>') end_tag_closed();
      return;
    case State::kStartTag:
      start_tag(c);
      return;
    case State::kValue:
      if (c == quote_) {
        state_ = State::kStartTag;
        name_.size = 0;
        last_name_declares_namespace_ = false;
        previous_ = c;
      }
      return;
  }
}

void MarkupGuard::bang(char c) {
  static constexpr std::string_view kComment = "--";
  static constexpr std::string_view kCdata = "[CDATA[";
  bang_.push_back(c);
  if (bang_ == kComment || bang_ == kCdata) {
    state_ = bang_ == kComment ? State::kComment : State::kCdata;
    previous_ = 0;
    before_previous_ = 0;
  } else if (!kComment.starts_with(bang_) && !kCdata.starts_with(bang_)) {
    // <!DOCTYPE …>. One with an internal subset is refused by the XML stream whatever it holds,
    // so a subset this lexer misreads can never let a part through unguarded.
    state_ = State::kDeclaration;
    bracket_depth_ = 0;
    quote_ = 0;
    for (char seen : bang_) declaration(seen);
  }
}

void MarkupGuard::declaration(char c) {
  if (quote_ != 0) {
    if (c == quote_) quote_ = 0;
  } else if (c == '"' || c == '\'') {
    quote_ = c;
  } else if (c == '[') {
    ++bracket_depth_;
  } else if (c == ']') {
    --bracket_depth_;
  } else if (c == '>' && bracket_depth_ <= 0) {
    state_ = State::kText;
  }
}

void MarkupGuard::start_tag(char c) {
  if (c == '"' || c == '\'') {
    quote_ = c;
    state_ = State::kValue;
  } else if (c == '=') {
    end_name();
    attribute_assigned();
    previous_ = c;
  } else if (c == '>') {
    start_tag_closed();
  } else if (is_space(c)) {
    end_name();
  } else {
    // Six characters tell "xmlns" and "xmlns:…" from every other name.
    if (c != '/') name_.push(c);
    previous_ = c;
  }
}

void MarkupGuard::end_name() {
  if (name_.empty()) return;
  last_name_declares_namespace_ = declares_namespace(name_.view());
  name_.size = 0;
}

void MarkupGuard::attribute_assigned() {
  if (++attributes_ > max_attributes_) {
    refuse("more than " + std::to_string(max_attributes_) + " attributes on one element in " +
           part_ + " at line " + std::to_string(line_));
  }
  if (!last_name_declares_namespace_) return;
  ++tag_namespaces_;
  if (namespaces_in_scope_ + tag_namespaces_ > max_namespaces_) {
    refuse("more than " + std::to_string(max_namespaces_) +
           " XML namespace declarations in scope in " + part_ + " at line " +
           std::to_string(line_));
  }
}

void MarkupGuard::start_tag_closed() {
  state_ = State::kText;
  if (previous_ == '/') return;  // <a … />: closed at once
  if (static_cast<int>(open_elements_.size()) >= max_depth_) {
    refuse(nesting_cause(max_depth_, part_, line_));
  }
  open_elements_.push_back(tag_namespaces_);
  namespaces_in_scope_ += tag_namespaces_;
}

void MarkupGuard::end_tag_closed() {
  state_ = State::kText;
  if (open_elements_.empty()) return;  // malformed: libxml2 says so
  namespaces_in_scope_ -= open_elements_.back();
  open_elements_.pop_back();
}

void MarkupGuard::refuse(const std::string& cause) const {
  throw_unreadable(file_, cause);
}

}  // namespace kpiconv::ooxml
