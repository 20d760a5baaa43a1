// Code generation for addresses: where a value lives, and loads, stores and
// & on it (the frame and the invariants are drawn in codegen.h).
//
// Every addressable expression becomes a Place before it is read or
// written: a frame slot (a local, or a field or constant index of one), a
// global plus an offset, or memory at an offset from an address held in a
// frame slot. Memory places are reached through a pointer (*p, p.f), a
// slice's array (s[i]), an array indexed by a variable (a[i], whose address
// is computed by LEAX after the bounds check), a variable moved to the heap
// (escape analysis: its frame slot holds the address of its heap object)
// or a map entry (the address mapassign returns). Loads and stores through
// memory use the LOAD/STORE instructions, which check the base: a nil base
// is Go's nil dereference panic, as the SIGSEGV of gc's code is.
//
// Invariants:
//  - the base slot of a Mem place holds the address when the place is
//    built and is not written before the place is used within the
//    statement (multiple assignment copies it first: codegen.cpp);
//  - a place never points into the outgoing area (a call's results are
//    moved out by operand() before a field of them is read).
#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/escape.h"

namespace govm {

namespace {

Op sized(Op b_variant, Op o_variant, Op n_variant, uint64_t n, bool* with_size) {
  *with_size = false;
  switch (n) {
    case 1: case 2: case 4: case 8: return width_op(b_variant, n);
    case 16: return o_variant;
    default: *with_size = true; return n_variant;
  }
}

}  // namespace

bool FuncGen::is_heap_var(const Object* obj) const {
  // (issue 6, func) In a closure, a variable captured by reference is
  // reached through its address, as a heap variable is.
  return obj && obj->kind == ObjKind::Var && !obj->is_global && (obj->storage == Storage::Heap || byref_.count(obj));
}

// A variable moved to the heap gets a new object each time its declaration
// runs (once per loop iteration for a variable declared in the loop body),
// as gc's runtime.newobject at the declaration.
void FuncGen::declare_var(const Object* obj) {
  if (!is_heap_var(obj)) return;
  auto it = heap_ptrs_.find(obj);
  Slot ptr;
  if (it != heap_ptrs_.end()) {
    ptr = it->second;
  } else {
    ptr = local_slot(8);
    note_ptr(ptr);
    heap_ptrs_.emplace(obj, ptr);
    // (issue 7) The slot is the variable's only trace in the frame: named
    // "&x" with x's pointer type, as Go's DWARF names a heap-moved
    // variable, so that the stepper and the API reach x through it.
    add_local(ptr, pkg_.types->pointer(obj->type), LocalVar::Role::Local, "&" + obj->name, obj->pos.line);
  }
  new_heap_object(obj->type, ptr, nullptr, obj->name,
                  obj->escape_reason.empty() ? "moved to heap: " + obj->name : obj->escape_reason);
  // The site is the variable's declaration.
  if (!fc_.alloc_sites.empty()) {
    fc_.alloc_sites.back().line = obj->pos.line;
    fc_.alloc_sites.back().col = obj->pos.col;
  }
}

// dst = runtime.newobject(type of t).
void FuncGen::new_heap_object(const Type* t, Slot dst, const Expr* site, const std::string& what,
                              const std::string& reason) {
  const Slot block = temp(16);
  note_ptr(block.at(8));
  emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
  alloc_site(site, what, reason);
  callrt(block, NativeId::newobject);
  emit(Op::MOV_Q, {dst, block.at(8)});
}

Place FuncGen::var_place(const Object* obj) {
  Place p;
  p.type = obj->type;
  if (obj->is_global) {
    p.kind = Place::Kind::Global;
    p.global = prog_.global_id(obj);
    return p;
  }
  if (is_heap_var(obj)) {
    auto it = heap_ptrs_.find(obj);
    if (it == heap_ptrs_.end()) {
      // Declared where code generation did not see it (defensive): give it
      // its object now.
      declare_var(obj);
      it = heap_ptrs_.find(obj);
    }
    p.kind = Place::Kind::Mem;
    p.slot = it->second;
    return p;
  }
  p.slot = var_slot(obj);
  return p;
}

Place FuncGen::deref(Slot ptr, const Type* elem) {
  Place p;
  p.kind = Place::Kind::Mem;
  p.slot = ptr;
  p.type = elem;
  return p;
}

// A place in memory whose offset does not fit the 32-bit immediate of
// LOAD/STORE/ADDI_Q (a field or constant index past 2 GiB): its address,
// checked for nil first as gc checks such large offsets, computed in 64 bits.
Place FuncGen::near(const Place& p) {
  if (p.kind != Place::Kind::Mem || fits_i32(p.off)) return p;
  emit(Op::NILCHK, {p.slot});
  const Slot off = temp(8);
  emit(Op::MOVK_Q, {off, Opnd::imm(p.off)});
  const Slot a = ptr_temp();
  emit(Op::ADD_Q, {a, p.slot, off});
  Place q = p;
  q.slot = a;
  q.off = 0;
  return q;
}

void FuncGen::load(const Place& p0, Slot dst) {
  const Place p = near(p0);
  const uint64_t n = p.type->size;
  bool with_size = false;
  switch (p.kind) {
    case Place::Kind::Frame: move(dst, p.slot, p.type); return;
    case Place::Kind::Global: {
      if (n == 0) return;
      const Op op = sized(Op::GLOAD_B, Op::GLOAD_O, Op::GLOAD_N, n, &with_size);
      const Opnd g = Opnd::rel(RelocKind::Global, p.global, p.off);
      if (with_size) emit(op, {dst, g, Opnd::imm(static_cast<int64_t>(n))});
      else emit(op, {dst, g});
      return;
    }
    case Place::Kind::Mem: {
      if (n == 0) {
        emit(Op::NILCHK, {p.slot});
        return;
      }
      const Op op = sized(Op::LOAD_B, Op::LOAD_O, Op::LOAD_N, n, &with_size);
      if (with_size) emit(op, {dst, p.slot, Opnd::imm(p.off), Opnd::imm(static_cast<int64_t>(n))});
      else emit(op, {dst, p.slot, Opnd::imm(p.off)});
      return;
    }
  }
}

void FuncGen::store_to(const Place& p0, Slot src) {
  const Place p = near(p0);
  const uint64_t n = p.type->size;
  bool with_size = false;
  switch (p.kind) {
    case Place::Kind::Frame: move(p.slot, src, p.type); return;
    case Place::Kind::Global: {
      if (n == 0) return;
      const Op op = sized(Op::GSTORE_B, Op::GSTORE_O, Op::GSTORE_N, n, &with_size);
      const Opnd g = Opnd::rel(RelocKind::Global, p.global, p.off);
      if (with_size) emit(op, {src, g, Opnd::imm(static_cast<int64_t>(n))});
      else emit(op, {src, g});
      return;
    }
    case Place::Kind::Mem: {
      if (n == 0) {
        emit(Op::NILCHK, {p.slot});
        return;
      }
      const Op op = sized(Op::STORE_B, Op::STORE_O, Op::STORE_N, n, &with_size);
      if (with_size) emit(op, {p.slot, src, Opnd::imm(p.off), Opnd::imm(static_cast<int64_t>(n))});
      else emit(op, {p.slot, src, Opnd::imm(p.off)});
      return;
    }
  }
}

void FuncGen::zero_place(const Place& p) {
  if (p.kind == Place::Kind::Frame) {
    zero(p.slot, p.type);
    return;
  }
  const Slot z = temp(p.type);
  zero(z, p.type);
  store_to(p, z);
}

// &p: the address of the place. Through memory the base is checked first,
// as gc checks it for &p.f (a nil p panics even though nothing is read).
void FuncGen::addr_of(const Place& p0, Slot dst) {
  const Place p = near(p0);
  switch (p.kind) {
    case Place::Kind::Frame: emit(Op::LEAQ, {dst, p.slot}); return;
    case Place::Kind::Global: emit(Op::LEAG, {dst, Opnd::rel(RelocKind::Global, p.global, p.off)}); return;
    case Place::Kind::Mem:
      emit(Op::NILCHK, {p.slot});
      if (p.off == 0) {
        if (!(dst == p.slot)) emit(Op::MOV_Q, {dst, p.slot});
      } else {
        emit(Op::ADDI_Q, {dst, p.slot, Opnd::imm(p.off)});
      }
      return;
  }
}

// A slot holding the address of p, without a nil check.
Slot FuncGen::base_addr(const Place& p0) {
  const Place p = near(p0);
  if (p.kind == Place::Kind::Mem && p.off == 0) return p.slot;
  const Slot a = ptr_temp();
  switch (p.kind) {
    case Place::Kind::Frame: emit(Op::LEAQ, {a, p.slot}); break;
    case Place::Kind::Global: emit(Op::LEAG, {a, Opnd::rel(RelocKind::Global, p.global, p.off)}); break;
    case Place::Kind::Mem: emit(Op::ADDI_Q, {a, p.slot, Opnd::imm(p.off)}); break;
  }
  return a;
}

Place FuncGen::place(const Expr* e) {
  auto pinned = pinned_slots_.find(e);
  if (pinned != pinned_slots_.end()) return Place{Place::Kind::Frame, pinned->second, 0, 0, e->type};
  const Expr* u = unparen(e);
  if (u != e) return place(u);
  if (!is_const(e)) {
    switch (e->kind) {
      case ExprKind::Ident: {
        const Object* obj = static_cast<const Ident*>(e)->obj;
        if (obj && obj->kind == ObjKind::Var) return var_place(obj);
        break;
      }
      case ExprKind::Star: {
        const auto* st = static_cast<const StarExpr*>(e);
        return deref(operand(st->x), e->type);
      }
      case ExprKind::Selector: {
        const auto* sel = static_cast<const SelectorExpr*>(e);
        if (sel->sel_kind == SelKind::Field) return selector_place(sel);
        if (sel->sel_kind == SelKind::Qualified && sel->sel->obj != nullptr && sel->sel->obj->kind == ObjKind::Var)
          return var_place(sel->sel->obj);  // (issue 6, strconv) strconv.ErrSyntax
        break;
      }
      case ExprKind::Index: {
        const auto* ix = static_cast<const IndexExpr*>(e);
        const Type* xt = ix->x->type ? ix->x->type->underlying() : nullptr;
        if (xt && (xt->kind == TypeKindC::Array || xt->kind == TypeKindC::Slice || xt->kind == TypeKindC::Pointer))
          return index_place(ix);
        break;
      }
      default: break;
    }
  }
  // A value: it lives in the frame (a temporary, or the variable itself).
  return Place{Place::Kind::Frame, operand(e), 0, 0, e->type};
}

// x.f through the path of embedded fields, dereferencing pointers on the
// way as Go's selector rules do.
Place FuncGen::selector_place(const SelectorExpr* sel) {
  Place p = walk_path(place(sel->x), sel->x->type, sel->path, sel->pos);
  p.type = sel->type;
  return p;
}

// p (of type t) followed along a path of field indices (SelectorExpr::path).
Place FuncGen::walk_path(Place p, const Type* t, const std::vector<int>& path, Pos pos) {
  for (int idx : path) {
    const Type* u = t->underlying();
    if (u->kind == TypeKindC::Pointer) {
      Slot ptr;
      if (p.kind == Place::Kind::Frame) {
        ptr = p.slot;  // the pointer is in the frame already
      } else {
        ptr = ptr_temp();
        load(p, ptr);
      }
      p = deref(ptr, u->elem);
      u = u->elem->underlying();
    }
    if (u->kind != TypeKindC::Struct || idx < 0 || static_cast<size_t>(idx) >= u->fields.size()) {
      unsupported(pos, "this selector");
      return p;
    }
    const StructField& f = u->fields[static_cast<size_t>(idx)];
    p = p.at(f.offset, f.type);
    t = f.type;
  }
  return p;
}

namespace {
int64_t unsigned_flag(const Expr* e) { return e->type && e->type->underlying()->is_unsigned() ? 1 : 0; }
}  // namespace

// a[i] (arrays, through a pointer to an array) and s[i] (slices): the
// bounds check, then the element's place.
Place FuncGen::index_place(const IndexExpr* ix) {
  const Type* xt = ix->x->type->underlying();
  const Type* elem = ix->type;
  const uint64_t esize = elem->size;
  if (xt->kind == TypeKindC::Slice) {
    const Slot hdr = operand(ix->x);
    const Slot i = int_index(ix->index, true);
    mark(ix->pos);  // may panic: index out of range
    emit(Op::BOUNDS, {i, hdr.at(8), Opnd::imm(unsigned_flag(ix->index))});
    if (is_const(ix->index)) {
      Place p = deref(hdr, elem);
      p.off = const_bits(*ix->index->value) * static_cast<int64_t>(esize);
      return p;
    }
    const Slot a = ptr_temp();
    emit(Op::LEAX, {a, hdr, i, Opnd::imm(static_cast<int64_t>(esize))});
    return deref(a, elem);
  }
  Place base;
  const Type* at = xt;
  if (xt->kind == TypeKindC::Pointer) {  // p[i] is (*p)[i]
    const Slot ptr = operand(ix->x);
    emit(Op::NILCHK, {ptr});
    at = xt->elem->underlying();
    base = deref(ptr, xt->elem);
  } else {
    base = place(ix->x);
  }
  if (is_const(ix->index)) {
    const int64_t k = const_bits(*ix->index->value);
    if (k < 0 || static_cast<uint64_t>(k) >= at->len) {  // the checker reports constant indices out of range
      unsupported(ix->pos, "this index");
      return base;
    }
    return base.at(static_cast<uint64_t>(k) * esize, elem);
  }
  const Slot i = int_index(ix->index, true);
  mark(ix->pos);  // may panic: index out of range
  if (fits_i32(static_cast<int64_t>(at->len))) {
    emit(Op::BOUNDSK, {i, Opnd::imm(static_cast<int64_t>(at->len)), Opnd::imm(unsigned_flag(ix->index))});
  } else {  // 2^31 elements or more: the length takes MOVK_Q's 64 bits
    const Slot n = temp(8);
    emit(Op::MOVK_Q, {n, Opnd::imm(static_cast<int64_t>(at->len))});
    emit(Op::BOUNDS, {i, n, Opnd::imm(unsigned_flag(ix->index))});
  }
  const Slot b = base_addr(base);
  const Slot a = ptr_temp();
  emit(Op::LEAX, {a, b, i, Opnd::imm(static_cast<int64_t>(esize))});
  return deref(a, elem);
}

// (ptr, len, cap) of something sliceable other than a string, in the
// frame: a slice's own header, or one made for an array or *array.
Slot FuncGen::slice_header(const Expr* x, uint64_t* elem_size) {
  const Type* xt = x->type->underlying();
  if (xt->kind == TypeKindC::Slice) {
    *elem_size = xt->elem->size;
    return operand(x);
  }
  const Type* at = xt;
  const Slot hdr = temp(24);
  note_ptr(hdr);
  if (xt->kind == TypeKindC::Pointer) {
    at = xt->elem->underlying();
    const Slot p = operand(x);
    emit(Op::NILCHK, {p});
    emit(Op::MOV_Q, {hdr, p});
  } else {
    const Place p = place(x);
    addr_of(p, hdr);
  }
  *elem_size = at->elem->size;
  emit(Op::MOVK_Q, {hdr.at(8), Opnd::imm(static_cast<int64_t>(at->len))});
  emit(Op::MOVK_Q, {hdr.at(16), Opnd::imm(static_cast<int64_t>(at->len))});
  return hdr;
}

void FuncGen::expr_to_as(const Expr* e, const Type* t, Slot dst) {
  if (e->mode == Mode::Nil || (e->type && e->type->kind == TypeKindC::UntypedNil)) {
    zero(dst, t);
    return;
  }
  expr_to(e, dst);
}

void FuncGen::selector_to(const SelectorExpr* sel, Slot dst) {
  if (method_expr_to(sel, dst)) return;  // (issue 6, iface) T.M as a value: codegen_method.cpp
  if (method_value_to(sel, dst)) return;  // (issue 6, iface) x.M as a value
  if (sel->sel_kind == SelKind::Qualified && sel->sel->obj != nullptr && sel->sel->obj->kind == ObjKind::Var) {
    load(var_place(sel->sel->obj), dst);  // (issue 6, strconv) strconv.ErrSyntax
    return;
  }
  if (sel->sel_kind != SelKind::Field) {
    unsupported(sel->pos, "this selector");
    return;
  }
  load(selector_place(sel), dst);
}

void FuncGen::star_to(const StarExpr* st, Slot dst) { load(deref(operand(st->x), st->type), dst); }

// &x: the address of a variable or of what a selector or index denotes;
// &T{...} allocates (on the heap unless escape analysis kept it on the
// stack, then in a frame slot of its own).
void FuncGen::addr_expr_to(const UnaryExpr* u, Slot dst) {
  const Expr* x = unparen(u->x);
  if (x->kind == ExprKind::CompositeLit) {
    const auto* c = static_cast<const CompositeLit*>(x);
    new_composite(c, c->lit_type ? c->lit_type : x->type, u, site_name(u), dst);
    return;
  }
  addr_of(place(x), dst);
}

}  // namespace govm
