// Writes a new zip package as a copy of an open one with some parts replaced, added or removed:
// the way templates, `apply` and province templates edit a package. Untouched entries are copied
// byte for byte (their compressed data as stored, never inflated and deflated again), in their
// order, with their names, modification times, external attributes, comments and extra fields as
// far as libzip lets them be set. A replaced entry keeps its place and its metadata; only its
// content changes. New and replaced content is deflated.
//
//   PackageWriter writer(package.archive(), output.temporary());
//   writer.replace("word/document.xml", [&](std::ostream& out) { renderer.render(filing, out); });
//   writer.add("word/media/image1.png", std::move(png));
//   writer.commit();
//   output.commit();  // AtomicOutput renames the finished file into place
//
// Nothing is written before commit(). Content can be given as a string (held until commit) or
// produced into a stream (spooled at once to an anonymous file next to the output, see
// part_spool.h), so a large generated part is never held in memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/part_spool.h"
#include "formats/ooxml/zip_archive.h"

namespace kpiconv::ooxml {

class PackageWriter {
 public:
  // A copy of `source` to be written at `output` (the caller's temporary path). `source` must
  // stay open until commit() has returned: entries are copied from it then.
  PackageWriter(ZipArchive& source, std::filesystem::path output);
  PackageWriter(const PackageWriter&) = delete;
  PackageWriter& operator=(const PackageWriter&) = delete;
  ~PackageWriter() = default;

  // Part names are looked up the way ZipArchive::find does (case-insensitive, leading '/'
  // optional). Misuse (replacing or removing a part that is not there, adding one that is) throws
  // Error(kOutputFailed, output, cause).

  // New content for a part of the source (or one added earlier).
  void replace(std::string_view part_name, std::string content);
  // Runs `produce` now; what it writes becomes the part's content.
  void replace(std::string_view part_name, const PartProducer& produce);
  // A new part, written after the source's entries in the order added. `part_name` is the zip
  // entry name (UTF-8; a leading '/' is dropped).
  void add(std::string_view part_name, std::string content);
  void add(std::string_view part_name, const PartProducer& produce);
  // Leaves a part of the source (or one added earlier) out of the output.
  void remove(std::string_view part_name);
  // Whether the output will hold the part.
  bool has_part(std::string_view part_name) const;

  // Writes the package. Throws Error(kOutputFailed, output, cause), e.g. "cannot create the
  // file: No such file or directory" or "cannot write the file: No space left on device"; a
  // failed commit leaves no file of libzip's behind. Call at most once.
  void commit();

 private:
  // The content of a replaced or added entry: a string, or a spooled file when `spooled` is set.
  struct NewContent {
    std::string bytes;
    FileHandle spooled;
  };
  enum class Fate : std::uint8_t { kCopy, kReplace, kRemove };
  struct SourceEntryPlan {
    Fate fate = Fate::kCopy;
    NewContent content;  // kReplace only
  };
  struct AddedEntry {
    std::string name;
    NewContent content;
  };
  void replace_with(std::string_view part_name, NewContent content);
  void add_with(std::string_view part_name, NewContent content);
  NewContent spool(std::string_view part_name, const PartProducer& produce) const;
  SourceEntryPlan& plan_of(const ZipEntry& entry);
  // The source entry holding the part, unless removed; nullptr otherwise.
  const ZipEntry* source_entry(std::string_view part_name) const;
  // Where the part is in added_, if it was added.
  std::optional<std::size_t> added_position(std::string_view part_name) const;
  [[noreturn]] void fail(const std::string& cause) const;

  ZipArchive& source_;
  std::filesystem::path output_;
  std::vector<SourceEntryPlan> plan_;  // by source entry, in the source's order
  std::vector<AddedEntry> added_;
  bool committed_ = false;
};

}  // namespace kpiconv::ooxml
