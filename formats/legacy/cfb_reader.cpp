#include "formats/legacy/cfb_reader.h"

#include "converter/error.h"
#include "formats/docx/docx_reader.h"
#include "formats/legacy/cfb_directory.h"
#include "formats/legacy/legacy_format.h"
#include "formats/legacy/libreoffice.h"
#include "formats/xlsx/xlsx_reader.h"

namespace kpiconv {
namespace {

// Passes everything on, the metadata saying how the file was read.
class ConvertedSink : public BlockSink {
 public:
  ConvertedSink(BlockSink& sink, std::string source_format)
      : sink_(sink), source_format_(std::move(source_format)) {}
  void metadata(const DocumentMetadata& metadata) override {
    DocumentMetadata marked = metadata;
    marked.source_format = source_format_;
    sink_.metadata(marked);
  }
  void block(Block&& block) override { sink_.block(std::move(block)); }
  void warning(Warning&& warning) override { sink_.warning(std::move(warning)); }

 private:
  BlockSink& sink_;
  std::string source_format_;
};

// Runs `work`; an unreadable-input error it throws naming no file (LibreOffice's own troubles)
// names `path`.
template <class Work>
void naming_the_input(const std::string& path, Work&& work) {
  try {
    work();
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::kUnreadable || !error.file().empty()) throw;
    throw Error(error.kind(), path, error.cause(), error.place());
  }
}

}  // namespace

bool CfbReader::claims(const InputProbe& probe) const {
  return probe.starts_with(legacy::kCfbMagic);
}

std::string CfbReader::description_of(const InputProbe& probe) const {
  try {
    return "a " + legacy::identify_legacy_file(probe.path()).description;
  } catch (const Error&) {
    return std::string(description());  // encrypted or not Office: read() says which
  }
}

void CfbReader::read(const std::string& path, BlockSink& sink, const ReadOptions& options) const {
  const legacy::LegacyFormat format = legacy::identify_legacy_file(path);
  std::optional<legacy::LibreOffice> office;
  naming_the_input(path, [&] {
    office = legacy::find_libreoffice(options.soffice, options.soffice_timeout_seconds);
  });
  if (!office) {
    throw_unreadable(path, format.description + ", which kpiconv reads through LibreOffice: " +
                               "install it (apt-get install " + format.debian_package +
                               ", or name soffice with --soffice PATH) or save the file as ." +
                               format.target);
  }
  std::optional<legacy::ConvertedFile> converted;
  naming_the_input(path, [&] {
    converted.emplace(legacy::convert_with_libreoffice(*office, path, format.target,
                                                       options.soffice_timeout_seconds));
  });
  const std::string via = "LibreOffice " + office->version;
  ConvertedSink marked(sink, format.name + " (via " + via + ")");
  try {
    if (format.target == "docx") {
      DocxReader().read(converted->path(), marked, options);
    } else {
      XlsxReader().read(converted->path(), marked, options);
    }
  } catch (const Error& error) {
    // Said of the input, which is what the user gave, not of the private copy.
    if (error.file() != converted->path()) throw;
    throw Error(error.kind(), path, "as ." + format.target + " from " + via + ": " + error.cause(),
                error.place());
  }
}

}  // namespace kpiconv
