// The collector (runtime/mgc.cpp) seen from Go programs: small programs
// compiled from source run on a Machine with a recording sink, and the
// tests assert which objects a runtime.GC() frees and which it keeps, for
// every kind of pointer the maps and bitmaps describe (struct fields,
// array elements, slices, strings, maps, frames, globals), then what a
// cycle leaves behind (poisoned slots, zeroed reuse, MemStats), the pacer's
// goal, GOGC=off, --gc-stress, --gc-verify and stack shrinking.
//
// How a program says what it expects: an allocation line carries a marker
// comment, and expect_frees() compares it with the HeapFree events of the
// cycle (matched to HeapAlloc events by the source line both carry):
//
//   // keep     every object allocated on this line survives every cycle
//   // free     every object allocated on this line is freed by this cycle
//   // free N   exactly N of them are
//
// and a line with no marker must have nothing freed by the cycle. Programs
// allocate in functions that return before the collection, since govm has
// no liveness analysis: a pointer in a live frame keeps its object until
// the function returns or the variable is overwritten (mgc.cpp's essay).
// The programs are valid Go (real Go builds and runs them).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/runtime.h"
#include "vm/machine.h"

namespace govm {
namespace {

constexpr uint32_t bit(EventKind k) { return 1u << static_cast<unsigned>(k); }

class Recorder final : public EventSink {
 public:
  void on_event(const Event& e) override { events.push_back(e); }
  std::vector<Event> events;
};

template <class T>
std::vector<T> all_of(const std::vector<Event>& events) {
  std::vector<T> out;
  for (const Event& e : events)
    if (const T* d = std::get_if<T>(&e.data)) out.push_back(*d);
  return out;
}

struct GoRun {
  int code = -1;
  std::string out, err;
  std::vector<Event> events;
};

std::shared_ptr<const Image> compile(const std::string& src) {
  CompileResult c = compile_source("prog.go", src);
  EXPECT_TRUE(c.ok()) << c.errors_text;
  return c.image;
}

GoRun run_go(const std::string& src, MachineOptions opts = {}) {
  GoRun r;
  auto image = compile(src);
  if (!image) return r;
  CaptureOutput out;
  Recorder rec;
  Machine m(image, out, opts);
  m.attach(&rec);
  r.code = m.run();
  r.out = out.out;
  r.err = out.err;
  r.events = std::move(rec.events);
  return r;
}

// The source lines of `src` carrying a marker: line -> -1 (keep), -2 (free
// all) or N (free exactly N).
std::map<uint32_t, int> markers(const std::string& src) {
  std::map<uint32_t, int> out;
  std::istringstream in(src);
  std::string line;
  const std::regex re(R"(// (keep|free)(?: (\d+))?\s*$)");
  for (uint32_t n = 1; std::getline(in, line); ++n) {
    std::smatch m;
    if (!std::regex_search(line, m, re)) continue;
    out[n] = m[1] == "keep" ? -1 : m[2].matched ? std::stoi(m[2]) : -2;
  }
  return out;
}

// The cycle number of the k-th (from 0) cycle started by runtime.GC().
uint32_t forced_cycle(const GoRun& r, size_t k) {
  size_t seen = 0;
  for (const GcStartEvent& g : all_of<GcStartEvent>(r.events))
    if (g.trigger == "runtime.GC()" && seen++ == k) return g.cycle;
  ADD_FAILURE() << "no runtime.GC() cycle #" << k;
  return 0;
}

// Compares the frees of `cycle` with the markers of src (see the top).
void expect_frees(const std::string& src, const GoRun& r, uint32_t cycle) {
  std::map<uint32_t, int> allocs, freed, freed_ever;
  std::map<uint32_t, std::string> freed_types;
  for (const HeapAllocEvent& a : all_of<HeapAllocEvent>(r.events)) ++allocs[a.line];
  for (const HeapFreeEvent& f : all_of<HeapFreeEvent>(r.events)) {
    ++freed_ever[f.line];
    if (f.cycle != cycle) continue;
    ++freed[f.line];
    freed_types[f.line] += " " + f.type;
  }
  const std::map<uint32_t, int> want = markers(src);
  ASSERT_FALSE(want.empty());
  for (const auto& [line, what] : want) {
    SCOPED_TRACE("line " + std::to_string(line));
    EXPECT_GT(allocs[line], 0) << "nothing allocated on a marked line";
    if (what == -1) {
      EXPECT_EQ(freed_ever[line], 0) << "freed:" << freed_types[line];
    } else if (what == -2) {
      EXPECT_EQ(freed[line], allocs[line]);
    } else {
      EXPECT_EQ(freed[line], what);
    }
  }
  for (const auto& [line, n] : freed)
    if (!want.count(line)) ADD_FAILURE() << "line " << line << ": " << n << " freed, not marked:" << freed_types[line];
}

// Runs src, which calls runtime.GC() once, and checks its frees and output.
void expect_collection(const std::string& src, const std::string& out) {
  GoRun r = run_go(src);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, out);
  for (const GcStartEvent& g : all_of<GcStartEvent>(r.events)) EXPECT_EQ(g.trigger, "runtime.GC()");
  expect_frees(src, r, forced_cycle(r, 0));
}

// ---- what keeps an object alive ------------------------------------------------

TEST(Mgc, StructFieldsAndArrayElements) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

type T struct {
	p *int
	n int
	q *int
}

type A struct {
	arr [3]*int
}

var t *T
var a *A

func build() {
	t = &T{n: 1}        // keep
	t.p = new(int)      // keep
	t.q = new(int)      // free
	a = &A{}            // keep
	a.arr[0] = new(int) // keep
	a.arr[1] = new(int) // free
	a.arr[2] = new(int) // keep
}

func main() {
	build()
	t.q = nil
	a.arr[1] = nil
	runtime.GC()
	fmt.Println(*t.p, t.q == nil, *a.arr[0], a.arr[1] == nil, *a.arr[2])
}
)",
                    "0 true 0 true 0\n");
}

// A slice of an array's middle is an interior pointer: it keeps the whole
// array. Slice elements keep what they point at.
TEST(Mgc, SlicesAndInteriorPointers) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

var mid []int
var last *int
var ptrs []*int
var tmp []int

func build() {
	arr := new([8]int) // keep
	arr[4] = 44
	mid = arr[3:5]
	big := new([16]int) // keep
	last = &big[15]
	ptrs = make([]*int, 3) // keep
	ptrs[0] = new(int)     // keep
	ptrs[1] = new(int)     // free
	ptrs[2] = new(int)     // keep
	tmp = make([]int, 100) // free
}

func main() {
	build()
	ptrs[1] = nil
	tmp = nil
	runtime.GC()
	fmt.Println(len(mid), cap(mid), mid[1], *last, *ptrs[0], *ptrs[2])
}
)",
                    "2 5 44 0 0 0\n");
}

// String bytes are kept by a live string header, a substring included.
TEST(Mgc, Strings) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

var kept, dropped, sub string
var bs []byte

func build(x, y string) {
	kept = x + y           // keep
	dropped = y + x        // free
	sub = (x + x + y)[2:5] // keep
	bs = []byte(kept)      // free
}

func main() {
	build("hello, ", "world")
	dropped = ""
	bs = nil
	runtime.GC()
	fmt.Println(kept, sub, dropped == "", bs == nil)
}
)",
                    "hello, world llo true true\n");
}

// Maps keep their keys and values; an entry's objects die with its delete.
TEST(Mgc, MapsKeysAndValues) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

var byPtr map[*T]int
var byInt map[int]*T
var strs map[string]string

func build(x, y string) {
	byPtr = make(map[*T]int) // keep
	byPtr[&T{1}] = 1         // keep
	k := &T{2}               // free
	byPtr[k] = 2
	byInt = make(map[int]*T) // keep
	byInt[1] = &T{3}         // keep
	byInt[2] = &T{4}         // free
	strs = make(map[string]string) // keep
	strs[x+"1"] = y + "1"          // keep
	strs[x+"2"] = y + "2"          // free
}

func drop() {
	for k := range byPtr {
		if k.n == 2 {
			delete(byPtr, k)
		}
	}
	delete(byInt, 2)
	delete(strs, "key2")
}

func main() {
	build("key", "value")
	drop()
	runtime.GC()
	sum := 0
	for k, v := range byPtr {
		sum += k.n * 10 + v
	}
	fmt.Println(len(byPtr), sum, len(byInt), byInt[1].n, len(strs), strs["key1"])
}
)",
                    "1 11 1 3 1 value1\n");
}

// Frames are roots: a pointer in a caller's frame (a local holding a list,
// a stack variable holding heap pointers, a pointer to a stack variable)
// keeps what it reaches while the frame is live.
TEST(Mgc, FramesAndPointersToStackVariables) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

type pair struct{ a, b *int }

func list(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, val: i} // keep
	}
	return h
}

func trash(n int) int {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, val: i} // free
	}
	return h.val
}

func mk(n int) *int {
	p := new(int) // keep
	*p = n
	return p
}

func inner(pp *pair, q **int) int {
	runtime.GC()
	return *pp.a + *pp.b + **q
}

func outer() int {
	var p pair
	p.a = mk(1)
	p.b = mk(2)
	q := mk(3)
	return inner(&p, &q)
}

func length(l *node) int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func main() {
	l := list(10)
	trash(7)
	fmt.Println(outer(), length(l))
}
)",
                    "6 10\n");
}

// A global holds a list; the half cut off it is freed, and so is an
// unreachable cycle, whose members point at each other.
TEST(Mgc, GlobalListAndUnreachableCycle) {
  expect_collection(R"(package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

var head *node
var sink *node

func build(n int) {
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i} // free 5
	}
}

func cycle() {
	a := &node{val: 100} // free
	b := &node{val: 200} // free
	a.next = b
	b.next = a
	sink = a
	sink = nil
}

func cut(n int) {
	p := head
	for i := 1; i < n; i++ {
		p = p.next
	}
	p.next = nil
}

func main() {
	build(10)
	cycle()
	cut(5)
	runtime.GC()
	n := 0
	for p := head; p != nil; p = p.next {
		n += p.val
	}
	fmt.Println(n)
}
)",
                    "35\n");
}

// ---- what a cycle leaves behind ------------------------------------------------

const char* kReuse = R"(package main

import (
	"fmt"
	"runtime"
)

type obj struct {
	next *obj
	pad  [5]int
}

var a, b *obj

func build() {
	a = &obj{} // keep
	b = &obj{} // free
	a.pad[0] = 1
	b.pad[0] = 2
}

func main() {
	build()
	b = nil
	runtime.GC()
	b = &obj{}
	b.pad[4] = 3
	fmt.Println(a.pad[0], b.pad[4])
}
)";

// A freed slot holds the poison; the next object in it starts zeroed.
TEST(Mgc, FreedSlotPoisonedReusedSlotZeroed) {
  auto image = compile(kReuse);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Recorder rec;
  Machine m(image, out);
  m.attach(&rec);
  Stop s = m.run_until_event(bit(EventKind::GcEnd));
  ASSERT_EQ(s.reason, StopReason::Event);
  const std::vector<HeapFreeEvent> frees = all_of<HeapFreeEvent>(rec.events);
  ASSERT_EQ(frees.size(), 1u);
  EXPECT_EQ(frees[0].type, "main.obj");
  EXPECT_EQ(frees[0].slot_size, 48u);
  const Addr freed = frees[0].addr;
  const MSpan* span = m.runtime().heap().span_of(freed);
  ASSERT_NE(span, nullptr) << "a still holds the span";
  EXPECT_FALSE(span->is_allocated(span->index_of(freed)));
  EXPECT_EQ(m.runtime().object_info(freed), nullptr);
  const uint8_t* p = m.runtime().mem().host(freed, 48);
  ASSERT_NE(p, nullptr);
  for (int w = 0; w < 6; ++w) {
    uint64_t v;
    std::memcpy(&v, p + 8 * w, 8);
    EXPECT_EQ(v, kPoison) << "word " << w;
  }

  // b = &obj{} takes the slot again: zero when the allocation returns.
  s = m.run_until_event(bit(EventKind::HeapAlloc));
  ASSERT_EQ(s.reason, StopReason::Event);
  const auto& alloc = std::get<HeapAllocEvent>(s.event->data);
  EXPECT_EQ(alloc.addr, freed);
  EXPECT_EQ(alloc.type, "main.obj");
  p = m.runtime().mem().host(freed, 48);
  for (int w = 0; w < 6; ++w) {
    uint64_t v;
    std::memcpy(&v, p + 8 * w, 8);
    EXPECT_EQ(v, 0u) << "word " << w;
  }
  EXPECT_EQ(m.run(), 0);
  EXPECT_EQ(out.out, "1 3\n");
}

// At the end of every cycle MemStats agrees with the events: the objects
// allocated and not freed are HeapObjects, their slots HeapAlloc; NumGC,
// NumForcedGC, NextGC and PauseTotalNs are the cycles'.
TEST(Mgc, MemStatsAfterEachCycle) {
  const char* src = R"(package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [3]int
}

var keep *node

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h}
	}
	return h
}

func main() {
	var m runtime.MemStats
	keep = build(100)
	build(50)
	runtime.GC()
	build(20)
	runtime.GC()
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC, m.NumForcedGC, m.Mallocs-m.Frees == m.HeapObjects, m.HeapObjects, m.Frees)
}
)";
  auto image = compile(src);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Recorder rec;
  Machine m(image, out);
  m.attach(&rec);
  std::map<Addr, uint64_t> live;  // addr -> slot size, from the events
  size_t seen = 0;
  uint64_t pauses = 0;
  for (uint32_t cycle = 1; cycle <= 3; ++cycle) {
    Stop s = m.run_until_event(bit(EventKind::GcEnd));
    ASSERT_EQ(s.reason, StopReason::Event);
    for (; seen < rec.events.size(); ++seen) {
      const Event& e = rec.events[seen];
      if (const auto* a = std::get_if<HeapAllocEvent>(&e.data)) live[a->addr] = a->slot_size;
      if (const auto* f = std::get_if<HeapFreeEvent>(&e.data)) {
        EXPECT_EQ(live.erase(f->addr), 1u);
      }
    }
    const GcEndEvent& end = std::get<GcEndEvent>(s.event->data);
    pauses += end.pause_ns;
    const MemStats ms = m.runtime().read_memstats();
    uint64_t bytes = 0;
    for (const auto& [a, size] : live) bytes += size;
    SCOPED_TRACE("cycle " + std::to_string(cycle));
    EXPECT_EQ(end.cycle, cycle);
    EXPECT_EQ(ms.mallocs - ms.frees, ms.heap_objects);
    EXPECT_EQ(ms.heap_objects, live.size());
    EXPECT_EQ(ms.heap_alloc, bytes);
    EXPECT_EQ(ms.alloc, ms.heap_alloc);
    EXPECT_EQ(end.heap_after, bytes);
    EXPECT_EQ(ms.num_gc, cycle);
    EXPECT_EQ(ms.num_forced_gc, cycle);
    EXPECT_EQ(ms.next_gc, end.next_goal);
    EXPECT_EQ(ms.pause_total_ns, pauses);
    EXPECT_GT(ms.last_gc, 0u);
    EXPECT_LE(ms.heap_alloc, ms.heap_inuse);
    EXPECT_EQ(ms.heap_sys, ms.heap_inuse + ms.heap_idle);
  }
  EXPECT_EQ(m.run(), 0);
  // 170 nodes (48-byte slots) allocated; the 50, the 20, then the 100 freed.
  // ReadMemStats allocates nothing.
  EXPECT_EQ(out.out, "3 3 true 0 170\n");
  const std::vector<GcEndEvent> ends = all_of<GcEndEvent>(rec.events);
  ASSERT_EQ(ends.size(), 3u);
  EXPECT_EQ(ends[0].freed_objects, 50u);
  EXPECT_EQ(ends[1].freed_objects, 20u);
  EXPECT_EQ(ends[2].freed_objects, 100u);
  EXPECT_EQ(ends[2].heap_after, 0u);
}

// ---- pacing ---------------------------------------------------------------------

// Allocates `total` bytes in 1 KiB objects keeping the last `live` bytes of
// them (a ring), then stops.
std::string churn(int total_kib, int live_kib) {
  return R"(package main

type object [1024]byte

func main() {
	ring := make([]*object, )" +
         std::to_string(live_kib) + R"()
	for i := 0; i < )" +
         std::to_string(total_kib) + R"(; i++ {
		o := new(object)
		o[0] = byte(i)
		ring[i%len(ring)] = o
	}
	println(len(ring))
}
)";
}

// The goal after each cycle is max(live + (live+stacks+globals)*GOGC/100,
// 4 MiB*GOGC/100), and a cycle starts at exactly the first allocation that
// would take the heap past the goal in force.
void expect_paced(int gogc, int total_kib, int live_kib, bool min_wins) {
  SCOPED_TRACE("GOGC=" + std::to_string(gogc));
  MachineOptions opts;
  opts.gc.gogc = gogc;
  GoRun r = run_go(churn(total_kib, live_kib), opts);
  ASSERT_EQ(r.code, 0) << r.err;
  const uint64_t minimum = (uint64_t{4} << 20) * gogc / 100;
  uint64_t heap = 0, goal = minimum, cycles = 0;
  bool collecting = false;
  uint64_t trigger_goal = 0, heap_at_start = 0;  // when the cycle started
  for (const Event& e : r.events) {
    if (const auto* g = std::get_if<GcStartEvent>(&e.data)) {
      EXPECT_EQ(g->trigger, "heap goal");
      EXPECT_EQ(g->goal, goal);
      EXPECT_EQ(g->heap_alloc, heap);
      collecting = true;
      trigger_goal = goal;
      heap_at_start = heap;
    } else if (const auto* end = std::get_if<GcEndEvent>(&e.data)) {
      ++cycles;
      const uint64_t scan = end->live + end->stacks + end->globals;
      const uint64_t want = std::max(end->live + scan * gogc / 100, minimum);
      EXPECT_EQ(end->next_goal, want) << "cycle " << end->cycle;
      EXPECT_EQ(end->heap_after, heap);
      if (min_wins) {
        EXPECT_EQ(end->next_goal, minimum);
      } else {
        EXPECT_GT(end->next_goal, minimum);
      }
      goal = end->next_goal;
    } else if (const auto* a = std::get_if<HeapAllocEvent>(&e.data)) {
      if (collecting) {
        EXPECT_GT(heap_at_start + a->size, trigger_goal) << "collected too early";  // the trigger, redone
      } else if (heap != 0) {
        EXPECT_LE(heap + a->size, goal) << "no collection at the goal";
      }
      collecting = false;
      heap += a->slot_size;
    } else if (const auto* f = std::get_if<HeapFreeEvent>(&e.data)) {
      heap -= f->slot_size;
    }
  }
  EXPECT_GE(cycles, 2u);
}

TEST(Mgc, PacingSmallLiveHeapUsesTheMinimum) { expect_paced(100, 16 << 10, 256, true); }
TEST(Mgc, PacingLargeLiveHeapGrowsByGogc) {
  expect_paced(100, 40 << 10, 6 << 10, false);
  expect_paced(50, 40 << 10, 6 << 10, false);
  expect_paced(200, 60 << 10, 6 << 10, false);
}

// Before the first cycle the goal is the minimum, 4 MiB * GOGC/100 (Go's
// heapMinimum): MemStats.NextGC says so, and so does the first cycle.
TEST(Mgc, GoalBeforeTheFirstCycleIsTheMinimum) {
  GoRun r = run_go(R"(package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NextGC, m.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NextGC, m.NumGC)
}
)");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "4194304 0\n4194304 1\n");
  const auto starts = all_of<GcStartEvent>(r.events);
  ASSERT_EQ(starts.size(), 1u);
  EXPECT_EQ(starts[0].goal, uint64_t{4} << 20);
}

// GOGC=off: the heap grows without a cycle; runtime.GC() still collects.
TEST(Mgc, GogcOffNeverCollectsOnItsOwn) {
  MachineOptions opts;
  opts.gc.gogc = -1;
  GoRun r = run_go(churn(16 << 10, 256), opts);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(all_of<GcStartEvent>(r.events).empty());
  EXPECT_EQ(all_of<HeapFreeEvent>(r.events).size(), 0u);
  // 16384 objects (the ring, a constant-size make that does not escape,
  // is on the stack); none freed: the heap holds all 16 MiB.
  EXPECT_EQ(all_of<HeapAllocEvent>(r.events).size(), 16u << 10);

  GoRun forced = run_go(R"(package main

import "runtime"

func garbage() {
	for i := 0; i < 100; i++ {
		_ = new([64]byte)
	}
}

func main() {
	garbage()
	runtime.GC()
}
)",
                      opts);
  ASSERT_EQ(forced.code, 0) << forced.err;
  const auto starts = all_of<GcStartEvent>(forced.events);
  ASSERT_EQ(starts.size(), 1u);
  EXPECT_EQ(starts[0].trigger, "runtime.GC()");
  EXPECT_EQ(starts[0].goal, UINT64_MAX);
  const auto ends = all_of<GcEndEvent>(forced.events);
  ASSERT_EQ(ends.size(), 1u);
  EXPECT_EQ(ends[0].next_goal, UINT64_MAX);
}

// ---- the debug switches -------------------------------------------------------

const char* kMixed = R"(package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	name string
	tags []string
}

var index = map[string]*node{}

func add(name string, n int) {
	p := &node{name: name + "!", next: index[name]}
	for i := 0; i < n; i++ {
		p.tags = append(p.tags, name+string(rune('0'+i)))
	}
	index[name] = p
}

func main() {
	for i := 0; i < 20; i++ {
		add(string(rune('a'+i%5)), i%4)
	}
	delete(index, "c")
	runtime.GC()
	total := 0
	for _, p := range index {
		for q := p; q != nil; q = q.next {
			total += len(q.tags) + len(q.name)
		}
	}
	fmt.Println(len(index), total)
}
)";

// --gc-stress: a cycle before every allocation, and the same output.
TEST(Mgc, StressCollectsBeforeEveryAllocation) {
  GoRun plain = run_go(kMixed);
  ASSERT_EQ(plain.code, 0) << plain.err;
  MachineOptions opts;
  opts.gc.stress = true;
  GoRun r = run_go(kMixed, opts);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out);
  size_t stress = 0, forced = 0, allocs = 0;
  const Event* prev = nullptr;
  for (const Event& e : r.events) {
    if (const auto* g = std::get_if<GcStartEvent>(&e.data)) {
      (g->trigger == "stress" ? stress : forced)++;
      EXPECT_TRUE(g->trigger == "stress" || g->trigger == "runtime.GC()") << g->trigger;
    }
    if (e.kind == EventKind::HeapAlloc) {
      ++allocs;
      ASSERT_NE(prev, nullptr);
      EXPECT_EQ(prev->kind, EventKind::GcEnd) << "allocation " << allocs << " without a cycle just before";
      if (prev->kind == EventKind::GcEnd) {
        EXPECT_EQ(std::get<GcEndEvent>(prev->data).trigger, "stress");
      }
    }
    if (e.kind != EventKind::FramePush && e.kind != EventKind::FramePop) prev = &e;
  }
  EXPECT_GT(allocs, 40u);
  EXPECT_EQ(stress, allocs);
  EXPECT_EQ(forced, 1u);
}

// --gc-verify on a correct program reports nothing, under stress too.
TEST(Mgc, VerifyOnANormalProgramReportsNothing) {
  GoRun plain = run_go(kMixed);
  for (bool stress : {false, true}) {
    MachineOptions opts;
    opts.gc.verify = true;
    opts.gc.stress = stress;
    GoRun r = run_go(kMixed, opts);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, plain.out);
    EXPECT_GE(all_of<GcEndEvent>(r.events).size(), 1u);
  }
}

// gctrace: one line per cycle on stderr, Go's format, " (forced)" for runtime.GC().
TEST(Mgc, GctraceLine) {
  MachineOptions opts;
  opts.gc.gctrace = true;
  GoRun r = run_go(kMixed, opts);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::regex line(
      R"(gc 1 @\d+\.\d{3}s \d+%: 0\+[0-9.]+\+[0-9.]+ ms clock, 0\+0/[0-9.]+/0\+[0-9.]+ ms cpu, 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P \(forced\)
)");
  EXPECT_TRUE(std::regex_match(r.err, line)) << r.err;
}

// ---- stacks ---------------------------------------------------------------------

// A stack that grew deep and unwound is halved at the safe point right after
// each collection, while it uses under a quarter of its segment, never below
// 2048 bytes.
TEST(Mgc, StackShrinksAfterCollections) {
  GoRun r = run_go(R"(package main

import "runtime"

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	println(deep(200))
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
}
)");
  ASSERT_EQ(r.code, 0) << r.err;
  uint64_t grown = 0;
  for (const StackGrowEvent& g : all_of<StackGrowEvent>(r.events)) grown = std::max(grown, g.new_size);
  ASSERT_GE(grown, uint64_t{64} << 10);
  // The collector's events and the shrinks, in order.
  std::vector<const Event*> seq;
  for (const Event& e : r.events)
    if (e.kind == EventKind::GcStart || e.kind == EventKind::GcEnd || e.kind == EventKind::StackShrink)
      seq.push_back(&e);
  uint64_t size = grown, shrinks = 0, used = 0;
  for (size_t i = 0; i < seq.size(); ++i) {
    if (seq[i]->kind != EventKind::StackShrink) continue;
    ASSERT_GT(i, 0u);
    EXPECT_EQ(seq[i - 1]->kind, EventKind::GcEnd) << "a shrink not right after a cycle";
    const auto& k = std::get<StackShrinkEvent>(seq[i]->data);
    EXPECT_EQ(k.old_size, size);
    EXPECT_EQ(k.new_size, size / 2);
    EXPECT_GE(k.new_size, kStackMin);
    EXPECT_LT(k.used + 800, k.old_size / 4);
    EXPECT_EQ(k.new_hi - k.new_lo, k.new_size);
    size = k.new_size;
    used = k.used;
    ++shrinks;
  }
  EXPECT_EQ(all_of<GcEndEvent>(r.events).size(), 10u);
  ASSERT_GE(shrinks, 3u);
  EXPECT_LT(shrinks, 10u) << "it stopped shrinking";
  // Why it stopped: halving again would break the quarter rule or the minimum.
  EXPECT_TRUE(size / 2 < kStackMin || used + 800 >= size / 4) << size << " " << used;
}

}  // namespace
}  // namespace govm
