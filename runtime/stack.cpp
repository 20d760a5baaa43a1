// Goroutine stacks.
//
// Every goroutine runs on one contiguous stack segment [lo, hi) of VM
// memory, growing down from hi, as Go's do. A segment's size is a power of
// two, at least kStackMin (2048 bytes, Go's _StackMin), which is what a new
// goroutine gets. Frames on it are real: arguments, results, return
// address, saved frame pointer and locals at their offsets (frame.h).
//
// Growth (Runtime::morestack, below; Go's newstack and copystack). A
// function's prologue (ENTER) checks that its frame leaves at least
// kStackGuard bytes above lo. When it does not, morestack allocates a
// segment twice as large (doubling again until the frame fits, as Go's
// newstack), copies the used part [sp, hi) to the top of the new segment,
// and relocates every pointer into the old segment by the distance moved
// (delta = new hi - old hi). Past RuntimeOptions::max_stack (1,000,000,000
// bytes, Go's maxstacksize on 64-bit) the program dies with Go's "stack
// overflow" fatal error.
//
// Which words are pointers into the stack (Go's adjustframe and
// adjustpointers). The frames are found through the chain of saved frame
// pointers: the link words of each frame hold the caller's link address, 0
// in the goroutine's outermost frame, and the return address into the
// caller. Walking from the innermost link words (g.bp), at the link
// address L of each function f:
//
//   [L+16, L+16 + f.params_size + f.results_size)
//        f's incoming arguments and results, marked by f.args_ptrs;
//   [L]  the saved FP, the caller's link address [L]: always adjusted
//        (except 0, the outermost frame, where the walk ends);
//   [L+16, L+16 + c.frame_size)
//        the frame of the caller c (the function holding the return
//        address [L+8]), marked by c.frame_ptrs; it must end exactly at
//        c's own link words [L], or the stack is not what the function
//        table says.
//
// The innermost function is the one whose ENTER ran out of room: it has no
// frame yet, but its arguments are already there. The stack maps
// (FuncInfo::frame_ptrs, args_ptrs, written by the linker) mark every word
// that may hold a pointer at some point of the function; a marked word is
// adjusted only when its value lies in [old.lo, old.hi), so a dead or
// non-stack pointer is left alone, and an unmarked word (an integer that
// happens to look like a stack address) is never touched: the maps are
// what make the copy precise. A caller's outgoing area is also its
// callee's argument area, so a word may be marked twice; it is adjusted
// once. The growth event counts the adjusted words (saved FPs included,
// and apart in saved_fps).
//
// The walk runs over the old stack before anything is allocated, so a
// broken chain or a frame whose size disagrees with the function table is
// an internal error that leaves the goroutine as it was.
//
// Shrinking (issue 4; Go's shrinkstack). After a collection, a stack that
// uses less than a quarter of its segment (counting _StackLimit as used,
// as Go does) moves to a segment half as large, never below kStackMin. The
// collector only flags the goroutine (G::preempt_shrink): it may stand
// inside a runtime entry holding host pointers into its stack, so the move
// happens at its next safe point, right after that entry returns
// (Runtime::at_safepoint). Growing and shrinking share copystack and the
// frame walk, which the collector uses too (with liveness: Runtime::
// stack_words).
//
// Where segments come from. Real Go carves stacks out of heap spans (so its
// stack addresses start 0xc0...). govm gives stacks an area of their own,
// from kStackAreaBase (0xc400000000), so that a trace or a layout drawing
// tells a stack address from a heap address at a glance. Within the area:
//
//   - a segment of size n is placed at an address aligned to n, so sizes
//     read off addresses: a goroutine's first stack is
//     [0xc400000000, 0xc400000800), its first growth goes to
//     [0xc400001000, 0xc400002000), the next to [0xc400002000, 0xc400004000);
//   - fresh segments come from a bump pointer (next_), committed in the
//     address space as it advances;
//   - freed segments go to a free list per size and are reused first,
//     lowest address first. Nothing depends on host addresses or timing, so
//     the same program with the same options sees the same stack addresses;
//   - freed segments of kStackReleaseMin bytes or more are returned to the
//     host (AddressSpace::release), so a deep recursion that unwound does not
//     keep its memory. Small segments keep their old contents, as Go's do.
//
// Invariants: every segment handed out is committed; in_use_ is the sum of
// the sizes of the segments handed out and not yet freed; each free list is
// sorted by decreasing address (the lowest is at the back, taken first).
#include "runtime/stack.h"

#include <algorithm>
#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <functional>

#include "runtime/address_space.h"
#include "runtime/frame.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr uint64_t kStackReleaseMin = 32 * 1024;  // Go's _StackCacheSize

uint64_t round_stack_size(uint64_t size) {
  return std::bit_ceil(std::max(size, kStackMin));
}

}  // namespace

Stack StackAllocator::stackalloc(uint64_t size) {
  if (size > kStackSpan) return {};
  const uint64_t n = round_stack_size(size);
  auto& list = free_[n];
  if (!list.empty()) {
    const Addr lo = list.back();
    list.pop_back();
    in_use_ += n;
    return {lo, lo + n};
  }
  const Addr lo = align_up(next_, n);
  if (lo + n > kStackAreaBase + kStackSpan) return {};  // the stack area is exhausted
  mem_.commit(lo, n);
  next_ = lo + n;
  in_use_ += n;
  return {lo, lo + n};
}

void StackAllocator::stackfree(Stack s) {
  const uint64_t n = s.size();
  if (s.lo == 0 || n == 0) return;
  if (n >= kStackReleaseMin) mem_.release(s.lo, n);
  auto& list = free_[n];
  list.insert(std::upper_bound(list.begin(), list.end(), s.lo, std::greater<Addr>()), s.lo);
  in_use_ -= std::min(in_use_, n);
}

// ---- growth ---------------------------------------------------------------------

namespace {

// Walks g's frames on its stack [g.sp, stack.hi), innermost first. Two
// states of the innermost function f (found from g.pc):
//  - without a frame (in_frame false): the state ENTER leaves for
//    morestack (g.pc is f's ENTER, g.bp its link words), or a goroutine
//    that has not run; only f's arguments are on the stack;
//  - inside a runtime call (in_frame true): g.pc is f's CALLRT or NATIVE,
//    f's frame is [g.sp, g.bp), and the outgoing area may hold pointers
//    live across the call (FuncInfo::out_ptrs at g.pc).
//
// With `live` (the collector), a frame stopped at a safe point that has a
// liveness map (FuncInfo::live_ptrs, at the CALL or CALLRT it stands at)
// contributes only its live words; its other frame_ptrs words go to `dead`
// for the collector to clear. Without it (morestack, shrinking), every
// frame_ptrs word is reported, live or not: a dead word pointing into the
// old stack is adjusted too, which is harmless.
void add_frame(StackWords& out, const FuncInfo& f, Addr base, Addr at, bool live, Addr lo, Addr hi) {
  const std::vector<uint64_t>* words = live ? f.live_ptrs_at(at) : nullptr;
  if (words == nullptr) {
    out.add(base, f.frame_size, f.frame_ptrs, lo, hi);
    return;
  }
  out.add(base, f.frame_size, *words, lo, hi);
  std::vector<uint64_t> dead(f.frame_ptrs);
  for (size_t i = 0; i < dead.size(); ++i) dead[i] &= i < words->size() ? ~(*words)[i] : ~uint64_t{0};
  StackWords d;
  d.add(base, f.frame_size, dead, lo, hi);
  out.dead.insert(out.dead.end(), d.pointers.begin(), d.pointers.end());
}

StackWords walk_stack(const Image& image, AddressSpace& mem, const G& g, bool in_frame, bool live,
                      bool conservative) {
  StackWords out;
  const Addr lo = g.sp, hi = g.stack.hi;
  const FuncInfo* f = image.func_at(g.pc);
  if (in_frame) {
    if (f == nullptr || g.sp + f->frame_size != g.bp) {
      out.error = "the innermost frame at " + format_hex(g.sp) + " does not end at its link words " + format_hex(g.bp);
      return out;
    }
    if (conservative) {
      // (issue 5) Stopped between two arbitrary instructions: no liveness
      // (a map at pc would describe the call there, not the moment before
      // it), and the outgoing area may hold anything.
      add_frame(out, *f, g.sp, g.pc, false, lo, hi);
      for (uint64_t w = 0; w < f->frame_size / 8; ++w)
        if (w / 64 >= f->frame_ptrs.size() || ((f->frame_ptrs[w / 64] >> (w % 64)) & 1u) == 0)
          out.maybe.push_back(g.sp + 8 * w);
    } else {
      add_frame(out, *f, g.sp, g.pc, live, lo, hi);
      if (const std::vector<uint64_t>* words = f->out_ptrs_at(g.pc)) out.add(g.sp, f->frame_size, *words, lo, hi);
    }
  }
  for (Addr link = g.bp;;) {
    const uint8_t* w = link >= lo && link + kFrameLinkSize <= hi ? mem.host(link, kFrameLinkSize) : nullptr;
    if (w == nullptr) {
      out.error = "frame link words at " + format_hex(link) + " outside the used stack";
      return out;
    }
    if (f != nullptr) out.add(link + kFrameLinkSize, uint64_t{f->params_size} + f->results_size, f->args_ptrs, lo, hi);
    const Addr caller = load64(w + kSavedFpOffset), ret = load64(w + kReturnAddrOffset);
    if (caller == 0) return out;  // the outermost frame
    if (caller <= link || caller + kFrameLinkSize > hi) {
      out.error = "broken frame-pointer chain at " + format_hex(link);
      return out;
    }
    out.saved_fps.push_back(link);
    const FuncInfo* c = image.func_at(ret - 1);  // ret follows the CALL, inside the caller
    const Addr base = link + kFrameLinkSize;
    if (c == nullptr || base + c->frame_size != caller) {
      out.error = "frame at " + format_hex(base) + " (" + (c ? c->name : "return address " + format_hex(ret)) +
                  ") does not end at its link words " + format_hex(caller);
      return out;
    }
    add_frame(out, *c, base, ret - kCallSize, live, lo, hi);  // c stands at its CALL
    f = c;
    link = caller;
  }
}

}  // namespace

void StackWords::add(Addr base, uint64_t size, const std::vector<uint64_t>& map, Addr lo, Addr hi) {
  for (uint64_t w = 0; w < size / 8 && w / 64 < map.size(); ++w) {
    if (((map[w / 64] >> (w % 64)) & 1u) == 0) continue;
    const Addr a = base + 8 * w;
    if (a >= lo && a + 8 <= hi) pointers.push_back(a);
  }
}

StackWords Runtime::stack_words(const G& g, bool in_frame, bool live, bool conservative) const {
  return walk_stack(image_, const_cast<AddressSpace&>(mem_), g, in_frame, live, conservative);
}

bool Runtime::morestack(G& g, uint64_t needed) {
  const Stack old = g.stack;
  if (g.sp < old.lo || g.sp > old.hi || g.bp < g.sp || g.bp > old.hi) {
    internal_error("morestack: registers outside the goroutine's stack");
    return false;
  }
  const uint64_t used = old.hi - g.sp;
  uint64_t newsize = old.size() * 2;
  while (newsize - used < needed && newsize <= opts_.max_stack && newsize <= kStackSpan) newsize *= 2;
  if (newsize > opts_.max_stack) {
    fatal("stack overflow", "runtime: goroutine stack exceeds " + std::to_string(opts_.max_stack) +
                                "-byte limit\nruntime: sp=" + format_hex(g.sp) + " stack=[" + format_hex(old.lo) +
                                ", " + format_hex(old.hi) + "]\n");
    runtime_throw_ = true;
    return false;
  }
  Copied c;
  if (!copystack(g, newsize, false, c)) return false;
  if (events_.enabled(EventKind::StackGrow)) {
    const FuncInfo* f = image_.func_at(g.pc);
    events_.emit(Event{EventKind::StackGrow, 0, g.id,
                       StackGrowEvent{old.size(), newsize, old.lo, old.hi, g.stack.lo, g.stack.hi, used,
                                      c.saved_fps + c.pointers, f ? f->name : "?", c.saved_fps}});
  }
  return true;
}

// Go's copystack: moves the used part of g's stack [sp, hi) to the top of
// a new segment of newsize bytes and relocates every pointer into the old
// one (found by walk_stack), then frees the old segment.
bool Runtime::copystack(G& g, uint64_t newsize, bool in_frame, Copied& out) {
  const Stack old = g.stack;
  const uint64_t used = old.hi - g.sp;
  StackWords words = walk_stack(image_, mem_, g, in_frame, false, false);
  if (!words.error.empty()) {
    internal_error(std::string(in_frame ? "shrinkstack: " : "morestack: ") + words.error);
    return false;
  }
  const Stack s = stacks_.stackalloc(newsize);
  uint8_t* from = mem_.host(g.sp, used);
  uint8_t* to = s.lo ? mem_.host(s.hi - used, used) : nullptr;
  if (to == nullptr) {
    fatal("runtime: cannot allocate memory");
    return false;
  }
  if (from == nullptr) {
    stacks_.stackfree(s);
    internal_error(std::string(in_frame ? "shrinkstack" : "morestack") + ": the used stack is not mapped");
    return false;
  }
  std::memmove(to, from, used);

  // Relocate: the words now live at +delta, and so do the addresses they
  // hold. Unsigned wrap-around makes delta work whichever way the stack
  // moved. (Saved FPs were checked by the walk; the stack maps' words are
  // checked here, by value.)
  const uint64_t delta = s.hi - old.hi;
  auto adjust = [&](Addr word) {
    uint8_t* w = mem_.host(word + delta, 8);
    const Addr v = load64(w);
    if (v < old.lo || v >= old.hi) return false;
    const Addr nv = v + delta;
    std::memcpy(w, &nv, 8);
    return true;
  };
  for (Addr link : words.saved_fps) adjust(link);
  std::sort(words.pointers.begin(), words.pointers.end());
  words.pointers.erase(std::unique(words.pointers.begin(), words.pointers.end()), words.pointers.end());
  uint64_t pointers = 0;
  for (Addr a : words.pointers)
    if (!std::binary_search(words.saved_fps.begin(), words.saved_fps.end(), a) && adjust(a)) ++pointers;

  g.sp += delta;
  g.bp += delta;
  if (g.panic_frame != 0) g.panic_frame += delta;  // (issue 6, defer) the frame a panic runs the deferred calls of
  // (issue 6, func) Go's adjustctxt: a closure whose funcval is in its
  // creator's frame grows the stack in its ENTER, before GETCTXT.
  if (g.ctxt >= old.lo && g.ctxt < old.hi) g.ctxt += delta;
  g.stack = s;
  stacks_.stackfree(old);
  out.saved_fps = words.saved_fps.size();
  out.pointers = pointers;
  return true;
}

// Go's shrinkstack, at a goroutine's safe point after a collection asked
// for it: a stack using less than a quarter of its segment (counting
// _StackLimit, 800 bytes, as used, as Go does) moves to one half as large,
// never below kStackMin.
void Runtime::shrinkstack(G& g) {
  const Stack old = g.stack;
  const uint64_t newsize = old.size() / 2;
  if (newsize < kStackMin) return;
  const uint64_t used = old.hi - g.sp;
  if (used + kStackLimit >= old.size() / 4) return;
  Copied c;
  if (!copystack(g, newsize, true, c)) return;
  if (events_.enabled(EventKind::StackShrink)) {
    events_.emit(Event{EventKind::StackShrink, 0, g.id,
                       StackShrinkEvent{old.size(), newsize, old.lo, old.hi, g.stack.lo, g.stack.hi, used,
                                        c.saved_fps + c.pointers}});
  }
}

}  // namespace govm
