// (issue 6, const) Numeric constants (compiler/constant_float.cpp,
// constant_arith.cpp): how literals are held, which values are Ints, exact
// arithmetic, and how a value rounds to float64 and float32. Expected
// values are what gc computes for the same constant expressions.
#include <gtest/gtest.h>

#include <cmath>

#include "compiler/constant.h"

namespace govm {
namespace {

Constant lit(const char* text) { return *Constant::make_from_literal(text, true); }
Constant ilit(const char* text) { return *Constant::make_from_literal(text, false); }
Constant op(Token t, const Constant& a, const Constant& b) { return Constant::binary_op(t, a, b, false); }

TEST(FloatConst, IntegralValuesAreInts) {
  const Constant two = lit("2.0");
  EXPECT_EQ(two.kind, Constant::Kind::Int);
  EXPECT_EQ(two.rep, Constant::Rep::Rat);  // as go/constant: a float literal stays a rational
  EXPECT_EQ(static_cast<int64_t>(two.i), 2);
  EXPECT_EQ(Constant::make_float(-0.0L).kind, Constant::Kind::Int);  // a constant has no negative zero
  EXPECT_EQ(Constant::make_float(0.5L).kind, Constant::Kind::Float);
  const Constant e100 = lit("1e100");
  EXPECT_EQ(e100.kind, Constant::Kind::Int);  // an integer beyond 128 bits
  EXPECT_FALSE(e100.fits_int128());
  EXPECT_EQ(e100.int_bit_len(), 333u);
  EXPECT_EQ(e100.to_int().rep, Constant::Rep::Int);
  EXPECT_EQ(lit("1_000.000_1").kind, Constant::Kind::Float);
}

TEST(FloatConst, LiteralsAreExact) {
  // The decimal is within a hair of a halfway point between two doubles.
  const Constant c = lit("9007199254740993.0000000001");
  EXPECT_EQ(c.kind, Constant::Kind::Float);
  EXPECT_EQ(c.to_float64(), 9007199254740994.0);
  EXPECT_EQ(lit("9007199254740993.0").to_float64(), 9007199254740992.0);  // the tie: to even
  EXPECT_EQ(lit("1e23").to_float64(), 1e23);
  EXPECT_EQ(lit("1e23").to_float32(), 1e23f);
  EXPECT_TRUE(std::isinf(lit("1e39").to_float32()));
  EXPECT_EQ(lit("1e-400").to_float64(), 0.0);
  EXPECT_EQ(lit("0x1.8p1").to_float64(), 3.0);
  EXPECT_EQ(lit("0x1p-1074").to_float64(), 0x1p-1074);
  EXPECT_EQ(ilit("0b1010").i, 10);
  EXPECT_EQ(ilit("0o17").i, 15);
  EXPECT_EQ(ilit("017").i, 15);
  EXPECT_EQ(ilit("0x_FF").i, 255);
  EXPECT_EQ(ilit("0").i, 0);
  EXPECT_EQ(ilit("1267650600228229401496703205376").to_string(), "1267650600228229401496703205376");
}

TEST(FloatConst, ArithmeticIsExact) {
  const Constant three_tenths = op(Token::Mul, lit("0.1"), Constant::make_int(3));
  EXPECT_EQ(three_tenths.to_float64(), 0.3);  // float64 arithmetic gives 0.30000000000000004
  EXPECT_EQ(Constant::compare(op(Token::Add, lit("0.1"), lit("0.2")), lit("0.3")), 0);
  const Constant third = op(Token::Quo, lit("1.0"), Constant::make_int(3));
  EXPECT_EQ(op(Token::Mul, third, Constant::make_int(3)).kind, Constant::Kind::Int);
  // 1e600 (1994 bits) is still a rational; 1e1400 (4651 bits) is beyond
  // the rationals' 4096 bits: a 512-bit float, as in gc.
  EXPECT_EQ(op(Token::Mul, lit("1e300"), lit("1e300")).rep, Constant::Rep::Rat);
  const Constant sq = op(Token::Mul, lit("1e700"), lit("1e700"));
  EXPECT_EQ(sq.rep, Constant::Rep::Float);
  EXPECT_EQ(op(Token::Quo, op(Token::Quo, sq, lit("1e700")), lit("1e400")).to_float64(), 1e300);
  // Integer division truncates; in a float context / is exact.
  EXPECT_EQ(Constant::binary_op(Token::Quo, Constant::make_int(-7), Constant::make_int(2), true).i, -3);
  EXPECT_EQ(Constant::binary_op(Token::Rem, Constant::make_int(-7), Constant::make_int(3), true).i, -1);
  EXPECT_EQ(op(Token::Quo, Constant::make_int(7), Constant::make_int(2)).to_float64(), 3.5);
  // 1 << 100 >> 98
  EXPECT_EQ(Constant::shift(Constant::shift(Constant::make_int(1), Token::Shl, 100), Token::Shr, 98).i, 4);
  EXPECT_EQ(Constant::unary_op(Token::Xor, Constant::make_int(5), 8).i, 250);  // ^uint8(5)
  EXPECT_EQ(Constant::unary_op(Token::Xor, Constant::make_int(5), 0).i, -6);
  EXPECT_EQ(Constant::unary_op(Token::Sub, lit("0.5"), 0).to_float64(), -0.5);
}

TEST(FloatConst, NearlyIntegralFloatsAreInts) {
  // go/constant's ToInt forgives the last bits of a 512-bit float:
  // 1e5000/1e4999 is 10 for `var n int = 1e5000 / 1e4999`.
  const Constant ten = op(Token::Quo, lit("1e5000"), lit("1e4999"));
  EXPECT_EQ(ten.rep, Constant::Rep::Float);
  EXPECT_EQ(ten.kind, Constant::Kind::Int);
  EXPECT_EQ(ten.i, 10);
}

TEST(FloatConst, IntsRoundToNearestEven) {
  EXPECT_EQ(Constant::make_int((static_cast<__int128>(1) << 62) + 1).to_float64(), 4611686018427387904.0);
  EXPECT_EQ(Constant::make_int(16777217).to_float32(), 16777216.0f);
  EXPECT_EQ(Constant::make_int(16777219).to_float32(), 16777220.0f);
}

TEST(FloatConst, PrintedAsGoConstantPrintsThem) {
  EXPECT_EQ(lit("1.5").to_string(), "1.5");
  EXPECT_EQ(lit("1e309").to_string(), "1e+309");
  EXPECT_EQ(lit("1e30").to_string(), "1e+30");  // a rational, though integral
  EXPECT_EQ(lit("1e5000").to_string(), "1e+5000");
  EXPECT_EQ(Constant::unary_op(Token::Sub, lit("2.5e-5000"), 0).to_string(), "-2.5e-5000");
  EXPECT_FALSE(Constant::make_from_literal("1.5x", true));
  EXPECT_EQ(op(Token::Quo, lit("1.0"), Constant::make_int(3)).to_string(), "0.333333");
  EXPECT_EQ(lit("123456.5").to_string(), "123456.5");  // %.6g would lose the fraction
  EXPECT_EQ(Constant::make_float(1000).to_string(), "1000");
  EXPECT_EQ(lit("0.5").exact_string(), "1/2");
  EXPECT_EQ(lit("3.0").exact_string(), Constant::make_int(3).exact_string());
}

}  // namespace
}  // namespace govm
