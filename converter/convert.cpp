#include "converter/convert.h"

#include <fstream>
#include <iostream>

#include "converter/atomic_output.h"
#include "converter/error.h"
#include "converter/recognize/recognizer.h"
#include "converter/registry/registry.h"
#include "formats/province/template_read.h"

namespace kpiconv {

namespace {

// Reads `path` with the reader its content calls for (found by content, never by name), first
// telling `sink` when the file's name says another format.
const Reader& read_into(const std::string& path, BlockSink& sink, const ReadOptions& options) {
  const Registry& registry = builtin_registry();
  const Reader& reader = registry.reader_for(path);
  if (std::string warning = registry.misleading_extension(path, reader); !warning.empty()) {
    sink.warning(Warning{std::move(warning), Provenance{}});
  }
  reader.read(path, sink, options);
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

Filing read_filing(const std::string& path, const ReadOptions& options) {
  if (!options.province_template.empty()) {
    return province::read_filled_template(
        path, province::open_province_template(options.province_template), options);
  }
  if (builtin_registry().reader_for(path).name() == "xlsx") {
    if (std::optional<Filing> filled = province::read_any_filled_template(path, options)) {
      return *filled;
    }
  }
  Recognizer recognizer;
  const Reader& reader = read_into(path, recognizer, options);
  return recognizer.finish({path, std::string(reader.name())});
}

WriteReport write_filing(const Filing& filing, const std::string& output, const Writer& writer,
                         const WriteOptions& options) {
  if (output != "-") {
    AtomicOutput file(output);
    WriteReport report = writer.write(filing, file.temporary(), options);
    file.commit();
    return report;
  }
  // Writers produce files; standard output gets a finished one, never half of it.
  AtomicOutput scratch(std::filesystem::temp_directory_path() / "kpiconv-stdout");
  WriteReport report = writer.write(filing, scratch.temporary(), options);
  std::ifstream in(scratch.temporary(), std::ios::binary);
  if (std::filesystem::file_size(scratch.temporary()) > 0) std::cout << in.rdbuf();
  std::cout.flush();
  if (!std::cout) throw Error(ErrorKind::kOutputFailed, "-", "cannot write to standard output");
  return report;
}

}  // namespace kpiconv
