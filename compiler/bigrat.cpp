// BigRat's arithmetic: the textbook formulas, each result reduced by the
// gcd (see bigrat.h for the invariants).
#include "compiler/bigrat.h"

namespace govm {

BigRat BigRat::make(BigInt num, BigInt den) {
  if (den.is_neg()) {
    num = -num;
    den = -den;
  }
  BigInt g = BigInt::gcd(num, den);
  if (!(g == BigInt::from_uint64(1)) && !g.is_zero()) {
    BigInt r;
    BigInt::quo_rem(num, g, &num, &r);
    BigInt::quo_rem(den, g, &den, &r);
  }
  if (num.is_zero()) den = BigInt::from_uint64(1);
  return BigRat{std::move(num), std::move(den)};
}

BigRat operator+(const BigRat& a, const BigRat& b) { return BigRat::make(a.num * b.den + b.num * a.den, a.den * b.den); }
BigRat operator-(const BigRat& a, const BigRat& b) { return BigRat::make(a.num * b.den - b.num * a.den, a.den * b.den); }
BigRat operator*(const BigRat& a, const BigRat& b) { return BigRat::make(a.num * b.num, a.den * b.den); }
BigRat operator/(const BigRat& a, const BigRat& b) { return BigRat::make(a.num * b.den, a.den * b.num); }

int BigRat::cmp(const BigRat& a, const BigRat& b) { return BigInt::cmp(a.num * b.den, b.num * a.den); }

}  // namespace govm
