// Host stacks for goroutines' fibers.
//
// Every goroutine runs the interpreter on a Boost.Context fiber with a host
// stack of its own (vm/machine.cpp). A program may have 100,000 goroutines
// parked at once, so where those stacks come from matters:
//
//  - one mmap per stack would pass Linux's limit of 65,530 mappings per
//    process, and so would malloc (glibc maps every block above 128 KiB
//    on its own); a guard page per stack would double that;
//  - so stacks are carved from slabs of kStacksPerSlab, one mapping each,
//    reserved without swap (MAP_NORESERVE): a parked goroutine costs the
//    few pages its fiber has touched, not its whole stack;
//  - a goroutine that exits returns its stack to a free list, and the next
//    goroutine takes the most recently freed (its pages are warm);
//  - slabs are unmapped when the machine is destroyed, after every fiber.
//
// There is no guard page: a fiber's stack holds the interpreter's frame
// and one runtime entry (Go frames live on the VM stack, not here), whose
// depth is bounded; the default size leaves a wide margin.
#pragma once

#include <cstddef>
#include <vector>

namespace govm {

class FiberStacks {
 public:
  static constexpr size_t kStacksPerSlab = 64;

  explicit FiberStacks(size_t stack_size);
  ~FiberStacks();
  FiberStacks(const FiberStacks&) = delete;
  FiberStacks& operator=(const FiberStacks&) = delete;

  // The lowest address of a stack of size() bytes; nullptr when no memory
  // can be mapped.
  void* allocate();
  void deallocate(void* lo);
  size_t size() const { return size_; }
  size_t in_use() const { return in_use_; }

 private:
  size_t size_;
  size_t in_use_ = 0;
  std::vector<void*> slabs_;
  std::vector<void*> free_;
};

}  // namespace govm
