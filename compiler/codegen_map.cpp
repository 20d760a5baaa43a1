// Code generation for maps: every operation is a runtime call on the map
// header's address (runtime/map.h), as gc's code calls runtime/map.go:
//
//   m[k]          mapaccess1(t, m, &k); a nil result (missing key) reads
//                 as the zero value (govm's mapaccess1 returns nil where
//                 Go returns a pointer to a shared zero value)
//   v, ok := m[k] mapaccess2(t, m, &k)
//   m[k] = v      v first, then mapassign(t, m, &k) and a store through
//                 the entry's address (the address is good only until the
//                 next map operation, so nothing runs in between)
//   delete(m, k)  mapdelete(t, m, &k)
//   range m       an hiter in the frame: mapiterinit, then mapiternext
//                 until the iterator's key pointer is nil
// Keys are passed by address: a frame slot holding the key.
#include "compiler/codegen.h"

namespace govm {

// The address of a frame slot holding the key converted to key_t.
Slot FuncGen::map_key_addr(const Expr* key, const Type* key_t) {
  const Slot k = temp(key_t);
  const Expr* u = unparen(key);
  if (u->kind == ExprKind::CompositeLit) composite_into(static_cast<const CompositeLit*>(u), Place{Place::Kind::Frame, k, 0, 0, key_t}, false);
  else expr_to_as(key, key_t, k);
  const Slot a = ptr_temp();
  emit(Op::LEAQ, {a, k});
  return a;
}

// Calls map entry n on the map m of type mt and the address of key: its
// block holds (t, h, &key) then `results` bytes of results, from offset 24.
Slot FuncGen::map_call(NativeId n, const Type* mt, const Expr* m, const Expr* key, Pos pos, uint32_t results) {
  const Slot h = operand(m);
  const Slot k = map_key_addr(key, mt->underlying()->key);
  const Slot b = temp(24 + results);
  note_ptr(b.at(8));
  note_ptr(b.at(16));
  if (results > 0) note_ptr(b.at(24));  // every map entry's first result is a pointer
  emit(Op::MOVK_Q, {b, Opnd::rel(RelocKind::Type, prog_.type_id(mt))});
  emit(Op::MOV_Q, {b.at(8), h});
  emit(Op::MOV_Q, {b.at(16), k});
  mark(pos);  // may panic: assignment to entry in nil map, unhashable key
  callrt(b, n);
  return b;
}

void FuncGen::map_index_to(const IndexExpr* ix, Slot dst, Slot ok) {
  const Type* vt = ix->x->type->underlying()->elem;
  const bool comma = !(ok == Slot{});
  const Slot b = map_call(comma ? NativeId::mapaccess2 : NativeId::mapaccess1, ix->x->type, ix->x, ix->index,
                          ix->pos, 16);
  const int missing = new_label(), end = new_label();
  emit(Op::JEQI_Q, {b.at(24), Opnd::imm(0), Opnd::label(missing)});
  load(deref(b.at(24), vt), dst);
  emit(Op::JMP, {Opnd::label(end)});
  bind(missing);
  zero(dst, vt);
  bind(end);
  if (comma) emit(Op::MOV_B, {ok, b.at(32)});
}

Slot FuncGen::map_assign_ptr(const IndexExpr* ix) {
  return map_call(NativeId::mapassign, ix->x->type, ix->x, ix->index, ix->pos, 8).at(24);
}

void FuncGen::map_delete(const CallExpr* c) {
  map_call(NativeId::mapdelete, c->args[0]->type, c->args[0], c->args[1], c->pos, 0);
}

// for k, v := range m:
//        mapiterinit(t, m, &it)
//        JMP cond
//   top: k = *it.key; v = *it.elem
//        body
//  cont: mapiternext(&it)
//  cond: if it.key != nil goto top
//   brk:
void FuncGen::range_map(const RangeStmt* s) {
  const Type* mt = s->x->type;
  const Type* u = mt->underlying();
  auto named = [](const Expr* e) -> const Expr* {
    if (!e) return nullptr;
    e = unparen(e);
    return e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_" ? nullptr : e;
  };
  const Expr* key = named(s->key);
  const Expr* val = named(s->value);
  // (issue 4) The iterator is the range statement's temporary: live for
  // the whole loop, dead after it. The other temporaries die sooner.
  const Slot it = temp(kHiterSize);
  for (uint32_t w = 0; w < 8; ++w) note_ptr(it.at(8 * w));  // hiter's pointer words
  {
    const uint64_t mark_init = temp_top_;
    const Slot m = operand(s->x);
    const Slot b = temp(24);
    note_ptr(b.at(8));
    note_ptr(b.at(16));
    emit(Op::MOVK_Q, {b, Opnd::rel(RelocKind::Type, prog_.type_id(mt))});
    emit(Op::MOV_Q, {b.at(8), m});
    emit(Op::LEAQ, {b.at(16), it});
    mark(s->pos);
    callrt(b, NativeId::mapiterinit);
    end_statement(mark_init);
  }
  const int top = new_label(), cont = new_label(), cond = new_label(), brk = new_label();
  push_targets(s, Targets{brk, cont});
  emit(Op::JMP, {Opnd::label(cond)});
  bind(top);
  mark(s->pos);
  const uint64_t mark_kv = temp_top_;  // the key's and value's temporaries die before the body
  if (s->tok == Token::Define) {
    if (key && key->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(key)->obj);
    if (val && val->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(val)->obj);
  }
  if (key) {
    const Slot k = temp(u->key);
    load(deref(it, u->key), k);
    store(key, k, u->key);
  }
  if (val) {
    const Slot v = temp(u->elem);
    load(deref(it.at(8), u->elem), v);
    store(val, v, u->elem);
  }
  end_statement(mark_kv);
  stmt(s->body);
  bind(cont);
  {
    const uint64_t mark_next = temp_top_;
    const Slot b = temp(8);
    note_ptr(b);
    emit(Op::LEAQ, {b, it});
    mark(s->pos);
    callrt(b, NativeId::mapiternext);
    end_statement(mark_next);
  }
  bind(cond);
  emit(Op::JNEI_Q, {it, Opnd::imm(0), Opnd::label(top)});
  bind(brk);
  pop_targets(s);
}

}  // namespace govm
