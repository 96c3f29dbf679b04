// Readers and writers by format name. Input formats are found by content, output formats by name or
// by the output file's extension.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "converter/registry/format.h"

namespace kpiconv {

class Registry {
 public:
  void add_reader(std::unique_ptr<Reader> reader);
  void add_writer(std::unique_ptr<Writer> writer);
  void add_applier(std::unique_ptr<EditApplier> applier);

  // The reader whose format the file's content shows; throws Error(kUnreadable) naming the cause
  // when none does.
  const Reader& reader_for(const std::string& path) const;
  // When `path`'s extension is another reader's (a .docx holding a workbook, a .csv holding a
  // zip), what to warn: "the file is named .docx but holds an Excel workbook; read as XLSX".
  // Empty when the extension is `reader`'s own or no reader's.
  std::string misleading_extension(const std::string& path, const Reader& reader) const;
  // When the file is `reader`'s format by its first bytes and another's read from its end (a zip
  // appended to a compound file: both a .doc and a .docx), what to warn: that it is ambiguous,
  // both formats, and which one is read. Empty when it is one format only.
  std::string ambiguous_content(const std::string& path, const Reader& reader) const;
  const Reader* reader_named(std::string_view name) const;
  const Writer* writer_named(std::string_view name) const;
  const Writer* writer_for_extension(std::string_view extension) const;
  // The applier for originals read by the reader named `reader_name`, or nullptr.
  const EditApplier* applier_for(std::string_view reader_name) const;

  std::vector<std::string> reader_names() const;
  std::vector<std::string> writer_names() const;

 private:
  std::vector<std::unique_ptr<Reader>> readers_;
  std::vector<std::unique_ptr<Writer>> writers_;
  std::vector<std::unique_ptr<EditApplier>> appliers_;
};

// The registry holding every built-in format (formats/builtin_formats.cpp).
const Registry& builtin_registry();
void register_builtin_formats(Registry& registry);

}  // namespace kpiconv
