// Constant::to_string: a constant as gc prints it inside messages
// ("cannot use "s" (untyped string constant) as int value").
//
// gc prints go/constant values: integers in decimal, booleans as true and
// false, strings quoted by strconv.Quote and shortened past 72 runes
// (stringVal.String), floats by %.6g (floatVal.String), unless that hides
// a fraction: 1e10+0.5 is "1.00000000005e+10" by %g since Go 1.20 (go.dev/
// issue/56220; "1e+10" in Go 1.19).
#include "compiler/constant.h"

#include <cmath>
#include <cstdio>

#include "compiler/unicode.h"
#include "runtime/strconv.h"

namespace govm {
namespace {

// go/constant shortens long strings: at most 72 runes of the quoted form,
// the last three replaced by "...".
std::string short_quote(const std::string& s) {
  constexpr int kMaxLen = 72;
  std::string q = quote_string(s);
  std::string_view rest = q;
  int runes = 0;
  size_t cut = 0;
  while (!rest.empty()) {
    int width;
    decode_rune(rest, &width);
    if (runes == kMaxLen - 3) cut = q.size() - rest.size();
    rest.remove_prefix(size_t(width));
    runes++;
  }
  if (runes <= kMaxLen) return q;
  return q.substr(0, cut) + "...";
}

// go/constant's floatVal.String: %.6g of the float64 nearest the value
// (%g when that hides a fraction), or past float64's range an approximate
// decimal m*10^e computed in float64 ("1e+5000"), exactly as gc does it.
std::string float_string(const BigFloat& f) {
  char buf[64];
  const double d = round_to_ieee(f.mant, f.exp, kFloat64Format);
  if ((f.sign() == 0) == (d == 0) && !std::isinf(d)) {
    std::snprintf(buf, sizeof buf, "%.6g", d);
    if (!f.is_int() && std::string_view(buf).find('.') == std::string_view::npos) return format_float_shortest(d, 64);
    return buf;
  }
  // f = mant * 2^exp with 0.5 <= |mant| < 1, then f ~ m * 10^e.
  const int64_t exp = f.top();
  double m = round_to_ieee(f.mant, -static_cast<int64_t>(f.mant.bit_len()), kFloat64Format);
  const double dexp = static_cast<double>(exp) * 0.30102999566398119521373889472449302676818988146210854131;
  int64_t e = static_cast<int64_t>(dexp);
  m *= std::pow(10, dexp - static_cast<double>(e));
  const double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
  return buf;
}

}  // namespace

std::string Constant::to_string() const {
  switch (kind) {
    case Kind::Bool: return b ? "true" : "false";
    case Kind::Int:
    case Kind::Float:
      // go/constant prints an integer rep in decimal, a rational or float
      // as a float: the literal 1e30 is "1e+30", 1 << 100 all its digits.
      return rep == Rep::Int ? n.to_string() : float_string(to_bigfloat());
    case Kind::String: return short_quote(s);
  }
  return "?";
}

// Integers in decimal whatever their rep (3 and 3.0 are one map key),
// other rationals as num/den, 512-bit floats as mant p exp.
std::string Constant::exact_string() const {
  switch (kind) {
    case Kind::Bool: return b ? "true" : "false";
    case Kind::Int: return to_int().n.to_string();
    case Kind::Float:
      if (rep == Rep::Rat) return r.num.to_string() + "/" + r.den.to_string();
      return x.mant.to_string() + "p" + std::to_string(x.exp);
    case Kind::String: return quote_string(s);
  }
  return "?";
}

}  // namespace govm
