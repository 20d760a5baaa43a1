// Snapshots of a machine and their JSON (design and versioning in
// vm/snapshot.h; the schema in docs/snapshot-schema.json). The JSON writes
// every field of every view, in the views' declaration order, so that the
// schema can require them all: a consumer never meets a missing key.
#include "vm/snapshot.h"

#include <cinttypes>
#include <cstdio>

#include "vm/machine.h"
#include "runtime/strconv.h"

namespace govm {

Snapshot snapshot(const Machine& m) {
  Snapshot s;
  s.ended = m.ended();
  if (s.ended) {
    s.exit_code = m.exit_code();
    s.exit_reason = m.exit_reason();
  }
  s.failure = m.runtime().failure();
  s.segments = m.segments();
  s.globals = m.globals();
  for (GoroutineView& g : m.goroutines()) {
    GoroutineSnapshot gs;
    gs.frames = m.frames(g.id);
    gs.g = std::move(g);
    s.goroutines.push_back(std::move(gs));
  }
  s.heap = m.heap_objects();
  s.stats = m.stats();
  s.memstats = m.runtime().read_memstats();
  return s;
}

namespace {

using Json = nlohmann::ordered_json;

Json segment_json(const SegmentInfo& s) {
  return Json{{"name", s.name}, {"lo", format_hex(s.lo)}, {"hi", format_hex(s.hi)}, {"goid", s.goid}};
}

Json global_json(const GlobalView& v) {
  return Json{{"name", v.name},   {"type", v.type},   {"segment", v.segment},      {"addr", format_hex(v.addr)},
              {"size", v.size},   {"value", v.value}, {"decl_line", v.decl_line}};
}

Json local_json(const LocalView& v) {
  return Json{{"name", v.name}, {"type", v.type},   {"role", v.role},          {"addr", format_hex(v.addr)},
              {"size", v.size}, {"value", v.value}, {"decl_line", v.decl_line}};
}

Json frame_json(const FrameView& f) {
  Json locals = Json::array();
  for (const LocalView& l : f.locals) locals.push_back(local_json(l));
  return Json{{"func", f.func},
              {"file", f.file},
              {"line", f.line},
              {"pc", format_hex(f.pc)},
              {"lo", format_hex(f.lo)},
              {"hi", format_hex(f.hi)},
              {"return_addr", format_hex(f.return_addr)},
              {"entered", f.entered},
              {"locals", std::move(locals)}};
}

Json goroutine_json(const GoroutineSnapshot& gs) {
  const GoroutineView& g = gs.g;
  Json frames = Json::array();
  for (const FrameView& f : gs.frames) frames.push_back(frame_json(f));
  return Json{{"id", g.id},
              {"status", g.status},
              {"wait_reason", g.wait_reason},
              {"stack_lo", format_hex(g.stack_lo)},
              {"stack_hi", format_hex(g.stack_hi)},
              {"sp", format_hex(g.sp)},
              {"pc", format_hex(g.pc)},
              {"func", g.func},
              {"line", g.line},
              {"entry", g.entry},
              {"creator", g.creator},
              {"go_line", g.go_line},
              {"frames", std::move(frames)}};
}

Json object_json(const HeapObjectView& o) {
  return Json{{"addr", format_hex(o.addr)}, {"size", o.size},     {"slot_size", o.slot_size}, {"size_class", o.size_class},
              {"type", o.type},      {"goid", o.goid},     {"by", o.by},               {"line", o.line},
              {"col", o.col},        {"site", o.site},     {"reason", o.reason},       {"reachable", o.reachable}};
}

Json stats_json(const Stats& s) {
  return Json{{"instructions", s.instructions},
              {"frames_pushed", s.frames_pushed},
              {"stack_growths", s.stack_growths},
              {"heap_objects", s.heap_objects},
              {"heap_bytes", s.heap_bytes},
              {"events", s.events},
              {"mallocs", s.mallocs},
              {"total_alloc", s.total_alloc},
              {"frees", s.frees},
              {"gc_cycles", s.gc_cycles},
              {"peak_heap", s.peak_heap},
              {"goroutines_created", s.goroutines_created}};
}

// runtime.MemStats under Go's field names, as a Go program reads them.
Json memstats_json(const MemStats& m) {
  return Json{{"Alloc", m.alloc},
              {"TotalAlloc", m.total_alloc},
              {"Sys", m.sys},
              {"Mallocs", m.mallocs},
              {"Frees", m.frees},
              {"HeapAlloc", m.heap_alloc},
              {"HeapSys", m.heap_sys},
              {"HeapIdle", m.heap_idle},
              {"HeapInuse", m.heap_inuse},
              {"HeapReleased", m.heap_released},
              {"HeapObjects", m.heap_objects},
              {"StackInuse", m.stack_inuse},
              {"StackSys", m.stack_sys},
              {"NextGC", m.next_gc},
              {"LastGC", m.last_gc},
              {"PauseTotalNs", m.pause_total_ns},
              {"NumGC", m.num_gc},
              {"NumForcedGC", m.num_forced_gc},
              {"PeakHeapAlloc", m.peak_heap_alloc}};
}

template <class T, class F>
Json array_of(const std::vector<T>& v, F&& f) {
  Json a = Json::array();
  for (const T& x : v) a.push_back(f(x));
  return a;
}

}  // namespace

nlohmann::ordered_json to_json(const Snapshot& s) {
  Json exit = nullptr;
  if (s.ended) exit = Json{{"code", s.exit_code}, {"reason", s.exit_reason}};
  return Json{{"version", s.version},
              {"ended", s.ended},
              {"exit", std::move(exit)},
              {"failure", s.failure},
              {"segments", array_of(s.segments, segment_json)},
              {"globals", array_of(s.globals, global_json)},
              {"goroutines", array_of(s.goroutines, goroutine_json)},
              {"heap", array_of(s.heap, object_json)},
              {"stats", stats_json(s.stats)},
              {"memstats", memstats_json(s.memstats)}};
}

}  // namespace govm
