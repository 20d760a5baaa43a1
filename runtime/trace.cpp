// The text trace: each event as one line of aligned columns.
//
//   kind    who   subject            details
//   global  load  data  0x4c2000         8 B  main.counter int = 42
//   push    g1    main.fib           [0xc400000760, 0xc4000007a0)    64 B  depth 2  call at line 12
//   alloc   g1    0xc000000000      16 B  slot 16 (class 2)  string  by runtime.concatstring2 at line 12: string concatenation
//   alloc   g1    0xc000002000      24 B  slot 24 (class 3)  main.Point  by runtime.newobject at line 9:9 for &Point{...}: escapes to heap
//
// An allocation line says what a teacher asks about an object: where it
// is, the bytes asked for and the slot they took, its type, the runtime
// entry that allocated it, the source position (line:column) and name of
// the allocation site as gc's -m names it, and why it is on the heap.
//
// Columns: the event kind (event_kind_name), who caused it ("load" for the
// loader, gN for goroutine N), then per kind a subject padded to a fixed
// width (function name, address) and the details. Names longer than their
// column push the rest of the line right rather than being cut: a name is
// never shortened. docs/trace-format.md describes every line shape.
#include "runtime/trace.h"

#include <cinttypes>
#include <cstdio>

#include "runtime/sizeclasses.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr size_t kFuncColumn = 18;
constexpr size_t kAddrColumn = 14;

std::string padr(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

std::string padl(std::string s, size_t w) {
  if (s.size() < w) s.insert(0, w - s.size(), ' ');
  return s;
}

std::string range(Addr lo, Addr hi) { return "[" + format_hex(lo) + ", " + format_hex(hi) + ")"; }

std::string who(const Event& e) { return e.goid == 0 ? "load" : "g" + std::to_string(e.goid); }

// Strings are shown quoted (Go's %q) so that "" and " " are visible; long
// values are cut, with the cut marked.
std::string shown_value(const GlobalInitEvent& g) {
  constexpr size_t kMaxValue = 60;
  std::string v = g.type == "string" ? quote(g.value) : g.value;
  if (v.size() > kMaxValue) v = v.substr(0, kMaxValue) + "...";
  return v;
}

std::string global_line(const GlobalInitEvent& g) {
  std::string s = padr(segment_name(g.segment), 6) + padr(format_hex(g.addr), kAddrColumn) + padl(std::to_string(g.size), 6) +
                  " B  " + g.name + " " + g.type + " = " + shown_value(g);
  if (g.by_code) s += "  (set by init code)";
  return s;
}

std::string frame_line(const std::string& func, Addr lo, Addr hi, uint64_t size, uint32_t depth) {
  return padr(func, kFuncColumn) + " " + range(lo, hi) + padl(std::to_string(size), 6) + " B  depth " +
         std::to_string(depth);
}

// A stack whose frames hold no pointers into it but the saved frame
// pointers says so in a few words; otherwise the pointers found by the
// stack maps are counted apart.
std::string adjusted_words(const StackGrowEvent& g) {
  auto plural = [](uint64_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); };
  if (g.saved_fps >= g.adjusted) return "adjusted " + plural(g.adjusted, "frame pointer");
  return "adjusted " + plural(g.adjusted, "pointer") + ": " + plural(g.saved_fps, "saved frame pointer") + ", " +
         std::to_string(g.adjusted - g.saved_fps) + " in frames";
}

std::string grow_line(const StackGrowEvent& g) {
  return padr(g.func, kFuncColumn) + " stack " + std::to_string(g.old_size) + " -> " + std::to_string(g.new_size) +
         " B  " + range(g.old_lo, g.old_hi) + " -> " + range(g.new_lo, g.new_hi) + "  copied " +
         std::to_string(g.copied) + " B, " + adjusted_words(g);
}

std::string alloc_line(const HeapAllocEvent& a) {
  std::string s = padr(format_hex(a.addr), kAddrColumn) + padl(std::to_string(a.size), 6) + " B  slot " +
                  std::to_string(a.slot_size);
  if (a.size_class != 0) s += " (class " + std::to_string(a.size_class) + ")";
  if (a.size_class == 0 && a.slot_size > kMaxSmallSize) s += " (large)";  // a span of its own
  s += "  " + a.type + "  by " + a.func;
  if (a.line != 0) s += " at line " + std::to_string(a.line);
  if (a.line != 0 && a.col != 0) s += ":" + std::to_string(a.col);
  // A reason that already names the site ("&Point{...} returned from
  // main.newPoint") is not preceded by it again; one that merely starts
  // with the same letters ("converted ..." for c) is.
  const size_t n = a.site.size();
  const bool names_site = a.reason.rfind(a.site, 0) == 0 &&
                          (a.reason.size() == n || a.reason[n] == ' ' || a.reason[n] == ':');
  if (!a.site.empty() && !names_site) s += " for " + a.site;
  if (!a.reason.empty()) s += ": " + a.reason;
  return s;
}

// (issue 4) The collector's lines:
//   gc-start g1    cycle 1  trigger heap goal  heap 4194304 B  goal 4194304 B
//   gc-roots g1    cycle 1  stack of g1: 12 pointer words, 3 to heap objects, 3 greyed
//   gc-grey  g1    0xc000002000      24 B  main.Node  from 0xc4000007d8
//   gc-black g1    0xc000002000      24 B  main.Node
//   free     g1    0xc000002010      24 B  slot 24 (class 3)  main.Node  allocated by g1 in runtime.newobject at line 9:9 for &Node{...}
//   gc-end   g1    cycle 1  heap 4194304 -> 1024 B (live 1024 B), freed 12 objects (4096 B), next goal 4194304 B, pause 1234 ns
//   shrink   g1    stack 8192 -> 4096 B  [..) -> [..)  used 800 B, adjusted 3 pointers
std::string bytes(uint64_t n) { return std::to_string(n) + " B"; }

std::string gc_start_line(const GcStartEvent& g) {
  return "cycle " + std::to_string(g.cycle) + "  trigger " + g.trigger + "  heap " + bytes(g.heap_alloc) + "  goal " +
         bytes(g.goal);
}

std::string plural(uint64_t n, const char* what) { return std::to_string(n) + " " + what + (n == 1 ? "" : "s"); }

std::string gc_roots_line(const GcRootsEvent& r) {
  std::string what = r.kind == "stack" ? "stack of g" + std::to_string(r.goroutine) : r.kind;
  return "cycle " + std::to_string(r.cycle) + "  " + what + ": " + plural(r.words, "pointer word") + ", " +
         std::to_string(r.pointers) + " to heap objects, " + std::to_string(r.greyed) + " greyed";
}

std::string mark_line(const GcMarkEvent& m, bool grey) {
  std::string s = padr(format_hex(m.addr), kAddrColumn) + padl(std::to_string(m.size), 6) + " B  " + m.type;
  if (grey) s += "  from " + format_hex(m.from);
  return s;
}

std::string free_line(const HeapFreeEvent& f) {
  std::string s = padr(format_hex(f.addr), kAddrColumn) + padl(std::to_string(f.size), 6) + " B  slot " +
                  std::to_string(f.slot_size);
  if (f.size_class != 0) s += " (class " + std::to_string(f.size_class) + ")";
  if (f.size_class == 0 && f.slot_size > kMaxSmallSize) s += " (large)";
  s += "  " + f.type + "  allocated by g" + std::to_string(f.alloc_goid);
  if (!f.func.empty()) s += " in " + f.func;
  if (f.line != 0) s += " at line " + std::to_string(f.line);
  if (f.line != 0 && f.col != 0) s += ":" + std::to_string(f.col);
  if (!f.site.empty()) s += " for " + f.site;
  return s;
}

std::string gc_end_line(const GcEndEvent& g) {
  return "cycle " + std::to_string(g.cycle) + "  heap " + std::to_string(g.heap_before) + " -> " + bytes(g.heap_after) +
         " (live " + bytes(g.live) + "), freed " + plural(g.freed_objects, "object") + " (" + bytes(g.freed_bytes) + "), next goal " +
         bytes(g.next_goal) + ", pause " + std::to_string(g.pause_ns) + " ns";
}

std::string shrink_line(const StackShrinkEvent& s) {
  return "stack " + std::to_string(s.old_size) + " -> " + std::to_string(s.new_size) + " B  " +
         range(s.old_lo, s.old_hi) + " -> " + range(s.new_lo, s.new_hi) + "  used " + bytes(s.used) + ", adjusted " +
         std::to_string(s.adjusted) + (s.adjusted == 1 ? " pointer" : " pointers");
}

// (issue 5) Goroutines:
//   go-create g1    g2  main.worker  stack [0xc400001000, 0xc400001800)  2048 B  go at line 21
//   go-park   g2    chan receive  in main.worker at line 9
//   go-ready  g1    g2  (was chan receive)
//   go-exit   g2    g2  main.worker  stack [0xc400001000, 0xc400001800)  2048 B freed
std::string go_line(uint64_t g, const std::string& func) { return padr("g" + std::to_string(g), 4) + "  " + func; }

std::string go_create_line(const GoCreateEvent& c) {
  std::string s = go_line(c.g, c.func) + "  stack " + range(c.stack_lo, c.stack_hi) + "  " + bytes(c.stack_size);
  if (c.line != 0) s += "  go at line " + std::to_string(c.line);
  return s;
}

std::string go_park_line(const GoParkEvent& p) {
  std::string s = p.reason + "  in " + p.func;
  if (p.line != 0) s += " at line " + std::to_string(p.line);
  return s;
}

std::string go_exit_line(const GoExitEvent& x) {
  return go_line(x.g, x.func) + "  stack " + range(x.stack_lo, x.stack_hi) + "  " + bytes(x.stack_size) + " freed";
}

}  // namespace

std::string TextTraceSink::format(const Event& e) {
  // The payload decides the line shape (it cannot disagree with e.kind when
  // the producer is right, and a wrong producer gets a line, not a crash).
  std::string s = padr(event_kind_name(e.kind), 10) + padr(who(e), 6);
  if (auto* g = std::get_if<GlobalInitEvent>(&e.data)) return s + global_line(*g);
  if (auto* f = std::get_if<FramePushEvent>(&e.data)) {
    s += frame_line(f->func, f->lo, f->hi, f->size, f->depth);
    if (f->line != 0) s += "  call at line " + std::to_string(f->line);
    return s;
  }
  if (auto* f = std::get_if<FramePopEvent>(&e.data)) return s + frame_line(f->func, f->lo, f->hi, f->size, f->depth);
  if (auto* g = std::get_if<StackGrowEvent>(&e.data)) return s + grow_line(*g);
  if (auto* a = std::get_if<HeapAllocEvent>(&e.data)) return s + alloc_line(*a);
  if (auto* g = std::get_if<GcStartEvent>(&e.data)) return s + gc_start_line(*g);
  if (auto* r = std::get_if<GcRootsEvent>(&e.data)) return s + gc_roots_line(*r);
  if (auto* m = std::get_if<GcMarkEvent>(&e.data)) return s + mark_line(*m, e.kind == EventKind::GcGrey);
  if (auto* f = std::get_if<HeapFreeEvent>(&e.data)) return s + free_line(*f);
  if (auto* g = std::get_if<GcEndEvent>(&e.data)) return s + gc_end_line(*g);
  if (auto* k = std::get_if<StackShrinkEvent>(&e.data)) return s + shrink_line(*k);
  if (auto* c = std::get_if<GoCreateEvent>(&e.data)) return s + go_create_line(*c);
  if (auto* p = std::get_if<GoParkEvent>(&e.data)) return s + go_park_line(*p);
  if (auto* r = std::get_if<GoReadyEvent>(&e.data)) return s + go_line(r->g, "(was " + r->reason + ")");
  if (auto* x = std::get_if<GoExitEvent>(&e.data)) return s + go_exit_line(*x);
  return s + "?";
}

void TextTraceSink::on_event(const Event& e) {
  const std::string line = format(e) + "\n";
  if (os_ != nullptr)
    os_->write(line.data(), static_cast<std::streamsize>(line.size()));
  else if (file_ != nullptr)
    std::fwrite(line.data(), 1, line.size(), file_);
}

}  // namespace govm
