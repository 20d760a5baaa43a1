// defer, panic and recover through the compiler and the machine
// (runtime/panic.cpp, compiler/codegen_defer.cpp): what conformance
// programs cannot compare with Go's output: heap addresses, events, and
// the collector's view of records and panic values.
#include <gtest/gtest.h>

#include <cstdio>

#include "compiler/compiler.h"
#include "tests/unit/vm/asm.h"

namespace govm {
namespace {

using Result = test::GoRun;
using test::run_go;

std::vector<const HeapAllocEvent*> allocs(const Result& r, const std::string& func) {
  std::vector<const HeapAllocEvent*> out;
  for (const Event& e : r.log.events) {
    if (e.kind != EventKind::HeapAlloc) continue;
    const auto& a = std::get<HeapAllocEvent>(e.data);
    if (a.func == func) out.push_back(&a);
  }
  return out;
}

// Go prints a value of a kind without a print form as its type and the
// address of its box: the box gopanic allocated.
TEST(Defer, PanicValueOfAStructNamesItsBox) {
  Result r = run_go(R"(package main

type P struct{ X, Y int }

func main() {
	panic(P{1, 2})
}
)");
  ASSERT_EQ(r.code, 2) << r.err;
  const auto boxes = allocs(r, "runtime.gopanic");
  ASSERT_EQ(boxes.size(), 1u);
  EXPECT_EQ(boxes[0]->type, "main.P");
  char want[64];
  std::snprintf(want, sizeof want, "panic: (main.P) %#llx\n", static_cast<unsigned long long>(boxes[0]->addr));
  EXPECT_EQ(r.err.substr(0, r.err.find('\n') + 1), want);
}

// A defer in a loop allocates one runtime._defer per iteration; one
// outside loops keeps its record in the frame. Every frame a panic
// unwinds is popped in the event stream: pushes and pops balance (but for
// runtime.main's, as in any run).
TEST(Defer, RecordsAndFramesAsTheTraceShowsThem) {
  Result r = run_go(R"(package main

import "fmt"

func note(i int) { fmt.Println("note", i) }

func inner(n int) {
	defer note(-1)
	for i := 0; i < n; i++ {
		defer note(i)
	}
	var m map[int]int
	m[n] = n
}

func middle(n int) { inner(n) }

func guard() { fmt.Println("recovered:", recover()) }

func outer(n int) {
	defer guard()
	middle(n)
}

func main() {
	outer(3)
	outer(2)
}
)");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "note 2\nnote 1\nnote 0\nnote -1\nrecovered: assignment to entry in nil map\n"
            "note 1\nnote 0\nnote -1\nrecovered: assignment to entry in nil map\n");
  const auto records = allocs(r, "runtime.deferproc");
  ASSERT_EQ(records.size(), 5u);
  for (const HeapAllocEvent* a : records) {
    EXPECT_EQ(a->type, "runtime._defer");
    EXPECT_EQ(a->size, 24u);  // link, site, one int argument
    EXPECT_EQ(a->line, 10u);
  }
  // runtime.main's frame is never popped: the program ends in it.
  EXPECT_EQ(r.log.count(EventKind::FramePush), r.log.count(EventKind::FramePop) + 1);
}

// Under --gc-stress every allocation collects: a panic's value (a string
// built at run time) and the records of deferred calls (their string
// arguments) must be roots while the deferred calls allocate.
TEST(Defer, PanicValuesAndRecordsSurviveCollections) {
  MachineOptions opts;
  opts.gc.stress = true;
  opts.gc.verify = true;
  Result r = run_go(R"(package main

import "fmt"

func show(s string, a, b int) { fmt.Println(s, a, b) }

func churn() {
	var keep [][]int
	for i := 0; i < 50; i++ {
		keep = append(keep, make([]int, 10+i))
	}
	fmt.Println("churned", len(keep))
}

func handle() {
	churn()
	fmt.Println("recovered:", recover())
}

func work(name string) {
	defer handle()
	for i := 0; i < 3; i++ {
		defer show(name+"!", i, i*10)
	}
	panic("failed: " + name)
}

func main() {
	for i := 0; i < 2; i++ {
		work("job" + string(rune('a'+i)))
	}
}
)",
                    opts);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "joba! 2 20\njoba! 1 10\njoba! 0 0\nchurned 50\nrecovered: failed: joba\n"
            "jobb! 2 20\njobb! 1 10\njobb! 0 0\nchurned 50\nrecovered: failed: jobb\n");
}

// recover stops a panic only in a call the deferred call made directly;
// after a recovery the next panic starts a new chain.
TEST(Defer, RecoverOnlyInTheDeferredCall) {
  Result r = run_go(R"(package main

import "fmt"

func nested() { fmt.Println("nested:", recover()) }

func direct() {
	nested()
	fmt.Println("direct:", recover())
}

func try(v int) {
	defer direct()
	panic(v)
}

func main() {
	try(1)
	try(2)
	fmt.Println("main:", recover())
	panic(3)
}
)");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "nested: <nil>\ndirect: 1\nnested: <nil>\ndirect: 2\nmain: <nil>\n");
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "panic: 3");
}

}  // namespace
}  // namespace govm
