// Indicator rows settled to read as wanted on a small hand-made table: merges of 一级/二级
// extended by an added row, split by a changed one, repaired when the first row of a merge goes.
#include "formats/docx/apply/indicator_rows.h"

#include <gtest/gtest.h>

#include "formats/docx/apply/locator_index.h"
#include "formats/docx/apply/table_grid.h"
#include "formats/docx/apply/wml_dom.h"
#include "formats/docx/template/xml_tree.h"
#include "unit/docx_apply/apply_dom.h"

namespace kpiconv::docx_apply {
namespace {

using namespace test;

const char* kRestart = "<w:vMerge w:val=\"restart\"/>";
const char* kContinue = "<w:vMerge/>";

// Rows of (一级, 二级, 三级, 描述, 值, 依据); "^" continues the merge above, "*" restarts one.
std::string row(std::vector<std::string> texts) {
  std::string cells;
  for (const std::string& text : texts) {
    if (text == "^") {
      cells += tc("<w:p/>", kContinue);
    } else if (!text.empty() && text[0] == '*') {
      cells += tc(p(text.substr(1)), kRestart);
    } else {
      cells += tc(p(text));
    }
  }
  return tr(cells);
}

const std::array<int, kIndicatorColumns> kColumns = {0, 1, 2, 3, 4, 5};

struct Fixture {
  ooxml::XmlDocument doc;
  std::unique_ptr<LocatorIndex> index;
  explicit Fixture(const std::string& rows) : doc(parse(tbl(rows))) {
    index = std::make_unique<LocatorIndex>(xmlDocGetRootElement(doc.get()));
  }
  xmlNode* tr_at(int n) { return index->find("tbl[1]/tr[" + std::to_string(n) + "]"); }
  // Each row as "一级|二级|三级" read through merges, with the merge marks of 一级 and 二级.
  std::vector<std::string> picture() {
    TableGrid grid(index->find("tbl[1]"));
    std::vector<std::string> lines;
    for (const GridRow& grid_row : grid.rows()) {
      std::string line;
      for (int col = 0; col < 3; ++col) {
        const GridCell* cell = grid_row.starting_at(col);
        VMerge merge = vertical_merge(cell->tc);
        line += merge == VMerge::kContinue ? "^" : merge == VMerge::kRestart ? "*" : "";
        line += reader_text(cell->tc);
        if (col < 2) line += "|";
      }
      lines.push_back(line);
    }
    return lines;
  }
};

IndicatorRow want(xmlNode* tr, std::array<std::string, kIndicatorColumns> texts,
                  bool added = false) {
  IndicatorRow row;
  row.tr = tr;
  row.want = std::move(texts);
  row.added = added;
  return row;
}

const std::string kThreeRows = row({"*产出", "*数量", "a", "d", "1", "b"}) +
                               row({"^", "^", "c", "d", "2", "b"}) +
                               row({"*效益", "*社会", "e", "d", "3", "b"});

TEST(SettleIndicatorRows, AnAddedRowExtendsTheMergeAbove) {
  Fixture table(kThreeRows);
  xmlNode* added =
      xmlAddNextSibling(table.tr_at(2), docx_template::copy_node(table.tr_at(2), table.doc.get()));
  std::vector<IndicatorRow> rows = {
      want(table.tr_at(1), {"产出", "数量", "a", "d", "1", "b"}),
      want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "b"}),
      want(added, {"产出", "数量", "new", "描述", "≥1", "依据"}, true),
      want(table.tr_at(3), {"效益", "社会", "e", "d", "3", "b"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  EXPECT_EQ(table.picture(),
            (std::vector<std::string>{"*产出|*数量|a", "^|^|c", "^|^|new", "*效益|*社会|e"}));
  for (const IndicatorRow& settled : rows) {
    for (const std::string& problem : settled.problem) EXPECT_EQ(problem, "");
  }
}

TEST(SettleIndicatorRows, ARowClonedFromTheFirstOfAMergeExtendsItToo) {
  Fixture table(kThreeRows);
  xmlNode* added =
      xmlAddNextSibling(table.tr_at(1), docx_template::copy_node(table.tr_at(1), table.doc.get()));
  std::vector<IndicatorRow> rows = {want(table.tr_at(1), {"产出", "数量", "a", "d", "1", "b"}),
                                    want(added, {"产出", "数量", "new", "d", "1", "b"}, true),
                                    want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "b"}),
                                    want(table.tr_at(3), {"效益", "社会", "e", "d", "3", "b"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  EXPECT_EQ(table.picture(),
            (std::vector<std::string>{"*产出|*数量|a", "^|^|new", "^|^|c", "*效益|*社会|e"}));
}

TEST(SettleIndicatorRows, AnAddedRowInANewGroupStartsItsOwn) {
  Fixture table(kThreeRows);
  xmlNode* added =
      xmlAddNextSibling(table.tr_at(2), docx_template::copy_node(table.tr_at(2), table.doc.get()));
  std::vector<IndicatorRow> rows = {want(table.tr_at(1), {"产出", "数量", "a", "d", "1", "b"}),
                                    want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "b"}),
                                    want(added, {"产出", "质量", "q", "d", "1", "b"}, true),
                                    want(table.tr_at(3), {"效益", "社会", "e", "d", "3", "b"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  EXPECT_EQ(table.picture(),
            (std::vector<std::string>{"*产出|*数量|a", "^|^|c", "^|质量|q", "*效益|*社会|e"}));
}

TEST(SettleIndicatorRows, RemovingTheFirstRowOfAMergeMovesItsTextAndRestartDown) {
  Fixture table(row({"*产出", "*数量", "a", "d", "1", "b"}) + row({"^", "^", "c", "d", "2", "b"}) +
                row({"^", "^", "f", "d", "2", "b"}));
  xmlNode* first = table.tr_at(1);
  xmlUnlinkNode(first);
  std::vector<IndicatorRow> rows = {want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "b"}),
                                    want(table.tr_at(3), {"产出", "数量", "f", "d", "2", "b"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  EXPECT_EQ(table.picture(), (std::vector<std::string>{"*产出|*数量|c", "^|^|f"}));
  xmlFreeNode(first);
}

TEST(SettleIndicatorRows, AChangedValueInAMergedColumnSplitsTheMerge) {
  Fixture table(row({"*产出", "*数量", "a", "d", "1", "*依据"}) +
                row({"^", "^", "c", "d", "2", "^"}) + row({"^", "^", "f", "d", "2", "^"}));
  std::vector<IndicatorRow> rows = {want(table.tr_at(1), {"产出", "数量", "a", "d", "1", "依据"}),
                                    want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "新依据"}),
                                    want(table.tr_at(3), {"产出", "数量", "f", "d", "2", "依据"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  TableGrid grid(table.index->find("tbl[1]"));
  std::vector<std::string> basis;
  for (int r = 0; r < 3; ++r) {
    const GridCell* cell = grid.rows()[static_cast<size_t>(r)].starting_at(5);
    VMerge merge = vertical_merge(cell->tc);
    basis.push_back(std::string(merge == VMerge::kContinue  ? "^"
                                : merge == VMerge::kRestart ? "*"
                                                            : "") +
                    reader_text(cell->tc));
  }
  // The first row keeps its text (a restart with nothing below is a plain cell to the reader).
  EXPECT_EQ(basis[1], "新依据");
  EXPECT_EQ(basis[2], "依据");
  EXPECT_NE(basis[0].find("依据"), std::string::npos);
}

TEST(SettleIndicatorRows, BlankContinuationsGetTheirTextWhenTheRowTheyFollowGoes) {
  Fixture table(row({"产出", "数量", "a", "d", "1", "b"}) + row({"", "", "c", "d", "2", "b"}));
  xmlNode* first = table.tr_at(1);
  xmlUnlinkNode(first);
  std::vector<IndicatorRow> rows = {want(table.tr_at(2), {"产出", "数量", "c", "d", "2", "b"})};
  size_t replaced = 0;
  settle_indicator_rows(rows, kColumns, replaced);
  EXPECT_EQ(table.picture(), (std::vector<std::string>{"产出|数量|c"}));
  xmlFreeNode(first);
}

}  // namespace
}  // namespace kpiconv::docx_apply
