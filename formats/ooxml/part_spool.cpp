#include "formats/ooxml/part_spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

#include "converter/error.h"

namespace kpiconv::ooxml {
namespace {

// A std::streambuf over a FILE*, remembering the first write error (errno) so the cause can be
// reported once the producer is done.
class FileOutputBuffer final : public std::streambuf {
 public:
  explicit FileOutputBuffer(std::FILE* file) : file_(file), buffer_(1 << 16) { reset_put_area(); }

  // 0 when every write so far succeeded.
  int write_error() const { return write_error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  int sync() override {
    if (!drain()) return -1;
    if (std::fflush(file_) != 0) return record_error();
    return 0;
  }

 private:
  bool drain() {
    std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
    if (pending > 0 && std::fwrite(pbase(), 1, pending, file_) != pending) {
      record_error();
      return false;
    }
    reset_put_area();
    return true;
  }
  void reset_put_area() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int record_error() {
    if (write_error_ == 0) write_error_ = errno != 0 ? errno : EIO;
    return -1;
  }

  std::FILE* file_;
  std::vector<char> buffer_;
  int write_error_ = 0;
};

[[noreturn]] void fail(const std::string& output, const std::string& cause) {
  throw Error(ErrorKind::kOutputFailed, output, cause);
}

// An unnamed read-write file in `folder`: the folder of the output, whose file system has to hold
// the package anyway (a /tmp on tmpfs would put the part back into memory).
FileHandle create_anonymous_file(const std::filesystem::path& folder, const std::string& output) {
  std::string pattern = (folder / ".kpiconv-part-XXXXXX").string();
  int descriptor = mkstemp(pattern.data());
  if (descriptor < 0) {
    fail(output,
         "cannot create a temporary file in " + folder.string() + ": " + std::strerror(errno));
  }
  unlink(pattern.c_str());
  std::FILE* file = fdopen(descriptor, "w+b");
  if (file == nullptr) {
    int error = errno;
    close(descriptor);
    fail(output, std::string("cannot open a temporary file: ") + std::strerror(error));
  }
  return FileHandle(file);
}

}  // namespace

FileHandle spool_part(const PartProducer& produce, const std::filesystem::path& folder,
                      const std::string& output, std::string_view part_name) {
  FileHandle file = create_anonymous_file(folder, output);
  FileOutputBuffer buffer(file.get());
  std::ostream out(&buffer);
  produce(out);
  out.flush();
  if (buffer.write_error() != 0 || out.bad()) {
    int error = buffer.write_error() != 0 ? buffer.write_error() : EIO;
    fail(output, "cannot write part " + std::string(part_name) +
                     " to a temporary file: " + std::strerror(error));
  }
  std::rewind(file.get());
  return file;
}

}  // namespace kpiconv::ooxml
