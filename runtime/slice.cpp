// Slices: runtime.makeslice, runtime.growslice, runtime.slicecopy (Go's
// runtime/slice.go, as of Go 1.20+).
//
// A slice is a header (ptr, len, cap) pointing into a backing array. The
// compiler calls the runtime only to allocate backing arrays on the heap
// and to copy between them:
//
//   make([]T, len, cap)  -> makeslice(et, len, cap): a zeroed "[cap]T",
//                          after Go's checks, in Go's order: when cap*size
//                          overflows or passes maxAlloc, or len < 0, or
//                          len > cap, the panic is "makeslice: len out of
//                          range" if len itself is bad, else "makeslice:
//                          cap out of range";
//   append past cap      -> growslice(oldPtr, newLen, oldCap, num, et): a
//                          new array of the next capacity, the oldLen =
//                          newLen - num old elements copied into it; the
//                          caller writes the num new ones and keeps the
//                          returned (ptr, newLen, newcap);
//   copy(dst, src)       -> slicecopy: memmove of min(len) elements.
//
// Growth (nextslicecap, then rounding). Doubling while the old capacity is
// under 256; from 256 on, +25% plus 192 (newcap += (newcap + 3*256) >> 2)
// until enough, a smooth passage from 2x to 1.25x; an append of more than
// double the capacity takes exactly newLen. Then the bytes are rounded up
// to the size class that will hold them (roundupsize), and the capacity is
// whatever fits there: appending to a full []int of cap 512 asks for 832
// elements, 6656 bytes, whose class holds 6784: cap 848; a [3]int16 slice
// (6 bytes) of cap 512 asks for 832 elements = 4992 bytes, class 5376:
// cap 896.
//
// roundupsize is Go's before 1.22, the version of the size-class table the
// heap uses (mheap.cpp): Go 1.22 adds an 8-byte malloc header to objects
// over 512 bytes that hold pointers, so a []*T grown past 64 elements gets
// a slightly larger capacity there. Pointer-free elements, and anything up
// to 512 bytes, grow exactly as in every Go since 1.18.
//
// Zero-sized elements: Go returns &runtime.zerobase without allocating;
// govm allocates a zero-byte object (an 8-byte slot, mheap.cpp).
//
// Argument blocks (natives.h, ABI0 offsets):
//   makeslice  0 et, 8 len, 16 cap; result 24 ptr
//   growslice  0 oldPtr, 8 newLen, 16 oldCap, 24 num, 32 et; result 40 ptr, 48 len, 56 cap
//   slicecopy  0 toPtr, 8 toLen, 16 fromPtr, 24 fromLen, 32 width; result 40 n
#include "runtime/slice.h"

#include <cstring>

#include "runtime/runtime.h"
#include "runtime/sizeclasses.h"

namespace govm {

uint64_t roundupsize(uint64_t size) {
  if (size <= kMaxSmallSize) return size == 0 ? 0 : kSizeClasses[size_to_class(size)].size;
  const uint64_t r = (size + kPageSize - 1) & ~(kPageSize - 1);
  return r < size ? size : r;
}

int64_t nextslicecap(int64_t newLen, int64_t oldCap) {
  int64_t newcap = oldCap;
  const int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  constexpr int64_t kThreshold = 256;
  if (oldCap < kThreshold) return doublecap;
  for (;;) {
    // Unsigned, as Go's: a capacity that overflows ends the loop below.
    newcap = static_cast<int64_t>(static_cast<uint64_t>(newcap) + ((static_cast<uint64_t>(newcap) + 3 * kThreshold) >> 2));
    if (static_cast<uint64_t>(newcap) >= static_cast<uint64_t>(newLen)) break;
  }
  return newcap <= 0 ? newLen : newcap;
}

GrowCap growslice_cap(uint64_t elem_size, int64_t newLen, int64_t oldCap) {
  GrowCap g;
  g.newcap = nextslicecap(newLen, oldCap);
  const uint64_t n = static_cast<uint64_t>(g.newcap);
  g.overflow = n > kMaxAlloc / elem_size;
  if (g.overflow) return g;
  const uint64_t mem = roundupsize(n * elem_size);
  g.newcap = static_cast<int64_t>(mem / elem_size);
  g.capmem = static_cast<uint64_t>(g.newcap) * elem_size;
  g.overflow = g.capmem > kMaxAlloc;
  return g;
}

namespace native {

namespace {

int64_t ld(const uint8_t* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void st(uint8_t* p, uint64_t v) { std::memcpy(p, &v, 8); }

NativeResult panic(Runtime& rt, const char* what) {
  rt.raise_panic(std::string("runtime error: ") + what);
  return NativeResult::Panic;
}

// Copies n bytes between VM addresses (memmove: they may overlap).
bool memmove_vm(Runtime& rt, Addr to, Addr from, uint64_t n, const char* who) {
  if (n == 0) return true;
  uint8_t* d = rt.mem().host(to, n);
  const uint8_t* s = rt.mem().host(from, n);
  if (d == nullptr || s == nullptr) {
    rt.internal_error(std::string(who) + ": copy of " + std::to_string(n) + " bytes outside mapped memory");
    return false;
  }
  std::memmove(d, s, n);
  return true;
}

}  // namespace

NativeResult makeslice(Runtime& rt, uint8_t* args) {
  const TypeDesc* et = rt.type_arg(static_cast<Addr>(ld(args)), NativeId::makeslice);
  if (et == nullptr) return NativeResult::Fatal;
  const int64_t len = ld(args + 8), cap = ld(args + 16);
  // Go's order of checks: the cap-side product first, then which to blame.
  auto too_big = [&](int64_t n) {
    const uint64_t un = static_cast<uint64_t>(n);
    return (et->size != 0 && un > UINT64_MAX / et->size) || un * et->size > kMaxAlloc;
  };
  if (too_big(cap) || len < 0 || len > cap) {
    if (too_big(len) || len < 0) return panic(rt, "makeslice: len out of range");
    return panic(rt, "makeslice: cap out of range");
  }
  const Addr p = rt.newarray(*et, static_cast<uint64_t>(cap), NativeId::makeslice);
  if (p == 0) return NativeResult::Fatal;
  st(args + 24, p);
  return NativeResult::Ok;
}

NativeResult growslice(Runtime& rt, uint8_t* args) {
  const Addr old_ptr = static_cast<Addr>(ld(args));
  const int64_t new_len = ld(args + 8), old_cap = ld(args + 16), num = ld(args + 24);
  const TypeDesc* et = rt.type_arg(static_cast<Addr>(ld(args + 32)), NativeId::growslice);
  if (et == nullptr) return NativeResult::Fatal;
  if (new_len < 0) return panic(rt, "growslice: len out of range");
  const int64_t old_len = new_len - num;
  if (num < 0 || old_len < 0 || old_len > old_cap) {
    rt.internal_error("runtime.growslice: inconsistent lengths (newLen " + std::to_string(new_len) + ", num " +
                      std::to_string(num) + ", oldCap " + std::to_string(old_cap) + ")");
    return NativeResult::Fatal;
  }
  int64_t newcap = new_len;
  if (et->size != 0) {
    const GrowCap g = growslice_cap(et->size, new_len, old_cap);
    if (g.overflow) return panic(rt, "growslice: len out of range");
    newcap = g.newcap;
  }
  const Addr p = rt.newarray(*et, static_cast<uint64_t>(newcap), NativeId::growslice);
  if (p == 0) return NativeResult::Fatal;
  if (!memmove_vm(rt, p, old_ptr, static_cast<uint64_t>(old_len) * et->size, "runtime.growslice"))
    return NativeResult::Fatal;
  st(args + 40, p);
  st(args + 48, static_cast<uint64_t>(new_len));
  st(args + 56, static_cast<uint64_t>(newcap));
  return NativeResult::Ok;
}

NativeResult slicecopy(Runtime& rt, uint8_t* args) {
  const Addr to = static_cast<Addr>(ld(args)), from = static_cast<Addr>(ld(args + 16));
  const int64_t to_len = ld(args + 8), from_len = ld(args + 24);
  const uint64_t width = static_cast<uint64_t>(ld(args + 32));
  int64_t n = 0;
  if (from_len > 0 && to_len > 0) {
    n = from_len < to_len ? from_len : to_len;
    const uint64_t un = static_cast<uint64_t>(n);
    if (width != 0 && un > UINT64_MAX / width) {
      rt.internal_error("runtime.slicecopy: size overflows");
      return NativeResult::Fatal;
    }
    if (!memmove_vm(rt, to, from, un * width, "runtime.slicecopy")) return NativeResult::Fatal;
  }
  st(args + 40, static_cast<uint64_t>(n));
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
