// (issue 6) Floating-point constants (compiler/constant_float.cpp): which
// values are Ints, and how a Float rounds to float64 and float32.
#include <gtest/gtest.h>

#include <cmath>

#include "compiler/constant.h"

namespace govm {
namespace {

TEST(FloatConst, IntegralValuesAreInts) {
  const Constant two = Constant::make_float(2.0L);
  EXPECT_EQ(two.kind, Constant::Kind::Int);
  EXPECT_EQ(static_cast<int64_t>(two.i), 2);
  EXPECT_EQ(Constant::make_float(-0.0L).kind, Constant::Kind::Int);  // a constant has no negative zero
  EXPECT_EQ(Constant::make_float(0.5L).kind, Constant::Kind::Float);
  EXPECT_EQ(Constant::make_float(1e100L).kind, Constant::Kind::Float);  // beyond 127 bits
}

TEST(FloatConst, LiteralsRoundFromTheirText) {
  // 0.1 through long double then double would be fine; these need the text:
  // the decimal is within a hair of a halfway point between two doubles.
  const Constant c = Constant::make_float(std::strtold("9007199254740993.0000000001", nullptr), "9007199254740993.0000000001");
  EXPECT_EQ(c.kind, Constant::Kind::Float);
  EXPECT_EQ(c.to_float64(), 9007199254740994.0);
  const Constant d = Constant::make_float(1e23L, "1e23");
  EXPECT_EQ(d.to_float64(), 1e23);
  EXPECT_EQ(d.to_float32(), 1e23f);
  EXPECT_TRUE(std::isinf(Constant::make_float(1e39L, "1e39").to_float32()));
  EXPECT_EQ(Constant::make_float(1e-400L, "1e-400").to_float64(), 0.0);
}

TEST(FloatConst, IntsRoundToNearestEven) {
  EXPECT_EQ(Constant::make_int((static_cast<__int128>(1) << 62) + 1).to_float64(), 4611686018427387904.0);
  EXPECT_EQ(Constant::make_int(16777217).to_float32(), 16777216.0f);
  EXPECT_EQ(Constant::make_int(16777219).to_float32(), 16777220.0f);
}

TEST(FloatConst, PrintedAsGoConstantPrintsThem) {
  EXPECT_EQ(Constant::make_float(1.5L).to_string(), "1.5");
  EXPECT_EQ(Constant::make_float(1e309L).to_string(), "1e+309");
  EXPECT_EQ(Constant::make_float(1.0L / 3).to_string(), "0.333333");
  EXPECT_EQ(Constant::make_float(123456.5L).to_string(), "123456.5");  // %.6g would lose the fraction
}

}  // namespace
}  // namespace govm
