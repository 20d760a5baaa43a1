// The machine: a loaded program, its runtime, and the goroutines that run it.
// (Design notes in machine.cpp.)
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/address.h"
#include "runtime/runtime.h"
#include "vm/fiber_stack.h"
#include "vm/inspect.h"
#include "vm/interp.h"

namespace govm {

struct MachineOptions {
  uint64_t max_steps = 0;  // instructions before the program is stopped; 0 = no limit
  uint64_t max_stack = kMaxStackDefault;  // bytes per goroutine stack
  size_t fiber_stack_size = 256 * 1024;   // host stack of each goroutine's fiber
  // (defaults and reasons in runtime/limits.cpp) 0 = no limit.
  uint64_t max_heap = kMaxHeapDefault;      // heap bytes in use
  uint64_t max_output = kMaxOutputDefault;  // bytes the program writes to stdout + stderr
  uint64_t seed = 0;  // (issue 3) RuntimeOptions::seed: map hash seeds and range order
  GcOptions gc;       // (issue 4) RuntimeOptions::gc: GOGC, --gc-stress, --gc-verify, gctrace
  // (issue 5) RuntimeOptions' scheduler settings: --preempt, --sched-seed,
  // --max-goroutines (runtime/limits.h for the defaults).
  uint64_t preempt = kPreemptDefault;
  uint64_t sched_seed = 0;
  uint64_t max_goroutines = kMaxGoroutinesDefault;
  std::chrono::nanoseconds timeout{0};      // wall-clock time of run()
  // Set by a SIGINT handler: the program stops at the next
  // budget check and run() returns kExitInterrupt. Null: not interruptible.
  const std::atomic<bool>* interrupt = nullptr;
};

// The exit status of a program stopped by SIGINT (128 + 2,
// as a shell reports a process killed by it).
inline constexpr int kExitInterrupt = 130;

// Why a run of the machine API returned.
enum class StopReason { Event, Step, Line, Function, Ended };

// Where a run of the machine API stopped. The goroutine
// stands between two instructions: pc is the next one to run.
struct Stop {
  StopReason reason = StopReason::Ended;
  const Event* event = nullptr;  // for Event: valid until the next run call
  Addr pc = 0;
  uint32_t line = 0;   // source line of pc, 0 when none (runtime code)
  std::string func;    // function of pc
  uint64_t goid = 0;   // (issue 7) the goroutine that pc belongs to (0 before the program starts)
};

class Machine {
 public:
  Machine(std::shared_ptr<const Image> image, Output& out, MachineOptions opts = {});
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  Runtime& runtime() { return rt_; }
  const Runtime& runtime() const { return rt_; }  // (issue 8) for snapshots
  const Image& image() const { return *image_; }
  // Sends the events of the kinds in kinds_mask (bit k = EventKind k) to sink.
  // Attach before run() (or the first call of the API below).
  void attach(EventSink* sink, uint32_t kinds_mask = ~0u);

  // Runs the program to its end (once) and returns its exit code: 0, 2 for a
  // panic or fatal error, kExitLimit when a limit stopped it, kExitInternal
  // for a govm bug. Failures are reported on the program's stderr.
  int run();

  // Running in parts. Each call runs the program from where
  // it stands to a stop, then returns with the machine paused (goroutine 1
  // suspended on its fiber, nothing unwound) or ended; the first call
  // starts the program as run() does. run() continues a paused machine to
  // its end. Once ended, every call returns an Ended stop at once. Sinks
  // are attached before the first call; none of these may be called from
  // a sink (the machine is running then). Time spent paused does not count
  // against --timeout.
  //
  // Runs until an event of the kinds in kinds_mask (bit k = EventKind k)
  // has been delivered to every sink, and stops after the instruction that
  // emitted it. Events of one instruction (a StackGrow and its FramePush)
  // are returned one per call, in order, before running any further.
  Stop run_until_event(uint32_t kinds_mask);
  // Runs n instructions (0: none).
  Stop step(uint64_t n = 1);
  // Runs until the first instruction of a statement on `line` is about to
  // run (at least one instruction first). A line with no code is never
  // reached: the program runs to its end.
  Stop run_to_line(uint32_t line);
  // Runs until the function `name` has been entered: its prologue (ENTER)
  // has reserved its frame and its first statement is about to run, as a
  // debugger's function breakpoint. An unknown name runs to the end.
  Stop run_to_function(const std::string& name);
  // (issue 7) For a stepper that stops at whichever comes first of several
  // breakpoints: runs until an event of the kinds in kinds_mask (as
  // run_until_event: an Event stop) or until the goroutine on the CPU is
  // about to run an instruction at one of pcs (as run_to_line, at least one
  // instruction first: a Line stop). Either part may be empty.
  Stop run_until(uint32_t kinds_mask, std::vector<Addr> pcs);
  // (issue 7) Where run_to_line(line) stops: the first instruction of each
  // statement on `line` in the program's own functions, sorted. line 0:
  // every statement of every line (a "step to the next line" target set).
  std::vector<Addr> statement_pcs(uint32_t line) const;
  // (issue 7) Where run_to_function(name) stops: just after its ENTER; 0
  // when the program has no function of that name.
  Addr function_body_pc(const std::string& name) const;
  // The event of the latest Event stop (null before any).
  const Event* last_event() const { return last_event_ ? &*last_event_ : nullptr; }
  bool ended() const { return ended_; }
  // The exit code run() returns, once ended().
  int exit_code() const { return exit_code_; }

  // Inspection of a paused or ended machine (vm/inspect.h;
  // in vm/inspect.cpp).
  std::vector<SegmentInfo> segments() const;
  std::vector<GlobalView> globals() const;
  std::vector<GoroutineView> goroutines() const;  // (issue 5) those that exist (not exited), in creation order
  // Frames of goroutine goid, innermost first (empty for an unknown or dead
  // goroutine).
  std::vector<FrameView> frames(uint64_t goid) const;
  Stats stats() const;
  // (issue 8) Every allocated heap object, in address order, with whether
  // the next collection would keep it (computed without collecting).
  std::vector<HeapObjectView> heap_objects() const;
  // (issue 8) The value of type `type_name` (Go's spelling, a type the
  // program uses: "int", "main.Point", "[]string") or of type t at addr,
  // formatted as %v. A failure (unknown type, unmapped address) is a
  // ValueView with error set, never an exception.
  ValueView value_at(Addr addr, const std::string& type_name) const;
  ValueView value_at(Addr addr, const TypeDesc& t) const;
  // (issue 7) The value of a variable or a path through it, as a debugger's
  // print: "x", "p.next.val", "*p", "a[2]", "s[i]" with a constant index,
  // "main.head". The first name is looked up in frame `frame` (0: the
  // innermost) of goroutine goid (the latest local of that name declared at
  // or before the frame's line), then among the globals ("head" or
  // "main.head"). A selector through a pointer dereferences it, as Go's
  // p.f does. Failures (no such name, a nil pointer on the way, an index out
  // of range, a field the struct lacks) are a ValueView with error set.
  // A variable moved to the heap or captured by reference (a frame slot
  // "&x", LocalView::points_to) is read through its address: x's value,
  // at its heap (or captured stack) address.
  ValueView value_at_path(uint64_t goid, size_t frame, const std::string& path) const;

  // Instructions executed so far.
  uint64_t instructions() const { return interp_.instructions(); }

  // How the run ended: "normal", "panic", "fatal", "limit",
  // "interrupt" or "internal" (also before or without a run).
  const char* exit_reason() const;

 private:
  int internal_error(const std::string& message, const G* g);
  // The run in parts: start() once, resume() to the next pause or the
  // end, finish() once at the end (the exit code, as run() always did).
  class Sink;
  struct Fiber;
  class Switcher;
  bool start();
  void resume();
  void finish(InterpExit how, const G* g);
  Fiber& fiber_of(G& g);          // (issue 5) g's fiber, created when it first runs
  void switch_out(G& g);          // from g's fiber back to the scheduler loop
  Stop stop_here(StopReason reason) const;
  Stop next_queued_event(uint32_t kinds_mask);
  void quiet();
  Stop run_to_end();
  Stop step_until(const std::vector<Addr>& targets, StopReason reason);

  std::shared_ptr<const Image> image_;
  Output& out_;
  MachineOptions opts_;
  Runtime rt_;
  Interpreter interp_;
  std::string fiber_error_;  // an internal error found by the scheduler, not the interpreter
  bool ran_ = false;

  bool started_ = false;
  bool ended_ = false;
  bool in_loop_ = false;               // the scheduler loop has run a goroutine: events may ask for pauses
  bool paused_ = false;                // the running fiber switched back through the pause hook
  const std::vector<Addr>* until_ = nullptr;  // step_until's targets while it runs
  int exit_code_ = 0;
  G* running_ = nullptr;               // (issue 5) the goroutine on the CPU: running, paused, or the last to run
  std::unique_ptr<Sink> sink_;         // records events while a run waits for one
  std::deque<Event> queued_;           // events seen, not yet returned by run_until_event
  std::optional<Event> last_event_;
  std::unique_ptr<Switcher> switcher_;
  FiberStacks fiber_stacks_;
  // Last: suspended fibers unwind first, the machine still whole.
  std::unordered_map<uint64_t, std::unique_ptr<Fiber>> fibers_;  // by goroutine id, started and not finished
};

}  // namespace govm
