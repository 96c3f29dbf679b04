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

// Writes the rows of flat_columns.h's CSV layout, optionally after a 来源文件 column.
class CsvRows {
 public:
  CsvRows(const std::filesystem::path& file, const WriteOptions& options, bool source_column)
      : file_(file),
        encoder_(options.encoding),
        raw_(options.csv_raw),
        source_column_(source_column),
        out_(file, std::ios::binary) {
    if (!out_) throw Error(ErrorKind::kOutputFailed, file.string(), "cannot create the file");
    if (encoder_.is_utf8() && options.byte_order_mark) out_ << "\xEF\xBB\xBF";
    if (source_column_) fields_.emplace_back(kSourceFileHeading);
    for (FlatColumn column : csv_columns()) fields_.emplace_back(heading(column));
    write_fields();
  }

  // The rows of the filing's next project: projects are numbered in the order they come.
  void add(const Project& project, const std::string& source) {
    const Indicator no_indicator;
    const std::string project_number = std::to_string(++projects_);
    auto write_row = [&](const Indicator& indicator) {
      fields_.clear();
      if (source_column_) fields_.push_back(source);
      for (FlatColumn column : csv_columns()) {
        if (const Field* field = project_field(project, column)) {
          fields_.push_back(field->text);
        } else if (const Field* value = indicator_field(indicator, column)) {
          fields_.push_back(value->text);
        } else if (is_value_parse_column(column)) {
          fields_.push_back(value_parse_text(indicator, column));
        } else {
          fields_.push_back(column == FlatColumn::kProjectNumber ? project_number : std::string());
        }
      }
      write_fields();
    };
    // A project without indicators still gets its row, so no project is lost.
    if (project.indicators.empty()) write_row(no_indicator);
    for (const Indicator& indicator : project.indicators) write_row(indicator);
  }

  // Numbering starts again at 1 for the next filing.
  void next_filing() { projects_ = 0; }

  void finish() {
    out_.flush();
    if (!out_) throw Error(ErrorKind::kOutputFailed, file_.string(), "write failed (disk full?)");
  }

 private:
  void write_fields() {
    append_row(line_, fields_, raw_);
    encoder_.write(out_, line_);
  }

  std::filesystem::path file_;
  TextEncoder encoder_;
  bool raw_;
  bool source_column_;
  std::ofstream out_;
  std::vector<std::string> fields_;
  std::string line_;
  size_t projects_ = 0;
};

class CombinedCsv : public CombinedWriter {
 public:
  CombinedCsv(const std::filesystem::path& file, const WriteOptions& options)
      : rows_(file, options, true) {}
  std::unique_ptr<FilingStream> next_filing(const std::string& source) override;
  // A CSV has no list of its sources: the failure is the run's to report.
  void add_failure(const std::string&, const std::string&) override {}
  WriteReport finish() override {
    rows_.finish();
    return {};
  }

 private:
  CsvRows rows_;
};

// One filing's rows of a combined CSV, numbered from 1.
class CombinedCsvFiling : public FilingStream {
 public:
  CombinedCsvFiling(CsvRows& rows, std::string source) : rows_(rows), source_(std::move(source)) {
    rows_.next_filing();
  }
  void add(const Project& project) override { rows_.add(project, source_); }
  WriteReport finish(const Filing& /*rest*/) override { return {}; }

 private:
  CsvRows& rows_;
  std::string source_;
};

std::unique_ptr<FilingStream> CombinedCsv::next_filing(const std::string& source) {
  return std::make_unique<CombinedCsvFiling>(rows_, source);
}

class CsvStream : public FilingStream {
 public:
  CsvStream(const std::filesystem::path& file, const WriteOptions& options)
      : rows_(file, options, false) {}
  void add(const Project& project) override { rows_.add(project, {}); }
  WriteReport finish(const Filing& /*rest*/) override {
    rows_.finish();
    return {};
  }

 private:
  CsvRows rows_;
};

}  // namespace

WriteReport CsvWriter::write(const Filing& filing, const std::filesystem::path& file,
                             const WriteOptions& options) const {
  return write_through(*stream(file, options), filing);
}

std::unique_ptr<FilingStream> CsvWriter::stream(const std::filesystem::path& file,
                                                const WriteOptions& options) const {
  return std::make_unique<CsvStream>(file, options);
}

std::unique_ptr<CombinedWriter> CsvWriter::combine(const std::filesystem::path& file,
                                                   const WriteOptions& options) const {
  return std::make_unique<CombinedCsv>(file, options);
}

}  // namespace kpiconv
