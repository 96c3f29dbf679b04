// Indicator edits of one project: rows added (cloned from a sibling), removed, and every row of
// the project settled to read as the edited indicators (indicator_rows.h).
#include <algorithm>
#include <map>
#include <unordered_map>

#include "converter/diff/filing_match.h"
#include "formats/docx/apply/edit_context.h"
#include "formats/docx/apply/indicator_rows.h"
#include "formats/docx/apply/table_grid.h"
#include "formats/docx/apply/wml_dom.h"
#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_apply {
namespace {

std::string path_of(const Indicator& indicator) {
  return indicator.level1.text + " / " + indicator.level2.text + " / " + indicator.level3.text;
}

// A cloned row must not repeat the bookmarks and paragraph ids (w14:paraId) of its sibling.
void strip_identities(xmlNode* node) {
  for (xmlNode* child = node->children; child != nullptr;) {
    xmlNode* next = child->next;
    if (is_w(child, "bookmarkStart") || is_w(child, "bookmarkEnd")) {
      xmlUnlinkNode(child);
      xmlFreeNode(child);
    } else if (child->type == XML_ELEMENT_NODE) {
      strip_identities(child);
    }
    child = next;
  }
  for (xmlAttr* attr = node->properties; attr != nullptr;) {
    xmlAttr* next = attr->next;
    if (xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>("paraId")) == 0 ||
        xmlStrcmp(attr->name, reinterpret_cast<const xmlChar*>("textId")) == 0) {
      xmlRemoveProp(attr);
    }
    attr = next;
  }
}

void number_rows(xmlNode* node, std::unordered_map<xmlNode*, int>& order) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_w(child, "tr")) order.emplace(child, static_cast<int>(order.size()));
    number_rows(child, order);
  }
}

class IndicatorEditor {
 public:
  IndicatorEditor(EditContext& context, const ProjectChange& change, const Project& original,
                  const Project& edited)
      : context_(context),
        change_(change),
        original_(original),
        edited_(edited),
        pairs_(match_indicators(original.indicators, edited.indicators)),
        rows_(pairs_.size(), nullptr),
        problems_(pairs_.size()) {}

  void run() {
    find_rows();
    find_columns();
    add_rows();
    remove_rows();
    settle();
    report();
  }

 private:
  void find_rows() {
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (pairs_[i].added()) continue;
      const Indicator& indicator = original_.indicators[static_cast<size_t>(pairs_[i].before)];
      std::string problem;
      xmlNode* row = context_.find(indicator.row, problem);
      if (row != nullptr && !is_w(row, "tr")) {
        row = nullptr;
        problem = "its place " + indicator.row.to_string() + " is not a table row";
      }
      rows_[i] = row;
      if (row == nullptr) problems_[i] = problem;
    }
  }

  void find_columns() {
    columns_.fill(-1);
    const auto& fields = indicator_fields();
    for (size_t k = 0; k < kIndicatorColumns; ++k) {
      for (const Indicator& indicator : original_.indicators) {
        std::string problem;
        xmlNode* cell = context_.find((indicator.*fields[k].field).where, problem);
        xmlNode* table = table_of(cell);
        if (cell == nullptr || table == nullptr || !is_w(cell, "tc")) continue;
        columns_[k] = TableGrid(table).column_of(cell);
        if (columns_[k] >= 0) break;
      }
    }
  }

  void add_rows() {
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (!pairs_[i].added()) continue;
      xmlNode* anchor = nullptr;
      bool after = true;
      for (size_t j = i; j-- > 0;) {
        if (rows_[j] != nullptr) {
          anchor = rows_[j];
          break;
        }
      }
      if (anchor == nullptr) {
        after = false;
        for (size_t j = i + 1; j < pairs_.size() && anchor == nullptr; ++j) anchor = rows_[j];
      }
      if (anchor == nullptr) {
        problems_[i] = "the project has no indicator row in the original to copy";
        continue;
      }
      anchors_[i] = anchor;
      xmlNode* copy = docx_template::copy_node(anchor, anchor->doc);
      strip_identities(copy);
      rows_[i] = after ? xmlAddNextSibling(anchor, copy) : xmlAddPrevSibling(anchor, copy);
      context_.changed = true;
    }
  }

  void remove_rows() {
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (!pairs_[i].removed() || rows_[i] == nullptr) continue;
      xmlUnlinkNode(rows_[i]);
      context_.removed.emplace_back(rows_[i]);
      context_.changed = true;
    }
  }

  void settle() {
    std::unordered_map<xmlNode*, int> order;
    number_rows(context_.index.root(), order);
    const auto& fields = indicator_fields();
    std::vector<IndicatorRow> rows;
    std::vector<size_t> pair_of_row;
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (pairs_[i].removed() || rows_[i] == nullptr) continue;
      IndicatorRow row;
      row.tr = rows_[i];
      row.added = pairs_[i].added();
      const Indicator& wanted = edited_.indicators[static_cast<size_t>(pairs_[i].after)];
      for (size_t k = 0; k < kIndicatorColumns; ++k) row.want[k] = (wanted.*fields[k].field).text;
      rows.push_back(std::move(row));
      pair_of_row.push_back(i);
    }
    std::vector<size_t> by_place(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) by_place[r] = r;
    std::stable_sort(by_place.begin(), by_place.end(),
                     [&](size_t a, size_t b) { return order[rows[a].tr] < order[rows[b].tr]; });
    std::vector<IndicatorRow> in_order;
    for (size_t r : by_place) in_order.push_back(rows[r]);
    settle_indicator_rows(in_order, columns_, context_.replaced);
    context_.changed = true;
    for (size_t r = 0; r < by_place.size(); ++r) {
      column_problems_[pair_of_row[by_place[r]]] = in_order[r].problem;
    }
  }

  size_t pair_index(const MatchedPair& pair) const {
    for (size_t i = 0; i < pairs_.size(); ++i) {
      if (pairs_[i].before == pair.before && pairs_[i].after == pair.after) return i;
    }
    return pairs_.size();
  }

  // Why the row of pair i does not read right in the columns given (all when empty).
  std::string problem_of(size_t i, int only_column = -1) const {
    if (i >= pairs_.size()) return "the indicator was not found";
    if (!problems_[i].empty()) return problems_[i];
    auto found = column_problems_.find(i);
    if (found == column_problems_.end()) return {};
    const auto& fields = indicator_fields();
    std::string problem;
    for (size_t k = 0; k < kIndicatorColumns; ++k) {
      if (found->second[k].empty()) continue;
      if (only_column >= 0 && static_cast<size_t>(only_column) != k) continue;
      if (!problem.empty()) problem += "; ";
      problem += std::string(fields[k].name) + ": " + found->second[k];
    }
    return problem;
  }

  Provenance place_of(size_t i) const {
    xmlNode* row = anchors_.count(i) ? anchors_.at(i) : rows_[i];
    return Provenance{context_.part, context_.index.locator_of(row)};
  }

  void report() {
    const auto& fields = indicator_fields();
    for (const IndicatorChange& indicator : change_.indicators) {
      size_t i = pair_index(indicator.pair);
      AppliedEdit edit;
      edit.project = change_.identity;
      if (indicator.kind == ChangeKind::kAdded) {
        edit.what = "indicator " + std::to_string(indicator.pair.after + 1) + " added";
        edit.after = path_of(edited_.indicators[static_cast<size_t>(indicator.pair.after)]);
        if (i < pairs_.size()) edit.where = place_of(i);
        finish(edit, problem_of(i));
        continue;
      }
      if (indicator.kind == ChangeKind::kRemoved) {
        const Indicator& gone = original_.indicators[static_cast<size_t>(indicator.pair.before)];
        edit.what = "indicator " + std::to_string(indicator.pair.before + 1) + " removed";
        edit.before = path_of(gone);
        edit.where = gone.row;
        finish(edit, i < pairs_.size() ? problems_[i] : "the indicator was not found");
        continue;
      }
      for (const FieldChange& field : indicator.fields) {
        AppliedEdit change = edit;
        change.what = "indicator " + std::to_string(indicator.pair.after + 1) + " " + field.field;
        change.before = field.before;
        change.after = field.after;
        change.where = field.where;
        int column = -1;
        for (size_t k = 0; k < kIndicatorColumns; ++k) {
          if (field.field == fields[k].name) column = static_cast<int>(k);
        }
        if (column < 0) {
          finish(change, "columns kpiconv does not know are not written back into a document");
        } else {
          finish(change, problem_of(i, column));
        }
      }
    }
  }

  void finish(AppliedEdit& edit, const std::string& problem) {
    edit.applied = problem.empty();
    edit.problem = problem;
    context_.report.edits.push_back(std::move(edit));
  }

  EditContext& context_;
  const ProjectChange& change_;
  const Project& original_;
  const Project& edited_;
  std::vector<MatchedPair> pairs_;
  std::vector<xmlNode*> rows_;          // by pair: the row, original or added
  std::vector<std::string> problems_;   // by pair: why its row is missing
  std::map<size_t, xmlNode*> anchors_;  // added pairs: the row they were placed beside
  std::map<size_t, std::array<std::string, kIndicatorColumns>> column_problems_;
  std::array<int, kIndicatorColumns> columns_{};
};

}  // namespace

void apply_project_change(EditContext& context, const ProjectChange& change,
                          const Project& original, const Project& edited) {
  for (const FieldChange& field : change.fields) {
    AppliedEdit edit{
        change.identity, field.field, field.before, field.after, field.where, true, {}};
    context.write_field(edit);
    context.report.edits.push_back(std::move(edit));
  }
  if (change.indicators.empty()) return;
  IndicatorEditor(context, change, original, edited).run();
}

}  // namespace kpiconv::docx_apply
