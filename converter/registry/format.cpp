#include "converter/registry/format.h"

namespace kpiconv {

WriteReport write_through(FilingStream& stream, const Filing& filing) {
  for (const Project& project : filing.projects) stream.add(project);
  return stream.finish(filing);
}

namespace {

class GatheredFiling : public FilingStream {
 public:
  GatheredFiling(CombinedWriter& output, std::string source)
      : output_(output), source_(std::move(source)) {}
  void add(const Project& project) override { projects_.push_back(project); }
  WriteReport finish(const Filing& rest) override {
    Filing whole = rest;
    whole.projects = std::move(projects_);
    output_.add(whole, source_);
    return {};
  }

 private:
  CombinedWriter& output_;
  std::string source_;
  std::vector<Project> projects_;
};

}  // namespace

std::unique_ptr<FilingStream> CombinedWriter::next_filing(const std::string& source) {
  return std::make_unique<GatheredFiling>(*this, source);
}

}  // namespace kpiconv
