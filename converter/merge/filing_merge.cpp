#include "converter/merge/filing_merge.h"

#include <functional>
#include <map>

#include "converter/diff/diff_report.h"
#include "converter/diff/filing_diff.h"
#include "converter/diff/filing_match.h"
#include "converter/normalize/normalizer.h"

namespace kpiconv {
namespace {

// One item as it stands in each of the three filings: indexes, -1 where a side lacks it.
struct Triple {
  int base = -1;
  int ours = -1;
  int theirs = -1;
};

template <typename Item>
using Matcher =
    std::function<std::vector<MatchedPair>(const std::vector<Item>&, const std::vector<Item>&)>;

// The items of the three lists lined up: OURS's order with THEIRS's additions inserted after their
// predecessor in THEIRS, then the items OURS removed (kept by no one unless a conflict says so).
template <typename Item>
std::vector<Triple> line_up(const std::vector<Item>& base, const std::vector<Item>& ours,
                            const std::vector<Item>& theirs, const Matcher<Item>& match) {
  std::vector<int> base_of_ours(ours.size(), -1);
  std::vector<int> ours_of_base(base.size(), -1);
  std::vector<int> base_of_theirs(theirs.size(), -1);
  std::vector<int> theirs_of_base(base.size(), -1);
  for (const MatchedPair& pair : match(base, ours)) {
    if (pair.before >= 0 && pair.after >= 0) {
      base_of_ours[pair.after] = pair.before;
      ours_of_base[pair.before] = pair.after;
    }
  }
  for (const MatchedPair& pair : match(base, theirs)) {
    if (pair.before >= 0 && pair.after >= 0) {
      base_of_theirs[pair.after] = pair.before;
      theirs_of_base[pair.before] = pair.after;
    }
  }
  // Added on both sides: the same item when the two additions match each other.
  std::vector<int> theirs_of_ours(ours.size(), -1);
  std::vector<int> ours_of_theirs(theirs.size(), -1);
  for (const MatchedPair& pair : match(ours, theirs)) {
    if (pair.before >= 0 && pair.after >= 0 && base_of_ours[pair.before] < 0 &&
        base_of_theirs[pair.after] < 0) {
      theirs_of_ours[pair.before] = pair.after;
      ours_of_theirs[pair.after] = pair.before;
    }
  }

  // THEIRS's additions, grouped by the OURS item they follow (-1: the start).
  std::map<int, std::vector<int>> additions_after;
  int anchor = -1;
  for (size_t t = 0; t < theirs.size(); ++t) {
    int b = base_of_theirs[t];
    if (b >= 0) {
      if (ours_of_base[b] >= 0) anchor = ours_of_base[b];
    } else if (ours_of_theirs[t] >= 0) {
      anchor = ours_of_theirs[t];
    } else {
      additions_after[anchor].push_back(static_cast<int>(t));
    }
  }

  std::vector<Triple> triples;
  auto add_theirs_after = [&](int o) {
    auto found = additions_after.find(o);
    if (found == additions_after.end()) return;
    for (int t : found->second) triples.push_back({-1, -1, t});
  };
  add_theirs_after(-1);
  for (size_t o = 0; o < ours.size(); ++o) {
    int b = base_of_ours[o];
    int t = b >= 0 ? theirs_of_base[b] : theirs_of_ours[o];
    triples.push_back({b, static_cast<int>(o), t});
    add_theirs_after(static_cast<int>(o));
  }
  for (size_t b = 0; b < base.size(); ++b) {
    if (ours_of_base[b] < 0) triples.push_back({static_cast<int>(b), -1, theirs_of_base[b]});
  }
  return triples;
}

bool same_extras(const std::vector<ExtraField>& a, const std::vector<ExtraField>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].heading != b[i].heading || a[i].field.text != b[i].field.text) return false;
  }
  return true;
}

bool same_indicator(const Indicator& a, const Indicator& b) {
  for (const IndicatorFieldRef& ref : indicator_fields()) {
    if ((a.*ref.field).text != (b.*ref.field).text) return false;
  }
  return same_extras(a.extras, b.extras);
}

bool same_project(const Project& a, const Project& b) {
  for (const ProjectFieldRef& ref : project_fields()) {
    if (field_of(a, ref).text != field_of(b, ref).text) return false;
  }
  if (!same_extras(a.extras, b.extras) || a.indicators.size() != b.indicators.size()) return false;
  for (size_t i = 0; i < a.indicators.size(); ++i) {
    if (!same_indicator(a.indicators[i], b.indicators[i])) return false;
  }
  return true;
}

bool same_shape(const Table& a, const Table& b) {
  if (a.rows != b.rows || a.cols != b.cols || a.cells.size() != b.cells.size()) return false;
  for (size_t i = 0; i < a.cells.size(); ++i) {
    const Cell& x = a.cells[i];
    const Cell& y = b.cells[i];
    if (x.row != y.row || x.col != y.col || x.row_span != y.row_span || x.col_span != y.col_span) {
      return false;
    }
  }
  return true;
}

std::string cell_text(const Cell& cell) {
  return std::string(trim(cell.text));
}

bool same_table(const GenericTable& a, const GenericTable& b) {
  if (!same_shape(a.grid, b.grid)) return false;
  for (size_t i = 0; i < a.grid.cells.size(); ++i) {
    if (cell_text(a.grid.cells[i]) != cell_text(b.grid.cells[i])) return false;
  }
  return true;
}

std::string indicator_path(const Indicator& indicator) {
  return indicator.level1.text + " / " + indicator.level2.text + " / " + indicator.level3.text;
}

class Merger {
 public:
  MergeResult run(const Filing& base, const Filing& ours, const Filing& theirs) {
    MergeResult result;
    result.merged.source = ours.source;
    context_ = {};
    context_.field = "title";
    result.merged.title = merge_text(base.title, ours.title, theirs.title, {});
    merge_projects(base.projects, ours.projects, theirs.projects, result.merged.projects);
    merge_tables(base.tables, ours.tables, theirs.tables, result.merged.tables);
    result.conflicts = std::move(conflicts_);
    return result;
  }

 private:
  // The three texts of one field: the side that changed it wins; OURS on a conflict.
  std::string merge_text(const std::string& base, const std::string& ours,
                         const std::string& theirs, const Provenance& where) {
    if (ours == theirs || theirs == base) return ours;
    if (ours == base) return theirs;
    MergeConflict conflict = context_;
    conflict.base = base;
    conflict.ours = ours;
    conflict.theirs = theirs;
    conflict.where = where;
    conflicts_.push_back(std::move(conflict));
    return ours;
  }

  // Returns true when THEIRS's field was taken.
  bool merge_field(const std::string& name, const Field* base, Field& ours, const Field& theirs) {
    static const Field kAbsent;
    if (base == nullptr) base = &kAbsent;
    context_.field = name;
    std::string merged = merge_text(base->text, ours.text, theirs.text,
                                    ours.where.empty() ? base->where : ours.where);
    if (merged == ours.text) return false;
    ours = theirs;
    return true;
  }

  void whole_item_conflict(ConflictKind kind, const Provenance& where) {
    MergeConflict conflict = context_;
    conflict.kind = kind;
    conflict.field.clear();
    conflict.where = where;
    conflicts_.push_back(std::move(conflict));
  }

  void merge_extras(const std::vector<ExtraField>* base, std::vector<ExtraField>& ours,
                    const std::vector<ExtraField>& theirs) {
    auto find = [](const std::vector<ExtraField>* extras,
                   const std::string& heading) -> const Field* {
      if (extras == nullptr) return nullptr;
      for (const ExtraField& extra : *extras) {
        if (extra.heading == heading) return &extra.field;
      }
      return nullptr;
    };
    static const Field kAbsent;
    std::vector<ExtraField> merged;
    for (const ExtraField& extra : ours) {
      Field field = extra.field;
      const Field* theirs_field = find(&theirs, extra.heading);
      merge_field("extra." + extra.heading, find(base, extra.heading), field,
                  theirs_field == nullptr ? kAbsent : *theirs_field);
      // A column THEIRS dropped goes when OURS left its value alone.
      if (theirs_field == nullptr && field.text.empty()) continue;
      merged.push_back({extra.heading, std::move(field)});
    }
    for (const ExtraField& extra : theirs) {
      if (find(&ours, extra.heading) != nullptr) continue;
      Field field;
      merge_field("extra." + extra.heading, find(base, extra.heading), field, extra.field);
      if (!field.text.empty()) merged.push_back({extra.heading, std::move(field)});
    }
    ours = std::move(merged);
  }

  void merge_indicator(const Indicator* base, Indicator& ours, const Indicator& theirs) {
    for (const IndicatorFieldRef& ref : indicator_fields()) {
      bool took_theirs = merge_field(ref.name, base == nullptr ? nullptr : &(base->*ref.field),
                                     ours.*ref.field, theirs.*ref.field);
      if (took_theirs && std::string(ref.name) == "value") ours.parsed = theirs.parsed;
    }
    merge_extras(base == nullptr ? nullptr : &base->extras, ours.extras, theirs.extras);
  }

  void merge_indicators(const std::vector<Indicator>& base, const std::vector<Indicator>& ours,
                        const std::vector<Indicator>& theirs, std::vector<Indicator>& merged) {
    merged.clear();
    for (const Triple& item : line_up<Indicator>(base, ours, theirs, match_indicators)) {
      const Indicator* b = item.base >= 0 ? &base[item.base] : nullptr;
      const Indicator* o = item.ours >= 0 ? &ours[item.ours] : nullptr;
      const Indicator* t = item.theirs >= 0 ? &theirs[item.theirs] : nullptr;
      const Indicator* named = o != nullptr ? o : (b != nullptr ? b : t);
      context_.indicator =
          (o != nullptr ? item.ours : (b != nullptr ? item.base : item.theirs)) + 1;
      context_.indicator_path = indicator_path(*named);
      if (o != nullptr && t != nullptr) {
        Indicator indicator = *o;
        merge_indicator(b, indicator, *t);
        merged.push_back(std::move(indicator));
      } else if (o != nullptr) {
        if (b == nullptr) {
          merged.push_back(*o);  // added by OURS
        } else if (!same_indicator(*b, *o)) {
          whole_item_conflict(ConflictKind::kChangedAndRemoved, o->row);
          merged.push_back(*o);
        }  // else removed by THEIRS
      } else if (t != nullptr) {
        if (b == nullptr) {
          merged.push_back(*t);  // added by THEIRS
        } else if (!same_indicator(*b, *t)) {
          whole_item_conflict(ConflictKind::kRemovedAndChanged, b->row);
        }  // else removed by OURS
      }
    }
    context_.indicator = 0;
    context_.indicator_path.clear();
  }

  void merge_project(const Project* base, Project& ours, const Project& theirs) {
    for (const ProjectFieldRef& ref : project_fields()) {
      merge_field(ref.name, base == nullptr ? nullptr : &field_of(*base, ref), field_of(ours, ref),
                  field_of(theirs, ref));
    }
    merge_extras(base == nullptr ? nullptr : &base->extras, ours.extras, theirs.extras);
    static const std::vector<Indicator> kNone;
    std::vector<Indicator> indicators;
    merge_indicators(base == nullptr ? kNone : base->indicators, ours.indicators, theirs.indicators,
                     indicators);
    ours.indicators = std::move(indicators);
  }

  void merge_projects(const std::vector<Project>& base, const std::vector<Project>& ours,
                      const std::vector<Project>& theirs, std::vector<Project>& merged) {
    for (const Triple& item : line_up<Project>(base, ours, theirs, match_projects)) {
      const Project* b = item.base >= 0 ? &base[item.base] : nullptr;
      const Project* o = item.ours >= 0 ? &ours[item.ours] : nullptr;
      const Project* t = item.theirs >= 0 ? &theirs[item.theirs] : nullptr;
      context_ = {};
      context_.project = project_identity(o != nullptr ? *o : (b != nullptr ? *b : *t));
      if (o != nullptr && t != nullptr) {
        Project project = *o;
        merge_project(b, project, *t);
        merged.push_back(std::move(project));
      } else if (o != nullptr) {
        if (b == nullptr) {
          merged.push_back(*o);
        } else if (!same_project(*b, *o)) {
          whole_item_conflict(ConflictKind::kChangedAndRemoved, o->where);
          merged.push_back(*o);
        }
      } else if (t != nullptr) {
        if (b == nullptr) {
          merged.push_back(*t);
        } else if (!same_project(*b, *t)) {
          whole_item_conflict(ConflictKind::kRemovedAndChanged, b->where);
        }
      }
    }
    context_ = {};
  }

  // Tables of the same shape on every side merge cell by cell; a table whose rows, columns or
  // merged cells changed is taken whole from the side that changed it, or is a conflict.
  void merge_table(const GenericTable* base, GenericTable& ours, const GenericTable& theirs) {
    if (same_table(ours, theirs) || (base != nullptr && same_table(*base, theirs))) return;
    if (base != nullptr && same_table(*base, ours)) {
      ours = theirs;
      return;
    }
    bool same_shapes = same_shape(ours.grid, theirs.grid) &&
                       (base == nullptr || same_shape(base->grid, ours.grid));
    if (!same_shapes) {
      context_.field = "grid";
      MergeConflict conflict = context_;
      conflict.where = ours.grid.where;
      conflicts_.push_back(std::move(conflict));
      return;
    }
    for (size_t i = 0; i < ours.grid.cells.size(); ++i) {
      Cell& cell = ours.grid.cells[i];
      const Cell& theirs_cell = theirs.grid.cells[i];
      std::string base_text = base == nullptr ? "" : cell_text(base->grid.cells[i]);
      context_.field = cell_name(cell.row, cell.col);
      std::string merged =
          merge_text(base_text, cell_text(cell), cell_text(theirs_cell), ours.grid.place_of(cell));
      if (merged != cell_text(cell)) {
        // Their text in our cell, which keeps its place in our source.
        const std::uint32_t source_index = cell.source_index;
        cell = theirs_cell;
        cell.source_index = source_index;
      }
    }
  }

  void merge_tables(const std::vector<GenericTable>& base, const std::vector<GenericTable>& ours,
                    const std::vector<GenericTable>& theirs, std::vector<GenericTable>& merged) {
    for (const Triple& item : line_up<GenericTable>(base, ours, theirs, match_tables)) {
      const GenericTable* b = item.base >= 0 ? &base[item.base] : nullptr;
      const GenericTable* o = item.ours >= 0 ? &ours[item.ours] : nullptr;
      const GenericTable* t = item.theirs >= 0 ? &theirs[item.theirs] : nullptr;
      context_ = {};
      context_.table = (o != nullptr ? *o : (b != nullptr ? *b : *t)).title;
      if (o != nullptr && t != nullptr) {
        GenericTable table = *o;
        merge_table(b, table, *t);
        merged.push_back(std::move(table));
      } else if (o != nullptr) {
        if (b == nullptr) {
          merged.push_back(*o);
        } else if (!same_table(*b, *o)) {
          whole_item_conflict(ConflictKind::kChangedAndRemoved, o->grid.where);
          merged.push_back(*o);
        }
      } else if (t != nullptr) {
        if (b == nullptr) {
          merged.push_back(*t);
        } else if (!same_table(*b, *t)) {
          whole_item_conflict(ConflictKind::kRemovedAndChanged, b->grid.where);
        }
      }
    }
    context_ = {};
  }

  MergeConflict context_;  // what is being merged: project, indicator, table, field
  std::vector<MergeConflict> conflicts_;
};

}  // namespace

MergeResult merge_filings(const Filing& base, const Filing& ours, const Filing& theirs) {
  return Merger().run(base, ours, theirs);
}

const char* to_string(ConflictKind kind) {
  switch (kind) {
    case ConflictKind::kBothChanged:
      return "both-changed";
    case ConflictKind::kChangedAndRemoved:
      return "changed-and-removed";
    case ConflictKind::kRemovedAndChanged:
      return "removed-and-changed";
  }
  return "both-changed";
}

}  // namespace kpiconv
