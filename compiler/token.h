// Go's tokens (go/token), defined once: the enum and each token's spelling.
#pragma once

#include <cstdint>

namespace govm {

// clang-format off
#define GOVM_TOKENS(X)                                                        \
  X(Illegal, "ILLEGAL") X(Eof, "EOF") X(Comment, "COMMENT")                   \
  X(Ident, "name") X(Int, "literal") X(Float, "literal") X(Imag, "literal")   \
  X(Char, "literal") X(String, "literal")                                     \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%")                 \
  X(And, "&") X(Or, "|") X(Xor, "^") X(Shl, "<<") X(Shr, ">>") X(AndNot, "&^") \
  X(AddAssign, "+=") X(SubAssign, "-=") X(MulAssign, "*=") X(QuoAssign, "/=") \
  X(RemAssign, "%=") X(AndAssign, "&=") X(OrAssign, "|=") X(XorAssign, "^=")  \
  X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(AndNotAssign, "&^=")              \
  X(LAnd, "&&") X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--")         \
  X(Eql, "==") X(Lss, "<") X(Gtr, ">") X(Assign, "=") X(Not, "!")             \
  X(Neq, "!=") X(Leq, "<=") X(Geq, ">=") X(Define, ":=") X(Ellipsis, "...")   \
  X(LParen, "(") X(LBrack, "[") X(LBrace, "{") X(Comma, ",") X(Period, ".")   \
  X(RParen, ")") X(RBrack, "]") X(RBrace, "}") X(Semicolon, ";") X(Colon, ":") \
  X(Tilde, "~")                                                               \
  X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const")         \
  X(Continue, "continue") X(Default, "default") X(Defer, "defer")             \
  X(Else, "else") X(Fallthrough, "fallthrough") X(For, "for") X(Func, "func") \
  X(Go, "go") X(Goto, "goto") X(If, "if") X(Import, "import")                 \
  X(Interface, "interface") X(Map, "map") X(Package, "package")               \
  X(Range, "range") X(Return, "return") X(Select, "select")                   \
  X(Struct, "struct") X(Switch, "switch") X(Type, "type") X(Var, "var")
// clang-format on

enum class Token : uint8_t {
#define GOVM_TOKEN_ENUM(name, text) name,
  GOVM_TOKENS(GOVM_TOKEN_ENUM)
#undef GOVM_TOKEN_ENUM
  Count
};

const char* token_string(Token t);  // "+", "break", "name", ...
bool is_keyword(Token t);
// For an op-assign token (AddAssign), the binary operator (Add); else Illegal.
Token op_of_assign(Token t);
// Binary operator precedence as in the Go spec (5 highest); 0 for non-operators.
int precedence(Token t);

}  // namespace govm
