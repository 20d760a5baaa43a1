// BigInt: an arbitrary-precision integer, the ground of exact constant
// arithmetic (go/constant's big.Int; Go's spec: "numeric constants
// represent exact values of arbitrary precision").
//
// Representation: a sign and a magnitude of 32-bit limbs, least significant
// first. Invariants: the magnitude has no leading zero limb, so zero is the
// empty vector, and zero is never negative. Every operation returns a value
// that holds them (trim()). Limbs are 32 bits so that a limb product and a
// carry fit a uint64_t, as in Knuth's Algorithm D (TAOCP 4.3.1), which
// divmod follows.
//
// Semantics follow math/big: quo/rem truncate toward zero (Go's / and %),
// shr is an arithmetic shift (floor, as big.Int.Rsh), and the bitwise
// operations act on the infinite two's complement form.
//
// Sizes are the caller's to bound: the checker limits integer constants to
// 512 bits and rationals to 4096 (go/types' and go/constant's limits), so
// the quadratic algorithms here are always fast enough.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govm {

class BigInt {
 public:
  BigInt() = default;
  static BigInt from_int128(__int128 v);
  static BigInt from_uint64(uint64_t v);
  static BigInt pow2(size_t n);  // 2^n

  // Digits in base 2, 8, 10 or 16 (no sign, prefix or underscores); false
  // on a digit outside the base.
  static bool parse(std::string_view digits, int base, BigInt* out);
  std::string to_string() const;  // decimal, with '-' when negative

  bool is_zero() const { return mag_.empty(); }
  bool is_neg() const { return neg_; }
  int sign() const { return neg_ ? -1 : is_zero() ? 0 : 1; }
  size_t bit_len() const;           // of the magnitude; 0 for zero
  bool bit(size_t i) const;         // bit i of the magnitude
  size_t trailing_zeros() const;    // of the magnitude; 0 for zero
  bool fits_int128() const;         // in [-2^127, 2^127)
  __int128 to_int128() const;       // saturated to [-2^127+1, 2^127-1] when it does not fit
  uint64_t low64() const;           // the magnitude's low 64 bits
  double to_double_trunc() const;   // an approximation (for estimates, never for results)

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // a = q*b + r, q truncated toward zero, r with a's sign. b != 0.
  static void quo_rem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  BigInt shl(size_t n) const;
  BigInt shr(size_t n) const;  // floor(x / 2^n)
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt and_not(const BigInt& b) const;  // x &^ b
  BigInt bit_not() const;                 // ^x == -x-1

  static int cmp(const BigInt& a, const BigInt& b);      // -1, 0, +1
  static int cmp_abs(const BigInt& a, const BigInt& b);  // of the magnitudes
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  static BigInt gcd(BigInt a, BigInt b);  // of the magnitudes; gcd(0, 0) == 0

 private:
  using Mag = std::vector<uint32_t>;
  BigInt(bool neg, Mag mag);
  void trim();

  static int cmp_mag(const Mag& a, const Mag& b);
  static Mag add_mag(const Mag& a, const Mag& b);
  static Mag sub_mag(const Mag& a, const Mag& b);  // a >= b
  static Mag mul_mag(const Mag& a, const Mag& b);
  static void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r);
  static uint32_t divmod_small(Mag& a, uint32_t d);  // a /= d in place; the remainder
  static Mag shl_mag(const Mag& a, size_t n);
  static Mag shr_mag(const Mag& a, size_t n);
  std::vector<uint32_t> twos(size_t n) const;  // n limbs of two's complement
  static BigInt from_twos(std::vector<uint32_t> t);

  bool neg_ = false;
  Mag mag_;  // little-endian limbs, no leading zero limb
};

}  // namespace govm
