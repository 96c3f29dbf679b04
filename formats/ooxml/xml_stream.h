// A pull parser over one part of a package, fed straight from the zip entry (no copy of the part
// beyond its first few kilobytes), with safe options. Parsers walk it with read()/skip() and ask
// for element names cheaply: a Name is an atom interned in the parser's dictionary, so `is(ns,
// name)` compares a pointer and a small enum, never strings.
//
// Underneath, libxml2's SAX2 push parser fills a queue of events, a chunk of the part at a time;
// unlike xmlTextReader it builds no tree node to free again for every element, which was a fifth of
// the time of reading a Word document. An element with nothing inside (<x/> or <x></x>) is one
// empty start element.
//
// Encodings: the part's bytes are decoded to UTF-8 by PartDecoder (strictly: a byte its encoding
// does not allow refuses the part with the line) and libxml2 reads UTF-8 only.
//
// Safety: no network (XML_PARSE_NONET), no entity substitution, no DTD loading or validation; a
// DOCTYPE with an internal subset or an external one is refused as soon as it is seen. The part is
// read in two passes over one stream of bytes: the prolog, up to the root element, by an
// xmlTextReader with all of libxml2's own caps (its entity amplification check among them); then,
// once that has shown there is no DTD that could declare an entity, the whole part (the prolog's
// bytes replayed) by the push parser with XML_PARSE_HUGE, so that a text node over 10 MB is read,
// within PackageLimits::max_part_bytes.
// Nesting, attributes and namespace declarations are capped by PackageLimits (MarkupGuard).
// The first libxml2 error (not warning) ends the parse as Error(kUnreadable) with the line number,
// in kpiconv's words for the errors of hostile or broken parts (xml_errors.h); the events parsed
// before it are read first.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "formats/ooxml/namespaces.h"
#include "formats/ooxml/part_encoding.h"
#include "formats/ooxml/xml_markup_guard.h"
#include "formats/ooxml/zip_archive.h"

struct _xmlTextReader;
struct _xmlParserCtxt;
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
  struct FreeParser {
    void operator()(_xmlParserCtxt* parser) const;
  };
  // A node as the push parser reported it; its strings live in text_ and attributes_.
  struct Event {
    Node node = Node::kOther;
    bool empty = false;
    int depth = 0;
    int line = 0;
    const unsigned char* name = nullptr;  // interned local name of an element
    const unsigned char* uri = nullptr;   // its namespace URI (interned), or null
    std::size_t text_begin = 0;           // a text node's characters in text_
    std::size_t text_size = 0;
    std::size_t first_attribute = 0;  // a start element's attributes in attributes_
    std::size_t attribute_count = 0;
  };
  struct Attribute {
    const unsigned char* name = nullptr;
    const unsigned char* uri = nullptr;
    std::size_t value_begin = 0;
    std::size_t value_size = 0;
  };

  static int read_callback(void* context, char* buffer, int length);
  static void error_callback(void* context, _xmlError* error);
  static void on_start_element(void* context, const unsigned char* local_name,
                               const unsigned char* prefix, const unsigned char* uri,
                               int namespace_count, const unsigned char** namespaces,
                               int attribute_count, int defaulted,
                               const unsigned char** attributes);
  static void on_end_element(void* context, const unsigned char* local_name,
                             const unsigned char* prefix, const unsigned char* uri);
  static void on_characters(void* context, const unsigned char* characters, int length);

  // The next bytes of the part: the prolog's replayed, then the entry's, scanned by the guard.
  std::size_t pull_bytes(char* buffer, std::size_t capacity);
  void check_prolog();
  void check_doctype();
  [[noreturn]] void refuse_doctype(int at_line) const;
  void start_push_parser();
  // Parses the next chunk of the part into the queue (the end of it: finished_).
  void parse_more();
  // Frees the events already read, keeping the one unread event, if any.
  void drop_read_events();
  void raise_pending();
  void stop_on(std::exception_ptr failure);
  int parser_line() const;
  Ns classify(const unsigned char* uri) const;
  bool same_name(Name name) const {
    return name_ == name.atom_ || (!names_interned_ && same_name_slow(name));
  }
  bool same_name_slow(Name name) const;

  ZipArchive& archive_;
  const ZipEntry& entry_;
  ZipEntryReader input_;
  PartDecoder decoder_;
  std::vector<char> raw_;  // the part's bytes as stored, a read at a time
  std::string decoded_;    // … as UTF-8
  std::size_t decoded_at_ = 0;
  bool raw_ended_ = false;
  MarkupGuard guard_;
  std::unique_ptr<_xmlTextReader, FreeReader> prolog_reader_;
  std::unique_ptr<_xmlParserCtxt, FreeParser> parser_;
  const int max_depth_;
  // The bytes the prolog check consumed, handed again to the parser that reads the whole part.
  std::string replay_;
  std::size_t replayed_ = 0;
  bool checking_prolog_ = true;
  std::vector<char> chunk_;
  bool input_ended_ = false;   // the parser has been told the part ends
  bool parsed_whole_ = false;  // and has parsed it

  // Events parsed and not yet read: events_[next_event_] onwards.
  std::vector<Event> events_;
  std::size_t next_event_ = 0;
  std::string text_;
  std::vector<Attribute> attributes_;
  int open_depth_ = 0;  // elements open at the parser's position

  // The current node.
  Node node_ = Node::kOther;
  int depth_ = 0;
  int line_ = 0;
  bool empty_ = false;
  const Event* current_ = nullptr;
  const unsigned char* name_ = nullptr;
  mutable Ns ns_ = Ns::kNone;
  mutable bool ns_known_ = false;
  bool names_checked_ = false;
  bool names_interned_ = true;
  // Namespace URIs seen, with their kind: a part uses a handful.
  mutable std::vector<std::pair<const unsigned char*, Ns>> namespaces_;

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
