// Goroutine stack segments: allocation and release in the stack area.
// (Design notes in stack.cpp.)
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "runtime/address.h"

namespace govm {

class AddressSpace;

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
