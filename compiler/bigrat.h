// BigRat: an exact rational number (math/big's Rat), how go/constant holds
// a non-integral constant while it stays reasonably small: 0.1 is 1/10,
// so 0.1*3 is exactly 3/10 and float64(0.1*3) rounds once, from the exact
// value, to the float64 nearest 0.3.
//
// Invariants: den > 0 and gcd(num, den) == 1 (make() normalizes), so equal
// values have equal representations and zero is 0/1.
#pragma once

#include "compiler/bigint.h"

namespace govm {

struct BigRat {
  BigInt num;
  BigInt den = BigInt::from_uint64(1);

  static BigRat make(BigInt num, BigInt den);  // den != 0
  static BigRat from_int(BigInt v) { return make(std::move(v), BigInt::from_uint64(1)); }
  bool is_int() const { return den == BigInt::from_uint64(1); }
  int sign() const { return num.sign(); }

  friend BigRat operator+(const BigRat& a, const BigRat& b);
  friend BigRat operator-(const BigRat& a, const BigRat& b);
  friend BigRat operator*(const BigRat& a, const BigRat& b);
  friend BigRat operator/(const BigRat& a, const BigRat& b);  // b != 0
  BigRat operator-() const { return BigRat{-num, den}; }
  static int cmp(const BigRat& a, const BigRat& b);
  friend bool operator==(const BigRat& a, const BigRat& b) { return a.num == b.num && a.den == b.den; }
};

}  // namespace govm
