// Go's size classes (Go's runtime/sizeclasses.go, generated into
// sizeclasses.cpp by scripts/gen-sizeclasses.py).
//
// A small object (at most kMaxSmallSize = 32768 bytes) is rounded up to the
// next of 67 size classes and lives in a slot of a span that holds only
// objects of that class. Each class fixes the slot size (bytes/obj) and the
// span size (pages/span); objects/span and the tail waste (bytes at the end
// of a span too few for one more object) follow from them. Class 0 is the
// large-object class: a span of its own, rounded up to whole pages.
//
//   class  bytes/obj  bytes/span  objects  tail waste
//       1          8        8192     1024           0
//       2         16        8192      512           0
//       3         24        8192      341           8
//     ...
//      67      32768       32768        1           0
//
// size_to_class follows Go's two lookup tables: sizes up to 1016 bytes in
// steps of 8 (size_to_class8), larger small sizes in steps of 128
// (size_to_class128), so rounding is two array loads, as in mallocgc.
#pragma once

#include <cstdint>

namespace govm {

inline constexpr uint64_t kMaxSmallSize = 32768;  // _MaxSmallSize
inline constexpr int kNumSizeClasses = 68;        // _NumSizeClasses (with class 0)
inline constexpr uint64_t kSmallSizeDiv = 8;
inline constexpr uint64_t kSmallSizeMax = 1024;
inline constexpr uint64_t kLargeSizeDiv = 128;

struct SizeClass {
  uint32_t cls;         // 1..67 (0: large)
  uint32_t size;        // bytes/obj: the slot size
  uint32_t npages;      // pages (kPageSize) per span
  uint32_t nobjects;    // slots per span
  uint32_t tail_waste;  // bytes left at the end of a span
};

extern const SizeClass kSizeClasses[kNumSizeClasses];
extern const uint8_t kSizeToClass8[kSmallSizeMax / kSmallSizeDiv + 1];
extern const uint8_t kSizeToClass128[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1];

// The size class of a small object of `size` bytes (1..kMaxSmallSize);
// 0 for size 0 (Go hands those runtime.zerobase) and for large sizes.
inline uint32_t size_to_class(uint64_t size) {
  if (size > kMaxSmallSize) return 0;
  if (size <= kSmallSizeMax - 8) return kSizeToClass8[(size + kSmallSizeDiv - 1) / kSmallSizeDiv];
  return kSizeToClass128[(size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

}  // namespace govm
