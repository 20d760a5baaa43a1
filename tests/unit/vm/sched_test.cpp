// The scheduler (runtime/proc.cpp) through the machine: goroutines on
// their fibers, Go's order, preemption and its seed, the virtual clock,
// deadlocks, --max-goroutines, the collector's view of parked and
// preempted goroutines, and inspecting a machine paused among them.
#include <gtest/gtest.h>

#include <set>

#include "compiler/compiler.h"
#include "tests/unit/vm/asm.h"
#include "vm/machine.h"

namespace govm {
namespace {

constexpr uint32_t bit(EventKind k) { return 1u << static_cast<unsigned>(k); }

std::shared_ptr<const Image> compile(const char* src) {
  CompileResult c = compile_source("prog.go", src);
  EXPECT_TRUE(c.ok()) << c.errors_text;
  return c.image;
}

// A traceback without its " +0x1c" pc offsets, which move with the code.
std::string without_offsets(std::string s) {
  for (size_t at; (at = s.find(" +0x")) != std::string::npos;) s.erase(at, s.find('\n', at) - at);
  return s;
}

struct Outcome {
  int code = -1;
  std::string out, err;
  uint64_t instructions = 0;
};

Outcome run(const std::shared_ptr<const Image>& image, MachineOptions opts = {}) {
  CaptureOutput out;
  Machine m(image, out, opts);
  Outcome r;
  r.code = m.run();
  r.out = out.out;
  r.err = out.err;
  r.instructions = m.instructions();
  return r;
}

// Two goroutines add to one counter with no lock: lost updates appear
// only where a preemption falls between a load and its store.
const char* kRace = R"(package main

import "fmt"

var counter int

func add(n int, done chan bool) {
	for i := 0; i < n; i++ {
		counter++
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go add(20000, done)
	go add(20000, done)
	<-done
	<-done
	fmt.Println(counter)
}
)";

TEST(Sched, PreemptionIsDeterministicAndTheSeedVariesIt) {
  auto image = compile(kRace);
  ASSERT_TRUE(image);
  MachineOptions none;
  none.preempt = 0;  // each goroutine runs until it blocks: no race
  EXPECT_EQ(run(image, none).out, "40000\n");

  const Outcome a = run(image), b = run(image);
  EXPECT_EQ(a.out, b.out);  // the same run, instruction for instruction
  EXPECT_EQ(a.instructions, b.instructions);
  EXPECT_NE(a.out, "40000\n") << "a 10000-instruction slice ends inside some counter++";

  std::set<std::string> totals;
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    MachineOptions o;
    o.sched_seed = seed;
    const Outcome r1 = run(image, o), r2 = run(image, o);
    EXPECT_EQ(r1.out, r2.out) << "seed " << seed << " replays";
    totals.insert(r1.out);
  }
  EXPECT_GE(totals.size(), 3u) << "seeds give different interleavings";
}

// Without a race, how often goroutines are preempted changes nothing:
// not the output, not one instruction.
TEST(Sched, TheInstructionCountDoesNotDependOnTheSlice) {
  auto image = compile(R"(package main

import "fmt"

func sum(n int, out chan int) {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	out <- s
}

func main() {
	out := make(chan int, 3)
	go sum(1000, out)
	go sum(2000, out)
	go sum(3000, out)
	fmt.Println(<-out + <-out + <-out)
}
)");
  ASSERT_TRUE(image);
  const Outcome base = run(image);
  EXPECT_EQ(base.out, "7003000\n");
  for (uint64_t slice : {0u, 1u, 7u, 100u, 5000u}) {
    MachineOptions o;
    o.preempt = slice;
    const Outcome r = run(image, o);
    EXPECT_EQ(r.out, base.out) << "--preempt " << slice;
    EXPECT_EQ(r.instructions, base.instructions) << "--preempt " << slice;
  }
}

// Go's order with one P: the newest goroutine runs first (runnext), the
// others in the order they were made.
TEST(Sched, NewGoroutinesRunNewestFirstThenInOrder) {
  auto image = compile(R"(package main

func hello(id int, done chan bool) {
	println(id)
	done <- true
}

func main() {
	done := make(chan bool, 4)
	for i := 1; i <= 4; i++ {
		go hello(i, done)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}
)");
  ASSERT_TRUE(image);
  EXPECT_EQ(run(image).err, "4\n1\n2\n3\n");
}

TEST(Sched, SleepersWakeInVirtualTimeOrderWithoutWaiting) {
  auto image = compile(R"(package main

import "time"

func nap(ms int, done chan int) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	done <- ms
}

func main() {
	done := make(chan int)
	go nap(300, done)
	go nap(100, done)
	go nap(200, done)
	go nap(3600000, done) // an hour
	for i := 0; i < 4; i++ {
		println(<-done)
	}
}
)");
  ASSERT_TRUE(image);
  const auto start = std::chrono::steady_clock::now();
  const Outcome r = run(image);
  EXPECT_EQ(r.err, "100\n200\n300\n3600000\n");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30)) << "the clock is virtual";
}

TEST(Sched, DeadlockShowsEveryGoroutineWithItsWaitReason) {
  auto image = compile(R"(package main

func recv(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go recv(c)
	var nilc chan int
	nilc <- 1
}
)");
  ASSERT_TRUE(image);
  const Outcome r = run(image);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(without_offsets(r.err),
            "fatal error: all goroutines are asleep - deadlock!\n"
            "\n"
            "goroutine 1 [chan send (nil chan)]:\n"
            "main.main()\n"
            "\tprog.go:11\n"
            "\n"
            "goroutine 2 [chan receive]:\n"
            "main.recv(0xc000000000)\n"
            "\tprog.go:4\n"
            "created by main.main in goroutine 1\n"
            "\tprog.go:9\n")
      << r.err;
}

TEST(Sched, MaxGoroutinesEndsTheRunAsALimit) {
  auto image = compile(R"(package main

func wait(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	for i := 0; i < 100; i++ {
		go wait(c)
	}
	println("not reached")
}
)");
  ASSERT_TRUE(image);
  MachineOptions o;
  o.max_goroutines = 10;
  CaptureOutput out;
  Machine m(image, out, o);
  EXPECT_EQ(m.run(), kExitLimit);
  EXPECT_EQ(out.err, "govm: program exceeded --max-goroutines=10 (goroutines existing at once)\n");
  EXPECT_EQ(m.runtime().limit_kind(), LimitKind::Goroutines);
  EXPECT_EQ(m.goroutines().size(), 10u) << "the state stays inspectable";
}

// A parked goroutine's frames are roots: what it holds survives every
// collection main forces, and so does what preempted goroutines hold at
// any instruction (checked with every slice from 1 to 40 instructions, a
// collection before every allocation and the heap verified after each).
TEST(Sched, TheCollectorSeesParkedAndPreemptedGoroutines) {
  auto image = compile(R"(package main

import "runtime"

type Node struct {
	v    int
	next *Node
}

func build(n int, out chan *Node) {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	out <- head
}

func sum(h *Node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

func main() {
	out := make(chan *Node)
	go build(50, out)
	go build(60, out)
	runtime.GC()
	runtime.GC()
	println(sum(<-out) + sum(<-out))
}
)");
  ASSERT_TRUE(image);
  EXPECT_EQ(run(image).err, "2995\n");
  for (uint64_t slice = 1; slice <= 40; ++slice) {
    MachineOptions o;
    o.preempt = slice;
    o.gc.stress = true;
    o.gc.verify = true;
    const Outcome r = run(image, o);
    EXPECT_EQ(r.code, 0) << "--preempt " << slice << ": " << r.err;
    EXPECT_EQ(r.err, "2995\n") << "--preempt " << slice;
  }
}

TEST(Sched, APausedMachineShowsEveryGoroutine) {
  auto image = compile(R"(package main

func worker(c chan int) {
	c <- 42
}

func main() {
	c := make(chan int)
	go worker(c)
	go worker(c)
	println(<-c)
}
)");
  ASSERT_TRUE(image);
  CaptureOutput out;
  Machine m(image, out);
  Stop s = m.run_until_event(bit(EventKind::GoPark));
  ASSERT_EQ(s.reason, StopReason::Event);
  // main parked on its receive; the two workers have not run.
  std::vector<GoroutineView> gs = m.goroutines();
  ASSERT_EQ(gs.size(), 3u);
  EXPECT_EQ(gs[0].id, 1u);
  EXPECT_EQ(gs[0].status, "waiting");
  EXPECT_EQ(gs[0].wait_reason, "chan receive");
  EXPECT_EQ(gs[0].func, "main.main");
  EXPECT_EQ(gs[0].line, 11u);
  for (int i : {1, 2}) {
    EXPECT_EQ(gs[i].status, "runnable");
    EXPECT_EQ(gs[i].entry, "main.worker");
    EXPECT_EQ(gs[i].creator, 1u);
    EXPECT_EQ(gs[i].go_line, static_cast<uint32_t>(8 + i));
    EXPECT_EQ(gs[i].stack_hi - gs[i].stack_lo, kStackMin);
  }
  EXPECT_EQ(m.frames(1).at(0).func, "main.main");

  // The newest worker runs first and wakes main.
  s = m.run_until_event(bit(EventKind::GoReady));
  ASSERT_EQ(s.reason, StopReason::Event);
  const auto* ready = std::get_if<GoReadyEvent>(&s.event->data);
  ASSERT_NE(ready, nullptr);
  EXPECT_EQ(s.event->goid, 3u);
  EXPECT_EQ(ready->g, 1u);
  EXPECT_EQ(ready->reason, "chan receive");
  EXPECT_EQ(s.func, "main.worker");

  // The program ends with worker 2 still blocked on its send: main
  // returning ends it, as in Go.
  EXPECT_EQ(m.run(), 0);
  EXPECT_EQ(out.err, "42\n");
}

// Stopping at every goroutine event, and stepping in between, changes
// nothing: the run in parts is the run, event for event.
TEST(Sched, ARunInPartsIsTheRun) {
  auto image = compile(kRace);
  ASSERT_TRUE(image);
  const uint32_t kinds = bit(EventKind::GoCreate) | bit(EventKind::GoPark) | bit(EventKind::GoReady) |
                         bit(EventKind::GoExit) | bit(EventKind::HeapAlloc);
  auto seen = [](const test::EventLog& log) {
    std::string s;
    for (const Event& e : log.events) s += std::string(event_kind_name(e.kind)) + " g" + std::to_string(e.goid) + "\n";
    return s;
  };
  CaptureOutput plain_out;
  test::EventLog plain_log;
  Machine plain(image, plain_out);
  plain.attach(&plain_log, kinds);
  ASSERT_EQ(plain.run(), 0);

  CaptureOutput out;
  test::EventLog log;
  Machine m(image, out);
  m.attach(&log, kinds);
  int stops = 0;
  for (Stop s = m.run_until_event(kinds); s.reason == StopReason::Event; s = m.run_until_event(kinds)) {
    ++stops;
    if (s.event->kind == EventKind::GoExit) {
      const uint64_t gone = std::get<GoExitEvent>(s.event->data).g;
      for (const GoroutineView& g : m.goroutines()) EXPECT_NE(g.id, gone) << "stopped right after it exited";
    }
    if (s.event->kind == EventKind::GoPark) {
      EXPECT_EQ(m.goroutines().at(0).status, "waiting") << "stopped before anyone else ran";
    }
    if (stops % 3 == 0) m.step(17);
  }
  EXPECT_GE(stops, 6);
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), 0);
  EXPECT_EQ(out.out, plain_out.out);
  EXPECT_EQ(seen(log), seen(plain_log));
  EXPECT_EQ(log.count(EventKind::GoExit), 2u);
  EXPECT_EQ(m.instructions(), plain.instructions());
}

}  // namespace
}  // namespace govm
