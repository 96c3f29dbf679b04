#include "formats/ooxml/namespaces.h"

#include <array>

namespace kpiconv::ooxml {
namespace {

struct KnownNamespace {
  std::string_view uri;
  Ns ns;
};

// Transitional and Strict URIs side by side.
constexpr std::array kKnown = {
    KnownNamespace{"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                   Ns::kWordprocessingML},
    KnownNamespace{"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::kWordprocessingML},
    KnownNamespace{"http://schemas.openxmlformats.org/spreadsheetml/2006/main", Ns::kSpreadsheetML},
    KnownNamespace{"http://purl.oclc.org/ooxml/spreadsheetml/main", Ns::kSpreadsheetML},
    KnownNamespace{"http://schemas.openxmlformats.org/presentationml/2006/main",
                   Ns::kPresentationML},
    KnownNamespace{"http://purl.oclc.org/ooxml/presentationml/main", Ns::kPresentationML},
    KnownNamespace{"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   Ns::kOfficeRelationships},
    KnownNamespace{"http://purl.oclc.org/ooxml/officeDocument/relationships",
                   Ns::kOfficeRelationships},
    KnownNamespace{"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::kDrawingML},
    KnownNamespace{"http://purl.oclc.org/ooxml/drawingml/main", Ns::kDrawingML},
    KnownNamespace{"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
                   Ns::kWordprocessingDrawing},
    KnownNamespace{"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
                   Ns::kWordprocessingDrawing},
    KnownNamespace{"http://schemas.openxmlformats.org/officeDocument/2006/math", Ns::kMath},
    KnownNamespace{"http://purl.oclc.org/ooxml/officeDocument/math", Ns::kMath},
    KnownNamespace{"http://schemas.openxmlformats.org/markup-compatibility/2006",
                   Ns::kMarkupCompatibility},
    KnownNamespace{"urn:schemas-microsoft-com:vml", Ns::kVml},
    KnownNamespace{"http://schemas.openxmlformats.org/package/2006/relationships",
                   Ns::kPackageRelationships},
    KnownNamespace{"http://schemas.openxmlformats.org/package/2006/content-types",
                   Ns::kContentTypes},
    KnownNamespace{"http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                   Ns::kCoreProperties},
    KnownNamespace{"http://purl.org/dc/elements/1.1/", Ns::kDublinCore},
    KnownNamespace{"http://purl.org/dc/terms/", Ns::kDublinCoreTerms},
    KnownNamespace{"http://www.w3.org/XML/1998/namespace", Ns::kXml},
};

}  // namespace

Ns classify_namespace(std::string_view uri) {
  if (uri.empty()) return Ns::kNone;
  for (const KnownNamespace& known : kKnown) {
    // Comparing the sizes first makes a miss cost one integer comparison.
    if (known.uri.size() == uri.size() && known.uri == uri) return known.ns;
  }
  return Ns::kOther;
}

}  // namespace kpiconv::ooxml
