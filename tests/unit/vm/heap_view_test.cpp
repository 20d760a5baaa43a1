// The heap view of a paused machine (Machine::heap_objects): each object's
// fields as the allocator recorded them, and reachability computed without
// collecting (Runtime::reachable_objects, runtime/mgc.cpp): a global's object and a stack local's
// object are reachable, a dropped one is not until runtime.GC() frees it;
// computing it changes nothing. Machine::value_at and the new Stats fields.
#include <gtest/gtest.h>

#include <cstring>

#include "compiler/compiler.h"
#include "vm/machine.h"
#include "vm/opcodes.h"

namespace govm {
namespace {

const char* kDrop = R"(package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

var keep *Point
var tmp *Point

func main() {
	keep = &Point{1, 2}
	tmp = &Point{5, 6}
	tmp = nil
	local := &Point{7, 8}
	runtime.GC()
	fmt.Println(keep.X, local)
}
)";

std::shared_ptr<const Image> compile(const char* src) {
  CompileResult c = compile_source("prog.go", src);
  EXPECT_TRUE(c.ok()) << c.errors_text;
  return c.image;
}

const HeapObjectView* object_from_line(const std::vector<HeapObjectView>& objs, uint32_t line) {
  for (const HeapObjectView& o : objs)
    if (o.line == line) return &o;
  return nullptr;
}

struct CountingSink : EventSink {
  uint64_t n = 0;
  void on_event(const Event&) override { ++n; }
};

TEST(HeapView, FieldsAndReachabilityBeforeAndAfterGC) {
  CaptureOutput out;
  Machine m(compile(kDrop), out);
  CountingSink sink;
  m.attach(&sink);
  ASSERT_EQ(m.run_to_line(18).reason, StopReason::Line);  // runtime.GC() is next

  const std::vector<HeapObjectView> objs = m.heap_objects();
  const HeapObjectView* kept = object_from_line(objs, 14);
  const HeapObjectView* dropped = object_from_line(objs, 15);
  const HeapObjectView* local = object_from_line(objs, 17);
  ASSERT_NE(kept, nullptr);
  ASSERT_NE(dropped, nullptr);
  ASSERT_NE(local, nullptr);
  for (size_t i = 1; i < objs.size(); ++i) EXPECT_LT(objs[i - 1].addr, objs[i].addr) << "address order";

  EXPECT_EQ(kept->type, "main.Point");
  EXPECT_EQ(kept->size, 16u);
  EXPECT_EQ(kept->slot_size, 16u);
  EXPECT_EQ(kept->size_class, 2u);
  EXPECT_EQ(kept->goid, 1u);
  EXPECT_EQ(kept->by, "runtime.newobject");
  EXPECT_GT(kept->col, 0u);
  EXPECT_FALSE(kept->site.empty());
  EXPECT_FALSE(kept->reason.empty());
  EXPECT_GE(kept->addr, kArenaBase);

  EXPECT_TRUE(kept->reachable) << "held by the global keep";
  EXPECT_FALSE(dropped->reachable) << "tmp = nil dropped it";
  EXPECT_TRUE(local->reachable) << "held by main's frame";

  // Asking changed nothing: no event, no mark bit left set, the same
  // answer twice, the heap's counters as they were.
  const uint64_t events = sink.n;
  const MemStats before = m.runtime().read_memstats();
  const std::vector<HeapObjectView> again = m.heap_objects();
  EXPECT_EQ(sink.n, events);
  ASSERT_EQ(again.size(), objs.size());
  for (size_t i = 0; i < objs.size(); ++i) EXPECT_EQ(again[i].reachable, objs[i].reachable);
  for (const auto& [base, s] : m.runtime().heap().spans())
    for (uint64_t w : s->mark_bits) EXPECT_EQ(w, 0u) << "mark bits touched in the span at " << base;
  const MemStats after = m.runtime().read_memstats();
  EXPECT_EQ(after.num_gc, before.num_gc);
  EXPECT_EQ(after.heap_objects, before.heap_objects);

  // The collection frees exactly what was unreachable.
  ASSERT_EQ(m.run_to_line(19).reason, StopReason::Line);
  const std::vector<HeapObjectView> post = m.heap_objects();
  EXPECT_EQ(object_from_line(post, 15), nullptr) << "the dropped object survived runtime.GC()";
  ASSERT_NE(object_from_line(post, 14), nullptr);
  ASSERT_NE(object_from_line(post, 17), nullptr);
  EXPECT_TRUE(object_from_line(post, 14)->reachable);
  EXPECT_TRUE(object_from_line(post, 17)->reachable);
  for (const HeapObjectView& o : objs) {
    bool survived = false;
    for (const HeapObjectView& p : post) survived |= p.addr == o.addr;
    EXPECT_EQ(survived, o.reachable) << o.type << " at line " << o.line << " (" << o.addr << ")";
  }

  const Stats st = m.stats();
  EXPECT_EQ(st.gc_cycles, 1u);
  EXPECT_GE(st.frees, 1u);
  EXPECT_GE(st.mallocs, 3u);
  EXPECT_GE(st.total_alloc, 48u);
  EXPECT_GE(st.peak_heap, st.heap_bytes);
  EXPECT_EQ(st.goroutines_created, 1u);
  EXPECT_EQ(m.run(), 0);
  EXPECT_EQ(out.out, "1 &{7 8}\n");
}

// A reachable object seen only through another object, and a chain whose
// head is dropped: everything below it goes.
TEST(HeapView, ReachabilityFollowsObjects) {
  const char* src = R"(package main

import "runtime"

type Node struct {
	next *Node
	v    int
}

var head, lost *Node

func main() {
	head = &Node{&Node{nil, 2}, 1}
	lost = &Node{&Node{nil, 4}, 3}
	lost = nil
	runtime.GC()
	println(head.next.v, lost == nil)
}
)";
  CaptureOutput out;
  Machine m(compile(src), out);
  ASSERT_EQ(m.run_to_line(16).reason, StopReason::Line);
  int reachable = 0, unreachable = 0;
  for (const HeapObjectView& o : m.heap_objects()) {
    if (o.type != "main.Node") continue;
    (o.reachable ? reachable : unreachable)++;
    EXPECT_EQ(o.reachable, o.line == 13) << "object from line " << o.line;
  }
  EXPECT_EQ(reachable, 2);
  EXPECT_EQ(unreachable, 2);
  EXPECT_EQ(m.run(), 0);
  EXPECT_EQ(out.err, "2 true\n");
}

// The stack can be walked wherever the machine pauses: on a function's
// first instruction (called, not entered), mid-statement, across stack
// growths; an object held only by frames (a parameter down a recursion)
// stays reachable all along, and one dropped by every frame does not.
TEST(HeapView, ReachabilityAtEveryInstruction) {
  const char* src = R"(package main

type Box struct{ v *int }

var sum int
var sink *Box

func work(b *Box, n int) int {
	if n == 0 {
		return *b.v
	}
	var pad [40]int
	pad[n%40] = n
	return work(b, n-1) + 1 + pad[0]
}

func main() {
	x := 40
	sink = &Box{&x}
	b := sink
	sink = nil
	sum = work(b, 50)
	println(sum)
}
)";
  CaptureOutput out;
  Machine m(compile(src), out);
  uint64_t steps = 0, boxes_seen = 0, dropped = 0;
  while (!m.ended() && steps < 200000) {
    m.step(1);
    ++steps;
    const HeapReach r = m.runtime().reachable_objects();
    ASSERT_EQ(r.error, "") << "after " << steps << " instructions";
    const std::string func = m.goroutines()[0].func;
    for (const HeapObjectView& o : m.heap_objects()) {
      if (o.type != "main.Box") continue;
      ++boxes_seen;
      if (func == "main.work") {  // held by every frame of the recursion
        EXPECT_TRUE(o.reachable) << "the Box, after " << steps << " instructions, pc " << std::hex
                                 << m.goroutines()[0].pc;
      }
      if (func == "runtime.main") dropped += !o.reachable;  // main has returned: nothing holds it
    }
  }
  EXPECT_TRUE(m.ended());
  EXPECT_GT(boxes_seen, 100u);
  EXPECT_GT(dropped, 0u);
  EXPECT_GE(m.stats().stack_growths, 1u);
  EXPECT_EQ(m.exit_code(), 0);
  EXPECT_EQ(out.err, "130\n");
}

// The side mark agrees with the collector: under --gc-stress every
// allocation collects first, so pausing on each CALLRT (the collector's
// safe point, where both use the same stack maps) and stepping over it must
// free exactly the objects heap_objects() called unreachable.
TEST(HeapView, ReachabilityPredictsTheCollector) {
  const char* src = R"(package main

type Node struct {
	next *Node
	v    int
}

var head *Node

func build(n int) *Node {
	var l *Node
	for i := 0; i < n; i++ {
		l = &Node{l, i}
	}
	return l
}

func main() {
	total := 0
	for round := 0; round < 4; round++ {
		l := build(5)
		if round%2 == 0 {
			head = l
		}
		s := make([]int, round+1)
		total += len(s) + l.v
	}
	println(total, head.v)
}
)";
  CaptureOutput out;
  MachineOptions opts;
  opts.gc.stress = true;
  Machine m(compile(src), out, opts);
  const Image& image = m.image();
  uint64_t checked = 0, freed = 0;
  for (uint64_t steps = 0; !m.ended() && steps < 100000; ++steps) {
    m.step(1);
    if (m.ended()) break;
    const Addr pc = m.goroutines()[0].pc;
    if (static_cast<Op>(image.text[pc - kTextBase]) != Op::CALLRT) continue;
    const std::vector<HeapObjectView> before = m.heap_objects();
    const uint32_t cycles = m.stats().gc_cycles;
    m.step(1);
    if (m.stats().gc_cycles == cycles) continue;  // not an allocation
    const std::vector<HeapObjectView> after = m.heap_objects();
    for (const HeapObjectView& o : before) {
      bool kept = false;
      for (const HeapObjectView& a : after) kept |= a.addr == o.addr && a.line == o.line && a.type == o.type;
      EXPECT_EQ(kept, o.reachable) << o.type << " from line " << o.line << " at pc " << std::hex << pc;
      freed += !kept;
    }
    ++checked;
  }
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(out.err, "26 4\n");
  EXPECT_GT(checked, 20u);
  EXPECT_GT(freed, 5u);
}

TEST(ValueAt, GlobalHeapObjectAndErrors) {
  CaptureOutput out;
  Machine m(compile(kDrop), out);
  ASSERT_EQ(m.run_to_line(18).reason, StopReason::Line);
  Addr keep_addr = 0;
  for (const GlobalView& g : m.globals())
    if (g.name == "main.keep") keep_addr = g.addr;
  ASSERT_NE(keep_addr, 0u);

  const ValueView g = m.value_at(keep_addr, "*main.Point");
  EXPECT_EQ(g.error, "");
  EXPECT_EQ(g.type, "*main.Point");
  EXPECT_EQ(g.size, 8u);
  EXPECT_EQ(g.segment, "bss");
  EXPECT_EQ(g.value, "&{1 2}");

  const std::vector<HeapObjectView> objs = m.heap_objects();
  const HeapObjectView* kept = object_from_line(objs, 14);
  ASSERT_NE(kept, nullptr);
  const ValueView h = m.value_at(kept->addr, "main.Point");
  EXPECT_EQ(h.error, "");
  EXPECT_EQ(h.segment, "heap");
  EXPECT_EQ(h.size, 16u);
  EXPECT_EQ(h.value, "{1 2}");
  EXPECT_EQ(m.value_at(kept->addr + 8, "int").value, "2");

  const ValueView bad = m.value_at(0x10, "int");
  EXPECT_EQ(bad.segment, "none");
  EXPECT_EQ(bad.value, "");
  EXPECT_NE(bad.error.find("not mapped"), std::string::npos) << bad.error;

  const ValueView nil = m.value_at(0, "int");
  EXPECT_FALSE(nil.error.empty());

  const ValueView unknown = m.value_at(keep_addr, "main.NoSuchType");
  EXPECT_NE(unknown.error.find("no type"), std::string::npos) << unknown.error;
  EXPECT_EQ(unknown.segment, "bss");

  // A stack address: main's frame.
  const std::vector<FrameView> frames = m.frames(1);
  ASSERT_FALSE(frames.empty());
  for (const LocalView& l : frames[0].locals) {
    if (l.name != "local") continue;
    const ValueView s = m.value_at(l.addr, l.type);
    EXPECT_EQ(s.segment, "stack");
    EXPECT_EQ(s.value, "&{7 8}");
  }
}

}  // namespace
}  // namespace govm
