#include "formats/province/province_template.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "converter/error.h"
#include "formats/province/mapping_limits.h"

namespace kpiconv {
extern const std::string_view kFlatImportMapping;
extern const std::string_view kFlatImportWorkbook;
extern const std::string_view kFormMapping;
extern const std::string_view kFormWorkbook;
}  // namespace kpiconv

namespace kpiconv::province {
namespace {

namespace fs = std::filesystem;

struct BuiltIn {
  std::string_view name;
  const std::string_view& mapping;
  const std::string_view& workbook;
};
const BuiltIn kBuiltIns[] = {{"flat-import", kFlatImportMapping, kFlatImportWorkbook},
                             {"form", kFormMapping, kFormWorkbook}};

std::vector<fs::path> search_folders() {
  std::vector<fs::path> folders;
  if (const char* configured = std::getenv("KPICONV_TEMPLATES")) folders.emplace_back(configured);
  folders.emplace_back("templates");
  return folders;
}

// The mapping's text, read no further than one byte past what a mapping may hold, so that
// parse_mapping refuses a huge file without it ever being read whole.
std::string read_mapping_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kUsage, path.string(), "cannot read the file");
  std::string text(kMaxMappingBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(in.gcount()));
  return text;
}

// Whether `path` lies below `folder` (both canonical), and is not the folder itself.
bool lies_within(const fs::path& folder, const fs::path& path) {
  auto [in_folder, in_path] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return in_folder == folder.end() && in_path != path.end();
}

// The workbook the mapping names, which must be a file in the template's folder (or below it):
// a template folder that arrives from elsewhere must not make kpiconv read another file of the
// machine into its output, by `..`, an absolute path or a symbolic link leading out.
fs::path confined_workbook(const fs::path& folder, const Mapping& mapping) {
  auto refuse = [&](const std::string& cause) {
    throw Error(ErrorKind::kUsage, mapping.file,
                "line " + std::to_string(mapping.template_line) + ": " + cause);
  };
  const fs::path named(mapping.template_file);
  if (named.empty() || named.has_root_path()) {
    refuse(
        "template is the workbook's name in the template's folder, like \"template.xlsx\", "
        "not '" +
        mapping.template_file + "'");
  }
  std::error_code error;
  const fs::path real_folder = fs::canonical(folder, error);
  const fs::path real_workbook = error ? fs::path() : fs::weakly_canonical(folder / named, error);
  if (error || !lies_within(real_folder, real_workbook)) {
    refuse("the template workbook '" + mapping.template_file + "' is outside the template's " +
           "folder" + (error ? std::string() : " (it leads to " + real_workbook.string() + ")") +
           "; keep it in the folder, beside mapping.toml");
  }
  if (!fs::is_regular_file(real_workbook)) {
    refuse("no template workbook " + (folder / named).string());
  }
  return folder / named;
}

ProvinceTemplate open_folder(const fs::path& folder, const std::string& name) {
  fs::path mapping_file = folder / "mapping.toml";
  if (!fs::is_regular_file(mapping_file)) {
    throw Error(ErrorKind::kUsage, folder.string(),
                "a province template folder holds mapping.toml (templates/README.md)");
  }
  ProvinceTemplate found;
  found.name = name;
  found.origin = folder.string();
  found.mapping = parse_mapping(read_mapping_text(mapping_file), mapping_file.string());
  if (found.mapping.name.empty()) found.mapping.name = name;
  found.workbook_path = confined_workbook(folder, found.mapping).string();
  return found;
}

ProvinceTemplate open_built_in(const BuiltIn& built_in) {
  ProvinceTemplate found;
  found.name = std::string(built_in.name);
  found.origin = "built in";
  found.mapping = parse_mapping(built_in.mapping,
                                "templates/province/" + found.name + "/mapping.toml (built in)");
  if (found.mapping.name.empty()) found.mapping.name = found.name;
  found.workbook_bytes = std::string(built_in.workbook);
  return found;
}

std::vector<std::string> folder_names(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.is_directory(error)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

ProvinceTemplate open_province_template(const std::string& name_or_folder) {
  if (name_or_folder.find('/') != std::string::npos) {
    fs::path folder(name_or_folder);
    if (!fs::is_directory(folder)) {
      throw Error(ErrorKind::kUsage, "", "no such template folder: " + name_or_folder);
    }
    return open_folder(folder, name_or_folder);
  }
  for (const BuiltIn& built_in : kBuiltIns) {
    if (built_in.name == name_or_folder) return open_built_in(built_in);
  }
  for (const fs::path& folder : search_folders()) {
    fs::path candidate = folder / "province" / name_or_folder;
    if (fs::is_directory(candidate)) return open_folder(candidate, name_or_folder);
  }
  throw Error(ErrorKind::kUsage, "",
              "no workbook template named '" + name_or_folder +
                  "' (built in: flat-import, form; others are templates/province/NAME/ under "
                  "$KPICONV_TEMPLATES or the working folder, or give a folder; kpiconv templates "
                  "lists them)");
}

std::vector<InstalledTemplate> installed_templates() {
  std::vector<InstalledTemplate> listed;
  listed.push_back({"docx", "standard", "标准格式：每个项目一页的绩效目标表", "built in"});
  std::vector<fs::path> folders = search_folders();
  for (const fs::path& folder : folders) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder / "docx", error)) {
      if (entry.path().extension() == ".docx" && entry.path().stem() != "standard") {
        listed.push_back({"docx", entry.path().stem().string(), "", entry.path().string()});
      }
    }
  }
  for (const BuiltIn& built_in : kBuiltIns) {
    ProvinceTemplate opened = open_built_in(built_in);
    listed.push_back({"xlsx", opened.name, opened.mapping.description, opened.origin});
  }
  for (const fs::path& folder : folders) {
    for (const std::string& name : folder_names(folder / "province")) {
      fs::path path = folder / "province" / name;
      bool shadowed = std::any_of(std::begin(kBuiltIns), std::end(kBuiltIns),
                                  [&](const BuiltIn& built_in) { return built_in.name == name; });
      if (shadowed) continue;  // the built-in one of that name is what --template takes
      try {
        ProvinceTemplate opened = open_folder(path, name);
        listed.push_back({"xlsx", name, opened.mapping.description, path.string()});
      } catch (const Error& error) {
        listed.push_back(
            {"xlsx", name, std::string("(unusable: ") + error.what() + ")", path.string()});
      }
    }
  }
  return listed;
}

std::vector<ProvinceTemplate> installed_province_templates() {
  std::vector<ProvinceTemplate> opened;
  for (const BuiltIn& built_in : kBuiltIns) opened.push_back(open_built_in(built_in));
  for (const fs::path& folder : search_folders()) {
    for (const std::string& name : folder_names(folder / "province")) {
      bool shadowed = std::any_of(std::begin(kBuiltIns), std::end(kBuiltIns),
                                  [&](const BuiltIn& built_in) { return built_in.name == name; });
      if (shadowed) continue;
      try {
        opened.push_back(open_folder(folder / "province" / name, name));
      } catch (const Error&) {
        // listed as unusable by `kpiconv templates`; nothing to recognise with
      }
    }
  }
  return opened;
}

}  // namespace kpiconv::province
