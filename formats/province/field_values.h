// A filing's fields as a province template writes them, and back: budget figures in the mapping's
// amount unit as numbers, 指标值 split into 计算符号 (the mapping's words), number and unit with
// its 指标性质, categories with their codes ("101 数量指标").
#pragma once

#include <map>
#include <string>

#include "converter/model/filing.h"
#include "formats/province/mapping.h"

namespace kpiconv::province {

struct FieldText {
  std::string text;
  bool number = false;  // a clean decimal the cell should hold as a number
};

// What `field` writes for `project` and, for indicator fields, `indicator` (nullptr: a project
// without indicators, whose indicator fields are blank).
FieldText field_text(FieldId field, const Project& project, const Indicator* indicator,
                     const Mapping& mapping);

// The fields of one project or indicator as read from a filled template, put back together.
class FieldReader {
 public:
  explicit FieldReader(const Mapping& mapping) : mapping_(mapping) {}
  // `text` as the cell shows it; for a number, its exact decimal.
  void set(FieldId field, std::string text, Provenance where = {});
  bool has_project_identity() const;
  bool has_indicator() const;
  // Writes what was read into the project (its own fields only) and returns the indicator.
  void fill_project(Project& project) const;
  Indicator indicator() const;

 private:
  std::string get(FieldId field) const;
  Field field(FieldId field) const;
  std::string category_name(std::string_view text) const;

  const Mapping& mapping_;
  std::map<FieldId, Field> values_;
};

}  // namespace kpiconv::province
