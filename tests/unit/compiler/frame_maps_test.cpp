// (issue 4) Stack maps a precise collector can trust (runtime/image.h, "What
// the collector relies on"): programs compiled through the compiler API,
// their maps checked statically (ENTER's zero range, out_ptrs entries) and
// while they run, one instruction at a time: every word frame_ptrs marks
// holds nil or an address the machine maps, whatever statement runs, and so
// do the outgoing-area words out_ptrs marks at each CALLRT. The liveness
// maps (live_ptrs) are checked the same two ways: statically (an entry at
// every CALL and CALLRT, a subset of frame_ptrs holding every local's
// words, temporaries live exactly within their statements) and by running
// programs with every dead word poisoned at every safe point.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"
#include "tests/unit/vm/asm.h"
#include "vm/machine.h"
#include "tests/unit/compiler/code_of.h"
#include "vm/opcodes.h"

namespace govm {
namespace {

using test::At;
using test::bit;
using test::build;
using test::code_of;

// The pcs of the CALLRTs of runtime entry n in function `name`.
std::vector<Addr> callrts(const Image& img, const std::string& name, NativeId n) {
  std::vector<Addr> pcs;
  for (const At& a : code_of(img, name)) {
    if (a.in.op == Op::CALLRT && a.in.operand[1] == static_cast<int64_t>(n)) pcs.push_back(a.pc);
  }
  return pcs;
}

// ENTER's zero range covers every word frame_ptrs marks, from the first to
// the last; a function without pointer words zeroes nothing.
void expect_zero_range_covers(const Image& img, const FuncInfo& f) {
  const std::vector<At> code = code_of(img, f.name);
  ASSERT_FALSE(code.empty());
  ASSERT_EQ(code[0].in.op, Op::ENTER) << f.name;
  const uint64_t a = static_cast<uint64_t>(code[0].in.operand[0]);
  const uint64_t z = static_cast<uint64_t>(code[0].in.operand[1]);
  const uint64_t n = static_cast<uint64_t>(code[0].in.operand[2]);
  EXPECT_EQ(z, f.frame_size) << f.name;
  EXPECT_LE(a + n, z) << f.name;
  uint64_t first = UINT64_MAX, last = 0;
  for (uint64_t w = 0; w < f.frame_size / 8; ++w) {
    if (!bit(f.frame_ptrs, w)) continue;
    first = std::min(first, w);
    last = w;
    EXPECT_TRUE(8 * w >= a && 8 * w + 8 <= a + n) << f.name << ": word " << w << " is not zeroed by ENTER";
  }
  if (first == UINT64_MAX) {
    EXPECT_EQ(n, 0u) << f.name;
  } else {
    EXPECT_EQ(a, 8 * first) << f.name;  // tight
    EXPECT_EQ(a + n, 8 * last + 8) << f.name;
  }
}

// Runs the program one instruction at a time; after each, every word the
// innermost frame's map marks (and, at a CALLRT about to run, every word
// its out_ptrs entry marks) must be nil or an address the machine maps.
// A word that ever held an integer of the program's would fail. Returns
// how many marked words were seen holding a non-nil pointer.
uint64_t run_checking_maps(const std::shared_ptr<const Image>& img, std::string* out) {
  CaptureOutput cap;
  MachineOptions opts;
  opts.max_steps = 5'000'000;
  Machine m(img, cap, opts);
  uint64_t pointers_seen = 0;
  AddressSpace& mem = m.runtime().mem();
  auto check_word = [&](Addr at, const std::string& what) {
    const uint8_t* p = mem.host(at, 8);
    ASSERT_NE(p, nullptr) << what;
    uint64_t v;
    std::memcpy(&v, p, 8);
    if (v == 0) return;
    ++pointers_seen;
    EXPECT_NE(mem.host(v, 1), nullptr) << what << " holds " << v << ", not a pointer";
  };
  for (int i = 0; i < 2'000'000 && !m.ended(); ++i) {
    m.step(1);
    if (m.ended()) break;
    const std::vector<GoroutineView> gs = m.goroutines();
    if (gs.empty()) break;
    const GoroutineView& g = gs[0];
    const FuncInfo* f = img->func_at(g.pc);
    if (!f || f->is_runtime || g.pc == f->entry) continue;  // no frame of its own yet
    for (uint64_t w = 0; w < f->frame_size / 8; ++w) {
      if (bit(f->frame_ptrs, w)) {
        check_word(g.sp + 8 * w, f->name + " frame word " + std::to_string(w) + " at pc " + std::to_string(g.pc - f->entry));
      }
    }
    if (const std::vector<uint64_t>* live = f->out_ptrs_at(g.pc)) {
      for (uint64_t w = 0; w < live->size() * 64; ++w) {
        if (bit(*live, w)) check_word(g.sp + 8 * w, f->name + " outgoing word " + std::to_string(w));
      }
    }
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), 0) << cap.err;
  if (out) *out = cap.out + cap.err;  // println writes to stderr
  return pointers_seen;
}

// Statement 1 uses temporaries for integers, statement 2 for pointers:
// with temporaries reused from statement to statement, the pointer words
// of statement 2 would hold statement 1's integers.
constexpr const char* kIntsThenPointers = R"(package main

type T struct {
	a, b int
	p    *T
}

var sink []*T
var total int

func mix(a, b, c, d int) int {
	total = a*b + c*d + (a+b)*(c+d)
	sink = append(sink, &T{a: total, p: &T{b: a}})
	total = total*7 + a*c*d
	m := map[int]*T{a: {a: b}, c: {p: &T{}}}
	total += len(m) + m[a].a*3 + d*b
	return total
}

func main() {
	for i := 0; i < 3; i++ {
		println(mix(1000003+i, 77777, 65537, 99991))
	}
	println(len(sink), sink[0].p.b)
}
)";

TEST(FrameMaps, PointerWordsNeverHoldIntegers) {
  const auto img = build(kIntsThenPointers);
  ASSERT_NE(img, nullptr);
  std::string out;
  EXPECT_GT(run_checking_maps(img, &out), 0u);  // the check looked at real pointers
  EXPECT_NE(out.find("3 1000003"), std::string::npos) << out;
}

TEST(FrameMaps, TemporariesOfIntsAndPointersGetDisjointWords) {
  const auto img = build(kIntsThenPointers);
  ASSERT_NE(img, nullptr);
  const FuncInfo* f = img->func_named("main.mix");
  ASSERT_NE(f, nullptr);
  // Every instruction that computes an integer (products and sums) writes
  // an unmarked word.
  for (const At& a : code_of(*img, "main.mix")) {
    const std::string name = op_name(a.in.op);
    if (name != "MUL_Q" && name != "ADD_Q" && name != "ADDI_Q") continue;
    const uint64_t dst = static_cast<uint64_t>(a.in.operand[0]);
    if (dst >= f->frame_size) continue;  // a result, not the frame
    EXPECT_FALSE(bit(f->frame_ptrs, dst / 8)) << name << " writes marked word " << dst / 8;
  }
  EXPECT_TRUE(std::any_of(f->frame_ptrs.begin(), f->frame_ptrs.end(), [](uint64_t w) { return w != 0; }));
}

TEST(FrameMaps, EnterZeroesEveryMarkedWord) {
  const auto img = build(kIntsThenPointers);
  ASSERT_NE(img, nullptr);
  for (const FuncInfo& f : img->funcs) {
    if (!f.is_runtime) expect_zero_range_covers(*img, f);
  }
}

TEST(FrameMaps, FunctionWithoutPointersZeroesNothing) {
  const auto img = build(R"(package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(10))
}
)");
  ASSERT_NE(img, nullptr);
  const std::vector<At> code = code_of(*img, "main.fib");
  ASSERT_FALSE(code.empty());
  EXPECT_EQ(code[0].in.op, Op::ENTER);
  EXPECT_EQ(code[0].in.operand[0], 0);
  EXPECT_EQ(code[0].in.operand[2], 0);
  expect_zero_range_covers(*img, *img->func_named("main.fib"));
  EXPECT_TRUE(img->func_named("main.fib")->out_ptrs.empty());
}

// f(p, &T{}): p is stored in the outgoing area, then &T{} calls
// runtime.newobject: p's word is live there. A newobject with nothing
// pending has no entry.
TEST(FrameMaps, OutgoingArgumentsLiveAcrossRuntimeCalls) {
  const auto img = build(R"(package main

type T struct{ x int }

var keep []*T

func f(p, q *T) int {
	keep = append(keep, p, q)
	return p.x + q.x
}

func g() (*T, *T) { return &T{x: 5}, &T{x: 6} }

func main() {
	p := &T{x: 1}
	println(f(p, &T{x: 2}))
	var a, b *T
	a, b = g()
	c := &T{x: 3}
	keep = append(keep, c)
	println(a.x, b.x, c.x, len(keep))
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* mainf = img->func_named("main.main");
  ASSERT_NE(mainf, nullptr);
  const std::vector<Addr> news = callrts(*img, "main.main", NativeId::newobject);
  ASSERT_GE(news.size(), 3u);
  // In source order: &T{x: 1} (nothing pending), &T{x: 2} (p stored), &T{x: 3}.
  EXPECT_EQ(mainf->out_ptrs_at(news[0]), nullptr);
  const std::vector<uint64_t>* live = mainf->out_ptrs_at(news[1]);
  ASSERT_NE(live, nullptr);
  EXPECT_TRUE(bit(*live, 0));   // p: f's first parameter, at the bottom of the outgoing area
  EXPECT_FALSE(bit(*live, 1));  // q: not stored yet
  EXPECT_EQ(mainf->out_ptrs_at(news.back()), nullptr);
  for (const FuncInfo::OutPtrs& o : mainf->out_ptrs) {
    EXPECT_EQ(mainf->out_ptrs_at(mainf->entry + o.pc_offset), &o.words);
  }
  std::string out;
  run_checking_maps(img, &out);
  EXPECT_EQ(out, "3\n5 6 3 3\n");
}

// a, b = f(), &T{}: f's results wait in the outgoing area while newobject
// runs for &T{}.
TEST(FrameMaps, PendingResultsLiveAcrossRuntimeCalls) {
  const auto img = build(R"(package main

type T struct{ x int }

var keep *T

func f() *T { return &T{x: 7} }

func main() {
	var a, b *T
	a, b = f(), &T{x: 8}
	keep = b
	println(a.x, b.x)
}
)");
  ASSERT_NE(img, nullptr);
  const FuncInfo* mainf = img->func_named("main.main");
  ASSERT_NE(mainf, nullptr);
  const std::vector<Addr> news = callrts(*img, "main.main", NativeId::newobject);
  ASSERT_EQ(news.size(), 1u);
  const std::vector<uint64_t>* live = mainf->out_ptrs_at(news[0]);
  ASSERT_NE(live, nullptr);
  EXPECT_TRUE(bit(*live, 0));  // f's result
  std::string out;
  run_checking_maps(img, &out);
  EXPECT_EQ(out, "7 8\n");
}

// Results that hold pointers are zeroed on entry, named or not: the
// caller's outgoing area may hold anything there.
TEST(FrameMaps, PointerResultsAreZeroedOnEntry) {
  const auto img = build(R"(package main

func h(n int) (int, *int, string) {
	x := n * 3
	return x, &x, "s"
}

func main() {
	a, p, s := h(4)
	println(a, *p, s)
}
)");
  ASSERT_NE(img, nullptr);
  const std::vector<At> code = code_of(*img, "main.h");
  ASSERT_GE(code.size(), 3u);
  // ENTER, then the zeroing of the *int and the string results (not the int).
  const FuncInfo* h = img->func_named("main.h");
  const int64_t res = h->frame_size + 16 + 8;  // results start after n
  std::vector<int64_t> zeroed;
  for (size_t i = 1; i < code.size() && i < 3; ++i) {
    if (code[i].in.op == Op::MOVK_Q || code[i].in.op == Op::ZERO) zeroed.push_back(code[i].in.operand[0]);
  }
  EXPECT_EQ(zeroed, (std::vector<int64_t>{res + 8, res + 16}));
  std::string out;
  run_checking_maps(img, &out);
  EXPECT_EQ(out, "12 12 s\n");
}

// Range over a string keeps the string in a local: its data word is a
// pointer word (the audit's find).
TEST(FrameMaps, RangeStringIsInTheMap) {
  const auto img = build(R"(package main

func main() {
	s := "hé"
	n := 0
	for i, r := range s + "llo" {
		n += i + int(r)
	}
	println(n)
}
)");
  ASSERT_NE(img, nullptr);
  std::string out;
  EXPECT_GT(run_checking_maps(img, &out), 0u);
  EXPECT_EQ(out, "677\n");
}

// ENTER zeroes its range after reserving the frame; a range outside the
// frame is refused by the verifier before anything runs.
TEST(FrameMaps, EnterZeroesItsRangeAndTheVerifierBoundsIt) {
  {
    test::Asm a;
    a.func("main.main", 0);
    a.emit(Op::ENTER, {0, 0, 0});
    a.call("main.g");  // leaves garbage where main.f's frame will be
    a.call("main.f");
    a.emit(Op::RET, {0});
    a.func("main.g", 32);
    a.emit(Op::ENTER, {0, 32, 0});
    a.emit(Op::MOVK_Q, {8, 12345});
    a.emit(Op::MOVK_Q, {16, 678});
    a.emit(Op::RET, {32});
    a.func("main.f", 32);
    a.emit(Op::ENTER, {8, 32, 8});  // zeroes [8, 16) of its frame, nothing else
    a.emit(Op::GSTORE_Q, {8, static_cast<int64_t>(test::result_slot(0))});
    a.emit(Op::GSTORE_Q, {16, static_cast<int64_t>(test::result_slot(1))});
    a.emit(Op::RET, {32});
    const test::RunResult r = test::run_image(a.link());
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.results[0], 0u);
    EXPECT_EQ(r.results[1], 678u);  // g's value: outside the range
  }
  {
    test::Asm a;
    a.func("main.main", 16);
    a.emit(Op::ENTER, {8, 16, 16});  // [8, 24) is past the frame
    a.emit(Op::RET, {16});
    const test::RunResult r = test::run_image(a.link());
    EXPECT_EQ(r.code, kExitInternal);
    EXPECT_NE(r.err.find("ENTER of main.main zeroes 16 bytes at 8, outside its 16-byte frame"), std::string::npos) << r.err;
  }
}

// ---- (issue 4) liveness at safe points (FuncInfo::live_ptrs)

// The pcs of the CALLs (to Go functions) in function `name`, in order.
std::vector<Addr> calls_in(const Image& img, const std::string& name) {
  std::vector<Addr> pcs;
  for (const At& a : code_of(img, name)) {
    if (a.in.op == Op::CALL) pcs.push_back(a.pc);
  }
  return pcs;
}

// The frame words of f's locals (not parameters or results) that hold
// pointers: live at every safe point.
std::vector<uint64_t> local_ptr_words(const Image& img, const FuncInfo& f) {
  std::vector<uint64_t> m((f.frame_size / 8 + 63) / 64, 0);
  for (const LocalVar& v : f.locals) {
    if (v.role != LocalVar::Role::Local) continue;
    const TypeDesc* t = img.type_at(v.type);
    if (!t) continue;
    for (uint64_t w = 0; w < t->ptrdata / 8; ++w) {
      if (t->has_pointer(w)) m[(v.offset / 8 + w) / 64] |= uint64_t{1} << ((v.offset / 8 + w) % 64);
    }
  }
  return m;
}

// Every CALL and CALLRT of every compiled function has a live_ptrs entry
// (sorted, at the instruction's own pc), and each entry marks a subset of
// frame_ptrs that includes every local's pointer words.
void expect_live_maps_well_formed(const Image& img) {
  for (const FuncInfo& f : img.funcs) {
    if (f.is_runtime) continue;
    const std::vector<uint64_t> locals = local_ptr_words(img, f);
    for (size_t i = 1; i < f.live_ptrs.size(); ++i) EXPECT_LT(f.live_ptrs[i - 1].pc_offset, f.live_ptrs[i].pc_offset) << f.name;
    for (const At& a : code_of(img, f.name)) {
      if (a.in.op != Op::CALL && a.in.op != Op::CALLRT) continue;
      const std::vector<uint64_t>* live = f.live_ptrs_at(a.pc);
      ASSERT_NE(live, nullptr) << f.name << ": no live_ptrs entry at pc " << a.pc - f.entry;
      for (uint64_t w = 0; w < live->size() * 64; ++w) {
        EXPECT_TRUE(!bit(*live, w) || bit(f.frame_ptrs, w)) << f.name << ": live word " << w << " not in frame_ptrs";
      }
      for (uint64_t w = 0; w < f.frame_size / 8; ++w) {
        EXPECT_TRUE(!bit(locals, w) || bit(*live, w)) << f.name << ": local's word " << w << " not live at " << a.pc - f.entry;
      }
    }
  }
}

// The words live at pc that no local holds: the temporaries'.
std::vector<uint64_t> live_temp_words(const Image& img, const FuncInfo& f, Addr pc) {
  std::vector<uint64_t> out;
  const std::vector<uint64_t>* live = f.live_ptrs_at(pc);
  EXPECT_NE(live, nullptr);
  if (!live) return out;
  const std::vector<uint64_t> locals = local_ptr_words(img, f);
  for (uint64_t w = 0; w < live->size() * 64; ++w) {
    if (bit(*live, w) && !bit(locals, w)) out.push_back(w);
  }
  return out;
}

// Runs the program one instruction at a time as the collector would see
// it at every safe point, and worse: before each CALL and CALLRT of a
// compiled function, every frame_ptrs word its live_ptrs entry leaves out
// is overwritten with an unmapped address (the collector writes 0 there
// only when a collection runs; a poison is seen by any read). A temporary
// read after the statement that owns it ended then breaks the program
// (its output, or an internal error on the poisoned address), and the
// words live there must hold nil, mapped addresses, or the poison (a
// temporary allocated but not yet written; the collector leaves 0 there,
// which it skips). Returns the output.
std::string run_poisoning_dead_words(const std::shared_ptr<const Image>& img, uint64_t* poisoned = nullptr) {
  constexpr uint64_t kPoison = 0x1008;  // below the text segment: never mapped, never a heap address
  std::map<Addr, Op> safe_points;
  for (const FuncInfo& f : img->funcs) {
    if (f.is_runtime) continue;
    for (const At& a : code_of(*img, f.name)) {
      if (a.in.op == Op::CALL || a.in.op == Op::CALLRT) safe_points.emplace(a.pc, a.in.op);
    }
  }
  CaptureOutput cap;
  MachineOptions opts;
  opts.max_steps = 5'000'000;
  Machine m(img, cap, opts);
  AddressSpace& mem = m.runtime().mem();
  uint64_t count = 0;
  for (int i = 0; i < 3'000'000 && !m.ended(); ++i) {
    m.step(1);
    if (m.ended()) break;
    const std::vector<GoroutineView> gs = m.goroutines();
    if (gs.empty()) break;
    const GoroutineView& g = gs[0];
    if (!safe_points.count(g.pc)) continue;
    const FuncInfo* f = img->func_at(g.pc);
    const std::vector<uint64_t>* live = f ? f->live_ptrs_at(g.pc) : nullptr;
    if (!live) {
      ADD_FAILURE() << "no live_ptrs entry at " << g.pc;
      break;
    }
    for (uint64_t w = 0; w < f->frame_size / 8; ++w) {
      if (!bit(f->frame_ptrs, w)) continue;
      uint8_t* p = mem.host(g.sp + 8 * w, 8);
      if (!p) {
        ADD_FAILURE() << f->name << " frame word " << w << " unmapped";
        break;
      }
      if (bit(*live, w)) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        // A live word holds nil, a pointer, or the poison of an earlier
        // safe point where it was dead and not written since (a temporary
        // allocated but not yet written: the collector left 0 there).
        EXPECT_TRUE(v == 0 || v == kPoison || mem.host(v, 1) != nullptr)
            << f->name << " live word " << w << " at pc " << g.pc - f->entry << " holds " << v;
      } else {
        std::memcpy(p, &kPoison, 8);
        ++count;
      }
    }
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_TRUE(m.ended());
  EXPECT_EQ(m.exit_code(), 0) << cap.err;
  if (poisoned) *poisoned = count;
  return cap.out + cap.err;
}

// Statement 1 leaves &T{} in a pointer temporary; at statement 2's CALL
// that temporary is dead (main has no pointer locals: nothing is live).
TEST(LivePtrs, FinishedStatementsTemporaryIsDeadAtTheNextCall) {
  const auto img = build(R"(package main

type T struct {
	x int
	p *T
}

var g T

func f(n int) int { return n + 1 }

func main() {
	g.p = &T{x: 2}
	println(f(3), g.p.x)
}
)");
  ASSERT_NE(img, nullptr);
  expect_live_maps_well_formed(*img);
  const FuncInfo* mainf = img->func_named("main.main");
  ASSERT_NE(mainf, nullptr);
  EXPECT_TRUE(std::any_of(mainf->frame_ptrs.begin(), mainf->frame_ptrs.end(), [](uint64_t w) { return w != 0; }));
  const std::vector<Addr> cs = calls_in(*img, "main.main");
  ASSERT_EQ(cs.size(), 1u);
  const std::vector<uint64_t>* live = mainf->live_ptrs_at(cs[0]);
  ASSERT_NE(live, nullptr);
  EXPECT_TRUE(std::none_of(live->begin(), live->end(), [](uint64_t w) { return w != 0; }));
  // At statement 1's newobject, the temporary it fills is live.
  const std::vector<Addr> news = callrts(*img, "main.main", NativeId::newobject);
  ASSERT_EQ(news.size(), 1u);
  EXPECT_FALSE(live_temp_words(*img, *mainf, news[0]).empty());
  uint64_t poisoned = 0;
  EXPECT_EQ(run_poisoning_dead_words(img, &poisoned), "4 2\n");
  EXPECT_GT(poisoned, 0u);
}

// mk(1).x + mk(2).x: mk(1)'s result waits in a temporary while mk(2)
// runs: live at the second CALL, not at the first, dead at the next
// statement's.
TEST(LivePtrs, TemporaryLiveAcrossCallsOfItsOwnStatement) {
  const auto img = build(R"(package main

type T struct{ x int }

func mk(x int) *T { return &T{x: x} }

func f(n int) int { return n * 2 }

func main() {
	println(mk(1).x + mk(2).x)
	println(f(5))
}
)");
  ASSERT_NE(img, nullptr);
  expect_live_maps_well_formed(*img);
  const FuncInfo* mainf = img->func_named("main.main");
  ASSERT_NE(mainf, nullptr);
  const std::vector<Addr> cs = calls_in(*img, "main.main");
  ASSERT_EQ(cs.size(), 3u);  // mk, mk, f
  EXPECT_TRUE(live_temp_words(*img, *mainf, cs[0]).empty());
  const std::vector<uint64_t> held = live_temp_words(*img, *mainf, cs[1]);
  ASSERT_EQ(held.size(), 1u);  // mk(1)'s *T
  EXPECT_TRUE(live_temp_words(*img, *mainf, cs[2]).empty());
  EXPECT_EQ(run_poisoning_dead_words(img), "3\n10\n");
}

// A range loop's state (the slice header of table[:n]) is live at every
// CALL of its body and dead after the loop; locals are live everywhere.
TEST(LivePtrs, RangeStateLiveInTheBodyDeadAfterTheLoop) {
  const auto img = build(R"(package main

type T struct{ x int }

var sum int

func use(p *T) { sum += p.x }

func mk(n int) []*T {
	s := make([]*T, n)
	for i := range s {
		s[i] = &T{x: i}
	}
	return s
}

func f(n int) int { return n + 100 }

func main() {
	table := mk(10)
	n := 5
	for _, p := range table[:n] {
		use(p)
	}
	table = nil
	println(f(sum), table == nil)
}
)");
  ASSERT_NE(img, nullptr);
  expect_live_maps_well_formed(*img);
  const FuncInfo* mainf = img->func_named("main.main");
  ASSERT_NE(mainf, nullptr);
  const std::vector<Addr> cs = calls_in(*img, "main.main");
  ASSERT_EQ(cs.size(), 3u);  // mk, use, f
  const std::vector<uint64_t> in_body = live_temp_words(*img, *mainf, cs[1]);
  EXPECT_FALSE(in_body.empty());  // the header's array word
  const std::vector<uint64_t> after = live_temp_words(*img, *mainf, cs[2]);
  EXPECT_TRUE(after.empty());
  // Nothing in the range statement is a local any more: the locals are
  // table, n and p (p may be on the heap, not here).
  for (const LocalVar& v : mainf->locals) {
    EXPECT_TRUE(v.name == "table" || v.name == "n" || v.name == "p") << v.name;
  }
  uint64_t poisoned = 0;
  EXPECT_EQ(run_poisoning_dead_words(img, &poisoned), "110 true\n");
  EXPECT_GT(poisoned, 0u);
}

// Range over a string and over a map: the loop state is live across the
// body's calls (the map iterator across mapiternext too) and the body
// reads it correctly with every dead word poisoned at every safe point.
TEST(LivePtrs, RangeStringAndMapStateSurviveTheBody) {
  const auto img = build(R"(package main

type T struct{ s string }

var out []string

func keep(s string) { out = append(out, s+"!") }

func name(r rune) string { return string(r) + "x" }

func main() {
	m := map[string]*T{"a": {s: "A"}, "b": {s: "B"}}
	n := 0
	for k, v := range m {
		keep(k + v.s)
		n++
	}
	for i, r := range "hé" + name('z') {
		keep(name(r))
		n += i
	}
	println(n, len(out), out[len(out)-1])
}
)");
  ASSERT_NE(img, nullptr);
  expect_live_maps_well_formed(*img);
  EXPECT_EQ(run_poisoning_dead_words(img), "10 6 xx!\n");
}

// The stack-map programs above, under the poisoning run.
TEST(LivePtrs, EarlierProgramsSurvivePoisonedDeadWords) {
  const auto img = build(kIntsThenPointers);
  ASSERT_NE(img, nullptr);
  expect_live_maps_well_formed(*img);
  const std::string out = run_poisoning_dead_words(img);
  EXPECT_NE(out.find("3 1000003"), std::string::npos) << out;
}

// End to end: once the loop is done and the table dropped, a collection
// frees it although main is still running (Go frees it too).
TEST(LivePtrs, DroppedTableIsFreedAfterTheLoop) {
  const auto img = build(R"(package main

import "runtime"

func main() {
	table := make([]int, 1<<20)
	n := 1000
	sum := 0
	for i, v := range table[:n] {
		sum += i + v
	}
	table = nil
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(sum, ms.HeapAlloc < 1<<20)
}
)");
  ASSERT_NE(img, nullptr);
  CaptureOutput cap;
  Machine m(img, cap, MachineOptions{});
  EXPECT_EQ(m.run(), 0) << cap.err;
  EXPECT_EQ(cap.out + cap.err, "499500 true\n");
}

}  // namespace
}  // namespace govm
