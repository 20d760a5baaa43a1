// The machine: a loaded program, its runtime, and the goroutines that run it.
// (Design notes in machine.cpp.)
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "runtime/address.h"
#include "runtime/runtime.h"
#include "vm/interp.h"

namespace govm {

struct MachineOptions {
  uint64_t max_steps = 0;  // instructions before the program is stopped; 0 = no limit
  uint64_t max_stack = kMaxStackDefault;  // bytes per goroutine stack
  size_t fiber_stack_size = 256 * 1024;   // host stack of each goroutine's fiber
  // (added by limits; defaults and reasons in runtime/limits.cpp) 0 = no limit.
  uint64_t max_heap = kMaxHeapDefault;      // heap bytes in use
  uint64_t max_output = kMaxOutputDefault;  // bytes the program writes to stdout + stderr
  std::chrono::nanoseconds timeout{0};      // wall-clock time of run()
  // (added by json) Set by a SIGINT handler: the program stops at the next
  // budget check and run() returns kExitInterrupt. Null: not interruptible.
  const std::atomic<bool>* interrupt = nullptr;
};

// (added by json) The exit status of a program stopped by SIGINT (128 + 2,
// as a shell reports a process killed by it).
inline constexpr int kExitInterrupt = 130;

class Machine {
 public:
  Machine(std::shared_ptr<const Image> image, Output& out, MachineOptions opts = {});
  ~Machine();
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  Runtime& runtime() { return rt_; }
  const Image& image() const { return *image_; }
  // Sends the events of the kinds in kinds_mask (bit k = EventKind k) to sink.
  // Attach before run().
  void attach(EventSink* sink, uint32_t kinds_mask = ~0u);

  // Runs the program to its end (once) and returns its exit code: 0, 2 for a
  // panic or fatal error, kExitLimit when a limit stopped it, kExitInternal
  // for a govm bug. Failures are reported on the program's stderr.
  int run();

  // Instructions executed so far.
  uint64_t instructions() const { return interp_.instructions(); }

  // (added by json) How the run ended: "normal", "panic", "fatal", "limit",
  // "interrupt" or "internal" (also before or without a run).
  const char* exit_reason() const;

 private:
  int internal_error(const std::string& message, const G* g);
  InterpExit run_on_fiber(G& g);

  std::shared_ptr<const Image> image_;
  Output& out_;
  MachineOptions opts_;
  Runtime rt_;
  Interpreter interp_;
  std::string fiber_error_;  // an internal error found by the scheduler, not the interpreter
  bool ran_ = false;
};

}  // namespace govm
