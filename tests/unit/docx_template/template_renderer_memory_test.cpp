// The renderer unlinks the template's body elements to keep them as its blocks; xmlFreeDoc no
// longer reaches them, so the renderer must free them itself, also when its constructor throws.
// Found by the sanitizer run of the suite: every DOCX written leaked the template's body. Only
// LeakSanitizer (the KPICONV_SANITIZE build that ./bootstrap test runs) sees these tests fail.
#include <gtest/gtest.h>

#include <sstream>

#include "converter/error.h"
#include "formats/docx/template/template_renderer.h"

namespace kpiconv::docx_template {
namespace {

constexpr const char* kBareDocumentOpen =
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
constexpr const char* kBareDocumentClose = "<w:sectPr/></w:body></w:document>";

std::string paragraph(const std::string& text) {
  return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

TEST(TemplateRendererMemory, FreesTheTemplateBodyItKeeps) {
  Filing filing;
  filing.projects.resize(2);
  std::string body = paragraph("{{filing.title}}") + paragraph("{{#projects}}") +
                     paragraph("{{project.code}}") + paragraph("{{/projects}}");
  TemplateRenderer renderer(kBareDocumentOpen + body + kBareDocumentClose, "test.docx");
  std::ostringstream out;
  renderer.render(filing, out);
  EXPECT_FALSE(out.str().empty());
}

TEST(TemplateRendererMemory, FreesTheBodyWhenTheTemplateIsRefused) {
  std::string body = paragraph("before") + paragraph("{{#projects}}") + paragraph("never closed");
  EXPECT_THROW(TemplateRenderer(kBareDocumentOpen + body + kBareDocumentClose, "test.docx"), Error);
}

}  // namespace
}  // namespace kpiconv::docx_template
