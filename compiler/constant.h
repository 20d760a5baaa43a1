// Compile-time constant values (go/constant), as the checker computes them.
//
// Go's untyped constants have arbitrary precision; govm holds integers in
// 128 bits and reports a constant that does not fit as an error (gc reports
// overflow of typed constants the same way), which no teaching program
// should meet. Floats are held as long double until the float issue lands.
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
};

}  // namespace govm
