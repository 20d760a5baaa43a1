// The runtime's semaphores' wait queues (Go's semaRoot), host-side: the
// design is at the top of runtime/sema.cpp, which implements package
// sync's WaitGroup and Mutex on them. Here for Runtime::sema_table's
// users (tests look at it to see who waits).
#pragma once

#include <deque>
#include <unordered_map>

#include "runtime/address.h"
#include "runtime/goroutine.h"

namespace govm {

// A goroutine waiting on a semaphore (Go's sudog in a semaRoot): a local
// of the entry that parked, on its own fiber.
struct SemaWaiter {
  G* g = nullptr;
  bool ticket = false;  // the releaser handed the unit over (handoff)
};

struct SemaTable {
  // The waiters on each semaphore's address, first to wake first; only
  // addresses with waiters have an entry.
  std::unordered_map<Addr, std::deque<SemaWaiter*>> by_addr;
};

}  // namespace govm
