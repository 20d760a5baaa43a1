// BigFloat's rounding and arithmetic (see bigfloat.h). Every operation
// computes an exact intermediate (a sum, product, or a quotient carrying
// two guard bits and a sticky remainder) and rounds it once, so results are
// those of math/big at 512 bits, nearest even.
#include "compiler/bigfloat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace govm {

namespace {

// The canonical form: an odd mantissa, or zero.
BigFloat canonical(BigInt m, int64_t e) {
  if (m.is_zero()) return BigFloat{};
  const size_t tz = m.trailing_zeros();
  return BigFloat{m.shr(tz), e + static_cast<int64_t>(tz)};
}

double to_double(const BigFloat& r, IeeeFormat f) {
  if (r.mant.is_zero()) return 0.0;
  const double inf = std::numeric_limits<double>::infinity();
  if (r.top() > f.max_top) return r.sign() < 0 ? -inf : inf;
  // |mant| < 2^53 and the value is representable: ldexp is exact.
  const double d = std::ldexp(static_cast<double>(r.mant.abs().low64()), static_cast<int>(r.exp));
  return r.sign() < 0 ? -d : d;
}

}  // namespace

BigFloat BigFloat::round(const BigInt& m, int64_t e, bool sticky, size_t prec, int64_t min_exp, RoundMode mode) {
  if (m.is_zero()) return BigFloat{};
  const BigInt a = m.abs();
  const int64_t len = static_cast<int64_t>(a.bit_len());
  const int64_t drop = std::max({int64_t{0}, len - static_cast<int64_t>(prec), min_exp - e});
  const size_t d = static_cast<size_t>(drop);
  BigInt q = a.shr(d);
  const bool half = d > 0 && a.bit(d - 1);
  const bool rest = sticky || (d > 1 && a.trailing_zeros() < d - 1);
  bool up = false;
  switch (mode) {
    case RoundMode::NearestEven: up = half && (rest || q.bit(0)); break;
    case RoundMode::ToZero: break;
    case RoundMode::AwayFromZero: up = half || rest; break;
  }
  if (up) q = q + BigInt::from_uint64(1);  // 2^prec, if it carries out, is canonical() below
  return canonical(m.is_neg() ? -q : q, e + drop);
}

BigFloat BigFloat::quotient(const BigInt& n, const BigInt& d, size_t prec, int64_t min_exp) {
  if (n.is_zero()) return BigFloat{};
  const BigInt na = n.abs(), da = d.abs();
  // Shift so that the quotient has at least prec+2 bits: two guard bits.
  const int64_t shift = static_cast<int64_t>(prec) + 2 + static_cast<int64_t>(da.bit_len()) -
                        static_cast<int64_t>(na.bit_len());
  BigInt q, r;
  if (shift >= 0) {
    BigInt::quo_rem(na.shl(static_cast<size_t>(shift)), da, &q, &r);
  } else {
    BigInt::quo_rem(na, da.shl(static_cast<size_t>(-shift)), &q, &r);
  }
  if (n.is_neg() != d.is_neg()) q = -q;
  return round(q, -shift, !r.is_zero(), prec, min_exp);
}

BigInt BigFloat::to_int() const { return mant.shl(static_cast<size_t>(std::max(exp, int64_t{0}))); }

BigRat BigFloat::to_rat() const {
  if (exp >= 0) return BigRat::from_int(to_int());
  return BigRat::make(mant, BigInt::pow2(static_cast<size_t>(-exp)));
}

// When b lies entirely below a's last bit and below a's rounding position
// (with two bits to spare), only b's sign can affect the rounded sum: b is
// replaced by a tiny value of its sign, so that far-apart exponents (1e300
// + 1e-300) never make a huge exact intermediate.
BigFloat operator+(const BigFloat& a0, const BigFloat& b0) {
  if (a0.mant.is_zero()) return b0;
  if (b0.mant.is_zero()) return a0;
  const bool swap = a0.top() < b0.top();
  const BigFloat& a = swap ? b0 : a0;
  BigFloat b = swap ? a0 : b0;
  const int64_t low = std::min(a.exp, a.top() - static_cast<int64_t>(BigFloat::kPrec) - 2) - 2;
  if (b.top() <= low) b = BigFloat{BigInt::from_int128(b.sign()), low - 1};
  const int64_t e = std::min(a.exp, b.exp);
  const BigInt sum = a.mant.shl(static_cast<size_t>(a.exp - e)) + b.mant.shl(static_cast<size_t>(b.exp - e));
  return BigFloat::round(sum, e, false, BigFloat::kPrec);
}

BigFloat operator*(const BigFloat& a, const BigFloat& b) {
  return BigFloat::round(a.mant * b.mant, a.exp + b.exp, false, BigFloat::kPrec);
}

BigFloat operator/(const BigFloat& a, const BigFloat& b) {
  BigFloat q = BigFloat::quotient(a.mant, b.mant, BigFloat::kPrec);
  if (!q.mant.is_zero()) q.exp += a.exp - b.exp;
  return q;
}

int BigFloat::cmp(const BigFloat& a, const BigFloat& b) {
  if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
  if (a.sign() == 0) return 0;
  int c;
  if (a.top() != b.top()) {
    c = a.top() < b.top() ? -1 : 1;
  } else {  // the same magnitude's top: the exponents differ by at most kPrec
    const int64_t e = std::min(a.exp, b.exp);
    c = BigInt::cmp_abs(a.mant.shl(static_cast<size_t>(a.exp - e)), b.mant.shl(static_cast<size_t>(b.exp - e)));
  }
  return a.sign() < 0 ? -c : c;
}

double round_to_ieee(const BigInt& m, int64_t e, IeeeFormat f) {
  return to_double(BigFloat::round(m, e, false, f.prec, f.min_exp), f);
}

double round_to_ieee(const BigRat& r, IeeeFormat f) {
  return to_double(BigFloat::quotient(r.num, r.den, f.prec, f.min_exp), f);
}

}  // namespace govm
