// The lexer: Go source text to tokens, as gc's scanner
// (cmd/compile/internal/syntax/scanner.go) produces them.
//
// One token at a time: next() advances, and tok/pos/lit describe the
// current token. Positions are 1-based lines and 1-based byte columns (a
// tab is one column), as gc reports them.
//
// Semicolons are inserted as the spec says: a newline, the end of the file,
// or a block comment spanning lines, coming after an identifier, a literal,
// one of break continue fallthrough return, ++ --, or ) ] }, is a Semicolon
// token whose lit says what it stood for ("newline", "EOF"); a written ';'
// has lit "semicolon". gc's syntax errors print that lit ("unexpected
// newline, expected comma or )").
//
// Lexical errors ("newline in string", "invalid character U+0040 '@'") are
// reported through the error handler at gc's positions, and the lexer
// carries on: a bad literal is still a literal token, with bad set.
// Comments are skipped; //line directives are not interpreted.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "compiler/diag.h"
#include "compiler/token.h"

namespace govm {

class Lexer {
 public:
  using ErrorHandler = std::function<void(Pos, std::string)>;

  // `src` must outlive the lexer: lit views point into it.
  Lexer(std::string_view src, ErrorHandler errh);

  void next();
  // From now on every token is Eof: the parser gives up on this file.
  void stop();

  // The current token.
  Token tok = Token::Eof;
  Pos pos;
  // Ident: the name; literals: the text as written (quotes included);
  // Semicolon: "semicolon", "newline" or "EOF". Empty otherwise.
  std::string_view lit;
  bool bad = false;  // a literal with a lexical error (already reported)

 private:
  // The source reader: ch_ is the current character (-1 at the end), at
  // byte offset off_, 0-based line_ and col_; chw_ is its width in bytes.
  void scan();
  void nextch();
  Pos here() const { return Pos{line_ + 1, col_ + 1}; }
  void error_here(std::string msg) { errh_(here(), std::move(msg)); }
  void error_at_token(uint32_t offset, std::string msg) {
    errh_(Pos{pos.line, pos.col + offset}, std::move(msg));
  }
  std::string_view segment() const { return src_.substr(start_, off_ - start_); }

  void scan_ident();
  bool at_ident_char(bool first);
  void scan_number(bool seen_point);
  int scan_digits(int base, int* invalid);
  void scan_rune();
  void scan_string();
  void scan_raw_string();
  bool scan_escape(char quote);
  void skip_line();
  void skip_block_comment();
  void set_lit(Token kind, bool ok);
  // Finishes an operator that may be followed by '=' (op or op=).
  void op_or_assign(Token op, Token assign);

  std::string_view src_;
  ErrorHandler errh_;
  int32_t ch_ = ' ';
  size_t off_ = 0;
  int chw_ = 0;
  uint32_t line_ = 0, col_ = 0;
  size_t start_ = 0;     // offset of the current token
  bool nlsemi_ = false;  // a newline or EOF here becomes a Semicolon
  bool stopped_ = false;
};

}  // namespace govm
