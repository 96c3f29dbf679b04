#include "converter/batch/project_spool.h"

#include <cstdint>

#include "converter/error.h"

namespace kpiconv {
namespace {

// A project as bytes: each string as its 32-bit length then its bytes, each list as its count,
// in the order the model declares them. Only this file reads what it wrote, in the same process.
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
  void where(const Provenance& where) {
    text(where.part);
    text(where.locator);
  }
  void field(const Field& field) {
    text(field.text);
    where(field.where);
    bytes_ += field.inherited ? '\1' : '\0';
  }
  void extras(const std::vector<ExtraField>& extras) {
    count(extras.size());
    for (const ExtraField& extra : extras) {
      text(extra.heading);
      field(extra.field);
    }
  }
  void parsed(const ParsedValue& parsed) {
    count(static_cast<std::size_t>(parsed.kind));
    for (const std::string* part : {&parsed.comparator, &parsed.number, &parsed.upper, &parsed.unit,
                                    &parsed.date, &parsed.note}) {
      text(*part);
    }
  }
  void project(const Project& project) {
    for (const Field* f :
         {&project.title, &project.unit_code, &project.unit_name, &project.amount_unit,
          &project.code, &project.name, &project.budget.total, &project.budget.fiscal,
          &project.budget.other, &project.purpose}) {
      field(*f);
    }
    for (const Field& quarter : project.spending_plan) field(quarter);
    field(project.goals);
    count(project.indicators.size());
    for (const Indicator& indicator : project.indicators) {
      for (const Field* f : {&indicator.level1, &indicator.level2, &indicator.level3,
                             &indicator.description, &indicator.value, &indicator.basis}) {
        field(*f);
      }
      parsed(indicator.parsed);
      where(indicator.row);
      extras(indicator.extras);
    }
    extras(project.extras);
    where(project.where);
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
  void where(Provenance& where) {
    text(where.part);
    text(where.locator);
  }
  void field(Field& field) {
    text(field.text);
    where(field.where);
    char inherited = 0;
    read(&inherited, 1);
    field.inherited = inherited != 0;
  }
  void extras(std::vector<ExtraField>& extras) {
    extras.resize(count());
    for (ExtraField& extra : extras) {
      text(extra.heading);
      field(extra.field);
    }
  }
  void parsed(ParsedValue& parsed) {
    parsed.kind = static_cast<ValueKind>(count());
    for (std::string* part : {&parsed.comparator, &parsed.number, &parsed.upper, &parsed.unit,
                              &parsed.date, &parsed.note}) {
      text(*part);
    }
  }
  void project(Project& project) {
    for (Field* f : {&project.title, &project.unit_code, &project.unit_name, &project.amount_unit,
                     &project.code, &project.name, &project.budget.total, &project.budget.fiscal,
                     &project.budget.other, &project.purpose}) {
      field(*f);
    }
    for (Field& quarter : project.spending_plan) field(quarter);
    field(project.goals);
    project.indicators.resize(count());
    for (Indicator& indicator : project.indicators) {
      for (Field* f : {&indicator.level1, &indicator.level2, &indicator.level3,
                       &indicator.description, &indicator.value, &indicator.basis}) {
        field(*f);
      }
      parsed(indicator.parsed);
      where(indicator.row);
      extras(indicator.extras);
    }
    extras(project.extras);
    where(project.where);
  }

 private:
  void read(void* into, std::size_t bytes) {
    if (std::fread(into, 1, bytes, file_) != bytes) {
      throw Error(ErrorKind::kOutputFailed, "", "a scratch file was cut short (disk full?)");
    }
  }
  std::FILE* file_;
};

}  // namespace

ProjectSpool::ProjectSpool() : file_(open_scratch_file()) {}

void ProjectSpool::add(const Project& project) {
  buffer_.clear();
  Out(buffer_).project(project);
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
    in.project(project);
    sink.project(std::move(project));
  }
  projects_ = 0;
}

}  // namespace kpiconv
