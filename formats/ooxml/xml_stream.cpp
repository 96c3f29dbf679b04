#include "formats/ooxml/xml_stream.h"

#include <libxml/SAX2.h>
#include <libxml/dict.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstring>

#include "converter/error.h"
#include "formats/ooxml/libxml_messages.h"
#include "formats/ooxml/xml_errors.h"

namespace kpiconv::ooxml {
namespace {

// No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD / DTDATTR / DTDVALID (no
// external subset is ever fetched), no network.
// XML_PARSE_IGNORE_ENC: the bytes libxml2 is given are UTF-8 whatever the declaration says
// (PartDecoder decoded them).
constexpr int kPrologOptions = XML_PARSE_NONET | XML_PARSE_IGNORE_ENC;
// XML_PARSE_HUGE lifts libxml2's caps on text nodes (10 MB), names and nesting, and with them its
// check on entity amplification: safe only once the prolog has shown there is no DTD that could
// declare an entity. Our caps take over: max_part_bytes bounds every node, MarkupGuard and
// max_xml_depth the structure.
constexpr int kPartOptions = XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_IGNORE_ENC;
// Bytes handed to the push parser at a time.
constexpr std::size_t kChunkBytes = 64 * 1024;
// The most a chunk grows to while one token is read (the parser holds the token anyway).
constexpr std::size_t kLargestChunkBytes = std::size_t{1} << 30;
// Raw bytes of the part read at once for decoding.
constexpr std::size_t kLargestRawRead = std::size_t{4} << 20;

std::string_view view(const xmlChar* text) {
  return text == nullptr ? std::string_view()
                         : std::string_view(reinterpret_cast<const char*>(text));
}

// A DOCTYPE is tolerated only when it is inert: no internal subset (where entities are declared;
// comments and other declarations are refused too, so that MarkupGuard never has to read one),
// no external subset.
bool unsafe_doctype(const xmlDtd* dtd) {
  return dtd != nullptr &&
         (dtd->children != nullptr || dtd->entities != nullptr || dtd->pentities != nullptr ||
          dtd->ExternalID != nullptr || dtd->SystemID != nullptr);
}

}  // namespace

XmlStream::XmlStream(ZipArchive& archive, const ZipEntry& entry)
    : archive_(archive),
      entry_(entry),
      input_(archive.open(entry)),
      decoder_(archive.path(), entry.name),
      guard_(archive.limits(), archive.path(), entry.name),
      max_depth_(archive.limits().max_xml_depth) {
  route_libxml2_messages();
  check_prolog();
  start_push_parser();
}

XmlStream::~XmlStream() = default;

void XmlStream::FreeReader::operator()(xmlTextReader* reader) const {
  xmlFreeTextReader(reader);
}

void XmlStream::FreeParser::operator()(xmlParserCtxt* parser) const {
  if (parser->myDoc != nullptr) xmlFreeDoc(parser->myDoc);
  xmlFreeParserCtxt(parser);
}

void XmlStream::check_prolog() {
  prolog_reader_.reset(xmlReaderForIO(&XmlStream::read_callback, nullptr, this, entry_.name.c_str(),
                                      nullptr, kPrologOptions));
  if (prolog_reader_ == nullptr) {
    raise_pending();
    fail("cannot start the XML parser");
  }
  xmlTextReaderSetStructuredErrorHandler(prolog_reader_.get(), &XmlStream::error_callback, this);
  for (;;) {
    int status = xmlTextReaderRead(prolog_reader_.get());
    raise_pending();
    if (status != 1) break;  // the end, or an error the parse of the whole part will name
    int type = xmlTextReaderNodeType(prolog_reader_.get());
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) check_doctype();
    if (type == XML_READER_TYPE_ELEMENT) break;  // the root element: the prolog is behind
  }
  prolog_reader_.reset();
  checking_prolog_ = false;
}

void XmlStream::start_push_parser() {
  static xmlSAXHandler handler = [] {
    xmlSAXHandler sax{};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &XmlStream::on_start_element;
    sax.endElementNs = &XmlStream::on_end_element;
    sax.characters = &XmlStream::on_characters;
    sax.ignorableWhitespace = &XmlStream::on_characters;
    sax.cdataBlock = &XmlStream::on_characters;
    sax.serror = &XmlStream::error_callback;
    return sax;
  }();
  chunk_.resize(kChunkBytes);
  // The first bytes go in with the parser, which tells the encoding (UTF-16 by its mark) by them.
  const std::size_t first = pull_bytes(chunk_.data(), 4);
  parser_.reset(xmlCreatePushParserCtxt(&handler, this, chunk_.data(), static_cast<int>(first),
                                        entry_.name.c_str()));
  if (parser_ == nullptr) fail("cannot start the XML parser");
  xmlCtxtUseOptions(parser_.get(), kPartOptions);
  input_ended_ = first == 0;
}

std::size_t XmlStream::pull_bytes(char* buffer, std::size_t capacity) {
  if (!checking_prolog_ && replayed_ < replay_.size()) {
    std::size_t count = std::min(capacity, replay_.size() - replayed_);
    std::memcpy(buffer, replay_.data() + replayed_, count);
    replayed_ += count;
    if (replayed_ == replay_.size()) {
      std::string().swap(replay_);
      replayed_ = 0;
    }
    return count;
  }
  // The part's bytes, decoded to UTF-8 (part_encoding.h), until `buffer` is full or the part ends.
  std::size_t filled = 0;
  while (filled < capacity) {
    if (decoded_at_ == decoded_.size()) {
      if (raw_ended_) break;
      decoded_.clear();
      decoded_at_ = 0;
      raw_.resize(std::min(std::max(capacity - filled, kChunkBytes), kLargestRawRead));
      const std::size_t count = input_.read(raw_.data(), raw_.size());
      raw_ended_ = count == 0;
      decoder_.decode(std::string_view(raw_.data(), count), raw_ended_, decoded_);
      continue;
    }
    const std::size_t count = std::min(capacity - filled, decoded_.size() - decoded_at_);
    std::memcpy(buffer + filled, decoded_.data() + decoded_at_, count);
    decoded_at_ += count;
    filled += count;
  }
  guard_.scan(std::string_view(buffer, filled));
  if (checking_prolog_) replay_.append(buffer, filled);
  return filled;
}

int XmlStream::read_callback(void* context, char* buffer, int length) {
  auto* self = static_cast<XmlStream*>(context);
  if (self->input_failure_) return -1;
  if (length <= 0) return 0;
  try {
    return static_cast<int>(self->pull_bytes(buffer, static_cast<std::size_t>(length)));
  } catch (...) {
    // Never let an exception cross libxml2's C frames; the caller rethrows it.
    self->input_failure_ = std::current_exception();
    return -1;
  }
}

void XmlStream::error_callback(void* context, xmlError* error) {
  auto* self = static_cast<XmlStream*>(context);
  if (error == nullptr || error->level == XML_ERR_WARNING || error->level == XML_ERR_NONE) return;
  if (!self->xml_error_.empty()) return;  // the first error is the one that explains
  const std::string& part = self->entry_.name;
  self->xml_error_ = hostile_xml_cause(*error, part, !self->checking_prolog_);
  if (self->xml_error_.empty()) {
    self->xml_error_ = "malformed XML in " + part + " at line " + std::to_string(error->line) +
                       ": " + one_line(error->message);
  }
  self->xml_error_line_ = error->line;
  // An error in a document whose DOCTYPE declares entities (an entity loop, an undeclared or
  // external entity) may come before the reader hands out the DOCTYPE node: it is the same
  // refusal, so say so rather than "malformed".
  if (error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE) {
    auto* parser = static_cast<xmlParserCtxtPtr>(error->ctxt);
    if (parser != nullptr && parser->myDoc != nullptr && unsafe_doctype(parser->myDoc->intSubset)) {
      self->doctype_refused_ = true;
    }
  }
}

void XmlStream::stop_on(std::exception_ptr failure) {
  if (!input_failure_) input_failure_ = std::move(failure);
  xmlStopParser(parser_.get());
}

int XmlStream::parser_line() const {
  return parser_ != nullptr && parser_->input != nullptr ? parser_->input->line : 0;
}

void XmlStream::on_start_element(void* context, const xmlChar* local_name, const xmlChar*,
                                 const xmlChar* uri, int, const xmlChar**, int attribute_count, int,
                                 const xmlChar** attributes) {
  auto* self = static_cast<XmlStream*>(context);
  try {
    Event& event = self->events_.emplace_back();
    event.node = Node::kStartElement;
    event.depth = self->open_depth_++;
    event.line = self->parser_line();
    event.name = local_name;
    event.uri = uri;
    event.first_attribute = self->attributes_.size();
    event.attribute_count = static_cast<std::size_t>(attribute_count);
    // Five pointers an attribute: local name, prefix, URI, value, end of the value.
    for (int i = 0; i < attribute_count; ++i) {
      const xmlChar** fields = attributes + 5 * i;
      Attribute& attribute = self->attributes_.emplace_back();
      attribute.name = fields[0];
      attribute.uri = fields[2];
      attribute.value_begin = self->text_.size();
      std::string_view value(reinterpret_cast<const char*>(fields[3]),
                             static_cast<std::size_t>(fields[4] - fields[3]));
      // Without entity substitution libxml2 keeps an escaped '&' as "&#38;" in attribute values
      // (every other reference is already replaced; no DTD can declare entities here).
      for (std::size_t at = value.find("&#38;"); at != std::string_view::npos;
           at = value.find("&#38;")) {
        self->text_.append(value.substr(0, at));
        self->text_.push_back('&');
        value.remove_prefix(at + 5);
      }
      self->text_.append(value);
      attribute.value_size = self->text_.size() - attribute.value_begin;
    }
  } catch (...) {
    self->stop_on(std::current_exception());
  }
}

void XmlStream::on_end_element(void* context, const xmlChar* local_name, const xmlChar*,
                               const xmlChar* uri) {
  auto* self = static_cast<XmlStream*>(context);
  try {
    --self->open_depth_;
    Event* start = self->events_.empty() ? nullptr : &self->events_.back();
    if (start != nullptr && start->node == Node::kStartElement && !start->empty &&
        start->depth == self->open_depth_) {
      start->empty = true;  // nothing inside: one empty element, as for <x/>
      return;
    }
    Event& event = self->events_.emplace_back();
    event.node = Node::kEndElement;
    event.depth = self->open_depth_;
    event.line = self->parser_line();
    event.name = local_name;
    event.uri = uri;
  } catch (...) {
    self->stop_on(std::current_exception());
  }
}

void XmlStream::on_characters(void* context, const xmlChar* characters, int length) {
  auto* self = static_cast<XmlStream*>(context);
  try {
    if (self->events_.empty() || self->events_.back().node != Node::kText) {
      Event& event = self->events_.emplace_back();
      event.node = Node::kText;
      event.depth = self->open_depth_;
      event.line = self->parser_line();
      event.text_begin = self->text_.size();
    }
    self->text_.append(reinterpret_cast<const char*>(characters), static_cast<std::size_t>(length));
    Event& event = self->events_.back();
    event.text_size = self->text_.size() - event.text_begin;
  } catch (...) {
    self->stop_on(std::current_exception());
  }
}

void XmlStream::parse_more() {
  if (input_ended_) {
    parsed_whole_ = true;  // the parser has had every byte, and the end
    return;
  }
  const std::size_t count = pull_bytes(chunk_.data(), chunk_.size());
  input_ended_ = count == 0;
  xmlParseChunk(parser_.get(), chunk_.data(), static_cast<int>(count), input_ended_ ? 1 : 0);
  if (input_failure_) std::rethrow_exception(input_failure_);
  // libxml2's push parser looks over all it holds unparsed each time it tries to go on (2.9's
  // xmlParseGetLasts and lookups; past 10 MB at every chunk), so a token that takes long to end (an
  // attribute value, comment, CDATA section or processing instruction of megabytes) costs the
  // square of its length in fixed chunks. The next chunk is at least as big as what is waiting
  // unparsed: each look is then paid for by as many new bytes, and reading stays linear.
  const xmlParserInput* input = parser_->input;
  const std::size_t waiting =
      input != nullptr && input->cur != nullptr && input->end != nullptr && input->end > input->cur
          ? static_cast<std::size_t>(input->end - input->cur)
          : 0;
  const std::size_t next = std::clamp(waiting, kChunkBytes, kLargestChunkBytes);
  if (next != chunk_.size()) chunk_.resize(next);
}

void XmlStream::drop_read_events() {
  if (next_event_ == 0) return;
  if (next_event_ >= events_.size()) {
    events_.clear();
    attributes_.clear();
    text_.clear();
    next_event_ = 0;
    return;
  }
  // One event is left unread: it moves to the front with its strings.
  Event kept = events_[next_event_];
  std::string kept_text = text_.substr(kept.text_begin, kept.text_size);
  std::vector<Attribute> kept_attributes(
      attributes_.begin() + static_cast<std::ptrdiff_t>(kept.first_attribute),
      attributes_.begin() +
          static_cast<std::ptrdiff_t>(kept.first_attribute + kept.attribute_count));
  std::string kept_values;
  for (Attribute& attribute : kept_attributes) {
    const std::size_t begin = kept_text.size() + kept_values.size();
    kept_values.append(text_, attribute.value_begin, attribute.value_size);
    attribute.value_begin = begin;
  }
  events_.assign(1, kept);
  events_[0].text_begin = 0;
  events_[0].first_attribute = 0;
  text_ = std::move(kept_text);
  text_ += kept_values;
  attributes_ = std::move(kept_attributes);
  next_event_ = 0;
}

void XmlStream::raise_pending() {
  if (input_failure_) std::rethrow_exception(input_failure_);
  if (doctype_refused_) refuse_doctype(xml_error_line_);
  if (!xml_error_.empty()) throw_unreadable(archive_.path(), xml_error_);
}

bool XmlStream::read() {
  if (finished_) return false;
  current_ = nullptr;
  if (next_event_ + 1 >= events_.size()) drop_read_events();
  // A start element needs the event after it parsed, to know whether it is empty; a text node
  // the next one, to be whole.
  while (next_event_ + 1 >= events_.size() && !parsed_whole_ &&
         (next_event_ >= events_.size() || events_[next_event_].node != Node::kEndElement)) {
    if (!xml_error_.empty() || doctype_refused_) break;
    parse_more();
  }
  if (next_event_ >= events_.size()) {
    raise_pending();
    if (parser_ != nullptr && !parser_->wellFormed) {
      const std::string message = take_libxml2_message();
      fail("malformed XML in " + entry_.name + " (the parser stopped" +
           (message.empty() ? "" : ": " + message) + ")");
    }
    finished_ = true;
    node_ = Node::kOther;
    current_ = nullptr;
    name_ = nullptr;
    input_.drain();  // verifies the CRC even if the parser did not need the last bytes
    return false;
  }
  const Event& event = events_[next_event_++];
  current_ = &event;
  node_ = event.node;
  depth_ = event.depth;
  line_ = event.line;
  empty_ = event.empty;
  ns_known_ = false;
  if (node_ == Node::kStartElement && depth_ >= max_depth_) {
    // MarkupGuard counts levels first; this is the exact count, whatever the encoding.
    throw_unreadable(archive_.path(), nesting_cause(max_depth_, entry_.name, line_));
  }
  name_ = event.name;
  if (!names_checked_ && name_ != nullptr) {
    // libxml2 interns element names in the parser's dictionary; if some build did not, fall back
    // to comparing strings.
    names_checked_ = true;
    names_interned_ = xmlDictOwns(parser_->dict, name_) == 1;
  }
  return true;
}

void XmlStream::check_doctype() {
  if (unsafe_doctype(reinterpret_cast<xmlDtdPtr>(xmlTextReaderCurrentNode(prolog_reader_.get())))) {
    refuse_doctype(xmlTextReaderGetParserLineNumber(prolog_reader_.get()));
  }
}

void XmlStream::refuse_doctype(int at_line) const {
  throw_unreadable(archive_.path(),
                   "refused XML in " + entry_.name + " at line " + std::to_string(at_line) +
                       ": a DOCTYPE declaring entities (or anything else) or naming an external "
                       "DTD (entity expansion and external entities are unsafe; OOXML parts never "
                       "need a DTD)");
}

Ns XmlStream::classify(const xmlChar* uri) const {
  if (uri == nullptr) return Ns::kNone;
  for (const auto& [known, kind] : namespaces_) {
    if (known == uri) return kind;
  }
  Ns kind = classify_namespace(view(uri));
  namespaces_.emplace_back(uri, kind);
  return kind;
}

Ns XmlStream::ns() const {
  if (!ns_known_) {
    ns_ = current_ != nullptr ? classify(current_->uri) : Ns::kNone;
    ns_known_ = true;
  }
  return ns_;
}

std::string_view XmlStream::local_name() const {
  return view(name_);
}

Name XmlStream::intern(const char* local_name) {
  return Name(xmlDictLookup(parser_->dict, reinterpret_cast<const xmlChar*>(local_name), -1));
}

bool XmlStream::same_name_slow(Name name) const {
  return name_ != nullptr && name.atom_ != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(name_),
                     reinterpret_cast<const char*>(name.atom_)) == 0;
}

std::string_view XmlStream::text() const {
  if (node_ != Node::kText || current_ == nullptr) return {};
  return std::string_view(text_).substr(current_->text_begin, current_->text_size);
}

std::optional<std::string_view> XmlStream::attribute(Ns ns, std::string_view local_name) const {
  if (node_ != Node::kStartElement || current_ == nullptr) return std::nullopt;
  for (std::size_t i = 0; i < current_->attribute_count; ++i) {
    const Attribute& attribute = attributes_[current_->first_attribute + i];
    if (view(attribute.name) != local_name || classify(attribute.uri) != ns) continue;
    return std::string_view(text_).substr(attribute.value_begin, attribute.value_size);
  }
  return std::nullopt;
}

void XmlStream::skip() {
  if (node_ != Node::kStartElement || empty_) return;
  int depth = depth_;
  while (read()) {
    if (node_ == Node::kEndElement && depth_ == depth) return;
  }
}

void XmlStream::append_text(std::string& out) {
  if (node_ != Node::kStartElement || empty_) return;
  int depth = depth_;
  while (read()) {
    if (node_ == Node::kText) {
      out += text();
    } else if (node_ == Node::kEndElement && depth_ == depth) {
      return;
    }
  }
}

int XmlStream::line() const {
  return line_;
}

void XmlStream::fail(const std::string& cause) const {
  throw_unreadable(archive_.path(), cause, entry_.name + " line " + std::to_string(line()));
}

}  // namespace kpiconv::ooxml
