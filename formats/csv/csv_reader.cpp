#include "formats/csv/csv_reader.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "converter/error.h"
#include "converter/registry/cell_caps.h"
#include "converter/text/text.h"
#include "formats/csv/text_decoder.h"

namespace kpiconv {
namespace {

constexpr char kCandidates[] = {',', ';', '\t'};
constexpr int kLinesSampled = 20;

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

// A quote that opened a field but was no quoted field's: it never closed (the field would have
// taken in the rest of the file) or text other than a delimiter or a line break came after the
// quote that would close it (so that quote opens a field of its own, or is a stray one).
struct StrayQuote {
  size_t line = 0;          // of the file, 1-based, where the quote stands
  int record = 0;           // 0-based, as the table's rows
  int field = 0;            // 0-based, as the table's columns
  size_t closing_line = 0;  // where the text after the would-be closing quote is; 0: never closed
};

bool is_blank_between(char c, char delimiter) {
  return (c == ' ' || c == '\t') && c != delimiter;
}

// True when a quote at `at` - 1 closes its field: only blanks, then a delimiter, a line break or
// the end of the text follow it.
bool closes_field(std::string_view text, size_t at, char delimiter) {
  while (at < text.size() && is_blank_between(text[at], delimiter)) ++at;
  return at == text.size() || text[at] == delimiter || text[at] == '\r' || text[at] == '\n';
}

// Calls `on_field(field)` for every RFC 4180 field of `text` (the callee may move from it),
// `on_record_end()` after each record's last field, and `on_stray_quote(quote)` for each quote
// that opened a field but did not close it properly: the scan goes back to it and reads it as a
// character, the rest of its line as unquoted text, so that no later record is taken in.
template <class OnField, class OnRecordEnd, class OnStrayQuote>
void scan_csv(std::string_view text, char delimiter, OnField on_field, OnRecordEnd on_record_end,
              OnStrayQuote on_stray_quote) {
  std::string field;
  bool quoted = false;
  bool field_started = false;
  bool record_started = false;
  size_t line = 1;
  int record = 0;
  int field_index = 0;
  StrayQuote opening;  // the quote of the quoted field being read
  size_t opening_at = 0;
  auto end_field = [&] {
    on_field(field);
    field.clear();
    field_started = false;
    record_started = true;
    ++field_index;
  };
  auto end_record = [&] {
    end_field();
    on_record_end();
    record_started = false;
    ++record;
    field_index = 0;
  };
  // Nothing was passed on since the quote opened the field (a quoted field ends no field or
  // record): going back to it is safe.
  auto take_quote_as_text = [&](size_t& i, size_t closing_line) {
    opening.closing_line = closing_line;
    on_stray_quote(opening);
    i = opening_at;
    line = opening.line;
    quoted = false;
    field = "\"";
  };
  // A line break is CR LF, LF or a lone CR, counted at its last character.
  auto ends_line = [&](size_t i) {
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  };
  for (size_t i = 0;; ++i) {
    if (i == text.size()) {
      if (!quoted) break;
      take_quote_as_text(i, 0);
      continue;
    }
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (closes_field(text, i + 1, delimiter)) {
          quoted = false;
        } else {
          take_quote_as_text(i, line);
        }
      } else {
        field += c;
        if (ends_line(i)) ++line;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_started) {
      quoted = true;
      field_started = true;
      opening = {line, record, field_index, 0};
      opening_at = i;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      field += c;
      field_started = true;
    }
  }
  if (field_started || !field.empty() || record_started) end_record();
}

std::string stray_quote_message(const StrayQuote& quote) {
  std::string place = "line " + std::to_string(quote.line) + ": the quote that opens field " +
                      cell_name(quote.record, quote.field);
  std::string why = quote.closing_line == 0
                        ? " is never closed (the field would take in the rest of the file)"
                        : " has text after the quote that would close it, on line " +
                              std::to_string(quote.closing_line);
  return place + why + "; it is read as a character and the line as unquoted text";
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw_unreadable(path, "cannot open the file");
  std::string bytes(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    throw_unreadable(path, "cannot read the file");
  return bytes;
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
  std::vector<std::vector<std::string>> records(1);
  scan_csv(
      text, delimiter, [&](std::string& field) { records.back().push_back(std::move(field)); },
      [&] { records.emplace_back(); }, [](const StrayQuote&) {});
  records.pop_back();
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
  std::string refusal;
  std::optional<DecodedText> head = decode_text(probe.head(), &refusal);
  if (!head && probe.size() > probe.head().size()) {
    // The sample may end inside a multi-byte character; try it a few bytes shorter.
    std::string_view sample = probe.head();
    for (int cut = 1; cut < 4 && !head; ++cut)
      head = decode_text(sample.substr(0, sample.size() - cut), &refusal);
  }
  // A byte order mark says the file is text: why it cannot be read, rather than "no known format".
  if (!head && !refusal.empty()) throw_unreadable(probe.path(), refusal);
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
  std::string refusal;
  std::optional<DecodedText> decoded = decode_text(read_whole_file(path), &refusal);
  if (!decoded) {
    throw_unreadable(path, refusal.empty()
                               ? "not text in a known encoding (UTF-8, GB18030, UTF-16, UTF-32)"
                               : refusal);
  }
  if (decoded->text.size() > options.max_text_bytes) {
    // GB18030 and UTF-16 grow by up to half as UTF-8.
    throw_unreadable(path, "too much text: the CSV file decodes to " +
                               std::to_string(decoded->text.size()) +
                               " bytes of UTF-8, more than the limit of " +
                               std::to_string(options.max_text_bytes));
  }
  const std::string& text = decoded->text;
  const char delimiter = detect_delimiter(text);

  // Counted first, so the cells are allocated once: a large table's peak memory is its own size.
  // The count meets the caps before any cell is made.
  size_t fields = 0;
  int record_fields = 0;
  Table table;
  scan_csv(
      text, delimiter, [&](std::string&) { ++fields, ++record_fields; },
      [&] {
        ++table.rows;
        table.cols = std::max(table.cols, record_fields);
        record_fields = 0;
      },
      [&](const StrayQuote& quote) {
        sink.warning(Warning{stray_quote_message(quote),
                             Provenance{"", cell_name(quote.record, quote.field)}});
      });
  CellCaps caps(options);
  CellCaps::Table cells(caps);
  if (!cells.add_cells(fields) || !cells.grow_grid(static_cast<std::uint64_t>(table.rows),
                                                   static_cast<std::uint64_t>(table.cols))) {
    throw_unreadable(path, cells.cause("the CSV file"));
  }
  table.cells.reserve(fields);
  table.where.locator = "A1";
  table.places.style = SourcePlaces::Style::kCellReferences;

  int row = 0;
  int col = 0;
  scan_csv(
      text, delimiter,
      [&](std::string& field) {
        Cell& cell = table.cells.emplace_back();
        cell.row = row;
        cell.col = col;
        cell.text = without_formula_guard(std::move(field));
        ++col;
      },
      [&] {
        ++row;
        col = 0;
      },
      [](const StrayQuote&) {});  // said on the first pass
  decoded.reset();
  table.index_cells();
  sink.metadata({});
  if (table.rows > 0) sink.block(std::move(table));
}

}  // namespace kpiconv
