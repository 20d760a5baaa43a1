// The limits of a run (runtime/limits.cpp): parsing and formatting their
// values, each limit reached (message, exit status, LimitKind, the machine
// left inspectable), none reached by a normal program, and the first ending
// winning over what follows it.
#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <memory>

#include "compiler/compiler.h"
#include "runtime/limits.h"
#include "vm/machine.h"

namespace govm {
namespace {

using std::chrono::milliseconds;
using std::chrono::nanoseconds;
using std::chrono::seconds;

// ---- values ---------------------------------------------------------------------

TEST(LimitValues, SizesTakeKMGSuffixesInPowersOf1024) {
  uint64_t v = 0;
  EXPECT_TRUE(parse_size("0", v));
  EXPECT_EQ(v, 0u);
  EXPECT_TRUE(parse_size("1000", v));
  EXPECT_EQ(v, 1000u);
  EXPECT_TRUE(parse_size("64K", v));
  EXPECT_EQ(v, 65536u);
  EXPECT_TRUE(parse_size("64m", v));
  EXPECT_EQ(v, 67108864u);
  EXPECT_TRUE(parse_size("2G", v));
  EXPECT_EQ(v, uint64_t{2} << 30);
  EXPECT_TRUE(parse_size("18446744073709551615", v));
  EXPECT_EQ(v, UINT64_MAX);
}

TEST(LimitValues, BadSizesAreRefusedAndLeaveTheValue) {
  uint64_t v = 7;
  for (const char* bad : {"", "K", "-1", "1.5M", "12KB", "1T", "1 K", " 1", "1K ", "0x10", "18446744073709551616",
                          "17179869184G", "64MM"})
    EXPECT_FALSE(parse_size(bad, v)) << bad;
  EXPECT_EQ(v, 7u);
}

TEST(LimitValues, CountsTakeNoSuffix) {
  uint64_t v = 0;
  EXPECT_TRUE(parse_count("1000000", v));
  EXPECT_EQ(v, 1000000u);
  EXPECT_FALSE(parse_count("1K", v));
  EXPECT_FALSE(parse_count("", v));
  EXPECT_FALSE(parse_count("-5", v));
}

TEST(LimitValues, DurationsAreGoDurations) {
  nanoseconds d{};
  EXPECT_TRUE(parse_duration("10s", d));
  EXPECT_EQ(d, seconds(10));
  EXPECT_TRUE(parse_duration("500ms", d));
  EXPECT_EQ(d, milliseconds(500));
  EXPECT_TRUE(parse_duration("2m", d));
  EXPECT_EQ(d, seconds(120));
  EXPECT_TRUE(parse_duration("1m30s", d));
  EXPECT_EQ(d, seconds(90));
  EXPECT_TRUE(parse_duration("1.5h", d));
  EXPECT_EQ(d, seconds(5400));
  EXPECT_TRUE(parse_duration(".5s", d));
  EXPECT_EQ(d, milliseconds(500));
  EXPECT_TRUE(parse_duration("250us", d));
  EXPECT_EQ(d, nanoseconds(250000));
  EXPECT_TRUE(parse_duration("3\xc2\xb5s", d));  // µs
  EXPECT_EQ(d, nanoseconds(3000));
  EXPECT_TRUE(parse_duration("7ns", d));
  EXPECT_EQ(d, nanoseconds(7));
  EXPECT_TRUE(parse_duration("0", d));
  EXPECT_EQ(d, nanoseconds(0));
}

TEST(LimitValues, BadDurationsAreRefused) {
  nanoseconds d = seconds(3);
  // No unit, unknown units, a sign (a timeout is never negative), stray
  // characters, overflow past Go's 2562047h.
  for (const char* bad : {"", "10", "s", "10x", "10 s", "-1s", "+1s", "1.s.", ".s", "1d", "10S", "1s ", "3000000h",
                          "99999999999999999999ns"})
    EXPECT_FALSE(parse_duration(bad, d)) << bad;
  EXPECT_EQ(d, seconds(3));
}

TEST(LimitValues, FormattedForMessages) {
  EXPECT_EQ(format_size(64 << 20), "64M");
  EXPECT_EQ(format_size(uint64_t{1} << 30), "1G");
  EXPECT_EQ(format_size(1536 << 10), "1536K");
  EXPECT_EQ(format_size(100), "100");
  EXPECT_EQ(format_size(0), "0");
  // As Go's time.Duration.String.
  EXPECT_EQ(format_duration(seconds(10)), "10s");
  EXPECT_EQ(format_duration(milliseconds(500)), "500ms");
  EXPECT_EQ(format_duration(milliseconds(1500)), "1.5s");
  EXPECT_EQ(format_duration(seconds(120)), "2m0s");
  EXPECT_EQ(format_duration(seconds(5400)), "1h30m0s");
  EXPECT_EQ(format_duration(nanoseconds(1500)), "1.5\xc2\xb5s");
  EXPECT_EQ(format_duration(nanoseconds(0)), "0s");
  EXPECT_STREQ(limit_flag(LimitKind::Heap), "max-heap");
  EXPECT_STREQ(limit_flag(LimitKind::Time), "timeout");
}

// ---- runs -------------------------------------------------------------------------

// A compiled program on a machine that outlives its run, so that tests can
// inspect the state a limit left.
struct LimitedRun {
  std::unique_ptr<CaptureOutput> out = std::make_unique<CaptureOutput>();
  std::unique_ptr<Machine> machine;
  int code = -1;

  LimitedRun(const std::string& source, MachineOptions opts) {
    CompileResult c = compile_source("prog.go", source);
    if (!c.ok()) {
      ADD_FAILURE() << c.errors_text;
      return;
    }
    machine = std::make_unique<Machine>(c.image, *out, opts);
    code = machine->run();
  }
  Runtime& rt() { return machine->runtime(); }
  // The value of an int global, read from the machine's memory.
  int64_t global(const std::string& name) {
    for (const GlobalVar& g : machine->image().globals)
      if (g.name == name) {
        int64_t v = 0;
        std::memcpy(&v, rt().mem().host(g.addr, 8), 8);
        return v;
      }
    ADD_FAILURE() << "no global " << name;
    return -1;
  }
};

MachineOptions defaults() { return MachineOptions{}; }

constexpr const char* kDoubling = R"(package main

import "fmt"

var n int

func main() {
	s := "0123456789abcdef"
	for n = 0; n < 20; n++ {
		s = s + s
		fmt.Println(n, len(s))
	}
}
)";

TEST(Limits, DefaultsKeepTheHostSafeAndStayOutOfTheWay) {
  const MachineOptions o;
  EXPECT_EQ(o.max_steps, 0u);
  EXPECT_EQ(o.max_heap, uint64_t{1} << 30);
  EXPECT_EQ(o.max_output, uint64_t{1} << 30);
  EXPECT_EQ(o.timeout.count(), 0);
  EXPECT_EQ(o.max_stack, kMaxStackDefault);
}

TEST(Limits, MaxHeapEndsTheRunBeforeTheAllocationAndLeavesTheStateInspectable) {
  MachineOptions o;
  o.max_heap = 64 << 10;
  LimitedRun r(kDoubling, o);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.rt().exit_kind(), ExitKind::Limit);
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::Heap);
  // The strings up to 32 KiB fit (32 + 64 + ... + 32K = 64K - 32 bytes in
  // all); the next one, 64 KiB, does not.
  EXPECT_NE(r.out->err.find("govm: program exceeded --max-heap=64K (heap would reach "), std::string::npos)
      << r.out->err;
  EXPECT_EQ(r.out->err.find("panic"), std::string::npos) << r.out->err;
  EXPECT_EQ(r.out->err.find("fatal error"), std::string::npos) << r.out->err;
  EXPECT_NE(r.out->out.find("10 32768\n"), std::string::npos) << r.out->out;
  EXPECT_EQ(r.out->out.find("11 65536"), std::string::npos) << r.out->out;
  // The machine is as the limit left it: main is at the concatenation, the
  // loop counter and the heap hold what they held.
  EXPECT_EQ(r.global("main.n"), 11);
  EXPECT_LE(r.rt().heap().in_use(), o.max_heap);
  ASSERT_FALSE(r.rt().goroutines().empty());
  EXPECT_EQ(r.rt().current_line(*r.rt().goroutines()[0]), 10u);
}

TEST(Limits, MaxHeapIsNotReachedByANormalProgram) {
  LimitedRun r(kDoubling, defaults());  // 32 MiB of strings in all
  EXPECT_EQ(r.code, 0) << r.out->err;
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::None);
  EXPECT_NE(r.out->out.find("19 16777216\n"), std::string::npos);
}

constexpr const char* kChatty = R"(package main

import "fmt"

var n int

func main() {
	for n = 0; ; n++ {
		fmt.Println("line", n)
	}
}
)";

TEST(Limits, MaxOutputCutsTheOutputAndEndsTheRun) {
  MachineOptions o;
  o.max_output = 100;
  LimitedRun r(kChatty, o);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::Output);
  ASSERT_EQ(r.out->out.size(), 100u);
  EXPECT_EQ(r.out->out.substr(0, 14), "line 0\nline 1\n");
  EXPECT_EQ(r.out->err, "\ngovm: program exceeded --max-output=100 (output cut at 100 bytes)\n");
  EXPECT_EQ(r.rt().output_bytes(), 100u);
  // The interpreter stops at its next budget refill, not at the end of time.
  EXPECT_LT(r.global("main.n"), 1 << 20);
}

TEST(Limits, MaxOutputCountsStdoutAndStderrTogether) {
  MachineOptions o;
  o.max_output = 10;
  LimitedRun r("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Print(\"123456\")\n\tprintln(\"abcdef\")\n}\n",
               o);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.out->out, "123456");
  EXPECT_EQ(r.out->err, "abcd\ngovm: program exceeded --max-output=10 (output cut at 10 bytes)\n");
}

TEST(Limits, TheFirstEndingWinsOverAnExitOrPanicThatFollowsALimit) {
  MachineOptions o;
  o.max_output = 4;
  // The output limit strikes inside Print, which cannot fail: the program
  // goes on to return (an exit) or to divide by zero (a panic) before the
  // interpreter's next refill. Neither is reported; the limit stands.
  LimitedRun ret("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Print(\"hello\")\n}\n", o);
  EXPECT_EQ(ret.code, kExitLimit);
  EXPECT_EQ(ret.rt().exit_kind(), ExitKind::Limit);
  EXPECT_EQ(ret.out->out, "hell");
  LimitedRun pan(R"(package main

import "fmt"

var z int

func main() {
	fmt.Print("hello")
	fmt.Println(1 / z)
}
)",
          o);
  EXPECT_EQ(pan.code, kExitLimit);
  EXPECT_EQ(pan.rt().limit_kind(), LimitKind::Output);
  // The message starts a line of its own after the cut output.
  EXPECT_EQ(pan.out->err, "\ngovm: program exceeded --max-output=4 (output cut at 4 bytes)\n");
}

TEST(Limits, APanicReportIsNotCountedAsOutput) {
  MachineOptions o;
  o.max_output = 10;
  LimitedRun r(R"(package main

import "fmt"

var z int

func main() {
	fmt.Print("0123456789")
	fmt.Println(1 / z)
}
)",
        o);
  EXPECT_EQ(r.code, 2) << r.out->err;
  EXPECT_EQ(r.rt().exit_kind(), ExitKind::Panic);
  EXPECT_EQ(r.out->out, "0123456789");
  EXPECT_EQ(r.out->err.rfind("panic: runtime error: integer divide by zero\n", 0), 0u) << r.out->err;
  EXPECT_NE(r.out->err.find("main.main()"), std::string::npos) << r.out->err;
}

TEST(Limits, MaxOutputZeroIsNoLimit) {
  MachineOptions o;
  o.max_output = 0;
  o.max_steps = 3000000;
  LimitedRun r(kChatty, o);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::Steps);
  EXPECT_GT(r.out->out.size(), 1000u);
  EXPECT_EQ(r.rt().output_bytes(), r.out->out.size());
}

constexpr const char* kEndless = R"(package main

var n int

func main() {
	for {
		n++
	}
}
)";

TEST(Limits, TimeoutStopsAnEndlessLoop) {
  MachineOptions o;
  o.timeout = milliseconds(50);
  const auto start = std::chrono::steady_clock::now();
  LimitedRun r(kEndless, o);
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::Time);
  EXPECT_EQ(r.out->err, "govm: program exceeded --timeout=50ms of wall-clock time\n");
  EXPECT_GT(r.global("main.n"), 0);
  EXPECT_GE(took, milliseconds(50));  // never early; how late is the machine's business
}

TEST(Limits, TimeoutIsNotReachedByAShortProgram) {
  MachineOptions o;
  o.timeout = seconds(30);
  LimitedRun r(kDoubling, o);
  EXPECT_EQ(r.code, 0) << r.out->err;
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::None);
}

TEST(Limits, MaxStepsIsNamedToo) {
  MachineOptions o;
  o.max_steps = 1000;
  LimitedRun r(kEndless, o);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.rt().limit_kind(), LimitKind::Steps);
  EXPECT_EQ(r.machine->instructions(), 1000u);
}

}  // namespace
}  // namespace govm
