// The interpreter: runs one goroutine's bytecode until it ends, fails or
// runs out of budget. (Design notes in interp.cpp.)
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

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

class Interpreter {
 public:
  // max_steps: instructions the whole machine may execute (0: no limit).
  Interpreter(Runtime& rt, uint64_t max_steps);

  // Runs g from its saved registers (g.pc, g.sp, g.bp, in the states
  // runtime/goroutine.h describes) until the goroutine or the program
  // ends. On return the registers are saved in g. The text must have
  // passed verify_text (vm/verify.h).
  InterpExit run(G& g);

  // (added by limits) Starts the wall-clock limit: the program may run for
  // `timeout` from now (0: no limit). Checked at every budget refill.
  void set_timeout(std::chrono::nanoseconds timeout);

  // Instructions executed so far, by every run.
  uint64_t instructions() const;
  const std::string& internal_error() const { return internal_error_; }

  // (added by json) A flag set from outside (a SIGINT handler): the run
  // stops at the next budget check, recorded as a limit, and interrupted()
  // turns true. Null: never interrupted.
  void set_interrupt(const std::atomic<bool>* flag) { interrupt_ = flag; }
  bool interrupted() const { return interrupted_; }

 private:
  int64_t refill();                                  // out of budget: steps left, or -1
  bool out_of_time();                                // (limits) past the deadline: records the limit
  InterpExit internal(G& g, std::string message);    // records an internal error

  Runtime& rt_;
  uint64_t max_steps_;
  uint64_t executed_ = 0;  // instructions of every completed chunk
  int64_t chunk_ = 0;      // size of the current chunk
  int64_t steps_ = 0;      // instructions left in the current chunk
  std::string internal_error_;
  std::chrono::nanoseconds timeout_{0};              // (limits) 0: no wall-clock limit
  std::chrono::steady_clock::time_point deadline_{};
  const std::atomic<bool>* interrupt_ = nullptr;  // (json) see set_interrupt
  bool interrupted_ = false;
};

}  // namespace govm
