// Compile-time constant values (go/constant), as the checker computes them.
//
// Go's numeric constants are exact ("numeric constants represent exact
// values of arbitrary precision"). govm holds a number as go/constant does
// (rep), so that every constant expression has gc's value and float64(c)
// rounds as gc rounds it:
//   Rep::Int    an integer (big.Int): 1 << 100 >> 98 is 4;
//   Rep::Rat    a rational (big.Rat) while numerator and denominator stay
//               under 4096 bits: 0.1*3 is exactly 3/10, 1.0/3*3 is 1;
//   Rep::Float  beyond that, a 512-bit binary float rounded to nearest
//               even after each operation (big.Float), as gc.
// The checker limits untyped integer constants to 512 bits ("constant
// shift overflow", go/types' overflow), typed ones to their type's range.
// A typed float constant is rounded to its type (float64/float32, nearest
// even, once, from the exact value) after every operation, as go/types'
// roundFloat64/roundFloat32 do (Checker::representable).
//
// Mirrors the checker and codegen read: `kind` is Int when the number is
// an integer (go/constant's ToInt succeeds: 2.0 and 2 are the same
// constant, as in Go), else Float; for an Int, `i` is its value when it
// fits 128 bits (fits_int128()), else saturated to ±(2^127-1), which no
// typed range holds, so range checks on `i` stay right. Only the functions
// below change a number (they keep the mirrors in sync); never assign `i`.
// The arithmetic (go/constant's UnaryOp, BinaryOp, Shift, Compare) is in
// constant_arith.cpp, representations and float conversions in
// constant_float.cpp, printing in constant.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "compiler/bigfloat.h"
#include "compiler/bigint.h"
#include "compiler/bigrat.h"
#include "compiler/token.h"

namespace govm {

struct Constant {
  enum class Kind : uint8_t { Bool, Int, Float, String } kind = Kind::Int;
  enum class Rep : uint8_t { Int, Rat, Float };  // how a number is held
  bool b = false;
  __int128 i = 0;  // Kind::Int: the value (saturated beyond 128 bits)
  std::string s;   // Kind::String
  Rep rep = Rep::Int;
  BigInt n;     // Rep::Int
  BigRat r;     // Rep::Rat
  BigFloat x;   // Rep::Float
  bool not_representable = false;  // beyond big.Float's exponents (saturated): the checker reports it

  static Constant make_bool(bool v) { Constant c; c.kind = Kind::Bool; c.b = v; return c; }
  static Constant make_int(__int128 v);
  static Constant make_big_int(BigInt v);
  static Constant make_string(std::string v) { Constant c; c.kind = Kind::String; c.s = std::move(v); return c; }
  // go/constant's MakeFromLiteral for an integer or floating-point literal
  // (underscores allowed); nullopt when the text is malformed.
  static std::optional<Constant> make_from_literal(std::string_view text, bool is_float);
  // go/constant's MakeFloat64: the exact value of v (finite). A non-empty
  // literal is read exactly instead (make_from_literal).
  static Constant make_float(long double v, std::string literal = {});
  static Constant make_rat(BigRat v);      // go/constant's makeRat: Rep::Float when too large
  static Constant make_bigfloat(BigFloat v);

  std::string to_string() const;     // as gc prints a constant in messages
  std::string exact_string() const;  // an exact spelling, equal for equal numbers (map keys)
  bool is_numeric() const { return kind == Kind::Int || kind == Kind::Float; }
  bool fits_int128() const;          // an Int whose `i` is exact
  size_t int_bit_len() const;        // an Int's magnitude in bits (go/constant's BitLen)
  bool equals(const Constant& o) const;  // the same kind and value
  double to_float64() const;  // rounded to nearest even from the exact value, as gc rounds a constant
  float to_float32() const;
  long double to_long_double() const;  // an approximation, never a result
  Constant to_int() const;  // go/constant's ToInt: Rep::Int when kind is Int, else unchanged
  BigFloat to_bigfloat() const;  // the number at 512 bits (go/constant's ToFloat of a float)

  // go/constant's operations on constants of one kind (the checker has
  // matched their types and ruled out division by zero).
  static Constant unary_op(Token op, const Constant& x, unsigned prec);  // - ^ !; prec: unsigned width for ^
  // + - * / % & | ^ &^ && ||; int_div: / is integer division (integer operands)
  static Constant binary_op(Token op, const Constant& x, const Constant& y, bool int_div);
  static Constant shift(const Constant& x, Token op, unsigned s);  // << >> of an Int
  static int compare(const Constant& x, const Constant& y);       // numbers and strings: -1, 0, +1

 private:
  void sync();  // the mirrors from the number
};

}  // namespace govm
