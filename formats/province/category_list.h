// A province's list of 一级/二级指标 as its drop-downs write them: each category's code, and how
// an entry reads ("{code} {name}": "11 数量指标"). Looked up by the category's name as a filing
// words it (社会效益 finds 社会效益指标) when a template is filled, and by the entry when a filled
// one is read, each in logarithmic time however long the list.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpiconv::province {

class CategoryList {
 public:
  // No [categories]: categories are written as the filing names them.
  CategoryList() = default;
  // `codes`: category name → code, in the mapping's order (the first of two alike wins).
  CategoryList(std::string format, std::vector<std::pair<std::string, std::string>> codes);

  // Whether the mapping has [categories].
  bool listed() const { return !format_.empty(); }
  const std::string& format() const { return format_; }
  const std::vector<std::pair<std::string, std::string>>& codes() const { return codes_; }

  // The drop-down entry of a category as a filing names it; the text itself when not listed.
  std::string entry_for(const std::string& text) const;
  // The category an entry of the drop-down names; the entry itself when not listed.
  std::string name_of(std::string_view entry) const;

 private:
  std::string format_;
  std::vector<std::pair<std::string, std::string>> codes_;
  std::map<std::string, std::size_t, std::less<>> by_key_;    // category_key(name) → codes_
  std::map<std::string, std::size_t, std::less<>> by_entry_;  // entry → codes_
};

// The format with {code} and {name} replaced, in one pass: a code or name holding "{code}" is
// written as it is, never expanded again.
std::string formatted_category(std::string_view format, std::string_view code,
                               std::string_view name);

}  // namespace kpiconv::province
