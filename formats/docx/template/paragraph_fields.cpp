#include "formats/docx/template/paragraph_fields.h"

#include <vector>

#include "formats/docx/template/xml_tree.h"

namespace kpiconv::docx_template {
namespace {

struct TextPiece {
  xmlNode* element;  // a w:t
  size_t start;      // offset of its text in the paragraph's text
  size_t length;
};

std::string content_of(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content == nullptr ? "" : reinterpret_cast<const char*>(content);
  xmlFree(content);
  return text;
}

// The w:t elements of a paragraph's own runs, in order: through hyperlinks, fields, content
// controls and insertions, not into deletions, nested paragraphs or text boxes.
void collect_pieces(xmlNode* node, std::vector<TextPiece>& pieces, std::string& text) {
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_w(child, "t")) {
      std::string content = content_of(child);
      pieces.push_back({child, text.size(), content.size()});
      text += content;
    } else if (!is_w(child, "p") && !is_w(child, "del") && !is_w(child, "txbxContent") &&
               !is_w(child, "moveFrom") && !is_w(child, "instrText")) {
      collect_pieces(child, pieces, text);
    }
  }
}

struct Match {
  size_t begin;  // offset of "{{"
  size_t end;    // offset after "}}"
  std::string inside;
};

std::vector<Match> find_matches(const std::string& text) {
  std::vector<Match> matches;
  for (size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open)) {
    size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    matches.push_back({open, close + 2, text.substr(open + 2, close - open - 2)});
    open = close + 2;
  }
  return matches;
}

size_t piece_at(const std::vector<TextPiece>& pieces, size_t offset) {
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (offset < pieces[i].start + pieces[i].length) return i;
  }
  return pieces.size() - 1;
}

void fill_one(xmlNode* paragraph, const FieldLookup& lookup) {
  std::vector<TextPiece> pieces;
  std::string text;
  collect_pieces(paragraph, pieces, text);
  std::vector<Match> matches = find_matches(text);
  // From the last placeholder to the first: an earlier one's place in its runs stays valid.
  for (auto match = matches.rbegin(); match != matches.rend(); ++match) {
    std::optional<Placeholder> placeholder = parse_placeholder(match->inside);
    if (!placeholder) continue;
    std::optional<std::string> value = lookup(*placeholder);
    if (!value) continue;
    size_t first = piece_at(pieces, match->begin);
    size_t last = piece_at(pieces, match->end - 1);
    std::string first_text = content_of(pieces[first].element);
    size_t local_begin = match->begin - pieces[first].start;
    if (first == last) {
      size_t local_end = match->end - pieces[first].start;
      set_run_text(pieces[first].element,
                   first_text.substr(0, local_begin) + *value + first_text.substr(local_end));
      continue;
    }
    for (size_t i = first + 1; i < last; ++i) set_run_text(pieces[i].element, "");
    std::string last_text = content_of(pieces[last].element);
    set_run_text(pieces[last].element, last_text.substr(match->end - pieces[last].start));
    set_run_text(pieces[first].element, first_text.substr(0, local_begin) + *value);
  }
}

void collect_paragraphs(xmlNode* node, std::vector<xmlNode*>& paragraphs) {
  if (is_w(node, "p")) paragraphs.push_back(node);
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) collect_paragraphs(child, paragraphs);
  }
}

}  // namespace

void set_run_text(xmlNode* text_element, const std::string& text) {
  // Between w:t elements of one run go the breaks and tabs of multi-line values.
  size_t segment_start = 0;
  xmlNode* current = text_element;
  auto put = [](xmlNode* element, const std::string& segment) {
    xmlNodeSetContent(element, nullptr);
    xmlNodeAddContentLen(element, reinterpret_cast<const xmlChar*>(segment.data()),
                         static_cast<int>(segment.size()));
    xmlNodeSetSpacePreserve(element, 1);
  };
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') continue;
    put(current, text.substr(segment_start, i - segment_start));
    if (i == text.size()) break;
    const bool tab = text[i] == '\t';
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CR LF: one break
    xmlNode* separator = xmlAddNextSibling(current, new_w(current, tab ? "tab" : "br"));
    current = xmlAddNextSibling(separator, new_w(current, "t"));
    segment_start = i + 1;
  }
}

void fill_paragraphs(xmlNode* root, const FieldLookup& lookup, FilledParagraphs& filled) {
  std::vector<xmlNode*> paragraphs;
  collect_paragraphs(root, paragraphs);
  for (xmlNode* paragraph : paragraphs) {
    if (!filled.insert(paragraph).second) continue;
    fill_one(paragraph, lookup);
  }
}

std::vector<Placeholder> placeholders_in(xmlNode* root) {
  std::vector<xmlNode*> paragraphs;
  collect_paragraphs(root, paragraphs);
  std::vector<Placeholder> found;
  for (xmlNode* paragraph : paragraphs) {
    std::vector<TextPiece> pieces;
    std::string text;
    collect_pieces(paragraph, pieces, text);
    for (const Match& match : find_matches(text)) {
      if (std::optional<Placeholder> placeholder = parse_placeholder(match.inside)) {
        found.push_back(*placeholder);
      }
    }
  }
  return found;
}

}  // namespace kpiconv::docx_template
