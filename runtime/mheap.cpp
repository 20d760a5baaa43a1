// The heap, first version: a bump allocator over the arena.
//
// Objects are placed one after another from kArenaBase (0xc000000000, where
// Go's heap arenas start). Sizes round up to a multiple of 8; objects whose
// rounded size is 16 bytes or more are 16-aligned, as they are in Go's size
// classes (a 9-byte object takes a 16-byte slot). Nothing is ever freed or reused, so every object is
// zeroed by construction (fresh anonymous memory), and addresses depend
// only on the sequence of allocations: the same program allocates at the
// same addresses. Memory is committed in the address space as the bump
// pointer advances.
//
// What comes later (the heap and GC issues): 8 KiB pages grouped in spans,
// Go's 67 size classes, large objects in spans of their own, the tiny
// allocator, and a mark-sweep collector that frees objects back to spans.
//
// Invariants: [kArenaBase, next_) is committed; in_use_ counts the bytes
// handed out (rounded sizes), without the alignment gaps.
#include "runtime/mheap.h"

#include <algorithm>

#include "runtime/address_space.h"

namespace govm {

Addr MHeap::alloc(uint64_t size) {
  // A zero-sized object still gets its own 8 bytes here; Go hands out the
  // shared runtime.zerobase instead (comes with the size-class heap).
  if (size > kHeapSpan) return 0;
  const uint64_t n = align_up(std::max<uint64_t>(size, 1), 8);
  const Addr a = align_up(next_, n >= 16 ? 16 : 8);
  if (a + n > kArenaBase + kHeapSpan) return 0;  // the arena is exhausted
  mem_.commit(a, n);
  next_ = a + n;
  in_use_ += n;
  return a;
}

}  // namespace govm
