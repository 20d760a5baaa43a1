// Go's tokens: spellings, keywords, operator precedence (go/token).
//
// The table in token.h is the one definition; this file derives the
// questions the lexer and parser ask of a token from it. Keywords are the
// contiguous run Break..Var at the end of the table, as in go/token.
#include "compiler/token.h"

#include <cstddef>

namespace govm {
namespace {

constexpr const char* kTokenStrings[] = {
#define GOVM_TOKEN_STRING(name, text) text,
    GOVM_TOKENS(GOVM_TOKEN_STRING)
#undef GOVM_TOKEN_STRING
};
static_assert(sizeof(kTokenStrings) / sizeof(kTokenStrings[0]) == std::size_t(Token::Count));

}  // namespace

const char* token_string(Token t) {
  if (t >= Token::Count) return "ILLEGAL";
  return kTokenStrings[std::size_t(t)];
}

bool is_keyword(Token t) { return t >= Token::Break && t <= Token::Var; }

Token op_of_assign(Token t) {
  switch (t) {
    case Token::AddAssign: return Token::Add;
    case Token::SubAssign: return Token::Sub;
    case Token::MulAssign: return Token::Mul;
    case Token::QuoAssign: return Token::Quo;
    case Token::RemAssign: return Token::Rem;
    case Token::AndAssign: return Token::And;
    case Token::OrAssign: return Token::Or;
    case Token::XorAssign: return Token::Xor;
    case Token::ShlAssign: return Token::Shl;
    case Token::ShrAssign: return Token::Shr;
    case Token::AndNotAssign: return Token::AndNot;
    default: return Token::Illegal;
  }
}

// The spec's five levels: || then && then comparisons then additive then
// multiplicative operators, which bind tightest.
int precedence(Token t) {
  switch (t) {
    case Token::LOr: return 1;
    case Token::LAnd: return 2;
    case Token::Eql: case Token::Neq: case Token::Lss:
    case Token::Leq: case Token::Gtr: case Token::Geq: return 3;
    case Token::Add: case Token::Sub: case Token::Or: case Token::Xor: return 4;
    case Token::Mul: case Token::Quo: case Token::Rem: case Token::Shl:
    case Token::Shr: case Token::And: case Token::AndNot: return 5;
    default: return 0;
  }
}

}  // namespace govm
