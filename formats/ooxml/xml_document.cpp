#include "formats/ooxml/xml_document.h"

#include <libxml/parser.h>

#include <climits>
#include <new>

#include "converter/error.h"
#include "formats/ooxml/libxml_messages.h"
#include "formats/ooxml/limits.h"
#include "formats/ooxml/part_encoding.h"
#include "formats/ooxml/xml_errors.h"
#include "formats/ooxml/xml_markup_guard.h"

namespace kpiconv::ooxml {
namespace {

struct ContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

}  // namespace

XmlDocument parse_xml_document(std::string_view raw, const std::string& what,
                               const std::string& file) {
  if (raw.size() > INT_MAX) throw_unreadable(file, what + " is too large");
  // libxml2 is given UTF-8 only, decoded strictly (part_encoding.h), whatever the part declares.
  const std::string xml = decode_part(raw, file, what);
  if (xml.size() > INT_MAX) throw_unreadable(file, what + " is too large");
  // The markup libxml2 is slow on is refused before it parses (see MarkupGuard); libxml2's own
  // caps (no XML_PARSE_HUGE) bound the rest of a small part.
  MarkupGuard(PackageLimits{}, file, what).scan(xml);
  route_libxml2_messages();
  std::unique_ptr<xmlParserCtxt, ContextFree> context(xmlNewParserCtxt());
  if (context == nullptr) throw std::bad_alloc();
  XmlDocument document(xmlCtxtReadMemory(
      context.get(), xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC));
  if (document == nullptr || xmlDocGetRootElement(document.get()) == nullptr) {
    const xmlError& error = context->lastError;
    std::string cause = hostile_xml_cause(error, what, false);
    if (cause.empty()) {
      cause = "malformed " + what + ": " +
              (error.message == nullptr ? "not well-formed XML" : one_line(error.message));
    }
    throw_unreadable(file, cause);
  }
  if (document->intSubset != nullptr) {
    // A package part never needs one, and one is how entity expansion attacks start.
    throw_unreadable(file, what + " has a DOCTYPE, which package parts may not have");
  }
  return document;
}

std::string serialize_document(xmlDoc* document) {
  xmlChar* memory = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(document, &memory, &size, "UTF-8");
  if (memory == nullptr) throw std::bad_alloc();
  std::string text(reinterpret_cast<const char*>(memory), static_cast<std::size_t>(size));
  xmlFree(memory);
  return text;
}

}  // namespace kpiconv::ooxml
