// libxml2 prints what it raises without a parser's own handler (its encoding and I/O layers, its
// memory errors) to standard error, through the thread's generic error function. No library of
// kpiconv's writes there: every thread that parses routes libxml2's generic and structured
// errors here, where the last message waits to be part of the error kpiconv raises.
#pragma once

#include <string>

namespace kpiconv::ooxml {

// Installs the handlers for the calling thread (libxml2's handlers are per thread); cheap to
// call again.
void route_libxml2_messages();

// The last message libxml2 raised on this thread outside a parser's handler, one line, and
// forgets it ("" when none).
std::string take_libxml2_message();

}  // namespace kpiconv::ooxml
