// Floating-point constants (issue 6): how an untyped float constant is held,
// and how it becomes a float64 or float32.
//
// Go's untyped constants are exact (go/constant keeps rationals, or floats
// of 512 bits). govm keeps every integral value that fits 127 bits exactly,
// as an Int, so 1e6, 2.0 and 1<<62 stay exact through arithmetic; other
// values are Floats held as long double (64-bit mantissa). That is exact
// for what a teaching program writes in the cases that matter:
//   - a literal (0.1, 1e100, 6.02214076e23) keeps its text, and its
//     float64/float32 value is read from the text with strtod/strtof,
//     correctly rounded as gc rounds it;
//   - arithmetic on Floats carries 11 bits more than float64, so
//     0.1+0.2 is 0.3 (as in Go) and 1.0/3 rounds to float64's 1/3.
// What it cannot do is what no teaching program needs: a sum whose
// float64 rounding depends on a bit beyond the 64th (a double rounding),
// or values beyond long double's range (about 1e4932).
//
// Typed float constants are rounded to their type after every operation,
// as go/types' roundFloat64/roundFloat32 do (Checker::representable), so
// `const x float64 = 0.1; x * 3` computes with float64's 0.1.
#include <cmath>
#include <cstdlib>

#include "compiler/constant.h"

namespace govm {

namespace {

// Integral values in (-2^127, 2^127) are held as Int.
constexpr long double kTwo127 = 170141183460469231731687303715884105728.0L;

}  // namespace

// A literal is never made an Int here: the checker reads integral literals
// as Ints itself, so one that arrives here has a fraction, even if long
// double lost it (9007199254740993.0000000001).
Constant Constant::make_float(long double v, std::string literal) {
  Constant c;
  if (literal.empty() && std::isfinite(v) && v == std::trunc(v) && v > -kTwo127 && v < kTwo127) {
    c.kind = Kind::Int;
    c.i = static_cast<__int128>(v);
    return c;
  }
  c.kind = Kind::Float;
  c.f = v;
  c.s = std::move(literal);
  return c;
}

long double Constant::to_long_double() const {
  return kind == Kind::Int ? static_cast<long double>(i) : f;
}

// libgcc's __int128 conversions round to nearest even, as gc does.
double Constant::to_float64() const {
  if (kind == Kind::Int) return static_cast<double>(i);
  if (!s.empty()) return std::strtod(s.c_str(), nullptr);
  return static_cast<double>(f);
}

float Constant::to_float32() const {
  if (kind == Kind::Int) return static_cast<float>(i);
  if (!s.empty()) return std::strtof(s.c_str(), nullptr);
  return static_cast<float>(f);
}

}  // namespace govm
