// Stack frames on a goroutine's Go stack.
//
// A goroutine's stack is a contiguous segment [lo, hi) of VM memory that
// grows down, as on amd64. A call builds a frame in Go's stack-based ABI0
// shape: the caller stores arguments in its outgoing-args area (at the bottom
// of its own frame), CALL pushes the return address and the caller's frame
// base, and the callee's prologue (ENTER) reserves its frame below them:
//
//   higher addresses
//   +---------------------------+ <- caller's frame base + caller frame_size + 16
//   | caller's locals, temps    |
//   | results   (callee writes) |
//   | arguments (caller writes) | <- caller's frame base (its SP): outgoing area
//   +---------------------------+
//   | return address            |  8 bytes, a text-segment address
//   | caller's frame base       |  8 bytes, a stack address ("saved FP")
//   +---------------------------+ <- callee base + frame_size
//   | callee's locals, temps    |
//   | callee's outgoing area    |
//   +---------------------------+ <- callee's frame base = SP while it runs
//   lower addresses
//
// Every instruction operand that names a frame slot is an unsigned byte
// offset from the frame base. Parameters are at base + frame_size + 16 + k,
// results follow the parameters. The frame base is always 8-aligned.
//
// Invariants used by morestack and tracebacks:
//  - the frames of a goroutine are linked by the saved-FP words; the
//    outermost frame (runtime.main or the goroutine's entry) saves 0;
//  - the used part of the stack is [SP, hi): copying it to the top of a new
//    segment and adding (new_hi - old_hi) to every saved FP relocates it.
#pragma once

#include <cstdint>

namespace govm {

// Go keeps a guard area at the bottom of every stack (_StackGuard = 928 on
// linux/amd64): a prologue calls morestack when its frame would reach into
// it. govm mirrors it, so stacks grow when Go's would.
inline constexpr uint64_t kStackGuard = 928;

inline constexpr uint32_t kFrameLinkSize = 16;   // return address + saved FP
inline constexpr uint32_t kSavedFpOffset = 0;    // from base + frame_size
inline constexpr uint32_t kReturnAddrOffset = 8; // from base + frame_size
// (issue 4) Bytes of a CALL instruction (opcode word + target word): a
// return address minus kCallSize is the CALL, the caller's safe point.
inline constexpr uint32_t kCallSize = 8;

}  // namespace govm
