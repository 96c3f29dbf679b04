#include "converter/registry/registry.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "converter/error.h"
#include "converter/text/text.h"

namespace kpiconv {
namespace {

// "docx" → "DOCX", as people write the format's name.
std::string format_name(const Reader& reader) {
  std::string name(reader.name());
  for (char& c : name) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return name;
}

}  // namespace

InputProbe::InputProbe(std::string path) : path_(std::move(path)) {
  std::error_code error;
  std::filesystem::file_status status = std::filesystem::status(path_, error);
  if (error || !std::filesystem::exists(status)) throw_unreadable(path_, "no such file");
  if (std::filesystem::is_directory(status)) throw_unreadable(path_, "is a directory");
  size_ = std::filesystem::file_size(path_, error);
  std::ifstream in(path_, std::ios::binary);
  if (error || !in) throw_unreadable(path_, "cannot open the file");
  head_.resize(4096);
  in.read(head_.data(), static_cast<std::streamsize>(head_.size()));
  head_.resize(static_cast<size_t>(in.gcount()));
}

void Registry::add_reader(std::unique_ptr<Reader> reader) {
  readers_.push_back(std::move(reader));
}
void Registry::add_writer(std::unique_ptr<Writer> writer) {
  writers_.push_back(std::move(writer));
}
void Registry::add_applier(std::unique_ptr<EditApplier> applier) {
  appliers_.push_back(std::move(applier));
}

const EditApplier* Registry::applier_for(std::string_view reader_name) const {
  for (const auto& applier : appliers_) {
    if (applier->name() == reader_name) return applier.get();
  }
  return nullptr;
}

const Reader& Registry::reader_for(const std::string& path) const {
  InputProbe probe(path);
  if (probe.size() == 0) throw_unreadable(path, "empty file (0 bytes)");
  for (const auto& reader : readers_) {
    if (reader->claims(probe)) return *reader;
  }
  if (probe.starts_with("PK")) {
    throw_unreadable(path,
                     "a zip archive that is not a Word document (no wordprocessing main part)");
  }
  throw_unreadable(path,
                   "unrecognized file format (not a Word document, an Excel workbook or CSV text)");
}

std::string Registry::misleading_extension(const std::string& path, const Reader& reader) const {
  const std::string written = std::filesystem::path(path).extension().string();
  const std::string extension = ascii_lowercase(written);
  if (extension.empty()) return {};
  auto named_by = [&extension](const Reader& candidate) {
    const std::vector<std::string_view> own = candidate.extensions();
    return std::find(own.begin(), own.end(), extension) != own.end();
  };
  if (named_by(reader)) return {};
  for (const auto& other : readers_) {
    if (named_by(*other)) {
      return "the file is named " + written + " but holds " + std::string(reader.description()) +
             "; read as " + format_name(reader);
    }
  }
  return {};
}

std::string Registry::ambiguous_content(const std::string& path, const Reader& reader) const {
  InputProbe probe(path);
  for (const auto& other : readers_) {
    if (other.get() == &reader) continue;
    const std::string also = other->also_found_from_end(probe);
    if (also.empty()) continue;
    // The first bytes win: they are what names a file's type (to file(1), to mail filters, to
    // LibreOffice, which opens such a .doc as the .doc whatever its name says), and anything can
    // be appended to a file without changing how it opens.
    return "the file is ambiguous: by its first bytes it is " + reader.description_of(probe) +
           ", and read from its end also " + also + "; read as the former";
  }
  return {};
}

const Reader* Registry::reader_named(std::string_view name) const {
  for (const auto& reader : readers_) {
    if (reader->name() == name) return reader.get();
  }
  return nullptr;
}

const Writer* Registry::writer_named(std::string_view name) const {
  for (const auto& writer : writers_) {
    if (writer->name() == name) return writer.get();
  }
  return nullptr;
}

const Writer* Registry::writer_for_extension(std::string_view extension) const {
  std::string lower = ascii_lowercase(extension);
  for (const auto& writer : writers_) {
    for (std::string_view known : writer->extensions()) {
      if (known == lower) return writer.get();
    }
  }
  return nullptr;
}

std::vector<std::string> Registry::reader_names() const {
  std::vector<std::string> names;
  for (const auto& reader : readers_) names.emplace_back(reader->name());
  return names;
}

std::vector<std::string> Registry::writer_names() const {
  std::vector<std::string> names;
  for (const auto& writer : writers_) names.emplace_back(writer->name());
  return names;
}

const Registry& builtin_registry() {
  static const Registry registry = [] {
    Registry built;
    register_builtin_formats(built);
    return built;
  }();
  return registry;
}

}  // namespace kpiconv
