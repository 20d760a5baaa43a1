// Interface values in code generation (issue 6): conversions, method calls
// through itabs, type assertions, comparisons.
//
// An interface value is two words (runtime/iface.cpp): the type word (the
// dynamic type's descriptor for the empty interface, an itab otherwise)
// and the data word (the value itself when pointer-shaped, else a pointer
// to a box).
//
// Converting a concrete x of type T (the checker made every conversion
// explicit, CallExpr::implicit): the type word is T's descriptor or the
// itab (T, I), a relocation the linker resolves (itab.cpp builds them
// all). The data word, as gc chooses it:
//   - pointer-shaped T: x itself;
//   - zero-sized T: zerobase (no allocation);
//   - a constant: a read-only static in rodata holding its bytes;
//   - the interface does not escape (escape analysis, on the conversion):
//     a box in this frame;
//   - else a heap box: runtime.convT64 (8-byte scalars; values < 256
//     come from staticuint64s), convTstring, convTslice, convT (with
//     pointers) or convTnoptr, each an allocation site "converted to
//     interface".
// Converting an interface to another: to the empty interface, the itab's
// _type; to a non-empty one, the itab of the dynamic type (assertE2I2,
// which finds nil for nil).
//
// A method call x.M(args) on an interface x loads fun[i] from the itab (i:
// M's index in the interface's sorted method list; a nil itab faults as
// Go's nil dereference) and CALLINDs it with the data word as receiver.
#include <algorithm>
#include <bit>

#include "compiler/codegen.h"
#include "compiler/escape.h"

namespace govm {

namespace {

bool is_eface(const Type* t) { return is_iface(t) && t->underlying()->imethods.empty(); }

// The bytes of constant c as a value of type t (little-endian), for a
// read-only static; false for kinds without a fixed image (strings).
bool const_image(const Constant& c, const Type* t, std::string* out) {
  const Type* u = t->underlying();
  uint64_t bits = 0;
  if (u->kind == TypeKindC::Float64) {
    bits = std::bit_cast<uint64_t>(c.to_float64());
  } else if (u->kind == TypeKindC::Float32) {
    bits = std::bit_cast<uint32_t>(c.to_float32());
  } else if (u->is_integer() || u->is_boolean()) {
    bits = static_cast<uint64_t>(const_bits(c));
  } else {
    return false;
  }
  out->clear();
  for (uint64_t b = 0; b < u->size && b < 8; ++b) out->push_back(static_cast<char>(bits >> (8 * b)));
  return !out->empty();
}

}  // namespace

// The dynamic type word of interface value `iface` (of type it): the type
// word itself for an eface, the itab's _type (or 0) for an iface.
void FuncGen::dynamic_type(Slot iface, const Type* it, Slot dst) {
  note_ptr(dst);
  emit(Op::MOV_Q, {dst, iface});
  if (is_eface(it)) return;
  const int nil = new_label();
  emit(Op::JEQI_Q, {dst, Opnd::imm(0), Opnd::label(nil)});
  emit(Op::LOAD_Q, {dst, dst, Opnd::imm(8)});
  bind(nil);
}

// I(x), explicit or implicit: true when c converts to an interface type.
bool FuncGen::iface_conversion(const CallExpr* c, Slot dst) {
  if (!is_iface(c->type) || c->args.size() != 1) return false;
  const Expr* x = c->args[0];
  const Type* to = c->type;
  if (x->mode == Mode::Nil || x->type == nullptr || x->type->kind == TypeKindC::UntypedNil) {
    zero(dst, to);
    return true;
  }
  const Type* from = x->type;
  if (is_iface(from)) {
    const Slot v = operand(x);
    if (is_eface(to)) {
      dynamic_type(v, from, dst);
      note_ptr(dst.at(8));
      emit(Op::MOV_Q, {dst.at(8), v.at(8)});
      return true;
    }
    const Slot block = temp(24);
    note_ptr(block);
    note_ptr(block.at(8));
    note_ptr(block.at(16));
    emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(to))});
    dynamic_type(v, from, block.at(8));
    const Slot data = ptr_temp();
    emit(Op::MOV_Q, {data, v.at(8)});
    mark(c->pos);
    callrt(block, NativeId::assertE2I2);
    note_ptr(dst);
    note_ptr(dst.at(8));
    emit(Op::MOV_Q, {dst, block.at(16)});
    emit(Op::MOV_Q, {dst.at(8), data});
    return true;
  }
  // (methods) methods promoted from an embedded interface are wrappers
  // calling through the field's itab (itab.cpp): a conversion as any other.
  // A concrete value: the data word first (it may call the runtime), then the type word.
  const Slot data = ptr_temp();
  box_to(c, x, data);
  note_ptr(dst);
  note_ptr(dst.at(8));
  if (is_eface(to)) {
    emit(Op::MOVK_Q, {dst, Opnd::rel(RelocKind::Type, prog_.type_id(from))});
  } else {
    emit(Op::MOVK_Q, {dst, Opnd::rel(RelocKind::Itab, prog_.itab_id(from, to))});
  }
  emit(Op::MOV_Q, {dst.at(8), data});
  return true;
}

// The data word of x (concrete) converted to an interface (see the top).
void FuncGen::box_to(const CallExpr* c, const Expr* x, Slot dst) {
  const Type* t = x->type;
  if (is_direct_iface(t)) {
    expr_to(x, dst);
    return;
  }
  if (t->size == 0) {
    // zerobase has no relocation of its own: the type's descriptor is as
    // good a non-nil address, and is never written through.
    (void)operand(x);
    emit(Op::MOVK_Q, {dst, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
    return;
  }
  if (const_data_word(x, dst)) return;
  if (c->escape == EscapeDecision::Stack || c->implicit_cmp) {
    const Slot box = local_slot(t->size);
    note_ptrs(box, t);
    typed_slots_.emplace_back(box, t);
    expr_to(x, box);
    emit(Op::LEAQ, {dst, box});
    return;
  }
  heap_box(operand(x), t, c, site_name(x), c->escape_reason.empty() ? "converted to interface" : c->escape_reason, dst);
}

// A constant's data word: the address of a read-only static in rodata
// (gc's readonly "..stmp_N": no allocation), for a string its header,
// else the value's bytes. False when x is no constant (or its bytes have
// no image).
bool FuncGen::const_data_word(const Expr* x, Slot dst) {
  const Type* t = x->type;
  if (!is_const(x)) return false;
  if (t->underlying()->is_string()) {
    // The header itself is in rodata: its 16 bytes, pointing at the
    // literal (the linker interns both).
    emit(Op::MOVK_Q, {dst, Opnd::rel(RelocKind::StringHeader, prog_.string_id(x->value->s))});
    return true;
  }
  std::string image;
  if (!const_image(*x->value, t, &image)) return false;
  const Slot s = temp(16);
  note_ptr(s);
  emit(Op::LOADSTR, {s, Opnd::rel(RelocKind::String, prog_.string_id(image)), Opnd::imm(static_cast<int64_t>(image.size()))});
  emit(Op::MOV_Q, {dst, s});
  return true;
}

// dst = a heap box holding the value of type t in slot v, made by gc's
// convT entry for t's shape (site: the allocation event's position).
void FuncGen::heap_box(Slot v, const Type* t, const Expr* site, const std::string& what, const std::string& why,
                       Slot dst) {
  const Type* u = t->underlying();
  uint32_t arg_bytes = 24;  // convT/convTnoptr: (type, ptr) -> ptr
  NativeId entry = has_pointers(t) ? NativeId::convT : NativeId::convTnoptr;
  if (u->is_string()) {
    arg_bytes = 16;
    entry = NativeId::convTstring;
  } else if (u->kind == TypeKindC::Slice) {
    arg_bytes = 24;
    entry = NativeId::convTslice;
  } else if (t->size == 8 && t->align == 8 && !has_pointers(t)) {
    arg_bytes = 8;
    entry = NativeId::convT64;
  }
  const bool by_type = entry == NativeId::convT || entry == NativeId::convTnoptr;
  const uint32_t result = by_type ? 16 : arg_bytes;
  const Slot block = temp(result + 8);
  note_ptr(block.at(result));
  if (by_type) {
    note_ptr(block);
    note_ptr(block.at(8));
    emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
    emit(Op::LEAQ, {block.at(8), v});
  } else {
    note_ptrs(block, t);
    move(block, v, t);
  }
  alloc_site(site, what, why);
  mark(site->pos);
  callrt(block, entry);
  emit(Op::MOV_Q, {dst, block.at(result)});
}

void FuncGen::iface_receiver_to(const SelectorExpr* sel, const Type* iface, Slot dst) {
  if (sel->path.empty()) {
    expr_to(sel->x, dst);
    return;
  }
  // promoted from an interface embedded in a struct: h.Shape.Area()
  Place p = walk_path(place(sel->x), sel->x->type, sel->path, sel->pos);
  p.type = iface;
  load(p, dst);
}

int64_t FuncGen::itab_fun_offset(const Type* iface, const std::string& method) {
  const std::vector<Param>& ms = iface->underlying()->imethods;
  const auto at = std::find_if(ms.begin(), ms.end(), [&](const Param& p) { return p.name == method; });
  return static_cast<int64_t>(kItabFunOffset) + 8 * (at - ms.begin());
}

// x.M(args) on an interface x: fun[i] of its itab, called with the data
// word as the receiver.
bool FuncGen::iface_method_call(const CallExpr* c) {
  const auto* sel = static_cast<const SelectorExpr*>(unparen(c->fun));
  const Object* m = sel->sel->obj;
  const Type* it = m->recv;
  const std::vector<Param>& ms = it->underlying()->imethods;
  const auto pos = std::find_if(ms.begin(), ms.end(), [&](const Param& p) { return p.name == m->name; });
  const Type* sig = m->type;
  // (methods) a variadic method's extra arguments packed as a function's
  const bool pack = sig->variadic && !c->ellipsis.valid();
  const size_t n = pack ? sig->params.size() : c->args.size();
  if (pos == ms.end() || (pack ? c->args.size() + 1 < sig->params.size() : n != sig->params.size())) {
    unsupported(c->pos, "this interface method call");
    hoisted_[c] = Hoisted{};
    return true;
  }
  std::vector<Param> params{Param{"", pkg_.types->pointer(pkg_.types->basic(TypeKindC::Uint8))}};
  params.insert(params.end(), sig->params.begin(), sig->params.end());
  const Type* ft = pkg_.types->func(params, sig->results, false);
  const CallLayout l = call_layout(ft);
  out_size_ = std::max(out_size_, l.total);
  hoist(sel->x);
  for (const Expr* a : c->args) hoist(a);
  const Slot iv = temp(it);
  iface_receiver_to(sel, it, iv);
  std::vector<Slot> vals(n);
  for (size_t i = 0; i < n; ++i) {
    vals[i] = temp(sig->params[i].type);
    if (pack && i + 1 == n) {
      variadic_args_to(c, sig, n - 1, vals[i]);
    } else {
      expr_to_as(c->args[i], sig->params[i].type, vals[i]);
    }
  }
  const Slot fn = temp(8);
  mark(c->pos);  // may panic: a nil interface's itab
  emit(Op::LOAD_Q, {fn, iv, Opnd::imm(itab_fun_offset(it, m->name))});
  flush_pending();
  out_args_.clear();
  move(Slot{Base::Out, l.params[0]}, iv.at(8), params[0].type);
  out_args_.emplace_back(l.params[0], params[0].type);
  for (size_t i = 0; i < n; ++i) {
    move(Slot{Base::Out, l.params[i + 1]}, vals[i], sig->params[i].type);
    if (has_pointers(sig->params[i].type)) out_args_.emplace_back(l.params[i + 1], sig->params[i].type);
  }
  mark(c->pos);
  emit(Op::CALLIND, {fn, Opnd::imm(0)});
  out_args_.clear();
  pend_results(c, l, ft);
  return true;
}

const TypeAssertExpr* FuncGen::comma_ok_assert(const Expr* e) {
  e = unparen(e);
  if (e == nullptr || e->kind != ExprKind::TypeAssert) return nullptr;
  const auto* ta = static_cast<const TypeAssertExpr*>(e);
  return ta->comma_ok ? ta : nullptr;
}

std::vector<Slot> FuncGen::comma_ok_assert_to(const TypeAssertExpr* ta) {
  hoist(ta->x);
  const Slot v = temp(ta->type);
  const Slot ok = temp(1);
  iface_assert_to(ta, v, ok);
  return {v, ok};
}

// x.(T): T concrete (the type word against T's descriptor or the itab (T,
// I)) or an interface (assertE2I: the itab of the dynamic type). With ok
// (comma-ok), a failure zeroes the value and clears ok instead of panicking.
void FuncGen::iface_assert_to(const TypeAssertExpr* ta, Slot dst, Slot ok) {
  const Type* t = ta->type;
  const Type* xt = ta->x->type;
  const bool comma = !(ok == Slot{});
  const Slot e = operand(ta->x);
  const int fail = new_label(), done = new_label();
  if (is_iface(t)) {
    const Slot dyn = ptr_temp();
    dynamic_type(e, xt, dyn);
    const Slot data = ptr_temp();
    emit(Op::MOV_Q, {data, e.at(8)});
    if (is_eface(t)) {
      if (comma) emit(Op::JEQI_Q, {dyn, Opnd::imm(0), Opnd::label(fail)});
      else {
        const int okl = new_label();
        emit(Op::JNEI_Q, {dyn, Opnd::imm(0), Opnd::label(okl)});
        const Slot b = ptr_temp();
        emit(Op::MOVK_Q, {b, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
        mark(ta->pos);
        callrt(b, NativeId::panicnildottype);
        bind(okl);
      }
      note_ptr(dst);
      note_ptr(dst.at(8));
      emit(Op::MOV_Q, {dst, dyn});
      emit(Op::MOV_Q, {dst.at(8), data});
    } else {
      const Slot block = temp(24);
      note_ptr(block);
      note_ptr(block.at(8));
      note_ptr(block.at(16));
      emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
      emit(Op::MOV_Q, {block.at(8), dyn});
      mark(ta->pos);
      callrt(block, comma ? NativeId::assertE2I2 : NativeId::assertE2I);
      if (comma) emit(Op::JEQI_Q, {block.at(16), Opnd::imm(0), Opnd::label(fail)});
      note_ptr(dst);
      note_ptr(dst.at(8));
      emit(Op::MOV_Q, {dst, block.at(16)});
      emit(Op::MOV_Q, {dst.at(8), data});
    }
  } else {
    const Slot want = ptr_temp();
    if (is_eface(xt)) {
      emit(Op::MOVK_Q, {want, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
    } else {
      emit(Op::MOVK_Q, {want, Opnd::rel(RelocKind::Itab, prog_.itab_id(t, xt))});
    }
    const int match = new_label();
    emit(Op::JEQ_Q, {e, want, Opnd::label(match)});
    if (comma) {
      emit(Op::JMP, {Opnd::label(fail)});
    } else {
      const Slot block = temp(24);
      note_ptr(block);
      note_ptr(block.at(8));
      note_ptr(block.at(16));
      emit(Op::MOV_Q, {block, e});
      emit(Op::MOVK_Q, {block.at(8), Opnd::rel(RelocKind::Type, prog_.type_id(t))});
      emit(Op::MOVK_Q, {block.at(16), Opnd::rel(RelocKind::Type, prog_.type_id(xt))});
      mark(ta->pos);
      callrt(block, is_eface(xt) ? NativeId::panicdottypeE : NativeId::panicdottypeI);
    }
    bind(match);
    if (is_direct_iface(t)) {
      move(dst, e.at(8), t);
    } else if (t->size != 0) {
      Place p;
      p.kind = Place::Kind::Mem;
      p.slot = e.at(8);
      p.type = t;
      load(p, dst);
    }
  }
  if (comma) {
    emit(Op::MOVK_B, {ok, Opnd::imm(1)});
    emit(Op::JMP, {Opnd::label(done)});
    bind(fail);
    zero(dst, t);
    emit(Op::MOVK_B, {ok, Opnd::imm(0)});
  } else {
    bind(fail);
  }
  bind(done);
}

// a == b, a != b of two interface values of type t (in slots): the type
// words, then efaceeq/ifaceeq on the data words (which may panic:
// "comparing uncomparable type").
void FuncGen::iface_compare_slots(Token op, Slot dst, Slot a, Slot b, const Type* t) {
  const int differ = new_label(), same = new_label(), done = new_label();
  emit(Op::JNE_Q, {a, b, Opnd::label(differ)});
  emit(Op::JEQI_Q, {a, Opnd::imm(0), Opnd::label(same)});
  const Slot block = temp(32);
  note_ptr(block);
  note_ptr(block.at(8));
  note_ptr(block.at(16));
  emit(Op::MOV_Q, {block, a});
  emit(Op::MOV_Q, {block.at(8), a.at(8)});
  emit(Op::MOV_Q, {block.at(16), b.at(8)});
  callrt(block, is_eface(t) ? NativeId::efaceeq : NativeId::ifaceeq);
  if (op == Token::Eql) {
    emit(Op::MOV_B, {dst, block.at(24)});
  } else {
    const Slot z = temp(1);
    emit(Op::MOVK_B, {z, Opnd::imm(0)});
    emit(Op::EQ_B, {dst, block.at(24), z});
  }
  emit(Op::JMP, {Opnd::label(done)});
  bind(same);
  emit(Op::MOVK_B, {dst, Opnd::imm(op == Token::Eql ? 1 : 0)});
  emit(Op::JMP, {Opnd::label(done)});
  bind(differ);
  emit(Op::MOVK_B, {dst, Opnd::imm(op == Token::Eql ? 0 : 1)});
  bind(done);
}

// switch x := y.(type): y's dynamic type against each case in order (a
// concrete T: its descriptor; an interface: assertE2I2; nil: no type),
// then the clause's x: y's value as T (a single type), or y itself.
void FuncGen::type_switch_stmt(const TypeSwitchStmt* s) {
  stmt(s->init);
  const Expr* guard = nullptr;
  if (s->assign && s->assign->kind == StmtKind::Assign) guard = static_cast<const AssignStmt*>(s->assign)->rhs[0];
  if (s->assign && s->assign->kind == StmtKind::Expr) guard = static_cast<const ExprStmt*>(s->assign)->x;
  const auto* ta = static_cast<const TypeAssertExpr*>(unparen(guard));
  const Type* yt = ta->x->type;
  std::vector<const CaseClause*> clauses;
  if (s->body) {
    for (const Stmt* c : s->body->list) clauses.push_back(static_cast<const CaseClause*>(c));
  }
  // The guard's value and dynamic type live through the bodies (the
  // clause variables are made from them): temporaries of this statement.
  mark(ta->pos);
  const Slot y = temp(yt);
  expr_to(ta->x, y);
  const Slot dyn = ptr_temp();
  dynamic_type(y, yt, dyn);
  const uint64_t mark_t = temp_top_;
  const int brk = new_label();
  std::vector<int> bodies;
  for (size_t i = 0; i < clauses.size(); ++i) bodies.push_back(new_label());
  push_targets(s, Targets{brk, -1});
  int dflt = brk;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    if (cc->is_default || cc->list.empty()) {
      dflt = bodies[i];
      continue;
    }
    for (const Expr* e : cc->list) {
      if (e->mode == Mode::Nil) {
        emit(Op::JEQI_Q, {dyn, Opnd::imm(0), Opnd::label(bodies[i])});
        continue;
      }
      const Type* t = e->type;
      if (t == nullptr) continue;
      if (is_eface(t)) {
        emit(Op::JNEI_Q, {dyn, Opnd::imm(0), Opnd::label(bodies[i])});
      } else if (is_iface(t)) {
        const Slot block = temp(24);
        note_ptr(block);
        note_ptr(block.at(8));
        note_ptr(block.at(16));
        emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
        emit(Op::MOV_Q, {block.at(8), dyn});
        mark(e->pos);
        callrt(block, NativeId::assertE2I2);
        emit(Op::JNEI_Q, {block.at(16), Opnd::imm(0), Opnd::label(bodies[i])});
      } else {
        const Slot want = ptr_temp();
        emit(Op::MOVK_Q, {want, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
        emit(Op::JEQ_Q, {dyn, want, Opnd::label(bodies[i])});
      }
    }
  }
  emit(Op::JMP, {Opnd::label(dflt)});
  end_statement(mark_t);
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    bind(bodies[i]);
    if (const Object* v = cc->implicit_obj; v != nullptr && v->type != nullptr) {
      const uint64_t mark_v = temp_top_;
      const Slot val = temp(v->type);
      if (v->type == yt) {
        move(val, y, yt);
      } else if (is_iface(v->type)) {
        // y converted to the clause's interface type.
        TypeAssertExpr conv;
        conv.kind = ExprKind::TypeAssert;
        conv.pos = ta->pos;
        conv.x = const_cast<Expr*>(pin(y, yt));
        conv.type = v->type;
        conv.mode = Mode::Value;
        iface_assert_to(&conv, val, Slot{});
      } else if (is_direct_iface(v->type)) {
        move(val, y.at(8), v->type);
      } else if (v->type->size != 0) {
        Place p;
        p.kind = Place::Kind::Mem;
        p.slot = y.at(8);
        p.type = v->type;
        load(p, val);
      } else {
        zero(val, v->type);
      }
      declare_var(v);
      store_to(var_place(v), val);
      end_statement(mark_v);
    }
    block(cc->body);
    const Stmt* last = cc->body.empty() ? nullptr : cc->body.back();
    const bool leaves = last && last->kind == StmtKind::Return;
    if (!leaves && i + 1 < clauses.size()) emit(Op::JMP, {Opnd::label(brk)});
  }
  bind(brk);
  pop_targets(s);
}

}  // namespace govm
