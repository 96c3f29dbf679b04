// Structure-aware mutation for the package readers' fuzz targets (libFuzzer's custom mutator).
//
// A byte changed inside a deflated part only ever earns a CRC error, so plain mutation never gets
// past the zip layer into the XML. Most mutations here are therefore made to the uncompressed
// content of one entry, and libzip rewrites the archive around it with true sizes and CRCs (the
// other entries are copied as they are); the rest mutate the raw bytes, for the zip layer itself.
// The fuzz input stays a real package file, so every finding is a .docx/.xlsx to open by hand.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kpiconv::fuzz {

// The contract of LLVMFuzzerCustomMutator: mutates data[0, size) in place into at most `max_size`
// bytes and returns the new size.
std::size_t mutate_package(std::uint8_t* data, std::size_t size, std::size_t max_size,
                           unsigned int seed);

}  // namespace kpiconv::fuzz
