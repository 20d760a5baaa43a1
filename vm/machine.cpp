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
// internal error, and Fiber::Unwind, which the destructor uses to unwind
// the fibers of goroutines that will never run again.
//
// Exit codes: the program's (0, or os.Exit's), 2 for a panic or fatal error
// (as Go), kExitLimit (124) when a govm limit stopped it (any of them; the
// message and Runtime::limit_kind() say which: runtime/limits.cpp),
// kExitInternal (70) when govm broke its own invariant.
#include "vm/machine.h"

#include <algorithm>
#include <boost/context/fiber.hpp>
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
  r.preempt = opts.preempt;
  r.sched_seed = opts.sched_seed;
  r.max_goroutines = opts.max_goroutines;
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
    if (m_.in_loop_) m_.interp_.request_pause();  // not for the loader's GlobalInit events
  }

 private:
  Machine& m_;
};

// A goroutine's fiber and the scheduler loop's context, to which the fiber
// switches back when its goroutine parks, yields or pauses.
struct Machine::Fiber {
  // Thrown on a suspended fiber that the machine abandons (its goroutine
  // will never run again): unwinds the interpreter's host frames to the
  // fiber's entry. Not a std::exception, so nothing on the way catches it.
  struct Unwind {};
  G* g = nullptr;
  bool abandoned = false;        // resumed only to unwind
  boost::context::fiber fiber;   // while the goroutine has not left the interpreter
  boost::context::fiber caller;  // the scheduler loop, valid while the fiber runs
  InterpExit how = InterpExit::Internal;
  std::string exception;         // a std::exception caught on the fiber
  FiberAsan asan;                // the stacks, for AddressSanitizer (fiber_asan.h)
};

// The runtime's way to let others run (runtime.h GoSwitcher).
class Machine::Switcher final : public GoSwitcher {
 public:
  explicit Switcher(Machine& m) : m_(m) {}
  void park(G& g) override { m_.switch_out(g); }

 private:
  Machine& m_;
};

namespace {

// Boost's stack allocator concept over the machine's FiberStacks, noting
// the stack it hands out for FiberAsan.
struct PooledStack {
  FiberStacks* pool;
  FiberAsan* asan;
  boost::context::stack_context allocate() {
    void* lo = pool->allocate();
    if (lo == nullptr) throw std::bad_alloc();
    boost::context::stack_context sc;
    sc.size = pool->size();
    sc.sp = static_cast<char*>(lo) + sc.size;  // sp is the top
    asan->fiber_bottom = lo;
    asan->fiber_size = sc.size;
    return sc;
  }
  void deallocate(boost::context::stack_context& sc) noexcept {
    pool->deallocate(static_cast<char*>(sc.sp) - sc.size);
  }
};

}  // namespace

Machine::Machine(std::shared_ptr<const Image> image, Output& out, MachineOptions opts)
    : image_(std::move(image)),
      out_(out),
      opts_(opts),
      rt_(*image_, out, runtime_options(opts_)),
      interp_(rt_, opts_.max_steps),
      sink_(std::make_unique<Sink>(*this)),
      switcher_(std::make_unique<Switcher>(*this)),
      fiber_stacks_(opts_.fiber_stack_size) {
  interp_.set_interrupt(opts_.interrupt);
  rt_.set_instruction_counter(&interp_);  // (issue 4) the virtual clock
  rt_.set_switcher(switcher_.get());      // (issue 5) goroutines park through the machine
  rt_.events().attach(sink_.get(), 0);
}

// Fibers still suspended (goroutines parked when the program ended, a
// paused machine) are unwound first, while the runtime their frames refer
// to is alive: each is resumed once more, with the switch annotated for
// AddressSanitizer as every other, and throws Fiber::Unwind from where it
// parked up to its entry. (Boost would unwind a suspended fiber with its
// own forced_unwind, through a switch nobody annotates.)
Machine::~Machine() {
  for (auto& [id, f] : fibers_) {
    if (!f->fiber) continue;
    f->abandoned = true;
    f->asan.enter_fiber();
    f->fiber = std::move(f->fiber).resume();
    f->asan.back_in_caller();
  }
}

void Machine::attach(EventSink* sink, uint32_t kinds_mask) { rt_.events().attach(sink, kinds_mask); }

int Machine::run() {
  if (ran_) return internal_error("Machine::run called twice", nullptr);
  ran_ = true;
  run_to_end();
  return exit_code_;
}

// Starts the program, once: verifies the text, announces the globals
// and creates goroutine 1 (runnable; its fiber is made when it first
// runs). Returns whether the program can run (false once it has ended).
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
  spdlog::debug("machine: goroutine {} starts at {:#x}, stack [{:#x}, {:#x})", g.id, g.pc, g.stack.lo, g.stack.hi);
  interp_.set_pause_hook([this] {
    G& cur = *running_;
    // (issue 7) run_until: an event it waits for (queued) pauses too.
    if (until_ != nullptr && !std::binary_search(until_->begin(), until_->end(), cur.pc) && queued_.empty()) {
      interp_.set_pause_at(interp_.instructions() + 1);  // step_until: not there yet, no switch
      return;
    }
    paused_ = true;
    switch_out(cur);
  });
  return true;
}

// The fiber of g, created the first time g runs.
Machine::Fiber& Machine::fiber_of(G& g) {
  std::unique_ptr<Fiber>& slot = fibers_[g.id];
  if (slot) return *slot;
  slot = std::make_unique<Fiber>();
  Fiber& f = *slot;
  f.g = &g;
  namespace ctx = boost::context;
  f.fiber = ctx::fiber(std::allocator_arg, PooledStack{&fiber_stacks_, &f.asan}, [this, &f](ctx::fiber&& caller) {
    f.asan.fiber_started();
    f.caller = std::move(caller);
    try {
      f.how = interp_.run(*f.g);
    } catch (const Fiber::Unwind&) {
      f.how = InterpExit::Internal;  // abandoned: nobody reads it
    } catch (const std::exception& e) {
      f.exception = e.what();
      f.how = InterpExit::Internal;
    }
    f.asan.fiber_ending();
    return std::move(f.caller);
  });
  return f;
}

// On g's fiber: back to the scheduler loop in resume(), until the loop
// resumes this fiber again.
void Machine::switch_out(G& g) {
  Fiber& f = *fibers_.at(g.id);
  f.asan.leave_fiber();
  f.caller = std::move(f.caller).resume();
  f.asan.back_in_fiber();
  if (f.abandoned) throw Fiber::Unwind{};
}

// The scheduler loop: runs goroutines, each on its fiber, until the
// machine pauses (the API) or the program ends. The runtime picks who
// runs (Runtime::schedule); a goroutine's fiber comes back here when it
// parks, yields, pauses or leaves the interpreter.
void Machine::resume() {
  if (!start()) return;
  for (;;) {
    if (running_ == nullptr || running_->status != GStatus::Running) {
      G* next = rt_.schedule();
      if (next == nullptr) {  // a deadlock (raised by schedule), or a failure already recorded
        finish(InterpExit::Failure, nullptr);
        return;
      }
      running_ = next;
    }
    G& g = *running_;
    Fiber* f = nullptr;
    try {
      f = &fiber_of(g);
    } catch (const std::exception& e) {  // no memory for a fiber's stack
      fiber_error_ = std::string("cannot create goroutine ") + std::to_string(g.id) + "'s fiber: " + e.what();
      finish(InterpExit::Internal, &g);
      return;
    }
    paused_ = false;
    in_loop_ = true;  // events from here on may pause the machine
    f->asan.enter_fiber();
    f->fiber = std::move(f->fiber).resume();
    f->asan.back_in_caller();
    if (f->fiber) {
      if (paused_) return;  // running_ stays: the next call resumes it
      // Parked or yielded (its status says so). A pause due now stops here,
      // before anyone else runs: at the GoPark event that asked for it, or
      // at the count step() wanted; step_until waits for its targets.
      if (interp_.pause_at_switch(until_ != nullptr)) return;
      continue;
    }
    // g left the interpreter: its fiber has returned.
    const InterpExit how = f->exception.empty() ? f->how : InterpExit::Internal;
    if (!f->exception.empty())
      fiber_error_ = "exception on goroutine " + std::to_string(g.id) + "'s fiber: " + f->exception;
    fibers_.erase(g.id);
    if (how == InterpExit::GoExit && g.id != 1) {
      rt_.goexit(g);
      if (interp_.pause_at_switch(true)) return;  // a sink waits for this GoExit
      continue;
    }
    finish(how, &g);
    return;
  }
}

// The program has ended (a goroutine left the interpreter with the
// program's end, or nothing can run): reports how, as run() always has,
// and records the exit code.
void Machine::finish(InterpExit how, const G* g) {
  spdlog::debug("machine: the program ended ({}) on goroutine {}, {} instructions", static_cast<int>(how),
                g ? g->id : 0, interp_.instructions());
  ended_ = true;
  switch (how) {
    case InterpExit::Exit:
      exit_code_ = rt_.exit_code();
      return;
    case InterpExit::GoExit:
      exit_code_ = internal_error("goroutine 1 exited without ending the program", g);
      return;
    case InterpExit::Failure:
      if (!rt_.ended() && rt_.failure().empty()) {
        exit_code_ = internal_error("no goroutine can run, and no failure was recorded", nullptr);
        return;
      }
      rt_.report_failure();
      if (interp_.interrupted())
        exit_code_ = kExitInterrupt;  // SIGINT
      else
        exit_code_ = rt_.exit_kind() == ExitKind::Limit ? kExitLimit : rt_.exit_code();
      return;
    case InterpExit::Internal:
      exit_code_ = internal_error(fiber_error_.empty() ? interp_.internal_error() : fiber_error_, g);
      return;
  }
  exit_code_ = internal_error("unknown interpreter exit", g);
}

// Where the goroutine on the CPU stands now.
Stop Machine::stop_here(StopReason reason) const {
  Stop s;
  s.reason = reason;
  const G* g = running_;
  if (g == nullptr) return s;
  s.pc = g->pc;
  s.goid = g->id;
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
Stop Machine::run_to_line(uint32_t line) { return step_until(statement_pcs(line), StopReason::Line); }

// (issue 7) Line 0 takes the start of every run of the table whatever its
// line: each statement's first instruction.
std::vector<Addr> Machine::statement_pcs(uint32_t line) const {
  std::vector<Addr> targets;
  for (const FuncInfo& f : image_->funcs) {
    if (f.is_runtime) continue;  // no Go source: their "line 1" is not the program's
    for (size_t i = 0; i < f.lines.size(); ++i) {
      const uint32_t l = f.lines[i].line;
      if ((line == 0 ? l != 0 : l == line) && (i == 0 || f.lines[i - 1].line != l))
        targets.push_back(f.entry + f.lines[i].pc_offset);
    }
  }
  std::sort(targets.begin(), targets.end());
  return targets;
}

// The first instruction after the function's prologue (its ENTER), as
// debuggers place a function breakpoint: the frame exists, the parameters
// are in it.
Stop Machine::run_to_function(const std::string& name) {
  std::vector<Addr> targets;
  if (const Addr at = function_body_pc(name)) targets.push_back(at);
  return step_until(targets, StopReason::Function);
}

Addr Machine::function_body_pc(const std::string& name) const {
  const FuncInfo* f = image_->func_named(name);
  if (f == nullptr) return 0;
  Addr at = f->entry;
  if (at < f->end && static_cast<Op>(image_->text[at - kTextBase]) == Op::ENTER) at += op_bytes(Op::ENTER);
  return at;
}

// (issue 7) run_until_event and step_until at once: the sink listens for
// the kinds, the pause hook single-steps to the pcs and also stops when the
// sink has queued an event (Machine::start's hook).
Stop Machine::run_until(uint32_t kinds_mask, std::vector<Addr> pcs) {
  if (pcs.empty()) return run_until_event(kinds_mask);
  std::sort(pcs.begin(), pcs.end());
  if (kinds_mask == 0) return step_until(pcs, StopReason::Line);
  interp_.set_pause_at(Interpreter::kNoPause);
  rt_.events().set_mask(sink_.get(), kinds_mask);  // before start(): the loader's GlobalInit events count
  const bool can_run = start();
  Stop s = next_queued_event(kinds_mask);
  if (s.event == nullptr && can_run) {
    until_ = &pcs;
    interp_.set_pause_at(interp_.instructions() + 1);
    resume();
    until_ = nullptr;
    interp_.set_pause_at(Interpreter::kNoPause);
    s = next_queued_event(kinds_mask);
    if (s.event == nullptr) s.reason = ended_ ? StopReason::Ended : StopReason::Line;
  }
  rt_.events().set_mask(sink_.get(), 0);
  return s;
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
