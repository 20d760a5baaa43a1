// Goroutine stack segments: allocation and release in the stack area.
// (Design notes in stack.cpp.)
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "runtime/address.h"

namespace govm {

class AddressSpace;

// (issue 4) What a walk of a goroutine's frames finds (stack.cpp): the
// link words holding a saved FP, and the words the stack maps mark as
// pointers (their addresses), for morestack, shrinking and the collector.
struct StackWords {
  std::vector<Addr> saved_fps;
  std::vector<Addr> pointers;
  std::vector<Addr> dead;  // (issue 4) marked words dead at their frame's safe point (walks with liveness)
  // (issue 5) The words of a preempted goroutine's innermost frame that its
  // maps do not mark (walks with `conservative`): maybe pointers, followed
  // only when they point at an allocated object, never adjusted or verified.
  std::vector<Addr> maybe;
  std::string error;  // non-empty: the chain or a frame is broken
  // The marked words of [base, base + size), bitmap `map`, inside [lo, hi).
  void add(Addr base, uint64_t size, const std::vector<uint64_t>& map, Addr lo, Addr hi);
};

// Go's _StackLimit on linux/amd64: shrinkstack counts it as used.
inline constexpr uint64_t kStackLimit = 800;

struct Stack {
  Addr lo = 0, hi = 0;  // [lo, hi); the stack grows down from hi
  uint64_t size() const { return hi - lo; }
};

// Hands out stack segments (power-of-two sizes >= kStackMin) from the stack
// area at kStackAreaBase, reusing freed segments of the same size first
// (lowest address first, so addresses are deterministic).
class StackAllocator {
 public:
  explicit StackAllocator(AddressSpace& mem) : mem_(mem) {}
  Stack stackalloc(uint64_t size);
  void stackfree(Stack s);
  uint64_t in_use() const { return in_use_; }
  // One past the highest segment ever handed out (the layout drawing).
  Addr area_end() const { return next_; }

 private:
  AddressSpace& mem_;
  Addr next_ = kStackAreaBase;
  std::map<uint64_t, std::vector<Addr>> free_;  // size -> free segment bases
  uint64_t in_use_ = 0;
};

}  // namespace govm
