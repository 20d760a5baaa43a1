// The text trace (--trace-memory): one line per memory event, in aligned
// columns, meant to be read on a projector as the program runs. The format
// is documented, with an example, in docs/trace-format.md.
#pragma once

#include <cstdio>
#include <ostream>
#include <string>

#include "runtime/event.h"

namespace govm {

class TextTraceSink final : public EventSink {
 public:
  explicit TextTraceSink(std::ostream& out) : os_(&out) {}
  explicit TextTraceSink(std::FILE* out) : file_(out) {}
  void on_event(const Event& e) override;

  // The line an event is printed as (without the newline); for tests and
  // for the stepper, which shows the event it stopped at.
  static std::string format(const Event& e);

 private:
  std::ostream* os_ = nullptr;
  std::FILE* file_ = nullptr;
};

}  // namespace govm
