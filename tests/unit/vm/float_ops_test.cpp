// (issue 6) The floating-point instructions on hand-assembled programs, and
// the conversions of vm/float_conv.h against gc's amd64 answers (recorded
// from go1.19 on amd64: int64(NaN) etc.).
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>

#include "tests/unit/vm/asm.h"
#include "vm/float_conv.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

uint64_t f64(double d) { return std::bit_cast<uint64_t>(d); }
uint64_t f32(float f) { return std::bit_cast<uint32_t>(f); }

struct Case {
  Op op;
  uint64_t b, c;  // operand bits (c unused by two-operand ops)
  uint64_t want;  // the result slot, zero-extended from the op's width
};

// main.main computes each case into slot 0 (zeroed first) from b at slot 8
// and c at slot 16, and stores slot 0 to the case's result.
void check(const std::vector<Case>& cases) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& k = cases[i];
    a.emit(Op::MOVK_Q, {8, static_cast<int64_t>(k.b)});
    a.emit(Op::MOVK_Q, {16, static_cast<int64_t>(k.c)});
    a.emit(Op::ZERO, {0, 8});
    if (op_format(k.op) == std::string_view("sss")) {
      a.emit(k.op, {0, 8, 16});
    } else {
      a.emit(k.op, {0, 8});
    }
    a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(static_cast<int>(i)))});
  }
  a.emit(Op::RET, {32});
  RunResult r = run_image(a.link(), {}, static_cast<int>(cases.size()));
  ASSERT_EQ(r.code, 0) << r.err;
  for (size_t i = 0; i < cases.size(); ++i)
    EXPECT_EQ(r.results[i], cases[i].want) << "case " << i << ": " << op_name(cases[i].op);
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

TEST(FloatOps, Float64ArithmeticIsIeee) {
  check({
      {Op::ADDF_Q, f64(0.1), f64(0.2), f64(0.30000000000000004)},
      {Op::SUBF_Q, f64(1), f64(0.9), f64(0.09999999999999998)},
      {Op::MULF_Q, f64(1e300), f64(1e10), f64(kInf)},
      {Op::DIVF_Q, f64(1), f64(0), f64(kInf)},
      {Op::DIVF_Q, f64(-1), f64(0), f64(-kInf)},
      {Op::DIVF_Q, f64(1), f64(-0.0), f64(-kInf)},
      {Op::NEGF_Q, f64(0), 0, f64(-0.0)},
      {Op::NEGF_Q, f64(-2.5), 0, f64(2.5)},
  });
}

TEST(FloatOps, DivisionOfZeroByZeroIsNaN) {
  Asm a;
  a.func("main.main", 32);
  a.emit(Op::ENTER, {0, 32, 0});
  a.emit(Op::MOVK_Q, {8, 0});
  a.emit(Op::DIVF_Q, {0, 8, 8});
  a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::RET, {32});
  RunResult r = run_image(a.link(), {}, 1);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(std::isnan(std::bit_cast<double>(r.results[0])));
}

TEST(FloatOps, Float32RoundsEveryOperation) {
  check({
      {Op::ADDF_L, f32(16777216), f32(1), f32(16777216)},  // 2^24 + 1 is not a float32
      {Op::ADDF_L, f32(0.1f), f32(0.2f), f32(0.3f)},
      {Op::MULF_L, f32(3e38f), f32(10), f32(std::numeric_limits<float>::infinity())},
      {Op::DIVF_L, f32(1), f32(3), f32(1.0f / 3)},
      {Op::NEGF_L, f32(1.5f), 0, f32(-1.5f)},
  });
}

TEST(FloatOps, ComparisonsWithNaNAreFalseExceptNotEqual) {
  check({
      {Op::EQF_Q, f64(kNaN), f64(kNaN), 0},
      {Op::NEF_Q, f64(kNaN), f64(kNaN), 1},
      {Op::LTF_Q, f64(kNaN), f64(1), 0},
      {Op::LEF_Q, f64(1), f64(kNaN), 0},
      {Op::EQF_Q, f64(0.0), f64(-0.0), 1},
      {Op::LTF_Q, f64(-kInf), f64(kInf), 1},
      {Op::LEF_Q, f64(2), f64(2), 1},
      {Op::LTF_L, f32(1), f32(2), 1},
      {Op::EQF_L, f32(std::nanf("")), f32(std::nanf("")), 0},
  });
}

TEST(FloatOps, ConversionsFollowGcOnAmd64) {
  check({
      {Op::CVTSQ2SD, static_cast<uint64_t>(-3), 0, f64(-3)},
      {Op::CVTSQ2SD, (uint64_t{1} << 62) + 1, 0, f64(4611686018427387904.0)},
      {Op::CVTUQ2SD, UINT64_MAX, 0, f64(18446744073709551616.0)},
      {Op::CVTSQ2SS, 16777217, 0, f32(16777216)},
      {Op::CVTUQ2SS, UINT64_MAX, 0, f32(18446744073709551616.0f)},
      {Op::CVTTSD2SQ, f64(-2.9), 0, static_cast<uint64_t>(-2)},
      {Op::CVTTSD2SQ, f64(kNaN), 0, uint64_t{1} << 63},
      {Op::CVTTSD2SQ, f64(1e19), 0, uint64_t{1} << 63},
      {Op::CVTTSD2SL, f64(3e9), 0, 0x80000000},
      {Op::CVTTSD2SL, f64(-70000.7), 0, static_cast<uint32_t>(-70000)},
      {Op::CVTTSD2UQ, f64(-1), 0, UINT64_MAX},
      {Op::CVTTSD2UQ, f64(1e19), 0, 10000000000000000000u},
      {Op::CVTTSD2UQ, f64(kNaN), 0, uint64_t{1} << 63},
      {Op::CVTTSD2UQ, f64(2e19), 0, uint64_t{1} << 63},
      {Op::CVTTSS2SQ, f32(-1.5f), 0, static_cast<uint64_t>(-1)},
      {Op::CVTTSS2SL, f32(3e9f), 0, 0x80000000},
      {Op::CVTTSS2UQ, f32(1e19f), 0, 9999999980506447872u},
      {Op::CVTSS2SD, f32(0.1f), 0, f64(0.10000000149011612)},
      {Op::CVTSD2SS, f64(0.1), 0, f32(0.1f)},
      {Op::CVTSD2SS, f64(1e39), 0, f32(std::numeric_limits<float>::infinity())},
  });
}

TEST(FloatConv, EdgesOfTheRanges) {
  EXPECT_EQ(cvtt_to_int64(9223372036854774784.0), INT64_C(9223372036854774784));  // the largest double below 2^63
  EXPECT_EQ(cvtt_to_int64(9223372036854775808.0), INT64_MIN);
  EXPECT_EQ(cvtt_to_int64(-9223372036854775808.0), INT64_MIN);
  EXPECT_EQ(cvtt_to_int32(2147483647.9), INT32_MAX);
  EXPECT_EQ(cvtt_to_int32(-2147483648.9), INT32_MIN);
  EXPECT_EQ(cvtt_to_int32(-2147483649.0), INT32_MIN);
  EXPECT_EQ(cvtt_to_uint64(18446744073709549568.0), UINT64_C(18446744073709549568));  // the largest below 2^64
  EXPECT_EQ(cvtt_to_uint64(18446744073709551616.0), uint64_t{1} << 63);
  EXPECT_EQ(cvtt_to_uint64(-kInf), uint64_t{1} << 63);
  EXPECT_EQ(cvtt_to_uint64(-0.9), 0u);
}

}  // namespace
}  // namespace govm
