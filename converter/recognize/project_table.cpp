#include "converter/recognize/project_table.h"

#include <algorithm>

#include "converter/normalize/normalizer.h"
#include "converter/recognize/spending_plan.h"
#include "converter/recognize/unit_line.h"

namespace kpiconv {
namespace {

bool is_indicator_label(Label label) {
  switch (label) {
    case Label::kLevel1:
    case Label::kLevel2:
    case Label::kLevel3:
    case Label::kDescription:
    case Label::kValue:
    case Label::kBasis:
      return true;
    default:
      return false;
  }
}

bool is_header_block_label(Label label) {
  switch (label) {
    case Label::kBudgetBlock:
    case Label::kBudgetTotal:
    case Label::kBudgetFiscal:
    case Label::kBudgetOther:
    case Label::kPurpose:
    case Label::kSpendingPlan:
    case Label::kGoals:
      return true;
    default:
      return false;
  }
}

Field field_of(const Table& table, const Cell& cell) {
  Field field;
  field.text = std::string(trim(cell.text));
  field.where = table.place_of(cell);
  return field;
}

bool blank(const Cell* cell) {
  return cell == nullptr || is_blank(cell->text);
}

constexpr int kMinimumIndicatorHeaderLabels = 3;

}  // namespace

// The value of the label in cell `i` stands right beside it: the next cell, if it touches the label
// (a sheet's empty cell can be a hole) and is not a label itself.
bool ProjectTableReader::value_beside(const Row& row, size_t i) {
  if (i + 1 >= row.cells.size() || row.labels[i + 1]) return false;
  const Cell& label = *row.cells[i];
  return row.cells[i + 1]->col == label.col + label.col_span;
}

ProjectTableReader::ProjectTableReader(const Table& table, const Vocabulary& vocabulary,
                                       const TableContext& context, std::vector<Project>& projects,
                                       std::vector<Finding>& findings)
    : table_(table),
      vocabulary_(vocabulary),
      context_(context),
      projects_(projects),
      findings_(findings),
      label_cache_(table.cells.size(), -2),
      first_here_(projects.size()) {}

std::optional<Label> ProjectTableReader::label_of(const Cell& cell) {
  auto index = static_cast<size_t>(&cell - table_.cells.data());
  signed char& cached = label_cache_[index];
  if (cached == -2) {
    std::optional<Label> label = vocabulary_.label_of(cell.text);
    cached = label ? static_cast<signed char>(*label) : -1;
  }
  if (cached < 0) return std::nullopt;
  return static_cast<Label>(cached);
}

ProjectTableReader::Row ProjectTableReader::analyze(int row_index) {
  Row row;
  row.index = row_index;
  row.cells = table_.row_cells(row_index);
  row.labels.reserve(row.cells.size());
  // A cell merged down from a row above is that row's label, not this one's.
  for (const Cell* cell : row.cells) {
    row.labels.push_back(cell->row == row_index ? label_of(*cell) : std::nullopt);
  }
  return row;
}

void ProjectTableReader::start_project() {
  Project project;
  project.where = table_.where;
  bool first_here = !project_started_here();
  if (!pending_title_.text.empty()) {
    project.title = std::move(pending_title_);
  } else if (first_here) {
    project.title = context_.title;
  }
  pending_title_ = {};
  if (pending_unit_.present()) {
    project.unit_code = std::move(pending_unit_.code);
    project.unit_name = std::move(pending_unit_.name);
    project.amount_unit = std::move(pending_unit_.amount_unit);
  } else if (first_here) {
    project.unit_code = context_.unit_code;
    project.unit_name = context_.unit_name;
    project.amount_unit = context_.amount_unit;
  }
  pending_unit_ = {};
  seen_code_ = seen_name_ = false;
  budget_label_ = goals_label_ = nullptr;
  projects_.push_back(std::move(project));
  current_ = projects_.size() - 1;
  in_indicators_ = false;
  expect_ = Expect::kNothing;
}

void ProjectTableReader::ensure_project() {
  if (!project_started_here()) start_project();
}

bool ProjectTableReader::looks_like_project_table() {
  bool code = false;
  bool name = false;
  std::vector<Label> header_labels;
  for (int r = 0; r < table_.rows; ++r) {
    int indicator_labels = 0;
    for (const Cell* cell : table_.row_cells(r)) {
      if (cell->row != r) continue;
      std::optional<Label> label = label_of(*cell);
      if (!label) continue;
      if (is_indicator_label(*label)) ++indicator_labels;
      code = code || *label == Label::kProjectCode;
      name = name || *label == Label::kProjectName;
      if (is_header_block_label(*label) &&
          std::find(header_labels.begin(), header_labels.end(), *label) == header_labels.end()) {
        header_labels.push_back(*label);
      }
    }
    if (indicator_labels >= kMinimumIndicatorHeaderLabels) return true;
  }
  // 项目名称 with one amount also heads procurement and contract tables (项目名称 | 预算金额); a
  // project's header block has a code, or a name with several of its blocks.
  return code || (name && header_labels.size() >= 2);
}

bool ProjectTableReader::read() {
  if (!looks_like_project_table()) return false;
  for (int r = 0; r < table_.rows; ++r) {
    Row row = analyze(r);
    if (std::all_of(row.cells.begin(), row.cells.end(), blank)) continue;

    int indicator_labels = 0;
    bool identity = false;
    bool header_block = false;
    for (const auto& label : row.labels) {
      if (!label) continue;
      if (is_indicator_label(*label)) ++indicator_labels;
      if (*label == Label::kProjectCode || *label == Label::kProjectName) identity = true;
      if (is_header_block_label(*label)) header_block = true;
    }

    if (indicator_labels >= kMinimumIndicatorHeaderLabels) {
      start_indicators(row);
      continue;
    }
    if (identity) {
      read_identity(row);
      continue;
    }
    if (header_block) {
      read_header_labels(row);
      continue;
    }
    if (expect_ == Expect::kPlanValues) {
      read_spending_plan(r);
      continue;
    }
    const Cell* first = row.cells.front();
    if ((budget_label_ != nullptr && first == budget_label_) ||
        (expect_ == Expect::kPurpose && blank(first))) {
      read_purpose(row);
      continue;
    }
    if ((goals_label_ != nullptr && first == goals_label_) ||
        (expect_ == Expect::kGoalsContinued && blank(first))) {
      append_goals(row);
      continue;
    }
    expect_ = Expect::kNothing;
    if (read_unit_line(row)) continue;
    if (in_indicators_) {
      read_indicator(row);
      continue;
    }
    // A row of one cell across the table: the title of the project that follows.
    if (row.cells.size() == 1 && row.cells[0]->col_span == table_.cols) {
      pending_title_ = field_of(table_, *row.cells[0]);
      continue;
    }
    if (project_started_here()) {
      findings_.push_back({"row-not-recognized", Severity::kWarning,
                           "表格中的一行未能识别，未读入：" + std::string(trim(row.cells[0]->text)),
                           project().code.text, table_.row_place(r)});
    }
  }
  if (content_ && !pending_title_.text.empty()) {
    findings_.push_back({"row-not-recognized", Severity::kWarning,
                         "表格中的一行未能识别，未读入：" + pending_title_.text, "",
                         pending_title_.where});
  }
  return content_;
}

void ProjectTableReader::read_identity(const Row& row) {
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!row.labels[i]) continue;
    Label label = *row.labels[i];
    if (label != Label::kProjectCode && label != Label::kProjectName) continue;
    bool& seen = label == Label::kProjectCode ? seen_code_ : seen_name_;
    bool start_new =
        !project_started_here() || in_indicators_ || !project().indicators.empty() || seen;
    if (start_new) start_project();
    (label == Label::kProjectCode ? seen_code_ : seen_name_) = true;
    content_ = true;
    Field value;
    if (value_beside(row, i)) value = field_of(table_, *row.cells[i + 1]);
    (label == Label::kProjectCode ? project().code : project().name) = std::move(value);
  }
  expect_ = Expect::kNothing;
}

void ProjectTableReader::read_header_labels(const Row& row) {
  ensure_project();
  content_ = true;
  in_indicators_ = false;
  expect_ = Expect::kNothing;
  Project& current = project();
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!row.labels[i]) continue;
    const Cell& cell = *row.cells[i];
    auto value = [&]() -> Field {
      if (value_beside(row, i)) return field_of(table_, *row.cells[i + 1]);
      return {};
    };
    switch (*row.labels[i]) {
      case Label::kBudgetBlock:
        // The purpose is written in the block's own rows below the amounts.
        budget_label_ = &cell;
        expect_ = Expect::kPurpose;
        break;
      case Label::kBudgetTotal:
        current.budget.total = value();
        expect_ = Expect::kPurpose;
        break;
      case Label::kBudgetFiscal:
        current.budget.fiscal = value();
        expect_ = Expect::kPurpose;
        break;
      case Label::kBudgetOther:
        current.budget.other = value();
        expect_ = Expect::kPurpose;
        break;
      case Label::kPurpose:
        current.purpose = value();
        budget_label_ = nullptr;
        expect_ = Expect::kNothing;
        return;
      case Label::kSpendingPlan:
        plan_header_row_ = row.index;
        plan_label_end_ = cell.col + cell.col_span;
        expect_ = Expect::kPlanValues;
        return;
      case Label::kGoals: {
        goals_label_ = &cell;
        std::vector<std::string> lines;
        Field goals;
        for (size_t j = i + 1; j < row.cells.size(); ++j) {
          if (blank(row.cells[j])) continue;
          if (goals.where.empty()) goals.where = table_.place_of(*row.cells[j]);
          lines.emplace_back(trim(row.cells[j]->text));
        }
        for (size_t j = 0; j < lines.size(); ++j) goals.text += (j ? "\n" : "") + lines[j];
        if (goals.where.empty() && i + 1 < row.cells.size())
          goals.where = table_.place_of(*row.cells[i + 1]);
        current.goals = std::move(goals);
        expect_ = Expect::kGoalsContinued;
        return;
      }
      default:
        break;
    }
  }
}

void ProjectTableReader::read_purpose(const Row& row) {
  expect_ = Expect::kNothing;
  Field purpose;
  std::string text;
  for (size_t i = 1; i < row.cells.size(); ++i) {
    const Cell* cell = row.cells[i];
    if (purpose.where.empty()) purpose.where = table_.place_of(*cell);
    if (blank(cell)) continue;
    if (!text.empty()) text += '\n';
    text += trim(cell->text);
  }
  purpose.text = std::move(text);
  project().purpose = std::move(purpose);
}

void ProjectTableReader::read_spending_plan(int value_row) {
  expect_ = Expect::kNothing;
  SpendingPlanReading reading = kpiconv::read_spending_plan(table_, plan_header_row_, value_row,
                                                            plan_label_end_, vocabulary_);
  Project& current = project();
  current.spending_plan = std::move(reading.quarters);
  const Provenance& place = table_.row_place(value_row);
  if (reading.shifted) {
    findings_.push_back({"spending-plan-shifted", Severity::kWarning,
                         "资金支出计划的数值与季度列未对齐，已按顺序读取", current.code.text,
                         place});
  }
  if (reading.overflow) {
    findings_.push_back({"spending-plan-overflow", Severity::kWarning,
                         "资金支出计划的数值多于四个季度，多出的数值未读入", current.code.text,
                         place});
  }
}

void ProjectTableReader::append_goals(const Row& row) {
  Field& goals = project().goals;
  for (size_t i = 1; i < row.cells.size(); ++i) {
    if (blank(row.cells[i])) continue;
    if (!goals.text.empty()) goals.text += '\n';
    goals.text += trim(row.cells[i]->text);
    if (goals.where.empty()) goals.where = table_.place_of(*row.cells[i]);
  }
}

void ProjectTableReader::start_indicators(const Row& row) {
  if (!project_started_here()) {
    if (context_.continues_last_project && !projects_.empty() && current_ == kNone) {
      current_ = projects_.size() - 1;
      first_here_ = current_;
    } else {
      start_project();
      findings_.push_back({"indicators-without-header", Severity::kWarning,
                           "指标表前没有项目编码、项目名称等表头信息", "",
                           table_.row_place(row.index)});
    }
  }
  content_ = true;
  in_indicators_ = true;
  expect_ = Expect::kNothing;
  columns_ = {};
  for (size_t i = 0; i < row.cells.size(); ++i) {
    if (!row.labels[i]) continue;
    int col = row.cells[i]->col;
    auto assign = [col](int& slot) {
      if (slot < 0) slot = col;
    };
    switch (*row.labels[i]) {
      case Label::kLevel1:
        assign(columns_.level1);
        break;
      case Label::kLevel2:
        assign(columns_.level2);
        break;
      case Label::kLevel3:
        assign(columns_.level3);
        break;
      case Label::kDescription:
        assign(columns_.description);
        break;
      case Label::kValue:
        assign(columns_.value);
        break;
      case Label::kBasis:
        assign(columns_.basis);
        break;
      default:
        break;
    }
  }
}

void ProjectTableReader::read_indicator(const Row& row) {
  // A note written across the whole indicator block ends it.
  if (row.cells.size() == 1 && row.cells[0]->col_span == table_.cols && table_.cols > 1) {
    in_indicators_ = false;
    pending_title_ = field_of(table_, *row.cells[0]);
    return;
  }
  auto read = [&](int col) -> Field {
    Field field;
    const Cell* cell = table_.at(row.index, col);
    if (col < 0 || cell == nullptr) return field;
    field = field_of(table_, *cell);
    field.inherited = cell->row < row.index;
    return field;
  };
  Indicator indicator;
  indicator.level1 = read(columns_.level1);
  indicator.level2 = read(columns_.level2);
  indicator.level3 = read(columns_.level3);
  indicator.description = read(columns_.description);
  indicator.value = read(columns_.value);
  indicator.basis = read(columns_.basis);
  indicator.row = table_.row_place(row.index);

  std::vector<Indicator>& indicators = project().indicators;
  if (!indicators.empty()) {
    // Blank 一级/二级 cells continue the group above, as a vertical merge would.
    const Indicator& previous = indicators.back();
    bool same_group = false;
    if (indicator.level1.text.empty()) {
      indicator.level1 = previous.level1;
      indicator.level1.inherited = true;
      same_group = true;
    } else {
      same_group = indicator.level1.text == previous.level1.text;
    }
    if (same_group && indicator.level2.text.empty()) {
      indicator.level2 = previous.level2;
      indicator.level2.inherited = true;
    }
  }
  indicators.push_back(std::move(indicator));
}

bool ProjectTableReader::read_unit_line(const Row& row) {
  if (row.cells.size() > 3) return false;
  UnitInfo unit;
  for (const Cell* cell : row.cells) {
    if (auto amount = vocabulary_.amount_unit_of(cell->text)) {
      unit.amount_unit.text = std::string(*amount);
      unit.amount_unit.where = table_.place_of(*cell);
    } else if (auto line = parse_unit_line(cell->text)) {
      unit.code.text = std::string(line->code);
      unit.code.where = table_.place_of(*cell);
      unit.name.text = std::string(line->name);
      unit.name.where = table_.place_of(*cell);
    } else if (!blank(cell)) {
      return false;
    }
  }
  if (!unit.present()) return false;
  in_indicators_ = false;
  pending_unit_ = std::move(unit);
  return true;
}

}  // namespace kpiconv
