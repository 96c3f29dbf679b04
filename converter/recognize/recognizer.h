// Turns any Document, block by block, into the canonical Filing. The only code that knows what a
// 项目支出绩效目标表 looks like; it never asks which format a grid came from.
#pragma once

#include <deque>
#include <optional>
#include <string>

#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/model/project_sink.h"
#include "converter/normalize/vocabulary.h"
#include "converter/recognize/flat_table.h"
#include "converter/recognize/source_sheet_reader.h"

namespace kpiconv {

class Recognizer : public BlockSink {
 public:
  explicit Recognizer(const Vocabulary& vocabulary = Vocabulary::builtin());

  void metadata(const DocumentMetadata& metadata) override;
  void block(Block&& block) override;
  void warning(Warning&& warning) override;

  // Hands each project to `sink` as soon as no later table can change it (a project table's last
  // project may be continued by the next table; a flat layout's projects take rows from every
  // sheet, so those wait for the end). finish() then returns the filing without its projects.
  void send_projects_to(ProjectSink& sink) { sink_ = &sink; }

  // The filing read from every block received so far.
  Filing finish(SourceInfo source);

 private:
  void on_paragraph(Paragraph&& paragraph);
  void on_table(Table&& table);
  std::string generic_table_title(const Table& table) const;
  // Sends every project but the last `kept` to the sink, if there is one.
  void send_projects(size_t kept);
  void complete(Project& project) const;

  const Vocabulary& vocabulary_;
  Filing filing_;
  std::string metadata_title_;
  std::string source_format_;
  enum class TitleState { kLooking, kInTitle, kDone } title_state_ = TitleState::kLooking;
  std::string styled_title_;
  // Non-empty paragraphs since the last table, newest last, at most kRecentParagraphs.
  std::deque<Paragraph> recent_;
  bool last_table_was_project_ = false;
  bool read_flat_table_ = false;
  ProjectSink* sink_ = nullptr;
  FlatTableReader flat_tables_;
  std::optional<SourceSheet> source_sheet_;  // kpiconv's own 来源 sheet, when reading its workbook
};

// Convenience for a Document already in memory.
Filing recognize(const Document& document);

}  // namespace kpiconv
