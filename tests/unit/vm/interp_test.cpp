// The interpreter, one op family at a time, on hand-assembled programs.
// Each program leaves its results in bss slots (asm.h: result_slot) that the
// test reads after the run.
#include <gtest/gtest.h>

#include <climits>

#include "tests/unit/vm/asm.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

struct BinCase {
  Op op;
  int64_t b, c;
  uint64_t want;  // the result slot: the op's width, zero-extended
};

// main.main computes each case into slot 0 (zeroed first, so narrow results
// read zero-extended) from b at slot 8 and c at slot 16.
RunResult run_binops(const std::vector<BinCase>& cases) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  int i = 0;
  for (const BinCase& k : cases) {
    a.emit(Op::MOVK_Q, {8, k.b});
    a.emit(Op::MOVK_Q, {16, k.c});
    a.emit(Op::ZERO, {0, 8});
    a.emit(k.op, {0, 8, 16});
    a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(i++))});
  }
  a.emit(Op::RET, {32});
  return run_image(a.link(), {}, static_cast<int>(cases.size()));
}

void check_binops(const std::vector<BinCase>& cases) {
  RunResult r = run_binops(cases);
  ASSERT_EQ(r.code, 0) << r.err;
  for (size_t i = 0; i < cases.size(); ++i)
    EXPECT_EQ(r.results[i], cases[i].want) << "case " << i << ": " << op_name(cases[i].op) << " " << cases[i].b
                                           << ", " << cases[i].c;
}

TEST(Interp, ArithmeticWrapsPerWidth) {
  check_binops({
      {Op::ADD_B, 200, 100, 44},
      {Op::ADD_W, 65535, 2, 1},
      {Op::ADD_L, 0xFFFFFFFF, 1, 0},
      {Op::ADD_Q, INT64_MAX, 1, static_cast<uint64_t>(INT64_MIN)},
      {Op::SUB_B, 0, 1, 0xFF},
      {Op::SUB_Q, INT64_MIN, 1, static_cast<uint64_t>(INT64_MAX)},
      {Op::MUL_W, 65535, 65535, 1},  // would overflow an int if promoted
      {Op::MUL_B, 16, 16, 0},
      {Op::MUL_L, 0x10000, 0x10000, 0},
      {Op::MUL_Q, INT64_MIN, -1, static_cast<uint64_t>(INT64_MIN)},
      {Op::AND_L, 0xF0F0, 0xFF00, 0xF000},
      {Op::OR_B, 0x0F, 0xF0, 0xFF},
      {Op::XOR_Q, -1, 0x0F, 0xFFFFFFFFFFFFFFF0},
      {Op::ANDNOT_W, 0xFFFF, 0x00FF, 0xFF00},
  });
}

TEST(Interp, DivisionFollowsGo) {
  check_binops({
      {Op::DIV_Q, -7, 2, static_cast<uint64_t>(-3)},  // truncated
      {Op::MOD_Q, -7, 3, static_cast<uint64_t>(-1)},  // sign of the dividend
      {Op::DIV_Q, INT64_MIN, -1, static_cast<uint64_t>(INT64_MIN)},
      {Op::MOD_Q, INT64_MIN, -1, 0},
      {Op::DIV_L, INT32_MIN, -1, 0x80000000},
      {Op::MOD_L, INT32_MIN, -1, 0},
      {Op::DIV_W, INT16_MIN, -1, 0x8000},
      {Op::DIV_B, -128, -1, 0x80},
      {Op::MOD_B, -128, -1, 0},
      {Op::DIV_B, -128, 2, 0xC0},
      {Op::DIVU_Q, -1, 2, 0x7FFFFFFFFFFFFFFF},
      {Op::DIVU_B, 0xFF, 2, 0x7F},
      {Op::MODU_Q, -1, 10, 5},  // 18446744073709551615 % 10
      {Op::MODU_W, 0xFFFF, 0x100, 0xFF},
  });
}

TEST(Interp, ShiftsFollowGo) {
  check_binops({
      {Op::SHL_Q, 1, 63, 0x8000000000000000},
      {Op::SHL_Q, 1, 64, 0},
      {Op::SHL_Q, 1, -1, 0},  // a uint64 count of 2^64-1
      {Op::SHL_B, 1, 7, 0x80},
      {Op::SHL_B, 1, 8, 0},
      {Op::SHL_W, 0xFFFF, 4, 0xFFF0},
      {Op::SAR_Q, -8, 1, static_cast<uint64_t>(-4)},
      {Op::SAR_Q, -8, 100, static_cast<uint64_t>(-1)},
      {Op::SAR_Q, 8, 100, 0},
      {Op::SAR_L, -8, 32, 0xFFFFFFFF},
      {Op::SAR_B, -128, 7, 0xFF},
      {Op::SAR_B, -128, 200, 0xFF},
      {Op::SHR_Q, -1, 63, 1},
      {Op::SHR_Q, -1, 64, 0},
      {Op::SHR_B, 0x80, 7, 1},
      {Op::SHR_L, 0x80000000, 31, 1},
  });
}

TEST(Interp, ComparisonsGiveBools) {
  check_binops({
      {Op::EQ_Q, 5, 5, 1},
      {Op::NE_Q, 5, 5, 0},
      {Op::EQ_B, 0x105, 0x205, 1},  // only the low byte counts
      {Op::LT_Q, -1, 0, 1},
      {Op::LTU_Q, -1, 0, 0},
      {Op::LT_B, 0x80, 0x7F, 1},  // -128 < 127
      {Op::LTU_B, 0x80, 0x7F, 0},
      {Op::LE_L, 7, 7, 1},
      {Op::LEU_W, 0xFFFF, 1, 0},
      {Op::LE_W, 0xFFFF, 1, 1},  // -1 <= 1
  });
}

TEST(Interp, UnaryImmediateAndConversions) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  a.emit(Op::MOVK_Q, {8, 0x80});
  int i = 0;
  auto store = [&] { a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(i++))}); };
  a.emit(Op::ZERO, {0, 8});
  a.emit(Op::NEG_B, {0, 8});  // -(-128) = -128
  store();
  a.emit(Op::NEG_Q, {0, 8});
  store();
  a.emit(Op::ZERO, {0, 8});
  a.emit(Op::COM_W, {0, 8});
  store();
  a.emit(Op::SEXT_B, {0, 8});
  store();
  a.emit(Op::ZEXT_B, {0, 8});
  store();
  a.emit(Op::MOVK_L, {8, -2});
  a.emit(Op::SEXT_L, {0, 8});
  store();
  a.emit(Op::ADDI_Q, {0, 0, -10});
  store();
  a.emit(Op::MULI_Q, {0, 0, -3});  // -12 * -3
  store();
  a.emit(Op::SARI_Q, {0, 8, 1});  // slot 8 holds 0xFFFFFFFE (MOVK_L left the upper bytes)
  store();
  a.emit(Op::MOVK_Q, {8, -16});
  a.emit(Op::SARI_Q, {0, 8, 2});
  store();
  a.emit(Op::SHRI_Q, {0, 8, 60});
  store();
  a.emit(Op::SHLI_Q, {0, 8, 60});
  store();
  a.emit(Op::MOVK_B, {16, 1});
  a.emit(Op::ZERO, {0, 8});
  a.emit(Op::NOT, {0, 16});
  store();
  a.emit(Op::RET, {32});
  RunResult r = run_image(a.link(), {}, i);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<uint64_t> want = {
      0x80,                                     // NEG_B
      static_cast<uint64_t>(-0x80),             // NEG_Q of 0x80
      0xFF7F,                                   // COM_W of 0x0080
      static_cast<uint64_t>(-128),              // SEXT_B
      0x80,                                     // ZEXT_B
      static_cast<uint64_t>(-2),                // SEXT_L
      static_cast<uint64_t>(-12),               // ADDI_Q
      36,                                       // MULI_Q
      0x7FFFFFFF,                               // SARI_Q of 0x00000000FFFFFFFE
      static_cast<uint64_t>(-4),                // SARI_Q
      0xF,                                      // SHRI_Q
      0,                                        // SHLI_Q
      0,                                        // NOT true
  };
  for (size_t k = 0; k < want.size(); ++k) EXPECT_EQ(r.results[k], want[k]) << "result " << k;
}

TEST(Interp, DivideByZeroPanics) {
  for (Op op : {Op::DIV_Q, Op::MOD_B, Op::DIVU_L, Op::MODU_W}) {
    RunResult r = run_binops({{op, 1, 0, 0}});
    EXPECT_EQ(r.code, 2) << op_name(op);
    EXPECT_NE(r.err.find("panic: runtime error: integer divide by zero"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("main.main()"), std::string::npos) << r.err;
  }
}

TEST(Interp, NegativeShiftPanics) {
  Asm a;
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::MOVK_Q, {0, 3});
  a.emit(Op::CHKSHIFT, {0});  // passes
  a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::MOVK_Q, {0, -1});
  a.emit(Op::CHKSHIFT, {0});
  a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(1))});
  a.emit(Op::RET, {16});
  RunResult r = run_image(a.link());
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.results[0], 3u);
  EXPECT_EQ(r.results[1], 0u);  // never stored
  EXPECT_NE(r.err.find("panic: runtime error: negative shift amount"), std::string::npos) << r.err;
}

// Each jump op with its operands: taken stores 1, not taken 2.
struct JumpCase {
  Op op;
  int64_t a, b;  // b is the immediate for the I forms
  bool taken;
};

TEST(Interp, CompareAndBranch) {
  const std::vector<JumpCase> cases = {
      {Op::JEQ_Q, 4, 4, true},     {Op::JEQ_Q, 4, 5, false},  {Op::JNE_Q, 4, 5, true},
      {Op::JLT_Q, -1, 0, true},    {Op::JLT_Q, 0, 0, false},  {Op::JLE_Q, 0, 0, true},
      {Op::JLTU_Q, -1, 0, false},  {Op::JLTU_Q, 0, -1, true}, {Op::JLEU_Q, 5, 5, true},
      {Op::JEQI_Q, 7, 7, true},    {Op::JNEI_Q, 7, 7, false}, {Op::JLTI_Q, -5, -4, true},
      {Op::JLEI_Q, -4, -4, true},  {Op::JGTI_Q, 2, 2, false}, {Op::JGTI_Q, 3, 2, true},
      {Op::JGEI_Q, 2, 2, true},    {Op::JGEI_Q, 1, 2, false}, {Op::JT, 1, 0, true},
      {Op::JT, 0, 0, false},       {Op::JF, 0, 0, true},      {Op::JF, 1, 0, false},
  };
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  int i = 0;
  for (const JumpCase& k : cases) {
    a.emit(Op::MOVK_Q, {0, k.a});
    a.emit(Op::MOVK_Q, {8, k.b});
    const std::string f = op_format(k.op);
    uint32_t j;
    if (f == "ssj")
      j = a.emit(k.op, {0, 8, 0});
    else if (f == "sij")
      j = a.emit(k.op, {0, k.b, 0});
    else
      j = a.emit(k.op, {0, 0});
    a.emit(Op::MOVK_Q, {16, 2});
    const uint32_t skip = a.emit(Op::JMP, {0});
    a.bind(j, a.here());
    a.emit(Op::MOVK_Q, {16, 1});
    a.bind(skip, a.here());
    a.emit(Op::GSTORE_Q, {16, static_cast<int64_t>(result_slot(i++))});
  }
  a.emit(Op::RET, {32});
  RunResult r = run_image(a.link(), {}, i);
  ASSERT_EQ(r.code, 0) << r.err;
  for (size_t k = 0; k < cases.size(); ++k)
    EXPECT_EQ(r.results[k], cases[k].taken ? 1u : 2u)
        << "case " << k << ": " << op_name(cases[k].op) << " " << cases[k].a << ", " << cases[k].b;
}

TEST(Interp, MovesGlobalsAndAddresses) {
  Asm a;
  a.func("main.main", 64);
  a.emit(Op::ENTER, {0, 64, 0});
  a.emit(Op::MOVK_Q, {0, 0x1122334455667788});
  a.emit(Op::MOVK_Q, {8, -1});
  a.emit(Op::MOV_O, {16, 0});  // 16..31 = both words
  a.emit(Op::GSTORE_O, {16, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::MOV_L, {32, 0});
  a.emit(Op::GSTORE_L, {32, static_cast<int64_t>(result_slot(2))});
  a.emit(Op::MOV_N, {40, 0, 24});  // 40..63 = 0..23 (the 4-byte MOV left 32..39 dirty)
  a.emit(Op::GSTORE_N, {40, static_cast<int64_t>(result_slot(3)), 24});
  a.emit(Op::GLOAD_Q, {0, static_cast<int64_t>(result_slot(3))});
  a.emit(Op::GLOAD_B, {56, static_cast<int64_t>(result_slot(1))});
  a.emit(Op::GSTORE_Q, {56, static_cast<int64_t>(result_slot(6))});
  a.emit(Op::LEAQ, {48, 8});
  a.emit(Op::GSTORE_Q, {48, static_cast<int64_t>(result_slot(7))});
  a.emit(Op::RET, {64});
  RunResult r = run_image(a.link());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], 0x1122334455667788u);
  EXPECT_EQ(r.results[1], ~uint64_t{0});
  EXPECT_EQ(r.results[2], 0x55667788u);
  EXPECT_EQ(r.results[3], 0x1122334455667788u);
  EXPECT_EQ(r.results[4], ~uint64_t{0});
  EXPECT_EQ(r.results[5], 0x1122334455667788u);
  // slot 56 (a copy of slot 0) took one byte, 0xFF, over its lowest
  EXPECT_EQ(r.results[6], 0x11223344556677FFu);
  // LEAQ: a stack address (the stack area starts at 0xc400000000), 8 past
  // main.main's frame base
  EXPECT_EQ(r.results[7] >> 32, 0xc4u);
  EXPECT_EQ(r.results[7] % 8, 0u);
}

TEST(Interp, CallsPassArgumentsAndResults) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  a.emit(Op::MOVK_Q, {0, 40});
  a.emit(Op::MOVK_Q, {8, 2});
  a.call("main.add");
  a.emit(Op::GSTORE_Q, {16, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::MOVK_Q, {0, 7});
  a.emit(Op::MOVK_Q, {8, -9});
  a.call("main.add");
  a.emit(Op::GSTORE_Q, {16, static_cast<int64_t>(result_slot(1))});
  a.emit(Op::RET, {32});
  // func add(a, b int) int: frame 8, a at 8+16, b at 32, result at 40
  a.func("main.add", 8, 16, 8);
  a.emit(Op::ENTER, {0, 8, 0});
  a.emit(Op::ADD_Q, {0, 24, 32});
  a.emit(Op::MOV_Q, {40, 0});
  a.emit(Op::RET, {8});
  RunResult r = run_image(a.link());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], 42u);
  EXPECT_EQ(r.results[1], static_cast<uint64_t>(-2));
}

// func sum(n int) int { if n == 0 { return 0 }; return n + sum(n-1) }
// with a 64-byte frame, so that the recursion grows the stack many times.
std::shared_ptr<Image> recursion_program(int64_t n) {
  Asm a;
  a.line(3);
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::MOVK_Q, {0, n});
  a.line(4);
  a.call("main.sum");
  a.emit(Op::GSTORE_Q, {8, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::RET, {16});
  a.line(8);
  a.func("main.sum", 64, 8, 8);  // n at 64+16 = 80, result at 88
  a.emit(Op::ENTER, {0, 64, 0});
  const uint32_t j = a.emit(Op::JNEI_Q, {80, 0, 0});
  a.emit(Op::MOVK_Q, {88, 0});
  a.emit(Op::RET, {64});
  a.bind(j, a.here());
  a.emit(Op::ADDI_Q, {0, 80, -1});
  a.line(9);
  a.call("main.sum");
  a.emit(Op::ADD_Q, {88, 80, 8});
  a.emit(Op::RET, {64});
  return a.link();
}

TEST(Interp, DeepRecursionGrowsTheStack) {
  RunResult r = run_image(recursion_program(10000));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], 50005000u);
  // 10001 frames of 80 bytes: 800 KB, from a 2 KiB stack: 2K -> 1M is 9 doublings
  const size_t grows = r.log.count(EventKind::StackGrow);
  EXPECT_EQ(grows, 9u);
  uint64_t size = 2048;
  for (const Event& e : r.log.events) {
    if (e.kind != EventKind::StackGrow) continue;
    const auto& g = std::get<StackGrowEvent>(e.data);
    EXPECT_EQ(g.old_size, size);
    EXPECT_EQ(g.new_size, size * 2);
    EXPECT_EQ(g.func, "main.sum");
    EXPECT_GT(g.adjusted, 0u);
    size *= 2;
  }
  EXPECT_EQ(r.log.count(EventKind::FramePush), 10001u + 2);  // sum frames, main.main, runtime.main
  EXPECT_EQ(r.log.count(EventKind::FramePop), 10001u + 1);   // runtime.main never returns
}

TEST(Interp, StackOverflowIsFatal) {
  MachineOptions opts;
  opts.max_stack = 64 * 1024;
  RunResult r = run_image(recursion_program(1000000), opts);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("runtime: goroutine stack exceeds 65536-byte limit"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("fatal error: stack overflow"), std::string::npos) << r.err;
}

TEST(Interp, FrameEventsCarryDepthAndCallSite) {
  RunResult r = run_image(recursion_program(2));
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> pushes;
  for (const Event& e : r.log.events) {
    if (e.kind == EventKind::FramePush) {
      const auto& p = std::get<FramePushEvent>(e.data);
      pushes.push_back(p.func + "@" + std::to_string(p.line) + "#" + std::to_string(p.depth) + ":" +
                       std::to_string(p.size));
      EXPECT_EQ(p.hi - p.lo, p.size);
      EXPECT_EQ(e.goid, 1u);
    }
  }
  // runtime.main's frame has no call site; main.main is called from
  // runtime.main (no source line); sum from lines 4 and 9.
  const std::vector<std::string> want = {"runtime.main@0#1:16", "main.main@0#2:32", "main.sum@4#3:80",
                                         "main.sum@9#4:80", "main.sum@9#5:80"};
  EXPECT_EQ(pushes, want);
  uint32_t last_depth = 99;
  for (const Event& e : r.log.events)
    if (e.kind == EventKind::FramePop) last_depth = std::get<FramePopEvent>(e.data).depth;
  EXPECT_EQ(last_depth, 1u);  // after main.main returns, runtime.main remains
}

TEST(Interp, MaxStepsStopsALoop) {
  Asm a;
  a.func("main.main", 0);
  a.emit(Op::ENTER, {0, 0, 0});
  const uint32_t top = a.here();
  const uint32_t j = a.emit(Op::JMP, {0});
  a.bind(j, top);
  MachineOptions opts;
  opts.max_steps = 1000;
  RunResult r = run_image(a.link(), opts);
  EXPECT_EQ(r.code, kExitLimit);
  EXPECT_EQ(r.instructions, 1000u);
  EXPECT_NE(r.err.find("exceeded --max-steps=1000 instructions"), std::string::npos) << r.err;
}

TEST(Interp, CountsEveryInstruction) {
  Asm a;
  a.func("main.main", 0);
  a.emit(Op::ENTER, {0, 0, 0});
  a.emit(Op::NOP, {});
  a.emit(Op::RET, {0});
  const auto image = a.link();
  RunResult r = run_image(image);
  ASSERT_EQ(r.code, 0) << r.err;
  // runtime.main: ENTER, CALL, EXIT; main.main: ENTER, NOP, RET
  EXPECT_EQ(r.instructions, 6u);
  MachineOptions opts;
  opts.max_steps = 6;  // exactly enough
  EXPECT_EQ(run_image(image, opts).code, 0);
  opts.max_steps = 5;
  EXPECT_EQ(run_image(image, opts).code, kExitLimit);
}

// --- strings ---

struct StringProgram {
  Asm a;
  int i = 0;
  StringProgram() {
    a.func("main.main", 96);
    a.emit(Op::ENTER, {0, 96, 0});
  }
  void store(uint32_t slot) { a.emit(Op::GSTORE_Q, {slot, static_cast<int64_t>(result_slot(i++))}); }
  void load(uint32_t slot, const std::string& s) {
    a.emit(Op::LOADSTR, {slot, static_cast<int64_t>(a.string(s)), static_cast<int64_t>(s.size())});
  }
  RunResult run() {
    a.emit(Op::RET, {96});
    return run_image(a.link(), {}, 16);
  }
};

TEST(Interp, StringIndexSliceCompare) {
  StringProgram p;
  p.load(0, "h\xc3\xa9llo");  // "héllo", 6 bytes
  p.a.emit(Op::MOVK_Q, {16, 5});
  p.a.emit(Op::ZERO, {24, 8});
  p.a.emit(Op::STRINDEX, {24, 0, 16, 0});
  p.store(24);  // 'o'
  p.a.emit(Op::MOVK_Q, {16, 1});
  p.a.emit(Op::MOVK_Q, {24, 3});
  p.a.emit(Op::STRSLICE, {32, 0, 16, 24, 0});  // s[1:3] = "é"
  p.store(40);                                // its length
  p.load(48, "\xc3\xa9");
  p.a.emit(Op::ZERO, {64, 8});
  p.a.emit(Op::STREQ, {64, 32, 48});
  p.store(64);  // 1
  p.a.emit(Op::STRNE, {64, 32, 48});
  p.store(64);  // 0
  p.load(48, "abc");
  p.load(32, "abd");
  p.a.emit(Op::STRLT, {64, 48, 32});
  p.store(64);  // "abc" < "abd"
  p.a.emit(Op::STRLE, {64, 32, 48});
  p.store(64);  // "abd" <= "abc": 0
  p.load(32, "ab");
  p.a.emit(Op::STRLT, {64, 32, 48});
  p.store(64);  // "ab" < "abc"
  p.a.emit(Op::MOVK_Q, {16, 2});
  p.a.emit(Op::MOVK_Q, {24, 2});
  p.a.emit(Op::STRSLICE, {32, 48, 16, 24, 0});  // "abc"[2:2]: empty, pointer kept
  p.store(32);
  p.store(40);
  RunResult r = p.run();
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], static_cast<uint64_t>('o'));
  EXPECT_EQ(r.results[1], 2u);
  EXPECT_EQ(r.results[2], 1u);
  EXPECT_EQ(r.results[3], 0u);
  EXPECT_EQ(r.results[4], 1u);
  EXPECT_EQ(r.results[5], 0u);
  EXPECT_EQ(r.results[6], 1u);
  EXPECT_EQ(r.results[7], test::kRodata + 6 + 2);  // "abc" follows "héllo" and "é"
  EXPECT_EQ(r.results[8], 0u);
}

TEST(Interp, DecodeRuneAsGo) {
  StringProgram p;
  p.load(0, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff\xed\xa0\x80\xc3");  // a é € 😀 bad surrogate short
  const std::vector<int64_t> at = {0, 1, 3, 6, 10, 11, 13, 14};
  for (int64_t k : at) {
    p.a.emit(Op::MOVK_Q, {16, k});
    p.a.emit(Op::ZERO, {24, 8});
    p.a.emit(Op::DECODERUNE, {24, 32, 0, 16});
    p.store(24);
    p.store(32);
  }
  RunResult r = p.run();
  ASSERT_EQ(r.code, 0) << r.err;
  const std::vector<std::pair<uint64_t, uint64_t>> want = {
      {'a', 1},    {0xE9, 3},   {0x20AC, 6},  {0x1F600, 10},
      {0xFFFD, 11},  // 0xff
      {0xFFFD, 12},  // a surrogate's encoding is invalid: width 1
      {0xFFFD, 14},  // 0x80: a lone continuation byte
      {0xFFFD, 15},  // a truncated sequence at the end
  };
  for (size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(r.results[2 * k], want[k].first) << "at " << at[k];
    EXPECT_EQ(r.results[2 * k + 1], want[k].second) << "at " << at[k];
  }
}

std::string string_panic(Op op, int64_t c, int64_t d, int64_t flags = 0) {
  StringProgram p;
  p.load(0, "abc");
  p.a.emit(Op::MOVK_Q, {16, c});
  p.a.emit(Op::MOVK_Q, {24, d});
  if (op == Op::STRINDEX)
    p.a.emit(op, {32, 0, 16, flags});
  else
    p.a.emit(op, {32, 0, 16, 24, flags});
  RunResult r = p.run();
  EXPECT_EQ(r.code, 2) << r.err;
  const size_t nl = r.err.find('\n');
  return r.err.substr(0, nl);
}

TEST(Interp, StringBoundsPanicsAsGo) {
  EXPECT_EQ(string_panic(Op::STRINDEX, 5, 0), "panic: runtime error: index out of range [5] with length 3");
  EXPECT_EQ(string_panic(Op::STRINDEX, 3, 0), "panic: runtime error: index out of range [3] with length 3");
  EXPECT_EQ(string_panic(Op::STRINDEX, -1, 0), "panic: runtime error: index out of range [-1]");
  EXPECT_EQ(string_panic(Op::STRSLICE, 0, 5), "panic: runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(string_panic(Op::STRSLICE, 2, 1), "panic: runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(string_panic(Op::STRSLICE, 4, 3), "panic: runtime error: slice bounds out of range [4:3]");
  EXPECT_EQ(string_panic(Op::STRSLICE, 0, -1), "panic: runtime error: slice bounds out of range [:-1]");
  EXPECT_EQ(string_panic(Op::STRSLICE, -1, 2), "panic: runtime error: slice bounds out of range [-1:]");
  // Indices of unsigned types print as unsigned (Go's panicIndexU, panicSliceAlenU, panicSliceBU).
  EXPECT_EQ(string_panic(Op::STRINDEX, -1, 0, 1),
            "panic: runtime error: index out of range [18446744073709551615] with length 3");
  EXPECT_EQ(string_panic(Op::STRSLICE, 0, -1, 2),
            "panic: runtime error: slice bounds out of range [:18446744073709551615] with length 3");
  EXPECT_EQ(string_panic(Op::STRSLICE, -1, 2, 1), "panic: runtime error: slice bounds out of range [18446744073709551615:2]");
}

TEST(Interp, UnmappedStringIsAnInternalError) {
  StringProgram p;
  p.a.emit(Op::MOVK_Q, {0, 0x1000});  // a string header pointing nowhere
  p.a.emit(Op::MOVK_Q, {8, 4});
  p.a.emit(Op::MOVK_Q, {16, 1});
  p.a.emit(Op::STRINDEX, {32, 0, 16, 0});
  RunResult r = p.run();
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("govm: internal error: string data [0x1001, +1) is not mapped"), std::string::npos) << r.err;
}

TEST(Interp, BadTextIsRejectedBeforeRunning) {
  Asm a;
  a.func("main.main", 8);
  a.emit(Op::ENTER, {0, 8, 0});
  const uint32_t j = a.emit(Op::JMP, {0});
  a.bind(j, j + 2 * 4 + 4);  // into the middle of the next instruction
  a.emit(Op::MOVK_Q, {0, 1});
  a.emit(Op::RET, {8});
  RunResult r = run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("does not target an instruction"), std::string::npos) << r.err;
  EXPECT_EQ(r.instructions, 0u);
}

}  // namespace
}  // namespace govm

namespace govm {
namespace {

// A frame layout that forgot the link words: slot 24 of a 16-byte frame is
// the return address.
TEST(Verify, SlotsInTheLinkWordsAreRejected) {
  test::Asm a;
  a.func("main.main", 16);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::MOVK_Q, {24, 1});
  a.emit(Op::RET, {16});
  test::RunResult r = test::run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("frame slot 24 at 0x40100c in main.main is outside its frame"), std::string::npos) << r.err;
}

TEST(Verify, EnterMustMatchTheFrameSize) {
  test::Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 16, 0});
  a.emit(Op::RET, {16});
  test::RunResult r = test::run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("ENTER of main.main reserves 16 bytes, its frame_size is 32"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace govm

namespace govm {
namespace {

TEST(Verify, GlobalsAndCopiesStayInBounds) {
  auto rejected = [](auto body) {
    test::Asm a;
    a.func("main.main", 32);
    a.emit(Op::ENTER, {0, 32, 0});
    body(a);
    a.emit(Op::RET, {32});
    test::RunResult r = test::run_image(a.link());
    EXPECT_EQ(r.code, kExitInternal);
    return r.err;
  };
  EXPECT_NE(rejected([](test::Asm& a) { a.emit(Op::GSTORE_Q, {0, 0x411000}); }).find("store to 0x411000 outside"),
            std::string::npos);  // rodata is read-only
  EXPECT_NE(rejected([](test::Asm& a) { a.emit(Op::GLOAD_Q, {0, 0x413ffc}); }).find("load of 0x413ffc outside"),
            std::string::npos);  // runs past the end of bss
  EXPECT_NE(rejected([](test::Asm& a) { a.emit(Op::ZERO, {16, 24}); }).find("zeroing of 24 bytes outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](test::Asm& a) { a.emit(Op::MOV_N, {0, 8, 40}); }).find("copy of 40 bytes outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](test::Asm& a) { a.emit(Op::LOADSTR, {0, 0x411000, 5}); }).find("string literal 0x411000 outside rodata"),
            std::string::npos);
}

}  // namespace
}  // namespace govm
