// What each fuzz target does with one input, shared by the libFuzzer programs (tests/fuzz/*.cpp)
// and the regression test that replays tests/fuzz/regressions/ in the ordinary test suite.
//
// An input kpiconv cannot read (kpiconv::Error) is a fine outcome and is swallowed. Everything
// else that goes wrong — another exception, a crash, a sanitizer report, a leak, a hang — escapes
// to the caller, where libFuzzer or the test reports it.
#pragma once

#include <string_view>

#include "converter/registry/format.h"

namespace kpiconv::fuzz {

// The caps of ReadOptions scaled down to the size of a fuzz input, so that one input takes
// milliseconds while every limit still has its code exercised.
ReadOptions fuzz_read_options();

// The bytes as a file offered to the reader registered as `reader_name` ("docx", "xlsx", "csv"):
// its claims() as the registry would ask it, then its read() whatever it answered, into the
// recognizer; the filing is then validated, its amounts expressed in 元 and turned into the
// canonical JSON, as `kpiconv convert --validate --amount-unit 元` would.
void read_as(std::string_view reader_name, std::string_view bytes);

// The bytes as a 指标值: parsed, and its number (if any) converted between amount units as
// `--amount-unit` would.
void parse_value(std::string_view bytes);

// The bytes as a province template's mapping.toml (province_mapping_target.cpp): parsed, and when
// it parses, a small filing filled through it into the shipped workbook of its layout, as
// `--template` would, and the filled workbook read back through it.
void fill_through_mapping(std::string_view bytes);

}  // namespace kpiconv::fuzz
