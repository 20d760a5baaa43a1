// The machine API (vm/machine.h, vm/inspect.h): running in parts (to an
// event, n instructions, a line, a function), inspecting a paused machine,
// and that a run in parts is the run.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "compiler/compiler.h"
#include "tests/unit/vm/asm.h"
#include "vm/machine.h"

namespace govm {
namespace {

constexpr uint32_t bit(EventKind k) { return 1u << static_cast<unsigned>(k); }

const char* kFib = R"(package main

import "fmt"

var counter = 42
var total = fib(6)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	total = fib(5)
	counter++
	fmt.Println(total, counter)
}
)";

// Recursion deep enough to grow goroutine 1's stack a few times.
const char* kDeep = R"(package main

import "fmt"

func down(n int) int {
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println(down(300))
}
)";

std::shared_ptr<const Image> compile(const char* src) {
  CompileResult c = compile_source("prog.go", src);
  EXPECT_TRUE(c.ok()) << c.errors_text;
  return c.image;
}

struct Plain {
  int code;
  std::string out;
  uint64_t instructions;
};

Plain run_plain(const std::shared_ptr<const Image>& image) {
  CaptureOutput out;
  Machine m(image, out);
  const int code = m.run();
  return {code, out.out, m.instructions()};
}

const GlobalView* global(const std::vector<GlobalView>& gs, const std::string& name) {
  for (const GlobalView& g : gs)
    if (g.name == name) return &g;
  return nullptr;
}

TEST(MachineAPI, RunUntilEventStopsAfterEachFramePush) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  Stop s;
  do {
    s = m.run_until_event(bit(EventKind::FramePush));
    ASSERT_EQ(s.reason, StopReason::Event);
  } while (std::get<FramePushEvent>(s.event->data).func != "main.main");
  // After main.main's ENTER: its first statement is next.
  EXPECT_EQ(s.func, "main.main");
  EXPECT_EQ(s.line, 16u);
  EXPECT_EQ(m.last_event(), s.event);
  EXPECT_EQ(s.event->goid, 1u);
  EXPECT_EQ(std::get<FramePushEvent>(s.event->data).depth, 2u);  // runtime.main, main.main
  const uint64_t at_main = m.instructions();

  s = m.run_until_event(bit(EventKind::FramePush));
  ASSERT_EQ(s.reason, StopReason::Event);
  const auto& push = std::get<FramePushEvent>(s.event->data);
  EXPECT_EQ(push.func, "main.fib");
  EXPECT_EQ(push.line, 16u);  // the call site
  EXPECT_EQ(push.depth, 3u);
  EXPECT_EQ(s.func, "main.fib");
  EXPECT_EQ(s.line, 9u);
  EXPECT_EQ(m.instructions(), at_main + 3);  // MOVK, CALL, ENTER
  EXPECT_FALSE(m.ended());
  EXPECT_TRUE(out.out.empty());
}

TEST(MachineAPI, LoaderEventsComeFirstWithoutRunning) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  Stop s = m.run_until_event(bit(EventKind::GlobalInit));
  ASSERT_EQ(s.reason, StopReason::Event);
  EXPECT_EQ(s.event->goid, 0u);  // the loader
  EXPECT_EQ(m.instructions(), 0u);
  // The next GlobalInit after the loader's is the init code's, for total.
  do s = m.run_until_event(bit(EventKind::GlobalInit));
  while (s.reason == StopReason::Event && s.event->goid == 0);
  ASSERT_EQ(s.reason, StopReason::Event);
  const auto& init = std::get<GlobalInitEvent>(s.event->data);
  EXPECT_EQ(init.name, "main.total");
  EXPECT_TRUE(init.by_code);
  EXPECT_EQ(init.value, "8");
  EXPECT_GT(m.instructions(), 0u);
  // No more GlobalInit: the run goes to the end.
  s = m.run_until_event(bit(EventKind::GlobalInit));
  EXPECT_EQ(s.reason, StopReason::Ended);
  EXPECT_EQ(s.event, nullptr);
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), 0);
  EXPECT_EQ(out.out, "5 43\n");
}

TEST(MachineAPI, StepRunsExactlyNInstructions) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  EXPECT_EQ(m.instructions(), 0u);
  Stop s = m.step(1);
  ASSERT_EQ(s.reason, StopReason::Step);
  EXPECT_EQ(m.instructions(), 1u);
  EXPECT_EQ(s.func, "runtime.main");  // its ENTER ran; the CALL to main.init is next
  Addr pc = s.pc;
  for (uint64_t i = 2; i <= 50; ++i) {
    s = m.step(1);
    ASSERT_EQ(s.reason, StopReason::Step);
    EXPECT_EQ(m.instructions(), i);
    EXPECT_NE(s.pc, pc);  // no instruction of this program jumps to itself
    EXPECT_EQ(m.goroutines().at(0).pc, s.pc);
    pc = s.pc;
  }
  s = m.step(100);  // (the whole program is a few hundred)
  ASSERT_EQ(s.reason, StopReason::Step);
  EXPECT_EQ(m.instructions(), 150u);
  EXPECT_EQ(m.step(0).pc, s.pc);
  EXPECT_EQ(m.instructions(), 150u);
  // Stepping past the end ends the run, with every instruction counted.
  const Plain plain = run_plain(image);
  s = m.step(1u << 30);
  EXPECT_EQ(s.reason, StopReason::Ended);
  EXPECT_EQ(m.instructions(), plain.instructions);
  EXPECT_EQ(out.out, plain.out);
  EXPECT_EQ(m.step(1).reason, StopReason::Ended);
}

TEST(MachineAPI, RunToLineAndGlobalsBeforeAndAfterInit) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  // Before the program starts: data holds its initializer, bss zeros.
  auto gs = m.globals();
  ASSERT_NE(global(gs, "main.counter"), nullptr);
  ASSERT_NE(global(gs, "main.total"), nullptr);
  EXPECT_EQ(global(gs, "main.counter")->value, "42");
  EXPECT_EQ(global(gs, "main.counter")->segment, "data");
  EXPECT_EQ(global(gs, "main.counter")->type, "int");
  EXPECT_EQ(global(gs, "main.total")->value, "0");
  EXPECT_EQ(global(gs, "main.total")->segment, "bss");

  Stop s = m.run_to_line(17);
  ASSERT_EQ(s.reason, StopReason::Line);
  EXPECT_EQ(s.line, 17u);
  EXPECT_EQ(s.func, "main.main");
  const FuncInfo* main = image->func_named("main.main");
  ASSERT_NE(main, nullptr);
  // The first instruction of line 17.
  for (const PcLine& pl : main->lines)
    if (pl.line == 17) {
      EXPECT_EQ(s.pc, main->entry + pl.pc_offset);
      break;
    }
  gs = m.globals();
  EXPECT_EQ(global(gs, "main.total")->value, "5");     // line 16 ran
  EXPECT_EQ(global(gs, "main.counter")->value, "42");  // line 17 has not
  s = m.step(3);  // GLOAD, ADDI, GSTORE
  EXPECT_EQ(m.globals().size(), gs.size());
  EXPECT_EQ(global(m.globals(), "main.counter")->value, "43");
  EXPECT_EQ(s.line, 18u);

  // A line with no code is never reached.
  s = m.run_to_line(3);
  EXPECT_EQ(s.reason, StopReason::Ended);
  EXPECT_EQ(out.out, "5 43\n");
}

TEST(MachineAPI, FramesOfARecursionInnermostFirst) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  Stop s = m.run_to_function("main.main");
  ASSERT_EQ(s.reason, StopReason::Function);
  EXPECT_EQ(s.line, 16u);
  for (int i = 0; i < 3; ++i) {  // fib(5), fib(4), fib(3)
    s = m.run_to_function("main.fib");
    ASSERT_EQ(s.reason, StopReason::Function);
  }
  EXPECT_EQ(s.line, 9u);
  const std::vector<FrameView> fs = m.frames(1);
  ASSERT_EQ(fs.size(), 5u);
  const char* funcs[] = {"main.fib", "main.fib", "main.fib", "main.main", "runtime.main"};
  const uint32_t lines[] = {9, 12, 12, 16};
  const char* ns[] = {"3", "4", "5"};
  for (size_t i = 0; i < fs.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(fs[i].func, funcs[i]);
    EXPECT_TRUE(fs[i].entered);
    EXPECT_LT(fs[i].lo, fs[i].hi);
    if (i > 0) {
      EXPECT_EQ(fs[i].lo, fs[i - 1].hi);  // frames are adjacent on the stack
    }
    if (i + 1 < fs.size()) {
      EXPECT_EQ(fs[i].return_addr, fs[i + 1].pc);
    }
    if (i < 4) {
      EXPECT_EQ(fs[i].line, lines[i]);
      EXPECT_EQ(fs[i].file, "prog.go");
    }
    if (i < 3) {
      ASSERT_FALSE(fs[i].locals.empty());
      const LocalView& n = fs[i].locals[0];
      EXPECT_EQ(n.name, "n");
      EXPECT_EQ(n.type, "int");
      EXPECT_EQ(n.role, "param");
      EXPECT_EQ(n.value, ns[i]);
      EXPECT_GE(n.addr, fs[i].hi);  // a parameter is in the caller's outgoing area
    }
  }
  EXPECT_EQ(fs[0].pc, s.pc);
  EXPECT_EQ(fs[0].lo, m.goroutines().at(0).sp);
  const auto segs = m.segments();
  const SegmentInfo& stack = segs.back();
  EXPECT_EQ(stack.name, "stack");
  EXPECT_EQ(stack.goid, 1u);
  EXPECT_GE(fs[0].lo, stack.lo);
  EXPECT_EQ(fs.back().hi, stack.hi);

  // On fib's ENTER, just called: its frame is not reserved yet, its
  // argument is there already.
  s = m.run_to_line(8);  // fib's ENTER
  ASSERT_EQ(s.reason, StopReason::Line);
  const std::vector<FrameView> at_call = m.frames(1);
  ASSERT_EQ(at_call.size(), 6u);
  EXPECT_EQ(at_call[0].func, "main.fib");
  EXPECT_FALSE(at_call[0].entered);
  EXPECT_EQ(at_call[0].hi - at_call[0].lo, 16u);
  ASSERT_EQ(at_call[0].locals.size(), 2u);  // n and the result; no locals
  EXPECT_EQ(at_call[0].locals[0].value, "2");
  EXPECT_EQ(at_call[1].func, "main.fib");
  EXPECT_EQ(at_call[1].lo, at_call[0].hi);
  EXPECT_EQ(at_call[1].locals[0].value, "3");
  EXPECT_TRUE(m.frames(7).empty());
}

TEST(MachineAPI, ARunInPartsIsTheRun) {
  auto image = compile(kDeep);
  ASSERT_TRUE(image);
  const Plain plain = run_plain(image);
  EXPECT_EQ(plain.code, 0);
  EXPECT_EQ(plain.out, "300\n");

  CaptureOutput out;
  test::EventLog log;
  Machine m(image, out);
  m.attach(&log);
  m.step(7);
  m.run_until_event(bit(EventKind::FramePop) | bit(EventKind::StackGrow));
  m.run_to_line(9);
  m.step(123);
  m.run_to_function("main.down");
  EXPECT_FALSE(m.ended());
  EXPECT_EQ(m.run(), 0);
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), 0);
  EXPECT_EQ(out.out, plain.out);
  EXPECT_EQ(m.instructions(), plain.instructions);

  // The counters agree with the events.
  const Stats st = m.stats();
  EXPECT_EQ(st.instructions, plain.instructions);
  EXPECT_EQ(st.frames_pushed, log.count(EventKind::FramePush));
  EXPECT_EQ(st.stack_growths, log.count(EventKind::StackGrow));
  EXPECT_GE(st.stack_growths, 2u);
  EXPECT_EQ(st.heap_objects, log.count(EventKind::HeapAlloc));
  EXPECT_EQ(st.events, log.events.size());
}

TEST(MachineAPI, PauseAcrossAStackGrowth) {
  auto image = compile(kDeep);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  const uint32_t kinds = bit(EventKind::StackGrow) | bit(EventKind::FramePush);
  Stop s = m.run_until_event(kinds);
  while (s.reason == StopReason::Event && s.event->kind != EventKind::StackGrow) s = m.run_until_event(kinds);
  ASSERT_EQ(s.reason, StopReason::Event);
  const StackGrowEvent grow = std::get<StackGrowEvent>(s.event->data);
  const Addr pc = s.pc;
  // The FramePush of the same ENTER comes next, without running further.
  const uint64_t n = m.instructions();
  s = m.run_until_event(kinds);
  ASSERT_EQ(s.reason, StopReason::Event);
  EXPECT_EQ(s.event->kind, EventKind::FramePush);
  EXPECT_EQ(m.instructions(), n);
  EXPECT_EQ(s.pc, pc);

  const GoroutineView g = m.goroutines().at(0);
  EXPECT_EQ(g.stack_lo, grow.new_lo);
  EXPECT_EQ(g.stack_hi, grow.new_hi);
  EXPECT_EQ(g.status, "running");
  const std::vector<FrameView> fs = m.frames(1);
  ASSERT_GE(fs.size(), 3u);
  for (const FrameView& f : fs) {
    EXPECT_GE(f.lo, grow.new_lo);
    EXPECT_LE(f.hi, grow.new_hi);
  }
  EXPECT_EQ(fs.back().func, "runtime.main");
  EXPECT_EQ(fs.back().hi, grow.new_hi);
  // The parameters count down from the outermost down() call.
  ASSERT_EQ(fs[0].func, "main.down");
  const std::string n0 = fs[0].locals.at(0).value;
  EXPECT_EQ(std::to_string(std::stoi(fs[1].locals.at(0).value) - 1), n0);
  EXPECT_EQ(fs[fs.size() - 3].locals.at(0).value, "300");

  EXPECT_EQ(m.run(), 0);
  EXPECT_EQ(out.out, "300\n");
}

TEST(MachineAPI, SegmentsAndStats) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  m.run_to_function("main.fib");
  const auto segs = m.segments();
  ASSERT_EQ(segs.size(), 6u);
  const char* names[] = {"text", "rodata", "data", "bss", "heap", "stack"};
  for (size_t i = 0; i < segs.size(); ++i) {
    EXPECT_EQ(segs[i].name, names[i]);
    EXPECT_LE(segs[i].lo, segs[i].hi);
  }
  EXPECT_EQ(segs[0].lo, kTextBase);
  EXPECT_EQ(segs[0].hi, image->text_end());
  EXPECT_LT(segs[0].hi, segs[1].lo);
  const Stats st = m.stats();
  EXPECT_EQ(st.instructions, m.instructions());
  EXPECT_EQ(st.frames_pushed, 3u);  // runtime.main, main.init, main.fib (fib(6), total's initializer)
}

TEST(MachineAPI, PausesInsideRuntimeCallsAndAPanicAsUninterrupted) {
  auto image = compile(R"(package main

import "fmt"

var zero int
var name = "go"

func div(a, b int) int {
	return a / b
}

func main() {
	s := name + "vm"
	fmt.Println(s, len(s))
	fmt.Println(div(1, zero))
}
)");
  ASSERT_TRUE(image);
  CaptureOutput plain_out;
  Machine plain(image, plain_out);
  const int plain_code = plain.run();
  EXPECT_EQ(plain_code, 2);
  EXPECT_EQ(plain_out.out, "govm 4\n");

  CaptureOutput out;
  Machine m(image, out);
  Stop s = m.run_until_event(bit(EventKind::HeapAlloc));
  ASSERT_EQ(s.reason, StopReason::Event);
  const auto& alloc = std::get<HeapAllocEvent>(s.event->data);
  EXPECT_EQ(alloc.size, 4u);
  EXPECT_EQ(alloc.line, 13u);
  EXPECT_EQ(s.func, "main.main");  // after the CALLRT that allocated
  EXPECT_EQ(m.stats().heap_objects, 1u);
  EXPECT_TRUE(out.out.empty());
  s = m.run_to_function("main.div");
  ASSERT_EQ(s.reason, StopReason::Function);
  EXPECT_EQ(out.out, "govm 4\n");
  const auto fs = m.frames(1);
  ASSERT_EQ(fs.size(), 3u);
  ASSERT_EQ(fs[0].locals.size(), 3u);
  EXPECT_EQ(fs[0].locals[0].name, "a");
  EXPECT_EQ(fs[0].locals[0].value, "1");
  EXPECT_EQ(fs[0].locals[1].value, "0");
  EXPECT_EQ(fs[0].locals[2].role, "result");
  // fs[1] is main.main: s is a live local there.
  bool saw_s = false;
  for (const LocalView& l : fs[1].locals)
    if (l.name == "s") {
      saw_s = true;
      EXPECT_EQ(l.value, "govm");
      EXPECT_EQ(l.role, "local");
      EXPECT_EQ(l.type, "string");
    }
  EXPECT_TRUE(saw_s);
  s = m.step(1u << 20);
  EXPECT_EQ(s.reason, StopReason::Ended);
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), plain_code);
  EXPECT_EQ(m.run(), plain_code);
  EXPECT_EQ(out.out, plain_out.out);
  EXPECT_EQ(out.err, plain_out.err);
  EXPECT_EQ(m.instructions(), plain.instructions());
}

TEST(MachineAPI, TimePausedIsNotTheProgramsTime) {
  auto image = compile(kFib);
  ASSERT_TRUE(image);
  CaptureOutput out;
  MachineOptions opts;
  opts.timeout = std::chrono::milliseconds(100);
  Machine m(image, out, opts);
  m.step(1);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  EXPECT_EQ(m.run(), 0) << out.err;
  EXPECT_EQ(out.out, "5 43\n");
}

TEST(MachineAPI, APausedMachineIsDestroyedCleanly) {
  auto image = compile(kDeep);
  ASSERT_TRUE(image);
  for (int i = 0; i < 3; ++i) {
    CaptureOutput out;
    Machine m(image, out);
    Stop s = m.run_until_event(bit(EventKind::StackGrow));
    ASSERT_EQ(s.reason, StopReason::Event);
    m.step(i * 10);
    EXPECT_FALSE(m.ended());
  }  // each machine unwinds its suspended fiber here
  CaptureOutput out;
  { Machine unstarted(image, out); }
  EXPECT_TRUE(out.out.empty());
}

}  // namespace
}  // namespace govm
