// How wide text looks in a CJK spreadsheet or form: Han, full-width and (in a CJK font) East Asian
// ambiguous characters take two columns, everything else one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kpiconv {

// Columns taken by `text`; for several lines, those of the widest.
int display_width(std::string_view text);

// The end of one-line `text` that fits in `columns` columns, after "…" when it had to be cut
// (a long path shown by its file name).
std::string last_columns(std::string_view text, int columns);

// Lines `text` takes when wrapped at `columns` columns (at least one).
int wrapped_line_count(std::string_view text, int columns);

}  // namespace kpiconv
