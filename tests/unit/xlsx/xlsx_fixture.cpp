#include "unit/xlsx/xlsx_fixture.h"

#include <gtest/gtest.h>

#include "formats/xlsx/xlsx_reader.h"
#include "support/zip_builder.h"

namespace kpiconv::xlsx_test {
namespace {

constexpr std::string_view kXmlDeclaration =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)";

std::string main_namespace(bool strict) {
  return strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main"
                : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
}
std::string relationships_namespace(bool strict) {
  return strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
                : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
}
std::string relationship_type(bool strict, std::string_view kind) {
  return relationships_namespace(strict) + "/" + std::string(kind);
}
std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
  return R"(<Relationship Id=")" + std::string(id) + R"(" Type=")" + std::string(type) +
         R"(" Target=")" + std::string(target) + R"("/>)";
}
std::string override_type(std::string_view part, std::string_view type) {
  return R"(<Override PartName="/)" + std::string(part) + R"(" ContentType="application/)" +
         std::string(type) + R"("/>)";
}

std::string default_part(const SheetSpec& sheet, size_t number) {
  if (!sheet.part.empty()) return sheet.part;
  const std::string folder = sheet.kind == "worksheet" ? "worksheets" : sheet.kind + "s";
  const std::string stem = sheet.kind == "worksheet" ? "sheet" : sheet.kind;
  return "xl/" + folder + "/" + stem + std::to_string(number) + ".xml";
}

}  // namespace

SheetSpec worksheet(std::string name, std::string sheet_data, std::string after_data) {
  SheetSpec sheet;
  sheet.name = std::move(name);
  sheet.sheet_data = std::move(sheet_data);
  sheet.after_data = std::move(after_data);
  return sheet;
}

std::string worksheet_xml(std::string_view sheet_data, std::string_view after_data, bool strict) {
  std::string xml(kXmlDeclaration);
  xml += R"(<worksheet xmlns=")" + main_namespace(strict) + R"(" xmlns:r=")" +
         relationships_namespace(strict) + R"("><dimension ref="A1"/><sheetData>)";
  xml += sheet_data;
  xml += "</sheetData>";
  xml += after_data;
  xml += "</worksheet>";
  return xml;
}

std::string styles_xml(std::string_view num_fmts, const std::vector<int>& xf_format_ids) {
  std::string xml(kXmlDeclaration);
  xml += R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
  if (!num_fmts.empty()) xml += "<numFmts>" + std::string(num_fmts) + "</numFmts>";
  xml += R"(<fonts count="1"><font><sz val="11"/></font></fonts>)";
  xml += R"(<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs>)";
  for (int id : xf_format_ids) xml += R"(<xf numFmtId=")" + std::to_string(id) + R"("/>)";
  xml += "</cellXfs></styleSheet>";
  return xml;
}

std::filesystem::path write_xlsx(std::string_view name, const XlsxSpec& spec) {
  const bool strict = spec.strict;
  auto part_text = [&](std::string xml) {
    if (spec.bom) xml.insert(0, "\xEF\xBB\xBF");
    return xml;
  };
  std::string content_types =
      std::string(kXmlDeclaration) +
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)" +
      override_type("xl/workbook.xml",
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  std::string workbook = std::string(kXmlDeclaration) + R"(<workbook xmlns=")" +
                         main_namespace(strict) + R"(" xmlns:r=")" +
                         relationships_namespace(strict) + R"(">)" + spec.workbook_pr + "<sheets>";
  std::string workbook_rels =
      std::string(kXmlDeclaration) +
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  test::ZipBuilder zip;
  for (size_t i = 0; i < spec.sheets.size(); ++i) {
    const SheetSpec& sheet = spec.sheets[i];
    const std::string part = default_part(sheet, i + 1);
    const std::string id = "rId" + std::to_string(i + 1);
    workbook += R"(<sheet name=")" + sheet.name + R"(" sheetId=")" + std::to_string(i + 1) + '"';
    if (!sheet.state.empty()) workbook += R"( state=")" + sheet.state + '"';
    workbook += R"( r:id=")" + id + R"("/>)";
    workbook_rels += relationship(id, relationship_type(strict, sheet.kind),
                                  part.substr(std::string("xl/").size()));
    content_types += override_type(
        part, "vnd.openxmlformats-officedocument.spreadsheetml." + sheet.kind + "+xml");
    std::string xml = !sheet.part_xml.empty() ? sheet.part_xml
                      : sheet.kind == "worksheet"
                          ? worksheet_xml(sheet.sheet_data, sheet.after_data, strict)
                          : std::string(kXmlDeclaration) + "<" + sheet.kind + R"( xmlns=")" +
                                main_namespace(strict) + R"("/>)";
    zip.add(part, part_text(xml));
  }
  workbook += "</sheets></workbook>";
  size_t next_id = spec.sheets.size() + 1;
  std::string shared = spec.shared_strings_xml;
  if (shared.empty() && !spec.shared_strings.empty()) {
    shared = std::string(kXmlDeclaration) + R"(<sst xmlns=")" + main_namespace(strict) + R"(">)";
    for (const std::string& item : spec.shared_strings) shared += "<si>" + item + "</si>";
    shared += "</sst>";
  }
  if (!shared.empty()) {
    workbook_rels += relationship("rId" + std::to_string(next_id++),
                                  relationship_type(strict, "sharedStrings"), "sharedStrings.xml");
    content_types +=
        override_type("xl/sharedStrings.xml",
                      "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
    zip.add("xl/sharedStrings.xml", part_text(shared));
  }
  if (!spec.styles_xml.empty()) {
    workbook_rels += relationship("rId" + std::to_string(next_id++),
                                  relationship_type(strict, "styles"), "styles.xml");
    content_types += override_type("xl/styles.xml",
                                   "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
    zip.add("xl/styles.xml", part_text(spec.styles_xml));
  }
  workbook_rels += "</Relationships>";
  std::string package_rels =
      std::string(kXmlDeclaration) +
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
      relationship("rId1", relationship_type(strict, "officeDocument"), "xl/workbook.xml");
  if (!spec.core_xml.empty()) {
    package_rels += relationship(
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml");
    content_types +=
        override_type("docProps/core.xml", "vnd.openxmlformats-package.core-properties+xml");
    zip.add("docProps/core.xml", part_text(spec.core_xml));
  }
  package_rels += "</Relationships>";
  content_types += "</Types>";
  zip.add("[Content_Types].xml", content_types)
      .add("_rels/.rels", package_rels)
      .add("xl/workbook.xml", part_text(workbook))
      .add("xl/_rels/workbook.xml.rels", workbook_rels);
  std::filesystem::path path = test::scratch_path(std::string(name) + ".xlsx");
  zip.write(path);
  return path;
}

Document read_xlsx(const std::filesystem::path& path, const ReadOptions& options) {
  XlsxReader reader;
  InputProbe probe(path.string());
  EXPECT_TRUE(reader.claims(probe)) << path;
  Document document;
  DocumentBuilder builder(document);
  reader.read(path.string(), builder, options);
  return document;
}

Document read_spec(std::string_view name, const XlsxSpec& spec, const ReadOptions& options) {
  return read_xlsx(write_xlsx(name, spec), options);
}

Document read_sheet_data(std::string_view name, std::string_view sheet_data,
                         const std::vector<std::string>& shared_strings) {
  XlsxSpec spec;
  spec.sheets.push_back(worksheet("Sheet1", std::string(sheet_data)));
  spec.shared_strings = shared_strings;
  return read_spec(name, spec);
}

std::string text_at(const Table& table, int row, int col) {
  const Cell* cell = table.at(row, col);
  return cell == nullptr ? "<hole>" : cell->text;
}

bool has_warning(const Document& document, std::string_view part) {
  for (const Warning& warning : document.warnings) {
    if (warning.message.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace kpiconv::xlsx_test
