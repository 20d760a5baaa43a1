// The machine: one program's execution.
//
// A Machine owns the image (shared, read-only), the Runtime (address space,
// stacks, heap, goroutines, events, output) and the interpreter. It runs a
// program in four steps:
//
//   1. verify_text: the interpreter trusts the code, so check it once;
//   2. announce the globals (GlobalInit events for data and bss);
//   3. create goroutine 1 on runtime.main (newproc) and run it;
//   4. report how it ended: nothing for a normal exit, Go's panic or fatal
//      error report, the limit message, or an internal error.
//
// Every goroutine runs the interpreter on a boost::context fiber of its own;
// the scheduler is the code below, on the host thread's own stack, and it
// resumes fibers. A runtime entry that blocks (a channel operation, a lock,
// a sleep: later issues) will park its goroutine by switching back to the
// scheduler, the interpreter's host frames staying intact on the fiber's
// stack; nothing unwinds. With goroutine 1 alone the schedule is one resume:
// the fiber returns when the program has ended.
//
// Fiber stacks are boost's fixedsize_stack: one allocation each, no guard
// page. protected_fixedsize_stack costs two mappings per fiber and aborts
// past about 32,000 fibers (Linux allows 65,530 mappings); a goroutine's
// host stack only holds the interpreter and a runtime entry, whose depth is
// bounded (Go frames live on the VM stack, not here).
//
// No C++ exception may cross a fiber boundary: the fiber body catches
// std::exception (std::bad_alloc, a library error) and turns it into an
// internal error. Boost's forced_unwind, thrown to unwind a fiber destroyed
// while suspended, is not a std::exception and passes through, as it must.
//
// Exit codes: the program's (0, or os.Exit's), 2 for a panic or fatal error
// (as Go), kExitLimit (124) when a govm limit stopped it (any of them; the
// message and Runtime::limit_kind() say which: runtime/limits.cpp),
// kExitInternal (70) when govm broke its own invariant.
#include "vm/machine.h"

#include <boost/context/fiber.hpp>
#include <boost/context/fixedsize_stack.hpp>
#include <exception>
#include <spdlog/spdlog.h>

#include "vm/verify.h"

namespace govm {

namespace {

RuntimeOptions runtime_options(const MachineOptions& opts) {
  RuntimeOptions r;
  r.max_stack = opts.max_stack;
  r.max_heap = opts.max_heap;
  r.max_output = opts.max_output;
  return r;
}

}  // namespace

Machine::Machine(std::shared_ptr<const Image> image, Output& out, MachineOptions opts)
    : image_(std::move(image)),
      out_(out),
      opts_(opts),
      rt_(*image_, out, runtime_options(opts_)),
      interp_(rt_, opts_.max_steps) {
  interp_.set_interrupt(opts_.interrupt);
}

Machine::~Machine() = default;

void Machine::attach(EventSink* sink, uint32_t kinds_mask) { rt_.events().attach(sink, kinds_mask); }

int Machine::run() {
  if (ran_) return internal_error("Machine::run called twice", nullptr);
  ran_ = true;
  if (std::string err = verify_text(*image_); !err.empty())
    return internal_error("the program's text does not verify: " + err, nullptr);

  interp_.set_timeout(opts_.timeout);  // (limits) the clock starts with the program, not the compile
  rt_.announce_globals();
  G& g = rt_.newproc(image_->entry, 0);
  spdlog::debug("machine: goroutine {} starts at {:#x}, stack [{:#x}, {:#x})", g.id, g.pc, g.stack.lo, g.stack.hi);
  const InterpExit how = run_on_fiber(g);
  spdlog::debug("machine: goroutine {} left the interpreter ({}), {} instructions", g.id, static_cast<int>(how),
                interp_.instructions());

  switch (how) {
    case InterpExit::Exit:
      return rt_.exit_code();
    case InterpExit::GoExit:
      return internal_error("goroutine 1 exited without ending the program", &g);
    case InterpExit::Failure:
      rt_.report_failure();
      if (interp_.interrupted()) return kExitInterrupt;  // (json) SIGINT
      return rt_.exit_kind() == ExitKind::Limit ? kExitLimit : rt_.exit_code();
    case InterpExit::Internal:
      return internal_error(fiber_error_.empty() ? interp_.internal_error() : fiber_error_, &g);
  }
  return internal_error("unknown interpreter exit", &g);
}

// Runs g's interpreter on a fiber of its own until it returns.
InterpExit Machine::run_on_fiber(G& g) {
  namespace ctx = boost::context;
  InterpExit how = InterpExit::Internal;
  std::string exception;
  ctx::fiber fiber(std::allocator_arg, ctx::fixedsize_stack(opts_.fiber_stack_size),
                   [&](ctx::fiber&& scheduler) {
                     try {
                       how = interp_.run(g);
                     } catch (const std::exception& e) {
                       exception = e.what();
                       how = InterpExit::Internal;
                     }
                     return std::move(scheduler);
                   });
  fiber = std::move(fiber).resume();
  if (!exception.empty()) {
    fiber_error_ = "exception on goroutine " + std::to_string(g.id) + "'s fiber: " + exception;
    return InterpExit::Internal;
  }
  if (fiber) {
    fiber_error_ = "goroutine " + std::to_string(g.id) + " parked with no other goroutine to run";
    return InterpExit::Internal;
  }
  return how;
}

const char* Machine::exit_reason() const {
  if (interp_.interrupted()) return "interrupt";
  switch (rt_.exit_kind()) {
    case ExitKind::Normal: return "normal";
    case ExitKind::Panic: return "panic";
    case ExitKind::Fatal: return "fatal";
    case ExitKind::Limit: return "limit";
    default: break;  // Running (no run), Internal, kinds added later
  }
  return "internal";
}

int Machine::internal_error(const std::string& message, const G* g) {
  rt_.internal_error(message);
  if (g != nullptr) {
    std::string where = "\n";
    rt_.traceback(*g, where);
    rt_.output().write_stderr(where);  // govm's report: not the program's output
  }
  return kExitInternal;
}

}  // namespace govm
