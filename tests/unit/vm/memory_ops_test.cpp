// (issue 3) The memory instructions: loads and stores through pointers,
// address arithmetic, bounds checks and slicing with Go's panic messages,
// nil dereferences, and the verifier's rules for them. Programs are
// hand-assembled (asm.h); pointers point into bss (result slots) or the
// frame.
#include <gtest/gtest.h>

#include "tests/unit/vm/asm.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

// main.main with a 96-byte frame; body emits between ENTER and RET.
template <class Body>
RunResult run_main(Body body, int nresults = 8) {
  Asm a;
  a.func("main.main", 96);
  a.emit(Op::ENTER, {0, 96, 0});
  body(a);
  a.emit(Op::RET, {96});
  return run_image(a.link(), {}, nresults);
}

TEST(MemoryOps, LoadsAndStoresThroughPointers) {
  RunResult r = run_main([](Asm& a) {
    a.emit(Op::LEAG, {0, static_cast<int64_t>(result_slot(0))});  // p = &slot0
    a.emit(Op::MOVK_Q, {8, 0x1122334455667788});
    a.emit(Op::STORE_Q, {0, 8, 0});    // slot0 = v
    a.emit(Op::STORE_B, {0, 8, 8});    // low byte of v into slot1
    a.emit(Op::STORE_W, {0, 8, 16});   // slot2
    a.emit(Op::STORE_L, {0, 8, 24});   // slot3
    a.emit(Op::LOAD_L, {16, 0, 4});    // high half of slot0
    a.emit(Op::ZERO, {24, 8});
    a.emit(Op::LOAD_W, {24, 0, 2});
    a.emit(Op::GSTORE_Q, {16, static_cast<int64_t>(result_slot(4))});
    a.emit(Op::GSTORE_Q, {24, static_cast<int64_t>(result_slot(5))});
    // 16- and n-byte forms: copy slots 0..1 to 6..7, then 0..2 (24 bytes) via the frame.
    a.emit(Op::LOAD_O, {32, 0, 0});
    a.emit(Op::STORE_O, {0, 32, 48});
    a.emit(Op::LOAD_N, {48, 0, 0, 24});
    a.emit(Op::LEAX, {80, 0, 88, 8});  // 88 holds 0: &slot0 + 0*8
  });
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[0], 0x1122334455667788u);
  EXPECT_EQ(r.results[1], 0x88u);
  EXPECT_EQ(r.results[2], 0x7788u);
  EXPECT_EQ(r.results[3], 0x55667788u);
  EXPECT_EQ(r.results[4], 0x11223344u);
  EXPECT_EQ(r.results[5], 0x5566u);
  EXPECT_EQ(r.results[6], 0x1122334455667788u);
  EXPECT_EQ(r.results[7], 0x88u);
}

TEST(MemoryOps, AddressArithmeticMoveZeroAndCompare) {
  RunResult r = run_main([](Asm& a) {
    a.emit(Op::LEAG, {0, static_cast<int64_t>(result_slot(0))});
    a.emit(Op::MOVK_Q, {8, 3});
    a.emit(Op::LEAX, {16, 0, 8, 8});     // &slot3
    a.emit(Op::MOVK_Q, {24, 77});
    a.emit(Op::STORE_Q, {16, 24, 0});    // slot3 = 77
    a.emit(Op::LEAX, {32, 0, 8, 16});    // &slot6
    a.emit(Op::MEMMOVE, {32, 16, 8});    // slot6 = slot3
    a.emit(Op::MEMZERO, {16, 8});        // slot3 = 0
    a.emit(Op::MOVK_Q, {40, 5});
    a.emit(Op::MOVK_Q, {48, 5});
    a.emit(Op::MEMEQ, {56, 40, 48, 8});
    a.emit(Op::MOVK_Q, {48, 6});
    a.emit(Op::MEMEQ, {57, 40, 48, 8});
    a.emit(Op::ZERO, {64, 8});
    a.emit(Op::MOV_B, {64, 56});
    a.emit(Op::MOV_B, {65, 57});
    a.emit(Op::GSTORE_Q, {64, static_cast<int64_t>(result_slot(1))});
  });
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[3], 0u);
  EXPECT_EQ(r.results[6], 77u);
  EXPECT_EQ(r.results[1], 0x0001u);  // equal, then unequal
}

// SLICE of (ptr, len=3, cap=5) by (lo, hi, max); returns the result header
// or the panic text.
std::string slice_of(int64_t lo, int64_t hi, int64_t max, int64_t flags, uint64_t out[3]) {
  RunResult r = run_main([&](Asm& a) {
    a.emit(Op::MOVK_Q, {0, 0x1000});
    a.emit(Op::MOVK_Q, {8, 3});
    a.emit(Op::MOVK_Q, {16, 5});
    a.emit(Op::MOVK_Q, {24, lo});
    a.emit(Op::MOVK_Q, {32, hi});
    a.emit(Op::MOVK_Q, {40, max});
    a.emit(Op::SLICE, {48, 0, 24, 8, flags});
    a.emit(Op::GSTORE_N, {48, static_cast<int64_t>(result_slot(0)), 24});
  });
  for (int i = 0; i < 3; ++i) out[i] = r.results[static_cast<size_t>(i)];
  if (r.code == 0) return "";
  return r.err.substr(0, r.err.find('\n'));
}

TEST(MemoryOps, SliceComputesHeadersAsGc) {
  uint64_t h[3];
  EXPECT_EQ(slice_of(1, 3, 5, 16, h), "");
  EXPECT_EQ(h[0], 0x1008u);
  EXPECT_EQ(h[1], 2u);
  EXPECT_EQ(h[2], 4u);
  EXPECT_EQ(slice_of(5, 5, 5, 16, h), "");  // capacity 0 keeps the base pointer
  EXPECT_EQ(h[0], 0x1000u);
  EXPECT_EQ(h[2], 0u);
}

TEST(MemoryOps, SliceBoundsPanicsAsGo) {
  uint64_t h[3];
  const std::string p = "panic: runtime error: slice bounds out of range ";
  // two-index forms (max = cap)
  EXPECT_EQ(slice_of(0, 6, 5, 16, h), p + "[:6] with capacity 5");
  EXPECT_EQ(slice_of(0, 6, 5, 0, h), p + "[:6] with length 5");  // an array
  EXPECT_EQ(slice_of(4, 2, 5, 16, h), p + "[4:2]");
  EXPECT_EQ(slice_of(0, -1, 5, 16, h), p + "[:-1]");
  EXPECT_EQ(slice_of(-1, 2, 5, 16, h), p + "[-1:]");
  EXPECT_EQ(slice_of(-1, 2, 5, 16 | 2, h), p + "[18446744073709551615:2]");
  // three-index forms
  EXPECT_EQ(slice_of(0, 1, 6, 17, h), p + "[::6] with capacity 5");
  EXPECT_EQ(slice_of(0, 4, 3, 17, h), p + "[:4:3]");
  EXPECT_EQ(slice_of(3, 2, 4, 17, h), p + "[3:2:]");
  EXPECT_EQ(slice_of(0, 1, -2, 17, h), p + "[::-2]");
}

TEST(MemoryOps, BoundsChecksPanicAsGo) {
  auto index = [](Op op, int64_t i, int64_t uns) {
    RunResult r = run_main([&](Asm& a) {
      a.emit(Op::MOVK_Q, {0, i});
      a.emit(Op::MOVK_Q, {8, 3});
      if (op == Op::BOUNDS) a.emit(Op::BOUNDS, {0, 8, uns});
      else a.emit(Op::BOUNDSK, {0, 3, uns});
    });
    return r.code == 0 ? std::string() : r.err.substr(0, r.err.find('\n'));
  };
  EXPECT_EQ(index(Op::BOUNDS, 2, 0), "");
  EXPECT_EQ(index(Op::BOUNDS, 3, 0), "panic: runtime error: index out of range [3] with length 3");
  EXPECT_EQ(index(Op::BOUNDSK, 5, 0), "panic: runtime error: index out of range [5] with length 3");
  EXPECT_EQ(index(Op::BOUNDSK, -1, 0), "panic: runtime error: index out of range [-1]");
  EXPECT_EQ(index(Op::BOUNDS, -1, 1), "panic: runtime error: index out of range [18446744073709551615] with length 3");
}

TEST(MemoryOps, NilDereferencePanicsWithTheSignalLine) {
  for (Op op : {Op::LOAD_Q, Op::STORE_L, Op::NILCHK}) {
    RunResult r = run_main([&](Asm& a) {
      a.emit(Op::MOVK_Q, {0, 0});
      if (op == Op::NILCHK) a.emit(Op::NILCHK, {0});
      else a.emit(op, {op == Op::LOAD_Q ? 8 : 0, op == Op::LOAD_Q ? 0 : 8, 16});
    });
    EXPECT_EQ(r.code, 2) << op_name(op);
    EXPECT_EQ(r.err.rfind("panic: runtime error: invalid memory address or nil pointer dereference\n"
                          "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x",
                          0),
              0u)
        << r.err;
  }
  // A nil base plus an index (first page) is a nil dereference too.
  RunResult r = run_main([](Asm& a) {
    a.emit(Op::MOVK_Q, {0, 0});
    a.emit(Op::MOVK_Q, {8, 5});
    a.emit(Op::LEAX, {16, 0, 8, 8});
    a.emit(Op::LOAD_Q, {24, 16, 0});
  });
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("nil pointer dereference"), std::string::npos) << r.err;
}

TEST(MemoryOps, UnmappedPointerIsAnInternalError) {
  RunResult r = run_main([](Asm& a) {
    a.emit(Op::MOVK_Q, {0, 0x7000000000});
    a.emit(Op::LOAD_Q, {8, 0, 0});
  });
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("govm: internal error: access to [0x7000000000, +8) through a pointer: not mapped"),
            std::string::npos)
      << r.err;
}

TEST(MemoryOps, VerifierKeepsMemoryOperandsInTheFrame) {
  auto rejected = [](auto body) {
    Asm a;
    a.func("main.main", 32);
    a.emit(Op::ENTER, {0, 32, 0});
    body(a);
    a.emit(Op::RET, {32});
    RunResult r = run_image(a.link());
    EXPECT_EQ(r.code, kExitInternal);
    return r.err;
  };
  EXPECT_NE(rejected([](Asm& a) { a.emit(Op::LOAD_N, {16, 0, 0, 24}); }).find("LOAD_N of 24 bytes outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](Asm& a) { a.emit(Op::STORE_O, {0, 24, 0}); }).find("STORE_O of 16 bytes outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](Asm& a) { a.emit(Op::SLICE, {16, 0, 0, 8, 0}); }).find("SLICE outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](Asm& a) { a.emit(Op::MEMEQ, {0, 8, 16, 24}); }).find("MEMEQ of 24 bytes outside the frame"),
            std::string::npos);
  EXPECT_NE(rejected([](Asm& a) { a.emit(Op::LEAG, {0, 0x411000}); }).find("address of 0x411000 outside the image's data"),
            std::string::npos);  // rodata is not a global
}

}  // namespace
}  // namespace govm
