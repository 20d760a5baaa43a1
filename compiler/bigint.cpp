// BigInt's arithmetic: schoolbook addition, subtraction and multiplication
// on 32-bit limbs, Knuth's Algorithm D for division (the version in Hacker's
// Delight, divmnu), and two's complement views for the bitwise operators.
// See bigint.h for the representation and its invariants.
#include "compiler/bigint.h"

#include <algorithm>
#include <bit>

namespace govm {

BigInt::BigInt(bool neg, Mag mag) : neg_(neg), mag_(std::move(mag)) { trim(); }

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_uint64(uint64_t v) {
  return BigInt(false, Mag{static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32)});
}

BigInt BigInt::from_int128(__int128 v) {
  const bool neg = v < 0;
  // The magnitude of -2^127 is 2^127, which unsigned __int128 holds.
  unsigned __int128 m = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  Mag mag;
  for (; m != 0; m >>= 32) mag.push_back(static_cast<uint32_t>(m));
  return BigInt(neg, std::move(mag));
}

BigInt BigInt::pow2(size_t n) {
  Mag mag(n / 32 + 1, 0);
  mag.back() = uint32_t{1} << (n % 32);
  return BigInt(false, std::move(mag));
}

// ------------------------------------------------------------- inspection

size_t BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return 32 * (mag_.size() - 1) + static_cast<size_t>(std::bit_width(mag_.back()));
}

bool BigInt::bit(size_t i) const {
  return i / 32 < mag_.size() && ((mag_[i / 32] >> (i % 32)) & 1) != 0;
}

size_t BigInt::trailing_zeros() const {
  for (size_t k = 0; k < mag_.size(); k++) {
    if (mag_[k] != 0) return 32 * k + static_cast<size_t>(std::countr_zero(mag_[k]));
  }
  return 0;
}

bool BigInt::fits_int128() const {
  const size_t n = bit_len();
  return n <= 127 || (neg_ && n == 128 && trailing_zeros() == 127);
}

__int128 BigInt::to_int128() const {
  constexpr __int128 kMax = static_cast<__int128>((static_cast<unsigned __int128>(1) << 127) - 1);
  if (!fits_int128()) return neg_ ? -kMax : kMax;
  unsigned __int128 m = 0;
  for (size_t k = mag_.size(); k-- > 0;) m = (m << 32) | mag_[k];
  return neg_ ? static_cast<__int128>(-m) : static_cast<__int128>(m);
}

uint64_t BigInt::low64() const {
  uint64_t lo = mag_.empty() ? 0 : mag_[0];
  if (mag_.size() > 1) lo |= static_cast<uint64_t>(mag_[1]) << 32;
  return lo;
}

double BigInt::to_double_trunc() const {
  double d = 0;
  for (size_t k = mag_.size(); k-- > 0;) d = d * 4294967296.0 + mag_[k];
  return neg_ ? -d : d;
}

// ------------------------------------------------------------- magnitudes

int BigInt::cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t k = a.size(); k-- > 0;) {
    if (a[k] != b[k]) return a[k] < b[k] ? -1 : 1;
  }
  return 0;
}

BigInt::Mag BigInt::add_mag(const Mag& a, const Mag& b) {
  const Mag& lo = a.size() < b.size() ? a : b;
  const Mag& hi = a.size() < b.size() ? b : a;
  Mag r(hi.size() + 1, 0);
  uint64_t carry = 0;
  for (size_t k = 0; k < hi.size(); k++) {
    carry += static_cast<uint64_t>(hi[k]) + (k < lo.size() ? lo[k] : 0);
    r[k] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  r[hi.size()] = static_cast<uint32_t>(carry);
  return r;
}

BigInt::Mag BigInt::sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t k = 0; k < a.size(); k++) {
    int64_t t = static_cast<int64_t>(a[k]) - (k < b.size() ? b[k] : 0) - borrow;
    borrow = t < 0 ? 1 : 0;
    r[k] = static_cast<uint32_t>(t);
  }
  return r;
}

BigInt::Mag BigInt::mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); j++) {
      carry += static_cast<uint64_t>(a[i]) * b[j] + r[i + j];
      r[i + j] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  return r;
}

uint32_t BigInt::divmod_small(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t k = a.size(); k-- > 0;) {
    const uint64_t cur = (rem << 32) | a[k];
    a[k] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  while (!a.empty() && a.back() == 0) a.pop_back();
  return static_cast<uint32_t>(rem);
}

// Algorithm D: normalize so that the divisor's top limb has its high bit
// set, then estimate each quotient limb from the top two limbs (qhat), at
// most two too large, and correct by adding back.
void BigInt::divmod_mag(const Mag& u, const Mag& v, Mag* q, Mag* r) {
  if (cmp_mag(u, v) < 0) {
    *q = {};
    *r = u;
    return;
  }
  if (v.size() == 1) {
    *q = u;
    const uint32_t rem = divmod_small(*q, v[0]);
    *r = rem == 0 ? Mag{} : Mag{rem};
    return;
  }
  const size_t n = v.size(), m = u.size() - n;
  const int s = std::countl_zero(v.back());
  Mag vn = shl_mag(v, static_cast<size_t>(s));
  vn.resize(n);
  Mag un = shl_mag(u, static_cast<size_t>(s));
  un.resize(u.size() + 1, 0);
  q->assign(m + 1, 0);
  constexpr uint64_t kBase = uint64_t{1} << 32;
  for (size_t j = m + 1; j-- > 0;) {
    const uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
    while (qhat >= kBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >= kBase) break;
    }
    int64_t k = 0, t = 0;
    for (size_t i = 0; i < n; i++) {
      const uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFF);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    (*q)[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {  // qhat was one too large: add the divisor back
      (*q)[j]--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        c += static_cast<uint64_t>(un[i + j]) + vn[i];
        un[i + j] = static_cast<uint32_t>(c);
        c >>= 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + c);
    }
  }
  un.resize(n);
  *r = shr_mag(un, static_cast<size_t>(s));
}

BigInt::Mag BigInt::shl_mag(const Mag& a, size_t n) {
  if (a.empty()) return {};
  const size_t limbs = n / 32, bits = n % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t k = 0; k < a.size(); k++) {
    const uint64_t w = static_cast<uint64_t>(a[k]) << bits;
    r[k + limbs] |= static_cast<uint32_t>(w);
    r[k + limbs + 1] |= static_cast<uint32_t>(w >> 32);
  }
  return r;
}

BigInt::Mag BigInt::shr_mag(const Mag& a, size_t n) {
  const size_t limbs = n / 32, bits = n % 32;
  if (limbs >= a.size()) return {};
  Mag r(a.size() - limbs, 0);
  for (size_t k = 0; k < r.size(); k++) {
    uint64_t w = a[k + limbs];
    if (k + limbs + 1 < a.size()) w |= static_cast<uint64_t>(a[k + limbs + 1]) << 32;
    r[k] = static_cast<uint32_t>(w >> bits);
  }
  return r;
}

// ------------------------------------------------------------- arithmetic

BigInt BigInt::operator-() const { return BigInt(!neg_, mag_); }
BigInt BigInt::abs() const { return BigInt(false, mag_); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt(a.neg_, BigInt::add_mag(a.mag_, b.mag_));
  if (BigInt::cmp_mag(a.mag_, b.mag_) >= 0) return BigInt(a.neg_, BigInt::sub_mag(a.mag_, b.mag_));
  return BigInt(b.neg_, BigInt::sub_mag(b.mag_, a.mag_));
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt(a.neg_ != b.neg_, BigInt::mul_mag(a.mag_, b.mag_));
}

void BigInt::quo_rem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  divmod_mag(a.mag_, b.mag_, &qm, &rm);
  *q = BigInt(a.neg_ != b.neg_, std::move(qm));
  *r = BigInt(a.neg_, std::move(rm));
}

BigInt BigInt::shl(size_t n) const { return BigInt(neg_, shl_mag(mag_, n)); }

BigInt BigInt::shr(size_t n) const {
  BigInt r(neg_, shr_mag(mag_, n));
  // Floor for negative values: -5 >> 1 is -3, as in Go.
  if (neg_ && trailing_zeros() < n) r = r - from_uint64(1);
  return r;
}

int BigInt::cmp_abs(const BigInt& a, const BigInt& b) { return cmp_mag(a.mag_, b.mag_); }

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  const int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt q, r;
    quo_rem(a, b, &q, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

// ------------------------------------------------------------- bitwise

std::vector<uint32_t> BigInt::twos(size_t n) const {
  std::vector<uint32_t> t(mag_);
  t.resize(n, 0);
  if (!neg_) return t;
  uint64_t carry = 1;  // ~m + 1
  for (auto& w : t) {
    carry += static_cast<uint32_t>(~w);
    w = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  return t;
}

BigInt BigInt::from_twos(std::vector<uint32_t> t) {
  const bool neg = !t.empty() && (t.back() >> 31) != 0;
  if (neg) {
    uint64_t carry = 1;
    for (auto& w : t) {
      carry += static_cast<uint32_t>(~w);
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  return BigInt(neg, std::move(t));
}

namespace {

template <typename Op>
BigInt bitwise(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, Op op,
               BigInt (*from)(std::vector<uint32_t>)) {
  std::vector<uint32_t> r(a.size());
  for (size_t k = 0; k < a.size(); k++) r[k] = op(a[k], b[k]);
  return from(std::move(r));
}

}  // namespace

// One limb more than either magnitude holds the sign bit.
BigInt operator&(const BigInt& a, const BigInt& b) {
  const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a.twos(n), b.twos(n), [](uint32_t x, uint32_t y) { return x & y; }, BigInt::from_twos);
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a.twos(n), b.twos(n), [](uint32_t x, uint32_t y) { return x | y; }, BigInt::from_twos);
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a.twos(n), b.twos(n), [](uint32_t x, uint32_t y) { return x ^ y; }, BigInt::from_twos);
}

BigInt BigInt::and_not(const BigInt& b) const {
  const size_t n = std::max(mag_.size(), b.mag_.size()) + 1;
  return bitwise(twos(n), b.twos(n), [](uint32_t x, uint32_t y) { return x & ~y; }, from_twos);
}

BigInt BigInt::bit_not() const { return -*this - from_uint64(1); }

// ------------------------------------------------------------- text

bool BigInt::parse(std::string_view digits, int base, BigInt* out) {
  Mag mag;
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    if (d >= base) return false;
    uint64_t carry = static_cast<uint64_t>(d);
    for (auto& w : mag) {
      carry += static_cast<uint64_t>(w) * static_cast<uint64_t>(base);
      w = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    if (carry != 0) mag.push_back(static_cast<uint32_t>(carry));
  }
  *out = BigInt(false, std::move(mag));
  return true;
}

std::string BigInt::to_string() const {
  if (is_zero()) return "0";
  Mag m = mag_;
  std::string digits;
  while (!m.empty()) {
    uint32_t chunk = divmod_small(m, 1000000000);
    for (int k = 0; k < 9 && (!m.empty() || chunk != 0); k++, chunk /= 10) digits += static_cast<char>('0' + chunk % 10);
  }
  if (neg_) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace govm
