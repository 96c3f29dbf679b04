#include "formats/csv/csv_writer.h"

#include <fstream>

#include "converter/error.h"
#include "converter/model/flat_columns.h"
#include "formats/csv/text_encoder.h"

namespace kpiconv {
namespace {

// Spreadsheets run a cell starting with one of these as a formula (CSV injection); a ' before it
// makes Excel and LibreOffice show it as text.
bool starts_like_a_formula(std::string_view value) {
  return !value.empty() &&
         std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

// A value that really starts with ' before such a character gets a second ', so the reader's
// taking one off gives it back.
bool needs_guard(std::string_view value) {
  return starts_like_a_formula(value) ||
         (value.size() >= 2 && value[0] == '\'' &&
          std::string_view("=+-@\t\r'").find(value[1]) != std::string_view::npos);
}

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

template <class Fields>
void append_row(std::string& line, const Fields& fields, bool raw) {
  line.clear();
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    if (!raw && needs_guard(fields[i])) {
      append_field(line, "'" + std::string(fields[i]));
    } else {
      append_field(line, fields[i]);
    }
  }
  line += "\r\n";
}

}  // namespace

WriteReport CsvWriter::write(const Filing& filing, const std::filesystem::path& file,
                             const WriteOptions& options) const {
  TextEncoder encoder(options.encoding);
  std::ofstream out(file, std::ios::binary);
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "cannot create the file");
  if (encoder.is_utf8() && options.byte_order_mark) out << "\xEF\xBB\xBF";

  const std::vector<FlatColumn>& columns = csv_columns();
  std::vector<std::string> fields;
  for (FlatColumn column : columns) fields.emplace_back(heading(column));
  std::string line;
  append_row(line, fields, options.csv_raw);
  encoder.write(out, line);
  const Indicator no_indicator;
  size_t number = 0;
  for (const Project& project : filing.projects) {
    const std::string project_number = std::to_string(++number);
    auto write_row = [&](const Indicator& indicator) {
      fields.clear();
      for (FlatColumn column : columns) {
        if (const Field* field = project_field(project, column)) {
          fields.push_back(field->text);
        } else if (const Field* value = indicator_field(indicator, column)) {
          fields.push_back(value->text);
        } else if (is_value_parse_column(column)) {
          fields.push_back(value_parse_text(indicator, column));
        } else {
          fields.push_back(column == FlatColumn::kProjectNumber ? project_number : std::string());
        }
      }
      append_row(line, fields, options.csv_raw);
      encoder.write(out, line);
    };
    // A project without indicators still gets its row, so no project is lost.
    if (project.indicators.empty()) write_row(no_indicator);
    for (const Indicator& indicator : project.indicators) write_row(indicator);
  }
  out.flush();
  if (!out) throw Error(ErrorKind::kOutputFailed, file.string(), "write failed (disk full?)");
  return {};
}

}  // namespace kpiconv
