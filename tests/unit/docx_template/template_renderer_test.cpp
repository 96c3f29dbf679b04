// The template language on hand-made main parts: placeholders split over runs, blocks, repeated
// indicator rows with |merge, other tables from a sample, values as plain text.
#include "formats/docx/template/template_renderer.h"

#include <gtest/gtest.h>

#include <sstream>

#include "converter/error.h"
#include "support/table_builder.h"

namespace kpiconv::docx_template {
namespace {

using test::field;

constexpr const char* kOpen =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
constexpr const char* kClose =
    R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>)";

std::string p(const std::string& runs) {
  return "<w:p>" + runs + "</w:p>";
}
std::string r(const std::string& text, const std::string& properties = "") {
  return "<w:r>" + properties + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
std::string tc(const std::string& content) {
  return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
}

Filing two_project_filing() {
  Filing filing;
  filing.title = "某局 2024 预算绩效文本";
  Project project;
  project.title = field("1. <甲> & \"乙\"");
  project.name = field("{{project.code}}");  // a value that looks like a placeholder stays literal
  project.code = field("P1");
  project.goals = field("1.第一\n2.第二");
  auto indicator = [](const char* l1, const char* l2, const char* l3) {
    Indicator result;
    result.level1 = field(l1);
    result.level2 = field(l2);
    result.level3 = field(l3);
    return result;
  };
  project.indicators = {
      indicator("产出指标", "数量指标", "a"), indicator("产出指标", "数量指标", "b"),
      indicator("产出指标", "质量指标", "c"), indicator("效益指标", "质量指标", "d")};
  filing.projects = {project, project};
  filing.projects[1].code = field("P2");
  filing.tables.push_back({"采购表", test::TableBuilder(3)
                                         .row({test::CellSpec("表头", 2, 2), "a"})
                                         .row({"b"})
                                         .row({"x", "", "y"})
                                         .build()});
  return filing;
}

std::string render(const std::string& body, const Filing& filing = two_project_filing()) {
  TemplateRenderer renderer(kOpen + body + kClose, "test.docx");
  std::ostringstream out;
  renderer.render(filing, out);
  return out.str();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(TemplateRenderer, FillsAPlaceholderSplitOverRunsInTheFirstRunsFormatting) {
  std::string out =
      render(p(r("标题：{{fil", "<w:rPr><w:b/></w:rPr>") + r("ing.ti") + r("tle}}！")));
  EXPECT_NE(out.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">标题：某局 2024 "
                     "预算绩效文本</w:t></w:r>"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<w:t xml:space=\"preserve\">！</w:t>"), std::string::npos);
  EXPECT_EQ(out.find("{{"), std::string::npos);
  EXPECT_NE(
      out.find("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"),
      std::string::npos);
}

TEST(TemplateRenderer, RepeatsTheProjectBlockAndKeepsValuesAsText) {
  std::string out = render(p(r("{{#projects}}")) + p(r("{{project.title}}|{{project.name}}")) +
                           p(r("{{project.goals}}")) + p(r("{{/projects}}")) + p(r("end")));
  EXPECT_EQ(count(out, "1. &lt;甲&gt; &amp; \"乙\"|{{project.code}}"), 2u) << out;
  EXPECT_EQ(count(out,
                  "<w:t xml:space=\"preserve\">1.第一</w:t><w:br/><w:t "
                  "xml:space=\"preserve\">2.第二</w:t>"),
            2u)
      << out;
  EXPECT_EQ(count(out, "#projects"), 0u);
  EXPECT_LT(out.find("2.第二"), out.find(">end<"));
}

TEST(TemplateRenderer, RepeatsTheIndicatorRowAndMergesDownWithinTheGroup) {
  std::string row = "<w:tr>" + tc(p(r("{{indicator.level1|merge}}"))) +
                    tc(p(r("{{indicator.level2 | merge}}"))) + tc(p(r("{{indicator.level3}}"))) +
                    "</w:tr>";
  std::string out = render(p(r("{{#projects}}")) + "<w:tbl><w:tr>" + tc(p(r("一级"))) + "</w:tr>" +
                           row + "</w:tbl>" + p(r("{{/projects}}")));
  // Per project: 产出 restart + 2 continues, 效益 alone; 数量 restart + 1 continue, 质量 twice
  // apart.
  EXPECT_EQ(count(out, "<w:vMerge w:val=\"restart\"/>"), 4u) << out;
  EXPECT_EQ(count(out, "<w:vMerge/>"), 6u);
  EXPECT_EQ(count(out, ">产出指标<"), 2u);  // once per project: continued cells are emptied
  EXPECT_EQ(count(out, ">质量指标<"), 4u);  // 效益's 质量指标 does not join 产出's
  EXPECT_EQ(count(out, "<w:tr>"), 2u * 5u);
}

TEST(TemplateRenderer, BuildsOtherTablesFromTheSample) {
  std::string sample =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/></w:tblPr><w:tblGrid><w:gridCol "
      "w:w=\"9000\"/></w:tblGrid><w:tr>" +
      tc("<w:p><w:pPr><w:pStyle w:val=\"Cell\"/></w:pPr>" + r("{{table.grid}}") + "</w:p>") +
      "</w:tr></w:tbl>";
  std::string out =
      render(p(r("{{#tables}}")) + p(r("{{table.title}}")) + sample + p(r("{{/tables}}")));
  EXPECT_NE(out.find(">采购表<"), std::string::npos);
  EXPECT_NE(out.find("<w:tblStyle w:val=\"Grid\"/>"), std::string::npos);
  EXPECT_EQ(count(out, "<w:gridCol w:w=\"3000\"/>"), 3u);
  EXPECT_NE(out.find("<w:tcW w:w=\"6000\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/><w:vMerge "
                     "w:val=\"restart\"/>"),
            std::string::npos)
      << out;
  EXPECT_EQ(count(out, "<w:pStyle w:val=\"Cell\"/>"), 7u);  // every cell, continued and blank too
  EXPECT_EQ(out.find("{{table.grid}}"), std::string::npos);
}

TEST(TemplateRenderer, RefusesAnUnknownFieldNamingIt) {
  try {
    render(p(r("{{project.name}}")));  // outside the projects block
    FAIL() << "accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.file(), "test.docx");
    EXPECT_NE(error.cause().find("{{project.name}}"), std::string::npos) << error.cause();
  }
}

TEST(TemplateRenderer, RefusesUnbalancedBlocks) {
  EXPECT_THROW(render(p(r("{{#projects}}")) + p(r("x"))), Error);
  EXPECT_THROW(render(p(r("{{/tables}}"))), Error);
  EXPECT_THROW(render(p(r("{{#projects}}")) + p(r("{{#tables}}")) + p(r("{{/tables}}")) +
                      p(r("{{/projects}}"))),
               Error);
}

}  // namespace
}  // namespace kpiconv::docx_template
