// Small hand-made DOCX packages for the DOCX reader's quirk tests: a body fragment goes into a
// complete document.xml, the package is zipped into a scratch file and read back through
// DocxReader::claims + read.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "converter/model/document.h"
#include "converter/registry/format.h"
#include "support/document_blocks.h"

namespace kpiconv::docx_test {

struct DocxSpec {
  std::string body;          // inner XML of w:body (used when document_xml is empty)
  std::string document_xml;  // the whole main part, when a test needs to control it
  std::string styles_xml;    // word/styles.xml, omitted when empty
  std::string core_xml;      // docProps/core.xml, omitted when empty
  std::string main_part = "word/document.xml";
  std::string main_target;  // Target in _rels/.rels; defaults to main_part
  bool strict = false;      // ISO Strict namespaces and relationship types
  bool bom = false;         // a UTF-8 byte order mark before <?xml of the main part
};

// A complete main part around `body`, declaring w, r, mc, wp, wps, a, v, m, o and w14.
std::string document_xml(std::string_view body, bool strict = false);
// Writes the package for `spec` to a scratch file named `name` (.docx added).
std::filesystem::path write_docx(std::string_view name, const DocxSpec& spec);
// Reads a file through DocxReader (asserting it is claimed).
Document read_docx(const std::filesystem::path& path, const ReadOptions& options = {});
// The cause of the Error(kUnreadable) reading `path` throws (a test failure when none is thrown).
std::string read_error(const std::filesystem::path& path, const ReadOptions& options = {});
// write_docx + read_docx for a body fragment.
Document read_body(std::string_view name, std::string_view body);

// The block at `index` as a table / paragraph (fails the test when it is not).
using test::paragraph_block;
using test::table_block;

// Helpers for writing bodies: <w:p><w:r><w:t>text</w:t></w:r></w:p>, a cell, a row.
std::string para(std::string_view text);
std::string cell(std::string_view text, std::string_view properties = {});
std::string row(std::string_view cells, std::string_view properties = {});
std::string table(std::string_view rows, int grid_columns = 0);

}  // namespace kpiconv::docx_test
