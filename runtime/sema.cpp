// Package sync's WaitGroup and Mutex, on the runtime's semaphores: Go
// 1.19's sync/waitgroup.go, sync/mutex.go and runtime/sema.go.
//
// The values live in VM memory with Go 1.19's layouts (natives.h), and
// every step updates them as Go's code would, so %v of a WaitGroup or a
// Mutex prints what Go prints for the same state:
//
//   WaitGroup (16 bytes)                 Mutex (8 bytes)
//   +0  state1 uint64  counter<<32 |     +0  state int32  locked 1 | woken 2 |
//                      waiters                            starving 4 | waiters<<3
//   +8  state2 uint32  the semaphore     +4  sema  uint32 the semaphore
//
// Semaphores (sema.go). semacquire takes one unit of the uint32 at addr
// when it is positive; otherwise the goroutine queues on addr and parks
// (WaitReason::SyncWaitGroupWait or SyncMutexLock: today's Go names the
// reason by the caller, where Go 1.19 said "semacquire"). semrelease adds
// one unit and readies the first waiter on addr, which takes the unit
// when it runs: meanwhile another goroutine may take it first (then the
// woken one queues again, at the tail), unless the release hands the
// unit over directly (handoff, the mutex's starvation mode: the ticket),
// in which case the releaser also yields so the waiter runs at once. Go
// keeps waiters in a treap of semaRoots by address; govm keeps them in a
// host-side table from the address to its FIFO (a waiter that has waited
// before may go to the front: lifo), entries dropped when empty.
//
// WaitGroup. Add(delta) adds delta<<32 to state1; a negative counter
// panics "sync: negative WaitGroup counter"; when it reaches zero with
// waiters, state1 is reset to 0 and one semrelease per waiter readies them
// all. Wait returns at once on a zero counter; otherwise it counts itself
// in the low half and semacquires. Done is Add(-1).
//
// Mutex. Lock takes an unlocked mutex outright (state 0 -> 1); otherwise
// it counts itself a waiter and semacquires, and when woken competes again
// (normal mode: an unlocker, or a newcomer, can take the lock first). A
// waiter that has waited more than 1 ms of virtual time (starvationThresholdNs)
// switches the mutex to starvation mode, where Unlock hands the lock to
// the first waiter directly. With one thread nobody ever spins (Go's
// canSpin is false for GOMAXPROCS=1). Unlocking an unlocked mutex is Go's
// fatal error "sync: unlock of unlocked mutex" (not recoverable).
#include "runtime/sema.h"

#include <algorithm>
#include <cstring>

#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

void WaitTablesDeleter::operator()(SemaTable* p) const { delete p; }

SemaTable& Runtime::sema_table() {
  if (!sema_table_) sema_table_.reset(new SemaTable);
  return *sema_table_;
}

namespace {

constexpr int32_t kMutexLocked = 1;
constexpr int32_t kMutexWoken = 2;
constexpr int32_t kMutexStarving = 4;
constexpr int kMutexWaiterShift = 3;
constexpr uint64_t kStarvationThresholdNs = 1000000;
constexpr Addr kNilPage = 4096;  // Go's first page is never mapped: a nil pointer's field

constexpr uint64_t kWgState = 0, kWgSema = 8, kWaitGroupSize = 16;
constexpr uint64_t kMutexState = 0, kMutexSema = 4, kMutexSize = 8;

// A sync value that is not mapped where the pointer says: a nil pointer
// (Go faults on it: the nil-dereference panic), else a VM bug.
struct SyncFault {
  Addr addr;
};

uint8_t* sync_value(Runtime& rt, Addr a, uint64_t size) {
  uint8_t* p = rt.mem().host(a, size);
  if (p == nullptr) throw SyncFault{a};
  return p;
}

template <class T>
T ld(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void st(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

// ---- semaphores (Go's runtime/sema.go) ----------------------------------------------

bool cansemacquire(uint8_t* sema) {
  const auto v = ld<uint32_t>(sema);
  if (v == 0) return false;
  st<uint32_t>(sema, v - 1);
  return true;
}

void semqueue(Runtime& rt, Addr addr, SemaWaiter* s, bool lifo) {
  std::deque<SemaWaiter*>& q = rt.sema_table().by_addr[addr];
  if (lifo)
    q.push_front(s);
  else
    q.push_back(s);
}

SemaWaiter* semdequeue(Runtime& rt, Addr addr) {
  auto& table = rt.sema_table().by_addr;
  auto it = table.find(addr);
  if (it == table.end()) return nullptr;
  SemaWaiter* s = it->second.front();
  it->second.pop_front();
  if (it->second.empty()) table.erase(it);
  return s;
}

void semcancel(Runtime& rt, Addr addr, SemaWaiter* s) {
  auto& table = rt.sema_table().by_addr;
  auto it = table.find(addr);
  if (it == table.end()) return;
  std::erase(it->second, s);
  if (it->second.empty()) table.erase(it);
}

// sema: host pointer to the uint32 at VM address addr (stable while
// parked: heap objects and parked stacks do not move).
void semacquire(Runtime& rt, Addr addr, uint8_t* sema, bool lifo, WaitReason why) {
  if (cansemacquire(sema)) return;
  G* gp = rt.current();
  if (gp == nullptr) throw SyncFault{addr};
  SemaWaiter s;
  s.g = gp;
  for (;;) {
    if (cansemacquire(sema)) break;
    semqueue(rt, addr, &s, lifo);
    rt.gopark(why);
    if (rt.ended()) {  // no scheduler, or a failure: s must not stay queued
      semcancel(rt, addr, &s);
      return;
    }
    if (s.ticket || cansemacquire(sema)) break;
  }
}

void semrelease(Runtime& rt, Addr addr, uint8_t* sema, bool handoff) {
  st<uint32_t>(sema, ld<uint32_t>(sema) + 1);
  SemaWaiter* s = semdequeue(rt, addr);
  if (s == nullptr) return;
  if (handoff && cansemacquire(sema)) s->ticket = true;
  const bool yield = s->ticket;
  rt.goready(*s->g);
  if (yield) rt.gosched(GStop::Call);  // Go's goyield: the waiter runs now, in our slice
}

NativeResult sync_panic(Runtime& rt, const char* message) {
  rt.raise_panic(message);
  return NativeResult::Panic;
}

// ---- WaitGroup (Go 1.19's sync/waitgroup.go) ----------------------------------------

NativeResult wg_add(Runtime& rt, Addr wg, int64_t delta) {
  uint8_t* p = sync_value(rt, wg, kWaitGroupSize);
  const uint64_t state = ld<uint64_t>(p + kWgState) + (static_cast<uint64_t>(delta) << 32);
  st<uint64_t>(p + kWgState, state);
  const auto v = static_cast<int32_t>(state >> 32);
  auto w = static_cast<uint32_t>(state);
  if (v < 0) return sync_panic(rt, "sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == static_cast<int32_t>(delta))
    return sync_panic(rt, "sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0) return NativeResult::Ok;
  // The counter reached zero with goroutines waiting: release them all.
  st<uint64_t>(p + kWgState, 0);
  for (; w != 0; --w) semrelease(rt, wg + kWgSema, p + kWgSema, false);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

NativeResult wg_wait(Runtime& rt, Addr wg) {
  uint8_t* p = sync_value(rt, wg, kWaitGroupSize);
  const auto state = ld<uint64_t>(p + kWgState);
  if ((state >> 32) == 0) return NativeResult::Ok;
  st<uint64_t>(p + kWgState, state + 1);  // one more waiter
  semacquire(rt, wg + kWgSema, p + kWgSema, false, WaitReason::SyncWaitGroupWait);
  if (rt.ended()) return NativeResult::Fatal;
  if (ld<uint64_t>(p + kWgState) != 0)
    return sync_panic(rt, "sync: WaitGroup is reused before previous Wait has returned");
  return NativeResult::Ok;
}

// ---- Mutex (Go 1.19's sync/mutex.go) -------------------------------------------------

int32_t mutex_state(const uint8_t* m) { return ld<int32_t>(m + kMutexState); }
void set_mutex_state(uint8_t* m, int32_t v) { st<int32_t>(m + kMutexState, v); }

// Go's lockSlow with one thread: no compare-and-swap can fail, and no
// goroutine spins (canSpin is false with GOMAXPROCS=1). False when the run
// ended while it waited.
bool lock_slow(Runtime& rt, Addr addr, uint8_t* m) {
  uint64_t wait_start = 0;
  bool waited = false;  // Go tests waitStartTime != 0; virtual time may be 0
  bool starving = false, awoke = false;
  int32_t old = mutex_state(m);
  for (;;) {
    int32_t next = old;
    if ((old & kMutexStarving) == 0) next |= kMutexLocked;  // a starving mutex goes to the waiters
    if ((old & (kMutexLocked | kMutexStarving)) != 0) next += 1 << kMutexWaiterShift;
    if (starving && (old & kMutexLocked) != 0) next |= kMutexStarving;
    if (awoke) next &= ~kMutexWoken;  // we were woken: the flag was for us
    set_mutex_state(m, next);
    if ((old & (kMutexLocked | kMutexStarving)) == 0) return true;  // locked it
    // A goroutine that has waited before goes back to the front.
    const bool lifo = waited;
    if (!waited) wait_start = rt.nanotime();
    waited = true;
    semacquire(rt, addr + kMutexSema, m + kMutexSema, lifo, WaitReason::SyncMutexLock);
    if (rt.ended()) return false;
    starving = starving || rt.nanotime() - wait_start > kStarvationThresholdNs;
    old = mutex_state(m);
    if ((old & kMutexStarving) != 0) {
      // Handed over in starvation mode: the lock is ours, but the state
      // still counts us a waiter and lacks the locked bit.
      int32_t delta = kMutexLocked - (1 << kMutexWaiterShift);
      if (!starving || (old >> kMutexWaiterShift) == 1) delta -= kMutexStarving;  // leave starvation mode
      set_mutex_state(m, old + delta);
      return true;
    }
    awoke = true;
  }
}

NativeResult mutex_lock(Runtime& rt, Addr addr) {
  uint8_t* m = sync_value(rt, addr, kMutexSize);
  if (mutex_state(m) == 0) {
    set_mutex_state(m, kMutexLocked);
    return NativeResult::Ok;
  }
  return lock_slow(rt, addr, m) ? NativeResult::Ok : NativeResult::Fatal;
}

NativeResult mutex_unlock(Runtime& rt, Addr addr) {
  uint8_t* m = sync_value(rt, addr, kMutexSize);
  const int32_t next = mutex_state(m) - kMutexLocked;
  set_mutex_state(m, next);
  if (next == 0) return NativeResult::Ok;
  if (((next + kMutexLocked) & kMutexLocked) == 0) {
    rt.fatal("sync: unlock of unlocked mutex");
    return NativeResult::Fatal;
  }
  if ((next & kMutexStarving) != 0) {
    semrelease(rt, addr + kMutexSema, m + kMutexSema, true);  // hand the lock to the first waiter
    return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
  }
  // Nobody to wake, or someone already woken or holding it: done.
  if ((next >> kMutexWaiterShift) == 0 || (next & (kMutexLocked | kMutexWoken | kMutexStarving)) != 0)
    return NativeResult::Ok;
  set_mutex_state(m, (next - (1 << kMutexWaiterShift)) | kMutexWoken);
  semrelease(rt, addr + kMutexSema, m + kMutexSema, false);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

// Runs a sync entry: a nil receiver is Go's nil dereference; any other
// unmapped address, a VM bug.
template <class F>
NativeResult guarded(Runtime& rt, NativeId entry, F&& f) {
  try {
    return f();
  } catch (const SyncFault& e) {
    if (e.addr < kNilPage) {
      rt.raise_panicmem(e.addr);
      return NativeResult::Panic;
    }
    rt.internal_error(std::string(native_name(entry)) + ": the value at " + format_hex(e.addr) + " is not mapped");
    return NativeResult::Fatal;
  }
}

}  // namespace

namespace native {

// Argument blocks: 0 the receiver's pointer; Add: 8 delta.
NativeResult sync_WaitGroup_Add(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::sync_WaitGroup_Add,
                 [&] { return wg_add(rt, load64(args), static_cast<int64_t>(load64(args + 8))); });
}

NativeResult sync_WaitGroup_Done(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::sync_WaitGroup_Done, [&] { return wg_add(rt, load64(args), -1); });
}

NativeResult sync_WaitGroup_Wait(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::sync_WaitGroup_Wait, [&] { return wg_wait(rt, load64(args)); });
}

NativeResult sync_Mutex_Lock(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::sync_Mutex_Lock, [&] { return mutex_lock(rt, load64(args)); });
}

NativeResult sync_Mutex_Unlock(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::sync_Mutex_Unlock, [&] { return mutex_unlock(rt, load64(args)); });
}

}  // namespace native

}  // namespace govm
