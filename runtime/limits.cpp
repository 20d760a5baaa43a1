// The limits of one run.
//
// govm runs programs it did not write: a student's endless loop, an
// auto-grader's batch of submissions. Each resource such a program can
// consume has a limit, settable from the API (MachineOptions, vm/machine.h)
// and from the command line:
//
//   limit            counts                                 checked
//   --max-steps N    instructions executed, every one       at each budget refill
//                                                           (vm/interp.cpp): exact
//   --max-stack S    bytes of one goroutine's stack         morestack: Go's own
//                                                           "stack overflow" fatal error
//   --max-heap S     heap bytes in use (no collector yet:   Runtime::mallocgc, before
//                    every byte ever allocated)             the allocation
//   --max-output S   bytes the program writes to stdout     Runtime::write_stdout/
//                    and stderr                             write_stderr; the write that
//                                                           passes it is cut
//   --timeout D      wall-clock time since Machine::run,    at each budget refill, so
//                    read by the VM, never by the program   once per 2^20 instructions
//
//   --max-goroutines N  goroutines existing at once,        Runtime::newproc (proc.cpp),
//                       main included                       before the new one exists
//
// (issue 5) The goroutine limit's default, 1,000,000, is far above what a
// teaching program makes (a class demo of "goroutines are cheap" makes
// 100,000) and bounds the host memory a runaway `for { go f() }` takes:
// each goroutine costs a 2 KiB stack and a host fiber of a few pages. The
// API's sandbox preset lowers it to 10,000.
//
// Reaching a limit ends the run at once: "govm: program exceeded
// --max-heap=64M (heap would reach 67108880 bytes)" on stderr, exit status
// kExitLimit (124, as timeout(1)), the same for every govm limit; the
// message and Runtime::limit_kind() say which. The first way of ending
// wins: a panic, a fatal error or an exit that follows a limit is not
// reported, and what the program writes after the limit is dropped. The
// machine is left as it was when the limit struck (registers saved in the
// G, heap and stacks mapped), so the API and the layout drawing can still
// inspect it.
//
// A limit found inside a runtime entry stops the interpreter at once when
// the entry can fail (an allocation: it returns NativeResult::Fatal);
// the output limit is reached inside print entries that cannot fail, so
// the interpreter stops at its next budget refill, the program's output
// being dropped in between.
//
// What the output limit counts: the program's own writes (print, println,
// fmt). The runtime's reports (a panic or fatal error with its traceback,
// written while the failure is pending, and govm's own messages) are not
// counted: they are bounded (tracebacks elide deep stacks) and must reach
// the user whole, so that a program failing just under the limit still
// says why.
//
// Defaults. `govm run` is first a teacher's tool: a normal program must
// never meet a surprise limit, and the conformance suite runs with the
// defaults. So there is no default step or time limit (an endless loop is
// stopped with ^C, as under `go run`), and the stack limit is Go's own
// (1 GB). The two limits that protect the host whatever the program does
// have defaults far above any teaching program: 1 GiB of heap (the arena
// reserves 16 GiB of addresses; without a limit a runaway allocation would
// use the host's memory) and 1 GiB of output (the API captures output in
// memory; a file fills a disk). An auto-grader wants tighter limits and a
// time limit: the API's "sandbox" preset will set them. 0 disables any
// limit but --max-stack.
//
// Sizes are bytes with an optional K, M or G suffix in powers of 1024 (Go's
// runtime speaks bytes; KiB are what a teacher means by "64K of stack").
// Durations are Go's time.ParseDuration strings, so they read as Go.
//
// Isolation. A program reaches nothing of the host: the only runtime entries
// are the ones in natives.h, and none opens a file or socket, reads the
// environment or the real clock. The clock that --timeout reads is the
// VM's; when the time package lands, time.Now must be a virtual clock.
#include "runtime/limits.h"

#include <limits>

namespace govm {

namespace {

constexpr uint64_t kMax64 = std::numeric_limits<uint64_t>::max();
constexpr uint64_t kMaxDuration = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads decimal digits at s[i...]; false on overflow. n is how many were read.
bool read_decimal(std::string_view s, size_t& i, uint64_t& v, size_t& n) {
  v = 0;
  n = 0;
  for (; i < s.size() && is_digit(s[i]); ++i, ++n) {
    const uint64_t d = static_cast<uint64_t>(s[i] - '0');
    if (v > (kMax64 - d) / 10) return false;
    v = v * 10 + d;
  }
  return true;
}

uint64_t size_unit(char c) {
  switch (c) {
    case 'K': case 'k': return uint64_t{1} << 10;
    case 'M': case 'm': return uint64_t{1} << 20;
    case 'G': case 'g': return uint64_t{1} << 30;
    default: return 0;
  }
}

// Nanoseconds in a duration unit, 0 when the unit is unknown.
uint64_t duration_unit(std::string_view u) {
  if (u == "ns") return 1;
  if (u == "us" || u == "\xc2\xb5s" || u == "\xce\xbcs") return 1000;  // us, µs (micro sign), μs (mu)
  if (u == "ms") return 1000 * 1000;
  if (u == "s") return 1000 * 1000 * 1000;
  if (u == "m") return uint64_t{60} * 1000 * 1000 * 1000;
  if (u == "h") return uint64_t{3600} * 1000 * 1000 * 1000;
  return 0;
}

// One "1.5ms" component of a duration at s[i...], in nanoseconds.
bool read_duration_component(std::string_view s, size_t& i, uint64_t& ns) {
  uint64_t whole = 0, frac = 0;
  size_t nwhole = 0, nfrac = 0;
  if (!read_decimal(s, i, whole, nwhole)) return false;
  double scale = 1;
  if (i < s.size() && s[i] == '.') {
    ++i;
    // Digits past what 64 bits hold only lose precision, as in Go.
    for (; i < s.size() && is_digit(s[i]); ++i, ++nfrac) {
      if (frac > (kMax64 - 9) / 10) continue;
      frac = frac * 10 + static_cast<uint64_t>(s[i] - '0');
      scale *= 10;
    }
  }
  if (nwhole == 0 && nfrac == 0) return false;
  const size_t start = i;
  while (i < s.size() && s[i] != '.' && !is_digit(s[i])) ++i;
  const uint64_t unit = duration_unit(s.substr(start, i - start));
  if (unit == 0 || whole > kMaxDuration / unit) return false;
  ns = whole * unit;
  if (frac > 0) ns += static_cast<uint64_t>(static_cast<double>(frac) * (static_cast<double>(unit) / scale));
  return ns <= kMaxDuration;
}

// ".5" for 5 of `digits` decimal places ("" when 0), trailing zeros dropped.
std::string fraction(uint64_t v, int digits) {
  if (v == 0) return {};
  std::string s(static_cast<size_t>(digits), '0');
  for (int k = digits - 1; k >= 0; --k, v /= 10) s[static_cast<size_t>(k)] = static_cast<char>('0' + v % 10);
  while (s.back() == '0') s.pop_back();
  return "." + s;
}

}  // namespace

const char* limit_flag(LimitKind k) {
  switch (k) {
    case LimitKind::Steps: return "max-steps";
    case LimitKind::Heap: return "max-heap";
    case LimitKind::Output: return "max-output";
    case LimitKind::Time: return "timeout";
    case LimitKind::Goroutines: return "max-goroutines";
    case LimitKind::None:
    case LimitKind::Other: break;
  }
  return "";
}

bool parse_count(std::string_view s, uint64_t& out) {
  size_t i = 0, n = 0;
  uint64_t v = 0;
  if (!read_decimal(s, i, v, n) || n == 0 || i != s.size()) return false;
  out = v;
  return true;
}

bool parse_size(std::string_view s, uint64_t& out) {
  size_t i = 0, n = 0;
  uint64_t v = 0;
  if (!read_decimal(s, i, v, n) || n == 0) return false;
  uint64_t unit = 1;
  if (i + 1 == s.size()) {
    unit = size_unit(s[i]);
    if (unit == 0) return false;
    ++i;
  }
  if (i != s.size() || v > kMax64 / unit) return false;
  out = v * unit;
  return true;
}

bool parse_duration(std::string_view s, std::chrono::nanoseconds& out) {
  if (s == "0") {
    out = std::chrono::nanoseconds(0);
    return true;
  }
  if (s.empty()) return false;
  uint64_t total = 0;
  for (size_t i = 0; i < s.size();) {
    uint64_t ns = 0;
    if (!read_duration_component(s, i, ns) || ns > kMaxDuration - total) return false;
    total += ns;
  }
  out = std::chrono::nanoseconds(static_cast<int64_t>(total));
  return true;
}

std::string format_size(uint64_t bytes) {
  for (const char* suffix : {"G", "M", "K"}) {
    const uint64_t unit = size_unit(suffix[0]);
    if (bytes != 0 && bytes % unit == 0) return std::to_string(bytes / unit) + suffix;
  }
  return std::to_string(bytes);
}

std::string format_duration(std::chrono::nanoseconds d) {
  const uint64_t ns = d.count() < 0 ? 0 : static_cast<uint64_t>(d.count());
  if (ns == 0) return "0s";
  if (ns < 1000) return std::to_string(ns) + "ns";
  if (ns < 1000 * 1000) return std::to_string(ns / 1000) + fraction(ns % 1000, 3) + "\xc2\xb5s";
  if (ns < 1000 * 1000 * 1000) return std::to_string(ns / 1000000) + fraction(ns % 1000000, 6) + "ms";
  const uint64_t second = 1000 * 1000 * 1000;
  const uint64_t h = ns / (3600 * second), m = ns / (60 * second) % 60, s = ns / second % 60;
  std::string out;
  if (h > 0) out += std::to_string(h) + "h";
  if (h > 0 || m > 0) out += std::to_string(m) + "m";
  return out + std::to_string(s) + fraction(ns % second, 9) + "s";
}

}  // namespace govm
