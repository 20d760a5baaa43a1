// The garbage collector: precise, stop-the-world, non-moving mark-sweep
// (Go's runtime/mgc.go, mgcmark.go, mgcsweep.go, mgcpacer.go, without the
// concurrency).
//
// A cycle (Runtime::gc_start) reads as the algorithm:
//
//   1. stop the world: nothing else runs (govm has one thread; the cycle
//      starts inside a runtime call of the goroutine that allocated, or in
//      runtime.GC()). The current spans go back to their central lists.
//   2. mark the roots (GcPhase::MarkRoots): every pointer word of data and
//      bss (each global's type descriptor says which words are pointers),
//      of every goroutine's frames (the stack maps: FuncInfo::frame_ptrs,
//      args_ptrs, out_ptrs; runtime/image.h says what they guarantee), and
//      the objects a runtime entry is still holding in C++ (Runtime::fresh_:
//      a map operation that allocates twice keeps its first object there,
//      as Go's runtime keeps it in a local variable on its stack). A root
//      word that points into an allocated heap slot shades that object:
//      its mark bit is set and it goes on the grey worklist.
//   3. drain the worklist (GcPhase::Mark): take a grey object, scan its
//      pointer words (the span's heap bitmap, written by the allocator from
//      the object's type), shade what they point at; the object is now
//      black. The tri-colour invariant holds throughout: a black object
//      never points at a white one, because it was scanned after being
//      shaded and nothing runs meanwhile. When the worklist is empty every
//      reachable object is black.
//   4. sweep (GcPhase::Sweep): every allocated slot whose mark bit is clear
//      is garbage: it is freed (a HeapFree event says what it was, where
//      and by whom it was allocated) and poisoned; mark bits are cleared for
//      the next cycle; spans left empty go back to the page heap.
//   5. pace: the next cycle starts when the heap reaches
//      goal = live + (live + stacks + globals) * GOGC / 100, never less than
//      4 MiB * GOGC / 100 (Go 1.18+'s pacer, heapMinimum). GOGC=off: never,
//      unless runtime.GC() asks.
//   6. --gc-verify checks the result; GODEBUG=gctrace=1 prints Go's line.
//      Stacks using under a quarter of their segment are marked for
//      shrinking at their goroutine's next safe point (at_safepoint), since
//      a runtime call may hold host pointers into its stack while the cycle
//      runs (Go's preemptShrink).
//
// Interior pointers: a word pointing anywhere inside an allocated slot keeps
// the object alive (a pointer to a field, a slice of an array's middle), as
// in Go. A word pointing at a free slot, or at no slot, is not a pointer to
// an object: the maps guarantee it never happens for a root or a live
// object's pointer word (--gc-verify reports it as an internal error).
//
// Time. The collector charges a deterministic virtual clock (nanotime): 1 ns
// per pointer word it examines while marking and 1 ns per slot it sweeps,
// so pauses, PauseTotalNs and gctrace's times are the same on every run and
// every machine. The mutator's time is its instruction count (1 ns each).
//
// What govm simplifies, and why: no concurrent mark, no write barrier, no
// assists, no background sweeper (the world is stopped for the whole
// cycle); liveness per statement, not per use: at each call the maps say
// which temporaries are live (the others are cleared, not followed), but a
// local keeps its object alive until the function returns or the variable
// is overwritten (Go frees it after its last use; runtime.KeepAlive is a
// no-op here).
#include "runtime/mgc.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "runtime/frame.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr uint64_t kHeapMinimum = uint64_t{4} << 20;  // Go's defaultHeapMinimum (GOGC=100)

// Go's itoaDiv: val / 10^dec with dec decimals.
std::string itoa_div(uint64_t val, int dec) {
  char buf[32];
  int i = static_cast<int>(sizeof buf) - 1;
  const int idec = i - dec;
  while (val >= 10 || i >= idec) {
    buf[i--] = static_cast<char>('0' + val % 10);
    if (i == idec) buf[i--] = '.';
    val /= 10;
  }
  buf[i] = static_cast<char>('0' + val);
  return std::string(buf + i, sizeof buf - static_cast<size_t>(i));
}

// Go's fmtNSAsMS: milliseconds with two significant digits, at most three
// decimals; whole milliseconds from 10 ms.
std::string ns_as_ms(uint64_t ns) {
  if (ns >= 10000000) return itoa_div(ns / 1000000, 0);
  uint64_t x = ns / 1000;
  if (x == 0) return "0";
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    --dec;
  }
  return itoa_div(x, dec);
}

// The first word of the free slots [i, j) of s that lost the poison, 0 when
// none: compared a page at a time against the pattern, then word by word
// where a page differs.
Addr unpoisoned(AddressSpace& mem, const MSpan& s, uint32_t i, uint32_t j) {
  static const std::vector<uint8_t> pattern = [] {
    std::vector<uint8_t> v(kPageSize);
    poison(v.data(), v.size());
    return v;
  }();
  const Addr lo = s.object_at(i), hi = s.object_at(j);
  const uint8_t* p = mem.host(lo, hi - lo);
  for (uint64_t off = 0; off < hi - lo; off += kPageSize) {
    const uint64_t n = std::min<uint64_t>(kPageSize, hi - lo - off);
    if (std::memcmp(p + off, pattern.data(), n) == 0) continue;
    for (uint64_t k = off; k + 8 <= off + n; k += 8)
      if (load64(p + k) != kPoison) return lo + k;
  }
  return 0;
}

}  // namespace

const char* gc_phase_name(GcPhase p) {
  switch (p) {
    case GcPhase::Off: return "off";
    case GcPhase::MarkRoots: return "mark roots";
    case GcPhase::Mark: return "mark";
    case GcPhase::Sweep: return "sweep";
  }
  return "?";
}

const char* gc_trigger_name(GcTrigger t) {
  switch (t) {
    case GcTrigger::Heap: return "heap goal";
    case GcTrigger::Forced: return "runtime.GC()";
    case GcTrigger::Stress: return "stress";
  }
  return "?";
}

bool parse_gogc(const std::string& s, int& out) {
  if (s == "off") {
    out = -1;
    return true;
  }
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  long long v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
    if (v > 1000000000) return false;
  }
  out = s[0] == '-' ? -1 : static_cast<int>(v);
  return true;
}

// ---- pacing ---------------------------------------------------------------------

uint64_t Runtime::heap_goal(uint64_t live) const {
  const int gogc = opts_.gc.gogc;
  if (gogc < 0) return UINT64_MAX;
  using u128 = unsigned __int128;
  const u128 minimum = u128{kHeapMinimum} * static_cast<unsigned>(gogc) / 100;
  const u128 scan = u128{live} + stacks_.in_use() + (image_.image_end() - image_.data_base);
  const u128 goal = std::max<u128>(live + scan * static_cast<unsigned>(gogc) / 100, minimum);
  return goal > UINT64_MAX ? UINT64_MAX : static_cast<uint64_t>(goal);
}

// ---- the cycle ------------------------------------------------------------------

void Runtime::gc_start(GcTrigger why) {
  if (gc_phase_ != GcPhase::Off || ended()) return;
  const uint32_t cycle = gc_.cycles + 1;
  const uint64_t start_ns = nanotime();
  const uint64_t heap0 = heap_.in_use();
  const uint64_t goal_before = gc_.goal;
  if (events_.enabled(EventKind::GcStart))
    events_.emit(Event{EventKind::GcStart, 0, cur_ ? cur_->id : 0,
                       GcStartEvent{cycle, gc_trigger_name(why), heap0, goal_before}});
  heap_.flush_mcaches();

  gc_.scanned_words = 0;
  gc_phase_ = GcPhase::MarkRoots;
  if (std::string err = gc_mark_roots(cycle); !err.empty()) {
    internal_error("gc: " + err);
    gc_phase_ = GcPhase::Off;
    return;
  }
  gc_phase_ = GcPhase::Mark;
  gc_drain(cycle);
  const uint64_t mark_ns = gc_.scanned_words;

  gc_phase_ = GcPhase::Sweep;
  uint64_t freed_objects = 0;
  const uint64_t swept = gc_sweep(cycle, freed_objects);
  const uint64_t heap2 = heap_.in_use();
  gc_phase_ = GcPhase::Off;

  // Pacing and statistics.
  gc_.goal = heap_goal(heap2);
  gc_.cycles = cycle;
  if (why == GcTrigger::Forced) ++gc_.forced;
  const uint64_t pause = mark_ns + swept;
  gc_.gc_ns += pause;
  gc_.pause_total_ns += pause;
  gc_.last_end_ns = start_ns + pause;
  const uint64_t stacks = stacks_.in_use();
  const uint64_t globals = image_.image_end() - image_.data_base;

  if (opts_.gc.verify) gc_verify(cycle);
  for (const auto& g : gs_) {
    if (g->status == GStatus::Dead || g->stack.size() / 2 < kStackMin) continue;
    g->preempt_shrink = true;
    safepoint_pending_ = true;
  }
  if (events_.enabled(EventKind::GcEnd))
    events_.emit(Event{EventKind::GcEnd, 0, cur_ ? cur_->id : 0,
                       GcEndEvent{cycle, gc_trigger_name(why), heap0, heap2, heap2, freed_objects, heap0 - heap2,
                                  gc_.goal, stacks, globals, pause}});
  if (opts_.gc.gctrace) gc_print_trace(cycle, why, start_ns, mark_ns, swept, heap0, heap2, goal_before, stacks, globals);
}

// ---- roots ----------------------------------------------------------------------

// Marks what the roots point at; returns an error for a broken stack.
// Under gc_.query (reachable_objects) it changes nothing else: no events,
// no dead word cleared, no runtime-held object (a paused machine stands
// between two instructions, when no entry is running).
std::string Runtime::gc_mark_roots(uint32_t cycle) {
  // Globals, by segment: each global's type says which of its words are pointers.
  for (const Segment seg : {Segment::Data, Segment::Bss}) {
    RootCount n;
    for (const GlobalVar& gv : image_.globals) {
      if (gv.segment != seg) continue;
      const TypeDesc* t = image_.type_at(gv.type);
      if (t != nullptr && t->ptrdata != 0) gc_scan_value(cycle, gv.addr, *t, n);
    }
    emit_roots(cycle, segment_name(seg), 0, n);
  }
  // Every goroutine's frames.
  for (const auto& g : gs_) {
    if (g->status == GStatus::Dead || g->status == GStatus::Idle) continue;
    StackWords sw = frames_now(*g);
    if (!sw.error.empty()) return "scanning the stack of goroutine " + std::to_string(g->id) + ": " + sw.error;
    // Words dead at their frame's safe point are cleared, not followed
    // (image.h, FuncInfo::live_ptrs).
    if (!gc_.query)
      for (Addr w : sw.dead)
        if (uint8_t* p = mem_.host(w, 8)) std::memset(p, 0, 8);
    // (issue 5) A preempted goroutine's innermost frame: its unmarked words
    // are followed only where they point at an allocated object (gc_shade).
    sw.pointers.insert(sw.pointers.end(), sw.maybe.begin(), sw.maybe.end());
    gc_scan_words(cycle, "stack", g->id, sw.pointers);
    // (issue 6, defer) The values of its panics in progress (panic.cpp).
    if (!g->panics.empty()) {
      RootCount pn;
      for (const G::Panic& p : g->panics) gc_root(cycle, p.data, 0, pn);
      emit_roots(cycle, "panic", g->id, pn);
    }
    // (issue 6, func) The closure context between a CALLCLO and the
    // callee's GETCTXT (a morestack in its ENTER can collect): Go scans
    // the DX it saved. Reported only when it holds a heap funcval (a
    // package function's funcval is in rodata).
    if (g->ctxt != 0 && heap_.span_of_page(g->ctxt) != nullptr) {
      RootCount cn;
      gc_root(cycle, g->ctxt, 0, cn);
      emit_roots(cycle, "ctxt", g->id, cn);
    }
  }
  // Objects the running runtime entry has allocated and holds only in C++.
  if (!gc_.query) gc_scan_fresh(cycle);
  return {};
}

// The pointer words of g's frames where it stands: inside a runtime call
// (every collection starts there), or, on a paused machine, anywhere; at a
// function's first instruction (just called, or never run) the function has
// no frame yet and its link words are below the caller's frame.
StackWords Runtime::frames_now(const G& g) const {
  const FuncInfo* f = image_.func_at(g.pc);
  // (issue 6, strconv) A native stub's first instruction is its NATIVE
  // call, whose link words are pushed: a collection there (a native method
  // called through an itab that allocates, (*strconv.NumError).Error) is
  // inside that call (its frame pointer set to the pushed link words),
  // not at an entry without a frame (a goroutine not started: bp 0).
  const bool native_stub = f != nullptr && f->is_runtime && f->frame_size == 0 && f->entry != image_.entry &&
                           g.bp != 0 && g.bp == g.sp;
  if (f == nullptr || g.pc != f->entry || native_stub) return stack_words(g, true, true, g.stopped == GStop::Preempted);
  G at_entry = g;
  at_entry.sp = at_entry.bp = g.sp - kFrameLinkSize;
  return stack_words(at_entry, false, true);
}

// Shades what the words at `words` (addresses of pointer words) point at.
void Runtime::gc_scan_words(uint32_t cycle, const char* kind, uint64_t goid, const std::vector<Addr>& words) {
  RootCount n;
  for (Addr w : words) {
    const uint8_t* p = mem_.host(w, 8);
    if (p != nullptr) gc_root(cycle, load64(p), w, n);
  }
  emit_roots(cycle, kind, goid, n);
}

// The objects the running runtime entry allocated (fresh_), when one is
// running: the same call's instruction count (runtime/malloc.cpp).
void Runtime::gc_scan_fresh(uint32_t cycle) {
  RootCount n;
  if (counter_ != nullptr && fresh_epoch_ == counter_->instructions())
    for (Addr a : fresh_) gc_root(cycle, a, 0, n);
  emit_roots(cycle, "runtime", 0, n);
}

// One root word holding v (at address from; 0 for fresh_).
void Runtime::gc_root(uint32_t cycle, Addr v, Addr from, RootCount& n) {
  ++n.words;
  ++gc_.scanned_words;
  if (v != 0 && heap_.span_of_page(v) != nullptr) ++n.pointers;
  if (gc_shade(cycle, v, from)) ++n.greyed;
}

void Runtime::emit_roots(uint32_t cycle, const char* kind, uint64_t goid, const RootCount& n) {
  if (events_.enabled(EventKind::GcRoots) && !gc_.query)
    events_.emit(Event{EventKind::GcRoots, 0, cur_ ? cur_->id : 0,
                       GcRootsEvent{cycle, kind, goid, n.words, n.pointers, n.greyed}});
}

// The pointer words of a value of type t at base (a global).
void Runtime::gc_scan_value(uint32_t cycle, Addr base, const TypeDesc& t, RootCount& n) {
  for (uint64_t w = 0; w < t.ptrdata / 8; ++w) {
    if (!t.has_pointer(w)) continue;
    if (const uint8_t* p = mem_.host(base + 8 * w, 8)) gc_root(cycle, load64(p), base + 8 * w, n);
  }
}

// Go's greyobject: v points into the heap at an allocated slot whose mark
// bit is clear: set it and queue the object. True when it turned grey now.
bool Runtime::gc_shade(uint32_t cycle, Addr v, Addr from) {
  MSpan* s = heap_.span_of_page(v);
  if (s == nullptr || v >= s->limit()) return false;
  const uint32_t i = s->index_of(v);
  if (!s->is_allocated(i) || s->is_marked(i)) return false;
  s->set_marked(i);
  const Addr obj = s->object_at(i);
  gc_.work.push_back(obj);
  if (events_.enabled(EventKind::GcGrey) && !gc_.query)
    events_.emit(Event{EventKind::GcGrey, 0, cur_ ? cur_->id : 0,
                       GcMarkEvent{cycle, obj, s->elemsize, object_name(s->info[i]), from}});
  return true;
}

// ---- mark -----------------------------------------------------------------------

// Go's gcDrain: scan grey objects until there are none. Last in, first out,
// so the walk goes deep along lists as Go's work buffers do.
void Runtime::gc_drain(uint32_t cycle) {
  while (!gc_.work.empty()) {
    const Addr obj = gc_.work.back();
    gc_.work.pop_back();
    MSpan* s = heap_.span_of_page(obj);
    const uint64_t w0 = (obj - s->base) / 8, nw = s->elemsize / 8;
    const uint8_t* p = mem_.host(obj, s->elemsize);
    for (uint64_t w = w0; w < w0 + nw; ++w) {
      const uint64_t bits = s->ptr_bits[w / 64] >> (w % 64);
      if (bits == 0) {  // no pointer in the rest of this bitmap word
        w |= 63;
        continue;
      }
      if ((bits & 1u) == 0) continue;
      ++gc_.scanned_words;
      gc_shade(cycle, load64(p + 8 * (w - w0)), obj + 8 * (w - w0));
    }
    if (events_.enabled(EventKind::GcBlack) && !gc_.query)
      events_.emit(Event{EventKind::GcBlack, 0, cur_ ? cur_->id : 0,
                         GcMarkEvent{cycle, obj, s->elemsize, object_name(s->info[s->index_of(obj)]), 0}});
  }
}

// ---- sweep ----------------------------------------------------------------------

uint64_t Runtime::gc_sweep(uint32_t cycle, uint64_t& freed_objects) {
  const bool tell = events_.enabled(EventKind::HeapFree);
  return heap_.sweep([&](const MSpan& s, uint32_t i) {
    ++freed_objects;
    if (!tell) return;
    const ObjInfo& info = s.info[i];
    HeapFreeEvent e{cycle, s.object_at(i), info.size, s.elemsize, s.size_class, object_name(info), info.goid,
                    0, 0, {}, native_name(info.by)};
    if (const AllocSite* site = image_.alloc_site_at(info.pc)) {
      e.line = site->line;
      e.col = site->col;
      e.site = site->what;
    } else if (const FuncInfo* f = image_.func_at(info.pc)) {
      e.line = f->line_at(info.pc);
    }
    events_.emit(Event{EventKind::HeapFree, 0, cur_ ? cur_->id : 0, std::move(e)});
  });
}

// ---- --gc-verify ----------------------------------------------------------------

// After the sweep: every pointer word of every root and of every live
// object holds nil, the address of a live heap object, or an address in a
// non-heap segment (text, rodata, data, bss, a stack); every free slot of
// every span holds the poison. A violation is the VM's own bug.
void Runtime::gc_verify(uint32_t cycle) {
  auto valid = [&](Addr v) -> std::string {
    if (v == 0) return {};
    if (MSpan* s = heap_.span_of_page(v)) {
      if (v < s->limit() && s->is_allocated(s->index_of(v))) return {};
      return "a free slot of the span at " + format_hex(s->base);
    }
    if (v >= kArenaBase && v < kStackAreaBase) return "heap memory outside any span in use";
    if (v >= kStackAreaBase && v < stacks_.area_end()) return {};
    if (image_.segment_of(v) != Segment::None) return {};
    return "no segment (not a pointer)";
  };
  auto fail = [&](const std::string& where, Addr v, const std::string& why) {
    if (gc_.verify_failed) return;
    gc_.verify_failed = true;
    internal_error("gc-verify (cycle " + std::to_string(cycle) + "): " + where + " holds " + format_hex(v) + ", " + why);
  };
  for (const GlobalVar& gv : image_.globals) {
    const TypeDesc* t = image_.type_at(gv.type);
    if (t == nullptr) continue;
    for (uint64_t w = 0; w < t->ptrdata / 8; ++w) {
      if (!t->has_pointer(w)) continue;
      const uint8_t* p = mem_.host(gv.addr + 8 * w, 8);
      const Addr v = p ? load64(p) : 0;
      if (std::string why = valid(v); !why.empty())
        fail("global " + gv.name + " word +" + std::to_string(8 * w), v, why);
    }
  }
  for (const auto& g : gs_) {
    if (g->status == GStatus::Dead || g->status == GStatus::Idle) continue;
    const StackWords sw = frames_now(*g);
    for (Addr a : sw.pointers) {
      const uint8_t* p = mem_.host(a, 8);
      const Addr v = p ? load64(p) : 0;
      if (std::string why = valid(v); !why.empty()) {
        const FuncInfo* f = image_.func_at(g->pc);
        const std::string fn = f ? f->name : "?";
        fail("stack word " + format_hex(a) + " of goroutine " + std::to_string(g->id) + " (innermost " + fn + ")", v, why);
      }
    }
  }
  for (const auto& [base, s] : heap_.spans()) {
    for (uint32_t i = 0; i < s->nelems && !gc_.verify_failed;) {
      if (!s->is_allocated(i)) {  // a run of free slots: one comparison against the pattern
        uint32_t j = i + 1;
        while (j < s->nelems && !s->is_allocated(j)) ++j;
        if (s->size_class != 0) {
          if (const Addr at = unpoisoned(mem_, *s, i, j)) {
            const Addr slot = s->object_at(s->index_of(at));
            fail("free slot " + format_hex(slot) + " (class " + std::to_string(s->size_class) + ") word +" +
                     std::to_string(at - slot),
                 load64(mem_.host(at, 8)), "not the poison pattern");
          }
        }
        i = j;
        continue;
      }
      const Addr obj = s->object_at(i);
      const uint8_t* p = mem_.host(obj, s->elemsize);
      const uint64_t w0 = (obj - s->base) / 8;
      for (uint64_t w = 0; w < s->elemsize / 8; ++w) {
        if (!s->has_pointer_at(w0 + w)) continue;
        const Addr v = load64(p + 8 * w);
        if (std::string why = valid(v); !why.empty()) {
          const ObjInfo& info = s->info[i];
          std::string where = "object " + format_hex(obj) + " (" + object_name(info) + ", allocated by " + native_name(info.by);
          if (const AllocSite* site = image_.alloc_site_at(info.pc))
            where += " at line " + std::to_string(site->line) + ":" + std::to_string(site->col);
          fail(where + ") word +" + std::to_string(8 * w), v, why);
        }
      }
      ++i;
    }
  }
}

// ---- GODEBUG=gctrace=1 ----------------------------------------------------------

// Go's line (mgc.go, gcMarkTermination). govm's pause is one stop-the-world
// phase: sweep termination has nothing to do (0), mark is the marking, and
// mark termination is the sweep, which govm does before restarting the world.
void Runtime::gc_print_trace(uint32_t cycle, GcTrigger why, uint64_t start_ns, uint64_t mark_ns, uint64_t sweep_ns,
                             uint64_t heap0, uint64_t heap2, uint64_t goal, uint64_t stacks, uint64_t globals) {
  const uint64_t now = start_ns + mark_ns + sweep_ns;
  const uint64_t util = now == 0 ? 0 : gc_.gc_ns * 100 / now;
  std::string s = "gc " + std::to_string(cycle) + " @" + itoa_div(start_ns / 1000000, 3) + "s " + std::to_string(util) +
                  "%: 0+" + ns_as_ms(mark_ns) + "+" + ns_as_ms(sweep_ns) + " ms clock, 0+0/" + ns_as_ms(mark_ns) +
                  "/0+" + ns_as_ms(sweep_ns) + " ms cpu, " + std::to_string(heap0 >> 20) + "->" +
                  std::to_string(heap0 >> 20) + "->" + std::to_string(heap2 >> 20) + " MB, " +
                  std::to_string(goal >> 20) + " MB goal, " + std::to_string(stacks >> 20) + " MB stacks, " +
                  std::to_string(globals >> 20) + " MB globals, 1 P";
  if (why == GcTrigger::Forced) s += " (forced)";
  s += "\n";
  out_.write_stderr(s);  // the runtime's own output: not the program's, not counted
}

// ---- reachability without collecting (the API's heap view) ----------------------

// Which heap objects the next collection would keep, asked on a paused or
// ended machine: the collector's own mark phase, in query mode (no event,
// no dead stack word cleared, no runtime-held object), into the mark bits,
// which are read and cleared again, so "mark bits are clear outside a
// collection" holds when it returns. Exact at safe points, where
// collections happen; between them a frame without a liveness map counts
// every word its frame_ptrs mark (ENTER zeroed them), erring towards
// "reachable".
HeapReach Runtime::reachable_objects() const {
  Runtime& self = const_cast<Runtime&>(*this);  // the mark bits are scratch, left clear
  HeapReach out;
  if (gc_phase_ != GcPhase::Off) return out;
  self.gc_.query = true;
  out.error = self.gc_mark_roots(0);
  self.gc_drain(0);
  self.gc_.query = false;
  for (const auto& [base, s] : heap_.spans()) {
    for (uint32_t i = 0; i < s->nelems; ++i)
      if (s->is_marked(i)) out.objects.push_back(s->object_at(i));
    std::fill(s->mark_bits.begin(), s->mark_bits.end(), 0);
  }
  return out;
}

bool HeapReach::contains(Addr obj) const { return std::binary_search(objects.begin(), objects.end(), obj); }

// ---- safe points, statistics, clock -----------------------------------------------

void Runtime::at_safepoint(G& g) {
  safepoint_pending_ = false;
  if (g.preempt_shrink) {
    g.preempt_shrink = false;
    shrinkstack(g);
  }
  for (const auto& other : gs_)
    if (other->preempt_shrink) safepoint_pending_ = true;
}

MemStats Runtime::read_memstats() const {
  MemStats m;
  m.heap_alloc = m.alloc = heap_.in_use();
  m.total_alloc = heap_.total_alloc();
  m.mallocs = heap_.mallocs();
  m.frees = heap_.frees();
  m.heap_objects = heap_.objects();
  m.heap_inuse = heap_.span_bytes();
  m.heap_idle = heap_.idle_bytes();
  m.heap_released = m.heap_idle;
  m.heap_sys = m.heap_inuse + m.heap_idle;
  m.stack_inuse = m.stack_sys = stacks_.in_use();
  m.sys = m.heap_sys + (stacks_.area_end() - kStackAreaBase) + (image_.image_end() - kTextBase);
  m.next_gc = gc_.goal;
  m.last_gc = gc_.last_end_ns;
  m.pause_total_ns = gc_.pause_total_ns;
  m.num_gc = gc_.cycles;
  m.num_forced_gc = gc_.forced;
  m.peak_heap_alloc = gc_.peak_heap;
  return m;
}

// (issue 5) plus the time skipped while every goroutine slept (proc.cpp).
uint64_t Runtime::nanotime() const { return (counter_ ? counter_->instructions() : 0) + gc_.gc_ns + slept_ns_; }

}  // namespace govm
