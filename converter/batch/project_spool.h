// Projects parked in an unnamed temporary file: a batch worker converts a filing a project at a
// time into a spool, and the combined output takes them back in input order, one at a time. Memory
// holds one project, whatever the filing's size and however many filings wait their turn.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "converter/model/filing.h"
#include "converter/model/project_sink.h"

namespace kpiconv {

class ProjectSpool : public ProjectSink {
 public:
  // Throws Error(kOutputFailed) when no temporary file can be made.
  ProjectSpool();
  void project(Project&& project) override { add(project); }
  void add(const Project& project);
  std::size_t size() const { return projects_; }
  // Every project added, in order, to `sink`; once.
  void replay(ProjectSink& sink);

 private:
  struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::size_t projects_ = 0;
  std::string buffer_;  // one project's bytes
};

}  // namespace kpiconv
