// (issue 6) What packages strings and strconv (runtime/strings.cpp) share
// with the compiler and tests: the rodata constants whose substrings Go's
// functions return without allocating, and the rune classes of Go's
// unicode package the functions use.
#pragma once

#include <string_view>

namespace govm {

// strconv's smallsString: "00" .. "99", two digits each; Itoa(7) is the
// byte at 2*7+1, Itoa(42) the two at 2*42.
inline constexpr std::string_view kSmallsString =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";
// strconv's digits: FormatInt's one-digit results in any base.
inline constexpr std::string_view kDigitsString = "0123456789abcdefghijklmnopqrstuvwxyz";
// utf8.RuneError as a string: what strings.Split(s, "") makes of an invalid byte.
inline constexpr std::string_view kRuneErrorString = "\xEF\xBF\xBD";

// unicode.ToUpper, unicode.ToLower (simple case mapping), unicode.IsSpace.
char32_t unicode_to_upper(char32_t r);
char32_t unicode_to_lower(char32_t r);
bool unicode_is_space(char32_t r);

}  // namespace govm
