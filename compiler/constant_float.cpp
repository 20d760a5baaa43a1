// How a numeric constant is held (go/constant's int64Val/intVal, ratVal,
// floatVal: Rep::Int, Rep::Rat, Rep::Float; see constant.h), how it is
// made from a literal, and how it becomes a float64 or float32.
//
// The rules are go/constant's, so that every value is gc's:
//   - a floating-point literal whose binary exponent is within ±4096 is
//     held exactly as a rational (0.1 is 1/10); beyond, as a 512-bit float;
//   - an operation on rationals gives a rational while numerator and
//     denominator stay under 4096 bits (makeRat), else a 512-bit float;
//   - float64(c) and float32(c) round once, to nearest even, from the
//     exact value (big.Rat.Float64) or from the 512-bit float
//     (big.Float.Float64), subnormals included; beyond the range, ±Inf,
//     which the checker reports as "constant 1e+400 overflows float64";
//   - a number is an integer (kind Int) when go/constant's ToInt succeeds:
//     a rational with denominator 1, or a 512-bit float of moderate
//     exponent that is an integer, or becomes one when rounded 4 bits
//     shorter toward zero or away from zero (ToInt's allowance for the
//     rounding errors of earlier operations).
#include <cmath>

#include "compiler/constant.h"

namespace govm {

namespace {

constexpr int64_t kMaxExp = 4 << 10;  // go/constant's maxExp: rationals stay under it

bool small_int(const BigInt& v) { return static_cast<int64_t>(v.bit_len()) < kMaxExp; }
bool small_float(const BigFloat& f) { return -kMaxExp < f.top() && f.top() < kMaxExp; }

// go/constant's ToInt for a floatVal: the integer, if it is (nearly) one.
bool float_to_int(const BigFloat& f, BigInt* out) {
  if (!small_float(f)) return false;
  if (f.is_int()) {
    *out = f.to_int();
    return true;
  }
  constexpr size_t kDelta = 4;  // "a small number of bits > 0"
  for (RoundMode mode : {RoundMode::ToZero, RoundMode::AwayFromZero}) {
    const BigFloat t = BigFloat::round(f.mant, f.exp, false, BigFloat::kPrec - kDelta, BigFloat::kNoMinExp, mode);
    if (t.is_int()) {
      *out = t.to_int();
      return true;
    }
  }
  return false;
}

BigInt pow10(size_t k) {
  BigInt r = BigInt::from_uint64(1), base = BigInt::from_uint64(10);
  for (; k != 0; k >>= 1, base = base * base) {
    if (k & 1) r = r * base;
  }
  return r;
}

// 10^k at 512 bits, for literals far outside the rationals' range.
BigFloat pow10_float(uint64_t k) {
  BigFloat r = BigFloat::from_int(BigInt::from_uint64(1)), base = BigFloat::from_int(BigInt::from_uint64(10));
  for (; k != 0; k >>= 1, base = base * base) {
    if (k & 1) r = r * base;
  }
  return r;
}

// A literal's exponent, saturated far beyond any value that matters.
int64_t parse_exponent(std::string_view t) {
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  int64_t e = 0;
  for (char c : t) e = std::min<int64_t>(e * 10 + (c - '0'), int64_t{1} << 40);
  return neg ? -e : e;
}

std::optional<Constant> int_literal(const std::string& t) {
  int base = 10;
  size_t start = 0;
  if (t.size() > 1 && t[0] == '0') {
    const char c = static_cast<char>(t[1] | 0x20);
    base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 8;
    start = c == 'x' || c == 'o' || c == 'b' ? 2 : 1;
  }
  BigInt v;
  if (start >= t.size() && start != 1) return std::nullopt;
  if (!BigInt::parse(std::string_view(t).substr(start), base, &v)) return std::nullopt;
  return Constant::make_big_int(std::move(v));
}

// A float literal mant * radix^e (radix 2 for hex literals, 10 for
// decimal): exact while its 512-bit rounding is of moderate exponent
// (makeFloatFromLiteral), else that rounding.
Constant float_value(const BigInt& mant, int64_t e, bool hex) {
  if (mant.is_zero()) return Constant::make_rat(BigRat{});
  if (hex) {
    const BigFloat f = BigFloat::round(mant, e, false, BigFloat::kPrec);
    if (!small_float(f)) return Constant::make_bigfloat(f);
    return Constant::make_rat(e >= 0 ? BigRat::from_int(mant.shl(static_cast<size_t>(e)))
                                     : BigRat::make(mant, BigInt::pow2(static_cast<size_t>(-e))));
  }
  const double top_estimate = static_cast<double>(mant.bit_len()) + static_cast<double>(e) * 3.321928094887362;
  if (std::fabs(top_estimate) < kMaxExp + 64 && e > -20000 && e < 20000) {
    const BigRat r = e >= 0 ? BigRat::from_int(mant * pow10(static_cast<size_t>(e)))
                            : BigRat::make(mant, pow10(static_cast<size_t>(-e)));
    const BigFloat f = BigFloat::from_rat(r);
    // (Rat.SetString keeps a literal of over 4096 bits exact; govm rounds
    // it to 512 bits, which only a literal of over 1233 digits can notice.)
    return small_float(f) ? Constant::make_rat(r) : Constant::make_bigfloat(f);
  }
  const BigFloat m = BigFloat::from_int(mant), p = pow10_float(static_cast<uint64_t>(e < 0 ? -e : e));
  return Constant::make_bigfloat(e >= 0 ? m * p : m / p);
}

}  // namespace

void Constant::sync() {
  BigInt v;
  bool integral = true;
  switch (rep) {
    case Rep::Int: v = n; break;
    case Rep::Rat:
      integral = r.is_int();
      if (integral) v = r.num;
      break;
    case Rep::Float: integral = float_to_int(x, &v); break;
  }
  kind = integral ? Kind::Int : Kind::Float;
  i = integral ? v.to_int128() : 0;
}

Constant Constant::make_int(__int128 v) { return make_big_int(BigInt::from_int128(v)); }

Constant Constant::make_big_int(BigInt v) {
  Constant c;
  c.rep = Rep::Int;
  c.n = std::move(v);
  c.sync();
  return c;
}

Constant Constant::make_rat(BigRat v) {
  if (!small_int(v.num) || !small_int(v.den)) return make_bigfloat(BigFloat::from_rat(v));
  Constant c;
  c.rep = Rep::Rat;
  c.r = std::move(v);
  c.sync();
  return c;
}

// big.Float's exponents are int32s; beyond, govm saturates (a value that
// large is Inf to every float type, one that small is 0), which keeps every
// exponent, and so every shift and sum of exponents, far from overflow.
Constant Constant::make_bigfloat(BigFloat v) {
  constexpr int64_t kMaxFloatExp = INT32_MAX;
  Constant c;
  if (v.top() > kMaxFloatExp) {
    v = BigFloat{BigInt::from_int128(v.sign()), kMaxFloatExp};
    c.not_representable = true;  // gc: Inf, "constant result is not representable"
  }
  if (v.top() < -kMaxFloatExp) v = BigFloat{};
  c.rep = Rep::Float;
  c.x = std::move(v);
  c.sync();
  return c;
}

std::optional<Constant> Constant::make_from_literal(std::string_view text, bool is_float) {
  std::string t;
  for (char ch : text) {
    if (ch != '_') t += ch;
  }
  if (!is_float) return int_literal(t);
  const bool hex = t.size() > 1 && t[0] == '0' && (t[1] | 0x20) == 'x';
  const char exp_char = hex ? 'p' : 'e';
  std::string digits;
  int64_t frac = 0;
  bool dot = false;
  size_t k = hex ? 2 : 0;
  for (; k < t.size() && (t[k] | 0x20) != exp_char; k++) {
    if (t[k] == '.') {
      dot = true;
    } else {
      digits += t[k];
      frac += dot ? 1 : 0;
    }
  }
  const int64_t e = k < t.size() ? parse_exponent(std::string_view(t).substr(k + 1)) : 0;
  BigInt mant;
  if (!BigInt::parse(digits, hex ? 16 : 10, &mant)) return std::nullopt;
  // big.Float's exponent range: beyond it gc finds the literal malformed.
  const Constant c = float_value(mant, hex ? e - 4 * frac : e - frac, hex);
  if (c.not_representable || (c.rep == Rep::Float && c.x.mant.is_zero() && !mant.is_zero())) return std::nullopt;
  return c;
}

Constant Constant::make_float(long double v, std::string literal) {
  if (!literal.empty()) {
    if (auto c = make_from_literal(literal, true)) return *c;
  }
  if (!std::isfinite(v)) return make_bigfloat(BigFloat{BigInt::from_int128(v < 0 ? -1 : 1), INT32_MAX});
  int e = 0;
  const long double fr = std::frexp(std::fabs(v), &e);  // v = fr * 2^e, fr in [0.5, 1)
  BigInt m = BigInt::from_uint64(static_cast<uint64_t>(std::ldexp(fr, 64)));
  if (v < 0) m = -m;
  const BigFloat f = BigFloat::round(m, e - 64, false, 64);  // exact: 64 bits
  if (!small_float(f)) return make_bigfloat(f);
  return make_rat(f.to_rat());
}

// ------------------------------------------------------------- views

bool Constant::fits_int128() const { return kind == Kind::Int && to_int().n.fits_int128(); }

size_t Constant::int_bit_len() const { return kind == Kind::Int ? to_int().n.bit_len() : 0; }

Constant Constant::to_int() const {
  if (kind != Kind::Int || rep == Rep::Int) return *this;
  if (rep == Rep::Rat) return make_big_int(r.num);
  BigInt v;
  float_to_int(x, &v);
  return make_big_int(std::move(v));
}

BigFloat Constant::to_bigfloat() const {
  switch (rep) {
    case Rep::Int: return BigFloat::from_int(n);
    case Rep::Rat: return BigFloat::from_rat(r);
    case Rep::Float: return x;
  }
  return {};
}

namespace {

double to_format(const Constant& c, IeeeFormat f) {
  switch (c.rep) {
    case Constant::Rep::Int: return round_to_ieee(c.n, 0, f);
    case Constant::Rep::Rat: return round_to_ieee(c.r, f);
    case Constant::Rep::Float: return round_to_ieee(c.x.mant, c.x.exp, f);
  }
  return 0;
}

}  // namespace

double Constant::to_float64() const { return to_format(*this, kFloat64Format); }

// The double holds the float32 exactly (or ±Inf).
float Constant::to_float32() const { return static_cast<float>(to_format(*this, kFloat32Format)); }

long double Constant::to_long_double() const {
  const BigFloat f = to_bigfloat();
  const size_t len = f.mant.bit_len();
  const size_t cut = len > 64 ? len - 64 : 0;
  return std::ldexp(static_cast<long double>(f.mant.shr(cut).to_double_trunc()), static_cast<int>(f.exp + static_cast<int64_t>(cut)));
}

}  // namespace govm
