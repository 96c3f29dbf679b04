// The XML namespaces OOXML parsers care about, each as one logical id whatever the family: the
// transitional URIs (schemas.openxmlformats.org/.../2006/...) and the ISO Strict ones
// (purl.oclc.org/ooxml/...) map to the same Ns, so a parser is written once for both.
#pragma once

#include <cstdint>
#include <string_view>

namespace kpiconv::ooxml {

enum class Ns : std::uint8_t {
  kNone,                   // no namespace
  kOther,                  // a namespace nobody here needs to tell apart
  kWordprocessingML,       // w:
  kSpreadsheetML,          // x: / default namespace of xl/*.xml
  kPresentationML,         // p:
  kOfficeRelationships,    // r: (r:id, r:embed)
  kDrawingML,              // a:
  kWordprocessingDrawing,  // wp:
  kMath,                   // m:
  kMarkupCompatibility,    // mc:
  kVml,                    // v:
  kPackageRelationships,   // the default namespace of *.rels parts
  kContentTypes,           // the default namespace of [Content_Types].xml
  kCoreProperties,         // cp:
  kDublinCore,             // dc:
  kDublinCoreTerms,        // dcterms:
  kXml,                    // xml: (xml:space)
};

// Classifies a namespace URI; cheap (length switch, then one comparison).
Ns classify_namespace(std::string_view uri);

}  // namespace kpiconv::ooxml
