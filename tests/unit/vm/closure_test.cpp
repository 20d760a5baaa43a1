// CALLCLO and GETCTXT (issue 6, func) on hand-assembled programs: a call
// through a funcval passes the funcval as the callee's context, a nil func
// value panics as Go's nil dereference, a funcval that does not hold a
// function entry is an internal error, and a context pointing into the
// caller's stack survives a morestack in the callee's prologue (Go's
// adjustctxt).
#include <gtest/gtest.h>

#include "runtime/frame.h"
#include "tests/unit/vm/asm.h"
#include "vm/disasm.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

// main.clo(x int) int returns x + the funcval's word 1, and leaves the
// context it got in result slot 2. Its frame is `frame` bytes (a large one
// makes its ENTER grow the stack). Returns its entry.
Addr closure_adder(Asm& a, uint32_t frame) {
  const Addr entry = kTextBase + a.here();
  a.func("main.clo", frame, 8, 8);
  a.emit(Op::ENTER, {0, frame, 8});
  a.emit(Op::GETCTXT, {0});
  a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(2))});
  a.emit(Op::LOAD_Q, {0, 0, 8});  // the captured word, over the context slot
  const int64_t arg = frame + kFrameLinkSize;
  a.emit(Op::ADD_Q, {arg + 8, arg, 0});
  a.emit(Op::RET, {frame});
  return entry;
}

// main.main builds the funcval {entry + skew, 100} in its frame at 32,
// calls it with 5 through the pointer at 48 (0 when nil_func), keeps the
// result in slot 0 and the funcval's address after the call in slot 1.
RunResult call_through(uint32_t callee_frame, int64_t skew = 0, bool nil_func = false) {
  Asm a;
  const Addr entry = closure_adder(a, callee_frame);
  a.func("main.main", 64);
  a.emit(Op::ENTER, {0, 64, 0});
  a.emit(Op::MOVK_Q, {32, static_cast<int64_t>(entry) + skew});
  a.emit(Op::MOVK_Q, {40, 100});
  if (nil_func)
    a.emit(Op::MOVK_Q, {48, 0});
  else
    a.emit(Op::LEAQ, {48, 32});
  a.emit(Op::MOVK_Q, {0, 5});
  a.emit(Op::CALLCLO, {48, 0});
  a.emit(Op::GSTORE_Q, {8, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::LEAQ, {56, 32});
  a.emit(Op::GSTORE_Q, {56, static_cast<int64_t>(result_slot(1))});
  a.emit(Op::RET, {64});
  return run_image(a.link());
}

TEST(Closure, CallPassesTheFuncvalAsContext) {
  RunResult r = call_through(16);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], 105u);
  EXPECT_EQ(r.results[2], r.results[1]);  // GETCTXT saw the funcval's address
  EXPECT_EQ(r.log.count(EventKind::StackGrow), 0u);
}

TEST(Closure, MorestackAdjustsTheContext) {
  // The callee's frame does not fit a 2 KiB stack: its ENTER grows the
  // stack before GETCTXT, while only g.ctxt holds the funcval's address.
  RunResult r = call_through(4096);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GE(r.log.count(EventKind::StackGrow), 1u);
  EXPECT_EQ(r.results[0], 105u);
  EXPECT_EQ(r.results[2], r.results[1]);  // the context moved with the stack
}

TEST(Closure, NilFuncValuePanics) {
  RunResult r = call_through(16, 0, true);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("panic: runtime error: invalid memory address or nil pointer dereference"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("main.main()"), std::string::npos) << r.err;
}

TEST(Closure, FuncvalOutsideAnEntryIsAnInternalError) {
  RunResult r = call_through(16, 4);
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("not a function entry"), std::string::npos) << r.err;
}

TEST(Closure, VerifierWantsGetctxtRightAfterEnter) {
  Asm a;
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::NOP, {});
  a.emit(Op::GETCTXT, {0});
  a.emit(Op::RET, {16});
  RunResult r = run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("GETCTXT at"), std::string::npos) << r.err;
}

TEST(Closure, VerifierKeepsTheFuncValueInTheFrame) {
  Asm a;
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::CALLCLO, {12, 0});
  a.emit(Op::RET, {16});
  RunResult r = run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("CALLCLO outside the frame"), std::string::npos) << r.err;
}

TEST(Closure, Disassembly) {
  Asm a;
  closure_adder(a, 16);
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::CALLCLO, {8, 0});
  a.emit(Op::RET, {16});
  const std::string text = disassemble(*a.link());
  EXPECT_NE(text.find("GETCTXT 0(SP)"), std::string::npos) << text;
  EXPECT_NE(text.find("CALLCLO 8(SP)\n"), std::string::npos) << text;
  static_assert(op_bytes(Op::CALLCLO) == kCallSize, "a return address minus kCallSize is the call");
}

// Compiled closures: gc's names in frames and tracebacks, and the heap
// objects an escaping closure needs, each with its site and reason.
TEST(Closure, CompiledNamesAndAllocations) {
  test::GoRun r = test::run_go(R"(package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	println(c())
	xs := []int{1, 2}
	f := func(i int) int {
		g := func() int { return xs[i] }
		return g()
	}
	println(f(7))
}
)");
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("2\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\nmain.main.func1.1()\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\nmain.main.func1(0x7)\n"), std::string::npos) << r.err;
  size_t pushes = 0;
  std::vector<const HeapAllocEvent*> allocs;
  for (const Event& e : r.log.events) {
    if (e.kind == EventKind::FramePush && std::get<FramePushEvent>(e.data).func == "main.counter.func1") ++pushes;
    if (e.kind == EventKind::HeapAlloc) allocs.push_back(&std::get<HeapAllocEvent>(e.data));
  }
  EXPECT_EQ(pushes, 2u);
  // n moved to heap (captured by reference by a closure that escapes), then
  // the closure itself; main's closures do not escape: on its stack.
  ASSERT_EQ(allocs.size(), 2u);
  EXPECT_EQ(allocs[0]->line, 4u);
  EXPECT_EQ(allocs[0]->type, "int");
  EXPECT_NE(allocs[0]->reason.find("n"), std::string::npos) << allocs[0]->reason;
  EXPECT_EQ(allocs[1]->site, "func literal");
  EXPECT_EQ(allocs[1]->line, 5u);
  EXPECT_EQ(allocs[1]->col, 9u);
  EXPECT_EQ(allocs[1]->type, "struct { F uintptr; n *int }");
  EXPECT_NE(allocs[1]->reason.find("func literal"), std::string::npos) << allocs[1]->reason;
}

// A package function as a value is its rodata funcval, which the
// verifier accepts as a LEAG target and the disassembly names as gc does.
TEST(Closure, PackageFunctionValueIsARodataFuncval) {
  CompileResult c = compile_source("prog.go", R"(package main

func add(a, b int) int { return a + b }

func main() {
	f := add
	g := add
	println(f(1, 2), f == nil, g(3, 4))
}
)");
  ASSERT_TRUE(c.ok()) << c.errors_text;
  const std::string text = disassemble(*c.image);
  const size_t first = text.find("LEAG 24(SP), main.add·f(SB)");
  EXPECT_NE(first, std::string::npos) << text;
  EXPECT_NE(text.find("main.add·f(SB)", first + 1), std::string::npos) << text;  // one funcval, shared
  EXPECT_NE(text.find("CALLCLO"), std::string::npos) << text;
  test::GoRun r = test::run_go(R"(package main

func add(a, b int) int { return a + b }

func main() {
	f := add
	println(f(1, 2), f == nil)
}
)");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "3 false\n");
}

// fmt prints a func value as reflect's Pointer() gives it: the code
// pointer (the entry), not the funcval; println prints the funcval.
TEST(Closure, FmtPrintsTheCodePointer) {
  const std::string src = R"(package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	x := 1
	g := func() int { return x }
	fmt.Printf("%p %v\n", add, g)
}
)";
  CompileResult c = compile_source("prog.go", src);
  ASSERT_TRUE(c.ok()) << c.errors_text;
  char want[64];
  snprintf(want, sizeof want, "%#llx %#llx\n", static_cast<unsigned long long>(c.image->func_named("main.add")->entry),
           static_cast<unsigned long long>(c.image->func_named("main.main.func1")->entry));
  test::GoRun r = test::run_go(src);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, want);
}

// A goroutine started on a closure holds its funcval only in g.ctxt until
// it runs: the collector must scan it there (a "ctxt" root), or the
// closure and what it captures would be freed under the goroutine.
TEST(Closure, PendingGoroutineContextIsARoot) {
  MachineOptions opts;
  opts.gc.stress = true;
  opts.gc.verify = true;
  test::GoRun r = test::run_go(R"(package main

func main() {
	done := make(chan int)
	x := 41
	go func() {
		x++
		done <- x
	}()
	s := make([]*int, 0)
	for i := 0; i < 20; i++ {
		s = append(s, new(int))
	}
	println(<-done, len(s))
}
)",
                               opts);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "42 20\n");
  size_t ctxt_roots = 0;
  for (const Event& e : r.log.events)
    if (e.kind == EventKind::GcRoots) {
      const auto& g = std::get<GcRootsEvent>(e.data);
      if (g.kind == std::string("ctxt")) {
        ++ctxt_roots;
        EXPECT_EQ(g.goroutine, 2u);
        EXPECT_EQ(g.greyed, 1u);
      }
    }
  EXPECT_GT(ctxt_roots, 0u);
}

}  // namespace
}  // namespace govm
