// (issue 5) The compiler's side of goroutines and channels: the argument
// blocks of the channel, select, newproc and sync entries, and the GC
// contract at the CALLRTs where a goroutine may park (runtime/image.h,
// "What the collector relies on"): the block's pointer words, the value
// being sent, a receive's destination and select's scases are live in the
// frame map (FuncInfo::live_ptrs) at that CALLRT, so the collector keeps
// (and, for a parked receiver, sees) what they hold. Then programs that
// park run under --gc-stress --gc-verify, where a word missing from a map
// would free a live object or keep a dangling one.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"
#include "vm/machine.h"
#include "tests/unit/compiler/code_of.h"
#include "vm/opcodes.h"

namespace govm {
namespace {

using test::At;
using test::bit;
using test::build;
using test::code_of;

// The index in `code` of each CALLRT of runtime entry n.
std::vector<size_t> callrts(const std::vector<At>& code, NativeId n) {
  std::vector<size_t> out;
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i].in.op == Op::CALLRT && code[i].in.operand[1] == static_cast<int64_t>(n)) out.push_back(i);
  }
  return out;
}

// The frame slot that the last LEAQ into slot dst before code[at] points
// at (the elem address of a block), or -1; only since the call before it
// unless `across_calls` (select's operands may call: new(int)).
int64_t leaq_target(const std::vector<At>& code, size_t at, int64_t dst, bool across_calls = false) {
  for (size_t i = at; i-- > 0;) {
    if (!across_calls && (code[i].in.op == Op::CALLRT || code[i].in.op == Op::CALL)) break;
    if (code[i].in.op == Op::LEAQ && code[i].in.operand[0] == dst) return code[i].in.operand[1];
  }
  return -1;
}

// Every 8-byte word of [slot, slot + size) is live at the CALLRT.
void expect_live(const FuncInfo& f, Addr pc, int64_t slot, uint64_t size, const std::string& what) {
  const std::vector<uint64_t>* live = f.live_ptrs_at(pc);
  ASSERT_NE(live, nullptr) << what << ": no live_ptrs at the CALLRT";
  ASSERT_GE(slot, 0) << what;
  for (uint64_t w = static_cast<uint64_t>(slot) / 8; w < (static_cast<uint64_t>(slot) + size) / 8; ++w) {
    EXPECT_TRUE(bit(*live, w)) << what << ": word " << w << " is not live at the CALLRT";
    EXPECT_TRUE(bit(f.frame_ptrs, w)) << what << ": word " << w << " is not in frame_ptrs";
  }
}

TEST(ChanMaps, SendBlockAndValueLiveAtChansend) {
  auto img = build(R"(package main

type T struct{ p *int; s string }

func mk() T { return T{new(int), "x"} }

func main() {
	c := make(chan T, 1)
	c <- mk()
	println(len(c))
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* f = img->func_named("main.main");
  const std::vector<At> code = code_of(*img, "main.main");
  const std::vector<size_t> sends = callrts(code, NativeId::chansend1);
  ASSERT_EQ(sends.size(), 1u);
  const At& call = code[sends[0]];
  const int64_t block = call.in.operand[0];
  expect_live(*f, call.pc, block, 16, "chansend1's [c | elem]");
  const int64_t value = leaq_target(code, sends[0], block + 8);
  ASSERT_GE(value, 0) << "no LEAQ of the value's address";
  // T's pointer words: p (word 0) and s's data (word 1).
  expect_live(*f, call.pc, value, 16, "the value being sent");
}

TEST(ChanMaps, ReceiveDestinationLiveAtChanrecv) {
  auto img = build(R"(package main

func main() {
	c := make(chan *int, 1)
	c <- new(int)
	p := <-c
	q, ok := <-c
	println(p != nil, q == nil, ok)
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* f = img->func_named("main.main");
  const std::vector<At> code = code_of(*img, "main.main");
  for (NativeId n : {NativeId::chanrecv1, NativeId::chanrecv2}) {
    const std::vector<size_t> recvs = callrts(code, n);
    ASSERT_EQ(recvs.size(), 1u) << native_name(n);
    const At& call = code[recvs[0]];
    const int64_t block = call.in.operand[0];
    expect_live(*f, call.pc, block, 16, std::string(native_name(n)) + "'s [c | elem]");
    const int64_t dst = leaq_target(code, recvs[0], block + 8);
    expect_live(*f, call.pc, dst, 8, std::string(native_name(n)) + "'s destination");
  }
}

TEST(ChanMaps, DiscardedReceivePassesNil) {
  auto img = build(R"(package main

func main() {
	c := make(chan int, 1)
	c <- 1
	<-c
}
)");
  ASSERT_NE(img, nullptr);
  const std::vector<At> code = code_of(*img, "main.main");
  const std::vector<size_t> recvs = callrts(code, NativeId::chanrecv1);
  ASSERT_EQ(recvs.size(), 1u);
  const int64_t block = code[recvs[0]].in.operand[0];
  EXPECT_EQ(leaq_target(code, recvs[0], block + 8), -1);
  bool nil_elem = false;
  for (size_t i = recvs[0]; i-- > 0;) {
    if (code[i].in.op == Op::MOVK_Q && code[i].in.operand[0] == block + 8) {
      nil_elem = code[i].in.operand[1] == 0;
      break;
    }
  }
  EXPECT_TRUE(nil_elem) << "chanrecv1's elem is not nil for a dropped value";
}

// select: sends first in the scases, then receives; every scase word and
// the values and destinations they point at are live at selectgo.
TEST(ChanMaps, SelectScasesLiveAtSelectgo) {
  auto img = build(R"(package main

func main() {
	a := make(chan *int, 1)
	b := make(chan string, 1)
	b <- "hi"
	select {
	case v := <-b:
		println(v)
	case a <- new(int):
		println("sent")
	}
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* f = img->func_named("main.main");
  const std::vector<At> code = code_of(*img, "main.main");
  const std::vector<size_t> sels = callrts(code, NativeId::selectgo);
  ASSERT_EQ(sels.size(), 1u);
  const size_t at = sels[0];
  const At& call = code[at];
  const int64_t block = call.in.operand[0];
  expect_live(*f, call.pc, block, 8, "selectgo's cas0");
  const int64_t scases = leaq_target(code, at, block);
  expect_live(*f, call.pc, scases, 32, "the scases");
  // nsends, nrecvs and block as the block says.
  int64_t nsends = -1, nrecvs = -1, blocking = -1;
  for (size_t i = at; i-- > 0;) {
    const Instr& in = code[i].in;
    if (in.op == Op::MOVK_Q && in.operand[0] == block + 8 && nsends < 0) nsends = in.operand[1];
    if (in.op == Op::MOVK_Q && in.operand[0] == block + 16 && nrecvs < 0) nrecvs = in.operand[1];
    if (in.op == Op::MOVK_B && in.operand[0] == block + 24 && blocking < 0) blocking = in.operand[1];
  }
  EXPECT_EQ(nsends, 1);
  EXPECT_EQ(nrecvs, 1);
  EXPECT_EQ(blocking, 1);
  // scase 0 is the send (its value a *int), scase 1 the receive (a string).
  expect_live(*f, call.pc, leaq_target(code, at, scases + 8, true), 8, "the send's value");
  expect_live(*f, call.pc, leaq_target(code, at, scases + 24, true), 8, "the receive's destination");
}

TEST(ChanMaps, SelectSpecialForms) {
  auto img = build(R"(package main

func main() {
	c := make(chan int, 1)
	select {
	case c <- 1:
	}
	select {
	case v := <-c:
		println(v)
	}
	select {
	default:
		println("default")
	}
	select {
	case c <- 2:
	default:
	}
	select {}
}
)");
  ASSERT_NE(img, nullptr);
  const std::vector<At> code = code_of(*img, "main.main");
  EXPECT_EQ(callrts(code, NativeId::chansend1).size(), 1u);  // the one-case send
  EXPECT_EQ(callrts(code, NativeId::chanrecv1).size(), 1u);  // the one-case receive
  EXPECT_EQ(callrts(code, NativeId::selectgo).size(), 1u);   // send with default
  EXPECT_EQ(callrts(code, NativeId::block).size(), 1u);      // select {}
}

// select {} in a function with nothing else in its frame: runtime.block's
// block must still be a slot of the frame (the verifier checks it).
TEST(ChanMaps, EmptySelectInAnEmptyFrameVerifies) {
  auto img = build("package main\n\nfunc main() {\n\tselect {}\n}\n");
  ASSERT_NE(img, nullptr);
  CaptureOutput out;
  Machine m(img, out, MachineOptions{});
  EXPECT_EQ(m.run(), 2) << out.err;
  EXPECT_NE(out.err.find("goroutine 1 [select (no cases)]:"), std::string::npos) << out.err;
}

// go f(p, s, n): newproc's block is [fn | siz | f's arguments at their
// parameter offsets], the arguments' pointer words live at the CALLRT.
TEST(ChanMaps, NewprocBlock) {
  auto img = build(R"(package main

func f(p *int, s string, b bool, n int) { println(*p, s, b, n) }

func main() {
	x := 7
	go f(&x, "go", true, 3)
	for i := 0; i < 3; i++ {
		println(i)
	}
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* mainf = img->func_named("main.main");
  const FuncInfo* callee = img->func_named("main.f");
  ASSERT_NE(callee, nullptr);
  const std::vector<At> code = code_of(*img, "main.main");
  const std::vector<size_t> gos = callrts(code, NativeId::newproc);
  ASSERT_EQ(gos.size(), 1u);
  const int64_t block = code[gos[0]].in.operand[0];
  int64_t fn = -1, siz = -1;
  for (size_t i = gos[0]; i-- > 0;) {
    const Instr& in = code[i].in;
    if (in.op == Op::MOVK_Q && in.operand[0] == block && fn < 0) fn = in.operand[1];
    if (in.op == Op::MOVK_Q && in.operand[0] == block + 8 && siz < 0) siz = in.operand[1];
  }
  EXPECT_EQ(static_cast<Addr>(fn), callee->entry);
  EXPECT_EQ(siz, 40);  // *int 0, string 8, bool 24, int 32
  EXPECT_EQ(static_cast<uint32_t>(siz), callee->params_size);
  expect_live(*mainf, code[gos[0]].pc, block + 16, 16, "the pointer and the string's data");
}

// Programs that park, run with a collection before every allocation and
// the heap checked after each: what a parked goroutine's frame holds
// (a value waiting to be sent, a receive's destination, select's cases)
// must survive, and the output must be Go's.
TEST(ChanMaps, ParkedGoroutinesUnderGcStress) {
  auto img = build(R"(package main

import (
	"fmt"
	"sync"
)

type Msg struct {
	id   int
	text string
	next *Msg
}

func produce(c chan<- *Msg, n int, wg *sync.WaitGroup) {
	for i := 0; i < n; i++ {
		c <- &Msg{id: i, text: string(rune(97 + i)), next: &Msg{id: -i}}
	}
	wg.Done()
}

func relay(in <-chan *Msg, out chan<- []*Msg, quit chan bool) {
	var batch []*Msg
	for {
		select {
		case m := <-in:
			batch = append(batch, m)
		case <-quit:
			out <- batch
			return
		}
	}
}

func main() {
	in := make(chan *Msg)
	out := make(chan []*Msg)
	quit := make(chan bool)
	var wg sync.WaitGroup
	wg.Add(2)
	go produce(in, 5, &wg)
	go produce(in, 5, &wg)
	go relay(in, out, quit)
	wg.Wait()
	quit <- true
	sum := 0
	for _, m := range <-out {
		sum += m.id - m.next.id + len(m.text)
	}
	fmt.Println(sum)
}
)");
  ASSERT_NE(img, nullptr);
  CaptureOutput out;
  MachineOptions opts;
  opts.gc.stress = true;
  opts.gc.verify = true;
  opts.max_steps = 50'000'000;
  Machine m(img, out, opts);
  EXPECT_EQ(m.run(), 0) << out.err;
  EXPECT_EQ(out.out, "50\n");  // 2 * (2 * (0+1+2+3+4) + 5)
}

}  // namespace
}  // namespace govm
