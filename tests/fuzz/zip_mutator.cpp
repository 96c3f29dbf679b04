#include "fuzz/zip_mutator.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

// libFuzzer's own mutation of a byte buffer, available to a custom mutator.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace kpiconv::fuzz {
namespace {

// An entry bigger than this is never unpacked for mutation (a seed may be a zip bomb).
constexpr zip_uint64_t kMaxEntryBytes = 4u << 20;
// Room a mutation may add to an entry's content.
constexpr std::size_t kGrowthBytes = 4096;

// An archive opened over a copy of the input, writable back into memory by libzip.
class MemoryZip {
 public:
  MemoryZip(const std::uint8_t* data, std::size_t size) {
    // libzip takes the copy over (freep 1) and frees it with free() once it has written the new
    // archive, so it must come from malloc.
    void* copy = std::malloc(size > 0 ? size : 1);
    if (copy == nullptr) return;
    if (size > 0) std::memcpy(copy, data, size);
    zip_error_t error;
    zip_error_init(&error);
    source_ = zip_source_buffer_create(copy, size, 1, &error);
    if (source_ == nullptr) std::free(copy);
    if (source_ != nullptr) {
      archive_ = zip_open_from_source(source_, 0, &error);
      if (archive_ == nullptr) {
        zip_source_free(source_);
        source_ = nullptr;
      } else {
        zip_source_keep(source_);  // outlives zip_close, which writes the new archive into it
      }
    }
    zip_error_fini(&error);
  }
  ~MemoryZip() {
    if (archive_ != nullptr) zip_discard(archive_);
    if (source_ != nullptr) zip_source_free(source_);
  }
  MemoryZip(const MemoryZip&) = delete;
  MemoryZip& operator=(const MemoryZip&) = delete;

  zip_t* archive() const { return archive_; }

  // The whole content of entry `index`, CRC checked; nullopt when damaged or too big.
  std::optional<std::string> read(zip_uint64_t index) const {
    zip_stat_t stat;
    if (zip_stat_index(archive_, index, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        stat.size > kMaxEntryBytes) {
      return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(archive_, index, 0);
    if (file == nullptr) return std::nullopt;
    std::string content(stat.size, '\0');
    zip_int64_t read = zip_fread(file, content.data(), content.size());
    char extra;  // reading past the end is what makes libzip verify the CRC
    const bool whole =
        read == static_cast<zip_int64_t>(content.size()) && zip_fread(file, &extra, 1) == 0;
    zip_fclose(file);
    return whole ? std::optional<std::string>(std::move(content)) : std::nullopt;
  }

  // Writes the archive with its changes; the new bytes, or nullopt when libzip refuses.
  std::optional<std::string> close() {
    if (zip_close(archive_) != 0) return std::nullopt;
    archive_ = nullptr;
    std::string written;
    zip_stat_t stat;
    if (zip_source_stat(source_, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        zip_source_open(source_) != 0) {
      return std::nullopt;
    }
    written.resize(stat.size);
    zip_int64_t read = zip_source_read(source_, written.data(), written.size());
    zip_source_close(source_);
    if (read != static_cast<zip_int64_t>(written.size())) return std::nullopt;
    return written;
  }

 private:
  zip_source_t* source_ = nullptr;
  zip_t* archive_ = nullptr;
};

bool is_markup(const char* name) {
  std::string_view view(name != nullptr ? name : "");
  return view.ends_with(".xml") || view.ends_with(".rels") || view.ends_with(".vml");
}

// The archive with one entry's content mutated (or, now and then, one entry removed); nullopt when
// the input is no archive libzip can rewrite.
std::optional<std::string> mutate_one_entry(const std::uint8_t* data, std::size_t size,
                                            std::minstd_rand& random) {
  MemoryZip zip(data, size);
  if (zip.archive() == nullptr) return std::nullopt;
  const zip_int64_t count = zip_get_num_entries(zip.archive(), 0);
  if (count <= 0) return std::nullopt;
  // The XML parts are where the readers' logic is; other entries (images) only now and then.
  std::vector<zip_uint64_t> candidates;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    if (is_markup(zip_get_name(zip.archive(), i, ZIP_FL_ENC_RAW))) candidates.push_back(i);
  }
  if (candidates.empty() || random() % 16 == 0) {
    candidates.clear();
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) candidates.push_back(i);
  }
  const zip_uint64_t index = candidates[random() % candidates.size()];

  if (random() % 32 == 0) {  // a part gone missing
    if (zip_delete(zip.archive(), index) != 0) return std::nullopt;
    return zip.close();
  }
  std::optional<std::string> content = zip.read(index);
  if (!content) return std::nullopt;
  const std::size_t used = content->size();
  content->resize(used + kGrowthBytes);
  content->resize(
      LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(content->data()), used, content->size()));
  // The buffer must stay alive until close(): `content` does.
  zip_source_t* replacement = zip_source_buffer(zip.archive(), content->data(), content->size(), 0);
  if (replacement == nullptr) return std::nullopt;
  if (zip_file_replace(zip.archive(), index, replacement, 0) != 0) {
    zip_source_free(replacement);
    return std::nullopt;
  }
  return zip.close();
}

}  // namespace

std::size_t mutate_package(std::uint8_t* data, std::size_t size, std::size_t max_size,
                           unsigned int seed) {
  std::minstd_rand random(seed);
  if (random() % 8 != 0) {
    std::optional<std::string> mutated = mutate_one_entry(data, size, random);
    if (mutated && !mutated->empty() && mutated->size() <= max_size) {
      std::memcpy(data, mutated->data(), mutated->size());
      return mutated->size();
    }
  }
  return LLVMFuzzerMutate(data, size, max_size);
}

}  // namespace kpiconv::fuzz
