// Tables laid out as records under a header row: kpiconv's CSV, the 项目 and 指标 sheets of its
// workbooks, an office's own import sheet. Columns are found by their headings in any order and
// under any synonym; columns nobody knows are kept as extras and reported, never dropped.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/model/flat_columns.h"
#include "converter/normalize/vocabulary.h"

namespace kpiconv {

class FlatTableReader {
 public:
  FlatTableReader(const Vocabulary& vocabulary, std::vector<Project>& projects,
                  std::vector<Finding>& findings);

  // Reads `table` if it is a flat layout; false (and nothing read) otherwise. Projects are joined
  // across tables by 项目序号, else by 项目编码 and 项目名称, so a 指标 sheet finds its 项目 rows.
  bool read(const Table& table);

 private:
  struct Column {
    int col = 0;
    std::optional<FlatColumn> kind;  // nullopt: a column kpiconv does not know
    std::string heading;
  };

  std::optional<FlatColumn> column_kind(const Cell& cell) const;
  std::vector<Column> header_columns(const Table& table, int row) const;
  bool is_header(const Table& table, int row, const std::vector<Column>& columns) const;
  size_t project_for(const Table& table, int row, const std::vector<Column>& columns,
                     bool rows_are_projects);

  const Vocabulary& vocabulary_;
  std::vector<Project>& projects_;
  std::vector<Finding>& findings_;
  std::unordered_map<std::string, size_t> by_key_;
};

}  // namespace kpiconv
