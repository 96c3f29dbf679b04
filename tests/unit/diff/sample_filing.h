// Small filings for the diff and merge tests: a project with indicators, another table, each
// field placed in a cell of word/document.xml so places show in reports.
#pragma once

#include <string>
#include <vector>

#include "converter/model/filing.h"

namespace kpiconv::test {

Field placed(std::string text, std::string locator);
Indicator sample_indicator(std::string level1, std::string level2, std::string level3,
                           std::string value, std::string description = "");
// Project P1-style: code, name, budget 24.00 = 24.00 + "", three indicators.
Project sample_project(std::string code, std::string name, int table = 1);
// A 2 x 2 table: 名称 | 数量 / 电脑 | 3.
GenericTable sample_table(std::string title);
Filing sample_filing(std::vector<Project> projects, std::vector<GenericTable> tables = {});

}  // namespace kpiconv::test
