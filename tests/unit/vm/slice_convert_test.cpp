// (check2) SLICE2ARRPTR, the conversion of a slice to a pointer to an
// array ((*[N]T)(s)): the result is the slice's own pointer once its length
// is at least N, nil only for a nil slice and N == 0, and a shorter slice
// panics with Go's boundsConvert message (worded as since Go 1.20). Programs
// are hand-assembled (asm.h); the slice's array is the result slots in bss.
#include <gtest/gtest.h>

#include "tests/unit/vm/asm.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

// Converts a slice (ptr: &result slot 0 unless nil, len, cap = len) to
// *[n]T; the pointer is stored in result slot 1.
RunResult convert(bool nil, int64_t len, int64_t n) {
  Asm a;
  a.func("main.main", 48);
  a.emit(Op::ENTER, {0, 48, 0});
  if (nil) a.emit(Op::MOVK_Q, {0, 0});
  else a.emit(Op::LEAG, {0, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::MOVK_Q, {8, len});
  a.emit(Op::MOVK_Q, {16, len});
  a.emit(Op::MOVK_Q, {32, -1});  // overwritten unless it panics
  a.emit(Op::SLICE2ARRPTR, {32, 0, n});
  a.emit(Op::GSTORE_Q, {32, static_cast<int64_t>(result_slot(1))});
  a.emit(Op::RET, {48});
  return run_image(a.link(), {}, 2);
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST(SliceConvert, ResultIsTheSlicePointer) {
  RunResult r = convert(false, 4, 2);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[1], result_slot(0));
  r = convert(false, 2, 2);  // exactly long enough
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[1], result_slot(0));
}

TEST(SliceConvert, ZeroLengthArraysKeepNilness) {
  RunResult r = convert(true, 0, 0);  // nil slice: nil pointer
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[1], 0u);
  r = convert(false, 0, 0);  // empty, not nil: its pointer
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.results[1], result_slot(0));
}

TEST(SliceConvert, ShortSlicePanicsAsGo) {
  RunResult r = convert(false, 1, 2);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(first_line(r.err),
            "panic: runtime error: cannot convert slice with length 1 to array or pointer to array with length 2");
  r = convert(true, 0, 3);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(first_line(r.err),
            "panic: runtime error: cannot convert slice with length 0 to array or pointer to array with length 3");
  // A length past 2^32 travels whole in the K operand.
  r = convert(false, 3, int64_t{1} << 40);
  EXPECT_EQ(first_line(r.err), "panic: runtime error: cannot convert slice with length 3 to array or pointer to "
                               "array with length 1099511627776");
}

TEST(SliceConvert, VerifierKeepsOperandsInTheFrame) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  a.emit(Op::SLICE2ARRPTR, {0, 16, 0});  // the 24-byte header would run past the frame
  a.emit(Op::RET, {32});
  RunResult r = run_image(a.link());
  EXPECT_EQ(r.code, kExitInternal);
  EXPECT_NE(r.err.find("SLICE2ARRPTR outside the frame"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace govm
