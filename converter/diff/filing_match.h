// Which project, indicator and table of one filing is which of another: the identity rules diff,
// apply and merge share (README "Matching rules").
//
// - Projects by project code; a project without a code by its name, else by its table title.
// - Indicators of a matched project by their path (一级, 二级, 三级) and, when a path repeats, by
//   its occurrence among the indicators with that path. Left over on both sides, an indicator with
//   the same 一级, 二级 and description on each side is the same one renamed (三级 changed).
// - Other tables by title and, when a title repeats, by occurrence; their cells by grid position.
//
// Labels are compared through label_key, so full-width digits or a stray space do not break a
// match; the texts themselves are compared exactly by the diff.
#pragma once

#include <string>
#include <vector>

#include "converter/model/filing.h"

namespace kpiconv {

// Indexes into the two filings' vectors; -1 on the side that lacks the item.
struct MatchedPair {
  int before = -1;
  int after = -1;
  bool renamed = false;  // indicators only: matched by description after the path changed

  bool added() const { return before < 0; }
  bool removed() const { return after < 0; }
};

// The pairs in the order of `after`, each removed item placed where it stood in `before` (before
// what replaced it).
std::vector<MatchedPair> match_projects(const std::vector<Project>& before,
                                        const std::vector<Project>& after);
std::vector<MatchedPair> match_indicators(const std::vector<Indicator>& before,
                                          const std::vector<Indicator>& after);
std::vector<MatchedPair> match_tables(const std::vector<GenericTable>& before,
                                      const std::vector<GenericTable>& after);

// The identity a project is matched by, for messages: its code, else its name, else its title.
std::string project_identity(const Project& project);

}  // namespace kpiconv
