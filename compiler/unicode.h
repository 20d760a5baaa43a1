// Unicode classes and Go's quoting, as the lexer and messages need them.
//
// Go source is UTF-8. The lexer asks whether a code point is a letter or a
// digit (identifiers may use any Unicode letter, as unicode.IsLetter and
// unicode.IsDigit say), and messages print characters and strings the way
// Go's fmt does: %#U ("U+0040 '@'"), %q of a rune ('\n') and of a string
// (strconv.Quote). The tables behind is_letter/is_digit are generated from
// Go's unicode package; ASCII is answered without them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/strconv.h"

namespace govm {

// UTF-8 and quoting are the runtime's (runtime/strconv.h, Go's unicode/utf8
// and strconv); these are int32_t spellings of them for the compiler, which
// holds runes as Go's rune type.

// Decodes the UTF-8 sequence at s[0..]: returns the rune and sets *width
// (1..4). An invalid or truncated sequence gives kRuneError with width 1,
// as Go's utf8.DecodeRune; an empty input gives kRuneError with width 0.
int32_t decode_rune(std::string_view s, int* width);
// Appends the UTF-8 encoding of r (kRuneError for invalid runes).
void append_rune(std::string& out, int32_t r);

bool is_letter(int32_t r);  // unicode.IsLetter
bool is_digit(int32_t r);   // unicode.IsDigit
bool is_print(int32_t r);   // strconv.IsPrint

std::string quote_rune(int32_t r);        // Go's %q of a rune: 'a', '\n', '\u200b'
std::string quote_string(std::string_view s);  // strconv.Quote
std::string format_U(int32_t r);          // Go's %#U: U+0040 '@', or U+200B

}  // namespace govm
