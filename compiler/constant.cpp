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

std::string int128_string(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  // Work on the negative magnitude so that the minimum value does not overflow.
  __int128 n = neg ? v : -v;
  std::string digits;
  while (n != 0) {
    digits.insert(digits.begin(), char('0' - int(n % 10)));
    n /= 10;
  }
  return neg ? "-" + digits : digits;
}

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

std::string float_string(long double f) {
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6Lg", f);
  // (issue 6) go/constant: a value with a fraction that %.6g shows without
  // one (123456.5) is printed by %g, the shortest float64 form.
  const double d = static_cast<double>(f);
  if (f != std::trunc(f) && std::string_view(buf).find('.') == std::string_view::npos && std::isfinite(d) && d != 0)
    return format_float_shortest(d, 64);
  return buf;
}

}  // namespace

std::string Constant::to_string() const {
  switch (kind) {
    case Kind::Bool: return b ? "true" : "false";
    case Kind::Int: return int128_string(i);
    case Kind::Float: return float_string(f);
    case Kind::String: return short_quote(s);
  }
  return "?";
}

}  // namespace govm
