// govm's public C++ API: what exercise writers, auto-graders, the `govm`
// command and the stepper drive govm through. One include:
//
//   #include <govm/govm.h>          // find_package(govm) + govm::govm (docs/api.md)
//
// From source to a running machine in two calls:
//
//   govm::CompileResult prog = govm::compile("prog.go", source);  // or compile_file(path)
//   if (!prog.ok()) { /* prog.diagnostics: file, pos.line, pos.col, message */ }
//   govm::Session s(prog, govm::MachineOptions{.max_steps = 1'000'000});
//   s.on_event([](const govm::Event& e) { ... }, govm::kind_mask(govm::EventKind::HeapAlloc));
//   int status = s.run();        // 0, 2 (panic, fatal error), 124 (a limit), 70 (govm bug)
//   s.stdout_text(); s.stderr_text(); s.memstats(); s.stats(); s->goroutines();
//
// The layers underneath are re-exported, not wrapped: their headers are the
// reference, each opened by a comment on its design.
//
//   compiler/compiler.h  compile_source, compile_file -> CompileResult: the
//                        program image or diagnostics (values, never
//                        exceptions); `escapes`, the `govm build -m` decisions
//   vm/machine.h         Machine: run, run_until_event, step, run_to_line,
//                        run_to_function, last_event, attach(EventSink*),
//                        exit_code, exit_reason; MachineOptions (the limits)
//   vm/inspect.h         what inspection returns: SegmentInfo, GlobalView,
//                        GoroutineView, FrameView, LocalView, HeapObjectView
//                        (Machine::heap_objects, with reachability), ValueView
//                        (Machine::value_at), Stats
//   vm/snapshot.h        snapshot(machine) -> Snapshot, the whole state as a
//                        value; to_json(snapshot), its versioned JSON
//   runtime/event.h      Event and its typed payloads (HeapAllocEvent, ...)
//   runtime/runtime.h    Output, CaptureOutput, exit statuses (kExitLimit, ...)
//   runtime/limits.h     LimitKind; parse_size / parse_duration for limits
//   runtime/mgc.h        MemStats (runtime.ReadMemStats' numbers)
//
// What this header adds is the glue those calls leave to each user:
//   - compile(path, source): compile_source under the name a user looks for;
//   - Session: owns a machine together with its captured stdout/stderr and
//     its event callbacks, so nobody manages the lifetimes of a Machine's
//     Output& and EventSink* by hand; movable, so it can be returned;
//   - EventCallback / kind_mask: events delivered to a std::function;
//   - set_limit: MachineOptions from the command line's limit flags;
//     sandbox_options: every limit bounded, for untrusted code;
//   - run_program: compile-and-run in one call, everything a grader checks;
//   - escape_lines: the -m decisions formatted exactly as `govm build -m`.
//
// Invariants: a Session's machine always refers to output and sinks the
// Session itself owns, destroyed after the machine. Nothing here throws on
// a program's fault (a compile error, a panic, a limit): those are values.
// Only a caller's misuse throws (a Session from a failed CompileResult:
// std::invalid_argument).
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/diag.h"
#include "runtime/event.h"
#include "runtime/limits.h"
#include "runtime/mgc.h"
#include "runtime/runtime.h"
#include "vm/inspect.h"
#include "vm/machine.h"
#include "vm/snapshot.h"

namespace govm {

// The API's version (also the CMake package's version).
inline constexpr int kApiVersionMajor = 0;
inline constexpr int kApiVersionMinor = 1;

// ---- Compiling ------------------------------------------------------------

// compile_source(path, source): `path` is how the file is named in
// diagnostics, tracebacks and escape lines. compile_file(path) (from
// compiler.h) reads the file; an unreadable file is a diagnostic.
CompileResult compile(const std::string& path, const std::string& source);

// The escape decisions of a compiled program as `govm build -m` prints
// them, one string per decision, without the newline:
// "prog.go:8:2: moved to heap: x". With explain, -m=2: each decision's
// explanation lines follow it, with the same position prefix.
std::vector<std::string> escape_lines(const std::string& path, const CompileResult& program, bool explain = false);

// ---- Limits ---------------------------------------------------------------

// Sets one limit in `opts` from a command-line flag's name and value, as
// `govm run` takes them: "max-steps" (a count), "max-heap", "max-stack",
// "max-output" (bytes, with an optional K/M/G suffix), "timeout" (a Go
// duration: "10s", "500ms"), "max-goroutines" (a count). The leading "--" is optional. Returns the
// error message for an unknown name or a malformed value, nullopt when set.
std::optional<std::string> set_limit(MachineOptions& opts, std::string_view name, std::string_view value);

// Options for untrusted code on a shared machine: the defaults of
// MachineOptions (heap and output 1G, Go's 1G stack) tightened to what an
// exercise needs: 100M instructions, 256M heap, 64M stack per goroutine,
// 1M output, 10s of wall-clock time, 10,000 goroutines at once.
MachineOptions sandbox_options();

// ---- Events ---------------------------------------------------------------

using EventCallback = std::function<void(const Event&)>;

// The mask with the bit of each kind set (bit k = EventKind k), for
// Machine::attach, run_until_event and Session::on_event.
constexpr uint32_t kind_mask(std::initializer_list<EventKind> kinds) {
  uint32_t m = 0;
  for (EventKind k : kinds) m |= 1u << static_cast<unsigned>(k);
  return m;
}
constexpr uint32_t kind_mask(EventKind k) { return kind_mask({k}); }
inline constexpr uint32_t kAllEvents = (1u << static_cast<unsigned>(EventKind::Count)) - 1;

// An EventSink that calls a function: what Session::on_event attaches.
// Usable on its own with Machine::attach (it must outlive the machine).
class CallbackSink final : public EventSink {
 public:
  explicit CallbackSink(EventCallback f) : f_(std::move(f)) {}
  void on_event(const Event& e) override { f_(e); }

 private:
  EventCallback f_;
};

// ---- Running --------------------------------------------------------------

// A machine for one compiled program, with what it needs kept alive beside
// it: the captured output and the event callbacks. Every Machine call is
// reachable through machine() or ->; the common ones are repeated here.
class Session {
 public:
  // Loads the program (program.ok() required: otherwise throws
  // std::invalid_argument, a caller's bug). Nothing runs yet.
  explicit Session(const CompileResult& program, MachineOptions opts = {});
  explicit Session(std::shared_ptr<const Image> image, MachineOptions opts = {});
  Session(Session&&) noexcept;
  Session& operator=(Session&&) noexcept;
  ~Session();

  // Calls f for each event of the kinds in kinds_mask, synchronously, while
  // the program runs (f must not call back into the session). Only before
  // the first run/step call: afterwards returns false and attaches nothing.
  bool on_event(EventCallback f, uint32_t kinds_mask = kAllEvents);

  // Machine::run: to the end (continuing a paused machine); the exit status.
  int run();
  // Machine::run_until_event with the mask of one kind, or of several.
  Stop run_until(EventKind kind);
  Stop run_until_event(uint32_t kinds_mask);
  Stop step(uint64_t n = 1);
  Stop run_to_line(uint32_t line);
  Stop run_to_function(const std::string& name);

  bool ended() const;
  int exit_code() const;          // once ended
  const char* exit_reason() const;  // "normal", "panic", "fatal", "limit", "interrupt", "internal"
  LimitKind limit_kind() const;     // which limit ended it (None when none)

  // Everything the program wrote so far (its failure reports included).
  const std::string& stdout_text() const;
  const std::string& stderr_text() const;

  // runtime.ReadMemStats' numbers, now (paused or ended).
  MemStats memstats() const;
  Stats stats() const;

  Machine& machine() { return *machine_; }
  const Machine& machine() const { return *machine_; }
  Machine* operator->() { return machine_.get(); }
  const Machine* operator->() const { return machine_.get(); }

 private:
  // Declared before machine_: destroyed after it.
  std::unique_ptr<CaptureOutput> out_;
  std::vector<std::unique_ptr<CallbackSink>> sinks_;
  std::unique_ptr<Machine> machine_;
  bool started_ = false;
};

// Compile and run in one call: what a grader usually checks.
struct RunResult {
  bool compiled = false;                // false: it did not compile, nothing ran
  std::vector<Diagnostic> diagnostics;  // why it did not compile
  std::string errors_text;              // the diagnostics as gc prints them
  int exit_code = 0;                    // the program's exit status (1 when it did not compile)
  std::string exit_reason;              // as Session::exit_reason ("" when it did not compile)
  std::string out, err;                 // its stdout and stderr
  Stats stats;
  MemStats memstats;
};
// Compiles source (named path) and runs it to its end under opts.
RunResult run_program(const std::string& path, const std::string& source, MachineOptions opts = {});

}  // namespace govm
