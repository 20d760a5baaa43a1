// Go's strconv and unicode/utf8, as much as the runtime's printing needs:
// UTF-8 decoding with Go's rules for invalid input, strconv.IsPrint,
// strconv.Quote / QuoteToASCII / QuoteRune, CanBackquote, and the shortest
// round-trip formatting of floats (strconv.FormatFloat(f, 'g', -1, size)).
// Each function returns exactly what its Go namesake returns (checked
// against Go 1.19 in tests/unit/runtime/fmt_test.cpp). And the one hex form
// every runtime message, trace and drawing uses for an address.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace govm {

// An address or word as Go's runtime prints a pointer: "0xc000012345",
// "0x0" (fmt's %#x, but 0 keeps its prefix).
std::string format_hex(uint64_t v);

inline constexpr char32_t kRuneError = 0xFFFD;
inline constexpr char32_t kMaxRune = 0x10FFFF;

// utf8.DecodeRuneInString: the rune at the start of s and its width; an
// invalid or short encoding gives (kRuneError, 1), an empty s (kRuneError, 0).
int utf8_decode(std::string_view s, char32_t& r);
// utf8.AppendRune: invalid runes (surrogates, > kMaxRune) become U+FFFD.
void utf8_append(std::string& out, char32_t r);
// utf8.RuneCountInString: each invalid byte counts as one rune.
uint64_t utf8_rune_count(std::string_view s);

// strconv.IsPrint (Unicode tables of Go 1.19).
bool is_print(char32_t r);
// strconv.Quote (ascii_only: QuoteToASCII).
std::string quote(std::string_view s, bool ascii_only = false);
// strconv.QuoteRune (ascii_only: QuoteRuneToASCII).
std::string quote_rune(char32_t r, bool ascii_only = false);
// strconv.CanBackquote.
bool can_backquote(std::string_view s);

// strconv.FormatFloat(v, 'g', -1, bits): what %v prints for a float.
std::string format_float_shortest(double v, int bits);

}  // namespace govm
