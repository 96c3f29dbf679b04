#include "formats/csv/csv_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "converter/error.h"
#include "formats/csv/text_decoder.h"

namespace kpiconv {
namespace {

constexpr char kCandidates[] = {',', ';', '\t'};
constexpr int kLinesSampled = 20;

std::string column_name(int col) {
  std::string name;
  for (int n = col + 1; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), char('A' + (n - 1) % 26));
  return name;
}

// Fields per record for the first records of `text` with `delimiter`, quotes respected.
std::vector<int> field_counts(std::string_view text, char delimiter) {
  std::vector<int> counts;
  int fields = 1;
  bool quoted = false;
  for (size_t i = 0; i < text.size() && counts.size() < static_cast<size_t>(kLinesSampled); ++i) {
    char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == delimiter) {
      ++fields;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      counts.push_back(fields);
      fields = 1;
    }
  }
  if (counts.size() < static_cast<size_t>(kLinesSampled) && fields > 1) counts.push_back(fields);
  return counts;
}

}  // namespace

char detect_delimiter(std::string_view text) {
  char best = ',';
  int best_score = 0;
  for (char candidate : kCandidates) {
    std::vector<int> counts = field_counts(text, candidate);
    if (counts.empty() || counts.front() < 2) continue;
    // Most fields in the heading, as long as the following records agree with it.
    int agreeing = 0;
    for (int count : counts) agreeing += count == counts.front() ? 1 : 0;
    int score = counts.front() * agreeing;
    if (score > best_score) {
      best_score = score;
      best = candidate;
    }
  }
  return best;
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text, char delimiter) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool field_started = false;
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    record.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
    } else {
      field += c;
      field_started = true;
    }
  }
  if (field_started || !field.empty() || !record.empty()) end_record();
  return records;
}

std::string without_formula_guard(std::string text) {
  if (text.size() >= 2 && text[0] == '\'' &&
      std::string_view("=+-@\t\r'").find(text[1]) != std::string_view::npos) {
    text.erase(0, 1);
  }
  return text;
}

bool CsvReader::claims(const InputProbe& probe) const {
  std::optional<DecodedText> head = decode_text(probe.head());
  if (!head && probe.size() > probe.head().size()) {
    // The sample may end inside a multi-byte character; try it a few bytes shorter.
    std::string_view sample = probe.head();
    for (int cut = 1; cut < 4 && !head; ++cut)
      head = decode_text(sample.substr(0, sample.size() - cut));
  }
  if (!head) return false;
  std::string_view text = head->text;
  std::string_view first_line = text.substr(0, text.find_first_of("\r\n"));
  return first_line.find_first_of(",;\t") != std::string_view::npos;
}

void CsvReader::read(const std::string& path, BlockSink& sink, const ReadOptions& options) const {
  // The whole file is held in memory (then decoded, then split), so its size is checked first.
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(path, size_error);
  if (!size_error && size > options.max_part_bytes) {
    throw_unreadable(path, "CSV file of " + std::to_string(size) +
                               " bytes, more than the limit of " +
                               std::to_string(options.max_part_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_unreadable(path, "cannot open the file");
  std::ostringstream content;
  content << in.rdbuf();
  std::string bytes = content.str();
  std::optional<DecodedText> decoded = decode_text(bytes);
  if (!decoded) throw_unreadable(path, "not text in a known encoding (UTF-8, GB18030, UTF-16)");
  if (decoded->text.size() > options.max_text_bytes) {
    // GB18030 and UTF-16 grow by up to half as UTF-8.
    throw_unreadable(path, "too much text: the CSV file decodes to " +
                               std::to_string(decoded->text.size()) +
                               " bytes of UTF-8, more than the limit of " +
                               std::to_string(options.max_text_bytes));
  }

  std::vector<std::vector<std::string>> records =
      parse_csv(decoded->text, detect_delimiter(decoded->text));
  Table table;
  table.rows = static_cast<int>(records.size());
  for (const auto& record : records)
    table.cols = std::max(table.cols, static_cast<int>(record.size()));
  table.where.locator = "A1";
  for (int r = 0; r < table.rows; ++r) {
    std::string row_number = std::to_string(r + 1);
    table.row_where.push_back({"", row_number + ":" + row_number});
    auto& record = records[static_cast<size_t>(r)];
    for (int c = 0; c < static_cast<int>(record.size()); ++c) {
      Cell cell;
      cell.row = r;
      cell.col = c;
      cell.text = without_formula_guard(std::move(record[static_cast<size_t>(c)]));
      cell.where.locator = column_name(c) + row_number;
      table.cells.push_back(std::move(cell));
    }
  }
  table.index_cells();
  sink.metadata({});
  if (table.rows > 0) sink.block(std::move(table));
}

}  // namespace kpiconv
