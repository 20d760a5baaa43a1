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
// Pauses. The machine API (run_until_event, step, run_to_line,
// run_to_function) runs the program in parts: the interpreter pauses
// between two instructions, in its budget path (vm/interp.cpp), by calling
// a hook that switches from goroutine 1's fiber back to the caller of the
// API; the next call resumes the fiber where it was. A paused goroutine's
// registers are in its G, so the inspection calls (vm/inspect.cpp) walk its
// stack as a traceback does. run() is the same machinery with no pause
// set. Since nothing else is nondeterministic yet, a run in parts does
// exactly what an uninterrupted run does: a stepper can go back by
// replaying from the start.
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

#include <algorithm>
#include <boost/context/fiber.hpp>
#include <boost/context/fixedsize_stack.hpp>
#include <exception>
#include <spdlog/spdlog.h>

#include "vm/fiber_asan.h"
#include "vm/opcodes.h"
#include "vm/verify.h"

namespace govm {

namespace {

RuntimeOptions runtime_options(const MachineOptions& opts) {
  RuntimeOptions r;
  r.max_stack = opts.max_stack;
  r.max_heap = opts.max_heap;
  r.max_output = opts.max_output;
  r.seed = opts.seed;
  r.gc = opts.gc;
  return r;
}

}  // namespace

// The machine's own event sink: it records the events a run waits
// for and asks the interpreter to pause after the instruction that emitted
// them. Listens to nothing (mask 0) outside run_until_event.
class Machine::Sink final : public EventSink {
 public:
  explicit Sink(Machine& m) : m_(m) {}
  void on_event(const Event& e) override {
    m_.queued_.push_back(e);
    if (m_.in_fiber_) m_.interp_.request_pause();  // not for the loader's GlobalInit events
  }

 private:
  Machine& m_;
};

// Goroutine 1's fiber and the context of the machine's caller, to
// which a pause switches back.
struct Machine::Fiber {
  boost::context::fiber fiber;   // goroutine 1, while it has not returned
  boost::context::fiber caller;  // valid while the fiber runs
  InterpExit how = InterpExit::Internal;
  std::string exception;         // a std::exception caught on the fiber
  bool paused = false;           // the fiber switched back through the pause hook
  FiberAsan asan;                // the stacks, for AddressSanitizer (fiber_asan.h)
};

namespace {

// Boost's fixedsize_stack, noting the stack it hands out for FiberAsan.
struct NotedStack {
  boost::context::fixedsize_stack inner;
  FiberAsan* asan;
  boost::context::stack_context allocate() {
    boost::context::stack_context sc = inner.allocate();
    asan->fiber_bottom = static_cast<const char*>(sc.sp) - sc.size;  // sp is the top
    asan->fiber_size = sc.size;
    return sc;
  }
  void deallocate(boost::context::stack_context& sc) noexcept { inner.deallocate(sc); }
};

}  // namespace

Machine::Machine(std::shared_ptr<const Image> image, Output& out, MachineOptions opts)
    : image_(std::move(image)),
      out_(out),
      opts_(opts),
      rt_(*image_, out, runtime_options(opts_)),
      interp_(rt_, opts_.max_steps),
      sink_(std::make_unique<Sink>(*this)) {
  interp_.set_interrupt(opts_.interrupt);
  rt_.set_instruction_counter(&interp_);  // (issue 4) the virtual clock
  rt_.events().attach(sink_.get(), 0);
}

// A fiber still suspended (a paused machine) is destroyed first (fiber_ is
// the last member): boost resumes it with a forced_unwind exception that
// unwinds the interpreter's host frames up to the fiber's entry, while the
// runtime they refer to is still alive.
Machine::~Machine() = default;

void Machine::attach(EventSink* sink, uint32_t kinds_mask) { rt_.events().attach(sink, kinds_mask); }

int Machine::run() {
  if (ran_) return internal_error("Machine::run called twice", nullptr);
  ran_ = true;
  run_to_end();
  return exit_code_;
}

// Starts the program, once: verifies the text, announces the globals
// and creates goroutine 1 on a fiber that has not run yet. Returns whether
// the program can run (false once it has ended).
bool Machine::start() {
  if (started_) return !ended_;
  started_ = true;
  if (std::string err = verify_text(*image_); !err.empty()) {
    exit_code_ = internal_error("the program's text does not verify: " + err, nullptr);
    ended_ = true;
    return false;
  }
  interp_.set_timeout(opts_.timeout);  // the clock starts with the program, not the compile
  rt_.announce_globals();
  G& g = rt_.newproc(image_->entry, 0);
  g_ = &g;
  spdlog::debug("machine: goroutine {} starts at {:#x}, stack [{:#x}, {:#x})", g.id, g.pc, g.stack.lo, g.stack.hi);

  namespace ctx = boost::context;
  fiber_ = std::make_unique<Fiber>();
  fiber_->fiber = ctx::fiber(std::allocator_arg, NotedStack{ctx::fixedsize_stack(opts_.fiber_stack_size), &fiber_->asan},
                             [this](ctx::fiber&& caller) {
                               fiber_->asan.fiber_started();
                               fiber_->caller = std::move(caller);
                               try {
                                 fiber_->how = interp_.run(*g_);
                               } catch (const std::exception& e) {
                                 fiber_->exception = e.what();
                                 fiber_->how = InterpExit::Internal;
                               }
                               fiber_->asan.fiber_ending();
                               return std::move(fiber_->caller);
                             });
  interp_.set_pause_hook([this] {
    if (until_ != nullptr && !std::binary_search(until_->begin(), until_->end(), rt_.current()->pc)) {
      interp_.set_pause_at(interp_.instructions() + 1);  // step_until: not there yet, no switch
      return;
    }
    fiber_->paused = true;
    fiber_->asan.leave_fiber();
    fiber_->caller = std::move(fiber_->caller).resume();
    fiber_->asan.back_in_fiber();
  });
  return true;
}

// Resumes goroutine 1 until it pauses or the program ends.
void Machine::resume() {
  if (!start()) return;
  fiber_->paused = false;
  in_fiber_ = true;
  fiber_->asan.enter_fiber();
  fiber_->fiber = std::move(fiber_->fiber).resume();
  fiber_->asan.back_in_caller();
  in_fiber_ = false;
  if (fiber_->fiber && fiber_->paused) return;
  const G& g = *g_;
  if (!fiber_->exception.empty()) {
    fiber_error_ = "exception on goroutine " + std::to_string(g.id) + "'s fiber: " + fiber_->exception;
    finish(InterpExit::Internal);
  } else if (fiber_->fiber) {
    fiber_error_ = "goroutine " + std::to_string(g.id) + " parked with no other goroutine to run";
    finish(InterpExit::Internal);
  } else {
    finish(fiber_->how);
  }
}

// The program has ended (goroutine 1 left the interpreter): reports
// how, as run() always has, and records the exit code.
void Machine::finish(InterpExit how) {
  G& g = *g_;
  spdlog::debug("machine: goroutine {} left the interpreter ({}), {} instructions", g.id, static_cast<int>(how),
                interp_.instructions());
  ended_ = true;
  switch (how) {
    case InterpExit::Exit:
      exit_code_ = rt_.exit_code();
      return;
    case InterpExit::GoExit:
      exit_code_ = internal_error("goroutine 1 exited without ending the program", &g);
      return;
    case InterpExit::Failure:
      rt_.report_failure();
      if (interp_.interrupted())
        exit_code_ = kExitInterrupt;  // SIGINT
      else
        exit_code_ = rt_.exit_kind() == ExitKind::Limit ? kExitLimit : rt_.exit_code();
      return;
    case InterpExit::Internal:
      exit_code_ = internal_error(fiber_error_.empty() ? interp_.internal_error() : fiber_error_, &g);
      return;
  }
  exit_code_ = internal_error("unknown interpreter exit", &g);
}

// Where goroutine 1 stands now.
Stop Machine::stop_here(StopReason reason) const {
  Stop s;
  s.reason = reason;
  if (g_ == nullptr) return s;
  s.pc = g_->pc;
  if (const FuncInfo* f = image_->func_at(s.pc)) {
    s.func = f->name;
    s.line = f->line_at(s.pc);
  }
  return s;
}

// Clears what an earlier run left for the next: the sink stops
// listening, no pause is set, queued events are dropped.
void Machine::quiet() {
  rt_.events().set_mask(sink_.get(), 0);
  interp_.set_pause_at(Interpreter::kNoPause);
  queued_.clear();
}

Stop Machine::run_to_end() {
  quiet();
  while (start()) resume();
  return stop_here(StopReason::Ended);
}

Stop Machine::next_queued_event(uint32_t kinds_mask) {
  while (!queued_.empty()) {
    Event e = std::move(queued_.front());
    queued_.pop_front();
    if ((kinds_mask >> static_cast<unsigned>(e.kind)) & 1u) {
      last_event_ = std::move(e);
      Stop s = stop_here(StopReason::Event);
      s.event = &*last_event_;
      return s;
    }
  }
  return stop_here(ended_ ? StopReason::Ended : StopReason::Step);
}

Stop Machine::run_until_event(uint32_t kinds_mask) {
  interp_.set_pause_at(Interpreter::kNoPause);
  rt_.events().set_mask(sink_.get(), kinds_mask);  // before start(): the loader's GlobalInit events count
  const bool can_run = start();
  Stop s = next_queued_event(kinds_mask);
  if (s.event == nullptr && can_run) {
    resume();
    s = next_queued_event(kinds_mask);
  }
  rt_.events().set_mask(sink_.get(), 0);
  if (s.event == nullptr) s.reason = StopReason::Ended;  // a run with no pause set runs to the end
  return s;
}

Stop Machine::step(uint64_t n) {
  quiet();
  if (!start()) return stop_here(StopReason::Ended);
  if (n == 0) return stop_here(StopReason::Step);
  const uint64_t now = interp_.instructions();
  interp_.set_pause_at(n < Interpreter::kNoPause - now ? now + n : Interpreter::kNoPause);
  resume();
  interp_.set_pause_at(Interpreter::kNoPause);
  return stop_here(ended_ ? StopReason::Ended : StopReason::Step);
}

// Single-steps until pc is one of `targets` (sorted), at least one
// instruction. Exact, and simple: the pause hook checks pc after every
// instruction on the fiber, switching back only at a target; a
// teaching-sized program runs millions of instructions a second this way.
Stop Machine::step_until(const std::vector<Addr>& targets, StopReason reason) {
  if (targets.empty()) return run_to_end();
  quiet();
  if (!start()) return stop_here(StopReason::Ended);
  until_ = &targets;
  interp_.set_pause_at(interp_.instructions() + 1);
  resume();
  until_ = nullptr;
  interp_.set_pause_at(Interpreter::kNoPause);
  return stop_here(ended_ ? StopReason::Ended : reason);
}

// The first instruction of each statement on `line`: where a run of the
// pc-line table with that line begins, in every function.
Stop Machine::run_to_line(uint32_t line) {
  std::vector<Addr> targets;
  for (const FuncInfo& f : image_->funcs) {
    if (f.is_runtime) continue;  // no Go source: their "line 1" is not the program's
    for (size_t i = 0; i < f.lines.size(); ++i)
      if (f.lines[i].line == line && (i == 0 || f.lines[i - 1].line != line))
        targets.push_back(f.entry + f.lines[i].pc_offset);
  }
  std::sort(targets.begin(), targets.end());
  return step_until(targets, StopReason::Line);
}

// The first instruction after the function's prologue (its ENTER), as
// debuggers place a function breakpoint: the frame exists, the parameters
// are in it.
Stop Machine::run_to_function(const std::string& name) {
  std::vector<Addr> targets;
  if (const FuncInfo* f = image_->func_named(name)) {
    Addr at = f->entry;
    if (at < f->end && static_cast<Op>(image_->text[at - kTextBase]) == Op::ENTER) at += op_bytes(Op::ENTER);
    targets.push_back(at);
  }
  return step_until(targets, StopReason::Function);
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
