#include "formats/ooxml/xml_stream.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <cstring>

#include "converter/error.h"
#include "formats/ooxml/xml_errors.h"

namespace kpiconv::ooxml {
namespace {

// No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD / DTDATTR / DTDVALID (no
// external subset is ever fetched), no network.
constexpr int kPrologOptions = XML_PARSE_NONET;
// XML_PARSE_HUGE lifts libxml2's caps on text nodes (10 MB), names and nesting, and with them its
// check on entity amplification: safe only once the prolog has shown there is no DTD that could
// declare an entity. Our caps take over: max_part_bytes bounds every node, MarkupGuard and
// max_xml_depth the structure.
constexpr int kPartOptions = XML_PARSE_NONET | XML_PARSE_HUGE;

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
      guard_(archive.limits(), archive.path(), entry.name),
      max_depth_(archive.limits().max_xml_depth) {
  check_prolog();
  reader_ = start_parser(kPartOptions);
}

XmlStream::~XmlStream() = default;

void XmlStream::FreeReader::operator()(xmlTextReader* reader) const {
  xmlFreeTextReader(reader);
}

std::unique_ptr<xmlTextReader, XmlStream::FreeReader> XmlStream::start_parser(int options) {
  std::unique_ptr<xmlTextReader, FreeReader> reader(xmlReaderForIO(
      &XmlStream::read_callback, nullptr, this, entry_.name.c_str(), nullptr, options));
  if (reader == nullptr) {
    raise_pending();
    fail("cannot start the XML parser");
  }
  xmlTextReaderSetStructuredErrorHandler(reader.get(), &XmlStream::error_callback, this);
  return reader;
}

void XmlStream::check_prolog() {
  reader_ = start_parser(kPrologOptions);
  for (;;) {
    int status = xmlTextReaderRead(reader_.get());
    raise_pending();
    if (status != 1) break;  // the end, or an error the parse of the whole part will name
    int type = xmlTextReaderNodeType(reader_.get());
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) check_doctype();
    if (type == XML_READER_TYPE_ELEMENT) break;  // the root element: the prolog is behind
  }
  reader_.reset();
  checking_prolog_ = false;
}

int XmlStream::read_callback(void* context, char* buffer, int length) {
  auto* self = static_cast<XmlStream*>(context);
  if (self->input_failure_) return -1;
  if (length <= 0) return 0;
  const auto capacity = static_cast<std::size_t>(length);
  if (!self->checking_prolog_ && self->replayed_ < self->replay_.size()) {
    std::size_t count = std::min(capacity, self->replay_.size() - self->replayed_);
    std::memcpy(buffer, self->replay_.data() + self->replayed_, count);
    self->replayed_ += count;
    if (self->replayed_ == self->replay_.size()) {
      std::string().swap(self->replay_);
      self->replayed_ = 0;
    }
    return static_cast<int>(count);
  }
  try {
    std::size_t count = self->input_.read(buffer, capacity);
    self->guard_.scan(std::string_view(buffer, count));
    if (self->checking_prolog_) self->replay_.append(buffer, count);
    return static_cast<int>(count);
  } catch (...) {
    // Never let an exception cross libxml2's C frames; read() rethrows it.
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

void XmlStream::raise_pending() {
  if (input_failure_) std::rethrow_exception(input_failure_);
  if (doctype_refused_) refuse_doctype(xml_error_line_);
  if (!xml_error_.empty()) throw_unreadable(archive_.path(), xml_error_);
}

bool XmlStream::read() {
  if (finished_) return false;
  for (;;) {
    int status = xmlTextReaderRead(reader_.get());
    raise_pending();
    if (status < 0) fail("malformed XML in " + entry_.name + " (the parser stopped)");
    if (status == 0) {
      finished_ = true;
      node_ = Node::kOther;
      current_ = nullptr;
      name_ = nullptr;
      input_.drain();  // verifies the CRC even if libxml2 did not ask for the last bytes
      return false;
    }
    int type = xmlTextReaderNodeType(reader_.get());
    ns_known_ = false;
    switch (type) {
      case XML_READER_TYPE_ELEMENT:
        node_ = Node::kStartElement;
        empty_ = xmlTextReaderIsEmptyElement(reader_.get()) == 1;
        break;
      case XML_READER_TYPE_END_ELEMENT:
        node_ = Node::kEndElement;
        empty_ = false;
        break;
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_WHITESPACE:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        node_ = Node::kText;
        empty_ = false;
        break;
      case XML_READER_TYPE_DOCUMENT_TYPE:
        check_doctype();
        continue;
      default:
        continue;  // comments, processing instructions
    }
    depth_ = xmlTextReaderDepth(reader_.get());
    if (node_ == Node::kStartElement && depth_ >= max_depth_) {
      // MarkupGuard counts levels first; this is the exact count, whatever the encoding.
      throw_unreadable(archive_.path(), nesting_cause(max_depth_, entry_.name, line()));
    }
    current_ = xmlTextReaderCurrentNode(reader_.get());
    name_ = (node_ == Node::kText || current_ == nullptr) ? nullptr : current_->name;
    if (!names_checked_ && name_ != nullptr) {
      // libxml2 interns element names in the reader's dictionary (dictNames); if some build did
      // not, fall back to comparing strings.
      names_checked_ = true;
      names_interned_ = xmlTextReaderConstString(reader_.get(), name_) == name_;
    }
    return true;
  }
}

void XmlStream::check_doctype() {
  if (unsafe_doctype(reinterpret_cast<xmlDtdPtr>(xmlTextReaderCurrentNode(reader_.get())))) {
    refuse_doctype(line());
  }
}

void XmlStream::refuse_doctype(int at_line) const {
  throw_unreadable(archive_.path(),
                   "refused XML in " + entry_.name + " at line " + std::to_string(at_line) +
                       ": a DOCTYPE declaring entities (or anything else) or naming an external "
                       "DTD (entity expansion and external entities are unsafe; OOXML parts never "
                       "need a DTD)");
}

Ns XmlStream::ns() const {
  if (!ns_known_) {
    ns_ = (current_ != nullptr && current_->ns != nullptr)
              ? classify_namespace(view(current_->ns->href))
              : Ns::kNone;
    ns_known_ = true;
  }
  return ns_;
}

std::string_view XmlStream::local_name() const {
  return view(name_);
}

Name XmlStream::intern(const char* local_name) {
  return Name(
      xmlTextReaderConstString(reader_.get(), reinterpret_cast<const xmlChar*>(local_name)));
}

bool XmlStream::same_name_slow(Name name) const {
  return name_ != nullptr && name.atom_ != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(name_),
                     reinterpret_cast<const char*>(name.atom_)) == 0;
}

std::string_view XmlStream::text() const {
  if (node_ != Node::kText) return {};
  return view(xmlTextReaderConstValue(reader_.get()));
}

std::optional<std::string_view> XmlStream::attribute(Ns ns, std::string_view local_name) const {
  if (node_ != Node::kStartElement || current_ == nullptr) return std::nullopt;
  for (xmlAttrPtr attr = current_->properties; attr != nullptr; attr = attr->next) {
    if (view(attr->name) != local_name) continue;
    Ns attr_ns = attr->ns == nullptr ? Ns::kNone : classify_namespace(view(attr->ns->href));
    if (attr_ns != ns) continue;
    xmlNodePtr child = attr->children;
    if (child == nullptr) return std::string_view();
    if (child->next == nullptr && child->type == XML_TEXT_NODE) return view(child->content);
    // An attribute value split over several nodes (entity references): rare, so copy it.
    xmlChar* joined = xmlNodeListGetString(current_->doc, child, 1);
    scratch_ = std::string(view(joined));
    xmlFree(joined);
    return std::string_view(scratch_);
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
  if (reader_ == nullptr) return 0;
  return xmlTextReaderGetParserLineNumber(reader_.get());
}

void XmlStream::fail(const std::string& cause) const {
  throw_unreadable(archive_.path(), cause, entry_.name + " line " + std::to_string(line()));
}

}  // namespace kpiconv::ooxml
