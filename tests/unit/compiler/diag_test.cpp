// Diagnostics, constants and quoting as gc prints them in messages.
#include <gtest/gtest.h>

#include <string>

#include "compiler/constant.h"
#include "compiler/diag.h"
#include "compiler/unicode.h"

namespace govm {
namespace {

TEST(Diagnostics, FormatAndUnsupported) {
  Diagnostics d("prog.go");
  EXPECT_FALSE(d.has_errors());
  d.unsupported(Pos{7, 3}, "goto");
  d.error(Pos{2, 1}, "undefined: x");
  EXPECT_EQ(d.count(), 2u);
  EXPECT_EQ(d.syntax_errors(), 0u);
  EXPECT_EQ(d.format_all(), "prog.go:2:1: undefined: x\nprog.go:7:3: govm does not support goto yet\n");
  EXPECT_EQ(d.sorted()[0].format(), "prog.go:2:1: undefined: x");
}

// gc keeps one syntax error a line, and drops a non-syntax error equal to
// the one just before it on the same line.
TEST(Diagnostics, GcFilters) {
  Diagnostics d("p.go");
  d.error(Pos{3, 5}, "syntax error: unexpected x");
  d.error(Pos{3, 9}, "syntax error: unexpected y");  // same line: dropped
  d.error(Pos{3, 9}, "undefined: y");
  d.error(Pos{3, 12}, "undefined: y");  // same line, same message: dropped
  d.error(Pos{3, 14}, "undefined: z");
  d.error(Pos{4, 1}, "syntax error: unexpected z");
  EXPECT_EQ(d.count(), 4u);
  EXPECT_EQ(d.syntax_errors(), 3u);  // counted before filtering, as gc
  EXPECT_EQ(d.format_all(),
            "p.go:3:5: syntax error: unexpected x\n"
            "p.go:3:9: undefined: y\n"
            "p.go:3:14: undefined: z\n"
            "p.go:4:1: syntax error: unexpected z\n");
}

// At the tenth error gc prints what it has, sorted, then "too many errors"
// at the position of that tenth error (in report order).
TEST(Diagnostics, TooManyErrors) {
  Diagnostics d("p.go");
  for (uint32_t i = 0; i < 12; i++) d.error(Pos{20 - i, 2}, "e" + std::to_string(i));
  auto sorted = d.sorted();
  ASSERT_EQ(sorted.size(), kMaxErrors);
  EXPECT_EQ(sorted.front().pos, (Pos{11, 2}));  // the first ten reported, sorted
  EXPECT_EQ(sorted.back().pos, (Pos{20, 2}));
  std::string out = d.format_all();
  EXPECT_EQ(out.substr(out.rfind("p.go:11:2: too")), "p.go:11:2: too many errors\n");

  Diagnostics ten("p.go");
  for (uint32_t i = 1; i <= 10; i++) ten.error(Pos{i, 1}, "e");
  EXPECT_NE(ten.format_all().find("p.go:10:1: too many errors\n"), std::string::npos);
  Diagnostics nine("p.go");
  for (uint32_t i = 1; i <= 9; i++) nine.error(Pos{i, 1}, "e");
  EXPECT_EQ(nine.format_all().find("too many"), std::string::npos);
}

// Recorded from gc's messages ("(untyped string constant "ab")").
TEST(Constant, PrintsAsGc) {
  EXPECT_EQ(Constant::make_bool(true).to_string(), "true");
  EXPECT_EQ(Constant::make_int(-42).to_string(), "-42");
  EXPECT_EQ(Constant::make_int(__int128(1) << 100).to_string(), "1267650600228229401496703205376");
  __int128 min = -(__int128(1) << 126) * 2;
  EXPECT_EQ(Constant::make_int(min).to_string(), "-170141183460469231731687303715884105728");
  EXPECT_EQ(Constant::make_string("a\u200b").to_string(), "\"a\\u200b\"");
  EXPECT_EQ(Constant::make_string(std::string("\t\0\xc3\xa9\xff\"\\", 7)).to_string(),
            "\"\\t\\x00é\\xff\\\"\\\\\"");
  std::string long_s = "0123456789012345678901234567890123456789012345678901234567890123456789abcdefghij";
  EXPECT_EQ(Constant::make_string(long_s).to_string(),
            "\"01234567890123456789012345678901234567890123456789012345678901234567...");
  // (const) floats from their literals' exact values (constant_float.cpp)
  Constant f = Constant::make_float(0, "0.33333333333333333333333");
  EXPECT_EQ(f.to_string(), "0.333333");
  f = Constant::make_float(0, "10000000000.5");
  // (issue 6) Go 1.20's go/constant (issue 56220) shows the fraction that
  // %.6g hides ("1e+10" in Go 1.19); govm follows today's Go.
  EXPECT_EQ(f.to_string(), "1.00000000005e+10");
  f = Constant::make_float(0, "2.5e-7");
  EXPECT_EQ(f.to_string(), "2.5e-07");
  f = Constant::make_float(0, "1.5");
  EXPECT_EQ(f.to_string(), "1.5");
}

TEST(Unicode, QuotingAsGo) {
  EXPECT_EQ(quote_rune('a'), "'a'");
  EXPECT_EQ(quote_rune('\n'), "'\\n'");
  EXPECT_EQ(quote_rune('\''), "'\\''");
  EXPECT_EQ(quote_rune(0), "'\\x00'");
  EXPECT_EQ(quote_rune(0x200B), "'\\u200b'");
  EXPECT_EQ(quote_rune(0x1F600), "'😀'");
  EXPECT_EQ(quote_rune(0xE0001), "'\\U000e0001'");
  EXPECT_EQ(quote_string("日本\x7f"), "\"日本\\x7f\"");
  EXPECT_EQ(format_U('@'), "U+0040 '@'");
  EXPECT_EQ(format_U(0x200B), "U+200B");
  EXPECT_EQ(format_U(0x1F600), "U+1F600 '😀'");
  EXPECT_TRUE(is_letter(0x65E5));   // 日
  EXPECT_TRUE(is_digit(0x0661));    // ١
  EXPECT_FALSE(is_letter(0x0661));
  EXPECT_FALSE(is_letter(0x00B7));  // ·
  int w;
  EXPECT_EQ(decode_rune("\xed\xa0\x80", &w), kRuneError);  // a surrogate
  EXPECT_EQ(w, 1);
  EXPECT_EQ(decode_rune("\xf0\x9f\x98\x80", &w), 0x1F600);
  EXPECT_EQ(w, 4);
}

}  // namespace
}  // namespace govm
