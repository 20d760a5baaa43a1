// The address space of one machine: host memory behind VM addresses.
// (The layout is drawn in runtime/address.h.)
//
// Two host regions back the VM addresses:
//  - the image, [kTextBase, image_end): one buffer holding text, rodata,
//    data and bss (with the gaps between segments), copied from the Image;
//  - the arena, [kArenaBase, kArenaBase + kArenaSpan): one PROT_NONE
//    reservation for heap and stacks, committed (made read-write) from the
//    bottom of each area up, in chunks, as the heap and stack allocators
//    hand out memory (a high-water mark per area).
// Translation is a subtraction and a compare per region, so the interpreter
// can afford it on every pointer dereference. Addresses outside both
// regions, or in uncommitted parts, translate to nullptr.
#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

#include "runtime/address.h"

namespace govm {

// Reads the 8-byte word at host pointer p (VM memory is little-endian and
// unaligned words are allowed, as on amd64).
inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline void store64(uint8_t* p, uint64_t v) { std::memcpy(p, &v, 8); }

struct Image;

class AddressSpace {
 public:
  explicit AddressSpace(const Image& image);
  ~AddressSpace();
  AddressSpace(const AddressSpace&) = delete;
  AddressSpace& operator=(const AddressSpace&) = delete;

  // Host pointer for [a, a+n), or nullptr when any byte is unmapped.
  uint8_t* host(Addr a, uint64_t n = 1) {
    uint64_t off = a - kArenaBase;
    if (off < heap_committed_ && n <= heap_committed_ - off) return arena_ + off;
    uint64_t soff = off - kHeapSpan;
    if (soff < stack_committed_ && n <= stack_committed_ - soff) return arena_ + off;
    off = a - kTextBase;
    if (off < image_.size() && n <= image_.size() - off) return image_.data() + off;
    return nullptr;
  }
  // Read-only translation, for const observers (tracebacks).
  const uint8_t* host(Addr a, uint64_t n = 1) const { return const_cast<AddressSpace*>(this)->host(a, n); }

  // Fast paths for the interpreter: host = vm + bias, valid for stack and
  // heap addresses (arena_bias) and for image addresses (image_bias).
  intptr_t arena_bias() const { return reinterpret_cast<intptr_t>(arena_) - static_cast<intptr_t>(kArenaBase); }
  intptr_t image_bias() const { return reinterpret_cast<intptr_t>(image_.data()) - static_cast<intptr_t>(kTextBase); }
  uint8_t* image_host() { return image_.data(); }

  // Makes [a, a+n) of the arena read-write (and zeroed if never used).
  // Aborts with an internal error if the host refuses.
  void commit(Addr a, uint64_t n);
  // Gives [a, a+n) of the arena back to the host (contents become zero).
  void release(Addr a, uint64_t n);

 private:
  std::vector<uint8_t> image_;
  uint8_t* arena_ = nullptr;   // host address of kArenaBase
  uint64_t heap_committed_ = 0;   // [kArenaBase, +heap_committed_) is read-write
  uint64_t stack_committed_ = 0;  // [kStackAreaBase, +stack_committed_) is read-write
};

}  // namespace govm
