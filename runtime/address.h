// The address space of a govm machine.
//
// Every value a Go program touches has a 64-bit VM address, laid out as a
// linux/amd64 Go binary lays out its memory, so that what a student sees in
// govm matches what real Go prints:
//
//   0x401000  +--------------------+  text: bytecode of every function, then
//             | code (r-x)         |  the runtime's named entries
//             +--------------------+  (page aligned)
//             | rodata (r--)       |  string literals, type descriptors
//             +--------------------+
//             | data (rw-)         |  globals with constant initializers
//             +--------------------+
//             | bss (rw-)          |  globals zeroed at load / set by init code
//             +--------------------+
//                    ...
//  0xc000000000 +------------------+  heap arena: 8 KiB pages, spans
//             | heap  (grows up)   |
//             +--------------------+
//  0xc400000000 +------------------+  stack area: one segment per goroutine
//             | stacks             |  (real Go takes stacks from the heap;
//             +--------------------+   govm keeps them apart so they show)
//
// The image (text..bss) lives in one host buffer; heap and stacks live in one
// host reservation (PROT_NONE, committed as it is used). Translating a VM
// address to a host pointer is therefore one subtraction and one compare per
// region: see AddressSpace::host().
#pragma once

#include <cstdint>

namespace govm {

using Addr = uint64_t;

inline constexpr Addr kTextBase = 0x401000;
inline constexpr uint64_t kPageSize = 8192;           // Go's _PageSize
inline constexpr uint64_t kImagePageAlign = 0x1000;   // segment alignment in the image
inline constexpr Addr kArenaBase = 0xc000000000;      // heap arena
inline constexpr uint64_t kHeapSpan = 0x400000000;    // 16 GiB of heap addresses
inline constexpr Addr kStackAreaBase = kArenaBase + kHeapSpan;  // 0xc400000000
inline constexpr uint64_t kStackSpan = 0x400000000;   // 16 GiB of stack addresses
inline constexpr uint64_t kArenaSpan = kHeapSpan + kStackSpan;

inline constexpr uint64_t kStackMin = 2048;             // _StackMin
inline constexpr uint64_t kMaxStackDefault = 1000000000; // maxstacksize on 64-bit

constexpr uint64_t align_up(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

}  // namespace govm
