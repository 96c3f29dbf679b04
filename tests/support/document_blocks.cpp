#include "support/document_blocks.h"

#include <gtest/gtest.h>

namespace kpiconv::test {
namespace {

template <class Kind>
const Kind& block_of(const Document& document, size_t index, const char* kind_name) {
  static const Kind kEmpty;
  if (index >= document.blocks.size()) {
    ADD_FAILURE() << "no block " << index << " (" << document.blocks.size() << " blocks)";
    return kEmpty;
  }
  const Kind* block = std::get_if<Kind>(&document.blocks[index]);
  if (block == nullptr) {
    ADD_FAILURE() << "block " << index << " is not a " << kind_name;
    return kEmpty;
  }
  return *block;
}

}  // namespace

const Table& table_block(const Document& document, size_t index) {
  return block_of<Table>(document, index, "table");
}

const Paragraph& paragraph_block(const Document& document, size_t index) {
  return block_of<Paragraph>(document, index, "paragraph");
}

}  // namespace kpiconv::test
