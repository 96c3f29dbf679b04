// The canonical filing: what a 部门预算绩效文本 says, whatever format it came in. Every value keeps
// its source text exactly (ends trimmed) and the place it was read from; parsed forms are added
// beside the text by later stages, never instead of it.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "converter/model/document.h"
#include "converter/model/provenance.h"
#include "converter/values/indicator_value.h"

namespace kpiconv {

struct Field {
  std::string text;        // source text, ends trimmed
  Provenance where;        // the cell (or paragraph) it was read from; empty when absent
  bool inherited = false;  // filled down from the row above (vertical merge or blank continuation)
  bool operator==(const Field&) const = default;
};

// A column of a flat layout that kpiconv does not know: kept as read, under its heading.
struct ExtraField {
  std::string heading;
  Field field;
  bool operator==(const ExtraField&) const = default;
};

struct Indicator {
  Field level1;        // 一级指标
  Field level2;        // 二级指标
  Field level3;        // 三级指标
  Field description;   // 绩效指标描述
  Field value;         // 指标值
  Field basis;         // 指标值确定依据
  ParsedValue parsed;  // what `value` says: kind, comparator, number, unit (derived, never read)
  Provenance row;      // the table row the indicator was read from
  std::vector<ExtraField> extras;
  bool operator==(const Indicator&) const = default;
};

struct Budget {
  Field total;   // 预算数
  Field fiscal;  // 其中：财政资金
  Field other;   // 其他资金
  bool operator==(const Budget&) const = default;
};

struct Project {
  Field title;        // the paragraph naming the table ("1. 定额补助资金绩效目标表")
  Field unit_code;    // 471001
  Field unit_name;    // 怀来县工业和信息化局
  Field amount_unit;  // 万元 | 元
  Field code;         // 项目编码 / 项目编号
  Field name;         // 项目名称
  Budget budget;
  Field purpose;                       // 资金用途
  std::array<Field, 4> spending_plan;  // 3月底, 6月底, 10月底 (or 9月底), 12月底
  Field goals;                         // 绩效目标
  std::vector<Indicator> indicators;
  std::vector<ExtraField> extras;
  Provenance where;  // the table holding the header block
  bool operator==(const Project&) const = default;
};

// Any table of the filing that is not a project table, kept whole.
struct GenericTable {
  std::string title;
  Table grid;
};

enum class Severity { kError, kWarning, kInfo };

struct Finding {
  std::string rule;  // stable identifier, e.g. "spending-plan-shifted"
  Severity severity = Severity::kWarning;
  std::string message;
  std::string project_code;  // empty when not about a project
  Provenance where;
  int indicator = 0;  // 1-based position of the indicator within its project, 0 when none
};

struct SourceInfo {
  std::string path;
  std::string format;
};

struct Filing {
  SourceInfo source;
  std::string title;
  std::vector<Project> projects;
  std::vector<GenericTable> tables;
  std::vector<Finding> findings;
};

const char* to_string(Severity severity);

}  // namespace kpiconv
