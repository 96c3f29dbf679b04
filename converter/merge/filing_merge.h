// Three-way merge of filings at field level (`kpiconv merge BASE OURS THEIRS`), through the
// identity rules of converter/diff/filing_match.h.
//
// Each field (project fields, indicator fields, extra columns, cells of other tables, the filing's
// title) is taken from the side that changed it from BASE; changed on both sides to the same text
// it is that text; changed on both sides to different texts it is a conflict and OURS is kept. An
// item (project, indicator, table) added on one side is added; removed on one side and unchanged on
// the other it is removed; removed on one side and changed on the other it is a conflict and OURS
// is kept (the item stays when OURS changed it, stays removed when OURS removed it). Added on both
// sides, it is merged field by field as if BASE had it empty.
//
// The merged filing keeps OURS's order, THEIRS's additions inserted after their predecessor in
// THEIRS.
#pragma once

#include <string>
#include <vector>

#include "converter/model/filing.h"

namespace kpiconv {

enum class ConflictKind {
  kBothChanged,        // a field set to different texts on each side
  kChangedAndRemoved,  // OURS changed the item, THEIRS removed it: the item is kept
  kRemovedAndChanged,  // OURS removed the item, THEIRS changed it: the item stays removed
};

struct MergeConflict {
  ConflictKind kind = ConflictKind::kBothChanged;
  std::string project;         // project_identity; empty for the filing title and other tables
  int indicator = 0;           // 1-based position in OURS (in BASE when OURS removed it); 0: none
  std::string indicator_path;  // "产出指标 / 数量指标 / 次数" when about an indicator
  std::string table;           // the table's title when about another table of the filing
  // Canonical field name ("budget.total", "value", "extra.备注", "title"), a table cell ("C4"),
  // "grid" for a table's rows, columns and merged cells, "" for a whole project, indicator or
  // table.
  std::string field;
  std::string base;  // the texts of a kBothChanged field ("" where a side has none)
  std::string ours;
  std::string theirs;
  Provenance where;  // in OURS, else in BASE
};

struct MergeResult {
  Filing merged;  // source and findings are OURS's source and none: a new filing
  std::vector<MergeConflict> conflicts;
};

MergeResult merge_filings(const Filing& base, const Filing& ours, const Filing& theirs);

const char* to_string(ConflictKind kind);

}  // namespace kpiconv
