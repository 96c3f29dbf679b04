// The cap on the text a workbook's cells expand to (ReadOptions::max_text_bytes). Shared strings
// make a small file expand enormously — one 1 MB string named by 12,000 cells is 12 GB — so every
// cell's text is counted as it is read, before any copy is made.
#pragma once

#include <cstdint>
#include <string>

#include "converter/error.h"

namespace kpiconv::xlsx {

class TextBudget {
 public:
  TextBudget(std::uint64_t limit, std::string file) : limit_(limit), file_(std::move(file)) {}

  // Counts `bytes` of cell text of `sheet`; throws Error(kUnreadable) once over the limit.
  void spend(std::uint64_t bytes, const std::string& sheet) {
    used_ += bytes;
    if (used_ > limit_) {
      throw_unreadable(file_, "too much text: the cells expand to more than " +
                                  std::to_string(limit_) + " bytes (reached in sheet \"" + sheet +
                                  "\"); a shared-string amplification?");
    }
  }
  std::uint64_t used() const { return used_; }

 private:
  std::uint64_t limit_;
  std::uint64_t used_ = 0;
  std::string file_;
};

}  // namespace kpiconv::xlsx
