// (issue 6) The rune classes packages strings and strconv use
// (runtime/strings_pkg.h): unicode.ToUpper, unicode.ToLower and
// unicode.IsSpace. The expectations were printed by Go (1.19 for the
// table; Go 1.21+, Unicode 15, for the Unicode 14 letters Go 1.19 lacks);
// a run over every rune found glibc's C.UTF-8 tables and Go 1.19's to
// differ only in those additions.
#include <gtest/gtest.h>

#include "runtime/strings_pkg.h"

namespace govm {
namespace {

struct CaseRow {
  char32_t r, upper, lower;
};

TEST(StringsPkg, CaseMappingAsGo) {
  const CaseRow rows[] = {
      {U'a', U'A', U'a'},       {U'Z', U'Z', U'z'},       {U'1', U'1', U'1'},       {U'é', U'É', U'é'},
      {U'ÿ', U'Ÿ', U'ÿ'},       {U'ß', U'ß', U'ß'},       {U'ı', U'I', U'ı'},       {U'İ', U'İ', U'i'},
      {U'ſ', U'S', U'ſ'},       {U'ǅ', U'Ǆ', U'ǆ'},       {U'ǲ', U'Ǳ', U'ǳ'},       {U'σ', U'Σ', U'σ'},
      {U'ς', U'Σ', U'ς'},       {U'Ж', U'Ж', U'ж'},       {U'ﬀ', U'ﬀ', U'ﬀ'},       {U'ꞵ', U'Ꞵ', U'ꞵ'},
      {U'𐐨', U'𐐀', U'𐐨'},       {0x10570, 0x10570, 0x10597}, {0x2C2F, 0x2C2F, 0x2C5F}, {0xA7C0, 0xA7C0, 0xA7C1},
      {U'世', U'世', U'世'},     {0xFFFD, 0xFFFD, 0xFFFD},
  };
  for (const CaseRow& row : rows) {
    EXPECT_EQ(unicode_to_upper(row.r), row.upper) << std::hex << static_cast<uint32_t>(row.r);
    EXPECT_EQ(unicode_to_lower(row.r), row.lower) << std::hex << static_cast<uint32_t>(row.r);
  }
}

TEST(StringsPkg, WhiteSpaceAsGo) {
  for (char32_t r : {U'\t', U'\n', U'\v', U'\f', U'\r', U' ', char32_t{0x85}, char32_t{0xA0}, char32_t{0x1680},
                     char32_t{0x2000}, char32_t{0x200A}, char32_t{0x2028}, char32_t{0x2029}, char32_t{0x202F},
                     char32_t{0x205F}, char32_t{0x3000}}) {
    EXPECT_TRUE(unicode_is_space(r)) << std::hex << static_cast<uint32_t>(r);
  }
  for (char32_t r : {U'a', U'\0', char32_t{0x1C}, char32_t{0x200B}, char32_t{0x180E}, char32_t{0xFEFF},
                     char32_t{0x200C}, char32_t{0xFFFD}}) {
    EXPECT_FALSE(unicode_is_space(r)) << std::hex << static_cast<uint32_t>(r);
  }
}

TEST(StringsPkg, StaticStrings) {
  EXPECT_EQ(kSmallsString.size(), 200u);
  EXPECT_EQ(kSmallsString.substr(2 * 42, 2), "42");
  EXPECT_EQ(kSmallsString.substr(2 * 7 + 1, 1), "7");
  EXPECT_EQ(kDigitsString[35], 'z');
  EXPECT_EQ(kRuneErrorString, "\uFFFD");
}

}  // namespace
}  // namespace govm
