#include "converter/diff/diff_report.h"

#include <algorithm>
#include <map>
#include <vector>

namespace kpiconv {
namespace {

using Json = nlohmann::ordered_json;

struct FieldLabel {
  const char* zh;
  const char* en;
};

const std::map<std::string, FieldLabel>& labels() {
  static const std::map<std::string, FieldLabel> labels = {
      {"title", {"项目标题", "project title"}},
      {"unit_code", {"单位编码", "unit code"}},
      {"unit_name", {"单位名称", "unit name"}},
      {"amount_unit", {"金额单位", "amount unit"}},
      {"code", {"项目编码", "project code"}},
      {"name", {"项目名称", "project name"}},
      {"budget.total", {"预算数", "budget"}},
      {"budget.fiscal", {"其中：财政资金", "of which fiscal funds"}},
      {"budget.other", {"其他资金", "other funds"}},
      {"purpose", {"资金用途", "use of funds"}},
      {"spending_plan[0]", {"3月底", "spent by end of March"}},
      {"spending_plan[1]", {"6月底", "spent by end of June"}},
      {"spending_plan[2]", {"10月底", "spent by end of October"}},
      {"spending_plan[3]", {"12月底", "spent by end of December"}},
      {"goals", {"绩效目标", "performance goals"}},
      {"level1", {"一级指标", "level 1"}},
      {"level2", {"二级指标", "level 2"}},
      {"level3", {"三级指标", "level 3"}},
      {"description", {"绩效指标描述", "description"}},
      {"value", {"指标值", "target value"}},
      {"basis", {"指标值确定依据", "basis of the value"}},
  };
  return labels;
}

class TextReport {
 public:
  TextReport(Language language, std::ostream& out)
      : english_(language == Language::kEnglish), language_(language), out_(out) {}

  void write(const FilingDiff& diff, const Filing& before, const Filing& after) {
    out_ << "--- " << before.source.path << " (" << before.source.format << ")\n";
    out_ << "+++ " << after.source.path << " (" << after.source.format << ")\n";
    for (const FieldChange& change : diff.filing_fields) {
      out_ << (english_ ? "filing title" : "文件标题") << colon() << shown(change.before) << " → "
           << shown(change.after) << '\n';
    }
    for (const ProjectChange& project : diff.projects) write_project(project, before, after);
    for (const TableChange& table : diff.tables) write_table(table);
  }

 private:
  const char* colon() const { return english_ ? ": " : "："; }

  std::string place(const Provenance& where) const {
    if (where.empty()) return "";
    return english_ ? " (" + where.to_string() + ")" : "（" + where.to_string() + "）";
  }

  // A value on one line: "（空）" for nothing, line breaks shown as ↵.
  std::string shown(const std::string& text) const {
    if (text.empty()) return english_ ? "(empty)" : "（空）";
    std::string line;
    for (char c : text) {
      if (c == '\r') continue;
      if (c == '\n') {
        line += "↵";
      } else {
        line += c;
      }
    }
    return line;
  }

  void write_field(const FieldChange& change, const char* indent) {
    out_ << indent << field_label(change.field, language_) << colon() << shown(change.before)
         << " → " << shown(change.after) << place(change.where) << '\n';
  }

  static std::string path_of(const Indicator& indicator) {
    return indicator.level1.text + " / " + indicator.level2.text + " / " + indicator.level3.text;
  }

  static std::string project_heading(const Project& project) {
    std::string heading = project.code.text;
    if (!project.name.text.empty()) heading += (heading.empty() ? "" : " ") + project.name.text;
    return heading.empty() ? project.title.text : heading;
  }

  void write_project(const ProjectChange& change, const Filing& before, const Filing& after) {
    const Project& project = change.pair.removed() ? before.projects[change.pair.before]
                                                   : after.projects[change.pair.after];
    switch (change.kind) {
      case ChangeKind::kAdded:
        out_ << (english_ ? "added project " : "新增项目 ") << project_heading(project) << '\n';
        return;
      case ChangeKind::kRemoved:
        out_ << (english_ ? "removed project " : "删除项目 ") << project_heading(project) << '\n';
        return;
      default:
        break;
    }
    out_ << (english_ ? "project " : "项目 ") << project_heading(project) << '\n';
    for (const FieldChange& field : change.fields) write_field(field, "  ");
    const Project& old_project = before.projects[change.pair.before];
    for (const IndicatorChange& indicator : change.indicators) {
      write_indicator(indicator, old_project, project);
    }
  }

  void write_indicator(const IndicatorChange& change, const Project& before, const Project& after) {
    const std::string number =
        std::to_string((change.pair.removed() ? change.pair.before : change.pair.after) + 1);
    switch (change.kind) {
      case ChangeKind::kAdded:
        out_ << (english_ ? "  added indicator " : "  新增指标 ") << number << colon()
             << path_of(after.indicators[change.pair.after]) << '\n';
        return;
      case ChangeKind::kRemoved:
        out_ << (english_ ? "  removed indicator " : "  删除指标 ") << number << colon()
             << path_of(before.indicators[change.pair.before]) << '\n';
        return;
      case ChangeKind::kRenamed:
        out_ << (english_ ? "  indicator " + number + " renamed: " : "  指标 " + number + " 改名：")
             << path_of(before.indicators[change.pair.before]) << " → "
             << path_of(after.indicators[change.pair.after]) << '\n';
        for (const FieldChange& field : change.fields) {
          if (field.field != "level3") write_field(field, "    ");
        }
        return;
      case ChangeKind::kChanged:
        out_ << (english_ ? "  indicator " : "  指标 ") << number << (english_ ? " (" : "（")
             << path_of(after.indicators[change.pair.after]) << (english_ ? ")" : "）") << '\n';
        for (const FieldChange& field : change.fields) write_field(field, "    ");
        return;
    }
  }

  void write_table(const TableChange& change) {
    const std::string title = "“" + change.title + "”";
    switch (change.kind) {
      case ChangeKind::kAdded:
        out_ << (english_ ? "added table " : "新增表格 ") << title << '\n';
        return;
      case ChangeKind::kRemoved:
        out_ << (english_ ? "removed table " : "删除表格 ") << title << '\n';
        return;
      default:
        break;
    }
    out_ << (english_ ? "table " : "表格 ") << title << '\n';
    if (change.shape_changed) {
      out_ << (english_ ? "  rows, columns or merged cells changed\n"
                        : "  行、列或合并单元格有变化\n");
    }
    for (const CellChange& cell : change.cells) {
      out_ << "  " << cell_name(cell.row, cell.col) << colon() << shown(cell.before) << " → "
           << shown(cell.after) << place(cell.where) << '\n';
    }
  }

  bool english_;
  Language language_;
  std::ostream& out_;
};

Json index_json(int index) {
  return index < 0 ? Json(nullptr) : Json(index + 1);
}

Json fields_json(const std::vector<FieldChange>& changes) {
  Json fields = Json::array();
  for (const FieldChange& change : changes) {
    fields.push_back(Json{{"field", change.field},
                          {"before", change.before},
                          {"after", change.after},
                          {"place", change.where.to_string()}});
  }
  return fields;
}

Json path_json(const std::vector<Indicator>& indicators, int index) {
  if (index < 0) return nullptr;
  const Indicator& indicator = indicators[static_cast<size_t>(index)];
  return Json::array({indicator.level1.text, indicator.level2.text, indicator.level3.text});
}

Json project_json(const ProjectChange& change, const Filing& before, const Filing& after) {
  const Project& project = change.pair.removed() ? before.projects[change.pair.before]
                                                 : after.projects[change.pair.after];
  Json json{{"change", to_string(change.kind)},
            {"identity", change.identity},
            {"code", project.code.text},
            {"name", project.name.text},
            {"before_index", index_json(change.pair.before)},
            {"after_index", index_json(change.pair.after)},
            {"fields", fields_json(change.fields)}};
  Json indicators = Json::array();
  for (const IndicatorChange& indicator : change.indicators) {
    const std::vector<Indicator> none;
    const std::vector<Indicator>& old_list =
        change.pair.before < 0 ? none : before.projects[change.pair.before].indicators;
    const std::vector<Indicator>& new_list =
        change.pair.after < 0 ? none : after.projects[change.pair.after].indicators;
    indicators.push_back(Json{{"change", to_string(indicator.kind)},
                              {"before_index", index_json(indicator.pair.before)},
                              {"after_index", index_json(indicator.pair.after)},
                              {"path_before", path_json(old_list, indicator.pair.before)},
                              {"path_after", path_json(new_list, indicator.pair.after)},
                              {"fields", fields_json(indicator.fields)}});
  }
  json["indicators"] = std::move(indicators);
  return json;
}

Json table_json(const TableChange& change) {
  Json cells = Json::array();
  for (const CellChange& cell : change.cells) {
    cells.push_back(Json{{"row", cell.row + 1},
                         {"col", cell.col + 1},
                         {"cell", cell_name(cell.row, cell.col)},
                         {"before", cell.before},
                         {"after", cell.after},
                         {"place", cell.where.to_string()}});
  }
  return Json{{"change", to_string(change.kind)},
              {"title", change.title},
              {"before_index", index_json(change.pair.before)},
              {"after_index", index_json(change.pair.after)},
              {"shape_changed", change.shape_changed},
              {"cells", std::move(cells)}};
}

}  // namespace

std::string field_label(const std::string& field, Language language) {
  const bool english = language == Language::kEnglish;
  auto found = labels().find(field);
  if (found != labels().end()) return english ? found->second.en : found->second.zh;
  if (field.starts_with("extra.")) {
    std::string heading = field.substr(6);
    return english ? "column " + heading : heading;
  }
  return field;
}

std::string edit_label(const std::string& what, Language language) {
  if (language == Language::kEnglish) return what;
  std::vector<std::string> words;
  for (size_t start = 0; start <= what.size();) {
    size_t end = std::min(what.find(' ', start), what.size());
    words.push_back(what.substr(start, end - start));
    start = end + 1;
  }
  const std::string& last = words.back();
  if (words.size() == 2 && words[0] == "project") {
    if (last == "added") return "新增项目";
    if (last == "removed") return "删除项目";
  }
  if (words.size() == 3 && words[0] == "indicator") {
    if (last == "added") return "新增指标 " + words[1];
    if (last == "removed") return "删除指标 " + words[1];
    return "指标 " + words[1] + " " + field_label(last, language);
  }
  if (words.size() >= 3 && words[0] == "table") {
    std::string table = "表格 " + words[1];
    if (words.size() == 3 && last == "added") return "新增" + table;
    if (words.size() == 3 && last == "removed") return "删除" + table;
    if (words.size() == 4 && words[2] == "cell") return table + " 单元格 " + last;
    if (last == "shape" || last == "columns") return table + " 行列与合并";
  }
  if (words.size() == 1) return field_label(what, language);
  return what;
}

void write_diff_text(const FilingDiff& diff, const Filing& before, const Filing& after,
                     Language language, std::ostream& out) {
  if (diff.empty()) return;
  TextReport(language, out).write(diff, before, after);
}

nlohmann::ordered_json diff_to_json(const FilingDiff& diff, const Filing& before,
                                    const Filing& after) {
  Json projects = Json::array();
  for (const ProjectChange& project : diff.projects) {
    projects.push_back(project_json(project, before, after));
  }
  Json tables = Json::array();
  for (const TableChange& table : diff.tables) tables.push_back(table_json(table));
  return Json{{"schema", kDiffSchema},
              {"equal", diff.empty()},
              {"a", Json{{"path", before.source.path}, {"format", before.source.format}}},
              {"b", Json{{"path", after.source.path}, {"format", after.source.format}}},
              {"filing", fields_json(diff.filing_fields)},
              {"projects", std::move(projects)},
              {"tables", std::move(tables)}};
}

}  // namespace kpiconv
