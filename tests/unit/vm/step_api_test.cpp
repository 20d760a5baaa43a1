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

}  // namespace
}  // namespace govm
