// What changed between two filings, item by item, through the identity rules of filing_match.h.
// diff prints it, apply writes it into the original file, merge combines two of them.
#pragma once

#include <string>
#include <vector>

#include "converter/diff/filing_match.h"
#include "converter/model/filing.h"

namespace kpiconv {

// One text that differs. `field` is the canonical JSON name: "name", "budget.total",
// "spending_plan[2]" (0-based, as in the JSON array), "value", "level3", "extra.备注", …
struct FieldChange {
  std::string field;
  std::string before;
  std::string after;
  Provenance where;  // the field in the `before` filing (empty when it was not there)
};

enum class ChangeKind { kAdded, kRemoved, kChanged, kRenamed };

struct IndicatorChange {
  ChangeKind kind = ChangeKind::kChanged;
  MatchedPair pair;                 // indexes into the two projects' indicators
  std::vector<FieldChange> fields;  // kChanged and kRenamed: what differs (level3 for a rename)
};

struct ProjectChange {
  ChangeKind kind = ChangeKind::kChanged;  // never kRenamed: a new name is a field change
  MatchedPair pair;                        // indexes into the two filings' projects
  std::string identity;                    // project_identity of the project (after, else before)
  std::vector<FieldChange> fields;         // project-level fields (not indicators)
  std::vector<IndicatorChange> indicators;
};

struct CellChange {
  int row = 0;  // grid position, 0-based
  int col = 0;
  std::string before;  // text, "" where the grid had no cell
  std::string after;
  Provenance where;
};

struct TableChange {
  ChangeKind kind = ChangeKind::kChanged;
  MatchedPair pair;  // indexes into the two filings' tables
  std::string title;
  std::vector<CellChange> cells;  // kChanged: cells whose text or span differ
  bool shape_changed = false;     // kChanged: rows, columns or spans differ
};

struct FilingDiff {
  std::vector<FieldChange> filing_fields;  // "title"
  std::vector<ProjectChange> projects;     // only projects that differ, in reading order
  std::vector<TableChange> tables;         // only tables that differ

  bool empty() const { return filing_fields.empty() && projects.empty() && tables.empty(); }
};

// The differences of `after` from `before`. Findings, sources and derived parses are not compared:
// only what the filing says.
FilingDiff diff_filings(const Filing& before, const Filing& after);

// The project fields diff compares, by canonical name, with their Field in a project; the same
// for indicators. apply and merge walk the same lists, so a field is never forgotten by one.
struct ProjectFieldRef {
  const char* name;
  Field Project::*field = nullptr;
  Field Budget::*budget_field = nullptr;
  int quarter = -1;
};
const std::vector<ProjectFieldRef>& project_fields();
Field& field_of(Project& project, const ProjectFieldRef& ref);
const Field& field_of(const Project& project, const ProjectFieldRef& ref);

struct IndicatorFieldRef {
  const char* name;
  Field Indicator::*field;
};
const std::vector<IndicatorFieldRef>& indicator_fields();

const char* to_string(ChangeKind kind);

}  // namespace kpiconv
