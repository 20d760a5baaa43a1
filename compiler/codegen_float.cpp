// Code generation for float32 and float64 (issue 6).
//
// A float is a scalar word of 4 or 8 bytes holding its IEEE 754 bits; the
// stack maps treat it as any integer word. Every operation is one
// instruction of the width of its type (vm/opcodes.h: ADDF_L is float32,
// ADDF_Q float64), so a float32 expression is rounded to float32 at every
// step, as Go requires, and nothing is fused (gc on amd64 does not fuse
// x*y+z either).
//
// Comparisons are the one place where floats differ from integers in the
// code shape: with NaN, !(a < b) is not a >= b, so a float comparison is
// never negated into its opposite (cond_jump evaluates it to a bool and
// jumps on false instead), and a > b is only ever b < a.
//
// Conversions follow gc on amd64 (vm/float_conv.h says what each
// instruction gives for NaN and out-of-range values):
//   int8..int64, uint8..uint32 -> float: widened to 8 bytes, CVTSQ2SD/SS
//   uint64 -> float:                     CVTUQ2SD/SS
//   float -> int64, int, uint32:         CVTTSD2SQ (uint32 keeps the low half)
//   float -> int32, int16, int8,
//            uint16, uint8:              CVTTSD2SL (then the low bytes)
//   float -> uint64, uint, uintptr:      CVTTSD2UQ
//   float32 <-> float64:                 CVTSS2SD, CVTSD2SS
// (with SS in place of SD for a float32 operand).
#include <bit>
#include <cstring>

#include "compiler/codegen.h"

namespace govm {

namespace {

bool is_f32(const Type* u) { return u->kind == TypeKindC::Float32; }

// The instruction for float32 (_L) or float64 (_Q), given the _L one (the
// table lists each _L op just before its _Q twin).
constexpr bool q_follows_l(Op l, Op q) { return static_cast<int>(q) == static_cast<int>(l) + 1; }
static_assert(q_follows_l(Op::ADDF_L, Op::ADDF_Q) && q_follows_l(Op::SUBF_L, Op::SUBF_Q) &&
              q_follows_l(Op::MULF_L, Op::MULF_Q) && q_follows_l(Op::DIVF_L, Op::DIVF_Q) &&
              q_follows_l(Op::EQF_L, Op::EQF_Q) && q_follows_l(Op::NEF_L, Op::NEF_Q) &&
              q_follows_l(Op::LTF_L, Op::LTF_Q) && q_follows_l(Op::LEF_L, Op::LEF_Q),
              "vm/opcodes.h lists each float op's _Q form right after its _L form");

Op fwidth(Op l_variant, const Type* u) {
  return is_f32(u) ? l_variant : static_cast<Op>(static_cast<int>(l_variant) + 1);
}

Op sign_extend(uint64_t size, bool uns) {
  const Op ext = uns ? Op::ZEXT_B : Op::SEXT_B;
  return static_cast<Op>(static_cast<int>(ext) + (size == 1 ? 0 : size == 2 ? 1 : 2));
}

}  // namespace

void FuncGen::materialize_float(const Constant& c, const Type* u, Slot dst) {
  if (is_f32(u)) {
    const uint32_t bits = std::bit_cast<uint32_t>(c.to_float32());
    emit(Op::MOVK_L, {dst, Opnd::imm(static_cast<int32_t>(bits))});
    return;
  }
  const uint64_t bits = std::bit_cast<uint64_t>(c.to_float64());
  emit(Op::MOVK_Q, {dst, Opnd::imm(static_cast<int64_t>(bits))});
}

void FuncGen::float_arith_to(Token op, const Type* u, const Expr* x, const Expr* y, Slot dst, Pos pos) {
  Op base;
  switch (op) {
    case Token::Add: base = Op::ADDF_L; break;
    case Token::Sub: base = Op::SUBF_L; break;
    case Token::Mul: base = Op::MULF_L; break;
    case Token::Quo: base = Op::DIVF_L; break;
    default: unsupported(pos, std::string("operator ") + token_string(op) + " on floats"); return;
  }
  const Slot a = operand(x);
  const Slot b = operand_last(y);
  emit(fwidth(base, u), {dst, a, b});
}

void FuncGen::float_compare(Token op, Slot dst, Slot a, Slot b, const Type* u) {
  Op base;
  switch (op) {
    case Token::Eql: base = Op::EQF_L; break;
    case Token::Neq: base = Op::NEF_L; break;
    case Token::Lss: base = Op::LTF_L; break;
    default: base = Op::LEF_L; break;
  }
  emit(fwidth(base, u), {dst, a, b});
}

// A float32 widened to float64 (exact), for runtime entries that take a
// float64 (printfloat, as gc's print does).
Slot FuncGen::float64_operand(Slot s, const Type* u) {
  if (!is_f32(u)) return s;
  const Slot w = temp(8);
  emit(Op::CVTSS2SD, {w, s});
  return w;
}

void FuncGen::float_convert_to(const Expr* arg, const Type* from, const Type* to, Slot dst) {
  const Slot src = operand_last(arg);
  if (from->is_integer()) {  // int -> float: from an 8-byte integer
    Slot w = src;
    if (from->size != 8) {
      w = temp(8);
      emit(sign_extend(from->size, from->is_unsigned()), {w, src});
    }
    const bool u64 = from->size == 8 && from->is_unsigned();
    const Op op = is_f32(to) ? (u64 ? Op::CVTUQ2SS : Op::CVTSQ2SS) : (u64 ? Op::CVTUQ2SD : Op::CVTSQ2SD);
    emit(op, {dst, w});
    return;
  }
  if (!to->is_integer()) {  // float <-> float
    if (from->kind == to->kind) {
      if (!(dst == src)) emit(is_f32(to) ? Op::MOV_L : Op::MOV_Q, {dst, src});
    } else {
      emit(is_f32(to) ? Op::CVTSD2SS : Op::CVTSS2SD, {dst, src});
    }
    return;
  }
  // float -> int: into a 4- or 8-byte integer, then the low bytes.
  const bool f32 = is_f32(from);
  Op op;
  uint64_t width;
  const TypeKindC k = to->kind;
  if (k == TypeKindC::Uint64 || k == TypeKindC::Uint || k == TypeKindC::Uintptr) {
    op = f32 ? Op::CVTTSS2UQ : Op::CVTTSD2UQ;
    width = 8;
  } else if (k == TypeKindC::Int64 || k == TypeKindC::Int || k == TypeKindC::Uint32) {
    op = f32 ? Op::CVTTSS2SQ : Op::CVTTSD2SQ;
    width = 8;
  } else {
    op = f32 ? Op::CVTTSS2SL : Op::CVTTSD2SL;
    width = 4;
  }
  if (to->size == width) {
    emit(op, {dst, src});
    return;
  }
  // A narrower dst may be an element with neighbours after it: through a temp.
  const Slot w = temp(width);
  emit(op, {w, src});
  emit(width_op(Op::MOV_B, to->size), {dst, w});
}

}  // namespace govm
