// The go command's header check: see header.h.
//
// Two steps, as in go/build:
//   1. header_length: go/build's importReader scans bytes: "package" and a
//      name, then any number of import declarations, skipping spaces,
//      semicolons and comments. It stops before the first byte that cannot
//      continue the header; on anything malformed it gives up and the whole
//      file is handed to go/parser.
//   2. HeaderParser: go/parser's package clause and import declarations,
//      over govm's lexer (its tokens and semicolons are go/scanner's), with
//      go/parser's messages: "expected 'X', found Y" where Y is a literal's
//      text, "newline", or a quoted token. The first error by position
//      wins, as the go command prints only that.
#include "compiler/header.h"

#include <string>
#include <vector>

#include "compiler/lexer.h"
#include "compiler/unicode.h"

namespace govm {
namespace {

bool is_ident_byte(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

// go/build's importReader, reduced to what decides the header's extent.
class ImportReader {
 public:
  explicit ImportReader(std::string_view src) : src_(src) {}

  size_t header_length() {
    read_keyword("package");
    read_ident();
    while (peek(true) == 'i') {
      read_keyword("import");
      if (peek(true) == '(') {
        take(false);
        while (peek(true) != ')' && !err_) read_import();
        take(false);
      } else {
        read_import();
      }
    }
    if (err_) return src_.size();            // go/parser sees the whole file
    if (!eof_ && read_ > 0) return read_ - 1;  // drop the byte that ended the header
    return read_;
  }

 private:
  int read_byte() {
    if (read_ >= src_.size()) {
      eof_ = true;
      return 0;
    }
    return uint8_t(src_[read_++]);
  }
  // The next byte, without consuming it; skipping spaces, semicolons and
  // comments if skip_space.
  int peek(bool skip_space) {
    if (err_) return 0;
    int c = peek_;
    if (c == 0) c = read_byte();
    while (!err_ && !eof_ && skip_space) {
      if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
        c = read_byte();
        continue;
      }
      if (c != '/') break;
      c = read_byte();
      if (c == '/') {
        while (c != '\n' && !eof_) c = read_byte();
      } else if (c == '*') {
        int c1 = 0;
        while ((c != '*' || c1 != '/') && !err_) {
          if (eof_) err_ = true;
          c = c1;
          c1 = read_byte();
        }
      } else {
        err_ = true;
      }
      c = read_byte();
    }
    peek_ = c;
    return c;
  }
  int take(bool skip_space) {
    int c = peek(skip_space);
    peek_ = 0;
    return c;
  }
  void read_keyword(const char* kw) {
    peek(true);
    for (const char* p = kw; *p != '\0'; p++) {
      if (take(false) != *p) {
        err_ = true;
        return;
      }
    }
    if (is_ident_byte(peek(false))) err_ = true;
  }
  void read_ident() {
    if (!is_ident_byte(peek(true))) {
      err_ = true;
      return;
    }
    while (is_ident_byte(peek(false))) peek_ = 0;
  }
  void read_string() {
    switch (take(true)) {
      case '`':
        while (!err_) {
          if (take(false) == '`') break;
          if (eof_) err_ = true;
        }
        break;
      case '"':
        while (!err_) {
          int c = take(false);
          if (c == '"') break;
          if (eof_ || c == '\n') err_ = true;
          if (c == '\\') take(false);
        }
        break;
      default:
        err_ = true;
    }
  }
  void read_import() {
    int c = peek(true);
    if (c == '.') {
      peek_ = 0;
    } else if (is_ident_byte(c)) {
      read_ident();
    }
    read_string();
  }

  std::string_view src_;
  size_t read_ = 0;  // bytes read
  int peek_ = 0;
  bool eof_ = false;
  bool err_ = false;
};

// strconv.Unquote of a string literal known to be well-formed, enough to
// vet an import path.
std::string unquote(std::string_view lit) {
  if (lit.size() < 2) return "";
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') return std::string(body);
  std::string out;
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i++];
      continue;
    }
    char e = body[i + 1];
    i += 2;
    int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : (e >= '0' && e <= '7') ? 2 : 0;
    if (digits == 0) {
      const char* simple = "a\ab\bf\fn\nr\rt\tv\v\\\\\"\"''";
      char v = e;
      for (const char* p = simple; *p != '\0'; p += 2) {
        if (*p == e) v = p[1];
      }
      out += v;
      continue;
    }
    int base = (e >= '0' && e <= '7') ? 8 : 16;
    uint32_t x = base == 8 ? uint32_t(e - '0') : 0;
    for (int k = 0; k < digits && i < body.size(); k++, i++) {
      char c = body[i];
      int lc = c | 0x20;
      int d = c >= '0' && c <= '9' ? c - '0' : (lc >= 'a' && lc <= 'f' ? lc - 'a' + 10 : 0);
      x = x * uint32_t(base) + uint32_t(d);
    }
    if (e == 'u' || e == 'U') {
      append_rune(out, int32_t(x));
    } else {
      out += char(x);
    }
  }
  return out;
}

bool is_space(int32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default: return r >= 0x2000 && r <= 0x200A;
  }
}

// go/parser's isValidImport: no spaces, controls or punctuation that a
// path cannot hold, and not empty.
bool is_valid_import(std::string_view lit) {
  static constexpr std::string_view kIllegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  std::string s = unquote(lit);
  std::string_view rest = s;
  while (!rest.empty()) {
    int width;
    int32_t r = decode_rune(rest, &width);
    rest.remove_prefix(size_t(width));
    bool graphic = is_print(r) || (r != ' ' && is_space(r));  // unicode.IsGraphic
    if (!graphic || is_space(r) || r == int32_t(kRuneError) ||
        (r < 0x80 && kIllegal.find(char(r)) != std::string_view::npos)) {
      return false;
    }
  }
  return !s.empty();
}

// go/parser over the header: package clause, then import declarations.
class HeaderParser {
 public:
  explicit HeaderParser(std::string_view src)
      : src_(src),
        lex_(src, [this](Pos pos, std::string msg) { lexical_error(pos, std::move(msg)); }) {
    lex_.next();
  }

  // The first error by position, if any.
  bool first_error(Pos* pos, std::string* msg) {
    parse();
    if (errors_.empty()) return false;
    size_t best = 0;
    for (size_t i = 1; i < errors_.size(); i++) {
      if (errors_[i].first < errors_[best].first) best = i;
    }
    *pos = errors_[best].first;
    *msg = errors_[best].second;
    return true;
  }

 private:
  // SourceFile header = "package" name ";" { "import" ( spec | "(" { spec } ")" ) ";" } .
  void parse() {
    if (!expect(Token::Package)) return;
    if (lex_.tok == Token::Ident) {
      next();
    } else if (!expect(Token::Ident)) {
      return;
    }
    if (!expect_semi()) return;
    while (lex_.tok == Token::Import) {
      next();
      if (lex_.tok == Token::LParen) {
        next();
        while (lex_.tok != Token::RParen && lex_.tok != Token::Eof) {
          if (!import_spec()) return;
        }
        if (!expect(Token::RParen) || !expect_semi()) return;
      } else if (!import_spec()) {
        return;
      }
    }
  }

  bool import_spec() {
    if (lex_.tok == Token::Period || lex_.tok == Token::Ident) next();
    if (lex_.tok == Token::String) {
      if (!is_valid_import(lex_.lit)) {
        errors_.emplace_back(lex_.pos, "invalid import path: " + std::string(lex_.lit));
        return false;
      }
      next();
    } else if (!expect(Token::String)) {
      return false;
    }
    return expect_semi();
  }

  void next() {
    lex_.next();
    // go/scanner reports an unterminated string at its start.
    if (lex_.tok == Token::String && lex_.bad) {
      bool raw = !lex_.lit.empty() && lex_.lit[0] == '`';
      errors_.emplace_back(lex_.pos, raw ? "raw string literal not terminated"
                                         : "string literal not terminated");
    }
  }

  void lexical_error(Pos pos, std::string msg) {
    if (msg == "newline in string" || msg == "string not terminated") return;  // see next()
    bool bad_char = msg.rfind("invalid character U+", 0) == 0;
    if (bad_char && msg.find(" in identifier") == std::string::npos) {
      msg = "illegal character" + msg.substr(std::string("invalid character").size());
    }
    errors_.emplace_back(pos, std::move(msg));
  }

  // go/parser's expect: complain unless at t, and move on regardless.
  bool expect(Token t) {
    if (lex_.tok != t) {
      error_expected(std::string("'") + name_of(t) + "'");
      return false;
    }
    next();
    return true;
  }

  bool expect_semi() {
    switch (lex_.tok) {
      case Token::RParen: case Token::RBrace: return true;
      case Token::Semicolon: next(); return true;
      default: error_expected("';'"); return false;
    }
  }

  void error_expected(const std::string& what) {
    std::string found;
    Token t = lex_.tok;
    if (t == Token::Semicolon && lex_.lit != "semicolon") {
      found = "newline";
    } else if (t == Token::Ident || t == Token::Int || t == Token::Float || t == Token::Imag ||
               t == Token::Char || t == Token::String) {
      found = std::string(lex_.lit);
    } else {
      found = std::string("'") + name_of(t) + "'";
    }
    errors_.emplace_back(token_pos(), "expected " + what + ", found " + found);
  }

  // go/token does not start a line after a final newline, so the end of a
  // file ending in "\n" is placed just past that newline, on its line.
  Pos token_pos() const {
    bool at_end = lex_.tok == Token::Eof || (lex_.tok == Token::Semicolon && lex_.lit == "EOF");
    if (!at_end || lex_.pos.col != 1 || lex_.pos.line < 2 || src_.empty() || src_.back() != '\n') {
      return lex_.pos;
    }
    size_t prev = src_.rfind('\n', src_.size() - 2);
    size_t start = prev == std::string_view::npos ? 0 : prev + 1;
    return Pos{lex_.pos.line - 1, uint32_t(src_.size() - start + 1)};
  }

  // go/token's names where they differ from govm's spellings.
  static const char* name_of(Token t) {
    switch (t) {
      case Token::Ident: return "IDENT";
      case Token::String: return "STRING";
      case Token::Int: return "INT";
      case Token::Float: return "FLOAT";
      case Token::Imag: return "IMAG";
      case Token::Char: return "CHAR";
      default: return token_string(t);
    }
  }

  std::string_view src_;
  Lexer lex_;
  std::vector<std::pair<Pos, std::string>> errors_;
};

}  // namespace

bool check_header(std::string_view source, Diagnostics& diags) {
  size_t n = ImportReader(source).header_length();
  Pos pos;
  std::string msg;
  if (!HeaderParser(source.substr(0, n)).first_error(&pos, &msg)) return true;
  diags.error(pos, std::move(msg));
  return false;
}

}  // namespace govm
