// Arithmetic on constants: go/constant's UnaryOp, BinaryOp, Shift and
// Compare, exact on the representations of constant.h.
//
// Two numbers are first brought to the larger of their representations
// (go/constant's match: Int < Rat < Float; an Int or Rat becomes a Float
// by rounding to 512 bits), then combined exactly and the result made
// canonical again (make_big_int, make_rat, make_bigfloat). Integer
// division truncates toward zero and % takes the dividend's sign, as Go's;
// / on integers in a floating-point context (1/3.0, untyped float
// operands) is exact, a rational. The checker decides which division it
// is, bounds the sizes and reports division by zero before calling here.
#include "compiler/constant.h"

namespace govm {

namespace {

BigRat to_rat(const Constant& c) { return c.rep == Constant::Rep::Int ? BigRat::from_int(c.n) : c.r; }

Constant::Rep matched(const Constant& a, const Constant& b) { return a.rep > b.rep ? a.rep : b.rep; }

Constant int_op(Token op, const BigInt& a, const BigInt& b, bool int_div) {
  BigInt q, r;
  switch (op) {
    case Token::Add: return Constant::make_big_int(a + b);
    case Token::Sub: return Constant::make_big_int(a - b);
    case Token::Mul: return Constant::make_big_int(a * b);
    case Token::Quo:
      if (!int_div) return Constant::make_rat(BigRat::make(a, b));
      BigInt::quo_rem(a, b, &q, &r);
      return Constant::make_big_int(q);
    case Token::Rem:
      BigInt::quo_rem(a, b, &q, &r);
      return Constant::make_big_int(r);
    case Token::And: return Constant::make_big_int(a & b);
    case Token::Or: return Constant::make_big_int(a | b);
    case Token::Xor: return Constant::make_big_int(a ^ b);
    case Token::AndNot: return Constant::make_big_int(a.and_not(b));
    default: return Constant::make_big_int(a);
  }
}

template <typename T>
T field_op(Token op, const T& a, const T& b) {
  switch (op) {
    case Token::Add: return a + b;
    case Token::Sub: return a - b;
    case Token::Mul: return a * b;
    case Token::Quo: return a / b;
    default: return a;
  }
}

}  // namespace

Constant Constant::unary_op(Token op, const Constant& x, unsigned prec) {
  switch (op) {
    case Token::Not: return make_bool(!x.b);
    case Token::Sub:
      switch (x.rep) {
        case Rep::Int: return make_big_int(-x.n);
        case Rep::Rat: return make_rat(-x.r);
        case Rep::Float: return make_bigfloat(-x.x);
      }
      return x;
    case Token::Xor: {
      BigInt z = x.to_int().n.bit_not();
      // An unsigned type's ^x keeps the type's bits: z &^= (-1) << prec.
      if (prec > 0) z = z.and_not(BigInt::from_int128(-1).shl(prec));
      return make_big_int(std::move(z));
    }
    default: return x;
  }
}

Constant Constant::binary_op(Token op, const Constant& x, const Constant& y, bool int_div) {
  if (op == Token::LAnd) return make_bool(x.b && y.b);
  if (op == Token::LOr) return make_bool(x.b || y.b);
  if (x.kind == Kind::String) return make_string(x.s + y.s);
  const bool integer_op = op == Token::Rem || op == Token::And || op == Token::Or || op == Token::Xor ||
                          op == Token::AndNot || (op == Token::Quo && int_div);
  if (integer_op) return int_op(op, x.to_int().n, y.to_int().n, true);
  switch (matched(x, y)) {
    case Rep::Int: return int_op(op, x.n, y.n, false);
    case Rep::Rat: return make_rat(field_op(op, to_rat(x), to_rat(y)));
    case Rep::Float: return make_bigfloat(field_op(op, x.to_bigfloat(), y.to_bigfloat()));
  }
  return x;
}

Constant Constant::shift(const Constant& x, Token op, unsigned s) {
  const BigInt v = x.to_int().n;
  return make_big_int(op == Token::Shl ? v.shl(s) : v.shr(s));
}

int Constant::compare(const Constant& x, const Constant& y) {
  if (x.kind == Kind::String) return x.s < y.s ? -1 : x.s == y.s ? 0 : 1;
  if (x.kind == Kind::Bool) return x.b == y.b ? 0 : 1;
  switch (matched(x, y)) {
    case Rep::Int: return BigInt::cmp(x.n, y.n);
    case Rep::Rat: return BigRat::cmp(to_rat(x), to_rat(y));
    case Rep::Float: return BigFloat::cmp(x.to_bigfloat(), y.to_bigfloat());
  }
  return 0;
}

bool Constant::equals(const Constant& o) const {
  if (kind != o.kind) return false;
  return compare(*this, o) == 0;
}

}  // namespace govm
