// The lexer: see lexer.h. A port of gc's scanner (syntax/scanner.go and
// source.go), so that tokens, positions and lexical error messages match
// what `go build` prints.
//
// Reading: nextch() decodes one UTF-8 character at a time. NUL bytes,
// invalid UTF-8 and a BOM past the start are reported and skipped (they
// still take their columns). Columns count bytes.
//
// Semicolon insertion: nlsemi_ is set after a token that may end a
// statement; the next newline (or the end of input, or a block comment
// spanning lines) then becomes a Semicolon instead of white space.
#include "compiler/lexer.h"

#include <array>
#include <utility>

#include "compiler/unicode.h"

namespace govm {
namespace {

constexpr int32_t kBOM = 0xFEFF;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }  // lower-case iff an ASCII letter
bool is_ascii_letter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool is_decimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool is_hex(int32_t ch) { return is_decimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* base_name(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

Token keyword(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, Token>, 25> kKeywords = {{
      {"break", Token::Break}, {"case", Token::Case}, {"chan", Token::Chan},
      {"const", Token::Const}, {"continue", Token::Continue}, {"default", Token::Default},
      {"defer", Token::Defer}, {"else", Token::Else}, {"fallthrough", Token::Fallthrough},
      {"for", Token::For}, {"func", Token::Func}, {"go", Token::Go}, {"goto", Token::Goto},
      {"if", Token::If}, {"import", Token::Import}, {"interface", Token::Interface},
      {"map", Token::Map}, {"package", Token::Package}, {"range", Token::Range},
      {"return", Token::Return}, {"select", Token::Select}, {"struct", Token::Struct},
      {"switch", Token::Switch}, {"type", Token::Type}, {"var", Token::Var},
  }};
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return Token::Ident;
  for (const auto& [text, tok] : kKeywords) {
    if (text == s) return tok;
  }
  return Token::Ident;
}

// The index of the first '_' in a number literal that does not separate
// two digits (a prefix counts as a digit), or -1 (scanner.go invalidSep).
int invalid_sep(std::string_view x) {
  int32_t x1 = ' ';  // prefix char; only 'x' matters
  char d = '.';      // previous: '_', '0' (a digit) or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

}  // namespace

Lexer::Lexer(std::string_view src, ErrorHandler errh) : src_(src), errh_(std::move(errh)) {}

void Lexer::stop() {
  stopped_ = true;
  tok = Token::Eof;
  lit = {};
  bad = false;
}

void Lexer::nextch() {
  for (;;) {
    col_ += uint32_t(chw_);
    if (ch_ == '\n') {
      line_++;
      col_ = 0;
    }
    off_ += size_t(chw_);
    if (off_ >= src_.size()) {
      ch_ = -1;
      chw_ = 0;
      return;
    }
    unsigned char c = uint8_t(src_[off_]);
    if (c < 0x80) {
      ch_ = c;
      chw_ = 1;
      if (c == 0) {
        error_here("invalid NUL character");
        continue;
      }
      return;
    }
    int width;
    ch_ = decode_rune(src_.substr(off_), &width);
    chw_ = width;
    if (ch_ == int32_t(kRuneError) && width == 1) {
      error_here("invalid UTF-8 encoding");
      continue;
    }
    if (ch_ == kBOM) {
      if (line_ > 0 || col_ > 0) error_here("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

void Lexer::next() {
  if (!stopped_) scan();
  // An error reported while scanning may have stopped the lexer.
  if (stopped_) stop();
}

void Lexer::scan() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  lit = {};
  bad = false;

  for (;;) {  // until a token (comments and invalid characters loop back)
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

    pos = here();
    start_ = off_;
    if (is_ascii_letter(ch_) || (ch_ >= 0x80 && at_ident_char(true))) {
      nextch();
      scan_ident();
      return;
    }

    switch (ch_) {
      case -1:
        if (nlsemi) {
          lit = "EOF";
          tok = Token::Semicolon;
          return;
        }
        tok = Token::Eof;
        return;
      case '\n':
        nextch();
        lit = "newline";
        tok = Token::Semicolon;
        return;
      case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        scan_number(false);
        return;
      case '"': scan_string(); return;
      case '`': scan_raw_string(); return;
      case '\'': scan_rune(); return;
      case '(': nextch(); tok = Token::LParen; return;
      case '[': nextch(); tok = Token::LBrack; return;
      case '{': nextch(); tok = Token::LBrace; return;
      case ',': nextch(); tok = Token::Comma; return;
      case ';':
        nextch();
        lit = "semicolon";
        tok = Token::Semicolon;
        return;
      case ')': nextch(); nlsemi_ = true; tok = Token::RParen; return;
      case ']': nextch(); nlsemi_ = true; tok = Token::RBrack; return;
      case '}': nextch(); nlsemi_ = true; tok = Token::RBrace; return;
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Token::Define;
          return;
        }
        tok = Token::Colon;
        return;
      case '.':
        nextch();
        if (is_decimal(ch_)) {
          scan_number(true);
          return;
        }
        if (ch_ == '.' && off_ + 1 < src_.size() && src_[off_ + 1] == '.') {
          nextch();
          nextch();
          tok = Token::Ellipsis;
          return;
        }
        tok = Token::Period;
        return;
      case '+':
        nextch();
        if (ch_ == '+') {
          nextch();
          nlsemi_ = true;
          tok = Token::Inc;
          return;
        }
        op_or_assign(Token::Add, Token::AddAssign);
        return;
      case '-':
        nextch();
        if (ch_ == '-') {
          nextch();
          nlsemi_ = true;
          tok = Token::Dec;
          return;
        }
        op_or_assign(Token::Sub, Token::SubAssign);
        return;
      case '*':
        nextch();
        op_or_assign(Token::Mul, Token::MulAssign);
        return;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          skip_line();
          continue;
        }
        if (ch_ == '*') {
          nextch();
          skip_block_comment();
          if (line_ + 1 > pos.line && nlsemi) {
            // A comment spanning lines acts like a newline.
            lit = "newline";
            tok = Token::Semicolon;
            return;
          }
          continue;
        }
        op_or_assign(Token::Quo, Token::QuoAssign);
        return;
      case '%':
        nextch();
        op_or_assign(Token::Rem, Token::RemAssign);
        return;
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          tok = Token::LAnd;
          return;
        }
        if (ch_ == '^') {
          nextch();
          op_or_assign(Token::AndNot, Token::AndNotAssign);
          return;
        }
        op_or_assign(Token::And, Token::AndAssign);
        return;
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          tok = Token::LOr;
          return;
        }
        op_or_assign(Token::Or, Token::OrAssign);
        return;
      case '^':
        nextch();
        op_or_assign(Token::Xor, Token::XorAssign);
        return;
      case '<':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Token::Leq;
          return;
        }
        if (ch_ == '<') {
          nextch();
          op_or_assign(Token::Shl, Token::ShlAssign);
          return;
        }
        if (ch_ == '-') {
          nextch();
          tok = Token::Arrow;
          return;
        }
        tok = Token::Lss;
        return;
      case '>':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Token::Geq;
          return;
        }
        if (ch_ == '>') {
          nextch();
          op_or_assign(Token::Shr, Token::ShrAssign);
          return;
        }
        tok = Token::Gtr;
        return;
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Token::Eql;
          return;
        }
        tok = Token::Assign;
        return;
      case '!':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok = Token::Neq;
          return;
        }
        tok = Token::Not;
        return;
      case '~':
        nextch();
        tok = Token::Tilde;
        return;
      default:
        error_here("invalid character " + format_U(ch_));
        nextch();
        continue;
    }
  }
}

void Lexer::op_or_assign(Token op, Token assign) {
  if (ch_ == '=') {
    nextch();
    tok = assign;
    return;
  }
  tok = op;
}

void Lexer::scan_ident() {
  while (is_ascii_letter(ch_) || is_decimal(ch_)) nextch();
  if (ch_ >= 0x80) {
    while (at_ident_char(false)) nextch();
  }
  std::string_view text = segment();
  Token kw = keyword(text);
  if (kw != Token::Ident) {
    nlsemi_ = kw == Token::Break || kw == Token::Continue || kw == Token::Fallthrough ||
              kw == Token::Return;
    tok = kw;
    return;
  }
  nlsemi_ = true;
  lit = text;
  tok = Token::Ident;
}

// gc accepts any non-ASCII character into an identifier, complaining about
// those that are not letters (or digits, past the first), so that one bad
// character gives one error rather than a cascade.
bool Lexer::at_ident_char(bool first) {
  if (is_letter(ch_) || ch_ == '_') return true;
  if (is_digit(ch_)) {
    if (first) error_here("identifier cannot begin with digit " + format_U(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    error_here("invalid character " + format_U(ch_) + " in identifier");
    return true;
  }
  return false;
}

void Lexer::set_lit(Token kind, bool ok) {
  nlsemi_ = true;
  tok = kind;
  lit = segment();
  bad = !ok;
}

// Accepts { digit | '_' } and returns bit 0 set if there were digits, bit 1
// if there were separators. For base <= 10 any decimal digit is accepted,
// and the column offset of the first one too large for the base is
// recorded in *invalid.
int Lexer::scan_digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (is_decimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid != nullptr && *invalid < 0) {
        *invalid = int(col_ + 1 - pos.col);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (is_hex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Lexer::scan_number(bool seen_point) {
  bool ok = true;
  Token kind = Token::Int;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seen_point) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;  // the leading 0
      }
    }
    digsep |= scan_digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_here(std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      nextch();
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = Token::Float;
    digsep |= scan_digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    error_here(std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error_here(quote_rune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error_here(quote_rune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Token::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = scan_digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      error_here("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Token::Float && ok) {
    error_here("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Token::Imag;
    nextch();
  }
  set_lit(kind, ok);

  if (kind == Token::Int && invalid >= 0 && ok) {
    error_at_token(uint32_t(invalid), "invalid digit " + quote_rune(uint8_t(lit[size_t(invalid)])) +
                                          " in " + base_name(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalid_sep(lit);
    if (i >= 0) {
      error_at_token(uint32_t(i), "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

void Lexer::scan_rune() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error_here("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error_at_token(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!scan_escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error_here("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        error_at_token(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  set_lit(Token::Char, ok);
}

void Lexer::scan_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!scan_escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error_here("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      error_at_token(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  set_lit(Token::String, ok);
}

void Lexer::scan_raw_string() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      error_at_token(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  set_lit(Token::String, ok);
}

// After a backslash: checks one escape. At the end of input it returns
// true and lets the caller complain about the unterminated literal.
bool Lexer::scan_escape(char quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = uint32_t(kMaxRune);
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = uint32_t(kMaxRune);
      break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;
      error_here("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (is_decimal(ch_)) {
      d = uint32_t(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = uint32_t(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      error_here("invalid character " + quote_rune(ch_) + " in " + base_name(int(base)) +
                 " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    error_here("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    error_here("escape is invalid Unicode code point " + format_U(int32_t(x)));
    return false;
  }
  return true;
}

// Leaves the newline for next(), which may turn it into a semicolon.
void Lexer::skip_line() {
  while (ch_ >= 0 && ch_ != '\n') nextch();
}

void Lexer::skip_block_comment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return;
      }
    }
    nextch();
  }
  error_at_token(0, "comment not terminated");
}

}  // namespace govm
