// A pull parser over one part of a package: libxml2's xmlTextReader fed straight from the zip entry
// (no copy of the part beyond its first few kilobytes), with safe options. Parsers walk it with
// read()/skip() and ask for element names cheaply: a Name is an atom interned in the reader's
// dictionary, so `is(ns, name)` compares a pointer and a small enum, never strings.
//
// Safety: no network (XML_PARSE_NONET), no entity substitution, no DTD loading or validation; a
// DOCTYPE with an internal subset or an external one is refused as soon as it is seen. The part is
// read in two passes over one stream of bytes: the prolog, up to the root element, by a parser
// with all of libxml2's own caps (its entity amplification check among them); then, once that has
// shown there is no DTD that could declare an entity, the whole part (the prolog's bytes replayed)
// by a parser with XML_PARSE_HUGE, so that a text node over 10 MB is read, within
// PackageLimits::max_part_bytes.
// Nesting, attributes and namespace declarations are capped by PackageLimits (MarkupGuard).
// The first libxml2 error (not warning) ends the parse as Error(kUnreadable) with the line number,
// in kpiconv's words for the errors of hostile or broken parts (xml_errors.h).
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "formats/ooxml/namespaces.h"
#include "formats/ooxml/xml_markup_guard.h"
#include "formats/ooxml/zip_archive.h"

struct _xmlTextReader;
struct _xmlNode;
struct _xmlError;

namespace kpiconv::ooxml {

// An interned local name; compare with ==. Null for "not interned".
class Name {
 public:
  Name() = default;
  bool operator==(const Name& other) const = default;
  bool valid() const { return atom_ != nullptr; }

 private:
  friend class XmlStream;
  explicit Name(const unsigned char* atom) : atom_(atom) {}
  const unsigned char* atom_ = nullptr;
};

class XmlStream {
 public:
  enum class Node : std::uint8_t { kStartElement, kEndElement, kText, kOther };

  // Streams `entry` of `archive`; the entry's name is the part name used in error messages.
  // Reads the prolog already: throws Error(kUnreadable) when it is malformed or has a DOCTYPE
  // that is refused.
  XmlStream(ZipArchive& archive, const ZipEntry& entry);
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;
  ~XmlStream();

  // Moves to the next node. Returns false at the end of the document, once the part has been read
  // to its end and its CRC verified. Throws Error(kUnreadable) on malformed or refused XML.
  bool read();

  Node node() const { return node_; }
  bool start_element() const { return node_ == Node::kStartElement; }
  bool end_element() const { return node_ == Node::kEndElement; }
  int depth() const { return depth_; }
  bool empty_element() const { return empty_; }  // <x/>: no children, no end element follows

  // Element name of a start or end element.
  Ns ns() const;
  std::string_view local_name() const;
  Name name() const { return Name(name_); }
  bool is(Ns ns, Name name) const { return same_name(name) && this->ns() == ns; }
  // Interns a local name for `is`; call once per name and keep the result (per stream).
  Name intern(const char* local_name);

  // The value of a text node (text, CDATA or whitespace), valid until the next read().
  std::string_view text() const;

  // The value of attribute `local_name` in namespace `ns` of the current start element (Ns::kNone
  // for an unprefixed attribute), valid until the next read().
  std::optional<std::string_view> attribute(Ns ns, std::string_view local_name) const;

  // Consumes the current start element with everything inside it: afterwards the stream stands
  // on its last node (the end element, or the start element itself when it is empty).
  void skip();
  // Like skip(), appending the text of every text node inside to `out`.
  void append_text(std::string& out);

  // Line of the current node in the part (for messages).
  int line() const;
  const std::string& part() const { return entry_.name; }
  const std::string& file() const { return archive_.path(); }
  // Error(kUnreadable) about this part: "<file>: <cause>" with the part and line as the place.
  [[noreturn]] void fail(const std::string& cause) const;

 private:
  struct FreeReader {
    void operator()(_xmlTextReader* reader) const;
  };

  static int read_callback(void* context, char* buffer, int length);
  static void error_callback(void* context, _xmlError* error);
  std::unique_ptr<_xmlTextReader, FreeReader> start_parser(int options);
  void check_prolog();
  void check_doctype();
  [[noreturn]] void refuse_doctype(int at_line) const;
  void raise_pending();
  bool same_name(Name name) const {
    return name_ == name.atom_ || (!names_interned_ && same_name_slow(name));
  }
  bool same_name_slow(Name name) const;

  ZipArchive& archive_;
  const ZipEntry& entry_;
  ZipEntryReader input_;
  MarkupGuard guard_;
  std::unique_ptr<_xmlTextReader, FreeReader> reader_;
  const int max_depth_;
  // The bytes the prolog check consumed, handed again to the parser that reads the whole part.
  std::string replay_;
  std::size_t replayed_ = 0;
  bool checking_prolog_ = true;

  // The current node.
  Node node_ = Node::kOther;
  int depth_ = 0;
  bool empty_ = false;
  _xmlNode* current_ = nullptr;
  const unsigned char* name_ = nullptr;
  mutable Ns ns_ = Ns::kNone;
  mutable bool ns_known_ = false;
  bool names_checked_ = false;
  bool names_interned_ = true;

  // Failures raised inside libxml2 callbacks, rethrown once control is back in C++.
  std::exception_ptr input_failure_;
  // The whole cause of the first error, e.g. "malformed XML in word/document.xml at line 3: …".
  std::string xml_error_;
  int xml_error_line_ = 0;
  bool doctype_refused_ = false;
  bool finished_ = false;
  mutable std::string scratch_;
};

}  // namespace kpiconv::ooxml
