#include "converter/recognize/recognizer.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "converter/normalize/normalizer.h"
#include "converter/recognize/project_table.h"
#include "converter/recognize/unit_line.h"
#include "converter/text/text.h"

namespace kpiconv {
namespace {

constexpr size_t kRecentParagraphs = 16;
// A generic table's caption is a short line, not a sentence of the narrative.
constexpr size_t kLongestCaptionBytes = 240;

bool is_title_style(const std::string& style) {
  std::string key = ascii_lowercase(label_key(style));
  return key == "title" || key == "标题";
}

UChar32 first_code_point(std::string_view text) {
  int32_t i = 0;
  UChar32 c = -1;
  if (!text.empty()) {
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  }
  return c;
}

UChar32 last_code_point(std::string_view text) {
  auto i = static_cast<int32_t>(text.size());
  UChar32 c = -1;
  if (!text.empty()) U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c;
}

bool is_ascii_alphanumeric(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Title lines broken for layout join without a gap, except between two Latin words or numbers.
void append_title_line(std::string& title, std::string_view line) {
  if (!title.empty() && is_ascii_alphanumeric(last_code_point(title)) &&
      is_ascii_alphanumeric(first_code_point(line))) {
    title += ' ';
  }
  title += line;
}

bool is_sheet_name(const Paragraph& paragraph) {
  return paragraph.style == kSheetStyle || paragraph.style == kHiddenSheetStyle;
}

bool ends_like_a_sentence(std::string_view text) {
  UChar32 c = last_code_point(text);
  return c == U'。' || c == U'；' || c == ';' || c == U'：' || c == ':' || c == U'，';
}

Field field_of(const Paragraph& paragraph, std::string_view text) {
  Field field;
  field.text = std::string(text);
  field.where = paragraph.where;
  return field;
}

}  // namespace

Recognizer::Recognizer(const Vocabulary& vocabulary)
    : vocabulary_(vocabulary), flat_tables_(vocabulary, filing_.projects, filing_.findings) {}

void Recognizer::metadata(const DocumentMetadata& metadata) {
  metadata_title_ = std::string(trim(metadata.title));
  source_format_ = metadata.source_format;
}

void Recognizer::block(Block&& block) {
  if (auto* paragraph = std::get_if<Paragraph>(&block)) {
    on_paragraph(std::move(*paragraph));
  } else {
    on_table(std::move(std::get<Table>(block)));
  }
}

void Recognizer::warning(Warning&& warning) {
  filing_.findings.push_back({"reader-warning", Severity::kWarning, std::move(warning.message), "",
                              std::move(warning.where)});
}

void Recognizer::on_paragraph(Paragraph&& paragraph) {
  std::string_view text = trim(paragraph.text);
  if (text.empty()) return;
  if (title_state_ != TitleState::kDone) {
    if (is_title_style(paragraph.style)) {
      append_title_line(styled_title_, text);
      title_state_ = TitleState::kInTitle;
    } else if (title_state_ == TitleState::kInTitle) {
      title_state_ = TitleState::kDone;
    }
  }
  recent_.push_back(std::move(paragraph));
  if (recent_.size() > kRecentParagraphs) recent_.pop_front();
}

void Recognizer::on_table(Table&& table) {
  if (title_state_ == TitleState::kInTitle) title_state_ = TitleState::kDone;
  if (std::optional<SourceSheet> sheet = read_source_sheet(table)) {
    source_sheet_ = std::move(sheet);
    recent_.clear();
    return;
  }
  if (is_report_sheet(table)) {  // 校验 is made anew by this reading; 冲突 is no part of a filing
    recent_.clear();
    return;
  }
  if (flat_tables_.read(table)) {
    read_flat_table_ = true;
    last_table_was_project_ = false;
    recent_.clear();
    return;
  }

  // The paragraphs just above: amount unit, unit line, and the project's title, newest first.
  TableContext context;
  for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
    // A sheet's name introduces its grid but is no project's title: a form sheet carries its own.
    if (is_sheet_name(*it)) break;
    std::string_view text = trim(it->text);
    if (auto unit = vocabulary_.amount_unit_of(text)) {
      if (context.amount_unit.where.empty()) context.amount_unit = field_of(*it, *unit);
      continue;
    }
    if (auto line = parse_unit_line(text)) {
      if (context.unit_code.where.empty()) {
        context.unit_code = field_of(*it, line->code);
        context.unit_name = field_of(*it, line->name);
      }
      continue;
    }
    context.title = field_of(*it, text);
    break;
  }
  context.continues_last_project = last_table_was_project_ && recent_.empty();
  bool new_sheet = std::any_of(recent_.begin(), recent_.end(), is_sheet_name);
  if (last_table_was_project_ && !new_sheet && !filing_.projects.empty() &&
      filing_.projects.back().indicators.empty() && context.title.text.empty()) {
    context.continues_last_project = true;  // header table, a blank line, then the indicators
  }

  ProjectTableReader reader(table, vocabulary_, context, filing_.projects, filing_.findings);
  last_table_was_project_ = reader.read();
  if (!last_table_was_project_ && table.rows > 0) {
    filing_.tables.push_back({generic_table_title(table), std::move(table)});
  }
  recent_.clear();
  if (!read_flat_table_) send_projects(1);
}

void Recognizer::send_projects(size_t kept) {
  std::vector<Project>& projects = filing_.projects;
  if (sink_ == nullptr || projects.size() <= kept) return;
  const auto sent = projects.end() - static_cast<std::ptrdiff_t>(kept);
  for (auto it = projects.begin(); it != sent; ++it) {
    complete(*it);
    sink_->project(std::move(*it));
  }
  projects.erase(projects.begin(), sent);
}

void Recognizer::complete(Project& project) const {
  // Every 指标值 gets its parse beside its text, whatever layout it came in.
  for (Indicator& indicator : project.indicators) {
    indicator.parsed = parse_indicator_value(indicator.value.text, vocabulary_);
  }
}

std::string Recognizer::generic_table_title(const Table& table) const {
  std::vector<const Cell*> first_row = table.row_cells(0);
  if (first_row.size() == 1 && first_row[0]->col_span == table.cols && table.cols > 1 &&
      !is_blank(first_row[0]->text)) {
    return std::string(trim(first_row[0]->text));
  }
  if (recent_.empty()) return {};
  std::string_view caption = trim(recent_.back().text);
  if (caption.size() > kLongestCaptionBytes || ends_like_a_sentence(caption)) return {};
  return std::string(caption);
}

Filing Recognizer::finish(SourceInfo source) {
  filing_.source = std::move(source);
  if (!source_format_.empty()) filing_.source.format = source_format_;
  if (sink_ != nullptr) {
    send_projects(0);
  } else {
    for (Project& project : filing_.projects) complete(project);
  }
  filing_.title = !styled_title_.empty() ? styled_title_ : metadata_title_;
  if (source_sheet_) {
    // A workbook kpiconv wrote: the title and the tables' full titles as they were.
    if (source_sheet_->title) filing_.title = *source_sheet_->title;
    for (GenericTable& table : filing_.tables) {
      auto full = source_sheet_->table_titles.find(table.grid.where.locator);
      if (full != source_sheet_->table_titles.end()) table.title = full->second;
    }
  }
  return std::move(filing_);
}

Filing recognize(const Document& document) {
  Recognizer recognizer;
  recognizer.metadata(document.metadata);
  for (const Warning& warning : document.warnings) recognizer.warning(Warning(warning));
  for (const Block& block : document.blocks) recognizer.block(Block(block));
  return recognizer.finish({document.source_path, document.format});
}

}  // namespace kpiconv
