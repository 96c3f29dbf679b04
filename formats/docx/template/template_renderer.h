// Renders a filing through a Word template's main part (templates/README.md has the language):
// the body is cut into static parts and the {{#projects}} and {{#tables}} blocks; each block is
// copied, filled and written out once per project or table, so the output is produced a block at
// a time rather than held as one document.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "converter/model/filing.h"
#include "formats/docx/template/field_values.h"
#include "formats/docx/template/grid_table.h"
#include "formats/docx/template/paragraph_fields.h"
#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_template {

class TemplateRenderer {
 public:
  // `main_part_xml` is the template's word/document.xml; `template_name` names it in errors.
  // Throws Error(kUnreadable) for a template that is not well formed or has unbalanced blocks.
  TemplateRenderer(std::string_view main_part_xml, std::string template_name);

  // Writes the filled main part and returns what had to change (characters Word cannot hold).
  // Throws Error(kUnreadable) naming the template and the field for a placeholder the template
  // may not use there.
  std::vector<std::string> render(const Filing& filing, std::ostream& out) const;

 private:
  enum class SegmentKind { kStatic, kProjects, kTables };
  // Unlinked from the document, so xmlFreeDoc no longer frees it: freed here, before the
  // document (segments_ is declared after document_), as its names may live in the document's
  // dictionary.
  struct NodeFree {
    void operator()(xmlNode* node) const { xmlFreeNode(node); }
  };
  using OwnedNode = std::unique_ptr<xmlNode, NodeFree>;
  struct Segment {
    SegmentKind kind;
    std::vector<OwnedNode> nodes;  // the body elements of this part of the template
  };

  void write_static(const Segment& segment, const Filing& filing, std::ostream& out) const;
  void write_projects(const Segment& segment, const Filing& filing, std::ostream& out) const;
  void write_tables(const Segment& segment, const Filing& filing, std::ostream& out) const;
  void expand_indicator_rows(xmlNode* root, const FieldScope& scope,
                             FilledParagraphs& filled) const;
  void fill(xmlNode* root, const FieldScope& scope, FilledParagraphs& filled) const;
  // Copies each node into the body, lets `prepare` fill it (returning the node to write, which
  // may have replaced the copy), writes it out and frees it.
  // Writes a prepared copy of `nodes`; the rows of `grids` (made by `prepare`) where their
  // markers stand.
  void write_copy_of(const std::vector<OwnedNode>& nodes, std::ostream& out,
                     const std::function<xmlNode*(xmlNode*)>& prepare,
                     const std::vector<std::unique_ptr<GridTable>>& grids = {}) const;

  std::string template_name_;
  XmlDocument document_;
  std::vector<Segment> segments_;
  mutable size_t replaced_characters_ = 0;  // during render()
  std::string head_;                        // the part up to the body's content
  std::string tail_;                        // the section properties and closing tags
};

}  // namespace kpiconv::docx_template
