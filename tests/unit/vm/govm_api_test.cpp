// The public API (compiler/include/govm/govm.h): every call of its convenience
// layer, with the error paths a grader meets: bad source, a limit reached,
// a panic, and inspecting the machine after each.
#include <gtest/gtest.h>
#include <govm/govm.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unistd.h>

namespace govm {
namespace {

const char* kPoints = R"(package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	return &point{x, y}
}

func sum(ps []*point) int {
	t := 0
	for _, p := range ps {
		t += p.x + p.y
	}
	return t
}

func main() {
	var ps []*point
	for i := 0; i < 3; i++ {
		ps = append(ps, newPoint(i, i*i))
	}
	fmt.Println(len(ps), sum(ps))
}
)";

const char* kLoop = R"(package main

var n int

func spin() {
	for {
		n++
	}
}

func main() {
	spin()
}
)";

const char* kPanic = R"(package main

import "fmt"

var xs = []int{1, 2, 3}

func at(i int) int {
	return xs[i]
}

func main() {
	fmt.Println("before")
	fmt.Println(at(5))
}
)";

const char* kGrow = R"(package main

import "fmt"

func main() {
	var keep [][]byte
	for {
		keep = append(keep, make([]byte, 4096))
		if len(keep) < 0 {
			fmt.Println(len(keep))
		}
	}
}
)";

CompileResult must_compile(const char* src) {
  CompileResult p = compile("prog.go", src);
  EXPECT_TRUE(p.ok()) << p.errors_text;
  return p;
}

const GoroutineView* goroutine(const std::vector<GoroutineView>& gs, uint64_t id) {
  for (const GoroutineView& g : gs)
    if (g.id == id) return &g;
  return nullptr;
}

TEST(PublicAPI, CompileGivesTheProgramOrDiagnostics) {
  CompileResult p = compile("prog.go", kPoints);
  ASSERT_TRUE(p.ok()) << p.errors_text;
  EXPECT_TRUE(p.diagnostics.empty());
  EXPECT_NE(p.image, nullptr);

  CompileResult bad = compile("bad.go", "package main\n\nfunc main() {\n\tx = 1\n}\n");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.image, nullptr);
  ASSERT_EQ(bad.diagnostics.size(), 1u);
  const Diagnostic& d = bad.diagnostics[0];
  EXPECT_EQ(d.file, "bad.go");
  EXPECT_EQ(d.pos.line, 4u);
  EXPECT_EQ(d.pos.col, 2u);
  EXPECT_EQ(d.message, "undefined: x");
  EXPECT_EQ(d.format(), "bad.go:4:2: undefined: x");
  EXPECT_NE(bad.errors_text.find("bad.go:4:2: undefined: x"), std::string::npos);
}

TEST(PublicAPI, CompileFileReadsTheFileAndReportsAnUnreadableOne) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::filesystem::path path = dir / ("govm_api_test_" + std::to_string(::getpid()) + ".go");
  { std::ofstream(path) << kPoints; }
  CompileResult p = compile_file(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(p.ok()) << p.errors_text;
  EXPECT_EQ(run_program("prog.go", kPoints).out, "3 8\n");

  CompileResult missing = compile_file((dir / "govm_api_test_no_such_file.go").string());
  EXPECT_FALSE(missing.ok());
  ASSERT_FALSE(missing.diagnostics.empty());  // a value, not an exception
  EXPECT_FALSE(missing.diagnostics[0].message.empty());
}

TEST(PublicAPI, SessionRunsWithItsOutputCaptured) {
  CompileResult p = must_compile(kPoints);
  Session s(p);
  EXPECT_FALSE(s.ended());
  EXPECT_EQ(s.run(), 0);
  EXPECT_TRUE(s.ended());
  EXPECT_EQ(s.exit_code(), 0);
  EXPECT_STREQ(s.exit_reason(), "normal");
  EXPECT_EQ(s.limit_kind(), LimitKind::None);
  EXPECT_EQ(s.stdout_text(), "3 8\n");
  EXPECT_EQ(s.stderr_text(), "");
  // The Machine underneath is reachable, with the same state.
  EXPECT_EQ(s->exit_code(), 0);
  EXPECT_EQ(s.machine().instructions(), s.stats().instructions);
  EXPECT_GT(s.stats().instructions, 0u);
  // Three points (and append's arrays) on the heap.
  const MemStats ms = s.memstats();
  EXPECT_GE(ms.mallocs, 3u);
  EXPECT_GE(ms.total_alloc, 3 * 16u);
  EXPECT_EQ(ms.mallocs, s.stats().heap_objects + ms.frees);
}

TEST(PublicAPI, SessionFromAFailedCompileIsTheCallersBug) {
  CompileResult bad = compile("bad.go", "package main\n\nfunc main() { y }\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_THROW(Session s(bad), std::invalid_argument);
  EXPECT_THROW(Session s(std::shared_ptr<const Image>{}), std::invalid_argument);
}

TEST(PublicAPI, EventsReachTheCallbackAsTypedStructs) {
  CompileResult p = must_compile(kPoints);
  Session s(p);
  std::vector<HeapAllocEvent> allocs;
  uint64_t last_seq = 0, others = 0, pushes = 0;
  EXPECT_TRUE(s.on_event([&](const Event& e) {
    EXPECT_GT(e.seq, last_seq);
    last_seq = e.seq;
    if (const auto* a = std::get_if<HeapAllocEvent>(&e.data)) allocs.push_back(*a);
    else others++;
  }, kind_mask(EventKind::HeapAlloc)));
  EXPECT_TRUE(s.on_event([&](const Event& e) {
    EXPECT_EQ(e.kind, EventKind::FramePush);
    EXPECT_EQ(std::get<FramePushEvent>(e.data).func.empty(), false);
    pushes++;
  }, kind_mask({EventKind::FramePush})));
  EXPECT_EQ(s.run(), 0);
  EXPECT_EQ(others, 0u);  // only the kinds asked for
  EXPECT_EQ(allocs.size(), s.memstats().mallocs);
  int points = 0;
  for (const HeapAllocEvent& a : allocs)
    if (a.type == "main.point") {
      points++;
      EXPECT_EQ(a.line, 8u);  // return &point{x, y}
      EXPECT_EQ(a.size, 16u);
    }
  EXPECT_EQ(points, 3);
  EXPECT_GE(pushes, 7u);  // runtime.main, main.main, 3 newPoint, sum, fmt.Println...
  // Too late once the program has started: nothing is attached.
  EXPECT_FALSE(s.on_event([](const Event&) {}));
}

TEST(PublicAPI, KindMask) {
  EXPECT_EQ(kind_mask(EventKind::GlobalInit), 1u);
  EXPECT_EQ(kind_mask({EventKind::FramePush, EventKind::FramePop}), 6u);
  EXPECT_EQ(kAllEvents, (1u << static_cast<unsigned>(EventKind::Count)) - 1);
}

TEST(PublicAPI, RunUntilStepAndRunTo) {
  CompileResult p = must_compile(kPoints);
  Session s(p);
  Stop st = s.run_to_function("main.newPoint");
  ASSERT_EQ(st.reason, StopReason::Function);
  EXPECT_EQ(st.func, "main.newPoint");
  std::vector<FrameView> frames = s->frames(1);
  ASSERT_GE(frames.size(), 2u);
  EXPECT_EQ(frames[0].func, "main.newPoint");
  EXPECT_EQ(frames[1].func, "main.main");

  st = s.run_until(EventKind::HeapAlloc);
  ASSERT_EQ(st.reason, StopReason::Event);
  ASSERT_NE(st.event, nullptr);
  EXPECT_EQ(st.event->kind, EventKind::HeapAlloc);
  EXPECT_EQ(std::get<HeapAllocEvent>(st.event->data).type, "main.point");
  EXPECT_EQ(s->last_event(), st.event);

  const uint64_t before = s.stats().instructions;
  st = s.step(3);
  EXPECT_EQ(st.reason, StopReason::Step);
  EXPECT_EQ(s.stats().instructions, before + 3);

  st = s.run_to_line(24);  // fmt.Println(len(ps), sum(ps))
  ASSERT_EQ(st.reason, StopReason::Line);
  EXPECT_EQ(st.func, "main.main");
  EXPECT_EQ(s.stdout_text(), "");
  st = s.run_until_event(kind_mask(EventKind::HeapAlloc) | kind_mask(EventKind::FramePush));
  EXPECT_EQ(st.reason, StopReason::Event);
  EXPECT_EQ(s.run(), 0);
  EXPECT_EQ(s.stdout_text(), "3 8\n");
  EXPECT_EQ(s.step().reason, StopReason::Ended);
}

TEST(PublicAPI, ALimitEndsTheRunWithStatus124AndTheStateInspectable) {
  CompileResult p = must_compile(kLoop);
  MachineOptions opts;
  ASSERT_EQ(set_limit(opts, "max-steps", "10000"), std::nullopt);
  Session s(p, opts);
  EXPECT_EQ(s.run(), kExitLimit);
  EXPECT_EQ(s.exit_code(), 124);
  EXPECT_STREQ(s.exit_reason(), "limit");
  EXPECT_EQ(s.limit_kind(), LimitKind::Steps);
  EXPECT_NE(s.stderr_text().find("govm: "), std::string::npos) << s.stderr_text();
  EXPECT_EQ(s.stats().instructions, 10000u);
  // The goroutine that was stopped, where it was stopped.
  std::vector<FrameView> frames = s->frames(1);
  ASSERT_GE(frames.size(), 2u);
  EXPECT_EQ(frames[0].func, "main.spin");
  EXPECT_EQ(frames[1].func, "main.main");
  std::vector<GlobalView> globals = s->globals();
  bool saw_n = false;
  for (const GlobalView& g : globals)
    if (g.name == "main.n") {
      saw_n = true;
      EXPECT_NE(g.value, "0");  // the loop ran
    }
  EXPECT_TRUE(saw_n);
  EXPECT_FALSE(s->segments().empty());
  EXPECT_EQ(s.step().reason, StopReason::Ended);
}

TEST(PublicAPI, AHeapLimitFromItsFlag) {
  CompileResult p = must_compile(kGrow);
  MachineOptions opts;
  ASSERT_EQ(set_limit(opts, "--max-heap", "1M"), std::nullopt);
  EXPECT_EQ(opts.max_heap, 1u << 20);
  Session s(p, opts);
  EXPECT_EQ(s.run(), kExitLimit);
  EXPECT_EQ(s.limit_kind(), LimitKind::Heap);
  EXPECT_LE(s.memstats().heap_alloc, 1u << 20);
  EXPECT_GT(s.memstats().mallocs, 100u);
}

TEST(PublicAPI, InspectingAfterAPanic) {
  CompileResult p = must_compile(kPanic);
  Session s(p);
  EXPECT_EQ(s.run(), 2);
  EXPECT_STREQ(s.exit_reason(), "panic");
  EXPECT_EQ(s.stdout_text(), "before\n");
  EXPECT_EQ(s.stderr_text().rfind("panic: runtime error: index out of range [5] with length 3", 0), 0u)
      << s.stderr_text();
  EXPECT_NE(s.stderr_text().find("main.at("), std::string::npos);
  EXPECT_NE(s.stderr_text().find("goroutine 1 [running]:"), std::string::npos);
  // The machine is still there to look at.
  EXPECT_GT(s.stats().instructions, 0u);
  bool saw_xs = false;
  for (const GlobalView& g : s->globals())
    if (g.name == "main.xs") {
      saw_xs = true;
      EXPECT_EQ(g.value, "[1 2 3]");
    }
  EXPECT_TRUE(saw_xs);
  EXPECT_NE(goroutine(s->goroutines(), 1), nullptr);
  (void)s->frames(1);  // whatever is left of the stack: no crash
  EXPECT_EQ(s.run_to_line(8).reason, StopReason::Ended);
}

TEST(PublicAPI, SetLimitParsesTheCommandsFlags) {
  MachineOptions o;
  EXPECT_EQ(set_limit(o, "max-steps", "1000"), std::nullopt);
  EXPECT_EQ(o.max_steps, 1000u);
  EXPECT_EQ(set_limit(o, "max-stack", "64K"), std::nullopt);
  EXPECT_EQ(o.max_stack, 65536u);
  EXPECT_EQ(set_limit(o, "max-output", "2k"), std::nullopt);
  EXPECT_EQ(o.max_output, 2048u);
  EXPECT_EQ(set_limit(o, "--timeout", "1m30s"), std::nullopt);
  EXPECT_EQ(o.timeout, std::chrono::seconds(90));
  EXPECT_EQ(set_limit(o, "max-heap", "0"), std::nullopt);  // off
  EXPECT_EQ(o.max_heap, 0u);

  EXPECT_EQ(set_limit(o, "max-heap", "12Q"),
            "invalid value \"12Q\" for flag --max-heap: want bytes, with an optional K, M or G suffix");
  EXPECT_EQ(set_limit(o, "max-stack", "0"), "invalid value \"0\" for flag --max-stack");
  EXPECT_EQ(o.max_stack, 65536u);  // unchanged by a refused value
  EXPECT_EQ(set_limit(o, "max-steps", "-1"), "invalid value \"-1\" for flag --max-steps");
  EXPECT_TRUE(set_limit(o, "timeout", "soon").has_value());
  EXPECT_EQ(set_limit(o, "max-cats", "3"), "unknown limit --max-cats");
}

TEST(PublicAPI, SandboxOptionsBoundEveryLimit) {
  const MachineOptions o = sandbox_options();
  const MachineOptions d;
  EXPECT_GT(o.max_steps, 0u);
  EXPECT_GT(o.timeout.count(), 0);
  EXPECT_GT(o.max_heap, 0u);
  EXPECT_LE(o.max_heap, d.max_heap);
  EXPECT_GT(o.max_output, 0u);
  EXPECT_LE(o.max_output, d.max_output);
  EXPECT_LE(o.max_stack, d.max_stack);
  // An endless loop under them ends, as a limit.
  CompileResult p = must_compile(kLoop);
  MachineOptions quick = o;
  quick.max_steps = 100000;
  Session s(p, quick);
  EXPECT_EQ(s.run(), kExitLimit);
}

// `govm build -m prog.go` prints these for kPoints, as gc does
// (`go build -gcflags='-m -l'`, which names the file ./prog.go).
TEST(PublicAPI, EscapeLinesAreBuildMs) {
  CompileResult p = must_compile(kPoints);
  const std::vector<std::string> want = {
      "prog.go:8:9: &point{...} escapes to heap",
      "prog.go:11:10: ps does not escape",
      "prog.go:24:13: ... argument does not escape",
      "prog.go:24:17: len(ps) escapes to heap",
      "prog.go:24:26: sum(ps) escapes to heap",
  };
  EXPECT_EQ(escape_lines("prog.go", p), want);
  ASSERT_EQ(p.escapes.size(), want.size());
  EXPECT_EQ(p.escapes[0].line, 8u);
  EXPECT_EQ(p.escapes[0].col, 9u);
  EXPECT_EQ(p.escapes[0].message, "&point{...} escapes to heap");
  // -m=2: each decision's explanation lines follow it, same prefix.
  const std::vector<std::string> explained = escape_lines("prog.go", p, true);
  EXPECT_GT(explained.size(), want.size());
  EXPECT_EQ(explained.front(), want.front());
  for (const std::string& line : explained) EXPECT_EQ(line.rfind("prog.go:", 0), 0u) << line;
}

TEST(PublicAPI, RunProgramInOneCall) {
  RunResult ok = run_program("prog.go", kPoints);
  EXPECT_TRUE(ok.compiled);
  EXPECT_EQ(ok.exit_code, 0);
  EXPECT_EQ(ok.exit_reason, "normal");
  EXPECT_EQ(ok.out, "3 8\n");
  EXPECT_EQ(ok.err, "");
  EXPECT_GT(ok.stats.instructions, 0u);
  EXPECT_GE(ok.memstats.mallocs, 3u);

  RunResult bad = run_program("bad.go", "package main\n\nfunc main() {\n\tx = 1\n}\n");
  EXPECT_FALSE(bad.compiled);
  EXPECT_EQ(bad.exit_code, 1);
  ASSERT_EQ(bad.diagnostics.size(), 1u);
  EXPECT_EQ(bad.diagnostics[0].format(), "bad.go:4:2: undefined: x");
  EXPECT_EQ(bad.stats.instructions, 0u);

  RunResult panicked = run_program("prog.go", kPanic);
  EXPECT_EQ(panicked.exit_code, 2);
  EXPECT_EQ(panicked.exit_reason, "panic");
  EXPECT_EQ(panicked.out, "before\n");
}

TEST(PublicAPI, ASessionMovesWithItsOutputAndCallbacks) {
  CompileResult p = must_compile(kPoints);
  int allocs = 0;
  Session a(p);
  a.on_event([&](const Event&) { allocs++; }, kind_mask(EventKind::HeapAlloc));
  a.run_to_function("main.sum");
  Session b(std::move(a));
  Session c(must_compile(kLoop));
  c = std::move(b);
  EXPECT_EQ(c.run(), 0);
  EXPECT_EQ(c.stdout_text(), "3 8\n");
  EXPECT_EQ(static_cast<uint64_t>(allocs), c.memstats().mallocs);
}

}  // namespace
}  // namespace govm
