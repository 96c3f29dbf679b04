#include "converter/error.h"

namespace kpiconv {
namespace {

std::string compose(const std::string& file, const std::string& cause, const std::string& place) {
  std::string message = file.empty() ? std::string() : file + ": ";
  if (!place.empty()) message += place + ": ";
  return message + cause;
}

}  // namespace

Error::Error(ErrorKind kind, std::string file, std::string cause, std::string place)
    : std::runtime_error(compose(file, cause, place)),
      kind_(kind),
      file_(std::move(file)),
      cause_(std::move(cause)),
      place_(std::move(place)) {}

void throw_unreadable(const std::string& file, const std::string& cause, const std::string& place) {
  throw Error(ErrorKind::kUnreadable, file, cause, place);
}

}  // namespace kpiconv
