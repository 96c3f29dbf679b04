#include "formats/docx/apply/edit_context.h"

#include "converter/normalize/normalizer.h"
#include "formats/docx/apply/text_setter.h"
#include "formats/docx/apply/wml_dom.h"

namespace kpiconv::docx_apply {
namespace {

size_t occurrences(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

}  // namespace

xmlNode* EditContext::find(const Provenance& where, std::string& problem) const {
  if (where.empty()) {
    problem = "it is not in the original, so there is no cell to write it in";
    return nullptr;
  }
  if (where.part != part) {
    problem = "its place " + where.to_string() + " is not in the main part " + part;
    return nullptr;
  }
  xmlNode* element = index.find(where.locator);
  if (element == nullptr) problem = "its place " + where.to_string() + " is not in the original";
  return element;
}

void EditContext::write_field(AppliedEdit& edit) {
  xmlNode* element = find(edit.where, edit.problem);
  if (element == nullptr) {
    edit.applied = false;
    return;
  }
  std::string current = reader_text(element);
  std::string text;
  if (trim(current) == edit.before) {
    text = edit.after;
  } else if (!edit.before.empty() && occurrences(current, edit.before) == 1) {
    text = current;
    text.replace(text.find(edit.before), edit.before.size(), edit.after);
  } else {
    edit.applied = false;
    edit.problem = "the original has \"" + std::string(trim(current)) + "\" at " +
                   edit.where.to_string() + ", not \"" + edit.before +
                   "\" (a value read from several cells is not written back)";
    return;
  }
  set_text(element, text, nullptr, replaced);
  changed = true;
}

}  // namespace kpiconv::docx_apply
