#include "formats/json/json_writer.h"

#include <fstream>
#include <memory>
#include <string>

#include "converter/error.h"
#include "converter/scratch_file.h"
#include "formats/json/filing_json.h"

namespace kpiconv {
namespace {

using Json = nlohmann::ordered_json;

// The text nlohmann::json gives the whole filing, indented by 2. Invalid UTF-8 cannot come from
// the readers; it is replaced rather than failing if it ever does.
std::string indented(const Json& json) {
  return indented_json(json);
}

// Where the ']' of the empty array `key` (e.g. "\n  \"tables\": []") stands in `text`.
size_t before_closing_bracket(const std::string& text, std::string_view key) {
  return text.find(key) + key.size() - 1;
}

// Each project's JSON goes to a scratch file as it comes, indented as an element of
// "projects"; finish() writes the filing around them. The output is byte for byte what dumping
// the whole filing at once gives.
class JsonStream : public FilingStream {
 public:
  explicit JsonStream(const std::filesystem::path& file)
      : file_(file), spool_(open_scratch_file()) {}

  void add(const Project& project) override {
    std::string text = indented(project_to_json(project));
    std::string element = projects_ == 0 ? "\n    " : ",\n    ";
    element.reserve(element.size() + text.size() + text.size() / 16);
    for (char c : text) {
      element += c;
      if (c == '\n') element += "    ";  // JSON strings hold no raw newline: every one is layout
    }
    ++projects_;
    if (std::fwrite(element.data(), 1, element.size(), spool_.get()) != element.size()) {
      throw Error(ErrorKind::kOutputFailed, file_.string(), "scratch write failed (disk full?)");
    }
  }

  WriteReport finish(const Filing& rest) override {
    std::string text =
        indented(filing_to_json(rest, /*with_projects=*/false, /*with_tables=*/false));
    const size_t projects_at = before_closing_bracket(text, "\n  \"projects\": []");
    const size_t tables_at = before_closing_bracket(text, "\n  \"tables\": []");
    std::ofstream out(file_, std::ios::binary);
    if (!out) throw Error(ErrorKind::kOutputFailed, file_.string(), "cannot create the file");
    out.write(text.data(), static_cast<std::streamsize>(projects_at));
    if (projects_ > 0) {
      std::rewind(spool_.get());
      char buffer[1 << 16];
      while (size_t got = std::fread(buffer, 1, sizeof buffer, spool_.get())) {
        out.write(buffer, static_cast<std::streamsize>(got));
      }
      if (std::ferror(spool_.get())) {
        throw Error(ErrorKind::kOutputFailed, file_.string(), "scratch read failed");
      }
      out << "\n  ";
    }
    out.write(text.data() + projects_at, static_cast<std::streamsize>(tables_at - projects_at));
    // Tables a cell at a time, indented as elements of "tables" (every newline is layout).
    auto put = [&](std::string_view piece) {
      for (std::size_t at = piece.find('\n'); at != std::string_view::npos; at = piece.find('\n')) {
        out.write(piece.data(), static_cast<std::streamsize>(at + 1));
        out.write("    ", 4);
        piece.remove_prefix(at + 1);
      }
      out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
    };
    for (std::size_t i = 0; i < rest.tables.size(); ++i) {
      out << (i == 0 ? "\n    " : ",\n    ");
      write_table_json(rest.tables[i], put);
    }
    if (!rest.tables.empty()) out << "\n  ";
    out.write(text.data() + tables_at, static_cast<std::streamsize>(text.size() - tables_at));
    out << '\n';
    out.flush();
    if (!out) throw Error(ErrorKind::kOutputFailed, file_.string(), "write failed (disk full?)");
    return {};
  }

 private:
  std::filesystem::path file_;
  ScratchFile spool_;
  size_t projects_ = 0;
};

}  // namespace

WriteReport JsonWriter::write(const Filing& filing, const std::filesystem::path& file,
                              const WriteOptions& options) const {
  return write_through(*stream(file, options), filing);
}

std::unique_ptr<FilingStream> JsonWriter::stream(const std::filesystem::path& file,
                                                 const WriteOptions& /*options*/) const {
  return std::make_unique<JsonStream>(file);
}

}  // namespace kpiconv
