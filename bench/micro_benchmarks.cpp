// Google Benchmark micro-benchmarks of kpiconv's stages on the generated filings
// (bench/run_benchmarks.sh makes them and runs this): the DOCX reader, the recognizer, the value
// parser, the XLSX reader and every writer.
//
//   kpiconv_micro_benchmarks --data DIR [Google Benchmark options]
#include <benchmark/benchmark.h>

#include <cstring>
#include <filesystem>
#include <iostream>

#include "converter/convert.h"
#include "converter/recognize/recognizer.h"
#include "converter/registry/registry.h"
#include "converter/values/indicator_value.h"

using namespace kpiconv;

namespace {

std::string data_dir;

std::string data(const std::string& name) {
  return data_dir + "/" + name;
}

const Filing& filing_100() {
  static const Filing filing = read_filing(data("filing-100.docx"));
  return filing;
}

void BM_DocxReader(benchmark::State& state) {
  const std::string path = data("filing-100.docx");
  for (auto _ : state) {
    Document document = read_document(path);
    benchmark::DoNotOptimize(document.blocks.size());
  }
  state.SetLabel("100 projects");
}
BENCHMARK(BM_DocxReader)->Unit(benchmark::kMillisecond);

void BM_Recognizer(benchmark::State& state) {
  const Document document = read_document(data("filing-100.docx"));
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Block> blocks = document.blocks;
    state.ResumeTiming();
    Recognizer recognizer;
    recognizer.metadata(document.metadata);
    for (Block& block : blocks) recognizer.block(std::move(block));
    Filing filing = recognizer.finish({"filing-100.docx", "docx"});
    benchmark::DoNotOptimize(filing.projects.size());
  }
  state.SetLabel("100 projects");
}
BENCHMARK(BM_Recognizer)->Unit(benchmark::kMillisecond);

void BM_ValueParser(benchmark::State& state) {
  std::vector<std::string> values;
  for (const Project& project : filing_100().projects) {
    for (const Indicator& indicator : project.indicators) values.push_back(indicator.value.text);
  }
  for (auto _ : state) {
    for (const std::string& value : values) {
      benchmark::DoNotOptimize(parse_indicator_value(value));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * values.size()));
}
BENCHMARK(BM_ValueParser);

void BM_XlsxReader(benchmark::State& state) {
  const std::string path = data("cells-1m.xlsx");
  for (auto _ : state) {
    Document document = read_document(path);
    benchmark::DoNotOptimize(document.blocks.size());
  }
  state.SetLabel("1,000,000 cells");
}
BENCHMARK(BM_XlsxReader)->Unit(benchmark::kMillisecond)->Iterations(3);

void write_benchmark(benchmark::State& state, const char* format, const char* extension) {
  const Writer& writer = *builtin_registry().writer_named(format);
  const std::string output =
      (std::filesystem::temp_directory_path() / (std::string("kpiconv-bench") + extension))
          .string();
  for (auto _ : state) {
    write_filing(filing_100(), output, writer);
  }
  std::filesystem::remove(output);
  state.SetLabel("100 projects");
}
void BM_JsonWriter(benchmark::State& state) {
  write_benchmark(state, "json", ".json");
}
void BM_CsvWriter(benchmark::State& state) {
  write_benchmark(state, "csv", ".csv");
}
void BM_XlsxWriter(benchmark::State& state) {
  write_benchmark(state, "xlsx", ".xlsx");
}
void BM_DocxWriter(benchmark::State& state) {
  write_benchmark(state, "docx", ".docx");
}
BENCHMARK(BM_JsonWriter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CsvWriter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_XlsxWriter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DocxWriter)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      data_dir = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (data_dir.empty()) {
    std::cerr << "usage: kpiconv_micro_benchmarks --data DIR [benchmark options]\n";
    return 2;
  }
  int count = static_cast<int>(rest.size());
  benchmark::Initialize(&count, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
