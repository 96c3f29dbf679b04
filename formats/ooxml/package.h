// An OPC package (ECMA-376 Part 2) opened for reading: the zip archive, its content types and the
// relationships of any part, and a way to stream a part as XML. Format-neutral: the DOCX reader and
// later the XLSX reader find their main part and its related parts through it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "formats/ooxml/content_types.h"
#include "formats/ooxml/limits.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xml_stream.h"
#include "formats/ooxml/zip_archive.h"

namespace kpiconv::ooxml {

class Package {
 public:
  // Opens the zip (Error(kUnreadable) when it is not a readable one) and reads
  // [Content_Types].xml when present.
  Package(const std::string& path, const PackageLimits& limits);
  // The same over a zip held in memory (see ZipBytes: the bytes must outlive the package).
  Package(ZipBytes bytes, const PackageLimits& limits);
  // The same over an archive already open (not null).
  explicit Package(std::unique_ptr<ZipArchive> archive);

  ZipArchive& archive() { return *archive_; }
  const std::string& path() const { return archive_->path(); }
  // True when the zip holds [Content_Types].xml, the mark of an OPC package.
  bool is_opc() const { return opc_; }
  const ContentTypes& content_types() const { return content_types_; }
  std::string_view content_type(std::string_view part_name) const {
    return content_types_.of(part_name);
  }
  const ZipEntry* find(std::string_view part_name) const { return archive_->find(part_name); }

  // The relationships whose source is `source_part` ("" for the package itself); empty when the
  // part has none. Parsed once, then cached.
  const Relationships& relationships(std::string_view source_part);
  // The target part of the first relationship of `kind` (rel::...) from `source_part`, if the
  // relationship exists and its target is a part present in the archive.
  std::optional<std::string> related_part(std::string_view source_part, std::string_view kind);
  // The main document part, through the package relationship of kind officeDocument (never
  // assumed to be word/document.xml); nullopt when the relationship is missing or dangling.
  std::optional<std::string> main_part() { return related_part("", rel::kOfficeDocument); }

  // Streams a part as XML; Error(kUnreadable) when the part is missing.
  std::unique_ptr<XmlStream> open_xml(std::string_view part_name);

 private:
  std::unique_ptr<ZipArchive> archive_;  // never null
  bool opc_ = false;
  ContentTypes content_types_;
  std::map<std::string, Relationships, std::less<>> relationships_;
};

// What a zip file is, judged from the content type of its main part.
enum class PackageKind {
  kNotZip,          // the file does not start like a zip archive
  kZipNotOpc,       // a zip without [Content_Types].xml
  kWordprocessing,  // DOCX, DOTX, DOCM, DOTM
  kSpreadsheet,     // XLSX, XLTX, XLSM, XLTM, XLSB
  kPresentation,    // PPTX and relatives
  kOtherOpc,        // an OPC package with another main part, or none (see main_part)
};

struct PackageIdentity {
  PackageKind kind = PackageKind::kNotZip;
  std::string main_part;          // empty when the officeDocument relationship is missing/dangling
  std::string main_content_type;  // the main part's content type, if any
};

// The family of a main part's content type (wordprocessing, spreadsheet, presentation, other).
PackageKind kind_of_main_content_type(std::string_view content_type);

PackageIdentity identify_package(Package& package);
// For Reader::claims(): kNotZip without opening anything when the file does not start with "PK";
// Error(kUnreadable) when it does but is a damaged zip or has malformed package XML.
PackageIdentity identify_package(const std::string& path, const PackageLimits& limits);

}  // namespace kpiconv::ooxml
