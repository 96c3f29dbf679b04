#include "formats/docx/template/template_renderer.h"

#include <algorithm>

#include "converter/error.h"
#include "converter/normalize/normalizer.h"
#include "formats/docx/template/grid_table.h"

namespace kpiconv::docx_template {
namespace {

constexpr const char* kBodyMark = "kpiconv-body";

// The block a paragraph opens or closes: "{{#projects}}" → "#projects".
std::string marker_of(xmlNode* node) {
  if (!is_w(node, "p")) return {};
  std::string text(trim(visible_text(node)));
  if (text.size() < 5 || !text.starts_with("{{") || !text.ends_with("}}")) return {};
  std::string inside(trim(std::string_view(text).substr(2, text.size() - 4)));
  if (inside == "#projects" || inside == "/projects" || inside == "#tables" ||
      inside == "/tables") {
    return inside;
  }
  return {};
}

bool has_indicator_field(xmlNode* row) {
  for (const Placeholder& placeholder : placeholders_in(row)) {
    if (placeholder.name.starts_with("indicator.")) return true;
  }
  return false;
}

// Which cells of an indicator row merge down, in cell order.
std::vector<bool> merging_cells(xmlNode* row) {
  std::vector<bool> merging;
  for (xmlNode* cell : w_children(row, "tc")) {
    std::vector<Placeholder> placeholders = placeholders_in(cell);
    merging.push_back(std::any_of(placeholders.begin(), placeholders.end(),
                                  [](const Placeholder& p) { return p.merge; }));
  }
  return merging;
}

// A continued cell keeps one empty paragraph, in the cell's paragraph style.
void empty_cell(xmlNode* cell) {
  std::vector<xmlNode*> paragraphs = w_children(cell, "p");
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i == 0) {
      for (xmlNode* child = paragraphs[0]->children; child != nullptr;) {
        xmlNode* next = child->next;
        if (!is_w(child, "pPr")) {
          xmlUnlinkNode(child);
          xmlFreeNode(child);
        }
        child = next;
      }
    } else {
      xmlUnlinkNode(paragraphs[i]);
      xmlFreeNode(paragraphs[i]);
    }
  }
}

void set_vertical_merge(xmlNode* cell, bool restart) {
  xmlNode* properties = first_w_child(cell, "tcPr");
  if (properties == nullptr) {
    properties = new_w(cell, "tcPr");
    if (cell->children != nullptr) {
      xmlAddPrevSibling(cell->children, properties);
    } else {
      xmlAddChild(cell, properties);
    }
  }
  xmlNode* merge = cell_property(properties, "vMerge");
  if (restart) set_w_attribute(merge, "val", "restart");
}

}  // namespace

TemplateRenderer::TemplateRenderer(std::string_view main_part_xml, std::string template_name)
    : template_name_(std::move(template_name)),
      document_(
          ooxml::parse_xml_document(main_part_xml, "template main document part", template_name_)) {
  xmlNode* body = first_w_child(xmlDocGetRootElement(document_.get()), "body");
  if (body == nullptr) throw_unreadable(template_name_, "the template has no document body");
  xmlNode* section = nullptr;
  Segment current{SegmentKind::kStatic, {}};
  std::string open_block;
  for (xmlNode* node = body->children; node != nullptr;) {
    xmlNode* next = node->next;
    if (is_w(node, "sectPr")) {
      section = node;
      node = next;
      continue;
    }
    xmlUnlinkNode(node);
    OwnedNode owned(node);
    std::string marker = marker_of(node);
    if (marker.empty()) {
      current.nodes.push_back(std::move(owned));
    } else {
      bool opens = marker.front() == '#';
      std::string block = marker.substr(1);
      if (opens == !open_block.empty() || (!opens && block != open_block)) {
        throw_unreadable(template_name_, "the template's {{" + marker + "}} has no matching " +
                                             (opens ? "end" : "start"));
      }
      segments_.push_back(std::move(current));
      current = {opens ? (block == "projects" ? SegmentKind::kProjects : SegmentKind::kTables)
                       : SegmentKind::kStatic,
                 {}};
      open_block = opens ? block : "";
    }
    node = next;
  }
  if (!open_block.empty()) {
    throw_unreadable(template_name_, "the template's {{#" + open_block + "}} is never closed");
  }
  segments_.push_back(std::move(current));

  // The document around the body's content, written as it is.
  xmlNode* mark = xmlNewComment(reinterpret_cast<const xmlChar*>(kBodyMark));
  if (section != nullptr) {
    xmlAddPrevSibling(section, mark);
  } else {
    xmlAddChild(body, mark);
  }
  std::string whole = ooxml::serialize_document(document_.get());
  const std::string comment = std::string("<!--") + kBodyMark + "-->";
  size_t at = whole.find(comment);
  head_ = whole.substr(0, at);
  tail_ = whole.substr(at + comment.size());
}

std::vector<std::string> TemplateRenderer::render(const Filing& filing, std::ostream& out) const {
  replaced_characters_ = 0;
  out << head_;
  for (const Segment& segment : segments_) {
    switch (segment.kind) {
      case SegmentKind::kStatic:
        write_static(segment, filing, out);
        break;
      case SegmentKind::kProjects:
        write_projects(segment, filing, out);
        break;
      case SegmentKind::kTables:
        write_tables(segment, filing, out);
        break;
    }
  }
  out << tail_;
  if (replaced_characters_ == 0) return {};
  return {std::to_string(replaced_characters_) +
          " control characters that Word documents cannot hold were replaced by U+FFFD"};
}

void TemplateRenderer::write_copy_of(const std::vector<OwnedNode>& nodes, std::ostream& out,
                                     const std::function<xmlNode*(xmlNode*)>& prepare,
                                     const std::vector<std::unique_ptr<GridTable>>& grids) const {
  xmlNode* body = first_w_child(xmlDocGetRootElement(document_.get()), "body");
  for (const OwnedNode& node : nodes) {
    // The copy lives in the body while it is filled and written, so its namespaces resolve to the
    // document's declarations and nothing is declared again on every element.
    xmlNode* copy = copy_node(node.get(), document_.get());
    xmlAddChild(body, copy);
    copy = prepare(copy);
    std::string text = serialize(document_.get(), copy);
    // A grid's rows are written where its frame's marker stands, one row at a time.
    std::size_t written = 0;
    for (const std::unique_ptr<GridTable>& grid : grids) {
      const std::string marker = grid->serialized_marker();
      const std::size_t at = text.find(marker, written);
      if (at == std::string::npos) continue;
      out.write(text.data() + written, static_cast<std::streamsize>(at - written));
      grid->write_rows(out);
      written = at + marker.size();
    }
    out.write(text.data() + written, static_cast<std::streamsize>(text.size() - written));
    xmlUnlinkNode(copy);
    xmlFreeNode(copy);
  }
}

void TemplateRenderer::fill(xmlNode* root, const FieldScope& scope,
                            FilledParagraphs& filled) const {
  fill_paragraphs(
      root,
      [&](const Placeholder& placeholder) -> std::optional<std::string> {
        if (placeholder.name == "table.grid") return std::nullopt;  // not a text field
        std::optional<std::string> value = field_value(placeholder.name, scope);
        if (!value) {
          throw_unreadable(template_name_, "the template uses {{" + placeholder.name +
                                               "}}, which is not a field here (" +
                                               known_fields_help() + ")");
        }
        return xml_safe_text(*value, replaced_characters_);
      },
      filled);
}

void TemplateRenderer::write_static(const Segment& segment, const Filing& filing,
                                    std::ostream& out) const {
  FieldScope scope;
  scope.filing = &filing;
  write_copy_of(segment.nodes, out, [&](xmlNode* copy) {
    FilledParagraphs filled;
    fill(copy, scope, filled);
    return copy;
  });
}

void TemplateRenderer::write_projects(const Segment& segment, const Filing& filing,
                                      std::ostream& out) const {
  for (const Project& project : filing.projects) {
    FieldScope scope;
    scope.filing = &filing;
    scope.project = &project;
    write_copy_of(segment.nodes, out, [&](xmlNode* copy) {
      FilledParagraphs filled;
      expand_indicator_rows(copy, scope, filled);
      fill(copy, scope, filled);
      return copy;
    });
  }
}

void TemplateRenderer::expand_indicator_rows(xmlNode* root, const FieldScope& project_scope,
                                             FilledParagraphs& filled) const {
  for (xmlNode* row : w_descendants(root, "tr")) {
    if (!has_indicator_field(row)) continue;
    std::vector<bool> merging = merging_cells(row);
    const std::vector<Indicator>& indicators = project_scope.project->indicators;
    std::vector<std::vector<xmlNode*>> rows;  // the cells of each new row
    std::vector<std::vector<std::string>> texts;
    for (size_t i = 0; i < indicators.size(); ++i) {
      FieldScope scope = project_scope;
      scope.indicator = &indicators[i];
      scope.indicator_number = static_cast<int>(i) + 1;
      xmlNode* copy = xmlAddPrevSibling(row, copy_node(row, row->doc));
      fill(copy, scope, filled);
      rows.push_back(w_children(copy, "tc"));
      std::vector<std::string> row_texts;
      for (xmlNode* cell : rows.back()) row_texts.push_back(visible_text(cell));
      texts.push_back(std::move(row_texts));
    }
    // A merging cell continues the one above when it says the same and every merging cell to
    // its left continues too, so 二级 merges only within its 一级.
    std::vector<std::vector<bool>> continues(rows.size(), std::vector<bool>(merging.size(), false));
    for (size_t r = 1; r < rows.size(); ++r) {
      bool left_continues = true;
      for (size_t c = 0; c < merging.size() && c < rows[r].size(); ++c) {
        if (!merging[c]) continue;
        continues[r][c] = left_continues && texts[r][c] == texts[r - 1][c];
        left_continues = continues[r][c];
      }
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t c = 0; c < merging.size() && c < rows[r].size(); ++c) {
        if (continues[r][c]) {
          set_vertical_merge(rows[r][c], false);
          empty_cell(rows[r][c]);
        } else if (r + 1 < rows.size() && continues[r + 1][c]) {
          set_vertical_merge(rows[r][c], true);
        }
      }
    }
    xmlUnlinkNode(row);
    xmlFreeNode(row);
  }
}

void TemplateRenderer::write_tables(const Segment& segment, const Filing& filing,
                                    std::ostream& out) const {
  for (const GenericTable& table : filing.tables) {
    FieldScope scope;
    scope.filing = &filing;
    scope.table = &table;
    std::vector<std::unique_ptr<GridTable>> grids;
    write_copy_of(
        segment.nodes, out,
        [&](xmlNode* copy) {
          FilledParagraphs filled;
          std::vector<xmlNode*> tables = w_descendants(copy, "tbl");
          if (is_w(copy, "tbl")) tables.insert(tables.begin(), copy);
          for (xmlNode* sample : tables) {
            std::vector<Placeholder> placeholders = placeholders_in(sample);
            bool is_sample =
                std::any_of(placeholders.begin(), placeholders.end(),
                            [](const Placeholder& p) { return p.name == "table.grid"; });
            if (!is_sample) continue;
            auto grid = std::make_unique<GridTable>(sample, table.grid, replaced_characters_,
                                                    static_cast<int>(grids.size()));
            if (sample == copy) copy = grid->frame();
            grids.push_back(std::move(grid));
            break;  // one sample per block
          }
          fill(copy, scope, filled);
          return copy;
        },
        grids);
  }
}

}  // namespace kpiconv::docx_template
