#include "converter/batch/project_spool.h"

#include <cstdint>

#include "converter/error.h"

namespace kpiconv {
namespace {

// A project as bytes: each string as its 32-bit length then its bytes, each list as its count, in
// the order one function (`each_part`) gives for writing and reading alike. Only this file reads
// what it wrote, in the same process.
class Out {
 public:
  explicit Out(std::string& bytes) : bytes_(bytes) {}
  void count(std::size_t n) {
    auto value = static_cast<std::uint32_t>(n);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void text(const std::string& text) {
    count(text.size());
    bytes_ += text;
  }
  void flag(bool value) { bytes_ += value ? '\1' : '\0'; }
  void kind(ValueKind kind) { count(static_cast<std::size_t>(kind)); }
  template <class Item, class Each>
  void list(const std::vector<Item>& items, Each each) {
    count(items.size());
    for (const Item& item : items) each(item);
  }

 private:
  std::string& bytes_;
};

class In {
 public:
  explicit In(std::FILE* file) : file_(file) {}
  std::size_t count() {
    std::uint32_t value = 0;
    read(&value, sizeof value);
    return value;
  }
  void text(std::string& text) {
    text.resize(count());
    if (!text.empty()) read(text.data(), text.size());
  }
  void flag(bool& value) {
    char byte = 0;
    read(&byte, 1);
    value = byte != 0;
  }
  void kind(ValueKind& kind) { kind = static_cast<ValueKind>(count()); }
  template <class Item, class Each>
  void list(std::vector<Item>& items, Each each) {
    items.resize(count());
    for (Item& item : items) each(item);
  }

 private:
  void read(void* into, std::size_t bytes) {
    if (std::fread(into, 1, bytes, file_) != bytes) {
      throw Error(ErrorKind::kOutputFailed, "", "a scratch file was cut short (disk full?)");
    }
  }
  std::FILE* file_;
};

// Every part of a project, in one order, for `io` to write (a const Project) or read (a Project).
template <class Io, class P>
void each_part(Io& io, P& project) {
  auto where = [&](auto& place) {
    io.text(place.part);
    io.text(place.locator);
  };
  auto field = [&](auto& value) {
    io.text(value.text);
    where(value.where);
    io.flag(value.inherited);
  };
  auto extra = [&](auto& column) {
    io.text(column.heading);
    field(column.field);
  };
  for (auto* f : {&project.title, &project.unit_code, &project.unit_name, &project.amount_unit,
                  &project.code, &project.name, &project.budget.total, &project.budget.fiscal,
                  &project.budget.other, &project.purpose}) {
    field(*f);
  }
  for (auto& quarter : project.spending_plan) field(quarter);
  field(project.goals);
  io.list(project.indicators, [&](auto& indicator) {
    for (auto* f : {&indicator.level1, &indicator.level2, &indicator.level3, &indicator.description,
                    &indicator.value, &indicator.basis}) {
      field(*f);
    }
    auto& parsed = indicator.parsed;
    io.kind(parsed.kind);
    for (auto* part : {&parsed.comparator, &parsed.number, &parsed.upper, &parsed.unit,
                       &parsed.date, &parsed.note}) {
      io.text(*part);
    }
    where(indicator.row);
    io.list(indicator.extras, extra);
  });
  io.list(project.extras, extra);
  where(project.where);
}

}  // namespace

ProjectSpool::ProjectSpool() : file_(open_scratch_file()) {}

void ProjectSpool::add(const Project& project) {
  buffer_.clear();
  Out out(buffer_);
  each_part(out, project);
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_.get()) != buffer_.size()) {
    throw Error(ErrorKind::kOutputFailed, "", "cannot write a scratch file (disk full?)");
  }
  ++projects_;
}

void ProjectSpool::replay(ProjectSink& sink) {
  if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) {
    throw Error(ErrorKind::kOutputFailed, "", "cannot read a scratch file back");
  }
  In in(file_.get());
  for (std::size_t i = 0; i < projects_; ++i) {
    Project project;
    each_part(in, project);
    sink.project(std::move(project));
  }
  projects_ = 0;
}

}  // namespace kpiconv
