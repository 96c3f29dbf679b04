#include "formats/ooxml/package_writer.h"

#include "converter/error.h"
#include "formats/ooxml/part_name.h"
#include "formats/ooxml/zip_writer.h"

namespace kpiconv::ooxml {
namespace {

std::string_view without_leading_slash(std::string_view part_name) {
  while (!part_name.empty() && part_name.front() == '/') part_name.remove_prefix(1);
  return part_name;
}

std::string no_such_part(std::string_view action, std::string_view part_name) {
  return "cannot " + std::string(action) + " part " + std::string(part_name) +
         ": the package has no such part";
}

std::string already_there(std::string_view part_name) {
  return "cannot add part " + std::string(part_name) + ": the package already has it";
}

}  // namespace

PackageWriter::PackageWriter(ZipArchive& source, std::filesystem::path output)
    : source_(source), output_(std::move(output)), plan_(source.entries().size()) {}

void PackageWriter::fail(const std::string& cause) const {
  throw Error(ErrorKind::kOutputFailed, output_.string(), cause);
}

PackageWriter::SourceEntryPlan& PackageWriter::plan_of(const ZipEntry& entry) {
  return plan_[static_cast<std::size_t>(&entry - source_.entries().data())];
}

const ZipEntry* PackageWriter::source_entry(std::string_view part_name) const {
  const ZipEntry* entry = source_.find(part_name);
  if (entry == nullptr) return nullptr;
  std::size_t position = static_cast<std::size_t>(entry - source_.entries().data());
  return plan_[position].fate == Fate::kRemove ? nullptr : entry;
}

std::optional<std::size_t> PackageWriter::added_position(std::string_view part_name) const {
  for (std::size_t i = 0; i < added_.size(); ++i) {
    if (same_part(added_[i].name, part_name)) return i;
  }
  return std::nullopt;
}

bool PackageWriter::has_part(std::string_view part_name) const {
  return source_entry(part_name) != nullptr || added_position(part_name).has_value();
}

PackageWriter::NewContent PackageWriter::spool(std::string_view part_name,
                                               const PartProducer& produce) const {
  std::filesystem::path folder = output_.parent_path();
  if (folder.empty()) folder = ".";
  return NewContent{{}, spool_part(produce, folder, output_.string(), part_name)};
}

void PackageWriter::replace(std::string_view part_name, std::string content) {
  replace_with(part_name, NewContent{std::move(content), nullptr});
}

void PackageWriter::replace(std::string_view part_name, const PartProducer& produce) {
  // Checked before producing, so a wrong name costs no work.
  if (!has_part(part_name)) fail(no_such_part("replace", part_name));
  replace_with(part_name, spool(part_name, produce));
}

void PackageWriter::replace_with(std::string_view part_name, NewContent content) {
  if (const ZipEntry* entry = source_entry(part_name)) {
    plan_of(*entry) = SourceEntryPlan{Fate::kReplace, std::move(content)};
  } else if (std::optional<std::size_t> position = added_position(part_name)) {
    added_[*position].content = std::move(content);
  } else {
    fail(no_such_part("replace", part_name));
  }
}

void PackageWriter::add(std::string_view part_name, std::string content) {
  add_with(part_name, NewContent{std::move(content), nullptr});
}

void PackageWriter::add(std::string_view part_name, const PartProducer& produce) {
  if (has_part(part_name)) fail(already_there(part_name));
  add_with(part_name, spool(part_name, produce));
}

void PackageWriter::add_with(std::string_view part_name, NewContent content) {
  if (has_part(part_name)) fail(already_there(part_name));
  added_.push_back(AddedEntry{std::string(without_leading_slash(part_name)), std::move(content)});
}

void PackageWriter::remove(std::string_view part_name) {
  if (const ZipEntry* entry = source_entry(part_name)) {
    plan_of(*entry) = SourceEntryPlan{Fate::kRemove, {}};
  } else if (std::optional<std::size_t> position = added_position(part_name)) {
    added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(*position));
  } else {
    fail(no_such_part("remove", part_name));
  }
}

void PackageWriter::commit() {
  if (committed_) fail("the package has already been written");
  committed_ = true;
  ZipWriter zip(output_);
  const std::vector<ZipEntry>& entries = source_.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    SourceEntryPlan& plan = plan_[i];
    switch (plan.fate) {
      case Fate::kCopy:
        zip.copy(source_, entries[i]);
        break;
      case Fate::kReplace:
        zip.replace(source_, entries[i], {plan.content.bytes, std::move(plan.content.spooled)});
        break;
      case Fate::kRemove:
        break;
    }
  }
  for (AddedEntry& added : added_) {
    zip.add(added.name, {added.content.bytes, std::move(added.content.spooled)});
  }
  zip.copy_comment(source_);
  zip.close();
}

}  // namespace kpiconv::ooxml
