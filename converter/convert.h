// The library's entry points: everything the CLI does is one call here.
#pragma once

#include <filesystem>
#include <string>

#include "converter/convert_steps.h"
#include "converter/model/document.h"
#include "converter/model/filing.h"
#include "converter/model/project_sink.h"
#include "converter/registry/format.h"

namespace kpiconv {

// The neutral document of any supported input (format found by content).
Document read_document(const std::string& path, const ReadOptions& options = {});

// The canonical filing of any supported input, streamed from reader to recognizer.
Filing read_filing(const std::string& path, const ReadOptions& options = {});
// The same, but each project goes to `projects` as soon as it is complete, in filing order, and
// the filing returned holds everything else: memory holds a project at a time, not the filing.
Filing read_filing(const std::string& path, const ReadOptions& options, ProjectSink& projects);

// Writes `filing` with `writer` to `output` atomically; "-" writes to standard output. Returns
// what the writer had to change to make a valid file.
WriteReport write_filing(const Filing& filing, const std::string& output, const Writer& writer,
                         const WriteOptions& options = {});

struct Converted {
  Filing rest;  // the filing read, after the steps, without its projects
  WriteReport report;
  std::vector<std::string> warnings;  // the steps' (ProjectSteps::take_warnings), about the input
};

// `kpiconv convert` of one file: `input` read, `steps` applied, `output` written atomically with
// `writer` ("-": standard output; "": nothing written). When the writer can stream
// (Writer::stream), each project goes from the reader through the steps to the output as soon as
// it is complete: memory holds one project, not the filing. Each project then goes on to `also`,
// when given.
Converted convert_file(const std::string& input, const ReadOptions& read_options,
                       const ConvertSteps& steps, const std::string& output, const Writer* writer,
                       const WriteOptions& write_options = {}, ProjectSink* also = nullptr);

}  // namespace kpiconv
