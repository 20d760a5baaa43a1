// Compile-time constant values (go/constant), as the checker computes them.
//
// Go's untyped constants have arbitrary precision; govm holds integers in
// 128 bits and reports a constant that does not fit as an error (gc reports
// overflow of typed constants the same way), which no teaching program
// should meet. (issue 6) Floats with a fraction are held as long double,
// with the literal's text while they are one (constant_float.cpp).
#pragma once

#include <cstdint>
#include <string>

namespace govm {

struct Constant {
  enum class Kind : uint8_t { Bool, Int, Float, String } kind = Kind::Int;
  bool b = false;
  __int128 i = 0;
  long double f = 0;
  std::string s;

  static Constant make_bool(bool v) { Constant c; c.kind = Kind::Bool; c.b = v; return c; }
  static Constant make_int(__int128 v) { Constant c; c.kind = Kind::Int; c.i = v; return c; }
  static Constant make_string(std::string v) { Constant c; c.kind = Kind::String; c.s = std::move(v); return c; }
  std::string to_string() const;  // as gc prints a constant in messages

  // (issue 6) Floating-point constants (compiler/constant_float.cpp). A
  // Float holds a value with a fraction, or one too large for i; an
  // integral value that fits is always held as an Int (make_float
  // normalizes), so 2.0 and 2 are the same constant, as in Go. While a
  // Float is exactly a literal (or its negation) `s` keeps the literal's
  // text, so that float64 and float32 values are read from it correctly
  // rounded (strtod) rather than through long double (double rounding).
  static Constant make_float(long double v, std::string literal = {});
  bool is_numeric() const { return kind == Kind::Int || kind == Kind::Float; }
  long double to_long_double() const;  // an Int or a Float
  double to_float64() const;           // rounded to nearest even, as gc rounds a constant
  float to_float32() const;
};

}  // namespace govm
