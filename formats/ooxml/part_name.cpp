#include "formats/ooxml/part_name.h"

#include <vector>

namespace kpiconv::ooxml {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string percent_decode(std::string_view text) {
  std::string decoded;
  decoded.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int high = hex_value(text[i + 1]);
      int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        decoded.push_back(static_cast<char>(high * 16 + low));
        i += 2;
        continue;
      }
    }
    decoded.push_back(text[i]);
  }
  return decoded;
}

std::string part_key(std::string_view part_name) {
  std::string key = percent_decode(part_name);
  size_t start = 0;
  while (start < key.size() && key[start] == '/') ++start;
  key.erase(0, start);
  for (char& c : key) c = ascii_lower(c);
  return key;
}

bool same_part(std::string_view a, std::string_view b) {
  return part_key(a) == part_key(b);
}

std::string_view part_folder(std::string_view part_name) {
  size_t slash = part_name.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part_name.substr(0, slash + 1);
}

std::string relationships_part_for(std::string_view source_part) {
  while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
  if (source_part.empty()) return "_rels/.rels";
  std::string_view folder = part_folder(source_part);
  std::string rels(folder);
  rels += "_rels/";
  rels += source_part.substr(folder.size());
  rels += ".rels";
  return rels;
}

std::optional<std::string> resolve_target(std::string_view source_part, std::string_view target) {
  size_t cut = target.find_first_of("?#");
  if (cut != std::string_view::npos) target = target.substr(0, cut);
  if (target.empty()) return std::nullopt;
  std::string decoded = percent_decode(target);
  for (char& c : decoded) {
    if (c == '\\') c = '/';  // some producers write Windows separators
  }
  std::string combined;
  if (!decoded.empty() && decoded.front() == '/') {
    combined = decoded;
  } else {
    while (!source_part.empty() && source_part.front() == '/') source_part.remove_prefix(1);
    combined = std::string(part_folder(source_part)) + decoded;
  }
  // Remove "." and ".." segments.
  std::vector<std::string_view> segments;
  std::string_view rest = combined;
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  if (segments.empty()) return std::nullopt;
  std::string resolved;
  for (std::string_view segment : segments) {
    if (!resolved.empty()) resolved.push_back('/');
    resolved += segment;
  }
  return resolved;
}

}  // namespace kpiconv::ooxml
