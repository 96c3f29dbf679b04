// The two interfaces every format implements. A format is one folder under formats/ and one line in
// formats/builtin_formats.cpp.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "converter/diff/filing_diff.h"
#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/model/project_sink.h"
#include "converter/model/report_sheet.h"

namespace kpiconv {

// What a reader may look at to decide whether a file is its own: the path and the first bytes.
class InputProbe {
 public:
  explicit InputProbe(std::string path);
  const std::string& path() const { return path_; }
  std::string_view head() const { return head_; }  // up to the first 4096 bytes
  std::uintmax_t size() const { return size_; }
  bool starts_with(std::string_view magic) const { return head_.starts_with(magic); }

 private:
  std::string path_;
  std::string head_;
  std::uintmax_t size_ = 0;
};

struct ReadOptions {
  // Caps for untrusted input; formats/ooxml/limits.h says what each guards against and why its
  // default is what it is. Every one ends the reading with Error(kUnreadable) naming the cap.
  std::uint64_t max_part_bytes = 1ull << 30;     // uncompressed size of one part; a CSV file's size
  std::uint64_t max_total_bytes = 4ull << 30;    // uncompressed size of all parts read
  std::uint64_t max_entries = 100000;            // entries in a zip archive
  double max_compression_ratio = 1000.0;         // uncompressed / compressed, per entry
  std::uint64_t ratio_floor_bytes = 1ull << 20;  // entries smaller than this skip the ratio check
  int max_xml_depth = 256;                       // element levels in one XML part
  int max_xml_attributes = 512;                  // attributes of one element, xmlns included
  int max_xml_namespaces = 256;                  // namespace declarations in scope at once
  // Workbooks kpiconv wrote: give a cell written as a number from other source text ("30" shown
  // as 30%) that text back. Off, cells read as displayed (formats/xlsx/source_text_sheet.h).
  bool source_texts = true;
  // Text a document's paragraphs and cells hold. In a workbook, shared strings let a small file
  // name one huge string from many cells (an amplification attack); the readers stop once past it.
  std::uint64_t max_text_bytes = 256ull << 20;
  // Cells of one table, and of all the tables of a document, counted as they are read
  // (converter/registry/cell_caps.h).
  std::uint64_t max_table_cells = 2'000'000;
  std::uint64_t max_document_cells = 2'000'000;
  // A workbook filled from a province template: read through that template's mapping (NAME or
  // folder). Empty: an XLSX laid out as an installed template is recognised by its sheet and
  // headings, any other is read by the recognizer.
  std::string province_template;
  // Legacy .doc/.xls/.wps/.et files are read through LibreOffice: "" finds soffice on the PATH,
  // "none" never runs it, anything else is the soffice to run; each conversion may take this long.
  std::string soffice;
  int soffice_timeout_seconds = 120;
};

class Reader {
 public:
  virtual ~Reader() = default;
  virtual std::string_view name() const = 0;
  // The file name extensions of this format, lower case with the dot, and what a file of it is
  // ("a Word document"): a file named so that another reader claims is read with a warning
  // (Registry::misleading_extension).
  virtual std::vector<std::string_view> extensions() const { return {}; }
  virtual std::string_view description() const { return name(); }
  // What the file is, as closely as its content says ("a legacy Word 97-2003 binary document
  // (.doc)"); description() unless the reader can tell more.
  virtual std::string description_of(const InputProbe& /*probe*/) const {
    return std::string(description());
  }
  // For a file that another format's first bytes claim: what it is as well, as a file of this
  // format found from its end ("a Word 2007+ package (.docx)"), or "" when it is not one. A zip is
  // found by the record at the end of the file, so a zip appended to a compound file is a package
  // too (Registry::ambiguous_content).
  virtual std::string also_found_from_end(const InputProbe& /*probe*/) const { return {}; }
  // True when the file is this reader's format. May throw Error(kUnreadable) when the file is
  // recognisably of this family but cannot be read (an encrypted package, a legacy binary file).
  virtual bool claims(const InputProbe& probe) const = 0;
  // Streams the file's blocks into the sink; throws Error(kUnreadable) on unreadable input.
  virtual void read(const std::string& path, BlockSink& sink, const ReadOptions& options) const = 0;
};

struct WriteOptions {
  std::string encoding = "utf-8";  // text outputs: utf-8 | gb18030
  bool byte_order_mark = true;  // UTF-8 text outputs start with a BOM (Excel on Windows needs it)
  std::string layout = "normalized";  // workbooks: normalized | form
  int rows_per_sheet = 1048576;  // workbooks: a sheet continues on the next past this many rows
  bool csv_raw = false;          // CSV: no ' before cells a spreadsheet would run as formulas
  // Word documents: built-in name, NAME or path (template_source.h); workbooks: a province
  // template's NAME or folder (formats/province/province_template.h).
  std::string template_name;
  // Workbooks: sheets for people after 校验 (merge's 冲突), skipped when the workbook is read back.
  std::vector<ReportSheet> report_sheets;
};

// What a writer had to change to make a valid file (text too long for a cell, characters a format
// cannot hold); said to the user as warnings.
struct WriteReport {
  std::vector<std::string> warnings;
};

// One filing written as it is read: its projects one by one as they come (project()), then the
// rest. Memory holds one project, never the filing.
class FilingStream : public ProjectSink {
 public:
  virtual void add(const Project& project) = 0;
  void project(Project&& project) final { add(project); }
  // Completes the output from the rest of the filing: its projects, if any, are ignored (they
  // came through add()).
  virtual WriteReport finish(const Filing& rest) = 0;
};

// A whole filing written through `stream`: how a writer that streams writes a filing it has.
WriteReport write_through(FilingStream& stream, const Filing& filing);

// One output holding many filings (`convert --combine`), fed in input order a project at a time,
// so that memory never holds the batch. Each row says which file it came from.
class CombinedWriter {
 public:
  virtual ~CombinedWriter() = default;
  // The next filing, its projects given one by one and its stream's finish() ending it; `source`
  // names the input file the rows came from (the 来源文件 column). A whole filing goes in through
  // write_through.
  virtual std::unique_ptr<FilingStream> next_filing(const std::string& source) = 0;
  // A file that could not be read: listed with its reason where the output lists its sources.
  virtual void add_failure(const std::string& source, const std::string& reason) = 0;
  // Completes the output; nothing may be added after.
  virtual WriteReport finish() = 0;
};

class Writer {
 public:
  virtual ~Writer() = default;
  virtual std::string_view name() const = 0;
  virtual std::vector<std::string_view> extensions() const = 0;  // lower case, with the dot
  // Writes the whole output to `file` (a temporary path; the caller renames it into place).
  virtual WriteReport write(const Filing& filing, const std::filesystem::path& file,
                            const WriteOptions& options) const = 0;
  // The output at `file` (a temporary path) written project by project, or nullptr when these
  // options need the whole filing at once (a Word template, a form layout).
  virtual std::unique_ptr<FilingStream> stream(const std::filesystem::path& /*file*/,
                                               const WriteOptions& /*options*/) const {
    return nullptr;
  }
  // A combined output of many filings at `file` (a temporary path), or nullptr when the format
  // holds one filing only.
  virtual std::unique_ptr<CombinedWriter> combine(const std::filesystem::path& /*file*/,
                                                  const WriteOptions& /*options*/) const {
    return nullptr;
  }
};

// One edit of `kpiconv apply`, as done or not: every edit of the diff is reported, and one that
// could not be written (its target not found in the original) makes the exit status 1.
struct AppliedEdit {
  std::string project;  // project_identity, empty for a filing-level edit or a table
  std::string what;     // "budget.total", "indicator 3 value", "indicator added", "table 2 cell B4"
  std::string before;   // text in the original, "" for an addition
  std::string after;    // text written, "" for a removal
  Provenance where;     // where in the original it was (or was to be) written
  bool applied = true;
  std::string problem;  // why not, when !applied
};

struct ApplyReport {
  std::vector<AppliedEdit> edits;
  std::vector<std::string> warnings;
  bool all_applied() const {
    for (const AppliedEdit& edit : edits) {
      if (!edit.applied) return false;
    }
    return true;
  }
};

// Writes a diff into an original file of one format in place (kpiconv apply): the output is the
// original with exactly the edited places changed. Registered beside the format's reader, under
// the reader's name.
class EditApplier {
 public:
  virtual ~EditApplier() = default;
  virtual std::string_view name() const = 0;  // the Reader::name() of the originals it takes
  // `original` was read from `original_path` (so its provenance points into that file); `diff` is
  // diff_filings(original, edited). Writes the whole output to `file` (a temporary path);
  // `output_name` is the name it will have, whose extension says what it may hold (a .docx no
  // macros, a .docm its original's).
  virtual ApplyReport apply(const std::string& original_path, const Filing& original,
                            const Filing& edited, const FilingDiff& diff,
                            const std::filesystem::path& file,
                            const std::filesystem::path& output_name) const = 0;
};

}  // namespace kpiconv
