// The interpreter: runs one goroutine's bytecode until it ends, fails or
// runs out of budget. (Design notes in interp.cpp.)
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include "runtime/runtime.h"

namespace govm {

class Runtime;
struct G;

// Why Interpreter::run returned to its caller (the goroutine's fiber body).
enum class InterpExit : uint8_t {
  Exit,      // the program ended normally: EXIT, or a native asked to exit
  GoExit,    // the goroutine's entry function returned (GOEXIT)
  Failure,   // a panic, fatal error or limit is recorded in the Runtime: report it
  Internal,  // a govm invariant broke; internal_error() says which
};

class Interpreter final : public InstructionCounter {
 public:
  // max_steps: instructions the whole machine may execute (0: no limit).
  Interpreter(Runtime& rt, uint64_t max_steps);

  // Runs g from its saved registers (g.pc, g.sp, g.bp, in the states
  // runtime/goroutine.h describes) until the goroutine or the program
  // ends. On return the registers are saved in g. The text must have
  // passed verify_text (vm/verify.h).
  InterpExit run(G& g);

  // Starts the wall-clock limit: the program may run for
  // `timeout` from now (0: no limit). Checked at every budget refill.
  void set_timeout(std::chrono::nanoseconds timeout);

  // Instructions executed so far, by every run.
  uint64_t instructions() const override;
  const std::string& internal_error() const { return internal_error_; }

  // A flag set from outside (a SIGINT handler): the run
  // stops at the next budget check, recorded as a limit, and interrupted()
  // turns true. Null: never interrupted.
  void set_interrupt(const std::atomic<bool>* flag) { interrupt_ = flag; }
  bool interrupted() const { return interrupted_; }

  // Pauses, for the machine API (vm/machine.h). A pause
  // happens between two instructions, in the budget path: the registers are
  // saved in the G and the pause hook runs (the machine switches back to its
  // caller there and returns when resumed; nothing unwinds). A pause is due
  // at the end of the current instruction after request_pause() (an event
  // sink asks for it), or when instructions() reaches the set_pause_at
  // count (the budget chunk is cut to end there). Neither costs anything
  // per instruction: the budget already ends every chunk.
  static constexpr uint64_t kNoPause = UINT64_MAX;
  void set_pause_hook(std::function<void()> hook) { pause_hook_ = std::move(hook); }
  void request_pause() { pause_requested_ = true; }
  void set_pause_at(uint64_t instructions) { pause_at_ = instructions; }
  // (issue 5) The running goroutine has just parked or yielded, between two
  // of its instructions: whether a pause is due there (an event sink asked,
  // or the count reached pause_at unless `count_only_events`). If so, the
  // request is consumed and the budget chunk closed, so that whoever runs
  // next starts a fresh one under the caller's new pause settings.
  bool pause_at_switch(bool count_only_events);
  // Counters for Machine::stats: frames pushed (ENTER and
  // NATIVE, every goroutine) and stack growths (morestack calls that moved
  // a stack), since the machine started.
  uint64_t frames_pushed() const { return frames_pushed_; }
  uint64_t stack_growths() const { return stack_growths_; }

 private:
  int64_t refill();                                  // out of budget: steps left, or -1
  bool out_of_time();                                // past the deadline: records the limit
  InterpExit internal(G& g, std::string message);    // records an internal error

  Runtime& rt_;
  uint64_t max_steps_;
  uint64_t executed_ = 0;  // instructions of every completed chunk
  int64_t chunk_ = 0;      // size of the current chunk
  int64_t steps_ = 0;      // instructions left in the current chunk
  std::string internal_error_;
  std::chrono::nanoseconds timeout_{0};              // 0: no wall-clock limit
  std::chrono::steady_clock::time_point deadline_{};
  const std::atomic<bool>* interrupt_ = nullptr;  // see set_interrupt
  bool interrupted_ = false;
  std::function<void()> pause_hook_;  // see set_pause_hook
  bool pause_requested_ = false;
  uint64_t pause_at_ = kNoPause;
  uint64_t frames_pushed_ = 0;  // see frames_pushed
  uint64_t stack_growths_ = 0;

  bool pause_due() const { return pause_requested_ || executed_ >= pause_at_; }
  void pause();
  void preempt();  // (issue 5) the time slice is over: let others run
  // Ends the current chunk after the current instruction (a pause was
  // requested inside it): returns the loop's new step count, 0.
  int64_t end_chunk(int64_t steps) {
    chunk_ -= steps;
    return 0;
  }
};

}  // namespace govm
