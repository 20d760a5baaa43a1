// Reachability without collecting (issue 8): which heap objects the next
// collection would keep, for the API's heap view, computed on a paused or
// ended machine without disturbing it.
//
// Runtime::reachable_objects is the collector's mark phase (mgc.cpp) run on
// the side: the same roots, the same precise maps, the same interior-pointer
// rule, but
//
//   - the marks go into a bitmap of its own (one vector per span), never
//     into MSpan::mark_bits, so the collector's invariant "mark bits are
//     clear outside a collection" holds whatever the caller does next;
//   - stack words dead at their frame's safe point are skipped, not cleared
//     as gc_mark_roots clears them: a dead word is not a root, and the
//     program's memory is not written;
//   - no event is emitted, no counter or clock moves.
//
// The roots: every pointer word of every global (its type says which), and
// every live goroutine's frames through the stack maps. Objects a running
// runtime entry holds only in C++ (Runtime::fresh_) are not roots here: a
// paused machine stands between two instructions, when no entry is running.
//
// Where a paused goroutine stands decides how its frames are walked
// (stack.cpp walk_stack):
//   - at its innermost function's entry (just called, or runnable and never
//     run) the function has no frame yet: its registers are the caller's (or
//     newproc's), its link words are at g.sp - 16, only its arguments are
//     on the stack;
//   - anywhere else the innermost frame is [g.sp, g.bp). At an instruction
//     that is not a safe point the function's liveness maps have no entry,
//     so every word its frame_ptrs mark counts (ENTER zeroed them all, so an
//     unset one holds nil). The answer is exact at safe points, where
//     collections happen, and errs towards "reachable" between them.
#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "runtime/frame.h"
#include "runtime/runtime.h"

namespace govm {

namespace {


// The side mark: a bitmap per span, and the grey objects still to scan.
class SideMark {
 public:
  SideMark(const MHeap& heap, AddressSpace& mem) : heap_(heap), mem_(mem) {}

  // The word at address w (a root or a pointer word of an object) points
  // at v: shade the object holding v.
  void shade(Addr v) {
    MSpan* s = heap_.span_of_page(v);
    if (s == nullptr || v >= s->limit()) return;
    const uint32_t i = s->index_of(v);
    if (!s->is_allocated(i)) return;
    std::vector<uint64_t>& bits = marks_[s];
    if (bits.empty()) bits.assign(s->alloc_bits.size(), 0);
    const uint64_t bit = uint64_t{1} << (i % 64);
    if (bits[i / 64] & bit) return;
    bits[i / 64] |= bit;
    work_.push_back(s->object_at(i));
  }
  void shade_word_at(Addr w) {
    if (const uint8_t* p = mem_.host(w, 8)) shade(load64(p));
  }

  // Scans grey objects through their span's pointer bitmap until none is left.
  void drain() {
    while (!work_.empty()) {
      const Addr obj = work_.back();
      work_.pop_back();
      const MSpan* s = heap_.span_of_page(obj);
      const uint8_t* p = mem_.host(obj, s->elemsize);
      if (p == nullptr) continue;
      const uint64_t w0 = (obj - s->base) / 8;
      for (uint64_t w = 0; w < s->elemsize / 8; ++w)
        if (s->has_pointer_at(w0 + w)) shade(load64(p + 8 * w));
    }
  }

  // The marked objects, in address order (spans are kept by base).
  std::vector<Addr> objects() const {
    std::vector<Addr> out;
    for (const auto& [base, s] : heap_.spans()) {
      auto it = marks_.find(s.get());
      if (it == marks_.end()) continue;
      for (uint32_t i = 0; i < s->nelems; ++i)
        if ((it->second[i / 64] >> (i % 64)) & 1u) out.push_back(s->object_at(i));
    }
    return out;
  }

 private:
  const MHeap& heap_;
  AddressSpace& mem_;
  std::unordered_map<const MSpan*, std::vector<uint64_t>> marks_;
  std::vector<Addr> work_;
};

}  // namespace

bool HeapReach::contains(Addr obj) const { return std::binary_search(objects.begin(), objects.end(), obj); }

HeapReach Runtime::reachable_objects() const {
  AddressSpace& mem = const_cast<AddressSpace&>(mem_);  // read only: host() maps nothing new
  SideMark mark(heap_, mem);
  HeapReach out;

  for (const GlobalVar& gv : image_.globals) {
    const TypeDesc* t = image_.type_at(gv.type);
    if (t == nullptr) continue;
    for (uint64_t w = 0; w < t->ptrdata / 8; ++w)
      if (t->has_pointer(w)) mark.shade_word_at(gv.addr + 8 * w);
  }

  for (const auto& g : gs_) {
    if (g->status == GStatus::Dead || g->status == GStatus::Idle) continue;
    const FuncInfo* f = image_.func_at(g->pc);
    StackWords sw;
    if (f != nullptr && g->pc == f->entry) {
      G at_entry = *g;  // the callee's link words are below the caller's frame
      at_entry.sp = at_entry.bp = g->sp - kFrameLinkSize;
      sw = stack_words(at_entry, false, true);
    } else {
      sw = stack_words(*g, true, true);
    }
    if (!sw.error.empty() && out.error.empty())
      out.error = "goroutine " + std::to_string(g->id) + ": " + sw.error;
    for (Addr w : sw.pointers) mark.shade_word_at(w);  // sw.dead: not roots
  }

  mark.drain();
  out.objects = mark.objects();
  return out;
}

}  // namespace govm
