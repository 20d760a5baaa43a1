// (issue 6) strconv.FormatFloat's 'b', 'x' and 'X' formats, ported from Go's
// strconv/ftoa.go (fmtB, fmtX) over the float's IEEE fields; see ftoa.h.
#include "runtime/ftoa.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace govm {

namespace {

struct FloatInfo {
  int mantbits, expbits, bias;
};
constexpr FloatInfo kFloat32 = {23, 8, -127};
constexpr FloatInfo kFloat64 = {52, 11, -1023};

// fmtB: -ddddp±ddd
std::string fmt_b(bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  std::string out = neg ? "-" : "";
  out += std::to_string(mant);
  out += 'p';
  exp -= flt.mantbits;
  if (exp >= 0) out += '+';
  out += std::to_string(exp);
  return out;
}

// fmtX: -0x1.yyyyyyyyp±ddd or -0x0p+00
std::string fmt_x(int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (mant == 0) exp = 0;
  mant <<= 60 - flt.mantbits;  // the leading 1 (if any) at bit 60
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {  // round to prec hex digits, half to even
    const unsigned shift = static_cast<unsigned>(prec * 4);
    const uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {  // wrapped around
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out = neg ? "-" : "";
  out += '0';
  out += fmt;
  out += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;  // drop the leading digit
  if (prec < 0 && mant != 0) {
    out += '.';
    while (mant != 0) {
      out += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; i++) {
      out += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  out += fmt == 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) out += '0';  // at least two digits
  out += std::to_string(exp);
  return out;
}

}  // namespace

std::string sharp_float(std::string num, char verb, int prec) {
  if (verb == 'b') return num;
  int digits = 0;
  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
  std::string tail;  // the exponent, put back after the padding
  bool has_point = false, saw_nonzero = false;
  for (size_t i = 0; i < num.size(); i++) {
    const char c = num[i];
    if (c == '.') {
      has_point = true;
      continue;
    }
    if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
      tail = num.substr(i);
      num.resize(i);
      break;
    }
    if (c != '0') saw_nonzero = true;
    if (saw_nonzero) digits--;  // significant digits after the first non-zero one
  }
  if (!has_point) {
    if (num == "0") digits--;  // a leading 0 counts once
    num += '.';
  }
  for (; digits > 0; digits--) num += '0';
  return num + tail;
}

std::string format_float_binary(double v, char fmt, int prec, int bits) {
  const FloatInfo& flt = bits == 32 ? kFloat32 : kFloat64;
  const uint64_t raw = bits == 32 ? std::bit_cast<uint32_t>(static_cast<float>(v)) : std::bit_cast<uint64_t>(v);
  const bool neg = (raw >> (flt.expbits + flt.mantbits)) != 0;
  int exp = static_cast<int>(raw >> flt.mantbits) & ((1 << flt.expbits) - 1);
  uint64_t mant = raw & ((uint64_t{1} << flt.mantbits) - 1);
  if (exp == 0) {
    exp++;  // denormal
  } else {
    mant |= uint64_t{1} << flt.mantbits;
  }
  exp += flt.bias;
  return fmt == 'b' ? fmt_b(neg, mant, exp, flt) : fmt_x(prec, fmt, neg, mant, exp, flt);
}

}  // namespace govm
