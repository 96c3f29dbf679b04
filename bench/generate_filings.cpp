// Writes the benchmarks' inputs: synthetic filings shaped like the seeds.
//
//   kpiconv_bench_generate SOURCE_DIR OUT_DIR
//
// OUT_DIR/filing-10.docx … filing-10000.docx                   N projects in one Word document
// OUT_DIR/small/NNNN.docx                                      1,000 filings of 3 to 12 projects
// OUT_DIR/cells-1m.xlsx                                        a normalized workbook, 1,000,000+
// cells OUT_DIR/rows/NNNN.csv                                        1,000 CSV filings, 1,000+
// indicators each
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "bench/synthetic_filings.h"
#include "converter/convert.h"
#include "converter/model/flat_columns.h"
#include "converter/registry/registry.h"

using namespace kpiconv;

namespace {

void write(const Filing& filing, const std::filesystem::path& path, std::string_view format) {
  write_filing(filing, path.string(), *builtin_registry().writer_named(format));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: kpiconv_bench_generate SOURCE_DIR OUT_DIR\n";
    return 2;
  }
  const std::string source_dir = argv[1];
  const std::filesystem::path out = argv[2];
  std::filesystem::create_directories(out / "small");
  std::filesystem::create_directories(out / "rows");
  // 10,000 projects for the growth curve of filling province templates (README: Speed).
  for (int projects : {10, 100, 1000, 10000}) {
    write(bench::synthetic_filing(source_dir, projects),
          out / ("filing-" + std::to_string(projects) + ".docx"), "docx");
  }
  for (int i = 0; i < 1000; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%04d.docx", i);
    write(bench::synthetic_filing(source_dir, 3 + i % 10, i), out / "small" / name, "docx");
  }
  // Projects enough for a little over 1,000,000 cells in the 项目 and 指标 sheets.
  const size_t project_cells = project_sheet_columns().size();
  const size_t indicator_cells = indicator_sheet_columns().size();
  int projects = 0;
  size_t total = 0;
  Filing cells;
  for (projects = 1000; total < 1000000; projects += 200) {
    cells = bench::synthetic_filing(source_dir, projects);
    total = project_cells * (cells.projects.size() + 1) + indicator_cells;
    for (const Project& project : cells.projects)
      total += indicator_cells * project.indicators.size();
  }
  write(cells, out / "cells-1m.xlsx", "xlsx");
  std::cout << "cells-1m.xlsx: " << cells.projects.size() << " projects, " << total << " cells\n";
  // A province's flat filings: 1,000 CSV files of a little over 1,000 indicators each.
  size_t rows = 0;
  for (int i = 0; i < 1000; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%04d.csv", i);
    Filing filing = bench::synthetic_filing(source_dir, 135, i);
    for (const Project& project : filing.projects) rows += project.indicators.size();
    write(filing, out / "rows" / name, "csv");
  }
  std::cout << "rows: " << rows << " indicator rows\n";
  return 0;
}
