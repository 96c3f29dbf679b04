#include "converter/convert.h"

#include <fstream>
#include <iostream>

#include "converter/atomic_output.h"
#include "converter/error.h"
#include "converter/recognize/recognizer.h"
#include "converter/registry/registry.h"

namespace kpiconv {

Document read_document(const std::string& path, const ReadOptions& options) {
  const Reader& reader = builtin_registry().reader_for(path);
  Document document;
  document.source_path = path;
  document.format = std::string(reader.name());
  DocumentBuilder builder(document);
  reader.read(path, builder, options);
  return document;
}

Filing read_filing(const std::string& path, const ReadOptions& options) {
  const Reader& reader = builtin_registry().reader_for(path);
  Recognizer recognizer;
  reader.read(path, recognizer, options);
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
