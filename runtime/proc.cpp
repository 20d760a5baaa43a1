// The scheduler: Go's proc.go on a single P, deterministic.
//
// Goroutines. A G is a Go stack (stack.cpp) and the interpreter registers
// saved in it. Every goroutine runs the interpreter on a host fiber of its
// own (vm/machine.cpp); the runtime decides who runs, the machine switches.
// A goroutine is always in exactly one of these places:
//
//   running    cur_: its fiber is executing (or paused by the machine API)
//   runnable   runnext_, or the FIFO runq_
//   sleeping   timers_ (time.Sleep): status Waiting, reason "sleep"
//   parked     on whatever it waits for, recorded by that code (a
//              channel's wait queue in chan.cpp, a semaphore in sema.cpp)
//   dead       its entry returned; its stack is freed
//
// Order. As Go's scheduler with GOMAXPROCS=1: a goroutine made runnable by
// a go statement or by goready goes to runnext (it runs next, displacing
// the previous runnext to the tail of the queue); one that yields
// (runtime.Gosched, the end of its time slice) goes to the tail. So short
// programs interleave exactly as `GOMAXPROCS=1 go run` does.
//
// Time. The clock is virtual (nanotime, mgc.cpp): one nanosecond per
// instruction executed, plus the collector's modelled pauses, plus the
// time skipped here: when nothing is runnable and a goroutine sleeps, the
// clock jumps to the earliest timer. Sleepers wake in the order of their
// wake-up times (ties: the order they went to sleep), each at the tail of
// the run queue. Nothing ever waits for the host's clock.
//
// Preemption. A goroutine runs for a slice of `preempt` instructions
// (--preempt). The interpreter asks slice_over() at the end of each budget
// chunk, which it cuts to end exactly at slice_end(); when the slice is
// over and someone else can run, the goroutine yields between two
// instructions (GStop::Preempted). The collector then scans its innermost
// frame conservatively, as Go's does for an asynchronously preempted
// goroutine (mgc.cpp frames_now). With --sched-seed S != 0 the choices
// vary, reproducibly: each slice has a random length in [1, preempt], and
// the next goroutine is drawn at random among the runnable ones.
//
// Deadlock. When nothing is runnable, nobody sleeps, and goroutines still
// exist, none can ever run again: Go's checkdead throws "all goroutines
// are asleep - deadlock!", and the report shows every goroutine with what
// it waits for (traceback.cpp).
#include <algorithm>
#include <cstring>
#include <functional>

#include "runtime/frame.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

// Go's newproc refuses an argument block that leaves its new 2 KiB stack
// no room ("newproc: function arguments too large for new goroutine").
constexpr uint64_t kMaxNewprocArgs = kStackMin - 4 * 8 - 8;

uint64_t round8(uint64_t n) { return (n + 7) & ~uint64_t{7}; }

}  // namespace

// ---- creation ----------------------------------------------------------------------

G* Runtime::newproc(Addr entry, const uint8_t* args, uint64_t siz, Addr gopc) {
  const FuncInfo* f = image_.func_at(entry);
  if (f == nullptr || f->entry != entry) {
    internal_error("newproc: " + format_hex(entry) + " is not a function's entry");
    return nullptr;
  }
  const uint64_t block = round8(uint64_t{f->params_size} + f->results_size);
  if (siz > block) {
    internal_error("newproc: " + std::to_string(siz) + " argument bytes for " + f->name + ", which takes " +
                   std::to_string(block));
    return nullptr;
  }
  if (block >= kMaxNewprocArgs) {
    fatal("newproc: function arguments too large for new goroutine");
    runtime_throw_ = true;
    return nullptr;
  }
  if (opts_.max_goroutines != 0 && live_goroutines_ >= opts_.max_goroutines) {
    limit_reached(LimitKind::Goroutines, "program exceeded --max-goroutines=" + std::to_string(opts_.max_goroutines) +
                                             " (goroutines existing at once)");
    return nullptr;
  }
  G& g = newproc(entry, cur_ ? cur_->id : 0);
  if (ended()) return nullptr;  // no memory for its stack
  // The entry's arguments sit where a caller's outgoing area would: right
  // above the link words newproc(entry, creator) wrote at the top.
  const Addr fp = g.stack.hi - block;
  uint8_t* to = mem_.host(fp - kFrameLinkSize, block + kFrameLinkSize);
  if (to == nullptr) {
    internal_error("newproc: the new stack is not mapped");
    return nullptr;
  }
  std::memmove(to, to + block, kFrameLinkSize);
  std::memset(to + kFrameLinkSize, 0, block);
  if (siz != 0) std::memcpy(to + kFrameLinkSize, args, siz);
  g.sp = fp;
  g.bp = fp - kFrameLinkSize;
  g.gopc = gopc;
  if (events_.enabled(EventKind::GoCreate))
    events_.emit(Event{EventKind::GoCreate, 0, g.creator,
                       GoCreateEvent{g.id, f->name, g.stack.lo, g.stack.hi, g.stack.size(),
                                     cur_ ? current_line(*cur_) : 0}});
  return &g;
}

// A new goroutine's G and stack; runnable in runnext (goroutine 1 too).
G& Runtime::newproc(Addr entry, uint64_t creator) {
  auto owned = std::make_unique<G>();
  G& g = *owned;
  g.id = next_goid_++;
  g.creator = creator;
  g.entry = entry;
  g.stack = stacks_.stackalloc(kStackMin);
  g.stopped = GStop::Entry;
  if (uint8_t* link = mem_.host(g.stack.hi - kFrameLinkSize, kFrameLinkSize)) {
    store64(link + kSavedFpOffset, 0);
    store64(link + kReturnAddrOffset, goexit_pc_);
  } else {
    fatal("runtime: cannot allocate memory");
  }
  g.pc = entry;
  g.sp = g.stack.hi;
  g.bp = g.stack.hi - kFrameLinkSize;
  gs_.push_back(std::move(owned));
  ++live_goroutines_;
  runqput(g, true);
  return g;
}

void Runtime::goexit(G& g) {
  const Stack s = g.stack;
  g.status = GStatus::Dead;
  stacks_.stackfree(s);
  g.stack = Stack{};
  --live_goroutines_;
  if (cur_ == &g) cur_ = nullptr;
  if (events_.enabled(EventKind::GoExit)) {
    const FuncInfo* f = image_.func_at(g.entry);
    events_.emit(Event{EventKind::GoExit, 0, g.id, GoExitEvent{g.id, f ? f->name : "?", s.lo, s.hi, s.size()}});
  }
}

// ---- run queue ---------------------------------------------------------------------

void Runtime::runqput(G& g, bool next) {
  g.status = GStatus::Runnable;
  if (next) {
    if (runnext_ != nullptr) runq_.push_back(runnext_);
    runnext_ = &g;
  } else {
    runq_.push_back(&g);
  }
}

// Makes the goroutines whose timers are due runnable, in time order.
void Runtime::wake_timers() {
  const uint64_t now = nanotime();
  while (!timers_.empty() && timers_.front().when <= now) {
    std::pop_heap(timers_.begin(), timers_.end(), std::greater<>());
    G& g = *timers_.back().g;
    timers_.pop_back();
    g.waiting = WaitReason::None;
    g.wait_reason.clear();
    runqput(g, false);
    if (events_.enabled(EventKind::GoReady))
      events_.emit(Event{EventKind::GoReady, 0, g.id, GoReadyEvent{g.id, waitreason_name(WaitReason::Sleep)}});
  }
}

G* Runtime::schedule() {
  if (ended() || pending_ != ExitKind::Running) return nullptr;
  wake_timers();
  if (runnext_ == nullptr && runq_.empty() && !timers_.empty()) {
    slept_ns_ += timers_.front().when - nanotime();  // nobody can run: skip to the first wake-up
    wake_timers();
  }
  G* g = nullptr;
  const size_t n = runq_.size() + (runnext_ ? 1 : 0);
  if (n == 0) {
    checkdead();
    return nullptr;
  }
  if (opts_.sched_seed != 0 && n > 1) {
    // A seeded schedule: any runnable goroutine may be next.
    size_t i = sched_rand_.next_n(static_cast<uint32_t>(n));
    if (runnext_ != nullptr && i == 0) {
      std::swap(g, runnext_);
    } else {
      i -= runnext_ ? 1 : 0;
      g = runq_[i];
      runq_.erase(runq_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  } else if (runnext_ != nullptr) {
    std::swap(g, runnext_);
  } else {
    g = runq_.front();
    runq_.pop_front();
  }
  run(*g);
  return g;
}

// g is about to run for a time slice.
void Runtime::run(G& g) {
  cur_ = &g;
  g.stopped = GStop::Call;  // from now on the runtime sees it only from inside its runtime calls
  uint64_t slice = opts_.preempt;
  if (slice != 0 && opts_.sched_seed != 0) slice = 1 + sched_rand_.next64() % slice;
  const uint64_t now = counter_ ? counter_->instructions() : 0;
  slice_end_ = slice == 0 || now > UINT64_MAX - slice ? UINT64_MAX : now + slice;
}

bool Runtime::slice_over(uint64_t instructions) {
  if (instructions < slice_end_) return false;
  const bool others = runnext_ != nullptr || !runq_.empty() || (!timers_.empty() && timers_.front().when <= nanotime());
  if (others) return true;
  if (cur_ != nullptr) run(*cur_);  // alone: a new slice
  return false;
}

// Go's checkdead: nothing can run and nothing will wake.
void Runtime::checkdead() {
  if (live_goroutines_ == 0) return;
  fatal("all goroutines are asleep - deadlock!");
  deadlock_ = true;
}

// ---- parking -----------------------------------------------------------------------

void Runtime::gopark(WaitReason why) {
  G& g = *cur_;
  g.status = GStatus::Waiting;
  g.waiting = why;
  g.wait_reason = waitreason_name(why);
  g.stopped = GStop::Call;
  if (events_.enabled(EventKind::GoPark)) {
    const FuncInfo* f = image_.func_at(g.pc);
    events_.emit(Event{EventKind::GoPark, 0, g.id, GoParkEvent{g.id, g.wait_reason, f ? f->name : "?", current_line(g)}});
  }
  switch_away(g);
}

void Runtime::goready(G& g) {
  const std::string was = g.wait_reason;
  g.waiting = WaitReason::None;
  g.wait_reason.clear();
  runqput(g, true);
  if (events_.enabled(EventKind::GoReady))
    events_.emit(Event{EventKind::GoReady, 0, cur_ ? cur_->id : g.id, GoReadyEvent{g.id, was}});
}

void Runtime::gosched(GStop how) {
  G& g = *cur_;
  g.stopped = how;
  runqput(g, false);
  switch_away(g);
}

void Runtime::sleep(int64_t ns) {
  if (ns <= 0) return;
  G& g = *cur_;
  const uint64_t now = nanotime();
  g.sleep_until = now + std::min<uint64_t>(static_cast<uint64_t>(ns), UINT64_MAX - now);
  timers_.push_back(Timer{g.sleep_until, timer_seq_++, &g});
  std::push_heap(timers_.begin(), timers_.end(), std::greater<>());
  gopark(WaitReason::Sleep);
}

// The machine runs others and comes back here when g is scheduled again.
void Runtime::switch_away(G& g) {
  if (switcher_ == nullptr) {
    internal_error("goroutine " + std::to_string(g.id) + " parked with no scheduler to switch to");
    return;
  }
  switcher_->park(g);
  cur_ = &g;
  g.status = GStatus::Running;
  g.stopped = GStop::Call;
}

// ---- natives: go statements, package runtime, package time --------------------------

namespace native {

// newproc's block: fn, siz, then siz bytes of fn's arguments.
NativeResult newproc(Runtime& rt, uint8_t* args) {
  const Addr fn = load64(args);
  const uint64_t siz = load64(args + 8);
  G* cur = rt.current();
  return rt.newproc(fn, args + 16, siz, cur ? cur->pc : 0) != nullptr ? NativeResult::Ok : NativeResult::Fatal;
}

NativeResult runtime_Gosched(Runtime& rt, uint8_t*) {
  rt.gosched(GStop::Call);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

NativeResult runtime_NumGoroutine(Runtime& rt, uint8_t* args) {
  store64(args, rt.num_goroutine());
  return NativeResult::Ok;
}

NativeResult time_Sleep(Runtime& rt, uint8_t* args) {
  rt.sleep(static_cast<int64_t>(load64(args)));
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
