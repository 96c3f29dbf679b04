// The locators `apply` relies on, checked against the reader on every DOCX fixture and every
// corpus document that has tables: each cell the reader gives a provenance resolves, in the
// main part's tree, to a w:tc whose text is the cell's text.
#include <gtest/gtest.h>

#include "converter/convert.h"
#include "formats/docx/apply/locator_index.h"
#include "formats/docx/apply/wml_dom.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/xml_document.h"
#include "support/corpus.h"
#include "support/run_command.h"

namespace kpiconv {
namespace {

// Checks every cell of `table` (nested tables too); returns how many were checked.
int check_cells(const Table& table, const docx_apply::LocatorIndex& index, const std::string& file,
                const std::string& part) {
  int checked = 0;
  for (std::size_t i = 0; i < table.cells.size(); ++i) {
    const Cell& cell = table.cells[i];
    const Provenance where = table.place_of(cell);
    EXPECT_EQ(where.part, part) << file;
    xmlNode* element = index.find(where.locator);
    if (element == nullptr) {
      ADD_FAILURE() << file << ": " << where.locator << " not found";
      continue;
    }
    EXPECT_TRUE(docx_apply::is_w(element, "tc")) << file << ": " << where.locator;
    EXPECT_EQ(docx_apply::reader_text(element), cell.text) << file << ": " << where.locator;
    ++checked;
    for (const Table* nested : table.nested_in(i)) {
      checked += check_cells(*nested, index, file, part);
    }
  }
  return checked;
}

// Cells whose merge took in text of the cells it covers read more than their own w:tc says; the
// reader warns about each.
bool absorbed_content(const Document& document) {
  for (const Warning& warning : document.warnings) {
    if (warning.message.find("merged cell has content of its own") != std::string::npos)
      return true;
  }
  return false;
}

int check_document(const std::string& path) {
  Document document = read_document(path);
  if (document.format != "docx") return 0;
  ooxml::Package package(path, ooxml::PackageLimits{});
  std::optional<std::string> main = package.main_part();
  const ooxml::ZipEntry* entry = main ? package.find(*main) : nullptr;
  if (entry == nullptr) return 0;
  ooxml::XmlDocument xml =
      ooxml::parse_xml_document(package.archive().read_all(*entry), "main part", path);
  docx_apply::LocatorIndex index(xmlDocGetRootElement(xml.get()));
  if (absorbed_content(document)) return 0;
  int checked = 0;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      xmlNode* element = index.find(paragraph->where.locator);
      EXPECT_TRUE(docx_apply::is_w(element, "p")) << path << ": " << paragraph->where.locator;
      if (element != nullptr) {
        EXPECT_EQ(docx_apply::reader_text(element), paragraph->text)
            << path << ": " << paragraph->where.locator;
      }
      continue;
    }
    const Table& table = std::get<Table>(block);
    EXPECT_TRUE(docx_apply::is_w(index.find(table.where.locator), "tbl")) << path;
    for (int r = 0; r < table.rows; ++r) {
      const Provenance row = table.row_place(r);
      EXPECT_TRUE(docx_apply::is_w(index.find(row.locator), "tr")) << path << ": " << row.locator;
    }
    checked += check_cells(table, index, path, entry->name);
  }
  return checked;
}

TEST(ApplyLocators, EveryFixtureCellIsFoundAgain) {
  for (const char* folder : {"fixtures/docx/", "fixtures/docx-libreoffice/"}) {
    for (const char* seed : {"000", "001", "002", "003", "004"}) {
      std::string path = test::source_dir() + "/" + folder + seed + ".docx";
      EXPECT_GT(check_document(path), 0) << path;
    }
  }
}

TEST(ApplyLocators, EveryCorpusCellIsFoundAgain) {
  std::vector<test::CorpusFile> files = test::corpus_manifest("docx/");
  if (files.empty()) GTEST_SKIP() << "no corpus at " << test::corpus_dir();
  int documents = 0;
  for (const test::CorpusFile& file : files) {
    if (file.expected != "tables") continue;
    std::string path = (test::corpus_dir() / file.path).string();
    SCOPED_TRACE(file.path);
    if (check_document(path) > 0) ++documents;
  }
  EXPECT_GT(documents, 30);
}

}  // namespace
}  // namespace kpiconv
