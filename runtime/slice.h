// Slices' capacity arithmetic (Go's runtime/slice.go, msize.go), shared by
// the slice and string entries and open to tests. (Design in slice.cpp.)
#pragma once

#include <cstdint>

namespace govm {

// Go's maxAlloc on linux/amd64 (1 << 48): no single allocation is larger;
// makeslice and growslice panic past it.
inline constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

// Go's roundupsize: the bytes an allocation of `size` really takes, the
// slot size of its size class, or whole pages for a large object.
uint64_t roundupsize(uint64_t size);

// Go's nextslicecap: the capacity to grow to before rounding, when an
// append needs newLen elements and the slice has oldCap.
int64_t nextslicecap(int64_t newLen, int64_t oldCap);

// What growslice allocates: the capacity after rounding up to the size
// class (newcap) and its bytes (capmem); overflow when past kMaxAlloc
// (growslice then panics). elem_size > 0.
struct GrowCap {
  int64_t newcap = 0;
  uint64_t capmem = 0;
  bool overflow = false;
};
GrowCap growslice_cap(uint64_t elem_size, int64_t newLen, int64_t oldCap);

}  // namespace govm
