// BigFloat: a binary floating-point number of up to 512 significant bits
// (math/big's Float at go/constant's precision), and the one rounding
// routine every conversion of an exact value to a float goes through.
//
// go/constant holds a non-integral constant as a rational while numerator
// and denominator stay under 4096 bits; beyond, and for literals whose
// binary exponent is beyond ±4096, it holds a big.Float of 512 bits,
// rounded to nearest even after every operation. BigFloat is that value:
// mant * 2^exp. Invariants: |mant| < 2^512 and mant is odd (trailing zero
// bits are moved into exp), or mant == 0 and exp == 0, so equal values
// have equal representations.
//
// Rounding (round, quotient): a value m * 2^e, plus a "sticky" flag saying
// the true value has further nonzero bits below m's last bit, is cut to
// prec bits with exponent at least min_exp (below which an IEEE format has
// only subnormals), nearest even by default. float64 and float32 are the
// formats {53, -1074} and {24, -149}: float64(c) of an exact constant is
// rounded once, from the exact value, as big.Rat.Float64 and
// big.Float.Float64 round it.
#pragma once

#include <cstdint>

#include "compiler/bigint.h"
#include "compiler/bigrat.h"

namespace govm {

enum class RoundMode : uint8_t { NearestEven, ToZero, AwayFromZero };

struct BigFloat {
  static constexpr size_t kPrec = 512;                // go/constant's prec
  static constexpr int64_t kNoMinExp = INT64_MIN / 4;  // no subnormals

  BigInt mant;
  int64_t exp = 0;

  // m * 2^e (+ sticky) rounded to prec bits; sticky bits must lie below
  // half of m's last bit (callers keep two guard bits).
  static BigFloat round(const BigInt& m, int64_t e, bool sticky, size_t prec, int64_t min_exp = kNoMinExp,
                        RoundMode mode = RoundMode::NearestEven);
  static BigFloat quotient(const BigInt& n, const BigInt& d, size_t prec, int64_t min_exp = kNoMinExp);  // n/d, d != 0
  static BigFloat from_int(const BigInt& v) { return round(v, 0, false, kPrec); }
  static BigFloat from_rat(const BigRat& r) { return quotient(r.num, r.den, kPrec); }

  int sign() const { return mant.sign(); }
  // MantExp's exponent: |x| is in [2^(top-1), 2^top); 0 for zero.
  int64_t top() const { return mant.is_zero() ? 0 : static_cast<int64_t>(mant.bit_len()) + exp; }
  bool is_int() const { return exp >= 0 || mant.is_zero(); }
  BigInt to_int() const;  // when is_int()
  BigRat to_rat() const;  // exact; for values of moderate exponent

  BigFloat operator-() const { return BigFloat{-mant, exp}; }
  friend BigFloat operator+(const BigFloat& a, const BigFloat& b);
  friend BigFloat operator-(const BigFloat& a, const BigFloat& b) { return a + (-b); }
  friend BigFloat operator*(const BigFloat& a, const BigFloat& b);
  friend BigFloat operator/(const BigFloat& a, const BigFloat& b);  // b != 0
  static int cmp(const BigFloat& a, const BigFloat& b);
  friend bool operator==(const BigFloat& a, const BigFloat& b) { return a.mant == b.mant && a.exp == b.exp; }
};

// IEEE binary formats, as rounding targets.
struct IeeeFormat {
  size_t prec;      // significant bits, the hidden one included
  int64_t min_exp;  // the exponent of the smallest subnormal's last bit
  int64_t max_top;  // values of 2^max_top and beyond are infinite
};
inline constexpr IeeeFormat kFloat64Format{53, -1074, 1024};
inline constexpr IeeeFormat kFloat32Format{24, -149, 128};

// The value nearest m * 2^e (nearest even; ±Inf beyond the format's range;
// zero keeps no sign, as constants have no negative zero). A float32
// result is exact in the double returned.
double round_to_ieee(const BigInt& m, int64_t e, IeeeFormat f);
double round_to_ieee(const BigRat& r, IeeeFormat f);

}  // namespace govm
