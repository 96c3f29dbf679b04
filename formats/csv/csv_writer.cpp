#include "formats/csv/csv_writer.h"

#include <fstream>

#include "converter/error.h"
#include "formats/csv/text_encoder.h"

namespace kpiconv {
namespace {

void append_field(std::string& line, std::string_view value) {
  bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    line += value;
    return;
  }
  line += '"';
  for (char c : value) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

void append_row(std::string& line, const std::vector<std::string_view>& fields) {
  line.clear();
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    append_field(line, fields[i]);
  }
  line += "\r\n";
}

}  // namespace

const std::vector<std::string_view>& csv_columns() {
  static const std::vector<std::string_view> columns = {
      "单位编码", "单位名称", "金额单位", "项目编码", "项目名称",     "预算数", "财政资金",
      "其他资金", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};
  return columns;
}

void CsvWriter::write(const Filing& filing, const std::filesystem::path& file,
                      const WriteOptions& options) const {
  TextEncoder encoder(options.encoding);
  std::ofstream out(file, std::ios::binary);
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "cannot create the file");
  if (encoder.is_utf8() && options.byte_order_mark) out << "\xEF\xBB\xBF";

  std::string line;
  append_row(line, csv_columns());
  encoder.write(out, line);
  const Indicator no_indicator;
  for (const Project& project : filing.projects) {
    auto write_row = [&](const Indicator& indicator) {
      append_row(line, {project.unit_code.text, project.unit_name.text, project.amount_unit.text,
                        project.code.text, project.name.text, project.budget.total.text,
                        project.budget.fiscal.text, project.budget.other.text,
                        indicator.level1.text, indicator.level2.text, indicator.level3.text,
                        indicator.description.text, indicator.value.text, indicator.basis.text});
      encoder.write(out, line);
    };
    // A project without indicators still gets its row, so no project is lost.
    if (project.indicators.empty()) write_row(no_indicator);
    for (const Indicator& indicator : project.indicators) write_row(indicator);
  }
  out.flush();
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "write failed (disk full?)");
}

}  // namespace kpiconv
