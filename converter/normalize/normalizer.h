// The one text normalizer (ICU). Labels are matched, and later values parsed, through it; source
// text is never replaced by its normalized form, only compared through it.
#pragma once

#include <string>
#include <string_view>

namespace kpiconv {

// Ends trimmed of Unicode white space (ASCII blanks, U+3000, NBSP, …).
std::string_view trim(std::string_view text);
bool is_blank(std::string_view text);

// NFKC (full-width digits, letters and punctuation to ASCII); white space between two Han
// characters removed ("其中：财政    资金" → "其中:财政资金", "社会效益指 标" → "社会效益指标");
// other runs of white space collapsed to one space; ends trimmed.
std::string normalize_text(std::string_view text);

// The key labels are compared by: normalize_text with every remaining space removed and brackets
// unified (【】〔〕［］ → [], （） → ()), so "资金支出计 划（%）" and "资金支出计划(%)" meet.
std::string label_key(std::string_view text);

// True for a code point of the Han script.
bool is_han(char32_t code_point);

}  // namespace kpiconv
