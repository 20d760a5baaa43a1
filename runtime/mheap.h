// The heap: pages of the arena at kArenaBase handed out in spans.
// (Design notes in mheap.cpp.) This first version only grows; size classes,
// span reuse and the collector come with the heap and GC issues.
#pragma once

#include <cstdint>

#include "runtime/address.h"

namespace govm {

class AddressSpace;

class MHeap {
 public:
  explicit MHeap(AddressSpace& mem) : mem_(mem) {}
  // Returns the VM address of size zeroed bytes, 8-aligned (16 for >= 16).
  Addr alloc(uint64_t size);
  uint64_t in_use() const { return in_use_; }
  Addr arena_used_end() const { return next_; }

 private:
  AddressSpace& mem_;
  Addr next_ = kArenaBase;
  uint64_t in_use_ = 0;
};

}  // namespace govm
