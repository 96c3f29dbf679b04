#include "converter/cli/read_limit_options.h"

#include <charconv>

namespace kpiconv::cli {
namespace {

// "4G", "512M", "64K", "1000" → bytes.
std::string parse_size(const std::string& text, std::uint64_t& bytes) {
  std::uint64_t number = 0;
  const char* end = text.data() + text.size();
  auto [rest, error] = std::from_chars(text.data(), end, number);
  if (error != std::errc() || rest == text.data()) return "not a size: " + text;
  std::string_view suffix(rest, static_cast<size_t>(end - rest));
  int shift = suffix.empty()                   ? 0
              : suffix == "K" || suffix == "k" ? 10
              : suffix == "M" || suffix == "m" ? 20
              : suffix == "G" || suffix == "g" ? 30
                                               : -1;
  if (shift < 0) return "unknown size suffix in " + text + " (use K, M or G)";
  if (number > (std::uint64_t{1} << (63 - shift))) return "size too large: " + text;
  bytes = number << shift;
  return {};
}

void add_size(CLI::App* command, const std::string& name, std::uint64_t& target,
              const std::string& help) {
  command
      ->add_option_function<std::string>(
          name,
          [&target, name](const std::string& text) {
            std::string problem = parse_size(text, target);
            if (!problem.empty()) throw CLI::ValidationError(name, problem);
          },
          help)
      ->group("Limits");
}

}  // namespace

void add_read_limit_options(CLI::App* command, ReadOptions& options) {
  command->add_option("--soffice", options.soffice,
                      "LibreOffice's soffice, which reads legacy .doc/.xls/.wps/.et files "
                      "(default: soffice on the PATH; none: never run it)");
  command
      ->add_option("--soffice-timeout", options.soffice_timeout_seconds,
                   "Seconds one LibreOffice conversion may take (default 120)")
      ->check(CLI::PositiveNumber);
  command->add_option("--read-template", options.province_template,
                      "Read workbooks filled from this province template (NAME or folder); "
                      "installed ones are recognised without it");
  add_size(command, "--max-part-size", options.max_part_bytes,
           "Largest uncompressed package part or CSV file (default 1G)");
  add_size(command, "--max-total-size", options.max_total_bytes,
           "Largest uncompressed total of a package's parts read (default 4G)");
  add_size(command, "--max-text", options.max_text_bytes,
           "Most text a document or workbook may hold (default 256M)");
  add_size(command, "--compression-ratio-floor", options.ratio_floor_bytes,
           "Zip entries smaller than this skip the compression-ratio check (default 1M)");
  command
      ->add_option("--max-entries", options.max_entries, "Most entries in a zip (default 100000)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-compression-ratio", options.max_compression_ratio,
                   "Highest uncompressed/compressed ratio of a zip entry (default 1000)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-xml-depth", options.max_xml_depth,
                   "Deepest element nesting in an XML part (default 256)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-xml-attributes", options.max_xml_attributes,
                   "Most attributes on one XML element, xmlns included (default 512)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-xml-namespaces", options.max_xml_namespaces,
                   "Most XML namespace declarations in scope at once (default 256)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-table-cells", options.max_table_cells,
                   "Most cells in one table, sheet or CSV file, empty ones included "
                   "(default 2000000)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
  command
      ->add_option("--max-document-cells", options.max_document_cells,
                   "Most cells in all the tables of one file together (default 2000000)")
      ->check(CLI::PositiveNumber)
      ->group("Limits");
}

}  // namespace kpiconv::cli
