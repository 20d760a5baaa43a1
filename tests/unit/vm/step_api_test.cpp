// (issue 7) The machine API additions the stepper is built on:
// run_until (events or pcs, whichever first), statement_pcs,
// function_body_pc, value_at_path and Stop::goid.
#include <gtest/gtest.h>
#include <govm/govm.h>

namespace govm {
namespace {

const char* kList = R"(package main

type node struct {
	next *node
	val  int
}

var head *node

func push(v int) {
	head = &node{next: head, val: v}
}

func main() {
	push(1)
	push(2)
	a := [3]int{4, 5, 6}
	println(head.next.val, a[1])
}
)";

CompileResult compiled() {
  CompileResult r = compile("list.go", kList);
  EXPECT_TRUE(r.ok()) << r.errors_text;
  return r;
}

TEST(StepApi, StatementPcsAndFunctionBody) {
  Session s(compiled());
  EXPECT_FALSE(s->statement_pcs(11).empty());
  EXPECT_TRUE(s->statement_pcs(3).empty());  // a type declaration: no code
  EXPECT_GE(s->statement_pcs(0).size(), 5u);
  EXPECT_NE(s->function_body_pc("main.push"), 0u);
  EXPECT_EQ(s->function_body_pc("main.nosuch"), 0u);
  const Stop st = s.run_to_function("main.push");
  EXPECT_EQ(st.pc, s->function_body_pc("main.push"));
  EXPECT_EQ(st.goid, 1u);
}

TEST(StepApi, RunUntilTakesWhicheverComesFirst) {
  Session s(compiled());
  // The allocation in push (line 11) comes before line 17.
  Stop st = s->run_until(kind_mask(EventKind::HeapAlloc), s->statement_pcs(17));
  ASSERT_NE(st.event, nullptr);
  EXPECT_EQ(st.event->kind, EventKind::HeapAlloc);
  st = s->run_until(0, s->statement_pcs(17));
  EXPECT_EQ(st.reason, StopReason::Line);
  EXPECT_EQ(st.line, 17u);
  // With no event of the kinds left, the pcs stop it.
  Session t(compiled());
  st = t->run_until(kind_mask(EventKind::GcStart), t->statement_pcs(16));
  EXPECT_EQ(st.event, nullptr);
  EXPECT_EQ(st.line, 16u);
}

TEST(StepApi, ValueAtPath) {
  Session s(compiled());
  s.run_to_line(18);
  EXPECT_EQ(s->value_at_path(1, 0, "head.next.val").value, "1");
  EXPECT_EQ(s->value_at_path(1, 0, "head.val").segment, "heap");
  EXPECT_EQ(s->value_at_path(1, 0, "main.head").segment, "bss");
  EXPECT_EQ(s->value_at_path(1, 0, "a[1]").value, "5");
  EXPECT_EQ(s->value_at_path(1, 0, "a[1]").segment, "stack");
  EXPECT_EQ(s->value_at_path(1, 0, "*head").type, "main.node");
  EXPECT_EQ(s->value_at_path(1, 0, "head.next.next.val").error, "head.next.next is nil");
  EXPECT_NE(s->value_at_path(1, 0, "a[3]").error, "");
  EXPECT_NE(s->value_at_path(1, 0, "nobody").error, "");
  EXPECT_NE(s->value_at_path(1, 0, "head.nofield").error, "");
}


// (issue 7) Variables that live on the heap keep only their address in the
// frame, in a slot named "&x" (*T): value_at_path reads x through it.
const char* kHeapVars = R"(package main

var keep *int

func moved(p int) int {
	x := p + 1
	keep = &x
	x++
	return x
}

func counter() func() int {
	n := 10
	return func() int {
		n++
		return n
	}
}

func param(q int) *int {
	q *= 2
	return &q
}

func main() {
	println(moved(1))
	f := counter()
	f()
	println(f())
	println(*param(21))
}
)";

CompileResult heap_vars() {
  CompileResult r = compile("heapvars.go", kHeapVars);
  EXPECT_TRUE(r.ok()) << r.errors_text;
  return r;
}

const LocalView* local_named(const FrameView& f, const std::string& name) {
  for (const LocalView& l : f.locals)
    if (l.name == name) return &l;
  return nullptr;
}

TEST(StepApi, HeapVariableIsReadThroughItsSlot) {
  Session s(heap_vars());
  s.run_to_line(6);
  // The declaration has not run: the slot is nil, and print says so.
  EXPECT_NE(s->value_at_path(1, 0, "x").error.find("has not run"), std::string::npos)
      << s->value_at_path(1, 0, "x").error;
  s.run_to_line(9);
  const ValueView x = s->value_at_path(1, 0, "x");
  ASSERT_EQ(x.error, "");
  EXPECT_EQ(x.value, "3");
  EXPECT_EQ(x.type, "int");
  EXPECT_EQ(x.segment, "heap");
  const std::vector<FrameView> fs = s->frames(1);
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].func, "main.moved");
  const LocalView* slot = local_named(fs[0], "&x");
  ASSERT_NE(slot, nullptr);
  EXPECT_EQ(slot->type, "*int");
  EXPECT_EQ(slot->points_to, x.addr);
  EXPECT_EQ(s->value_at(slot->addr, "*int").segment, "stack");  // the slot is in the frame
  EXPECT_EQ(local_named(fs[0], "x"), nullptr);                  // x itself has no frame slot
  EXPECT_EQ(s->value_at_path(1, 0, "*keep").addr, x.addr);
}

TEST(StepApi, CapturedByReferenceIsReadThroughTheClosureSlot) {
  Session s(heap_vars());
  s.run_to_line(16);
  const std::vector<FrameView> fs = s->frames(1);
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].func, "main.counter.func1");
  const LocalView* slot = local_named(fs[0], "&n");
  ASSERT_NE(slot, nullptr);
  EXPECT_EQ(slot->type, "*int");
  const ValueView n = s->value_at_path(1, 0, "n");
  ASSERT_EQ(n.error, "");
  EXPECT_EQ(n.value, "11");
  EXPECT_EQ(n.segment, "heap");
  EXPECT_EQ(n.addr, slot->points_to);
  s.run_to_line(16);  // the second call: the same variable, one more
  EXPECT_EQ(s->value_at_path(1, 0, "n").value, "12");
  EXPECT_EQ(s->value_at_path(1, 0, "n").addr, n.addr);
}

TEST(StepApi, HeapParameterIsReadThroughItsSlotNotTheArgument) {
  Session s(heap_vars());
  s.run_to_line(22);
  const ValueView q = s->value_at_path(1, 0, "q");
  ASSERT_EQ(q.error, "");
  EXPECT_EQ(q.value, "42");
  EXPECT_EQ(q.segment, "heap");
  const std::vector<FrameView> fs = s->frames(1);
  ASSERT_FALSE(fs.empty());
  const LocalView* arg = local_named(fs[0], "q");
  ASSERT_NE(arg, nullptr);
  EXPECT_EQ(arg->role, "param");
  EXPECT_EQ(arg->value, "21");  // the value it was called with, copied to the heap at entry
  ASSERT_NE(local_named(fs[0], "&q"), nullptr);
}

}  // namespace
}  // namespace govm
