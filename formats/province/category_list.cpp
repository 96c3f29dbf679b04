#include "formats/province/category_list.h"

#include "converter/validate/category_names.h"

namespace kpiconv::province {

std::string formatted_category(std::string_view format, std::string_view code,
                               std::string_view name) {
  static constexpr std::string_view kCode = "{code}";
  static constexpr std::string_view kName = "{name}";
  std::string text;
  for (size_t i = 0; i < format.size();) {
    if (format.substr(i, kCode.size()) == kCode) {
      text += code;
      i += kCode.size();
    } else if (format.substr(i, kName.size()) == kName) {
      text += name;
      i += kName.size();
    } else {
      text += format[i++];
    }
  }
  return text;
}

CategoryList::CategoryList(std::string format,
                           std::vector<std::pair<std::string, std::string>> codes)
    : format_(std::move(format)), codes_(std::move(codes)) {
  for (std::size_t i = 0; i < codes_.size(); ++i) {
    const auto& [name, code] = codes_[i];
    by_key_.emplace(category_key(name), i);
    by_entry_.emplace(formatted_category(format_, code, name), i);
  }
}

std::string CategoryList::entry_for(const std::string& text) const {
  if (!listed() || text.empty()) return text;
  auto found = by_key_.find(category_key(text));
  if (found == by_key_.end()) return text;  // not in the province's list: written as filed
  const auto& [name, code] = codes_[found->second];
  return formatted_category(format_, code, name);
}

std::string CategoryList::name_of(std::string_view entry) const {
  auto found = by_entry_.find(entry);
  return found != by_entry_.end() ? codes_[found->second].first : std::string(entry);
}

}  // namespace kpiconv::province
