#include "converter/convert.h"

#include <fstream>
#include <iostream>
#include <new>
#include <optional>

#include "converter/atomic_output.h"
#include "converter/error.h"
#include "converter/recognize/recognizer.h"
#include "converter/registry/registry.h"
#include "formats/province/template_read.h"

namespace kpiconv {

namespace {

// Reads `path` with the reader its content calls for (found by content, never by name), first
// telling `sink` when the file is two formats at once or its name says another one.
const Reader& read_into(const std::string& path, BlockSink& sink, const ReadOptions& options) {
  const Registry& registry = builtin_registry();
  const Reader& reader = registry.reader_for(path);
  // An ambiguous file says so; its name, whatever it is, is then the lesser news.
  std::string warning = registry.ambiguous_content(path, reader);
  if (warning.empty()) warning = registry.misleading_extension(path, reader);
  if (!warning.empty()) sink.warning(Warning{std::move(warning), Provenance{}});
  try {
    reader.read(path, sink, options);
  } catch (const std::bad_alloc&) {
    // Within the caps no file needs this much; past them, it is the input, not a bug.
    throw_unreadable(path,
                     "too large: reading it needs more memory than there is (lower caps refuse "
                     "such a file early: --max-table-cells, --max-document-cells, --max-text)");
  }
  return reader;
}

}  // namespace

Document read_document(const std::string& path, const ReadOptions& options) {
  Document document;
  document.source_path = path;
  DocumentBuilder builder(document);
  document.format = std::string(read_into(path, builder, options).name());
  if (!document.metadata.source_format.empty()) document.format = document.metadata.source_format;
  return document;
}

namespace {

// A province template's workbook, when `path` is one (read through its mapping, whole).
std::optional<Filing> read_province_workbook(const std::string& path, const ReadOptions& options) {
  if (!options.province_template.empty()) {
    return province::read_filled_template(
        path, province::open_province_template(options.province_template), options);
  }
  if (builtin_registry().reader_for(path).name() == "xlsx") {
    return province::read_any_filled_template(path, options);
  }
  return std::nullopt;
}

}  // namespace

Filing read_filing(const std::string& path, const ReadOptions& options) {
  if (std::optional<Filing> filled = read_province_workbook(path, options)) return *filled;
  Recognizer recognizer;
  const Reader& reader = read_into(path, recognizer, options);
  return recognizer.finish({path, std::string(reader.name())});
}

Filing read_filing(const std::string& path, const ReadOptions& options, ProjectSink& projects) {
  if (std::optional<Filing> filled = read_province_workbook(path, options)) {
    for (Project& project : filled->projects) projects.project(std::move(project));
    filled->projects.clear();
    return *filled;
  }
  Recognizer recognizer;
  recognizer.send_projects_to(projects);
  const Reader& reader = read_into(path, recognizer, options);
  return recognizer.finish({path, std::string(reader.name())});
}

namespace {

// Runs `write` on a temporary file and puts the result at `output` whole or not at all; "-"
// copies it to standard output once it is complete.
template <class Write>
auto write_output(const std::string& output, Write write) {
  if (output != "-") {
    AtomicOutput file(output);
    auto result = file.produce(write);
    file.commit();
    return result;
  }
  // Writers produce files; standard output gets a finished one, never half of it.
  AtomicOutput scratch(std::filesystem::temp_directory_path() / "kpiconv-stdout");
  auto result = write(scratch.temporary());
  std::ifstream in(scratch.temporary(), std::ios::binary);
  if (std::filesystem::file_size(scratch.temporary()) > 0) std::cout << in.rdbuf();
  std::cout.flush();
  if (!std::cout) throw Error(ErrorKind::kOutputFailed, "-", "cannot write to standard output");
  return result;
}

// Each project through the steps, then to the output and to whoever else takes it.
class SteppedProjects : public ProjectSink {
 public:
  SteppedProjects(ProjectSteps& steps, FilingStream* output, ProjectSink* also)
      : steps_(steps), output_(output), also_(also) {}
  void project(Project&& project) override {
    steps_.apply(project);
    if (output_ != nullptr) output_->add(project);
    if (also_ != nullptr) also_->project(std::move(project));
  }

 private:
  ProjectSteps& steps_;
  FilingStream* output_;
  ProjectSink* also_;
};

}  // namespace

WriteReport write_filing(const Filing& filing, const std::string& output, const Writer& writer,
                         const WriteOptions& options) {
  return write_output(output, [&](const std::filesystem::path& file) {
    return writer.write(filing, file, options);
  });
}

Converted convert_file(const std::string& input, const ReadOptions& read_options,
                       const ConvertSteps& steps, const std::string& output, const Writer* writer,
                       const WriteOptions& write_options, ProjectSink* also) {
  auto convert = [&](const std::filesystem::path* file) {
    std::unique_ptr<FilingStream> stream =
        file != nullptr ? writer->stream(*file, write_options) : nullptr;
    Converted converted;
    if (file == nullptr || stream) {
      ProjectSteps project_steps(steps, input);
      SteppedProjects projects(project_steps, stream.get(), also);
      converted.rest = read_filing(input, read_options, projects);
      project_steps.add_findings_to(converted.rest);
      converted.warnings = project_steps.take_warnings();
      if (stream) converted.report = stream->finish(converted.rest);
    } else {
      Filing filing = read_filing(input, read_options);
      converted.warnings = apply_steps(filing, steps);
      converted.report = writer->write(filing, *file, write_options);
      if (also != nullptr) {
        for (Project& project : filing.projects) also->project(std::move(project));
      }
      filing.projects.clear();
      converted.rest = std::move(filing);
    }
    return converted;
  };
  if (output.empty()) return convert(nullptr);
  return write_output(output, [&](const std::filesystem::path& file) { return convert(&file); });
}

}  // namespace kpiconv
