// Go source through the compiler and the machine: outputs, panics and exit
// codes as real Go's (recorded from Go 1.19 runs), events, limits.
#include <gtest/gtest.h>

#include "compiler/compiler.h"
#include "tests/unit/vm/asm.h"
#include "vm/disasm.h"

namespace govm {
namespace {

using Result = test::GoRun;
using test::run_go;

TEST(E2E, IntegersStringsAndRunesAsGo) {
  Result r = run_go(R"(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	var a int8 = 127
	a++
	var u uint8 = 0
	u--
	x := -7
	fmt.Println(fib(20), a, u, x/2, x%3, x>>1, uint(1)<<63>>62)
	s := "héllo"
	for i, r := range s {
		fmt.Println(i, r)
	}
	fmt.Println(s[1:3] == "é", len(s), s[4])
}
)");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "6765 -128 255 -3 -1 -4 2\n0 104\n1 233\n3 108\n4 108\n5 111\ntrue 6 108\n");
}

TEST(E2E, IndexPanicAsGo) {
  Result r = run_go(R"(package main

func get(s string, i int) byte {
	return s[i]
}

func main() {
	println(get("abc", 5))
}
)");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.get(", 0),
            0u)
      << r.err;
  EXPECT_NE(r.err.find("\nmain.main()\n"), std::string::npos) << r.err;
}

TEST(E2E, DivideByZeroAndMinIntAsGo) {
  Result r = run_go(R"(package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	m := -9223372036854775807 - 1
	fmt.Println(div(m, -1), m%-1)
	var i8, d int8 = -128, -1
	fmt.Println(i8/d, i8%d)
	fmt.Println(div(1, 0))
}
)");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "-9223372036854775808 0\n-128 0\n");
  EXPECT_EQ(r.err.rfind("panic: runtime error: integer divide by zero\n", 0), 0u) << r.err;
}

const char* kRecursion = R"(package main

import "fmt"

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	fmt.Println(sum(100000))
}
)";

TEST(E2E, DeepRecursionGrowsTheStackAndKeepsValues) {
  Result r = run_go(kRecursion);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "5000050000\n");
  EXPECT_GE(r.log.count(EventKind::StackGrow), 10u);
  size_t pushes_of_sum = 0;
  for (const Event& e : r.log.events) {
    if (e.kind != EventKind::FramePush) continue;
    const auto& p = std::get<FramePushEvent>(e.data);
    if (p.func != "main.sum") continue;
    ++pushes_of_sum;
    EXPECT_EQ(p.line, pushes_of_sum == 1 ? 13u : 9u);
  }
  EXPECT_EQ(pushes_of_sum, 100001u);
}

TEST(E2E, StackOverflowPastMaxStack) {
  MachineOptions opts;
  opts.max_stack = 1 << 20;
  Result r = run_go(kRecursion, opts);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("runtime: goroutine stack exceeds 1048576-byte limit\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("fatal error: stack overflow"), std::string::npos) << r.err;
}

TEST(E2E, MaxStepsStopsAnEndlessLoop) {
  MachineOptions opts;
  opts.max_steps = 100000;
  Result r = run_go("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", opts);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.instructions, 100000u);
  EXPECT_NE(r.err.find("exceeded --max-steps=100000 instructions"), std::string::npos) << r.err;
}

TEST(E2E, DisassemblyNamesCallees) {
  CompileResult c = compile_source("prog.go", kRecursion);
  ASSERT_TRUE(c.ok()) << c.errors_text;
  const std::string text = disassemble(*c.image);
  EXPECT_NE(text.find("TEXT main.sum(SB) prog.go\n  prog.go:5\t"), std::string::npos) << text;
  EXPECT_NE(text.find("\tCALL main.sum(SB)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\tCALLRT "), std::string::npos) << text;
  EXPECT_NE(text.find("fmt.Println(SB)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("TEXT runtime.main(SB)"), std::string::npos) << text;
}

}  // namespace
}  // namespace govm
