// Code generation for composite values: literals of structs, arrays,
// slices and maps, and == on structs and arrays.
//
// A literal is built in place: its destination (a frame slot, or the heap
// object of &T{...}) is zeroed, then each element the literal names is
// evaluated into its field or element, in source order, as gc's
// fixedlit/slicelit do. Nested literals with elided types are built into
// their element directly. A slice literal's backing array is a frame slot
// when escape analysis keeps it on the stack, else a heap object of type
// [n]T (runtime.newobject, as gc's slicelit); a map
// literal is runtime.makemap followed by one mapassign per entry.
//
// Struct and array equality: bytewise (MEMEQ) when the type's bytes are its
// value (no padding, strings, floats or interfaces), otherwise field by
// field (element by element) in generated code, stopping at the first
// difference, as gc's generated eq functions do.
#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/escape.h"

namespace govm {

void FuncGen::composite_to(const CompositeLit* c, Slot dst) {
  const Type* t = c->lit_type ? c->lit_type : c->type;
  if (c->addr) {  // an elided &T{...} inside []*T{...}: a pointer to a new T
    new_composite(c, t, c, "&" + site_name(c), dst);
    return;
  }
  composite_into(c, Place{Place::Kind::Frame, dst, 0, 0, t}, false);
}

// &T{...} (site: the allocation site escape analysis decided, named `what`):
// the literal built in a new object, on the stack (a slot of this frame)
// or on the heap, and its address in dst.
void FuncGen::new_composite(const CompositeLit* c, const Type* t, const Expr* site, const std::string& what,
                            Slot dst) {
  if (site->escape == EscapeDecision::Stack) {
    const Slot obj = local_slot(t->size);
    note_ptrs(obj, t);
    composite_into(c, Place{Place::Kind::Frame, obj, 0, 0, t}, false);
    emit(Op::LEAQ, {dst, obj});
    return;
  }
  const Slot ptr = ptr_temp();
  new_heap_object(t, ptr, site, what, site->escape_reason.empty() ? "escapes to heap" : site->escape_reason);
  composite_into(c, deref(ptr, t), true);
  emit(Op::MOV_Q, {dst, ptr});
}

// Builds the literal into p. `zeroed`: p already holds the zero value.
void FuncGen::composite_into(const CompositeLit* c, const Place& p, bool zeroed) {
  const Type* t = c->lit_type ? c->lit_type : p.type;
  const Type* u = t->underlying();
  auto element = [&](const Expr* v, const Place& ep, bool ezeroed) {
    v = unparen(v);
    if (v->kind == ExprKind::CompositeLit && !static_cast<const CompositeLit*>(v)->addr) {
      composite_into(static_cast<const CompositeLit*>(v), ep, ezeroed);
      return;
    }
    if (ep.kind == Place::Kind::Frame) {
      expr_to_as(v, ep.type, ep.slot);
      return;
    }
    const Slot tmp = temp(ep.type);
    expr_to_as(v, ep.type, tmp);
    store_to(ep, tmp);
  };
  auto value_of = [](const Expr* e) {
    return e->kind == ExprKind::KeyValue ? static_cast<const KeyValueExpr*>(e)->value : e;
  };
  switch (u->kind) {
    case TypeKindC::Struct: {
      if (!zeroed) zero_place(p);
      for (size_t i = 0; i < c->elts.size(); ++i) {
        const int64_t k = i < c->indices.size() ? c->indices[i] : static_cast<int64_t>(i);
        if (k < 0 || static_cast<size_t>(k) >= u->fields.size()) {
          unsupported(c->pos, "this composite literal");
          return;
        }
        const StructField& f = u->fields[static_cast<size_t>(k)];
        element(value_of(c->elts[i]), p.at(f.offset, f.type), true);
      }
      return;
    }
    case TypeKindC::Array: {
      if (!zeroed) zero_place(p);
      for (size_t i = 0; i < c->elts.size(); ++i) {
        const int64_t k = i < c->indices.size() ? c->indices[i] : static_cast<int64_t>(i);
        element(value_of(c->elts[i]), p.at(static_cast<uint64_t>(k) * u->elem->size, u->elem), true);
      }
      return;
    }
    case TypeKindC::Slice: {
      const uint64_t n = static_cast<uint64_t>(std::max<int64_t>(c->len, 0));
      const Type* et = u->elem;
      const Slot hdr = temp(24);
      note_ptr(hdr);
      Place arr;
      if (n == 0) {
        // An empty literal is a non-nil slice of length 0: gc points it at
        // runtime.zerobase; any non-nil address of nothing will do.
        emit(Op::LEAQ, {hdr, hdr});
        arr = deref(hdr, et);
      } else if (c->escape == EscapeDecision::Stack) {
        const Slot a = local_slot(n * et->size);
        for (uint64_t i = 0; i < n; ++i) note_ptrs(a.at(static_cast<uint32_t>(i * et->size)), et);
        emit(Op::ZERO, {a, Opnd::imm(static_cast<int64_t>(n * et->size))});
        emit(Op::LEAQ, {hdr, a});
        arr = Place{Place::Kind::Frame, a, 0, 0, et};
      } else {
        // The backing array on the heap: gc's slicelit allocates it as one
        // object of type [n]T (runtime.newobject), not with makeslice.
        new_heap_object(pkg_.types->array(et, n), hdr, c, site_name(c),
                        c->escape_reason.empty() ? "escapes to heap" : c->escape_reason);
        arr = deref(hdr, et);
      }
      for (size_t i = 0; i < c->elts.size(); ++i) {
        const int64_t k = i < c->indices.size() ? c->indices[i] : static_cast<int64_t>(i);
        element(value_of(c->elts[i]), arr.at(static_cast<uint64_t>(k) * et->size, et), true);
      }
      emit(Op::MOVK_Q, {hdr.at(8), Opnd::imm(static_cast<int64_t>(n))});
      emit(Op::MOVK_Q, {hdr.at(16), Opnd::imm(static_cast<int64_t>(n))});
      store_to(p, hdr);
      return;
    }
    case TypeKindC::Map: {
      // makemap(t, hint, nil), then m[k] = v for each entry in order.
      const Slot m = temp(8);
      note_ptr(m);
      const Slot block = temp(32);
      note_ptr(block.at(16));
      note_ptr(block.at(24));
      emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
      emit(Op::MOVK_Q, {block.at(8), Opnd::imm(static_cast<int64_t>(c->elts.size()))});
      emit(Op::MOVK_Q, {block.at(16), Opnd::imm(0)});
      alloc_site(c, site_name(c), c->escape_reason.empty() ? "escapes to heap" : c->escape_reason);
      callrt(block, NativeId::makemap);
      emit(Op::MOV_Q, {m, block.at(24)});
      // As gc's maplit: the entries whose key and value are both static
      // go in first, then the others in order, so with a duplicate key the
      // dynamic entry wins wherever it stands.
      std::vector<const Expr*> order;
      for (int pass = 0; pass < 2; ++pass) {
        for (const Expr* e : c->elts) {
          const bool fixed = e->kind == ExprKind::KeyValue && is_static_lit(static_cast<const KeyValueExpr*>(e)->key) &&
                             is_static_lit(static_cast<const KeyValueExpr*>(e)->value);
          if (fixed == (pass == 0)) order.push_back(e);
        }
      }
      for (const Expr* e : order) {
        if (e->kind != ExprKind::KeyValue) {
          unsupported(e->pos, "this map literal");
          return;
        }
        const auto* kv = static_cast<const KeyValueExpr*>(e);
        // Key then value into temporaries, then mapassign and the store.
        const Slot k = temp(u->key);
        const Expr* kx = unparen(kv->key);
        if (kx->kind == ExprKind::CompositeLit) composite_into(static_cast<const CompositeLit*>(kx), Place{Place::Kind::Frame, k, 0, 0, u->key}, false);
        else expr_to_as(kx, u->key, k);
        const Slot v = temp(u->elem);
        element(kv->value, Place{Place::Kind::Frame, v, 0, 0, u->elem}, false);
        const Slot ab = temp(32);
        note_ptr(ab.at(8));
        note_ptr(ab.at(16));
        note_ptr(ab.at(24));
        emit(Op::MOVK_Q, {ab, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
        emit(Op::MOV_Q, {ab.at(8), m});
        emit(Op::LEAQ, {ab.at(16), k});
        mark(kv->pos);
        callrt(ab, NativeId::mapassign);
        store_to(deref(ab.at(24), u->elem), v);
      }
      store_to(p, m);
      return;
    }
    default: unsupported(c->pos, "composite literals of type " + t->name); return;
  }
}

// gc's isStaticCompositeLiteral: a constant, nil, or an array or struct
// literal of such (a slice or map literal, or anything computed, is not).
bool FuncGen::is_static_lit(const Expr* e) const {
  e = unparen(e);
  if (!e) return false;
  if ((e->mode == Mode::Constant && e->value.has_value()) || e->mode == Mode::Nil) return true;  // constant or nil
  if (e->kind != ExprKind::CompositeLit || !e->type) return false;
  const TypeKindC k = e->type->underlying()->kind;
  if (k != TypeKindC::Struct && k != TypeKindC::Array) return false;
  for (const Expr* x : static_cast<const CompositeLit*>(e)->elts) {
    if (x->kind == ExprKind::KeyValue) x = static_cast<const KeyValueExpr*>(x)->value;
    if (!is_static_lit(x)) return false;
  }
  return true;
}

// Whether == on t compares exactly its bytes: no padding, and no field
// whose equality is not bytewise (strings, floats, interfaces).
bool FuncGen::comparable_bytewise(const Type* t) const {
  const Type* u = t->underlying();
  if (u->is_integer() || u->is_boolean()) return true;
  switch (u->kind) {
    case TypeKindC::Pointer: case TypeKindC::Chan: case TypeKindC::UnsafePointer: return true;
    case TypeKindC::Array: return u->elem && comparable_bytewise(u->elem);
    case TypeKindC::Struct: {
      uint64_t sum = 0;
      for (const StructField& f : u->fields) {
        if (f.name == "_" || !comparable_bytewise(f.type)) return false;
        sum += f.type->size;
      }
      return sum == u->size;
    }
    default: return false;
  }
}

// dst = (a op b) for structs and arrays, op == or !=.
void FuncGen::compare_composite(Token op, Slot dst, Slot a, Slot b, const Type* t) {
  const Type* u = t->underlying();
  if (comparable_bytewise(t)) {
    emit(Op::MEMEQ, {dst, a, b, Opnd::imm(static_cast<int64_t>(t->size))});
    if (op == Token::Neq) emit(Op::NOT, {dst, dst});
    return;
  }
  // Field by field: dst = true; each unequal part jumps to `differ`.
  const int differ = new_label(), end = new_label();
  const Slot flag = temp(1);
  auto part = [&](uint64_t off, const Type* pt) {
    compare_slots(Token::Eql, flag, a.at(static_cast<uint32_t>(off)), b.at(static_cast<uint32_t>(off)), pt);
    emit(Op::JF, {flag, Opnd::label(differ)});
  };
  if (u->kind == TypeKindC::Struct) {
    for (const StructField& f : u->fields) {
      if (f.name != "_") part(f.offset, f.type);
    }
  } else if (u->kind == TypeKindC::Array) {
    for (uint64_t i = 0; i < u->len; ++i) part(i * u->elem->size, u->elem);
  } else {
    unsupported(Pos{}, "comparison of " + t->name);
    return;
  }
  emit(Op::MOVK_B, {dst, Opnd::imm(op == Token::Eql ? 1 : 0)});
  emit(Op::JMP, {Opnd::label(end)});
  bind(differ);
  emit(Op::MOVK_B, {dst, Opnd::imm(op == Token::Eql ? 0 : 1)});
  bind(end);
}

}  // namespace govm
