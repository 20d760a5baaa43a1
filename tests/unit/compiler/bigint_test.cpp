// (const) BigInt, BigRat and BigFloat (compiler/bigint.h, bigrat.h,
// bigfloat.h): the exact arithmetic under constants, checked against
// __int128 where values fit and against identities and known values
// (computed with Python's integers) where they do not.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "compiler/bigfloat.h"
#include "compiler/bigint.h"
#include "compiler/bigrat.h"

namespace govm {
namespace {

BigInt big(const char* decimal) {
  std::string_view s = decimal;
  const bool neg = !s.empty() && s[0] == '-';
  BigInt v;
  EXPECT_TRUE(BigInt::parse(s.substr(neg ? 1 : 0), 10, &v));
  return neg ? -v : v;
}

BigInt i128(__int128 v) { return BigInt::from_int128(v); }

// Limbs chosen among the values that exercise carries and Algorithm D's
// corrections (all ones, the top bit alone, zero, one), plus random ones.
BigInt edgy(std::mt19937_64& rng, int limbs) {
  static const uint32_t kPicks[] = {0xFFFFFFFFu, 0x80000000u, 0u, 1u, 0x7FFFFFFFu};
  BigInt v;
  for (int k = 0; k < limbs; k++) {
    const uint64_t r = rng();
    const uint32_t limb = (r & 3) != 0 ? kPicks[(r >> 2) % 5] : static_cast<uint32_t>(r >> 32);
    v = v.shl(32) + BigInt::from_uint64(limb);
  }
  return (rng() & 1) != 0 ? -v : v;
}

TEST(BigInt, PrintsAndParses) {
  EXPECT_EQ(BigInt().to_string(), "0");
  EXPECT_EQ(BigInt::pow2(200).to_string(), "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(big("-1000000000000000000000000000000").to_string(), "-1000000000000000000000000000000");
  EXPECT_EQ(big("1000000000").to_string(), "1000000000");  // a whole base-10^9 chunk
  BigInt h;
  ASSERT_TRUE(BigInt::parse("ffffffffffffffffffffffffffffffff", 16, &h));
  EXPECT_EQ((h + BigInt::from_uint64(1)).to_string(), BigInt::pow2(128).to_string());
  EXPECT_FALSE(BigInt::parse("129", 8, &h));
  EXPECT_FALSE(BigInt::parse("12a", 10, &h));
}

TEST(BigInt, Int128Edges) {
  const __int128 min = -(static_cast<__int128>(1) << 126) * 2;
  EXPECT_TRUE(i128(min).fits_int128());
  EXPECT_EQ(i128(min).to_int128(), min);
  EXPECT_EQ(i128(min).bit_len(), 128u);
  EXPECT_FALSE(BigInt::pow2(127).fits_int128());
  EXPECT_EQ(BigInt::pow2(127).to_int128(), -(min + 1));  // saturated
  EXPECT_EQ((-BigInt::pow2(300)).to_int128(), min + 1);
  EXPECT_TRUE(i128(-(min + 1)).fits_int128());
}

TEST(BigInt, ArithmeticMatchesInt128) {
  std::mt19937_64 rng(1);
  for (int t = 0; t < 20000; t++) {
    const int shift_a = static_cast<int>(rng() % 62), shift_b = static_cast<int>(rng() % 62);
    const __int128 a = static_cast<__int128>(static_cast<int64_t>(rng())) << shift_a;
    __int128 b = static_cast<__int128>(static_cast<int64_t>(rng())) >> (rng() % 63) << shift_b;
    if (b == 0) b = 7;
    EXPECT_EQ((i128(a) + i128(b)).to_int128(), a + b);
    EXPECT_EQ((i128(a) - i128(b)).to_int128(), a - b);
    BigInt q, r;
    BigInt::quo_rem(i128(a), i128(b), &q, &r);
    ASSERT_EQ(q.to_int128(), a / b) << static_cast<int64_t>(a) << " / " << static_cast<int64_t>(b);
    ASSERT_EQ(r.to_int128(), a % b);
    EXPECT_EQ((i128(a) & i128(b)).to_int128(), a & b);
    EXPECT_EQ((i128(a) | i128(b)).to_int128(), a | b);
    EXPECT_EQ((i128(a) ^ i128(b)).to_int128(), a ^ b);
    EXPECT_EQ(i128(a).and_not(i128(b)).to_int128(), a & ~b);
    EXPECT_EQ(i128(a).bit_not().to_int128(), ~a);
    const unsigned s = static_cast<unsigned>(rng() % 70);
    EXPECT_EQ(i128(a).shr(s).to_int128(), a >> s);  // arithmetic: floor
    EXPECT_EQ(BigInt::cmp(i128(a), i128(b)), a < b ? -1 : a == b ? 0 : 1);
  }
  const __int128 small = static_cast<__int128>(INT64_MAX) * 3;
  EXPECT_EQ((i128(small) * i128(-5)).to_int128(), small * -5);
}

TEST(BigInt, DivisionIdentityOnEdgyValues) {
  std::mt19937_64 rng(2);
  for (int t = 0; t < 20000; t++) {
    const BigInt a = edgy(rng, 1 + static_cast<int>(rng() % 9));
    BigInt b = edgy(rng, 1 + static_cast<int>(rng() % 5));
    if (b.is_zero()) b = BigInt::from_uint64(3);
    BigInt q, r;
    BigInt::quo_rem(a, b, &q, &r);
    ASSERT_TRUE(q * b + r == a) << a.to_string() << " / " << b.to_string();
    ASSERT_LT(BigInt::cmp_abs(r, b), 0);
    ASSERT_TRUE(r.is_zero() || r.is_neg() == a.is_neg());
  }
}

TEST(BigInt, KnownBigResults) {
  // Python: divmod(3**200, 7**50)
  const BigInt a = big("265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
  const BigInt b = big("1798465042647412146620280340569649349251249");
  BigInt q, r;
  BigInt::quo_rem(a, b, &q, &r);
  EXPECT_EQ(q.to_string(), "147689269781346654697366079240021362541982658661987020");
  EXPECT_EQ(r.to_string(), "1043054234746676783066714664998769142256021");
  EXPECT_EQ(BigInt::gcd(BigInt::pow2(100) * i128(9), BigInt::pow2(40) * i128(6)).to_string(),
            (BigInt::pow2(41) * i128(3)).to_string());
  EXPECT_EQ(BigInt::pow2(100).shr(98).to_string(), "4");  // 1 << 100 >> 98
  EXPECT_EQ((-BigInt::pow2(100) - i128(1)).shr(99).to_string(), "-3");
}

TEST(BigRat, Normalizes) {
  const BigRat tenth = BigRat::make(i128(1), i128(10));
  const BigRat r = tenth * BigRat::from_int(i128(3));
  EXPECT_EQ(r.num.to_string(), "3");
  EXPECT_EQ(r.den.to_string(), "10");
  const BigRat n = BigRat::make(i128(6), i128(-4));
  EXPECT_EQ(n.num.to_string(), "-3");
  EXPECT_EQ(n.den.to_string(), "2");
  EXPECT_TRUE((BigRat::make(i128(1), i128(3)) * BigRat::from_int(i128(3))).is_int());
  EXPECT_EQ(BigRat::cmp(tenth + tenth, BigRat::make(i128(1), i128(5))), 0);
  EXPECT_EQ((tenth - tenth).den.to_string(), "1");  // zero is 0/1
}

double f64(const BigRat& r) { return round_to_ieee(r, kFloat64Format); }
double f32(const BigRat& r) { return round_to_ieee(r, kFloat32Format); }

TEST(BigFloat, RoundsRationalsOnce) {
  EXPECT_EQ(f64(BigRat::make(i128(1), i128(10))), 0.1);
  EXPECT_EQ(f64(BigRat::make(i128(3), i128(10))), 0.3);  // not 0.1*3 in float64
  EXPECT_EQ(f64(BigRat::make(i128(-1), i128(3))), -1.0 / 3);
  // Ties go to even: 2^53+1 rounds down, 2^53+3 up.
  EXPECT_EQ(f64(BigRat::from_int(BigInt::pow2(53) + i128(1))), 9007199254740992.0);
  EXPECT_EQ(f64(BigRat::from_int(BigInt::pow2(53) + i128(3))), 9007199254740996.0);
  // float32: 1 + 2^-24 + 2^-60 is above the tie, so it rounds up; through
  // float64 first (1 + 2^-24, a tie) it would round down to 1.
  const BigRat above = BigRat::make(BigInt::pow2(60) + BigInt::pow2(36) + i128(1), BigInt::pow2(60));
  EXPECT_EQ(f32(above), 1.0f + 0x1p-23f);
  EXPECT_EQ(static_cast<float>(f64(above)), 1.0f);
}

TEST(BigFloat, SubnormalsAndOverflow) {
  const BigRat tiny = BigRat::make(i128(1), BigInt::pow2(1075));  // half the smallest subnormal
  EXPECT_EQ(f64(tiny), 0.0);                                        // tie to even: zero
  EXPECT_EQ(f64(tiny * BigRat::make(i128(3), i128(2))), 0x1p-1074);  // 0.75 ulp: up
  EXPECT_EQ(f64(tiny + BigRat::make(i128(1), BigInt::pow2(2000))), 0x1p-1074);  // just above the tie
  EXPECT_EQ(f64(BigRat::make(i128(3), BigInt::pow2(1075))), 0x1p-1073);  // 1.5 ulp: to even, 2 ulps
  EXPECT_EQ(f64(BigRat::make(i128(1), BigInt::pow2(1040))), 0x1p-1040);
  EXPECT_TRUE(std::isinf(f64(BigRat::from_int(BigInt::pow2(1024)))));
  const double max = std::numeric_limits<double>::max();
  const BigInt max_int = BigInt::pow2(1024) - BigInt::pow2(971);
  EXPECT_EQ(f64(BigRat::from_int(max_int)), max);
  EXPECT_EQ(f64(BigRat::from_int(max_int + BigInt::pow2(969))), max);               // below half an ulp
  EXPECT_TRUE(std::isinf(f64(BigRat::from_int(max_int + BigInt::pow2(970)))));      // the tie rounds to 2^1024
  EXPECT_EQ(f32(BigRat::make(i128(1), BigInt::pow2(149))), 0x1p-149f);
  EXPECT_EQ(f32(BigRat::make(i128(1), BigInt::pow2(151))), 0.0f);
  EXPECT_TRUE(std::isinf(f32(BigRat::from_int(BigInt::pow2(128)))));
}

TEST(BigFloat, ArithmeticAt512Bits) {
  const BigFloat one = BigFloat::from_int(i128(1));
  const BigFloat big = BigFloat::from_int(BigInt::pow2(600));
  // 2^600 + 1 needs 601 bits: rounds to 2^600, so the difference is 0.
  EXPECT_EQ(((big + one) - big).sign(), 0);
  // Far-apart exponents: only the sign of the smaller matters.
  const BigFloat tiny{BigInt::from_uint64(1), -100000};
  EXPECT_TRUE(big + tiny == big);
  EXPECT_TRUE(big - tiny == big);
  const BigFloat third = one / BigFloat::from_int(i128(3));
  EXPECT_EQ(third.mant.bit_len(), 512u);  // 1010...1011: the 513th bit rounded up
  EXPECT_TRUE(third.mant.bit(0));
  EXPECT_EQ(round_to_ieee(third.mant, third.exp, kFloat64Format), 1.0 / 3);
  EXPECT_EQ(BigFloat::cmp(third, one), -1);
  EXPECT_EQ(BigFloat::cmp(-third, third), -1);
  const BigFloat e40 = BigFloat::from_int(BigInt::pow2(40));
  EXPECT_TRUE((e40 * e40) == BigFloat::from_int(BigInt::pow2(80)));
  // ToZero / AwayFromZero at a shorter precision (go/constant's ToInt).
  const BigFloat r = BigFloat::round(BigInt::pow2(9) - i128(1), 0, false, 4, BigFloat::kNoMinExp, RoundMode::AwayFromZero);
  EXPECT_TRUE(r == BigFloat::from_int(BigInt::pow2(9)));
}

}  // namespace
}  // namespace govm
