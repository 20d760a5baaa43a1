// The interpreter: the dispatch loop that runs a goroutine's bytecode.
//
// Registers. While a goroutine runs, its state lives in three locals that
// the compiler keeps in machine registers:
//
//   pc  host pointer to the current instruction (into the image's host copy
//       of the text segment: VM address = host - image_bias)
//   fp  host pointer to the current frame base (the SP of runtime/frame.h)
//   bp  host pointer to the current frame's link words (saved FP, return
//       address); bp == fp + frame_size while a function body runs
//
// Stack addresses convert between host and VM with the arena bias, text and
// globals with the image bias; both are constant for a machine, so every
// conversion is one addition. Saved link words on the stack are VM
// addresses, as morestack and tracebacks expect.
//
// Calls (runtime/frame.h draws the frame):
//
//   CALL f   [fp-8] = VM(next instruction), [fp-16] = VM(bp); pc += f/4.
//            fp is unchanged: the callee's arguments sit at the caller's fp.
//   ENTER z  bp = fp-16; fp = bp-z; then zeroes [fp+A, fp+A+n) (A, n:
//            its other operands). If the new fp would reach into the
//            stack guard (stack.lo + kStackGuard) the registers are saved in
//            the G as they were before the ENTER (pc = the ENTER, sp = bp =
//            fp-16) and runtime.morestack moves the stack; the registers are
//            then reloaded from the G and the ENTER completes.
//   RET z    link = fp+z; pc = [link+8]; bp = [link]; fp = link+16.
//   NATIVE n the body of a runtime stub (`NATIVE n; RET 0`), reached by
//            CALL only. It has no ENTER: it reserves an empty frame itself
//            (bp = fp-16, fp = bp), so that the RET 0 after it returns, and
//            runs entry n on the incoming arguments at fp+16.
//   CALLRT   runs a runtime entry on an argument block in the caller's own
//            frame: no frame, no link words.
//
// Dispatch is threaded (GCC labels as values): every handler ends by
// decrementing the step budget and jumping through the label table indexed
// by the next opcode byte. The table has one label per op of GOVM_OPCODES
// and no bounds check: verify_text() has shown that every reachable
// instruction decodes. Handlers are short; everything rare (panics,
// morestack, events, budget refills, internal errors) is out of line in
// cold functions, so the loop's locals stay in registers.
//
// Integer arithmetic is done on unsigned types (Go wraps; C++ signed
// overflow is undefined), widened to 32 bits for the 1- and 2-byte widths so
// that integer promotion cannot overflow an int. Division follows Go:
// x / 0 panics, MinInt / -1 == MinInt and MinInt % -1 == 0 (no trap).
//
// Before anything that can observe the goroutine (a runtime entry, a panic,
// morestack, the end of the budget) the registers are stored in the G as VM
// addresses (SYNC): tracebacks, allocation sites and stack copies read them
// there. After a runtime entry they are reloaded, since an entry that parks
// may find its stack moved when it resumes; so is the step count (issue 5):
// an entry that parks lets other goroutines run on the same budget chunk,
// each run() starting from steps_ and leaving its count there.
//
// The step budget counts every instruction. The loop runs in chunks of at
// most kSlice instructions; at the end of a chunk refill() adds it to the
// total and checks the limits that are not checked where they are spent
// (runtime/limits.cpp): --max-steps, --timeout (one clock read per chunk,
// nothing per instruction), and a limit the runtime recorded inside an
// entry that could not fail (--max-output); and the scheduler's time slice
// (preempt(): the chunk is cut to end where the slice does).
//
// Pauses (the machine API, vm/machine.h) use the same path: a chunk
// is cut to end at the instruction count the machine wants to stop at, and
// an event sink that wants a pause sets a flag that the code after each
// event producer (the cold event branches, natives, GLOBALINIT) tests to
// end the chunk after the current instruction. refill() then calls the
// pause hook, which switches to the machine's caller. So a paused
// goroutine always stands between two instructions, its registers in the
// G, and a run with no pause set pays one flag test per runtime call.
#include "vm/interp.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <type_traits>

#include "runtime/frame.h"
#include "runtime/runtime.h"
#include "vm/float_conv.h"
#include "vm/opcodes.h"

namespace govm {

// (issue 4) The collector finds a caller's safe point from its return address.
static_assert(op_bytes(Op::CALL) == kCallSize, "runtime/frame.h kCallSize is a CALL's length");

namespace {

// Instructions per budget chunk: the granularity of the --max-steps check
// (preemption cuts chunks to the slice's end, runtime/proc.cpp).
constexpr int64_t kSlice = int64_t{1} << 20;

template <class T>
inline T ld(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
inline void st(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

// The type arithmetic is done in: at least 32 bits, unsigned.
template <class U>
using Arith = std::conditional_t<(sizeof(U) < 4), uint32_t, U>;

std::string hex(uint64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(v));
  return buf;
}

// --- panics raised by instructions (Go's messages, runtime/error.go) ---

[[gnu::cold, gnu::noinline]] void panic_divide(Runtime& rt) {
  rt.raise_panic("runtime error: integer divide by zero");
}

[[gnu::cold, gnu::noinline]] void panic_shift(Runtime& rt) {
  rt.raise_panic("runtime error: negative shift amount");
}

// Index i of a string of length len (Go's goPanicIndex, goPanicIndexU:
// an index of an unsigned type is reported unsigned).
[[gnu::cold, gnu::noinline]] void panic_index(Runtime& rt, int64_t i, int64_t len, bool is_unsigned) {
  rt.raise_bounds(i, !is_unsigned, len, BoundsCode::Index);
}

// s[lo:hi] of a string of length len: hi is checked first, as Go does.
// flags bit 0: lo has an unsigned type; bit 1: hi has.
[[gnu::cold, gnu::noinline]] void panic_slice(Runtime& rt, int64_t lo, int64_t hi, int64_t len, uint32_t flags) {
  const bool lo_unsigned = flags & 1, hi_unsigned = flags & 2;
  if ((hi < 0 && !hi_unsigned) || static_cast<uint64_t>(hi) > static_cast<uint64_t>(len))
    rt.raise_bounds(hi, !hi_unsigned, len, BoundsCode::SliceAlen);
  else
    rt.raise_bounds(lo, !lo_unsigned, hi, BoundsCode::SliceB);
}

// (issue 3) A failed slice bounds check of B[lo:hi:max], as Go's boundsError
// reports it (runtime/error.go). B is a slice (messages say "capacity") or
// an array (they say "length"); the checks run in gc's order: the highest
// bound against the capacity first, then each bound against the next.
// flags: the SLICE instruction's (kSlice* below).
// Addresses below this are a nil pointer plus an offset: they fault as
// nil dereferences (Go's first page is never mapped).
constexpr Addr kNilPage = 4096;

constexpr uint32_t kSlice3 = 1;          // x[lo:hi:max]
constexpr uint32_t kSliceLoU = 2;        // lo has an unsigned type
constexpr uint32_t kSliceHiU = 4;        // hi has an unsigned type
constexpr uint32_t kSliceMaxU = 8;       // max has an unsigned type
constexpr uint32_t kSliceOfSlice = 16;   // B is a slice: "with capacity"

[[gnu::cold, gnu::noinline]] void panic_slice_bounds(Runtime& rt, int64_t lo, int64_t hi, int64_t max, int64_t cap,
                                                     uint32_t flags) {
  const bool of_slice = flags & kSliceOfSlice;
  const bool lo_u = flags & kSliceLoU, hi_u = flags & kSliceHiU, max_u = flags & kSliceMaxU;
  if (flags & kSlice3) {
    if (static_cast<uint64_t>(max) > static_cast<uint64_t>(cap))
      return rt.raise_bounds(max, !max_u, cap, of_slice ? BoundsCode::Slice3Acap : BoundsCode::Slice3Alen);
    if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(max)) return rt.raise_bounds(hi, !hi_u, max, BoundsCode::Slice3B);
    return rt.raise_bounds(lo, !lo_u, hi, BoundsCode::Slice3C);
  }
  if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(cap))
    return rt.raise_bounds(hi, !hi_u, cap, of_slice ? BoundsCode::SliceAcap : BoundsCode::SliceAlen);
  rt.raise_bounds(lo, !lo_u, hi, BoundsCode::SliceB);
}

// (check2) (*[n]T)(s) or [n]T(s) with len(s) < n: Go's boundsConvert
// (runtime/error.go, worded as since Go 1.20).
[[gnu::cold, gnu::noinline]] void panic_slice_convert(Runtime& rt, int64_t len, int64_t n) {
  rt.raise_bounds(len, true, n, BoundsCode::Convert);
}

[[gnu::cold, gnu::noinline]] std::string bad_address(Addr a, uint64_t n) {
  return "access to [" + hex(a) + ", +" + std::to_string(n) + ") through a pointer: not mapped";
}

// (issue 6, func) A CALLCLO whose funcval does not hold a function entry.
[[gnu::cold, gnu::noinline]] std::string bad_funcval(Addr fv, bool mapped, Addr entry) {
  if (!mapped) return "CALLCLO: funcval " + hex(fv) + " is not mapped";
  return "CALLCLO: funcval " + hex(fv) + " holds " + hex(entry) + ", not a function entry";
}

[[gnu::cold, gnu::noinline]] std::string unmapped(Addr a, uint64_t n) {
  return "string data [" + hex(a) + ", +" + std::to_string(n) + ") is not mapped";
}

// --- strings ---

// Result of a string comparison when a string's bytes are not mapped.
constexpr int kUnmapped = 2;

// Three-way bytewise comparison of the string headers at x and y: -1, 0, 1,
// or kUnmapped.
[[gnu::noinline]] int compare_strings(AddressSpace& mem, const uint8_t* x, const uint8_t* y) {
  const uint64_t xp = ld<uint64_t>(x), xn = ld<uint64_t>(x + 8);
  const uint64_t yp = ld<uint64_t>(y), yn = ld<uint64_t>(y + 8);
  const uint64_t n = std::min(xn, yn);
  int c = 0;
  if (n != 0 && xp != yp) {
    const uint8_t* xh = mem.host(xp, n);
    const uint8_t* yh = mem.host(yp, n);
    if (xh == nullptr || yh == nullptr) return kUnmapped;
    c = std::memcmp(xh, yh, n);
  }
  if (c != 0) return c < 0 ? -1 : 1;
  return xn < yn ? -1 : (xn > yn ? 1 : 0);
}

// 1 when the strings at x and y are equal, 0 when not, or kUnmapped.
inline int equal_strings(AddressSpace& mem, const uint8_t* x, const uint8_t* y) {
  if (ld<uint64_t>(x + 8) != ld<uint64_t>(y + 8)) return 0;
  const int c = compare_strings(mem, x, y);
  return c == kUnmapped ? kUnmapped : (c == 0);
}

// Go's decoderune (runtime/utf8.go) for a first byte >= 0x80: the rune at
// p[0..n) and its width; invalid or short encodings give U+FFFD, width 1.
[[gnu::noinline]] int decode_rune(const uint8_t* p, uint64_t n, int32_t& r) {
  constexpr int32_t kRuneError = 0xFFFD;
  const uint8_t b0 = p[0];
  auto cont = [&](uint64_t i, uint8_t lo, uint8_t hi) { return i < n && p[i] >= lo && p[i] <= hi; };
  r = kRuneError;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1, 0x80, 0xBF)) return 1;
    r = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xBF)) return 1;
    r = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (!cont(1, lo, hi) || !cont(2, 0x80, 0xBF) || !cont(3, 0x80, 0xBF)) return 1;
    r = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  return 1;
}

// --- events (built only when a sink wants them) ---

// The line of the call site that pushed the frame whose link words are at
// `link` (0 for a goroutine's outermost frame, which saves FP 0).
uint32_t call_site_line(const Image& image, const uint8_t* link) {
  if (ld<uint64_t>(link + kSavedFpOffset) == 0) return 0;
  const Addr call = ld<uint64_t>(link + kReturnAddrOffset) - op_bytes(Op::CALL);
  const FuncInfo* f = image.func_at(call);
  return f ? f->line_at(call) : 0;
}

const char* func_name(const Image& image, Addr pc) {
  const FuncInfo* f = image.func_at(pc);
  return f ? f->name.c_str() : "?";
}

// The frame [fp, link+16) has just been reserved by the instruction at pc.
[[gnu::cold, gnu::noinline]] void emit_frame_push(Runtime& rt, const G& g, Addr pc, const uint8_t* fp,
                                                  const uint8_t* link, intptr_t arena_bias) {
  const Addr lo = reinterpret_cast<uintptr_t>(fp) - arena_bias;
  const Addr hi = reinterpret_cast<uintptr_t>(link) - arena_bias + kFrameLinkSize;
  Event e{EventKind::FramePush, 0, g.id,
          FramePushEvent{func_name(rt.image(), pc), lo, hi, hi - lo, call_site_line(rt.image(), link), g.depth}};
  rt.events().emit(std::move(e));
}

// The frame [fp, link+16) of the function at pc is being released.
[[gnu::cold, gnu::noinline]] void emit_frame_pop(Runtime& rt, const G& g, Addr pc, const uint8_t* fp,
                                                 const uint8_t* link, intptr_t arena_bias) {
  const Addr lo = reinterpret_cast<uintptr_t>(fp) - arena_bias;
  const Addr hi = reinterpret_cast<uintptr_t>(link) - arena_bias + kFrameLinkSize;
  Event e{EventKind::FramePop, 0, g.id, FramePopEvent{func_name(rt.image(), pc), lo, hi, hi - lo, g.depth}};
  rt.events().emit(std::move(e));
}

// --- morestack ---

// ENTER z found no room. The G holds the registers as they were before the
// ENTER. Returns false when the program must end (stack overflow).
[[gnu::cold, gnu::noinline]] bool grow_stack(Runtime& rt, G& g, uint32_t z) {
  return rt.morestack(g, uint64_t{z} + kStackGuard);
}

}  // namespace

Interpreter::Interpreter(Runtime& rt, uint64_t max_steps) : rt_(rt), max_steps_(max_steps) {}

uint64_t Interpreter::instructions() const { return executed_ + static_cast<uint64_t>(chunk_ - steps_); }

void Interpreter::set_timeout(std::chrono::nanoseconds timeout) {
  timeout_ = timeout;
  deadline_ = std::chrono::steady_clock::now() + timeout;
}

bool Interpreter::out_of_time() {
  if (timeout_.count() <= 0 || std::chrono::steady_clock::now() < deadline_) return false;
  rt_.limit_reached(LimitKind::Time, "program exceeded --timeout=" + format_duration(timeout_) + " of wall-clock time");
  return true;
}

// The current chunk is used up: account for it and start the next one.
// Returns the steps left after the instruction about to run, or -1 (after
// recording the limit) when a limit is reached. (The count is returned,
// not updated through a reference, so that the loop's copy can live in a
// register.)
int64_t Interpreter::refill() {
  executed_ += static_cast<uint64_t>(chunk_);
  chunk_ = steps_ = 0;
  if (pause_due() && !rt_.ended()) pause();  // may return much later: the clock is read after
  if (!rt_.ended() && rt_.slice_over(executed_)) preempt();
  if (rt_.ended() || out_of_time()) {  // ended: a limit the runtime recorded (--max-output)
    chunk_ = 0;
    return -1;
  }
  int64_t next = kSlice;
  if (interrupt_ != nullptr && interrupt_->load(std::memory_order_relaxed)) {
    // SIGINT: stop here, between two instructions, like a limit.
    chunk_ = 0;
    interrupted_ = true;
    rt_.limit_reached("program interrupted after " + std::to_string(executed_) + " instructions");
    return -1;
  }
  if (max_steps_ != 0) {
    const uint64_t left = max_steps_ > executed_ ? max_steps_ - executed_ : 0;
    if (left == 0) {
      chunk_ = 0;
      rt_.limit_reached(LimitKind::Steps,
                        "program exceeded --max-steps=" + std::to_string(max_steps_) + " instructions");
      return -1;
    }
    next = static_cast<int64_t>(std::min<uint64_t>(left, kSlice));
  }
  if (pause_at_ != kNoPause) next = static_cast<int64_t>(std::min<uint64_t>(pause_at_ - executed_, next));
  if (rt_.slice_end() > executed_) next = static_cast<int64_t>(std::min<uint64_t>(rt_.slice_end() - executed_, next));
  chunk_ = next;
  return next - 1;
}

// (issue 5) The time slice is over and another goroutine can run: this one
// yields between two instructions (its registers are in the G, synced by
// the budget path) and continues here when it is scheduled again. The
// goroutines that ran meanwhile shared the budget chunk; what they used of
// it is counted now.
void Interpreter::preempt() {
  rt_.gosched(GStop::Preempted);
  executed_ += static_cast<uint64_t>(chunk_ - steps_);
  chunk_ = steps_ = 0;
}

// A pause is due: the registers are in the G (the budget path synced
// them). Runs the hook until no pause is due any more; the machine may set
// a new pause_at while paused. Meanwhile instructions() is exact. Time spent
// paused is not the program's: the --timeout deadline moves by it.
void Interpreter::pause() {
  chunk_ = steps_ = 0;
  const auto paused_at = timeout_.count() > 0 ? std::chrono::steady_clock::now() : deadline_;
  while (pause_due()) {
    pause_requested_ = false;
    if (!pause_hook_) {
      pause_at_ = kNoPause;
      break;
    }
    pause_hook_();
  }
  if (timeout_.count() > 0) deadline_ += std::chrono::steady_clock::now() - paused_at;
}

bool Interpreter::pause_at_switch(bool count_only_events) {
  if (!pause_requested_ && (count_only_events || instructions() < pause_at_)) return false;
  pause_requested_ = false;
  executed_ += static_cast<uint64_t>(chunk_ - steps_);
  chunk_ = steps_ = 0;
  return true;
}

InterpExit Interpreter::internal(G& g, std::string message) {
  internal_error_ = std::move(message);
  if (const FuncInfo* f = rt_.image().func_at(g.pc)) internal_error_ += " (in " + f->name + ")";
  return InterpExit::Internal;
}

InterpExit Interpreter::run(G& g) {
  Runtime& rt = rt_;
  AddressSpace& mem = rt.mem();
  const intptr_t ab = mem.arena_bias();  // stack/heap: host = VM + ab
  const intptr_t ib = mem.image_bias();  // text/globals: host = VM + ib

  // Conversions between host pointers and VM addresses.
#define HOST_S(a) reinterpret_cast<uint8_t*>(ab + static_cast<intptr_t>(a))
#define HOST_G(a) reinterpret_cast<uint8_t*>(ib + static_cast<intptr_t>(a))
#define HOST_PC(a) reinterpret_cast<const uint32_t*>(ib + static_cast<intptr_t>(a))
#define VM_S(p) static_cast<Addr>(reinterpret_cast<intptr_t>(p) - ab)
#define VM_PC(p) static_cast<Addr>(reinterpret_cast<intptr_t>(p) - ib)

  const uint32_t* pc = HOST_PC(g.pc);
  uint8_t* bp = HOST_S(g.bp);
  // A new G (newproc) is as if its entry had just been CALLed: fp = sp, and
  // bp is the link words the entry's ENTER is about to adopt (goroutine.h).
  uint8_t* fp = HOST_S(g.sp);
  uintptr_t guard = static_cast<uintptr_t>(ab + static_cast<intptr_t>(g.stack.lo + kStackGuard));
  int64_t steps = steps_;
  NativeResult nres = NativeResult::Ok;
  InterpExit result = InterpExit::Failure;
  g.status = GStatus::Running;
  rt.set_current(&g);

#define SYNC()            \
  do {                    \
    g.pc = VM_PC(pc);     \
    g.sp = VM_S(fp);      \
    g.bp = VM_S(bp);      \
    steps_ = steps;       \
  } while (0)
#define RELOAD()                                                                          \
  do {                                                                                    \
    fp = HOST_S(g.sp);                                                                    \
    bp = HOST_S(g.bp);                                                                    \
    guard = static_cast<uintptr_t>(ab + static_cast<intptr_t>(g.stack.lo + kStackGuard)); \
  } while (0)
#define DISPATCH()                                        \
  do {                                                    \
    if (__builtin_expect(--steps < 0, 0)) goto budget;    \
    goto *kLabels[*pc & 0xff];                            \
  } while (0)
#define NEXT(words) \
  do {              \
    pc += (words);  \
    DISPATCH();     \
  } while (0)
  // (issue 3) The host address of n bytes at *(uint64_t*)BASE + OFF, into
  // dst: a nil base goes to the nil-dereference panic, an unmapped address
  // to an internal error (an address in the first page, a nil base plus an
  // index, to the panic too); `fault` keeps the address.
  Addr fault = 0;
  uint64_t fault_n = 0;
#define DEREF(dst, BASE, OFF, N)                                \
  do {                                                          \
    const uint64_t base_ = ld<uint64_t>(BASE);                  \
    fault = base_ + static_cast<uint64_t>(OFF);                 \
    fault_n = (N);                                              \
    if (__builtin_expect(base_ == 0, 0)) goto nil_deref;        \
    dst = mem.host(fault, fault_n);                             \
    if (__builtin_expect(dst == nullptr, 0)) goto bad_pointer;  \
  } while (0)
#define OPA (fp + (pc[0] >> 8))  // operand A: a frame slot
#define OPS(k) (fp + pc[k])      // operand word k: a frame slot
#define IMM(k) static_cast<int64_t>(static_cast<int32_t>(pc[k]))
#define JUMP(k) (pc += static_cast<int32_t>(pc[k]) >> 2)

  static const void* const kLabels[] = {
#define GOVM_OP_LABEL(name, fmt, meaning) &&op_##name,
      GOVM_OPCODES(GOVM_OP_LABEL)
#undef GOVM_OP_LABEL
  };
  static_assert(std::size(kLabels) == static_cast<size_t>(kOpCount), "one label per op");

  DISPATCH();

  // ---- handlers, in table order ----

op_NOP:
  NEXT(1);

  // moves and constants
#define OP_MOV(NAME, U)              \
  op_##NAME:                         \
  st<U>(OPA, ld<U>(OPS(1)));         \
  NEXT(2);
  OP_MOV(MOV_B, uint8_t)
  OP_MOV(MOV_W, uint16_t)
  OP_MOV(MOV_L, uint32_t)
  OP_MOV(MOV_Q, uint64_t)
op_MOV_O: {
  uint64_t v[2];
  std::memcpy(v, OPS(1), 16);
  std::memcpy(OPA, v, 16);
  NEXT(2);
}
op_MOV_N:
  std::memmove(OPA, OPS(1), pc[2]);
  NEXT(3);
op_MOVK_B:
  st<uint8_t>(OPA, static_cast<uint8_t>(pc[1]));
  NEXT(2);
op_MOVK_W:
  st<uint16_t>(OPA, static_cast<uint16_t>(pc[1]));
  NEXT(2);
op_MOVK_L:
  st<uint32_t>(OPA, pc[1]);
  NEXT(2);
op_MOVK_Q:
  st<uint64_t>(OPA, pc[1] | (static_cast<uint64_t>(pc[2]) << 32));
  NEXT(3);
op_LOADSTR:
  st<uint64_t>(OPA, pc[1]);
  st<uint64_t>(OPA + 8, pc[2]);
  NEXT(3);
op_ZERO:
  std::memset(OPA, 0, pc[1]);
  NEXT(2);
op_LEAQ:
  st<uint64_t>(OPA, VM_S(OPS(1)));
  NEXT(2);

  // globals
#define OP_GLOAD(NAME, U)           \
  op_##NAME:                        \
  st<U>(OPA, ld<U>(HOST_G(pc[1]))); \
  NEXT(2);
#define OP_GSTORE(NAME, U)          \
  op_##NAME:                        \
  st<U>(HOST_G(pc[1]), ld<U>(OPA)); \
  NEXT(2);
  OP_GLOAD(GLOAD_B, uint8_t)
  OP_GLOAD(GLOAD_W, uint16_t)
  OP_GLOAD(GLOAD_L, uint32_t)
  OP_GLOAD(GLOAD_Q, uint64_t)
op_GLOAD_O:
  std::memcpy(OPA, HOST_G(pc[1]), 16);
  NEXT(2);
op_GLOAD_N:
  std::memcpy(OPA, HOST_G(pc[1]), pc[2]);
  NEXT(3);
  OP_GSTORE(GSTORE_B, uint8_t)
  OP_GSTORE(GSTORE_W, uint16_t)
  OP_GSTORE(GSTORE_L, uint32_t)
  OP_GSTORE(GSTORE_Q, uint64_t)
op_GSTORE_O:
  std::memcpy(HOST_G(pc[1]), OPA, 16);
  NEXT(2);
op_GSTORE_N:
  std::memcpy(HOST_G(pc[1]), OPA, pc[2]);
  NEXT(3);
op_GLOBALINIT:
  SYNC();
  rt.global_initialized(pc[1]);
  if (__builtin_expect(pause_requested_, 0)) steps = end_chunk(steps);  // an event sink asked
  NEXT(2);

  // integer arithmetic: b and c are the operands widened to Arith<U>
#define OP_BIN(NAME, U, EXPR)                       \
  op_##NAME: {                                      \
    const Arith<U> b = ld<U>(OPS(1));               \
    const Arith<U> c = ld<U>(OPS(2));               \
    st<U>(OPA, static_cast<U>(EXPR));               \
    NEXT(3);                                        \
  }
#define OP_BIN_WIDTHS(NAME, EXPR)        \
  OP_BIN(NAME##_B, uint8_t, EXPR)        \
  OP_BIN(NAME##_W, uint16_t, EXPR)       \
  OP_BIN(NAME##_L, uint32_t, EXPR)       \
  OP_BIN(NAME##_Q, uint64_t, EXPR)
  OP_BIN_WIDTHS(ADD, b + c)
  OP_BIN_WIDTHS(SUB, b - c)
  OP_BIN_WIDTHS(MUL, b * c)

  // signed division: S is the signed type; c == -1 is done as a negation so
  // that MinInt / -1 wraps to MinInt and MinInt % -1 is 0, as in Go.
#define OP_DIV(NAME, U, S, IS_MOD)                                          \
  op_##NAME: {                                                              \
    const S b = ld<S>(OPS(1));                                              \
    const S c = ld<S>(OPS(2));                                              \
    if (__builtin_expect(c == 0, 0)) goto divide_by_zero;                   \
    U r;                                                                    \
    if (c == -1)                                                            \
      r = IS_MOD ? U(0) : static_cast<U>(Arith<U>(0) - static_cast<U>(b)); \
    else                                                                    \
      r = static_cast<U>(IS_MOD ? b % c : b / c);                           \
    st<U>(OPA, r);                                                          \
    NEXT(3);                                                                \
  }
#define OP_DIVU(NAME, U, IS_MOD)                              \
  op_##NAME: {                                                \
    const U b = ld<U>(OPS(1));                                \
    const U c = ld<U>(OPS(2));                                \
    if (__builtin_expect(c == 0, 0)) goto divide_by_zero;     \
    st<U>(OPA, static_cast<U>(IS_MOD ? b % c : b / c));       \
    NEXT(3);                                                  \
  }
  OP_DIV(DIV_B, uint8_t, int8_t, false)
  OP_DIV(DIV_W, uint16_t, int16_t, false)
  OP_DIV(DIV_L, uint32_t, int32_t, false)
  OP_DIV(DIV_Q, uint64_t, int64_t, false)
  OP_DIVU(DIVU_B, uint8_t, false)
  OP_DIVU(DIVU_W, uint16_t, false)
  OP_DIVU(DIVU_L, uint32_t, false)
  OP_DIVU(DIVU_Q, uint64_t, false)
  OP_DIV(MOD_B, uint8_t, int8_t, true)
  OP_DIV(MOD_W, uint16_t, int16_t, true)
  OP_DIV(MOD_L, uint32_t, int32_t, true)
  OP_DIV(MOD_Q, uint64_t, int64_t, true)
  OP_DIVU(MODU_B, uint8_t, true)
  OP_DIVU(MODU_W, uint16_t, true)
  OP_DIVU(MODU_L, uint32_t, true)
  OP_DIVU(MODU_Q, uint64_t, true)

  OP_BIN_WIDTHS(AND, b & c)
  OP_BIN_WIDTHS(OR, b | c)
  OP_BIN_WIDTHS(XOR, b ^ c)
  OP_BIN_WIDTHS(ANDNOT, b & ~c)

  // shifts: the count is a uint64 slot; counts >= the width shift every bit out
#define OP_SHIFT(NAME, U, S, EXPR)                        \
  op_##NAME: {                                            \
    constexpr uint64_t bits = 8 * sizeof(U);              \
    const uint64_t c = ld<uint64_t>(OPS(2));              \
    const U ub = ld<U>(OPS(1));                           \
    const Arith<U> wb = ub;                               \
    (void)wb;                                             \
    const S sb = static_cast<S>(ub);                      \
    (void)ub;                                             \
    (void)sb;                                             \
    st<U>(OPA, static_cast<U>(EXPR));                     \
    NEXT(3);                                              \
  }
#define OP_SHIFT_WIDTHS(NAME, EXPR)                 \
  OP_SHIFT(NAME##_B, uint8_t, int8_t, EXPR)         \
  OP_SHIFT(NAME##_W, uint16_t, int16_t, EXPR)       \
  OP_SHIFT(NAME##_L, uint32_t, int32_t, EXPR)       \
  OP_SHIFT(NAME##_Q, uint64_t, int64_t, EXPR)
  OP_SHIFT_WIDTHS(SHL, c >= bits ? 0 : wb << c)
  OP_SHIFT_WIDTHS(SAR, c >= bits ? (sb < 0 ? -1 : 0) : sb >> c)
  OP_SHIFT_WIDTHS(SHR, c >= bits ? 0 : ub >> c)

#define OP_UN(NAME, U, EXPR)             \
  op_##NAME: {                           \
    const Arith<U> b = ld<U>(OPS(1));    \
    st<U>(OPA, static_cast<U>(EXPR));    \
    NEXT(2);                             \
  }
  OP_UN(NEG_B, uint8_t, 0u - b)
  OP_UN(NEG_W, uint16_t, 0u - b)
  OP_UN(NEG_L, uint32_t, 0u - b)
  OP_UN(NEG_Q, uint64_t, uint64_t{0} - b)
  OP_UN(COM_B, uint8_t, ~b)
  OP_UN(COM_W, uint16_t, ~b)
  OP_UN(COM_L, uint32_t, ~b)
  OP_UN(COM_Q, uint64_t, ~b)
op_CHKSHIFT:
  if (__builtin_expect(ld<int64_t>(OPA) < 0, 0)) {
    SYNC();
    panic_shift(rt);
    goto failure;
  }
  NEXT(1);

  // 8-byte arithmetic with a sign-extended 32-bit immediate
#define OP_IMM(NAME, EXPR)                                \
  op_##NAME: {                                            \
    const uint64_t b = ld<uint64_t>(OPS(1));              \
    const uint64_t i = static_cast<uint64_t>(IMM(2));     \
    st<uint64_t>(OPA, EXPR);                              \
    NEXT(3);                                              \
  }
  OP_IMM(ADDI_Q, b + i)
  OP_IMM(MULI_Q, b * i)
  OP_IMM(ANDI_Q, b & i)
  OP_IMM(ORI_Q, b | i)
  OP_IMM(XORI_Q, b ^ i)
  OP_IMM(SHLI_Q, b << (i & 63))
  OP_IMM(SARI_Q, static_cast<uint64_t>(static_cast<int64_t>(b) >> (i & 63)))
  OP_IMM(SHRI_Q, b >> (i & 63))

  // conversions
#define OP_EXT(NAME, T)                                                     \
  op_##NAME:                                                                \
  st<uint64_t>(OPA, static_cast<uint64_t>(static_cast<int64_t>(ld<T>(OPS(1))))); \
  NEXT(2);
  OP_EXT(SEXT_B, int8_t)
  OP_EXT(SEXT_W, int16_t)
  OP_EXT(SEXT_L, int32_t)
  OP_EXT(ZEXT_B, uint8_t)
  OP_EXT(ZEXT_W, uint16_t)
  OP_EXT(ZEXT_L, uint32_t)

  // comparisons giving a bool
#define OP_CMP(NAME, T, OPERATOR)                                  \
  op_##NAME:                                                       \
  st<uint8_t>(OPA, ld<T>(OPS(1)) OPERATOR ld<T>(OPS(2)));         \
  NEXT(3);
#define OP_CMP_WIDTHS(...) OP_CMP_WIDTHS_(__VA_ARGS__)
#define OP_CMP_WIDTHS_(NAME, T8, T16, T32, T64, OPERATOR) \
  OP_CMP(NAME##_B, T8, OPERATOR)                       \
  OP_CMP(NAME##_W, T16, OPERATOR)                      \
  OP_CMP(NAME##_L, T32, OPERATOR)                      \
  OP_CMP(NAME##_Q, T64, OPERATOR)
#define UNSIGNED_TYPES uint8_t, uint16_t, uint32_t, uint64_t
#define SIGNED_TYPES int8_t, int16_t, int32_t, int64_t
  OP_CMP_WIDTHS(EQ, UNSIGNED_TYPES, ==)
  OP_CMP_WIDTHS(NE, UNSIGNED_TYPES, !=)
  OP_CMP_WIDTHS(LT, SIGNED_TYPES, <)
  OP_CMP_WIDTHS(LE, SIGNED_TYPES, <=)
  OP_CMP_WIDTHS(LTU, UNSIGNED_TYPES, <)
  OP_CMP_WIDTHS(LEU, UNSIGNED_TYPES, <=)
op_NOT:
  st<uint8_t>(OPA, ld<uint8_t>(OPS(1)) == 0);
  NEXT(2);

  // control flow
op_JMP:
  JUMP(1);
  DISPATCH();
op_JT:
  if (ld<uint8_t>(OPA) != 0) {
    JUMP(1);
    DISPATCH();
  }
  NEXT(2);
op_JF:
  if (ld<uint8_t>(OPA) == 0) {
    JUMP(1);
    DISPATCH();
  }
  NEXT(2);
#define OP_JCMP(NAME, T, OPERATOR)                  \
  op_##NAME:                                        \
  if (ld<T>(OPA) OPERATOR ld<T>(OPS(1))) {          \
    JUMP(2);                                        \
    DISPATCH();                                     \
  }                                                 \
  NEXT(3);
#define OP_JCMPI(NAME, OPERATOR)                    \
  op_##NAME:                                        \
  if (ld<int64_t>(OPA) OPERATOR IMM(1)) {           \
    JUMP(2);                                        \
    DISPATCH();                                     \
  }                                                 \
  NEXT(3);
  OP_JCMP(JEQ_Q, uint64_t, ==)
  OP_JCMP(JNE_Q, uint64_t, !=)
  OP_JCMP(JLT_Q, int64_t, <)
  OP_JCMP(JLE_Q, int64_t, <=)
  OP_JCMP(JLTU_Q, uint64_t, <)
  OP_JCMP(JLEU_Q, uint64_t, <=)
  OP_JCMPI(JEQI_Q, ==)
  OP_JCMPI(JNEI_Q, !=)
  OP_JCMPI(JLTI_Q, <)
  OP_JCMPI(JLEI_Q, <=)
  OP_JCMPI(JGTI_Q, >)
  OP_JCMPI(JGEI_Q, >=)

  // strings: a string slot holds (ptr, len)
op_STRINDEX: {
  const uint8_t* s = OPS(1);
  const uint64_t ptr = ld<uint64_t>(s);
  const int64_t len = ld<int64_t>(s + 8);
  const int64_t i = ld<int64_t>(OPS(2));
  if (__builtin_expect(static_cast<uint64_t>(i) >= static_cast<uint64_t>(len), 0)) {
    SYNC();
    panic_index(rt, i, len, pc[3] & 1);
    goto failure;
  }
  const uint8_t* p = mem.host(ptr + static_cast<uint64_t>(i), 1);
  if (__builtin_expect(p == nullptr, 0)) {
    SYNC();
    result = internal(g, unmapped(ptr + static_cast<uint64_t>(i), 1));
    goto leave;
  }
  st<uint8_t>(OPA, *p);
  NEXT(4);
}
op_STRSLICE: {
  const uint8_t* s = OPS(1);
  const uint64_t ptr = ld<uint64_t>(s);
  const int64_t len = ld<int64_t>(s + 8);
  const int64_t lo = ld<int64_t>(OPS(2));
  const int64_t hi = ld<int64_t>(OPS(3));
  if (__builtin_expect(static_cast<uint64_t>(hi) > static_cast<uint64_t>(len) ||
                           static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi),
                       0)) {
    SYNC();
    panic_slice(rt, lo, hi, len, pc[4]);
    goto failure;
  }
  // As gc does, an empty result keeps the original pointer, so that it
  // never points past the end of the string's bytes.
  const uint64_t n = static_cast<uint64_t>(hi - lo);
  st<uint64_t>(OPA, n == 0 ? ptr : ptr + static_cast<uint64_t>(lo));
  st<uint64_t>(OPA + 8, n);
  NEXT(5);
}
#define OP_STRCMP(NAME, COMPARE, EXPR)                                   \
  op_##NAME: {                                                           \
    const int c = COMPARE(mem, OPS(1), OPS(2));                          \
    if (__builtin_expect(c == kUnmapped, 0)) goto strings_unmapped;      \
    st<uint8_t>(OPA, EXPR);                                              \
    NEXT(3);                                                             \
  }
  OP_STRCMP(STREQ, equal_strings, c == 1)
  OP_STRCMP(STRNE, equal_strings, c == 0)
  OP_STRCMP(STRLT, compare_strings, c < 0)
  OP_STRCMP(STRLE, compare_strings, c <= 0)
op_DECODERUNE: {
  const uint8_t* s = OPS(2);
  const uint64_t ptr = ld<uint64_t>(s);
  const uint64_t len = ld<uint64_t>(s + 8);
  const uint64_t k = ld<uint64_t>(OPS(3));
  int32_t r = 0xFFFD;
  int width = 1;
  if (__builtin_expect(k < len, 1)) {
    const uint64_t n = std::min<uint64_t>(len - k, 4);
    const uint8_t* p = mem.host(ptr + k, n);
    if (__builtin_expect(p == nullptr, 0)) {
      SYNC();
      result = internal(g, unmapped(ptr + k, n));
      goto leave;
    }
    if (p[0] < 0x80)
      r = p[0];
    else
      width = decode_rune(p, n, r);
  }
  st<int32_t>(OPA, r);
  st<uint64_t>(OPS(1), k + static_cast<uint64_t>(width));
  NEXT(4);
}

  // calls
op_CALL:
  st<uint64_t>(fp - kFrameLinkSize + kReturnAddrOffset, VM_PC(pc + 2));
  st<uint64_t>(fp - kFrameLinkSize + kSavedFpOffset, VM_S(bp));
  JUMP(1);
  DISPATCH();
// (issue 6, func) A call through a func value: the funcval's word 0 must be
// a function's entry (the VM never jumps into the middle of code); the
// funcval becomes the callee's context (g.ctxt, Go's DX).
op_CALLCLO: {
  const Addr fv = ld<uint64_t>(OPA);
  if (__builtin_expect(fv == 0, 0)) {
    fault = 0;
    goto nil_deref;
  }
  const uint8_t* w = mem.host(fv, 8);
  const Addr entry = w ? ld<uint64_t>(w) : 0;
  const FuncInfo* callee = w ? rt.image().func_at(entry) : nullptr;
  if (__builtin_expect(callee == nullptr || callee->entry != entry, 0)) {
    SYNC();
    result = internal(g, bad_funcval(fv, w != nullptr, entry));
    goto leave;
  }
  g.ctxt = fv;
  st<uint64_t>(fp - kFrameLinkSize + kReturnAddrOffset, VM_PC(pc + 2));
  st<uint64_t>(fp - kFrameLinkSize + kSavedFpOffset, VM_S(bp));
  pc = HOST_PC(entry);
  DISPATCH();
}
// (issue 6, iface) A call through an itab's fun entry: no context; the
// address must be a function's entry, else an internal error.
op_CALLIND: {
  const Addr entry = ld<uint64_t>(OPA);
  if (__builtin_expect(entry == 0, 0)) {
    fault = 0;
    goto nil_deref;
  }
  const FuncInfo* callee = rt.image().func_at(entry);
  if (__builtin_expect(callee == nullptr || callee->entry != entry, 0)) {
    SYNC();
    result = internal(g, "CALLIND: " + hex(entry) + " is not a function entry");
    goto leave;
  }
  st<uint64_t>(fp - kFrameLinkSize + kReturnAddrOffset, VM_PC(pc + 2));
  st<uint64_t>(fp - kFrameLinkSize + kSavedFpOffset, VM_S(bp));
  pc = HOST_PC(entry);
  DISPATCH();
}
// The context is the frame's from here on: g.ctxt is cleared so that a
// stale funcval is never a root.
op_GETCTXT:
  st<uint64_t>(OPA, g.ctxt);
  g.ctxt = 0;
  NEXT(1);
op_ENTER: {
  const uint32_t z = pc[1];
  if (__builtin_expect(reinterpret_cast<uintptr_t>(fp) - kFrameLinkSize - z < guard, 0)) {
    g.pc = VM_PC(pc);
    g.sp = g.bp = VM_S(fp - kFrameLinkSize);
    if (!grow_stack(rt, g, z)) goto failure;
    ++stack_growths_;                              
    if (pause_requested_) steps = end_chunk(steps);  // a StackGrow sink asked
    RELOAD();
    fp = bp + kFrameLinkSize;
    if (reinterpret_cast<uintptr_t>(fp) - kFrameLinkSize - z < guard) {
      result = internal(g, "morestack returned a stack without room for the frame");
      goto leave;
    }
  }
  bp = fp - kFrameLinkSize;
  fp = bp - z;
  // (issue 4) The words the stack maps mark start at zero, not as an
  // earlier frame left them (the verifier keeps the range inside [0, z)).
  if (const uint32_t n = pc[2]) std::memset(OPA, 0, n);
  ++g.depth;
  ++frames_pushed_;
  if (__builtin_expect(rt.events().enabled(EventKind::FramePush), 0)) {
    emit_frame_push(rt, g, VM_PC(pc), fp, bp, ab);
    if (pause_requested_) steps = end_chunk(steps);  // an event sink asked
  }
  NEXT(3);
}
op_RET: {
  uint8_t* link = fp + pc[1];
  --g.depth;
  if (__builtin_expect(rt.events().enabled(EventKind::FramePop), 0)) {
    emit_frame_pop(rt, g, VM_PC(pc), fp, link, ab);
    if (pause_requested_) steps = end_chunk(steps);  // an event sink asked
  }
  pc = HOST_PC(ld<uint64_t>(link + kReturnAddrOffset));
  bp = HOST_S(ld<uint64_t>(link + kSavedFpOffset));
  fp = link + kFrameLinkSize;
  DISPATCH();
}
op_CALLRT:
  SYNC();
  nres = kNativeTable[pc[1]](rt, OPA);
  RELOAD();
  steps = steps_;  // (issue 5) an entry that parked let others run on the same chunk
  if (__builtin_expect(nres != NativeResult::Ok, 0)) goto native_ended;
  if (__builtin_expect(rt.safepoint_pending(), 0)) {  // (issue 4) a stack to shrink
    rt.at_safepoint(g);
    RELOAD();
  }
  if (__builtin_expect(pause_requested_, 0)) steps = end_chunk(steps);  // an event sink asked
  NEXT(2);
op_NATIVE: {
  const NativeFn fn = kNativeTable[pc[1]];
  if (fn == nullptr) {
    SYNC();
    result = internal(g, std::string("NATIVE ") + native_name(static_cast<NativeId>(pc[1])) + " is not callable");
    goto leave;
  }
  bp = fp - kFrameLinkSize;
  fp = bp;
  ++g.depth;
  ++frames_pushed_;
  if (__builtin_expect(rt.events().enabled(EventKind::FramePush), 0))
    emit_frame_push(rt, g, VM_PC(pc), fp, bp, ab);
  SYNC();
  nres = fn(rt, fp + kFrameLinkSize);
  RELOAD();
  steps = steps_;  // (issue 5) as after CALLRT
  if (__builtin_expect(nres != NativeResult::Ok, 0)) goto native_ended;
  if (__builtin_expect(rt.safepoint_pending(), 0)) {  // (issue 4) a stack to shrink
    rt.at_safepoint(g);
    RELOAD();
  }
  if (__builtin_expect(pause_requested_, 0)) steps = end_chunk(steps);  // an event sink asked
  NEXT(2);
}
op_GOEXIT:
  SYNC();
  result = InterpExit::GoExit;
  goto leave;
op_EXIT:
  SYNC();
  rt.exit(0);
  result = InterpExit::Exit;
  goto leave;

  // (issue 3) memory through pointers
#define OP_LOAD(NAME, N)                \
  op_##NAME: {                          \
    uint8_t* p_;                        \
    DEREF(p_, OPS(1), IMM(2), N);       \
    std::memmove(OPA, p_, N);           \
    NEXT(3);                            \
  }
#define OP_STORE(NAME, N)               \
  op_##NAME: {                          \
    uint8_t* p_;                        \
    DEREF(p_, OPA, IMM(2), N);          \
    std::memmove(p_, OPS(1), N);        \
    NEXT(3);                            \
  }
  OP_LOAD(LOAD_B, 1)
  OP_LOAD(LOAD_W, 2)
  OP_LOAD(LOAD_L, 4)
  OP_LOAD(LOAD_Q, 8)
  OP_LOAD(LOAD_O, 16)
op_LOAD_N: {
  uint8_t* p;
  DEREF(p, OPS(1), IMM(2), pc[3]);
  std::memmove(OPA, p, pc[3]);
  NEXT(4);
}
  OP_STORE(STORE_B, 1)
  OP_STORE(STORE_W, 2)
  OP_STORE(STORE_L, 4)
  OP_STORE(STORE_Q, 8)
  OP_STORE(STORE_O, 16)
op_STORE_N: {
  uint8_t* p;
  DEREF(p, OPA, IMM(2), pc[3]);
  std::memmove(p, OPS(1), pc[3]);
  NEXT(4);
}
op_NILCHK:
  if (__builtin_expect(ld<uint64_t>(OPA) == 0, 0)) {
    fault = 0;
    goto nil_deref;
  }
  NEXT(1);
op_MEMMOVE: {
  const uint32_t n = pc[2];
  if (n != 0) {
    uint8_t* src;
    uint8_t* dst;
    DEREF(src, OPS(1), 0, n);
    DEREF(dst, OPA, 0, n);
    std::memmove(dst, src, n);
  }
  NEXT(3);
}
op_MEMZERO: {
  const uint32_t n = pc[1];
  if (n != 0) {
    uint8_t* dst;
    DEREF(dst, OPA, 0, n);
    std::memset(dst, 0, n);
  }
  NEXT(2);
}
op_LEAG:
  st<uint64_t>(OPA, pc[1]);
  NEXT(2);
op_LEAX:
  st<uint64_t>(OPA, ld<uint64_t>(OPS(1)) + ld<uint64_t>(OPS(2)) * pc[3]);
  NEXT(4);
op_BOUNDS: {
  const int64_t i = ld<int64_t>(OPA);
  const int64_t len = ld<int64_t>(OPS(1));
  if (__builtin_expect(static_cast<uint64_t>(i) >= static_cast<uint64_t>(len), 0)) {
    SYNC();
    panic_index(rt, i, len, pc[2] & 1);
    goto failure;
  }
  NEXT(3);
}
op_BOUNDSK: {
  const int64_t i = ld<int64_t>(OPA);
  const int64_t len = IMM(1);
  if (__builtin_expect(static_cast<uint64_t>(i) >= static_cast<uint64_t>(len), 0)) {
    SYNC();
    panic_index(rt, i, len, pc[2] & 1);
    goto failure;
  }
  NEXT(3);
}
op_SLICE: {
  // B: (ptr, len, cap); C: (lo, hi, max). As gc does, a result of capacity
  // 0 keeps the base pointer, so that it never points past the array.
  const uint8_t* b = OPS(1);
  const uint8_t* c = OPS(2);
  const uint64_t ptr = ld<uint64_t>(b);
  const int64_t cap = ld<int64_t>(b + 16);
  const int64_t lo = ld<int64_t>(c), hi = ld<int64_t>(c + 8), max = ld<int64_t>(c + 16);
  if (__builtin_expect(static_cast<uint64_t>(max) > static_cast<uint64_t>(cap) ||
                           static_cast<uint64_t>(hi) > static_cast<uint64_t>(max) ||
                           static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi),
                       0)) {
    SYNC();
    // Two-index forms check hi against the capacity: max == cap there.
    panic_slice_bounds(rt, lo, hi, max, cap, pc[4]);
    goto failure;
  }
  const uint64_t ncap = static_cast<uint64_t>(max - lo);
  st<uint64_t>(OPA, ncap == 0 ? ptr : ptr + static_cast<uint64_t>(lo) * pc[3]);
  st<uint64_t>(OPA + 8, static_cast<uint64_t>(hi - lo));
  st<uint64_t>(OPA + 16, ncap);
  NEXT(5);
}
op_MEMEQ:
  st<uint8_t>(OPA, std::memcmp(OPS(1), OPS(2), pc[3]) == 0);
  NEXT(4);
op_SLICE2ARRPTR: {
  // A slice long enough has a non-nil pointer, except for n == 0, where a
  // nil slice gives a nil pointer and any other one its own: the pointer
  // itself is the result either way.
  const uint8_t* b = OPS(1);
  const int64_t len = ld<int64_t>(b + 8);
  const int64_t n = static_cast<int64_t>(pc[2] | (static_cast<uint64_t>(pc[3]) << 32));
  if (__builtin_expect(static_cast<uint64_t>(len) < static_cast<uint64_t>(n), 0)) {
    SYNC();
    panic_slice_convert(rt, len, n);
    goto failure;
  }
  st<uint64_t>(OPA, ld<uint64_t>(b));
  NEXT(4);
}

  // (issue 6) floating point: F is float (_L) or double (_Q). The host
  // computes in exactly that precision (SSE, FLT_EVAL_METHOD 0), one
  // rounding per operation, as Go on amd64.
#define OP_FBIN(NAME, F, OPERATOR)                               \
  op_##NAME:                                                     \
  st<F>(OPA, static_cast<F>(ld<F>(OPS(1)) OPERATOR ld<F>(OPS(2)))); \
  NEXT(3);
#define OP_FCMP(NAME, F, OPERATOR)                               \
  op_##NAME:                                                     \
  st<uint8_t>(OPA, ld<F>(OPS(1)) OPERATOR ld<F>(OPS(2)));        \
  NEXT(3);
#define OP_FCVT(NAME, TO, FROM, EXPR)                            \
  op_##NAME: {                                                   \
    const FROM b = ld<FROM>(OPS(1));                             \
    st<TO>(OPA, static_cast<TO>(EXPR));                          \
    NEXT(2);                                                     \
  }
  OP_FBIN(ADDF_L, float, +)
  OP_FBIN(ADDF_Q, double, +)
  OP_FBIN(SUBF_L, float, -)
  OP_FBIN(SUBF_Q, double, -)
  OP_FBIN(MULF_L, float, *)
  OP_FBIN(MULF_Q, double, *)
  OP_FBIN(DIVF_L, float, /)
  OP_FBIN(DIVF_Q, double, /)
  OP_FCVT(NEGF_L, float, float, -b)
  OP_FCVT(NEGF_Q, double, double, -b)
  OP_FCMP(EQF_L, float, ==)
  OP_FCMP(EQF_Q, double, ==)
  OP_FCMP(NEF_L, float, !=)
  OP_FCMP(NEF_Q, double, !=)
  OP_FCMP(LTF_L, float, <)
  OP_FCMP(LTF_Q, double, <)
  OP_FCMP(LEF_L, float, <=)
  OP_FCMP(LEF_Q, double, <=)
  OP_FCVT(CVTSQ2SD, double, int64_t, b)
  OP_FCVT(CVTUQ2SD, double, uint64_t, b)
  OP_FCVT(CVTSQ2SS, float, int64_t, b)
  OP_FCVT(CVTUQ2SS, float, uint64_t, b)
  OP_FCVT(CVTTSD2SQ, int64_t, double, cvtt_to_int64(b))
  OP_FCVT(CVTTSD2SL, int32_t, double, cvtt_to_int32(b))
  OP_FCVT(CVTTSD2UQ, uint64_t, double, cvtt_to_uint64(b))
  OP_FCVT(CVTTSS2SQ, int64_t, float, cvtt_to_int64(b))
  OP_FCVT(CVTTSS2SL, int32_t, float, cvtt_to_int32(b))
  OP_FCVT(CVTTSS2UQ, uint64_t, float, cvtt_to_uint64(b))
  OP_FCVT(CVTSS2SD, double, float, b)
  OP_FCVT(CVTSD2SS, float, double, b)

  // ---- slow paths ----

nil_deref:
  // gc checks the base itself (its nil checks fault at the base address):
  // Go's signal line says addr=0x0 whatever the offset.
  SYNC();
  rt.raise_panicmem(0);
  goto failure;

bad_pointer:
  SYNC();
  // An address in the first page came from a nil base plus an offset or
  // index (gc's code faults there too): Go's nil dereference.
  if (fault < kNilPage) {
    rt.raise_panicmem(fault);
    goto failure;
  }
  result = internal(g, bad_address(fault, fault_n));
  goto leave;

budget:
  SYNC();
  steps = refill();
  if (steps < 0) {
    steps = 0;
    goto failure;
  }
  goto *kLabels[*pc & 0xff];

divide_by_zero:
  SYNC();
  panic_divide(rt);
  goto failure;

strings_unmapped:
  SYNC();
  result = internal(g, "string data of a comparison is not mapped");
  goto leave;

native_ended:
  switch (nres) {
    case NativeResult::Exit:
      result = InterpExit::Exit;
      goto leave;
    case NativeResult::Panic:
    case NativeResult::Fatal:
      goto failure;
    case NativeResult::Ok:
      break;
  }
  result = internal(g, "bad native result");
  goto leave;

failure:
  // (issue 6, defer) A panic with deferred calls left to run resumes the
  // innermost frame that has some at its deferreturn sequence
  // (runtime/panic.cpp); the registers were synced where it was raised.
  if (rt.unwind_panic(g)) {
    RELOAD();
    pc = HOST_PC(g.pc);
    DISPATCH();
  }
  result = InterpExit::Failure;

leave:
  // The instruction that left has been counted; what is left of the chunk
  // is kept for the next run.
  executed_ += static_cast<uint64_t>(chunk_ - steps);
  chunk_ = steps_ = steps;
  return result;

#undef HOST_S
#undef HOST_G
#undef HOST_PC
#undef VM_S
#undef VM_PC
#undef SYNC
#undef RELOAD
#undef DISPATCH
#undef NEXT
#undef OPA
#undef OPS
#undef IMM
#undef JUMP
#undef DEREF
}

}  // namespace govm
