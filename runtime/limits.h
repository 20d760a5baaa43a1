// The limits of one run: what untrusted code may use before govm stops it.
// (Design notes, defaults and their reasons in limits.cpp.)
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace govm {

// Defaults of the limits that have one (0 means "no limit" for every limit
// but --max-stack, whose default is Go's, in address.h).
inline constexpr uint64_t kMaxHeapDefault = uint64_t{1} << 30;    // --max-heap 1G
inline constexpr uint64_t kMaxOutputDefault = uint64_t{1} << 30;  // --max-output 1G
// (issue 5) --max-goroutines: goroutines existing at once, main included;
// and --preempt: instructions of a goroutine's time slice (not a limit).
inline constexpr uint64_t kMaxGoroutinesDefault = 1'000'000;
inline constexpr uint64_t kPreemptDefault = 10'000;

// Which govm limit ended a run (Runtime::limit_kind). A stack overflow is
// not one: it is Go's own fatal error, exit status 2.
enum class LimitKind : uint8_t {
  None,    // no limit was reached
  Steps,   // --max-steps: instructions executed
  Heap,    // --max-heap: heap bytes allocated
  Output,  // --max-output: bytes the program wrote to stdout and stderr
  Time,    // --timeout: wall-clock time, measured by the VM
  Goroutines,  // (issue 5) --max-goroutines: goroutines existing at once
  Other,   // a limit recorded through Runtime::limit_reached(message) alone
};

// "max-steps", "max-heap", "max-output", "timeout" ("" for None and Other).
const char* limit_flag(LimitKind k);

// Parsing, for the command line and the API. Each returns false on anything
// but the whole of a well-formed value, and on overflow.
//   parse_count:    a decimal count: "1000000"
//   parse_size:     a decimal count of bytes with an optional K, M or G
//                   suffix (either case), powers of 1024: "64M" = 67108864
//   parse_duration: Go's time.ParseDuration without a sign: "10s", "500ms",
//                   "1m30s", "1.5h"; units ns, us (µs), ms, s, m, h; "0"
bool parse_count(std::string_view s, uint64_t& out);
bool parse_size(std::string_view s, uint64_t& out);
bool parse_duration(std::string_view s, std::chrono::nanoseconds& out);

// Formatting, for the messages: the size as the largest exact suffix
// ("64M", "1536K", "1000") and the duration as Go's Duration.String
// ("10s", "500ms", "2m0s", "1h30m0s").
std::string format_size(uint64_t bytes);
std::string format_duration(std::chrono::nanoseconds d);

}  // namespace govm
