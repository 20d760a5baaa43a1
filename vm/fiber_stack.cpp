// Host stacks for goroutines' fibers: slabs and a free list (design in
// fiber_stack.h).
#include "vm/fiber_stack.h"

#include <sys/mman.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

namespace govm {

FiberStacks::FiberStacks(size_t stack_size) : size_((stack_size + 4095) & ~size_t{4095}) {}

FiberStacks::~FiberStacks() {
  for (void* slab : slabs_) munmap(slab, size_ * kStacksPerSlab);
}

void* FiberStacks::allocate() {
  if (free_.empty()) {
    void* slab = mmap(nullptr, size_ * kStacksPerSlab, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (slab == MAP_FAILED) return nullptr;
    slabs_.push_back(slab);
    for (size_t i = kStacksPerSlab; i-- > 0;) free_.push_back(static_cast<char*>(slab) + i * size_);
  }
  void* lo = free_.back();
  free_.pop_back();
  ++in_use_;
#if defined(__SANITIZE_ADDRESS__)
  // A reused stack may still carry the poisoned redzones of frames that
  // never returned (a fiber destroyed while parked).
  __asan_unpoison_memory_region(lo, size_);
#endif
  return lo;
}

void FiberStacks::deallocate(void* lo) {
  free_.push_back(lo);
  --in_use_;
}

}  // namespace govm
