#include "unit/docx/docx_fixture.h"

#include <gtest/gtest.h>

#include "converter/error.h"
#include "converter/registry/format.h"
#include "formats/docx/docx_reader.h"
#include "support/zip_builder.h"

namespace kpiconv::docx_test {

using test::read_bytes;
using test::scratch_path;
using test::write_bytes;
using test::ZipBuilder;
namespace {

constexpr std::string_view kTransitionalRoot =
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )";
constexpr std::string_view kStrictRoot =
    R"(<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" )"
    R"(xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" )"
    R"(xmlns:m="http://purl.oclc.org/ooxml/officeDocument/math" )"
    R"(xmlns:wp="http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing" )"
    R"(xmlns:a="http://purl.oclc.org/ooxml/drawingml/main" )";
constexpr std::string_view kCommonNamespaces =
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" )"
    R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">)";

std::string relationship_base(bool strict) {
  return strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
}

}  // namespace

std::string document_xml(std::string_view body, bool strict) {
  std::string xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";
  xml += '\n';
  xml += strict ? kStrictRoot : kTransitionalRoot;
  xml += kCommonNamespaces;
  xml += "<w:body>";
  xml += body;
  xml += "</w:body></w:document>";
  return xml;
}

std::filesystem::path write_docx(std::string_view name, const DocxSpec& spec) {
  std::string main_part = spec.main_part;
  std::string target = spec.main_target.empty() ? main_part : spec.main_target;
  std::string content_types =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/)" +
      main_part +
      R"(" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
      R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
      R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
      R"(</Types>)";
  std::string package_rels =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type=")" +
      relationship_base(spec.strict) + R"(officeDocument" Target=")" + target + R"("/>)";
  if (!spec.core_xml.empty()) {
    package_rels +=
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)";
  }
  package_rels += "</Relationships>";

  ZipBuilder zip;
  zip.add("[Content_Types].xml", content_types).add("_rels/.rels", package_rels);
  std::string document =
      spec.document_xml.empty() ? document_xml(spec.body, spec.strict) : spec.document_xml;
  if (spec.bom) document.insert(0, "\xEF\xBB\xBF");
  zip.add(main_part, document);
  if (!spec.styles_xml.empty()) {
    std::string folder = main_part.substr(0, main_part.rfind('/') + 1);
    std::string rels_part = folder + "_rels/" + main_part.substr(folder.size()) + ".rels";
    zip.add(
        rels_part,
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type=")" +
            relationship_base(spec.strict) + R"(styles" Target="styles.xml"/></Relationships>)");
    zip.add(folder + "styles.xml", spec.styles_xml);
  }
  if (!spec.core_xml.empty()) zip.add("docProps/core.xml", spec.core_xml);
  std::filesystem::path path = scratch_path(std::string(name) + ".docx");
  zip.write(path);
  return path;
}

Document read_docx(const std::filesystem::path& path, const ReadOptions& options) {
  DocxReader reader;
  InputProbe probe(path.string());
  EXPECT_TRUE(reader.claims(probe)) << path;
  Document document;
  DocumentBuilder builder(document);
  reader.read(path.string(), builder, options);
  return document;
}

std::string read_error(const std::filesystem::path& path, const ReadOptions& options) {
  try {
    read_docx(path, options);
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUnreadable);
    return error.cause();
  }
  ADD_FAILURE() << "no kpiconv::Error for " << path;
  return {};
}

Document read_body(std::string_view name, std::string_view body) {
  DocxSpec spec;
  spec.body = body;
  return read_docx(write_docx(name, spec));
}

std::string para(std::string_view text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + std::string(text) + "</w:t></w:r></w:p>";
}

std::string cell(std::string_view text, std::string_view properties) {
  std::string xml = "<w:tc>";
  if (!properties.empty()) xml += "<w:tcPr>" + std::string(properties) + "</w:tcPr>";
  return xml + para(text) + "</w:tc>";
}

std::string row(std::string_view cells, std::string_view properties) {
  std::string xml = "<w:tr>";
  if (!properties.empty()) xml += "<w:trPr>" + std::string(properties) + "</w:trPr>";
  return xml + std::string(cells) + "</w:tr>";
}

std::string table(std::string_view rows, int grid_columns) {
  std::string xml = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
  for (int i = 0; i < grid_columns; ++i) xml += "<w:gridCol w:w=\"1000\"/>";
  return xml + "</w:tblGrid>" + std::string(rows) + "</w:tbl>";
}

}  // namespace kpiconv::docx_test
