// Projects parked in a scratch file (converter/scratch_file.h): a batch worker converts a filing a
// project at a time into a spool, and the combined output takes them back in input order, one at a
// time. Memory holds one project, whatever the filing's size and however many filings wait their
// turn.
#pragma once

#include <string>

#include "converter/model/filing.h"
#include "converter/model/project_sink.h"
#include "converter/scratch_file.h"

namespace kpiconv {

class ProjectSpool {
 public:
  // Throws Error(kOutputFailed) when no scratch file can be made.
  ProjectSpool();
  void add(const Project& project);
  std::size_t size() const { return projects_; }
  // Every project added, in order, to `sink`; once.
  void replay(ProjectSink& sink);

 private:
  ScratchFile file_;
  std::size_t projects_ = 0;
  std::string buffer_;  // one project's bytes
};

}  // namespace kpiconv
