#include "formats/docx/document_parser.h"

#include <charconv>
#include <optional>
#include <vector>

#include "converter/error.h"
#include "converter/registry/cell_caps.h"
#include "converter/text/text.h"
#include "formats/docx/raw_table.h"
#include "formats/docx/symbol_font.h"
#include "formats/docx/table_resolver.h"

namespace kpiconv::docx {
namespace {

using ooxml::Name;
using ooxml::Ns;
using ooxml::XmlStream;

constexpr Ns kW = Ns::kWordprocessingML;
constexpr Ns kMc = Ns::kMarkupCompatibility;

// Word tables have at most 63 columns; anything far beyond is a hostile file, refused before its
// owner grid (rows x columns) could exhaust memory.
constexpr int kMaxGridColumns = 1000;
constexpr std::size_t kMaxGridPositions = std::size_t{1} << 25;

// The element names the parser compares, interned once per stream.
struct Names {
  explicit Names(XmlStream& xml)
      : document(xml.intern("document")),
        body(xml.intern("body")),
        p(xml.intern("p")),
        p_pr(xml.intern("pPr")),
        p_style(xml.intern("pStyle")),
        outline_lvl(xml.intern("outlineLvl")),
        r(xml.intern("r")),
        t(xml.intern("t")),
        tab(xml.intern("tab")),
        ptab(xml.intern("ptab")),
        br(xml.intern("br")),
        cr(xml.intern("cr")),
        no_break_hyphen(xml.intern("noBreakHyphen")),
        sym(xml.intern("sym")),
        fld_char(xml.intern("fldChar")),
        fld_simple(xml.intern("fldSimple")),
        hyperlink(xml.intern("hyperlink")),
        smart_tag(xml.intern("smartTag")),
        custom_xml(xml.intern("customXml")),
        sdt(xml.intern("sdt")),
        sdt_content(xml.intern("sdtContent")),
        ins(xml.intern("ins")),
        del(xml.intern("del")),
        move_from(xml.intern("moveFrom")),
        move_to(xml.intern("moveTo")),
        tbl(xml.intern("tbl")),
        tbl_grid(xml.intern("tblGrid")),
        grid_col(xml.intern("gridCol")),
        tr(xml.intern("tr")),
        tr_pr(xml.intern("trPr")),
        grid_before(xml.intern("gridBefore")),
        grid_after(xml.intern("gridAfter")),
        tc(xml.intern("tc")),
        tc_pr(xml.intern("tcPr")),
        grid_span(xml.intern("gridSpan")),
        v_merge(xml.intern("vMerge")),
        h_merge(xml.intern("hMerge")),
        cell_del(xml.intern("cellDel")),
        txbx_content(xml.intern("txbxContent")),
        alt_chunk(xml.intern("altChunk")),
        drawing(xml.intern("drawing")),
        pict(xml.intern("pict")),
        object(xml.intern("object")),
        ruby(xml.intern("ruby")),
        ruby_base(xml.intern("rubyBase")),
        dir(xml.intern("dir")),
        bdo(xml.intern("bdo")),
        alternate_content(xml.intern("AlternateContent")),
        choice(xml.intern("Choice")),
        fallback(xml.intern("Fallback")) {}

  Name document, body, p, p_pr, p_style, outline_lvl, r, t, tab, ptab, br, cr, no_break_hyphen, sym,
      fld_char, fld_simple, hyperlink, smart_tag, custom_xml, sdt, sdt_content, ins, del, move_from,
      move_to, tbl, tbl_grid, grid_col, tr, tr_pr, grid_before, grid_after, tc, tc_pr, grid_span,
      v_merge, h_merge, cell_del, txbx_content, alt_chunk, drawing, pict, object, ruby, ruby_base,
      dir, bdo, alternate_content, choice, fallback;
};

// What a body or text box paragraph's w:pPr says (a text box inside the paragraph has its own).
struct ParagraphProperties {
  std::string style_id;
  int outline_level = -1;
  bool has_outline_level = false;
};

// The body or one text box: where its blocks go and how its locators start.
struct Story {
  std::string prefix;                 // "" for the body, "txbx[K]/" for a text box
  std::vector<Block>* out = nullptr;  // nullptr: straight to the sink
  int paragraphs = 0;
  int tables = 0;
  int alt_chunks = 0;
};

std::string ordinal(std::string_view prefix, std::string_view element, int number) {
  std::string locator;
  locator.reserve(prefix.size() + element.size() + 8);
  locator += prefix;
  locator += element;
  locator += '[';
  locator += std::to_string(number);
  locator += ']';
  return locator;
}

// "tbl[3]/tr[5]/tc[2]": a cell of table `table`.
std::string ordinal_path(const std::string& table, std::uint32_t row, std::uint32_t cell) {
  return table + "/tr[" + std::to_string(row) + "]/tc[" + std::to_string(cell) + "]";
}

int parse_count(std::optional<std::string_view> value, int fallback) {
  if (!value) return fallback;
  int number = fallback;
  auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (error != std::errc()) return fallback;
  if (number < 0) return 0;
  return number > kMaxGridColumns + 1 ? kMaxGridColumns + 1 : number;
}

Merge merge_state(std::optional<std::string_view> value) {
  // ST_Merge: "restart" or "continue"; an absent w:val means continue.
  return value && *value == "restart" ? Merge::kRestart : Merge::kContinue;
}

class MainPartParser {
 public:
  MainPartParser(XmlStream& xml, const Styles& styles, BlockSink& sink, const ReadOptions& options)
      : xml_(xml),
        styles_(styles),
        sink_(sink),
        n_(xml),
        part_(xml.part()),
        max_text_bytes_(options.max_text_bytes),
        cell_caps_(options) {}

  void run();

 private:
  // ---- walking the stream ----
  // Calls on_child() for each child element of the current element; on_child must consume the
  // child (recursing with each_child, or skip()).
  template <class F>
  void each_child(F&& on_child);
  // Looks through the wrappers every level shares (content controls, custom XML, tracked
  // insertions, mc:AlternateContent) and drops deleted content; anything else goes to on_child.
  template <class F>
  void dispatch(F& on_child);

  // ---- stories: the body and text boxes ----
  void parse_story(Story& story);
  void story_block(Story& story);
  void emit(Story& story, Block&& block);
  void parse_textbox();
  void scan_for_textboxes();

  // ---- paragraphs ----
  // The paragraph's text; its w:pPr goes to `properties` (nullptr: ignored, as in table cells).
  std::string parse_paragraph(ParagraphProperties* properties);
  void paragraph_properties(ParagraphProperties& properties);
  void inline_child(std::string& text);
  void parse_run(std::string& text);
  void run_child(std::string& text);
  void field_char();
  void parse_math(std::string& text);
  bool in_instruction() const { return instruction_depth_ > 0; }
  void end_of_block();

  // ---- tables ----
  Table parse_table(const std::string& locator);
  // A row of `table` (its locator), nullopt for a tracked deletion.
  std::optional<RawRow> parse_row(const std::string& table, std::uint32_t row_ordinal,
                                  CellCaps::Table& cells);
  void parse_cell(RawRow& row, const std::string& table, std::uint32_t cell_ordinal);

  // Counts a paragraph's text against ReadOptions::max_text_bytes.
  void spend_text(std::size_t bytes);

  void warn(std::string message, std::string locator) {
    sink_.warning(Warning{std::move(message), Provenance{part_, std::move(locator)}});
  }

  XmlStream& xml_;
  const Styles& styles_;
  BlockSink& sink_;
  const Names n_;
  const std::string part_;
  const std::uint64_t max_text_bytes_;
  std::uint64_t text_bytes_ = 0;
  CellCaps cell_caps_;

  // Text boxes found inside the block being read go here, to follow that block.
  std::vector<Block>* textbox_out_ = nullptr;
  int textboxes_ = 0;
  // Open complex fields (w:fldChar begin … separate … end): true once past the separator.
  std::vector<bool> fields_;
  int instruction_depth_ = 0;
};

template <class F>
void MainPartParser::each_child(F&& on_child) {
  if (xml_.empty_element()) return;
  const int depth = xml_.depth();
  while (xml_.read()) {
    if (xml_.start_element()) {
      on_child();
    } else if (xml_.end_element() && xml_.depth() == depth) {
      return;
    }
  }
}

template <class F>
void MainPartParser::dispatch(F& on_child) {
  const Ns ns = xml_.ns();
  if (ns == kW) {
    const Name name = xml_.name();
    if (name == n_.sdt) {
      // w:sdtPr and w:sdtEndPr describe the control; only w:sdtContent is content.
      each_child([&] {
        if (xml_.is(kW, n_.sdt_content)) {
          each_child([&] { dispatch(on_child); });
        } else {
          xml_.skip();
        }
      });
      return;
    }
    if (name == n_.custom_xml || name == n_.ins || name == n_.move_to) {
      each_child([&] { dispatch(on_child); });  // w:customXmlPr falls to on_child, which skips it
      return;
    }
    if (name == n_.del || name == n_.move_from) {
      xml_.skip();
      return;
    }
  } else if (ns == kMc && xml_.name() == n_.alternate_content) {
    bool taken = false;  // exactly one branch: the first mc:Choice, or mc:Fallback without one
    each_child([&] {
      bool branch = xml_.is(kMc, n_.choice) || xml_.is(kMc, n_.fallback);
      if (branch && !taken) {
        taken = true;
        each_child([&] { dispatch(on_child); });
      } else {
        xml_.skip();
      }
    });
    return;
  }
  on_child();
}

// ---- stories ------------------------------------------------------------------------------------

void MainPartParser::run() {
  bool seen_root = false;
  while (xml_.read()) {
    if (!xml_.start_element() || seen_root) continue;
    seen_root = true;
    if (!xml_.is(kW, n_.document)) {
      xml_.fail("the main part is not a WordprocessingML document (its root element is <" +
                std::string(xml_.local_name()) + ">)");
    }
    each_child([&] {
      if (xml_.is(kW, n_.body)) {
        Story body;
        parse_story(body);
      } else {
        xml_.skip();  // w:background
      }
    });
  }
}

void MainPartParser::parse_story(Story& story) {
  auto on_child = [&] { story_block(story); };
  each_child([&] { dispatch(on_child); });
}

void MainPartParser::story_block(Story& story) {
  if (xml_.ns() != kW) {
    xml_.skip();
    return;
  }
  const Name name = xml_.name();
  if (name != n_.p && name != n_.tbl) {
    if (name == n_.alt_chunk) {
      std::string locator = ordinal(story.prefix, "altChunk", ++story.alt_chunks);
      warn("w:altChunk (content imported from another part, e.g. HTML or RTF) is not read",
           locator);
    }
    xml_.skip();  // w:sectPr, bookmarks, permissions, proofing marks
    return;
  }
  std::vector<Block> pending;
  std::vector<Block>* outer = textbox_out_;
  textbox_out_ = &pending;
  Block block;
  if (name == n_.p) {
    std::string locator = ordinal(story.prefix, "p", ++story.paragraphs);
    ParagraphProperties properties;
    Paragraph paragraph;
    paragraph.text = parse_paragraph(&properties);
    paragraph.style = styles_.name_of(properties.style_id);
    paragraph.outline_level = properties.has_outline_level
                                  ? properties.outline_level
                                  : styles_.outline_level_of(properties.style_id);
    paragraph.where = Provenance{part_, std::move(locator)};
    block = std::move(paragraph);
  } else {
    block = parse_table(ordinal(story.prefix, "tbl", ++story.tables));
  }
  textbox_out_ = outer;
  end_of_block();
  // A table left without rows (all of them tracked deletions) is no table at all.
  const Table* table = std::get_if<Table>(&block);
  if (table == nullptr || table->rows > 0) emit(story, std::move(block));
  for (Block& textbox_block : pending) emit(story, std::move(textbox_block));
}

void MainPartParser::emit(Story& story, Block&& block) {
  if (story.out != nullptr) {
    story.out->push_back(std::move(block));
  } else {
    sink_.block(std::move(block));
  }
}

void MainPartParser::scan_for_textboxes() {
  // Inside w:drawing, w:pict or w:object: only text boxes matter, wherever the shape puts them
  // (wps:txbx in DrawingML, v:textbox in VML).
  auto on_child = [&] {
    if (xml_.is(kW, n_.txbx_content)) {
      parse_textbox();
    } else {
      scan_for_textboxes();
    }
  };
  each_child([&] { dispatch(on_child); });
}

void MainPartParser::parse_textbox() {
  if (textbox_out_ == nullptr) {
    xml_.skip();
    return;
  }
  Story story;
  story.prefix = ordinal("", "txbx", ++textboxes_);
  story.prefix += '/';
  story.out = textbox_out_;
  // A text box is a story of its own: fields of the host paragraph do not reach into it.
  std::vector<bool> host_fields;
  host_fields.swap(fields_);
  const int host_instruction_depth = instruction_depth_;
  instruction_depth_ = 0;
  parse_story(story);
  fields_.swap(host_fields);
  instruction_depth_ = host_instruction_depth;
}

// ---- paragraphs ---------------------------------------------------------------------------------

std::string MainPartParser::parse_paragraph(ParagraphProperties* properties) {
  std::string text;
  auto on_child = [&] {
    if (properties != nullptr && xml_.is(kW, n_.p_pr)) {
      paragraph_properties(*properties);
    } else {
      inline_child(text);
    }
  };
  each_child([&] { dispatch(on_child); });
  spend_text(text.size());
  return text;
}

void MainPartParser::spend_text(std::size_t bytes) {
  // Text cannot outgrow its part here (no shared strings), so this is the same cap the workbook
  // reader applies, for a caller who lowered it to bound memory.
  text_bytes_ += bytes;
  if (text_bytes_ > max_text_bytes_) {
    throw_unreadable(xml_.file(), "too much text: the document's paragraphs hold more than " +
                                      std::to_string(max_text_bytes_) + " bytes (reached in " +
                                      part_ + " at line " + std::to_string(xml_.line()) + ")");
  }
}

void MainPartParser::paragraph_properties(ParagraphProperties& properties) {
  // Only direct children: w:pPrChange (the properties before a tracked change) and w:rPr are
  // skipped whole.
  each_child([&] {
    if (xml_.is(kW, n_.p_style)) {
      properties.style_id = xml_.attribute(kW, "val").value_or("");
    } else if (xml_.is(kW, n_.outline_lvl)) {
      properties.has_outline_level = true;
      properties.outline_level = outline_level_from(xml_.attribute(kW, "val").value_or(""));
    }
    xml_.skip();
  });
}

void MainPartParser::inline_child(std::string& text) {
  const Ns ns = xml_.ns();
  if (ns == kW) {
    const Name name = xml_.name();
    if (name == n_.r) {
      parse_run(text);
      return;
    }
    if (name == n_.hyperlink || name == n_.fld_simple || name == n_.smart_tag || name == n_.dir ||
        name == n_.bdo) {
      // Transparent: a simple field's runs are its result; w:fldData, w:smartTagPr are skipped.
      auto on_child = [&] { inline_child(text); };
      each_child([&] { dispatch(on_child); });
      return;
    }
  } else if (ns == Ns::kMath) {
    parse_math(text);
    return;
  }
  xml_.skip();  // bookmarks, w:proofErr, w:permStart/End, comment ranges, w:pPr of a wrapper...
}

void MainPartParser::parse_run(std::string& text) {
  auto on_child = [&] { run_child(text); };
  each_child([&] { dispatch(on_child); });
}

void MainPartParser::run_child(std::string& text) {
  if (xml_.ns() != kW) {
    xml_.skip();
    return;
  }
  const Name name = xml_.name();
  if (name == n_.t) {
    if (in_instruction()) {
      xml_.skip();
    } else {
      xml_.append_text(text);
    }
    return;
  }
  if (name == n_.drawing || name == n_.pict || name == n_.object) {
    scan_for_textboxes();
    return;
  }
  if (name == n_.ruby) {
    // Only the base text; w:rt (the phonetic guide) is not part of the sentence.
    each_child([&] {
      if (xml_.is(kW, n_.ruby_base)) {
        auto on_child = [&] { inline_child(text); };
        each_child([&] { dispatch(on_child); });
      } else {
        xml_.skip();
      }
    });
    return;
  }
  if (name == n_.fld_char) {
    field_char();
  } else if (!in_instruction()) {
    if (name == n_.tab || name == n_.ptab) {
      text.push_back('\t');
    } else if (name == n_.br || name == n_.cr) {
      text.push_back('\n');
    } else if (name == n_.no_break_hyphen) {
      text.push_back('-');
    } else if (name == n_.sym) {
      char32_t code = sym_code_point(xml_.attribute(kW, "font").value_or(""),
                                     xml_.attribute(kW, "char").value_or(""));
      if (code != 0) append_utf8(text, code);
    }
  }
  // w:softHyphen, w:instrText, w:delText, w:delInstrText, w:rPr, w:footnoteReference, ...: no text.
  xml_.skip();
}

void MainPartParser::field_char() {
  std::string_view type = xml_.attribute(kW, "fldCharType").value_or("");
  if (type == "begin") {
    fields_.push_back(false);
    ++instruction_depth_;
  } else if (type == "separate") {
    if (!fields_.empty() && !fields_.back()) {
      fields_.back() = true;
      --instruction_depth_;
    }
  } else if (type == "end") {
    if (!fields_.empty()) {
      if (!fields_.back()) --instruction_depth_;
      fields_.pop_back();
    }
  }
}

void MainPartParser::end_of_block() {
  // A field whose instruction never reached its separator (a damaged or truncated field) must not
  // swallow the rest of the document.
  if (instruction_depth_ > 0) {
    fields_.clear();
    instruction_depth_ = 0;
  }
}

void MainPartParser::parse_math(std::string& text) {
  // Office Math: the text of m:t, in order.
  static constexpr std::string_view kMathText = "t";
  each_child([&] {
    if (xml_.ns() == Ns::kMath && xml_.local_name() == kMathText) {
      if (in_instruction()) {
        xml_.skip();
      } else {
        xml_.append_text(text);
      }
    } else {
      parse_math(text);
    }
  });
}

// ---- tables -------------------------------------------------------------------------------------

Table MainPartParser::parse_table(const std::string& locator) {
  TableResolver resolver(Provenance{part_, locator});
  CellCaps::Table cells(cell_caps_);
  std::uint32_t rows_seen = 0;
  int grid_columns = 0;
  int widest = 0;
  std::vector<Warning> warnings;
  auto on_child = [&] {
    if (xml_.is(kW, n_.tr)) {
      std::optional<RawRow> row = parse_row(locator, ++rows_seen, cells);
      if (!row) return;
      const int width = row->width();
      if (width > kMaxGridColumns) {
        xml_.fail("table " + locator + " has a row wider than the limit of " +
                  std::to_string(kMaxGridColumns) + " grid columns");
      }
      widest = std::max(widest, width);
      // A row without cells still costs its place: it counts as one column wide.
      const std::uint64_t rows = resolver.rows() + 1;
      const auto cols = static_cast<std::uint64_t>(std::max({widest, grid_columns, 1}));
      if (rows * cols > kMaxGridPositions) {
        xml_.fail("table " + locator + " is too large (more than " +
                  std::to_string(kMaxGridPositions) + " grid positions)");
      }
      if (!cells.grow_grid(rows, cols)) xml_.fail(cells.cause("table " + locator));
      resolver.add_row(std::move(*row), warnings);
    } else if (xml_.is(kW, n_.tbl_grid)) {
      each_child([&] {
        if (xml_.is(kW, n_.grid_col) && grid_columns < kMaxGridColumns) ++grid_columns;
        xml_.skip();
      });
      resolver.set_grid_columns(grid_columns);
    } else {
      xml_.skip();  // w:tblPr, bookmarks
    }
  };
  each_child([&] { dispatch(on_child); });
  for (Warning& warning : warnings) sink_.warning(std::move(warning));
  return resolver.finish();
}

std::optional<RawRow> MainPartParser::parse_row(const std::string& table, std::uint32_t row_ordinal,
                                                CellCaps::Table& cells) {
  RawRow row;
  row.source_index = row_ordinal;
  bool deleted = false;
  std::uint32_t cells_seen = 0;
  auto on_child = [&] {
    if (xml_.is(kW, n_.tc)) {
      ++cells_seen;
      if (deleted) {
        xml_.skip();
        return;
      }
      // Counted before it is read, so that millions of empty cells stop at the cap.
      if (!cells.add_cells()) xml_.fail(cells.cause("table " + table));
      parse_cell(row, table, cells_seen);
    } else if (xml_.is(kW, n_.tr_pr)) {
      each_child([&] {
        if (xml_.is(kW, n_.grid_before)) {
          row.grid_before = parse_count(xml_.attribute(kW, "val"), 0);
        } else if (xml_.is(kW, n_.grid_after)) {
          row.grid_after = parse_count(xml_.attribute(kW, "val"), 0);
        } else if (xml_.is(kW, n_.del)) {
          deleted = true;  // a tracked row deletion
        }
        xml_.skip();
      });
    } else {
      xml_.skip();  // w:tblPrEx, bookmarks
    }
  };
  each_child([&] { dispatch(on_child); });
  if (deleted) return std::nullopt;
  return row;
}

void MainPartParser::parse_cell(RawRow& row, const std::string& table, std::uint32_t cell_ordinal) {
  RawCell cell;
  cell.source_index = cell_ordinal;
  bool deleted = false;
  int tables_seen = 0;
  int alt_chunks = 0;
  // The cell's own locator, spelled only for what is inside it.
  auto locator = [&] { return ordinal_path(table, row.source_index, cell_ordinal); };
  auto on_child = [&] {
    if (xml_.ns() != kW) {
      xml_.skip();
      return;
    }
    const Name name = xml_.name();
    if (name == n_.p && !deleted) {
      cell.paragraphs.push_back(parse_paragraph(nullptr));
    } else if (name == n_.tbl && !deleted) {
      Table nested = parse_table(ordinal(locator() + "/", "tbl", ++tables_seen));
      if (nested.rows > 0) cell.nested.push_back(std::move(nested));
    } else if (name == n_.tc_pr) {
      each_child([&] {
        if (xml_.is(kW, n_.grid_span)) {
          cell.grid_span = std::max(parse_count(xml_.attribute(kW, "val"), 1), 1);
        } else if (xml_.is(kW, n_.v_merge)) {
          cell.vertical = merge_state(xml_.attribute(kW, "val"));
        } else if (xml_.is(kW, n_.h_merge)) {
          cell.horizontal = merge_state(xml_.attribute(kW, "val"));
        } else if (xml_.is(kW, n_.cell_del)) {
          deleted = true;  // a tracked cell deletion
        }
        xml_.skip();
      });
    } else {
      if (name == n_.tbl) ++tables_seen;
      if (name == n_.alt_chunk && !deleted) {
        warn("w:altChunk (content imported from another part, e.g. HTML or RTF) is not read",
             ordinal(locator() + "/", "altChunk", ++alt_chunks));
      }
      xml_.skip();
    }
  };
  each_child([&] { dispatch(on_child); });
  if (deleted) return;
  row.cells.push_back(std::move(cell));
}

}  // namespace

void parse_main_part(XmlStream& xml, const Styles& styles, BlockSink& sink,
                     const ReadOptions& options) {
  MainPartParser parser(xml, styles, sink, options);
  parser.run();
}

}  // namespace kpiconv::docx
