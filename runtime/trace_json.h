// The JSON Lines trace (--trace-format=json): one JSON object per line, one
// line per event, then one closing "exit" line however the program ended.
// The schema is docs/trace-schema.json; docs/trace-format.md explains it.
#pragma once

#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "runtime/event.h"

namespace govm {

// The version written in every line's "v"; bump it when a field changes
// meaning or disappears (adding a field keeps the version).
inline constexpr int kTraceJsonVersion = 3;  // 2 (issue 4): the collector's kinds; 3 (issue 5): goroutines'

class JsonTraceSink final : public EventSink {
 public:
  // write_line receives each line with its trailing newline.
  explicit JsonTraceSink(std::function<void(std::string_view)> write_line);
  explicit JsonTraceSink(std::ostream& out);
  explicit JsonTraceSink(std::FILE* out);

  void on_event(const Event& e) override;

  // Writes the closing line: {"v":2,"seq":N,"kind":"exit","code":C,
  // "reason":R,"instructions":I}, N one past the last event this sink saw.
  // reason is one of "normal", "panic", "fatal", "limit", "interrupt",
  // "internal". Call once, after the machine has run; later calls do nothing.
  void finish(int code, std::string_view reason, uint64_t instructions);

  // The line an event is written as (without the newline), and the exit
  // line; for tests.
  static std::string format(const Event& e);
  static std::string format_exit(uint64_t seq, int code, std::string_view reason, uint64_t instructions);

 private:
  std::function<void(std::string_view)> write_;
  uint64_t last_seq_ = 0;
  bool finished_ = false;
};

}  // namespace govm
