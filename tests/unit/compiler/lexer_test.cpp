// Lexer tests: tokens, positions, semicolon insertion, every literal form,
// and lexical errors with the messages and positions `go build` prints
// (recorded from Go 1.19, whose scanner today's gc keeps).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/lexer.h"
#include "compiler/token.h"

namespace govm {
namespace {

struct Lexed {
  std::vector<Token> toks;
  std::vector<std::string> lits;  // lit of each token
  std::vector<Pos> pos;
  std::vector<bool> bad;
  std::vector<std::string> errors;  // "line:col: message"
};

Lexed lex(const std::string& src) {
  Lexed out;
  Lexer lx(src, [&](Pos p, std::string msg) {
    out.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + msg);
  });
  for (int guard = 0; guard < 100000; guard++) {
    lx.next();
    out.toks.push_back(lx.tok);
    out.lits.emplace_back(lx.lit);
    out.pos.push_back(lx.pos);
    out.bad.push_back(lx.bad);
    if (lx.tok == Token::Eof) break;
  }
  return out;
}

// The tokens as a compact string: names and literals by their text,
// inserted semicolons by what they stand for.
std::string spell(const std::string& src) {
  Lexed l = lex(src);
  std::string s;
  for (size_t i = 0; i < l.toks.size(); i++) {
    if (i > 0) s += ' ';
    Token t = l.toks[i];
    if (t == Token::Semicolon) {
      s += l.lits[i] == "semicolon" ? ";" : "<" + l.lits[i] + ">";
    } else if (t == Token::Ident || t == Token::Int || t == Token::Float || t == Token::Imag ||
               t == Token::Char || t == Token::String) {
      s += l.lits[i];
    } else {
      s += token_string(t);
    }
  }
  return s;
}

TEST(Lexer, SemicolonsAfterStatementEnders) {
  EXPECT_EQ(spell("x\n"), "x <newline> EOF");
  EXPECT_EQ(spell("x"), "x <EOF> EOF");
  EXPECT_EQ(spell("42\n'a'\n\"s\"\n`r`\n1.5\n2i\n"),
            "42 <newline> 'a' <newline> \"s\" <newline> `r` <newline> 1.5 <newline> 2i <newline> EOF");
  EXPECT_EQ(spell("break\ncontinue\nfallthrough\nreturn\n"),
            "break <newline> continue <newline> fallthrough <newline> return <newline> EOF");
  EXPECT_EQ(spell("x++\ny--\n"), "x ++ <newline> y -- <newline> EOF");
  EXPECT_EQ(spell("f()\na[0]\n}\n"), "f ( ) <newline> a [ 0 ] <newline> } <newline> EOF");
}

TEST(Lexer, NoSemicolonsElsewhere) {
  EXPECT_EQ(spell("x +\ny"), "x + y <EOF> EOF");
  EXPECT_EQ(spell("func\n(\n{\n[\n,\n.\n"), "func ( { [ , . EOF");
  EXPECT_EQ(spell("if x {\n"), "if x { EOF");
  EXPECT_EQ(spell("goto\nvar\n"), "goto var EOF");
  EXPECT_EQ(spell("\n\n\n"), "EOF");
}

TEST(Lexer, CommentsAndSemicolons) {
  EXPECT_EQ(spell("x // comment\ny"), "x <newline> y <EOF> EOF");
  EXPECT_EQ(spell("x /* one line */ y"), "x y <EOF> EOF");
  EXPECT_EQ(spell("x /* two\nlines */ y"), "x <newline> y <EOF> EOF");
  EXPECT_EQ(spell("x = /* two\nlines */ y"), "x = y <EOF> EOF");
  EXPECT_EQ(spell("x // at the end"), "x <EOF> EOF");
  EXPECT_EQ(spell("/* only */"), "EOF");
  EXPECT_EQ(spell("a;b"), "a ; b <EOF> EOF");
  // The newline that a line comment ends is where the semicolon stands.
  Lexed l = lex("x // c\n");
  ASSERT_EQ(l.toks[1], Token::Semicolon);
  EXPECT_EQ(l.pos[1], (Pos{1, 7}));
  // A multi-line comment's semicolon stands at the comment.
  l = lex("x /*\n*/");
  EXPECT_EQ(l.pos[1], (Pos{1, 3}));
}

TEST(Lexer, PositionsAreLinesAndByteColumns) {
  Lexed l = lex("package p\n\tx := \"é\" + y\n\t\tz");
  // package p <newline> x := "é" + y <newline> z <EOF> EOF
  ASSERT_EQ(l.toks.size(), 12u);
  EXPECT_EQ(l.pos[0], (Pos{1, 1}));
  EXPECT_EQ(l.pos[1], (Pos{1, 9}));
  EXPECT_EQ(l.pos[2], (Pos{1, 10}));  // the newline
  EXPECT_EQ(l.pos[3], (Pos{2, 2}));   // a tab is one column
  EXPECT_EQ(l.pos[4], (Pos{2, 4}));
  EXPECT_EQ(l.pos[5], (Pos{2, 7}));
  EXPECT_EQ(l.pos[6], (Pos{2, 12}));  // "é" is four bytes
  EXPECT_EQ(l.pos[7], (Pos{2, 14}));
  EXPECT_EQ(l.pos[9], (Pos{3, 3}));
  Lexed raw = lex("`a\nbc` x");
  EXPECT_EQ(raw.pos[1], (Pos{2, 5}));
}

TEST(Lexer, EveryOperator) {
  const std::vector<Token> want = {
      Token::Add, Token::Sub, Token::Mul, Token::Quo, Token::Rem, Token::And, Token::Or,
      Token::Xor, Token::Shl, Token::Shr, Token::AndNot, Token::AddAssign, Token::SubAssign,
      Token::MulAssign, Token::QuoAssign, Token::RemAssign, Token::AndAssign, Token::OrAssign,
      Token::XorAssign, Token::ShlAssign, Token::ShrAssign, Token::AndNotAssign, Token::LAnd,
      Token::LOr, Token::Arrow, Token::Inc, Token::Dec, Token::Eql, Token::Lss, Token::Gtr,
      Token::Assign, Token::Not, Token::Neq, Token::Leq, Token::Geq, Token::Define,
      Token::Ellipsis, Token::LParen, Token::LBrack, Token::LBrace, Token::Comma, Token::Period,
      Token::RParen, Token::RBrack, Token::RBrace, Token::Semicolon, Token::Colon, Token::Tilde,
  };
  std::string src;
  for (Token t : want) src += std::string(token_string(t)) + " ";
  Lexed l = lex(src);
  EXPECT_TRUE(l.errors.empty());
  // No newline follows, and ~ does not end a statement: no semicolon added.
  ASSERT_EQ(l.toks.size(), want.size() + 1);
  for (size_t i = 0; i < want.size(); i++) EXPECT_EQ(l.toks[i], want[i]) << token_string(want[i]);
  // Longest match: "a&^=b" and "x<-y" and "..."/"..".
  EXPECT_EQ(spell("a&^=b"), "a &^= b <EOF> EOF");
  EXPECT_EQ(spell("x<-y"), "x <- y <EOF> EOF");
  EXPECT_EQ(spell("a..b"), "a . . b <EOF> EOF");
  EXPECT_EQ(spell("p+++q"), "p ++ + q <EOF> EOF");
}

TEST(Lexer, KeywordsAndIdentifiers) {
  std::string src;
  for (int t = int(Token::Break); t <= int(Token::Var); t++) src += std::string(token_string(Token(t))) + " ";
  Lexed l = lex(src);
  for (int t = int(Token::Break); t <= int(Token::Var); t++) EXPECT_EQ(l.toks[size_t(t - int(Token::Break))], Token(t));
  EXPECT_EQ(spell("_x9 αβ 日本語 ŝ breaks Var"), "_x9 αβ 日本語 ŝ breaks Var <EOF> EOF");
  EXPECT_TRUE(lex("αβ 日本語 ŝ").errors.empty());
}

TEST(Lexer, IntegerLiterals) {
  for (const char* lit : {"0", "42", "1_000_000", "0x1F", "0XdeadBEEF", "0x_1F", "0o17", "0O17", "0o_7",
                          "0777", "0_7", "0b1011", "0B1", "0b_1_0", "170141183460469231731687303715884105727"}) {
    Lexed l = lex(lit);
    EXPECT_EQ(l.toks[0], Token::Int) << lit;
    EXPECT_EQ(l.lits[0], lit);
    EXPECT_FALSE(l.bad[0]) << lit;
    EXPECT_TRUE(l.errors.empty()) << lit << ": " << (l.errors.empty() ? "" : l.errors[0]);
  }
}

TEST(Lexer, FloatAndImaginaryLiterals) {
  for (const char* lit : {"1.5", "1.", ".5", "1e10", "1E-3", "1.5e+3", "0.", "09.5", "1_0.2_5", "0x1p-2",
                          "0X1.8P3", "0x.8p1", "0x_1p0"}) {
    Lexed l = lex(lit);
    EXPECT_EQ(l.toks[0], Token::Float) << lit;
    EXPECT_EQ(l.lits[0], lit);
    EXPECT_TRUE(l.errors.empty()) << lit;
  }
  for (const char* lit : {"2i", "1.5i", "0i", "0x1p1i", "1e3i", "0o7i", "089i"}) {
    Lexed l = lex(lit);
    EXPECT_EQ(l.toks[0], Token::Imag) << lit;
    EXPECT_TRUE(l.errors.empty()) << lit;
  }
}

TEST(Lexer, RuneLiterals) {
  for (const char* lit : {"'a'", "'é'", "'日'", "'\\n'", "'\\t'", "'\\\\'", "'\\''", "'\\x41'", "'\\u1234'",
                          "'\\U00012345'", "'\\101'", "'\\a'", "'\\b'", "'\\f'", "'\\r'", "'\\v'", "'\"'"}) {
    Lexed l = lex(lit);
    EXPECT_EQ(l.toks[0], Token::Char) << lit;
    EXPECT_EQ(l.lits[0], lit);
    EXPECT_FALSE(l.bad[0]) << lit;
    EXPECT_TRUE(l.errors.empty()) << lit << ": " << (l.errors.empty() ? "" : l.errors[0]);
  }
}

TEST(Lexer, StringLiterals) {
  for (const char* lit : {"\"\"", "\"hello\"", "\"a\\tb\\n\"", "\"\\\"q\\\"\"", "\"\\x00\\xff\"", "\"\\u00e9\\U0001F600\"",
                          "\"\\377\"", "\"日本\"", "`raw`", "`a\\nb`", "`multi\nline`", "`\"`"}) {
    Lexed l = lex(lit);
    EXPECT_EQ(l.toks[0], Token::String) << lit;
    EXPECT_EQ(l.lits[0], lit);
    EXPECT_TRUE(l.errors.empty()) << lit;
  }
}

// Each case: a line of a program, then what go build reported for it.
struct ErrorCase {
  const char* src;
  std::vector<std::string> want;
};

TEST(Lexer, ErrorsMatchGoBuild) {
  const ErrorCase cases[] = {
      {"\t_ = 0x", {"1:8: hexadecimal literal has no digits"}},
      {"\t_ = 09", {"1:7: invalid digit '9' in octal literal"}},
      {"\t_ = 1__0", {"1:8: '_' must separate successive digits"}},
      {"\t_ = 0b102", {"1:10: invalid digit '2' in binary literal"}},
      {"\t_ = 0o8", {"1:8: invalid digit '8' in octal literal"}},
      {"\t_ = 1e+", {"1:9: exponent has no digits"}},
      {"\t_ = 0x1.8", {"1:11: hexadecimal mantissa requires a 'p' exponent"}},
      {"\t_ = 0b1.0", {"1:9: invalid radix point in binary literal"}},
      {"\t_ = 0x1e3p", {"1:12: exponent has no digits"}},
      {"\t_ = 'ab'", {"1:6: more than one character in rune literal"}},
      {"\t_ = ''", {"1:7: empty rune literal or unescaped '"}},
      {"\t_ = '\\q'", {"1:8: unknown escape"}},
      {"\t_ = \"\\400\"", {"1:11: octal escape value 256 > 255"}},
      {"\t_ = \"\\xZZ\"", {"1:9: invalid character 'Z' in hexadecimal escape"}},
      {"\t_ = \"\\uD800\"", {"1:13: escape is invalid Unicode code point U+D800"}},
      {"\t_ = '\\U00110000'", {"1:17: escape is invalid Unicode code point U+110000"}},
      {"\t_ = 1_", {"1:7: '_' must separate successive digits"}},
      {"\t_ = 0_x", {"1:7: '_' must separate successive digits"}},
      {"\t_ = 0b", {"1:8: binary literal has no digits"}},
      {"\t_ = 0o", {"1:8: octal literal has no digits"}},
      {"\t_ = .5e", {"1:9: exponent has no digits"}},
      {"\tvar ·x, ١y int", {"1:6: invalid character U+00B7 '·' in identifier",
                           "1:11: identifier cannot begin with digit U+0661 '١'"}},
      {"\t_ = `abc", {"1:6: string not terminated"}},
      {"\t_ = \"abc\n", {"1:10: newline in string"}},
      {"\t_ = 1 /* abc", {"1:8: comment not terminated"}},
      {"\tx := 1 @ 2", {"1:9: invalid character U+0040 '@'"}},
      {"\t_ = '\n'\n}", {"1:7: newline in rune literal", "2:2: newline in rune literal"}},
  };
  for (const ErrorCase& c : cases) {
    EXPECT_EQ(lex(c.src).errors, c.want) << c.src;
  }
  // Bytes that are not Go source.
  EXPECT_EQ(lex(std::string("\t_ = \"a\0b\"", 10)).errors, std::vector<std::string>{"1:8: invalid NUL character"});
  EXPECT_EQ(lex("\t_ = \"\xff\"").errors, std::vector<std::string>{"1:7: invalid UTF-8 encoding"});
  EXPECT_EQ(lex("x\n\t\xef\xbb\xbf_ = 1").errors, std::vector<std::string>{"2:2: invalid BOM in the middle of the file"});
  EXPECT_TRUE(lex("\xef\xbb\xbfpackage p").errors.empty());  // a leading BOM is fine
}

TEST(Lexer, BadLiteralsAreStillLiterals) {
  Lexed l = lex("0x + 'ab' + \"x\n");
  EXPECT_EQ(l.toks[0], Token::Int);
  EXPECT_TRUE(l.bad[0]);
  EXPECT_EQ(l.toks[2], Token::Char);
  EXPECT_TRUE(l.bad[2]);
  EXPECT_EQ(l.toks[4], Token::String);
  EXPECT_TRUE(l.bad[4]);
  EXPECT_EQ(l.toks[5], Token::Semicolon);  // a literal ends the statement
}

TEST(Lexer, StopEndsTheStream) {
  Lexer lx("a b c", [](Pos, std::string) {});
  lx.next();
  EXPECT_EQ(lx.tok, Token::Ident);
  lx.stop();
  EXPECT_EQ(lx.tok, Token::Eof);
  lx.next();
  EXPECT_EQ(lx.tok, Token::Eof);
}

TEST(Token, Helpers) {
  EXPECT_STREQ(token_string(Token::AndNotAssign), "&^=");
  EXPECT_STREQ(token_string(Token::Ident), "name");
  EXPECT_STREQ(token_string(Token::Fallthrough), "fallthrough");
  EXPECT_TRUE(is_keyword(Token::Break));
  EXPECT_TRUE(is_keyword(Token::Var));
  EXPECT_FALSE(is_keyword(Token::Tilde));
  EXPECT_FALSE(is_keyword(Token::Ident));
  EXPECT_EQ(op_of_assign(Token::ShlAssign), Token::Shl);
  EXPECT_EQ(op_of_assign(Token::AndNotAssign), Token::AndNot);
  EXPECT_EQ(op_of_assign(Token::Assign), Token::Illegal);
  EXPECT_EQ(precedence(Token::LOr), 1);
  EXPECT_EQ(precedence(Token::LAnd), 2);
  EXPECT_EQ(precedence(Token::Geq), 3);
  EXPECT_EQ(precedence(Token::Xor), 4);
  EXPECT_EQ(precedence(Token::AndNot), 5);
  EXPECT_EQ(precedence(Token::Not), 0);
  EXPECT_EQ(precedence(Token::Arrow), 0);
}

}  // namespace
}  // namespace govm
