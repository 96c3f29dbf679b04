#include "fuzz/harness/fuzz_targets.h"

#include <stdexcept>
#include <string>
#include <vector>

#include "converter/convert_steps.h"
#include "converter/error.h"
#include "converter/recognize/recognizer.h"
#include "converter/registry/registry.h"
#include "converter/values/indicator_value.h"
#include "converter/values/money_units.h"
#include "formats/json/filing_json.h"
#include "fuzz/harness/fuzz_input_file.h"

namespace kpiconv::fuzz {

ReadOptions fuzz_read_options() {
  ReadOptions options;
  options.max_part_bytes = 8ull << 20;
  options.max_total_bytes = 32ull << 20;
  options.max_entries = 1000;
  options.max_text_bytes = 8ull << 20;
  return options;
}

void read_as(std::string_view reader_name, std::string_view bytes) {
  const Reader* reader = builtin_registry().reader_named(reader_name);
  if (reader == nullptr) throw std::logic_error("no reader named " + std::string(reader_name));
  const std::string& path = write_input_file(bytes);
  try {
    (void)reader->claims(InputProbe(path));
  } catch (const Error&) {
    // Claiming may reject a damaged file of the reader's family; read() gets it all the same.
  }
  try {
    Recognizer recognizer;
    reader->read(path, recognizer, fuzz_read_options());
    Filing filing = recognizer.finish({path, std::string(reader_name)});
    apply_steps(filing, {"元", /*validate=*/true});
    (void)filing_to_json(filing).dump();
  } catch (const Error&) {
    // Unreadable input, reported as such: what kpiconv is meant to do with it.
  }
}

void parse_value(std::string_view bytes) {
  ParsedValue parsed = parse_indicator_value(bytes);
  if (parsed.number.empty() || !is_money_unit(parsed.unit)) return;
  if (std::optional<Decimal> amount = parse_amount(parsed.number)) {
    for (std::string_view unit : {"元", "千元", "万元", "亿元"}) {
      if (std::optional<Decimal> converted = convert_amount(*amount, parsed.unit, unit)) {
        (void)converted->to_string();
      }
    }
  }
}

}  // namespace kpiconv::fuzz
