// Goroutine stacks.
//
// Every goroutine runs on one contiguous stack segment [lo, hi) of VM
// memory, growing down from hi, as Go's do. A segment's size is a power of
// two, at least kStackMin (2048 bytes, Go's _StackMin), which is what a new
// goroutine gets. Frames on it are real: arguments, results, return
// address, saved frame pointer and locals at their offsets (frame.h).
//
// Growth (runtime.morestack, runtime.cpp). A function's prologue (ENTER)
// checks that its frame leaves at least kStackGuard bytes above lo. When it
// does not, morestack allocates a segment twice as large (doubling again
// until the frame fits, as Go's newstack), copies the used part [sp, hi) to
// the top of the new segment, and relocates every pointer into the old
// segment by the distance moved (new hi - old hi). Frames are found through
// the chain of saved frame pointers: the link words of each frame hold the
// caller's link address, and 0 in the goroutine's outermost frame. Past
// RuntimeOptions::max_stack (1,000,000,000 bytes, Go's maxstacksize on
// 64-bit) the program dies with Go's "stack overflow" fatal error.
//
// Where segments come from. Real Go carves stacks out of heap spans (so its
// stack addresses start 0xc0...). govm gives stacks an area of their own,
// from kStackAreaBase (0xc400000000), so that a trace or a layout drawing
// tells a stack address from a heap address at a glance. Within the area:
//
//   - a segment of size n is placed at an address aligned to n, so sizes
//     read off addresses: a goroutine's first stack is
//     [0xc400000000, 0xc400000800), its first growth goes to
//     [0xc400001000, 0xc400002000), the next to [0xc400002000, 0xc400004000);
//   - fresh segments come from a bump pointer (next_), committed in the
//     address space as it advances;
//   - freed segments go to a free list per size and are reused first,
//     lowest address first. Nothing depends on host addresses or timing, so
//     the same program with the same options sees the same stack addresses;
//   - freed segments of kStackReleaseMin bytes or more are returned to the
//     host (AddressSpace::release), so a deep recursion that unwound does not
//     keep its memory. Small segments keep their old contents, as Go's do.
//
// Invariants: every segment handed out is committed; in_use_ is the sum of
// the sizes of the segments handed out and not yet freed; each free list is
// sorted by decreasing address (the lowest is at the back, taken first).
#include "runtime/stack.h"

#include <algorithm>
#include <bit>
#include <functional>

#include "runtime/address_space.h"

namespace govm {

namespace {

constexpr uint64_t kStackReleaseMin = 32 * 1024;  // Go's _StackCacheSize

uint64_t round_stack_size(uint64_t size) {
  return std::bit_ceil(std::max(size, kStackMin));
}

}  // namespace

Stack StackAllocator::stackalloc(uint64_t size) {
  if (size > kStackSpan) return {};
  const uint64_t n = round_stack_size(size);
  auto& list = free_[n];
  if (!list.empty()) {
    const Addr lo = list.back();
    list.pop_back();
    in_use_ += n;
    return {lo, lo + n};
  }
  const Addr lo = align_up(next_, n);
  if (lo + n > kStackAreaBase + kStackSpan) return {};  // the stack area is exhausted
  mem_.commit(lo, n);
  next_ = lo + n;
  in_use_ += n;
  return {lo, lo + n};
}

void StackAllocator::stackfree(Stack s) {
  const uint64_t n = s.size();
  if (s.lo == 0 || n == 0) return;
  if (n >= kStackReleaseMin) mem_.release(s.lo, n);
  auto& list = free_[n];
  list.insert(std::upper_bound(list.begin(), list.end(), s.lo, std::greater<Addr>()), s.lo);
  in_use_ -= std::min(in_use_, n);
}

}  // namespace govm
