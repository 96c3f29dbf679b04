// Typed access to a read Document's blocks that fails the test, instead of crashing, when the
// block is missing or of the other kind.
#pragma once

#include <cstddef>

#include "converter/model/document.h"

namespace kpiconv::test {

const Table& table_block(const Document& document, size_t index);
const Paragraph& paragraph_block(const Document& document, size_t index);

}  // namespace kpiconv::test
