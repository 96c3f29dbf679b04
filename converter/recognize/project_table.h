// Reads the rows of one table into projects: the header block (项目编码 … 绩效目标) and the
// indicator block (一级指标 …), in one table or two, one project or many.
#pragma once

#include <optional>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/normalize/vocabulary.h"

namespace kpiconv {

// What the paragraphs before a table say about the project it may start.
struct TableContext {
  Field title;
  Field unit_code;
  Field unit_name;
  Field amount_unit;
  // The previous table was a project table and nothing in between says a new project starts, so an
  // indicator block without a header continues the last project.
  bool continues_last_project = false;
};

class ProjectTableReader {
 public:
  ProjectTableReader(const Table& table, const Vocabulary& vocabulary, const TableContext& context,
                     std::vector<Project>& projects, std::vector<Finding>& findings);

  // Reads the table; false when it holds no project content (a generic table).
  bool read();

 private:
  struct Row {
    int index = 0;
    std::vector<const Cell*> cells;
    std::vector<std::optional<Label>> labels;  // per cell
  };
  enum class Expect { kNothing, kPurpose, kPlanValues, kGoalsContinued };
  struct IndicatorColumns {
    int level1 = -1, level2 = -1, level3 = -1, description = -1, value = -1, basis = -1;
  };
  struct UnitInfo {
    Field code, name, amount_unit;
    bool present() const { return !code.text.empty() || !amount_unit.text.empty(); }
  };

  bool looks_like_project_table();
  Row analyze(int row_index);
  static bool value_beside(const Row& row, size_t i);
  std::optional<Label> label_of(const Cell& cell);
  Project& project() { return projects_[current_]; }
  void start_project();
  void ensure_project();
  bool project_started_here() const { return current_ != kNone && current_ >= first_here_; }

  void read_identity(const Row& row);
  void read_header_labels(const Row& row);
  void read_purpose(const Row& row);
  void read_spending_plan(int value_row);
  void append_goals(const Row& row);
  void start_indicators(const Row& row);
  void read_indicator(const Row& row);
  bool read_unit_line(const Row& row);

  const Table& table_;
  const Vocabulary& vocabulary_;
  const TableContext& context_;
  std::vector<Project>& projects_;
  std::vector<Finding>& findings_;
  std::vector<signed char> label_cache_;  // per cell: -2 unknown, -1 none, else Label

  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t current_ = kNone;
  size_t first_here_ = 0;  // index of the first project started in this table
  bool content_ = false;
  Expect expect_ = Expect::kNothing;
  const Cell* budget_label_ = nullptr;
  const Cell* goals_label_ = nullptr;
  int plan_header_row_ = -1;
  int plan_label_end_ = 0;
  bool in_indicators_ = false;
  bool seen_code_ = false;  // the current project's 项目编码 / 项目名称 rows were read
  bool seen_name_ = false;
  IndicatorColumns columns_;
  UnitInfo pending_unit_;
  Field pending_title_;
};

}  // namespace kpiconv
