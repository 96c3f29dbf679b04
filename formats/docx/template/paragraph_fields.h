// Fills {{placeholders}} in paragraphs. Word often splits what a person typed as "{{project.name}}"
// over several runs (spell checking, an edit in the middle); the text of a paragraph's runs is
// read as one string, and the value goes into the run where the placeholder starts, in that run's
// formatting. Values are inserted as text, never read again: a value holding "{{" stays literal.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>

#include "formats/docx/template/field_values.h"

namespace kpiconv::docx_template {

// Paragraphs already filled, which a later pass must leave alone.
using FilledParagraphs = std::unordered_set<xmlNode*>;

// What to put for a placeholder; nullopt leaves it as it is (e.g. {{table.grid}}).
using FieldLookup = std::function<std::optional<std::string>(const Placeholder&)>;

// Fills every paragraph under `root` (itself included) not in `filled`, and adds them to it.
void fill_paragraphs(xmlNode* root, const FieldLookup& lookup, FilledParagraphs& filled);

// The placeholders of the paragraphs under `root`, in order.
std::vector<Placeholder> placeholders_in(xmlNode* root);

// Replaces a w:t's text; '\n' becomes w:br and '\t' w:tab in the same run.
void set_run_text(xmlNode* text_element, const std::string& text);

}  // namespace kpiconv::docx_template
