// Code generation for expressions (the frame and the invariants are drawn in
// codegen.h).
//
// Two entry points do all the work:
//   expr_to(e, dst)  evaluates e into dst, writing dst only with its last
//                    instruction, so that `s = s + i*j` targets s itself;
//   operand(e)       returns a slot holding e's value without copying when
//                    the value already sits in one (a local variable), or a
//                    fresh temporary. operand_last(e) may also return a
//                    call's result in the outgoing area, for an operand
//                    evaluated last (nothing can clobber it before use).
// Locals are read in place even across calls: without pointers or closures
// no call can change them. Globals are loaded at the point of evaluation.
//
// Calls write their arguments straight into the outgoing area; an argument
// that itself makes a call would clobber the ones before it, so those are
// evaluated into temporaries first and copied after.
#include "compiler/codegen.h"
#include "compiler/escape.h"

#include <algorithm>
#include <cassert>

namespace govm {

namespace {

bool is_local_var(const Expr* e) {
  e = unparen(e);
  if (!e || e->kind != ExprKind::Ident) return false;
  const Object* obj = static_cast<const Ident*>(e)->obj;
  return obj && obj->kind == ObjKind::Var && !obj->is_global && obj->storage != Storage::Heap;
}

bool is_nil(const Expr* e) {
  e = unparen(e);
  return e && (e->mode == Mode::Nil || (e->type && e->type->kind == TypeKindC::UntypedNil));
}

bool is_comparison(Token op) {
  return op == Token::Eql || op == Token::Neq || op == Token::Lss || op == Token::Leq ||
         op == Token::Gtr || op == Token::Geq;
}

Token negate(Token op) {
  switch (op) {
    case Token::Eql: return Token::Neq;
    case Token::Neq: return Token::Eql;
    case Token::Lss: return Token::Geq;
    case Token::Geq: return Token::Lss;
    case Token::Leq: return Token::Gtr;
    case Token::Gtr: return Token::Leq;
    default: return op;
  }
}

// The comparison with its operands exchanged: a < b  <=>  b > a.
Token mirror(Token op) {
  switch (op) {
    case Token::Lss: return Token::Gtr;
    case Token::Gtr: return Token::Lss;
    case Token::Leq: return Token::Geq;
    case Token::Geq: return Token::Leq;
    default: return op;
  }
}

void flatten_concat(const Expr* e, std::vector<const Expr*>& parts) {
  const Expr* u = unparen(e);
  if (!is_const(u) && u->kind == ExprKind::Binary) {
    const auto* b = static_cast<const BinaryExpr*>(u);
    if (b->op == Token::Add && b->type && b->type->underlying()->is_string()) {
      flatten_concat(b->x, parts);
      flatten_concat(b->y, parts);
      return;
    }
  }
  parts.push_back(e);
}

}  // namespace

// ------------------------------------------------------------ basic moves

void FuncGen::materialize(const Constant& c, const Type* t, Slot dst) {
  const Type* u = t->underlying();
  if (u->is_string()) {
    if (c.s.empty()) {
      emit(Op::LOADSTR, {dst, Opnd::imm(0), Opnd::imm(0)});
    } else {
      emit(Op::LOADSTR, {dst, Opnd::rel(RelocKind::String, prog_.string_id(c.s)),
                         Opnd::imm(static_cast<int64_t>(c.s.size()))});
    }
    return;
  }
  if (u->kind == TypeKindC::Float32 || u->kind == TypeKindC::Float64) {
    materialize_float(c, u, dst);  // (issue 6) codegen_float.cpp
    return;
  }
  if (!u->is_integer() && !u->is_boolean()) {
    unsupported(Pos{}, "constants of type " + t->name);
    return;
  }
  const int64_t bits = const_bits(c);
  switch (u->size) {
    case 1: emit(Op::MOVK_B, {dst, Opnd::imm(static_cast<int8_t>(bits))}); break;
    case 2: emit(Op::MOVK_W, {dst, Opnd::imm(static_cast<int16_t>(bits))}); break;
    case 4: emit(Op::MOVK_L, {dst, Opnd::imm(static_cast<int32_t>(bits))}); break;
    case 8: emit(Op::MOVK_Q, {dst, Opnd::imm(bits)}); break;
    default: unsupported(Pos{}, "constants of type " + t->name); break;
  }
}

void FuncGen::move(Slot dst, Slot src, const Type* t) {
  if (dst == src) return;
  const uint64_t n = t->size;
  if (n == 0) return;
  if (n == 1 || n == 2 || n == 4 || n == 8) {
    emit(width_op(Op::MOV_B, n), {dst, src});
  } else if (t->underlying()->is_string()) {
    emit(Op::MOV_O, {dst, src});
  } else {
    emit(Op::MOV_N, {dst, src, Opnd::imm(static_cast<int64_t>(n))});
  }
}

void FuncGen::gload(Slot dst, uint32_t global, const Type* t) {
  const uint64_t n = t->size;
  const Opnd g = Opnd::rel(RelocKind::Global, global);
  if (n == 1 || n == 2 || n == 4 || n == 8) {
    emit(width_op(Op::GLOAD_B, n), {dst, g});
  } else if (t->underlying()->is_string()) {
    emit(Op::GLOAD_O, {dst, g});
  } else if (n > 0) {
    emit(Op::GLOAD_N, {dst, g, Opnd::imm(static_cast<int64_t>(n))});
  }
}

void FuncGen::gstore(Slot src, uint32_t global, const Type* t) {
  const uint64_t n = t->size;
  const Opnd g = Opnd::rel(RelocKind::Global, global);
  if (n == 1 || n == 2 || n == 4 || n == 8) {
    emit(width_op(Op::GSTORE_B, n), {src, g});
  } else if (t->underlying()->is_string()) {
    emit(Op::GSTORE_O, {src, g});
  } else if (n > 0) {
    emit(Op::GSTORE_N, {src, g, Opnd::imm(static_cast<int64_t>(n))});
  }
}

void FuncGen::callrt(Slot block, NativeId n) {
  note_out_ptrs();
  emit(Op::CALLRT, {block, Opnd::imm(static_cast<int64_t>(n))});
}

// (issue 4) Records, for the CALLRT emitted next, the outgoing-area words
// that hold live pointers: the arguments stored so far of the call being
// built, and the results of the pending call (not moved out yet).
void FuncGen::note_out_ptrs() {
  std::vector<uint64_t> words;
  for (const auto& [off, t] : out_args_) {
    if (off % 8 == 0) pointer_words(t, off / 8, words);
  }
  if (pending_) {
    auto it = hoisted_.find(pending_);
    if (it != hoisted_.end()) {
      const Hoisted& h = it->second;
      for (size_t k = 0; k < h.results.size() && k < h.types.size(); ++k) {
        if (h.results[k].base == Base::Out && h.results[k].off % 8 == 0) pointer_words(h.types[k], h.results[k].off / 8, words);
      }
    }
  }
  if (std::none_of(words.begin(), words.end(), [](uint64_t x) { return x != 0; })) return;
  fc_.out_ptrs.push_back(FuncInfo::OutPtrs{fc_.code.size_bytes(), std::move(words)});
}

// ------------------------------------------------------- evaluation entry

void FuncGen::expr_to(const Expr* e, Slot dst) {
  if (!e->type && e->mode != Mode::NoValue) {
    diags_.error(e->pos, "internal error: expression was not type-checked");
    return;
  }
  if (is_const(e)) {
    materialize(*e->value, e->type, dst);
    return;
  }
  if (auto it = pinned_slots_.find(e); it != pinned_slots_.end()) {
    move(dst, it->second, e->type);
    return;
  }
  if (is_nil(e)) {
    zero(dst, e->type && e->type->kind != TypeKindC::UntypedNil ? e->type : pkg_.types->basic(TypeKindC::Uintptr));
    return;
  }
  hoist(e);
  switch (e->kind) {
    case ExprKind::Paren: expr_to(static_cast<const ParenExpr*>(e)->x, dst); return;
    case ExprKind::Ident: {
      const Object* obj = static_cast<const Ident*>(e)->obj;
      if (obj && obj->kind == ObjKind::Func && func_value_to(obj, dst)) return;  // (issue 6, func)
      if (!obj || obj->kind != ObjKind::Var) {
        unsupported(e->pos, "this use of " + static_cast<const Ident*>(e)->name);
        return;
      }
      load(var_place(obj), dst);
      return;
    }
    case ExprKind::Binary: binary_to(static_cast<const BinaryExpr*>(e), dst); return;
    case ExprKind::Unary: unary_to(static_cast<const UnaryExpr*>(e), dst); return;
    case ExprKind::Call: call_to(static_cast<const CallExpr*>(e), dst); return;
    case ExprKind::Index: index_to(static_cast<const IndexExpr*>(e), dst); return;
    case ExprKind::Slice: slice_expr_to(static_cast<const SliceExpr*>(e), dst); return;
    case ExprKind::FuncLit: closure_to(static_cast<const FuncLit*>(e), dst); return;  // (issue 6, func)
    case ExprKind::CompositeLit: composite_to(static_cast<const CompositeLit*>(e), dst); return;
    case ExprKind::Selector: selector_to(static_cast<const SelectorExpr*>(e), dst); return;
    case ExprKind::Star: star_to(static_cast<const StarExpr*>(e), dst); return;
    case ExprKind::TypeAssert: type_assert_to(static_cast<const TypeAssertExpr*>(e), dst); return;  // (issue 6)
    default: unsupported(e->pos, "this expression"); return;
  }
}

Slot FuncGen::operand(const Expr* e) {
  if (auto it = pinned_slots_.find(e); it != pinned_slots_.end()) return it->second;
  const Expr* u = unparen(e);
  if (!is_const(u) && is_local_var(u) && !byref_.count(static_cast<const Ident*>(u)->obj))  // (issue 6, func)
    return var_slot(static_cast<const Ident*>(u)->obj);
  if (!is_const(u) && u->kind == ExprKind::Call) {
    const auto* c = static_cast<const CallExpr*>(u);
    // len(s) of a local string is the second word of its header.
    if (c->call_kind == CallKind::Builtin && c->builtin == static_cast<int>(Builtin::Len) && c->args.size() == 1 &&
        is_local_var(c->args[0]) && !byref_.count(static_cast<const Ident*>(unparen(c->args[0]))->obj) &&
        c->args[0]->type && c->args[0]->type->underlying()->is_string()) {
      return var_slot(static_cast<const Ident*>(unparen(c->args[0]))->obj).at(8);
    }
    if (c->call_kind == CallKind::Func && c->type && c->type->kind != TypeKindC::Tuple) {
      hoist(c);
      if (pending_ == c) flush_pending();  // the caller may evaluate more before using it
      auto it = hoisted_.find(c);
      if (it != hoisted_.end() && !it->second.results.empty()) return it->second.results[0];
    }
  }
  const Slot t = is_nil(e) ? temp(24) : temp(e->type);
  expr_to(e, t);
  return t;
}

Slot FuncGen::operand_last(const Expr* e) {
  const Expr* u = unparen(e);
  if (!is_const(u) && u->kind == ExprKind::Call) {
    const auto* c = static_cast<const CallExpr*>(u);
    if (c->call_kind == CallKind::Func && c->type && c->type->kind != TypeKindC::Tuple) return call_func(c);
  }
  return operand(e);
}

// ----------------------------------------------------- binary and unary

void FuncGen::binary_to(const BinaryExpr* b, Slot dst) {
  if (b->op == Token::LAnd || b->op == Token::LOr) {
    const int no = new_label(), end = new_label();
    cond_jump(b, false, no);
    emit(Op::MOVK_B, {dst, Opnd::imm(1)});
    emit(Op::JMP, {Opnd::label(end)});
    bind(no);
    emit(Op::MOVK_B, {dst, Opnd::imm(0)});
    bind(end);
    return;
  }
  if (is_comparison(b->op)) {
    compare_to(b->op, b->x, b->y, dst);
    return;
  }
  arith_to(b->op, b->type, b->x, b->y, dst, b->op_pos, b);
}

// The 8-byte operations with an immediate right operand, when one side is a
// constant that fits 32 bits (sign-extended).
bool FuncGen::arith_imm(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst) {
  if (t->underlying()->size != 8) return false;
  Op iop;
  bool commutes = true;
  switch (op) {
    case Token::Add: iop = Op::ADDI_Q; break;
    case Token::Sub: iop = Op::ADDI_Q; commutes = false; break;
    case Token::Mul: iop = Op::MULI_Q; break;
    case Token::And: iop = Op::ANDI_Q; break;
    case Token::Or: iop = Op::ORI_Q; break;
    case Token::Xor: iop = Op::XORI_Q; break;
    case Token::AndNot: iop = Op::ANDI_Q; commutes = false; break;
    default: return false;
  }
  if (is_const(y)) {
    __int128 k = const_bits(*y->value);
    if (op == Token::Sub) k = -k;
    if (op == Token::AndNot) k = ~const_bits(*y->value);
    if (!fits_i32(k)) return false;
    const Slot a = operand_last(x);
    emit(iop, {dst, a, Opnd::imm(static_cast<int64_t>(k))});
    return true;
  }
  if (commutes && is_const(x)) {
    const __int128 k = const_bits(*x->value);
    if (!fits_i32(k)) return false;
    const Slot b = operand_last(y);
    emit(iop, {dst, b, Opnd::imm(static_cast<int64_t>(k))});
    return true;
  }
  return false;
}

void FuncGen::arith_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst, Pos pos,
                       const Expr* site) {
  hoist(x);  // x op= y is x = x op y: y's calls run before x is read
  hoist(y);
  const Type* u = t->underlying();
  if (u->is_string() && op == Token::Add) {
    std::vector<const Expr*> parts;
    flatten_concat(x, parts);
    flatten_concat(y, parts);
    concat_to(parts, dst, site);
    return;
  }
  if (u->kind == TypeKindC::Float32 || u->kind == TypeKindC::Float64) {
    float_arith_to(op, u, x, y, dst, pos);  // (issue 6) codegen_float.cpp
    return;
  }
  if (!u->is_integer()) {
    unsupported(pos, "arithmetic on " + t->name);
    return;
  }
  if (op == Token::Shl || op == Token::Shr) {
    shift_to(op, t, x, y, dst);
    return;
  }
  if (arith_imm(op, t, x, y, dst)) return;
  const bool uns = u->is_unsigned();
  Op base;
  switch (op) {
    case Token::Add: base = Op::ADD_B; break;
    case Token::Sub: base = Op::SUB_B; break;
    case Token::Mul: base = Op::MUL_B; break;
    case Token::Quo: base = uns ? Op::DIVU_B : Op::DIV_B; break;
    case Token::Rem: base = uns ? Op::MODU_B : Op::MOD_B; break;
    case Token::And: base = Op::AND_B; break;
    case Token::Or: base = Op::OR_B; break;
    case Token::Xor: base = Op::XOR_B; break;
    case Token::AndNot: base = Op::ANDNOT_B; break;
    default: unsupported(pos, std::string("operator ") + token_string(op)); return;
  }
  const Slot a = operand(x);
  const Slot b = operand_last(y);
  if (op == Token::Quo || op == Token::Rem) mark(pos);  // may panic: integer divide by zero
  emit(width_op(base, u->size), {dst, a, b});
}

// x << y, x >> y. The count is an 8-byte unsigned slot; a signed count is
// checked first (Go panics on a negative count).
void FuncGen::shift_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst) {
  const Type* u = t->underlying();
  const bool sar = op == Token::Shr && !u->is_unsigned();
  if (is_const(y)) {
    __int128 k = y->value->i;
    if (k < 0) k = 0;  // the checker rejects negative constant counts
    if (k > 64) k = 64;  // every count >= the width shifts everything out
    if (u->size == 8 && k < 64) {
      const Op iop = op == Token::Shl ? Op::SHLI_Q : (sar ? Op::SARI_Q : Op::SHRI_Q);
      const Slot a = operand_last(x);
      emit(iop, {dst, a, Opnd::imm(static_cast<int64_t>(k))});
      return;
    }
    const Slot a = operand(x);
    const Slot c = temp(8);
    emit(Op::MOVK_Q, {c, Opnd::imm(static_cast<int64_t>(k))});
    emit(width_op(op == Token::Shl ? Op::SHL_B : (sar ? Op::SAR_B : Op::SHR_B), u->size), {dst, a, c});
    return;
  }
  const Slot a = operand(x);
  const Type* yt = y->type->underlying();
  Slot c = operand_last(y);
  if (yt->size != 8) {
    const Slot w = temp(8);
    const Op ext = yt->is_unsigned() ? Op::ZEXT_B : Op::SEXT_B;
    emit(static_cast<Op>(static_cast<int>(ext) + (yt->size == 1 ? 0 : yt->size == 2 ? 1 : 2)), {w, c});
    c = w;
  }
  if (!yt->is_unsigned()) {
    mark(y->pos);
    emit(Op::CHKSHIFT, {c});
  }
  emit(width_op(op == Token::Shl ? Op::SHL_B : (sar ? Op::SAR_B : Op::SHR_B), u->size), {dst, a, c});
}

void FuncGen::compare_slots(Token op, Slot dst, Slot a, Slot b, const Type* t) {
  const Type* u = t->underlying();
  if (op == Token::Gtr || op == Token::Geq) {
    std::swap(a, b);
    op = op == Token::Gtr ? Token::Lss : Token::Leq;
  }
  if (u->is_string()) {
    const Op o = op == Token::Eql ? Op::STREQ : op == Token::Neq ? Op::STRNE : op == Token::Lss ? Op::STRLT : Op::STRLE;
    emit(o, {dst, a, b});
    return;
  }
  if (u->kind == TypeKindC::Pointer || u->kind == TypeKindC::Map || u->kind == TypeKindC::Chan ||
      u->kind == TypeKindC::UnsafePointer) {
    emit(op == Token::Eql ? Op::EQ_Q : Op::NE_Q, {dst, a, b});
    return;
  }
  if ((u->kind == TypeKindC::Struct || u->kind == TypeKindC::Array) && (op == Token::Eql || op == Token::Neq)) {
    compare_composite(op, dst, a, b, t);
    return;
  }
  if (u->kind == TypeKindC::Interface) {
    iface_compare_slots(op, dst, a, b, t);  // (issue 6, iface) codegen_iface.cpp
    return;
  }
  if (u->kind == TypeKindC::Float32 || u->kind == TypeKindC::Float64) {
    float_compare(op, dst, a, b, u);  // (issue 6) codegen_float.cpp
    return;
  }
  if (!u->is_integer() && !u->is_boolean()) {
    unsupported(Pos{}, "comparison of " + t->name);
    return;
  }
  const bool uns = u->is_unsigned();
  Op base;
  switch (op) {
    case Token::Eql: base = Op::EQ_B; break;
    case Token::Neq: base = Op::NE_B; break;
    case Token::Lss: base = uns ? Op::LTU_B : Op::LT_B; break;
    default: base = uns ? Op::LEU_B : Op::LE_B; break;
  }
  emit(width_op(base, u->size), {dst, a, b});
}

void FuncGen::compare_to(Token op, const Expr* x, const Expr* y, Slot dst) {
  hoist(x);
  hoist(y);
  if (is_nil(x)) std::swap(x, y);
  if (is_nil(y)) {  // p == nil, s == nil, m == nil: the first word
    const Slot a = operand_last(x);
    const Slot z = temp(8);
    emit(Op::MOVK_Q, {z, Opnd::imm(0)});
    emit(op == Token::Eql ? Op::EQ_Q : Op::NE_Q, {dst, a, z});
    return;
  }
  const Slot a = operand(x);
  const Slot b = operand_last(y);
  compare_slots(op, dst, a, b, x->type);
}

// a + b + c ...: one call to runtime.concatstring2..5, whose block holds the
// operands then the result, 16 bytes apart; more operands go through
// runtime.concatstrings and a []string built in the frame.
//
// The call is an allocation site (site: the outermost BinaryExpr, which
// escape analysis decides, as gc's one OADDSTR). As gc, it passes a
// 32-byte frame buffer (tmpBuf) when the result does not escape, which the
// runtime uses when the result fits (concat_buf).
void FuncGen::concat_to(const std::vector<const Expr*>& parts, Slot dst, const Expr* site) {
  for (const Expr* p : parts) hoist(p);
  const size_t n = parts.size();
  if (n == 1) {
    expr_to(parts[0], dst);
    return;
  }
  if (n <= 5) {
    const Slot block = temp(8 + 16 * (n + 1));
    for (size_t i = 0; i <= n; ++i) note_ptr(block.at(static_cast<uint32_t>(8 + 16 * i)));
    for (size_t i = 0; i < n; ++i) expr_to(parts[i], block.at(static_cast<uint32_t>(8 + 16 * i)));
    static constexpr NativeId kConcat[] = {NativeId::concatstring2, NativeId::concatstring3,
                                           NativeId::concatstring4, NativeId::concatstring5};
    concat_buf(block, site);
    callrt(block, kConcat[n - 2]);
    emit(Op::MOV_O, {dst, block.at(static_cast<uint32_t>(8 + 16 * n))});
    return;
  }
  const Slot arr = temp(16 * n);
  for (size_t i = 0; i < n; ++i) note_ptr(arr.at(static_cast<uint32_t>(16 * i)));
  for (size_t i = 0; i < n; ++i) expr_to(parts[i], arr.at(static_cast<uint32_t>(16 * i)));
  const Slot block = temp(8 + 24 + 16);
  note_ptr(block.at(8));
  note_ptr(block.at(32));
  emit(Op::LEAQ, {block.at(8), arr});
  emit(Op::MOVK_Q, {block.at(16), Opnd::imm(static_cast<int64_t>(n))});
  emit(Op::MOVK_Q, {block.at(24), Opnd::imm(static_cast<int64_t>(n))});
  concat_buf(block, site);
  callrt(block, NativeId::concatstrings);
  emit(Op::MOV_O, {dst, block.at(32)});
}

// The buf argument at the start of a concatenation's block: when escape
// analysis keeps the result on the stack, a 32-byte buffer of this
// function's frame (Go's tmpBuf, a slot of its own for the whole call,
// since the string may be used in later statements), which the runtime
// uses when the result fits; otherwise nil, and the site is recorded.
void FuncGen::concat_buf(Slot block, const Expr* site) {
  note_ptr(block);
  if (site != nullptr && site->escape == EscapeDecision::Stack) {
    emit(Op::LEAQ, {block, local_slot(kTmpBufSize)});
  } else {
    emit(Op::MOVK_Q, {block, Opnd::imm(0)});
  }
  concat_site(site);
}

// Records the concatenation about to be called as an allocation site.
void FuncGen::concat_site(const Expr* site) {
  if (!site) return;
  std::string reason;
  if (site->escape == EscapeDecision::Heap) {
    reason = site->escape_reason.empty() ? "escapes to heap" : site->escape_reason;
  } else if (site->escape == EscapeDecision::Stack) {
    reason = "does not escape, but is longer than the 32-byte stack buffer";
  }
  alloc_site(site, site_name(site), reason);
}

void FuncGen::unary_to(const UnaryExpr* u, Slot dst) {
  const Type* t = u->type->underlying();
  switch (u->op) {
    case Token::Add: expr_to(u->x, dst); return;
    case Token::Sub:
      if (t->kind == TypeKindC::Float32 || t->kind == TypeKindC::Float64) {  // (issue 6)
        emit(t->size == 4 ? Op::NEGF_L : Op::NEGF_Q, {dst, operand_last(u->x)});
        return;
      }
      if (!t->is_integer()) break;
      emit(width_op(Op::NEG_B, t->size), {dst, operand_last(u->x)});
      return;
    case Token::Xor:
      if (!t->is_integer()) break;
      emit(width_op(Op::COM_B, t->size), {dst, operand_last(u->x)});
      return;
    case Token::Not: emit(Op::NOT, {dst, operand_last(u->x)}); return;
    case Token::And: addr_expr_to(u, dst); return;
    case Token::Arrow: {  // (issue 5) hoisted: recv_pinned
      recv_pinned(u);
      move(dst, pinned_slots_.at(u), u->type);
      return;
    }
    default: break;
  }
  unsupported(u->pos, std::string("unary ") + token_string(u->op) + " on " + u->type->name);
}

// ------------------------------------------------ conversions and strings

void FuncGen::convert_to(const CallExpr* c, Slot dst) {
  if (c->args.size() != 1) {
    unsupported(c->pos, "this conversion");
    return;
  }
  if (iface_conversion(c, dst)) return;  // (issue 6, iface) codegen_iface.cpp
  const Expr* arg = c->args[0];
  const Type* from = arg->type->underlying();
  const Type* to = c->type->underlying();
  if (from->kind == TypeKindC::Slice && to->kind == TypeKindC::Pointer) {
    slice_to_array_ptr_to(c, dst);  // codegen_convert.cpp
    return;
  }
  const auto is_float = [](const Type* t) { return t->kind == TypeKindC::Float32 || t->kind == TypeKindC::Float64; };
  if ((is_float(from) || is_float(to)) && (from->is_integer() || is_float(from)) && (to->is_integer() || is_float(to))) {
    float_convert_to(arg, from, to, dst);  // (issue 6) codegen_float.cpp
    return;
  }
  if (from->is_integer() && to->is_integer()) {
    const uint64_t fs = from->size, ts = to->size;
    const Slot src = operand_last(arg);
    if (ts <= fs) {  // truncation: the low bytes, which sit first
      if (!(dst == src)) emit(width_op(Op::MOV_B, ts), {dst, src});
      return;
    }
    const Op ext = static_cast<Op>(static_cast<int>(from->is_unsigned() ? Op::ZEXT_B : Op::SEXT_B) +
                                   (fs == 1 ? 0 : fs == 2 ? 1 : 2));
    // SEXT and ZEXT write 8 bytes: straight into dst only when it is that
    // wide; a narrower dst may be an element with neighbours after it
    // (an array literal's first element), so the value goes through a temp.
    if (ts == 8) {
      emit(ext, {dst, src});
    } else {
      const Slot w = temp(8);
      emit(ext, {w, src});
      emit(width_op(Op::MOV_B, ts), {dst, w});
    }
    return;
  }
  if (from == to || (from->is_string() && to->is_string()) || (from->is_boolean() && to->is_boolean())) {
    expr_to(arg, dst);
    return;
  }
  // (issue 3) Between types of the same underlying layout (named <->
  // underlying, *T <-> *U of identical underlying types): a move.
  if (from->kind == to->kind && from->size == to->size && !from->is_basic() && !to->is_basic()) {
    expr_to_as(arg, c->type, dst);
    return;
  }
  if ((to->is_string() && (from->kind == TypeKindC::Slice || from->is_integer())) ||
      (from->is_string() && to->kind == TypeKindC::Slice)) {
    convert_heap_to(c, dst);
    return;
  }
  unsupported(c->pos, "conversion from " + arg->type->name + " to " + c->type->name);
}

// An index or slice bound as an 8-byte int, widened by its signedness.
Slot FuncGen::int_index(const Expr* e, bool last) {
  if (is_const(e)) {
    const Slot t = temp(8);
    emit(Op::MOVK_Q, {t, Opnd::imm(const_bits(*e->value))});
    return t;
  }
  const Type* t = e->type->underlying();
  const Slot s = last ? operand_last(e) : operand(e);
  if (t->size == 8) return s;
  const Slot w = temp(8);
  const Op ext = t->is_unsigned() ? Op::ZEXT_B : Op::SEXT_B;
  emit(static_cast<Op>(static_cast<int>(ext) + (t->size == 1 ? 0 : t->size == 2 ? 1 : 2)), {w, s});
  return w;
}

// 1 when an index has an unsigned type: a failed bounds check then prints
// it as unsigned, as Go's panicIndexU does.
static int64_t unsigned_index(const Expr* e) { return e->type && e->type->underlying()->is_unsigned() ? 1 : 0; }

void FuncGen::index_to(const IndexExpr* ix, Slot dst) {
  if (ix->x->type && ix->x->type->underlying()->kind == TypeKindC::Map) {
    map_index_to(ix, dst, Slot{});
    return;
  }
  if (ix->x->type && !ix->x->type->underlying()->is_string()) {
    load(index_place(ix), dst);
    return;
  }
  if (!ix->x->type || !ix->x->type->underlying()->is_string()) {
    unsupported(ix->pos, "indexing " + (ix->x->type ? ix->x->type->name : std::string("this value")));
    return;
  }
  const Slot s = operand(ix->x);
  const Slot i = int_index(ix->index, true);
  mark(ix->pos);  // may panic: index out of range
  emit(Op::STRINDEX, {dst, s, i, Opnd::imm(unsigned_index(ix->index))});
}

void FuncGen::slice_to(const SliceExpr* sl, Slot dst) {
  if (!sl->x->type || !sl->x->type->underlying()->is_string() || sl->three) {
    unsupported(sl->pos, "slicing " + (sl->x->type ? sl->x->type->name : std::string("this value")));
    return;
  }
  const Slot s = operand(sl->x);
  Slot lo;
  if (sl->lo) {
    lo = int_index(sl->lo, sl->hi == nullptr);
  } else {
    lo = temp(8);
    emit(Op::MOVK_Q, {lo, Opnd::imm(0)});
  }
  const Slot hi = sl->hi ? int_index(sl->hi, true) : s.at(8);  // len(s) is the header's second word
  mark(sl->pos);  // may panic: slice bounds out of range
  const int64_t flags = (sl->lo ? unsigned_index(sl->lo) : 0) | (sl->hi ? unsigned_index(sl->hi) << 1 : 0);
  emit(Op::STRSLICE, {dst, s, lo, hi, Opnd::imm(flags)});
}

// ----------------------------------------------------------------- calls

void FuncGen::call_to(const CallExpr* c, Slot dst) {
  switch (c->call_kind) {
    case CallKind::Func: move(dst, call_func(c), c->type); return;
    case CallKind::Conversion: convert_to(c, dst); return;
    case CallKind::Builtin: builtin_to(c, dst); return;
    case CallKind::Native: native_to(c, dst); return;  // (issue 5) codegen_sync.cpp
    default: unsupported(c->pos, "this call"); return;
  }
}

namespace {
bool has_unhoisted_call(const Expr* e, const std::map<const CallExpr*, FuncGen::Hoisted>& done);
}  // namespace

// Calls are hoisted, as gc's order pass does: before the rest of a
// statement's expression is evaluated, every call in it runs, left to right
// and innermost first, and its results are kept. Then the expression reads
// its variables, so `g + bump()` sees the g that bump left. The right side of
// && and || is a statement of its own: its calls run only when it does.
//
// The results of the latest call stay in the outgoing area (pending_) until
// another call needs the area; then they move to temporaries (flush). So
// `fib(n-1) + fib(n-2)` adds a temporary and the second call's result slot.
void FuncGen::hoist(const Expr* e) {
  if (!e || is_const(e)) return;
  const Expr* const outer_root = hoist_root_;
  if (!hoist_root_) hoist_root_ = e;
  hoist_in(e);
  hoist_root_ = outer_root;
}

void FuncGen::hoist_in(const Expr* e) {
  if (!e || is_const(e)) return;
  switch (e->kind) {
    case ExprKind::Paren: hoist(static_cast<const ParenExpr*>(e)->x); return;
    case ExprKind::Unary: {
      const auto* u = static_cast<const UnaryExpr*>(e);
      if (u->op == Token::Arrow) {
        recv_pinned(u);  // (issue 5) gc's order pass copies a receive to a temporary
      } else {
        hoist(u->x);
      }
      return;
    }
    case ExprKind::Star: hoist(static_cast<const StarExpr*>(e)->x); return;
    case ExprKind::TypeAssert: hoist(static_cast<const TypeAssertExpr*>(e)->x); return;  // (issue 6)
    case ExprKind::Selector: hoist(static_cast<const SelectorExpr*>(e)->x); return;
    case ExprKind::KeyValue: {
      const auto* kv = static_cast<const KeyValueExpr*>(e);
      hoist(kv->key);
      hoist(kv->value);
      return;
    }
    case ExprKind::CompositeLit:
      for (const Expr* x : static_cast<const CompositeLit*>(e)->elts) hoist(x);
      return;
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      hoist(b->x);
      if (b->op != Token::LAnd && b->op != Token::LOr) hoist(b->y);
      return;
    }
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      hoist(ix->x);
      hoist(ix->index);
      return;
    }
    case ExprKind::Slice: {
      const auto* sl = static_cast<const SliceExpr*>(e);
      hoist(sl->x);
      hoist(sl->lo);
      hoist(sl->hi);
      hoist(sl->max);
      // As gc's order pass copies a slice expression: with a call still to
      // run after it, the slice (and its bounds check) happens here, so
      // `a[i:], f()` panics before f runs.
      if (!pinned_slots_.count(sl) && has_unhoisted_call(hoist_root_, hoisted_)) {
        const Slot t = temp(sl->type);
        slice_expr_to(sl, t);
        pinned_slots_[sl] = t;
        pinned_ast_.push_back(sl);
      }
      return;
    }
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind == CallKind::Func) {
        if (!hoisted_.count(c)) emit_call(c);
      } else if (c->call_kind == CallKind::Native && c->native == static_cast<int>(NativeId::runtime_NumGoroutine)) {
        num_goroutine_pinned(c);  // (issue 5) a call with a result: it runs in order with the others
      } else if (is_strings_native(c)) {
        strings_pinned(c);  // (issue 6) likewise: codegen_strings.cpp
      } else if (is_sprint_native(c)) {
        sprint_pinned(c);  // (issue 6, fmt) likewise: codegen_fmt.cpp
      } else {
        for (const Expr* a : c->args) hoist(a);
      }
      return;
    }
    default: return;
  }
}

// Moves the pending call's results out of the outgoing area.
void FuncGen::flush_pending() {
  if (!pending_) return;
  Hoisted& h = hoisted_.at(pending_);
  for (size_t k = 0; k < h.results.size(); ++k) {
    const Slot t = temp(h.types[k]);
    move(t, h.results[k], h.types[k]);
    h.results[k] = t;
  }
  pending_ = nullptr;
}

namespace {
// Does e still contain a call that has not run (one behind && or ||)?
bool has_unhoisted_call(const Expr* e, const std::map<const CallExpr*, FuncGen::Hoisted>& done) {
  if (!e || is_const(e)) return false;
  switch (e->kind) {
    case ExprKind::Paren: return has_unhoisted_call(static_cast<const ParenExpr*>(e)->x, done);
    case ExprKind::Unary: return has_unhoisted_call(static_cast<const UnaryExpr*>(e)->x, done);
    case ExprKind::Star: return has_unhoisted_call(static_cast<const StarExpr*>(e)->x, done);
    case ExprKind::Selector: return has_unhoisted_call(static_cast<const SelectorExpr*>(e)->x, done);
    case ExprKind::KeyValue:
      return has_unhoisted_call(static_cast<const KeyValueExpr*>(e)->key, done) ||
             has_unhoisted_call(static_cast<const KeyValueExpr*>(e)->value, done);
    case ExprKind::CompositeLit:
      for (const Expr* x : static_cast<const CompositeLit*>(e)->elts) {
        if (has_unhoisted_call(x, done)) return true;
      }
      return false;
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      return has_unhoisted_call(b->x, done) || has_unhoisted_call(b->y, done);
    }
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      return has_unhoisted_call(ix->x, done) || has_unhoisted_call(ix->index, done);
    }
    case ExprKind::Slice: {
      const auto* sl = static_cast<const SliceExpr*>(e);
      return has_unhoisted_call(sl->x, done) || has_unhoisted_call(sl->lo, done) ||
             has_unhoisted_call(sl->hi, done) || has_unhoisted_call(sl->max, done);
    }
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      if ((c->call_kind == CallKind::Func || FuncGen::is_strings_native(c) || FuncGen::is_sprint_native(c)) &&
          !done.count(c))
        return true;
      for (const Expr* a : c->args) {
        if (has_unhoisted_call(a, done)) return true;
      }
      return false;
    }
    default: return false;
  }
}
}  // namespace

// Emits a Go call: the calls in its arguments first, then the arguments
// straight into the outgoing area, CALL. The results are left pending.
void FuncGen::emit_call(const CallExpr* c) {
  if (method_call(c)) return;  // (issue 6, iface) codegen_method.cpp
  const Expr* fun = unparen(c->fun);
  const Object* obj = fun->kind == ExprKind::Ident ? static_cast<const Ident*>(fun)->obj : nullptr;
  // (issue 6, func) Anything but a declared function named directly is a
  // func value: evaluated first (as gc orders it), called with CALLCLO.
  const bool by_value = !obj || obj->kind != ObjKind::Func;
  if (!by_value && (!obj->decl || !prog_.func_ids.count(obj->decl))) {
    unsupported(c->pos, "calls of function values");
    hoisted_[c] = Hoisted{};
    return;
  }
  const Type* ft = by_value ? (fun->type ? fun->type->underlying() : nullptr) : obj->type;
  if (!ft || ft->kind != TypeKindC::Func) {
    unsupported(c->pos, "this call");
    hoisted_[c] = Hoisted{};
    return;
  }
  Slot fv;
  if (by_value) fv = func_value_operand(c->fun);
  const CallLayout l = call_layout(ft);
  out_size_ = std::max(out_size_, l.total);
  const size_t n = c->args.size();
  auto param = [&](size_t i) { return Slot{Base::Out, l.params[i]}; };
  for (const Expr* a : c->args) hoist(a);

  if (n == 1 && ft->params.size() > 1 && c->args[0]->type && c->args[0]->type->kind == TypeKindC::Tuple) {
    // f(g()): g's results move out of the outgoing area, then in as arguments.
    const Expr* inner = unparen(c->args[0]);
    if (inner->kind != ExprKind::Call || !hoisted_.count(static_cast<const CallExpr*>(inner))) {
      unsupported(c->pos, "this call");
      hoisted_[c] = Hoisted{};
      return;
    }
    flush_pending();
    out_args_.clear();  // the outgoing area is this call's from here on
    const Hoisted& g = hoisted_.at(static_cast<const CallExpr*>(inner));
    for (size_t i = 0; i < g.results.size() && i < ft->params.size(); ++i) {
      move(param(i), g.results[i], ft->params[i].type);
      if (has_pointers(ft->params[i].type)) out_args_.emplace_back(l.params[i], ft->params[i].type);
    }
  } else if (n != ft->params.size() && !(ft->variadic && !c->ellipsis.valid() && n + 1 >= ft->params.size())) {
    unsupported(c->pos, "this call");
    hoisted_[c] = Hoisted{};
    return;
  } else {
    // (issue 6, func) f(a, b, c) of a variadic f: the extra arguments go in
    // a new slice first, then it is the last argument.
    const bool pack = ft->variadic && !c->ellipsis.valid();
    Slot packed;
    if (pack) {
      packed = temp(ft->params.back().type);
      variadic_args_to(c, ft, ft->params.size() - 1, packed);
    }
    const size_t nfixed = pack ? ft->params.size() - 1 : n;
    // An argument with a call still to run (behind && or ||) would clobber
    // the outgoing area: evaluate it first.
    std::vector<Slot> pre(n);
    std::vector<bool> early(n, false);
    for (size_t i = 0; i < nfixed; ++i) {
      if (!has_unhoisted_call(c->args[i], hoisted_)) continue;
      early[i] = true;
      pre[i] = temp(ft->params[i].type);
      expr_to_as(c->args[i], ft->params[i].type, pre[i]);
    }
    flush_pending();
    out_args_.clear();  // the outgoing area is this call's from here on
    for (size_t i = 0; i < nfixed; ++i) {
      if (early[i]) {
        move(param(i), pre[i], ft->params[i].type);
      } else {
        expr_to_as(c->args[i], ft->params[i].type, param(i));
      }
      // Stored: live across the runtime calls of the arguments after it.
      if (has_pointers(ft->params[i].type)) out_args_.emplace_back(l.params[i], ft->params[i].type);
    }
    if (pack) {
      const size_t last = ft->params.size() - 1;
      move(param(last), packed, ft->params[last].type);
      out_args_.emplace_back(l.params[last], ft->params[last].type);
    }
  }
  mark(c->pos);
  if (by_value)
    emit(Op::CALLCLO, {fv, Opnd::imm(0)});  // (issue 6, func)
  else
    emit(Op::CALL, {Opnd::rel(RelocKind::Call, prog_.func_ids.at(obj->decl))});
  out_args_.clear();  // the callee's now (its args_ptrs); its results are pending below
  pend_results(c, l, ft);
}

// Call c has just been made (a CALL, CALLCLO or CALLIND with layout l of
// func type ft): its results wait in the outgoing area, pending until the
// next call or a read moves them out.
void FuncGen::pend_results(const CallExpr* c, const CallLayout& l, const Type* ft) {
  Hoisted h;
  for (size_t k = 0; k < l.results.size(); ++k) {
    h.results.push_back(Slot{Base::Out, l.results[k]});
    h.types.push_back(ft->results[k].type);
  }
  hoisted_[c] = std::move(h);
  pending_ = l.results.empty() ? nullptr : c;
}

// Runs the call (if it has not run) and returns the slot of its first
// result: in the outgoing area while pending, valid until the next call.
Slot FuncGen::call_func(const CallExpr* c) {
  hoist(c);
  auto it = hoisted_.find(c);
  if (it == hoisted_.end() || it->second.results.empty()) return Slot{};
  return it->second.results[0];
}

std::vector<Slot> FuncGen::call_results(const CallExpr* c) {
  if (is_strings_native(c)) {  // (issue 6, strconv) n, err := strconv.Atoi(s)
    strings_pinned(c);
    auto it = hoisted_.find(c);
    return it == hoisted_.end() ? std::vector<Slot>{} : it->second.results;
  }
  if (c->call_kind != CallKind::Func) {
    unsupported(c->pos, "this multi-value call");
    return {};
  }
  hoist(c);
  auto it = hoisted_.find(c);
  return it == hoisted_.end() ? std::vector<Slot>{} : it->second.results;
}

void FuncGen::builtin_call(const CallExpr* c) {
  if (c->builtin == static_cast<int>(Builtin::Println)) {
    print_call(c, true);
  } else if (c->builtin == static_cast<int>(Builtin::Print)) {
    print_call(c, false);
  } else if (c->builtin == static_cast<int>(Builtin::Copy)) {
    hoist(c);
    copy_to(c, Slot{});
  } else if (c->builtin == static_cast<int>(Builtin::Delete)) {
    hoist(c);
    map_delete(c);
  } else if (c->builtin == static_cast<int>(Builtin::Close)) {
    close_chan(c);  // (issue 5) codegen_chan.cpp
  } else if (c->builtin == static_cast<int>(Builtin::Panic)) {
    panic_call(c);  // (issue 6) codegen_defer.cpp
  } else if (c->builtin == static_cast<int>(Builtin::Recover)) {
    recover_to(c, Slot{});  // (issue 6) codegen_defer.cpp: recover() as a statement
  } else {
    unsupported(c->pos, "this builtin");
  }
}

// print/println as gc compiles them: every argument evaluated first, then
// printlock, one print call per argument (with printsp between arguments
// and printnl at the end for println), printunlock.
void FuncGen::print_call(const CallExpr* c, bool newline) {
  hoist(c);
  struct Item { Slot s; NativeId fn; bool cont = false; };  // cont: no printsp before it (issue 6)
  std::vector<Item> items;
  for (const TypedSlot& a : spread_args(c)) {
    const Type* t = a.type->underlying();
    if (t->is_string()) {
      items.push_back({a.slot, NativeId::printstring});
    } else if (t->is_boolean()) {
      items.push_back({a.slot, NativeId::printbool});
    } else if (t->is_integer()) {
      // uintptr prints in decimal too (printhex is only for runtime's hex type).
      const bool uns = t->is_unsigned();
      Slot s = a.slot;
      if (t->size != 8) {
        const Slot w = temp(8);
        const Op ext = uns ? Op::ZEXT_B : Op::SEXT_B;
        emit(static_cast<Op>(static_cast<int>(ext) + (t->size == 1 ? 0 : t->size == 2 ? 1 : 2)), {w, s});
        s = w;
      }
      items.push_back({s, uns ? NativeId::printuint : NativeId::printint});
    } else if (t->kind == TypeKindC::Pointer || t->kind == TypeKindC::Map || t->kind == TypeKindC::Chan ||
               t->kind == TypeKindC::UnsafePointer || t->kind == TypeKindC::Func) {
      items.push_back({a.slot, NativeId::printpointer});
    } else if (t->kind == TypeKindC::Slice) {
      items.push_back({a.slot, NativeId::printslice});
    } else if (t->kind == TypeKindC::Float32 || t->kind == TypeKindC::Float64) {  // (issue 6)
      items.push_back({float64_operand(a.slot, t), NativeId::printfloat});
    } else if (t->kind == TypeKindC::Interface) {  // (issue 6, iface) Go's printeface: (type,data)
      auto lit = [&](const char* s) {
        const Slot l = temp(16);
        note_ptr(l);
        emit(Op::LOADSTR, {l, Opnd::rel(RelocKind::String, prog_.string_id(s)), Opnd::imm(1)});
        return l;
      };
      items.push_back({lit("("), NativeId::printstring});
      items.push_back({a.slot, NativeId::printpointer, true});
      items.push_back({lit(","), NativeId::printstring, true});
      items.push_back({a.slot.at(8), NativeId::printpointer, true});
      items.push_back({lit(")"), NativeId::printstring, true});
    } else {
      unsupported(c->pos, "printing values of type " + a.type->name);
      return;
    }
  }
  mark(c->pos);
  const Slot none{Base::Abs, 0};
  callrt(none, NativeId::printlock);
  for (size_t i = 0; i < items.size(); ++i) {
    if (newline && i > 0 && !items[i].cont) callrt(none, NativeId::printsp);
    callrt(items[i].s, items[i].fn);
  }
  if (newline) callrt(none, NativeId::printnl);
  callrt(none, NativeId::printunlock);
}

// The arguments of a print or fmt call with their types. A single call
// returning several results spreads into them (fmt.Println(f())); its
// results are copied out of the outgoing area, which the next call reuses.
std::vector<FuncGen::TypedSlot> FuncGen::spread_args(const CallExpr* c) {
  std::vector<TypedSlot> out;
  const Expr* only = c->args.size() == 1 ? c->args[0] : nullptr;
  if (only && only->type && only->type->kind == TypeKindC::Tuple) {
    const std::vector<Slot> rs = call_results(static_cast<const CallExpr*>(unparen(only)));
    const std::vector<Param>& elems = only->type->params;
    for (size_t i = 0; i < rs.size() && i < elems.size(); ++i) {
      const Slot t = temp(elems[i].type);
      move(t, rs[i], elems[i].type);
      out.push_back({t, elems[i].type});
    }
    return out;
  }
  for (const Expr* a : c->args) out.push_back({operand(a), a->type});
  return out;
}

// fmt.Println/Print/Printf: the arguments become a []interface{} built in
// the frame: (type descriptor, data address) pairs pointing at the values.
void FuncGen::fmt_call(const CallExpr* c) {
  if (runtime_call(c)) return;  // (issue 4) package runtime: codegen_runtime.cpp
  if (sprint_call(c)) return;   // (issue 6, fmt) codegen_fmt.cpp
  hoist(c);
  Slot block;
  bool loop = false;
  if (!fmt_block(c, 0, block, loop)) return;  // (issue 6, fmt) codegen_fmt.cpp
  fmt_callrt(c, block, loop);
}

// ------------------------------------------------------------- conditions

// Jumps to label when e evaluates to jump_if; falls through otherwise.
void FuncGen::cond_jump(const Expr* e, bool jump_if, int label) {
  if (is_const(e)) {
    if (e->value->b == jump_if) emit(Op::JMP, {Opnd::label(label)});
    return;
  }
  const Expr* u = unparen(e);
  if (u != e) {
    cond_jump(u, jump_if, label);
    return;
  }
  hoist(e);
  if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == Token::Not) {
    cond_jump(static_cast<const UnaryExpr*>(e)->x, !jump_if, label);
    return;
  }
  if (e->kind == ExprKind::Binary) {
    const auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op == Token::LAnd || b->op == Token::LOr) {
      // A call behind the operator runs on one path only, and would flush
      // the pending results there: flush them on the common path first.
      if (has_unhoisted_call(b->y, hoisted_)) flush_pending();
      // a && b jumps when both hold; a || b when either does.
      const bool shortcut = b->op == Token::LOr;  // the value that decides after a
      if (jump_if == shortcut) {
        cond_jump(b->x, jump_if, label);
        cond_jump(b->y, jump_if, label);
      } else {
        const int skip = new_label();
        cond_jump(b->x, shortcut, skip);
        cond_jump(b->y, jump_if, label);
        bind(skip);
      }
      return;
    }
    const Type* ct = b->x->type ? b->x->type->underlying() : nullptr;
    if (is_comparison(b->op) && ct && (ct->kind == TypeKindC::Float32 || ct->kind == TypeKindC::Float64) && !jump_if) {
      // (issue 6) with NaN, !(a < b) is not a >= b: jump when the comparison is false
      const Slot flag = temp(1);
      compare_to(b->op, b->x, b->y, flag);
      emit(Op::JF, {flag, Opnd::label(label)});
      return;
    }
    if (is_comparison(b->op)) {
      compare_jump(jump_if ? b->op : negate(b->op), b->x, b->y, label);
      return;
    }
  }
  const Slot s = operand_last(e);
  emit(jump_if ? Op::JT : Op::JF, {s, Opnd::label(label)});
}

namespace {
bool imm_compare_ok(Token op, const Type* u) { return op == Token::Eql || op == Token::Neq || !u->is_unsigned(); }
}  // namespace

void FuncGen::compare_jump(Token op, const Expr* x, const Expr* y, int label) {
  if (is_nil(x)) std::swap(x, y);
  if (is_nil(y)) {  // p == nil, s == nil, m == nil: the first word against 0
    const Slot a = operand_last(x);
    emit(op == Token::Eql ? Op::JEQI_Q : Op::JNEI_Q, {a, Opnd::imm(0), Opnd::label(label)});
    return;
  }
  const Type* u = x->type->underlying();
  if (u->is_integer() && u->size == 8 && is_const(x) && !is_const(y) && imm_compare_ok(op, u) &&
      fits_i32(const_bits(*x->value))) {
    const Slot b = operand_last(y);
    compare_slots_jump(mirror(op), b, x, x->type, label);
    return;
  }
  const Slot a = operand(x);
  compare_slots_jump(op, a, y, x->type, label);
}

// Jumps to label when `a op y` holds: fused compare-and-branch for 8-byte
// integers (with an immediate when y is a small constant), else a boolean.
void FuncGen::compare_slots_jump(Token op, Slot a, const Expr* y, const Type* t, int label) {
  hoist(y);
  const Type* u = t->underlying();
  if (u->is_integer() && u->size == 8) {
    if (is_const(y) && imm_compare_ok(op, u) && fits_i32(const_bits(*y->value))) {
      Op o;
      switch (op) {
        case Token::Eql: o = Op::JEQI_Q; break;
        case Token::Neq: o = Op::JNEI_Q; break;
        case Token::Lss: o = Op::JLTI_Q; break;
        case Token::Leq: o = Op::JLEI_Q; break;
        case Token::Gtr: o = Op::JGTI_Q; break;
        default: o = Op::JGEI_Q; break;
      }
      emit(o, {a, Opnd::imm(const_bits(*y->value)), Opnd::label(label)});
      return;
    }
    const bool uns = u->is_unsigned();
    const Slot b = operand_last(y);
    switch (op) {
      case Token::Eql: emit(Op::JEQ_Q, {a, b, Opnd::label(label)}); break;
      case Token::Neq: emit(Op::JNE_Q, {a, b, Opnd::label(label)}); break;
      case Token::Lss: emit(uns ? Op::JLTU_Q : Op::JLT_Q, {a, b, Opnd::label(label)}); break;
      case Token::Leq: emit(uns ? Op::JLEU_Q : Op::JLE_Q, {a, b, Opnd::label(label)}); break;
      case Token::Gtr: emit(uns ? Op::JLTU_Q : Op::JLT_Q, {b, a, Opnd::label(label)}); break;
      default: emit(uns ? Op::JLEU_Q : Op::JLE_Q, {b, a, Opnd::label(label)}); break;
    }
    return;
  }
  const Slot b = operand_last(y);
  const Slot flag = temp(1);
  compare_slots(op, flag, a, b, t);
  emit(Op::JT, {flag, Opnd::label(label)});
}

}  // namespace govm
