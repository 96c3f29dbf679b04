// Where a filing's projects go one by one, so that memory holds one project rather than the filing.
#pragma once

#include "converter/model/filing.h"

namespace kpiconv {

class ProjectSink {
 public:
  virtual ~ProjectSink() = default;
  // The next project of the filing, in filing order, complete: nothing read later changes it.
  virtual void project(Project&& project) = 0;
};

}  // namespace kpiconv
