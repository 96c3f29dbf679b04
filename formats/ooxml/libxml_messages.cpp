#include "formats/ooxml/libxml_messages.h"

#include <libxml/xmlerror.h>

#include <cstdarg>
#include <cstdio>

#include "formats/ooxml/xml_errors.h"

namespace kpiconv::ooxml {
namespace {

thread_local bool routed = false;
thread_local std::string last_message;

// A message libxml2 writes in pieces ("encoding error : ", then the details) is kept whole up to
// a line's worth.
constexpr std::size_t kLongestMessage = 512;

void keep_generic(void*, const char* format, ...) {
  char piece[kLongestMessage];
  va_list arguments;
  va_start(arguments, format);
  std::vsnprintf(piece, sizeof piece, format, arguments);
  va_end(arguments);
  if (last_message.size() < kLongestMessage) last_message += piece;
}

void keep_structured(void*, xmlError* error) {
  if (error == nullptr || error->message == nullptr || error->level == XML_ERR_WARNING) return;
  last_message = one_line(error->message);
}

}  // namespace

void route_libxml2_messages() {
  if (routed) return;
  xmlSetGenericErrorFunc(nullptr, &keep_generic);
  xmlSetStructuredErrorFunc(nullptr, &keep_structured);
  routed = true;
}

std::string take_libxml2_message() {
  std::string message = one_line(last_message.c_str());
  last_message.clear();
  return message;
}

}  // namespace kpiconv::ooxml
