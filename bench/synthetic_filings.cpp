#include "bench/synthetic_filings.h"

#include <cstdio>
#include <vector>

#include "converter/convert.h"

namespace kpiconv::bench {
namespace {

const std::vector<Filing>& seed_filings(const std::string& source_dir) {
  static const std::vector<Filing> seeds = [&] {
    std::vector<Filing> filings;
    for (const char* seed : {"000", "001", "002", "003", "004"}) {
      filings.push_back(read_filing(source_dir + "/fixtures/docx/" + seed + ".docx"));
    }
    return filings;
  }();
  return seeds;
}

}  // namespace

Filing synthetic_filing(const std::string& source_dir, int projects, int variant) {
  const std::vector<Filing>& seeds = seed_filings(source_dir);
  std::vector<const Project*> pool;
  for (const Filing& seed : seeds) {
    for (const Project& project : seed.projects) pool.push_back(&project);
  }
  Filing filing;
  filing.source = {"synthetic", "docx"};
  filing.title = seeds[static_cast<size_t>(variant) % seeds.size()].title;
  filing.tables = seeds[static_cast<size_t>(variant) % seeds.size()].tables;
  for (int i = 0; i < projects; ++i) {
    Project project = *pool[static_cast<size_t>(i + variant) % pool.size()];
    char code[32];
    std::snprintf(code, sizeof code, "13073024P%06d%06dX", variant, i);
    project.code.text = code;
    project.title.text = std::to_string(i + 1) + ". " + project.name.text + "绩效目标表";
    filing.projects.push_back(std::move(project));
  }
  return filing;
}

}  // namespace kpiconv::bench
