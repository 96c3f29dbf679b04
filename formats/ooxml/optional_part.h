// Parts a reader can do without (the document properties, the styles): one that cannot be read
// is skipped with a warning, never the document.
#pragma once

#include <string>

#include "converter/error.h"
#include "converter/model/document.h"

namespace kpiconv::ooxml {

template <class F>
void read_optional(const char* what, BlockSink& sink, F&& read_part) {
  try {
    read_part();
  } catch (const Error& error) {
    sink.warning(Warning{std::string(what) + " ignored: " + error.cause(), Provenance{}});
  }
}

}  // namespace kpiconv::ooxml
