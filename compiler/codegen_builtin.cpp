// Code generation for the builtins on slices and memory (new, make,
// append, copy, len, cap), slicing, range over arrays and slices, and the
// conversions that allocate ([]byte(s), string(b), []rune(s), string(r),
// string(i)), each as gc compiles it:
//
//  - new(T) and a constant-size make([]T, n) whose result escape analysis
//    keeps on the stack get zeroed frame slots; otherwise runtime.newobject
//    and runtime.makeslice allocate, and the call is an allocation site.
//  - append(s, e1, ..., en) (ssa.go's append): newlen = len(s) + n; if
//    uint(newlen) > uint(cap(s)) runtime.growslice moves the elements to a
//    larger array; then the elements are stored at [len, newlen) and the
//    result is (ptr, newlen, cap). The arguments are read after the grow,
//    as in gc (their calls have run before: codegen_expr.cpp's hoisting).
//  - the conversions pass a 32-byte buffer in the frame (Go's tmpBuf) when
//    escape analysis keeps the result on the stack, nil otherwise.
#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "compiler/unicode.h"

namespace govm {

namespace {

std::string reason_of(const Expr* e, const char* fallback) {
  return e->escape_reason.empty() ? std::string(fallback) : e->escape_reason;
}

// The SLICE instruction's flags (vm/interp.cpp).
constexpr int64_t kSlice3 = 1, kSliceLoU = 2, kSliceHiU = 4, kSliceMaxU = 8, kSliceOfSlice = 16;

bool unsigned_type(const Expr* e) { return e && e->type && e->type->underlying()->is_unsigned(); }

}  // namespace

void FuncGen::builtin_to(const CallExpr* c, Slot dst) {
  switch (static_cast<Builtin>(c->builtin)) {
    case Builtin::Len: len_cap_to(c, dst, false); return;
    case Builtin::Cap: len_cap_to(c, dst, true); return;
    case Builtin::New: new_to(c, dst); return;
    case Builtin::Make: make_to(c, dst); return;
    case Builtin::Append: append_to(c, dst); return;
    case Builtin::Copy: copy_to(c, dst); return;
    case Builtin::Recover: recover_to(c, dst); return;  // (issue 6) codegen_defer.cpp
    default: unsupported(c->pos, "this use of a builtin"); return;
  }
}

void FuncGen::len_cap_to(const CallExpr* c, Slot dst, bool is_cap) {
  if (c->args.size() != 1) {
    unsupported(c->pos, "this call");
    return;
  }
  const Expr* x = c->args[0];
  const Type* u = x->type->underlying();
  if (u->is_string() && !is_cap) {
    emit(Op::MOV_Q, {dst, operand_last(x).at(8)});
    return;
  }
  switch (u->kind) {
    case TypeKindC::Slice: emit(Op::MOV_Q, {dst, operand_last(x).at(is_cap ? 16 : 8)}); return;
    case TypeKindC::Array:
    case TypeKindC::Pointer: {
      const Type* at = u->kind == TypeKindC::Pointer ? u->elem->underlying() : u;
      operand(x);  // for its effects (the checker folds the rest to a constant)
      emit(Op::MOVK_Q, {dst, Opnd::imm(static_cast<int64_t>(at->len))});
      return;
    }
    case TypeKindC::Chan: chan_len_cap(c, dst, is_cap); return;  // (issue 5)
    case TypeKindC::Map: {
      if (is_cap) break;
      // len(m) is hmap.count, the header's first word; 0 for a nil map.
      const Slot m = operand(x);
      const Slot n = temp(8);
      const int nil = new_label();
      emit(Op::MOVK_Q, {n, Opnd::imm(0)});
      emit(Op::JEQI_Q, {m, Opnd::imm(0), Opnd::label(nil)});
      emit(Op::LOAD_Q, {n, m, Opnd::imm(0)});
      bind(nil);
      emit(Op::MOV_Q, {dst, n});
      return;
    }
    default: break;
  }
  unsupported(c->pos, std::string(is_cap ? "cap" : "len") + " of " + x->type->name);
}

void FuncGen::new_to(const CallExpr* c, Slot dst) {
  const Type* t = c->type->underlying()->elem;
  if (c->escape == EscapeDecision::Stack) {
    const Slot obj = local_slot(t->size);
    note_ptrs(obj, t);
    zero(obj, t);
    emit(Op::LEAQ, {dst, obj});
    return;
  }
  const Slot p = ptr_temp();
  new_heap_object(t, p, c, site_name(c), reason_of(c, "escapes to heap"));
  emit(Op::MOV_Q, {dst, p});
}

void FuncGen::make_to(const CallExpr* c, Slot dst) {
  const Type* t = c->type;
  const Type* u = t->underlying();
  if (u->kind == TypeKindC::Map) {
    const Slot block = temp(32);
    note_ptr(block.at(16));
    note_ptr(block.at(24));
    if (c->args.size() > 1) {
      const Slot h = int_index(c->args[1], true);
      emit(Op::MOV_Q, {block.at(8), h});
    } else {
      emit(Op::MOVK_Q, {block.at(8), Opnd::imm(0)});
    }
    emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
    emit(Op::MOVK_Q, {block.at(16), Opnd::imm(0)});
    mark(c->pos);
    alloc_site(c, site_name(c), reason_of(c, "escapes to heap"));
    callrt(block, NativeId::makemap);
    emit(Op::MOV_Q, {dst, block.at(24)});
    return;
  }
  if (u->kind == TypeKindC::Chan) {
    make_chan_to(c, dst);  // (issue 5) codegen_chan.cpp
    return;
  }
  if (u->kind != TypeKindC::Slice || c->args.size() < 2) {
    unsupported(c->pos, "make of " + t->name);
    return;
  }
  const Type* et = u->elem;
  const Expr* len = c->args[1];
  const Expr* cap = c->args.size() > 2 ? c->args[2] : nullptr;
  const Expr* size = cap ? cap : len;
  if (c->escape == EscapeDecision::Stack && is_const(size) && (!cap || is_const(len))) {
    const uint64_t n = static_cast<uint64_t>(const_bits(*size->value));
    const Slot arr = local_slot(n * et->size);
    for (uint64_t i = 0; i < n; ++i) note_ptrs(arr.at(static_cast<uint32_t>(i * et->size)), et);
    const Slot hdr = temp(24);
    note_ptr(hdr);
    if (n * et->size > 0) emit(Op::ZERO, {arr, Opnd::imm(static_cast<int64_t>(n * et->size))});
    emit(Op::LEAQ, {hdr, arr});
    emit(Op::MOVK_Q, {hdr.at(8), Opnd::imm(const_bits(*len->value))});
    emit(Op::MOVK_Q, {hdr.at(16), Opnd::imm(static_cast<int64_t>(n))});
    emit(Op::MOV_N, {dst, hdr, Opnd::imm(24)});
    return;
  }
  // makeslice(et, len, cap) checks the sizes (panics as Go's does).
  const Slot block = temp(32);
  note_ptr(block.at(24));
  const Slot l = int_index(len, false);
  emit(Op::MOV_Q, {block.at(8), l});
  if (cap) {
    const Slot k = int_index(cap, true);
    emit(Op::MOV_Q, {block.at(16), k});
  } else {
    emit(Op::MOV_Q, {block.at(16), l});
  }
  emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(et))});
  mark(c->pos);
  alloc_site(c, site_name(c), reason_of(c, "escapes to heap"));
  callrt(block, NativeId::makeslice);
  const Slot hdr = temp(24);
  note_ptr(hdr);
  emit(Op::MOV_Q, {hdr, block.at(24)});
  emit(Op::MOV_Q, {hdr.at(8), block.at(8)});
  emit(Op::MOV_Q, {hdr.at(16), block.at(16)});
  emit(Op::MOV_N, {dst, hdr, Opnd::imm(24)});
}

void FuncGen::append_to(const CallExpr* c, Slot dst) {
  const Type* st = c->type;
  const Type* et = st->underlying()->elem;
  const uint64_t esize = et->size;
  const bool spread = c->ellipsis.valid();
  const Slot nh = temp(24);  // the result being built: (ptr, len, cap)
  note_ptr(nh);
  if (c->args[0]->mode == Mode::Nil) {
    emit(Op::ZERO, {nh, Opnd::imm(24)});
  } else {
    expr_to(c->args[0], nh);
  }
  const size_t nargs = c->args.size() - 1;
  if (!spread && nargs == 0) {
    emit(Op::MOV_N, {dst, nh, Opnd::imm(24)});
    return;
  }
  Slot from;  // append(s, t...): t's header (a slice or a string)
  if (spread) from = operand(c->args[1]);
  const Slot newlen = temp(8);
  if (spread) emit(Op::ADD_Q, {newlen, nh.at(8), from.at(8)});
  else emit(Op::ADDI_Q, {newlen, nh.at(8), Opnd::imm(static_cast<int64_t>(nargs))});
  const int fits = new_label();
  emit(Op::JLEU_Q, {newlen, nh.at(16), Opnd::label(fits)});
  {
    // growslice(oldPtr, newLen, oldCap, num, et) []T
    const Slot g = temp(64);
    note_ptr(g);
    note_ptr(g.at(40));
    emit(Op::MOV_Q, {g, nh});
    emit(Op::MOV_Q, {g.at(8), newlen});
    emit(Op::MOV_Q, {g.at(16), nh.at(16)});
    if (spread) emit(Op::MOV_Q, {g.at(24), from.at(8)});
    else emit(Op::MOVK_Q, {g.at(24), Opnd::imm(static_cast<int64_t>(nargs))});
    emit(Op::MOVK_Q, {g.at(32), Opnd::rel(RelocKind::Type, prog_.type_id(et))});
    mark(c->pos);
    alloc_site(c, site_name(c), reason_of(c, "append past capacity"));
    callrt(g, NativeId::growslice);
    emit(Op::MOV_Q, {nh, g.at(40)});
    emit(Op::MOV_Q, {nh.at(16), g.at(56)});
  }
  bind(fits);
  if (esize > 0) {
    const Slot at = ptr_temp();  // &ptr[len]
    emit(Op::LEAX, {at, nh, nh.at(8), Opnd::imm(static_cast<int64_t>(esize))});
    if (spread) {
      // slicecopy(toPtr, toLen, fromPtr, fromLen, width) int
      const Slot b = temp(48);
      note_ptr(b);
      note_ptr(b.at(16));
      emit(Op::MOV_Q, {b, at});
      emit(Op::MOV_Q, {b.at(8), from.at(8)});
      emit(Op::MOV_Q, {b.at(16), from});
      emit(Op::MOV_Q, {b.at(24), from.at(8)});
      emit(Op::MOVK_Q, {b.at(32), Opnd::imm(static_cast<int64_t>(esize))});
      callrt(b, NativeId::slicecopy);
    } else {
      for (size_t i = 0; i < nargs; ++i) {
        Place p = deref(at, et);
        p.off = static_cast<int64_t>(i * esize);
        const Expr* a = unparen(c->args[i + 1]);
        const Slot v = temp(et);
        if (a->kind == ExprKind::CompositeLit) composite_into(static_cast<const CompositeLit*>(a), Place{Place::Kind::Frame, v, 0, 0, et}, false);
        else expr_to_as(a, et, v);
        store_to(p, v);
      }
    }
  }
  emit(Op::MOV_Q, {nh.at(8), newlen});
  emit(Op::MOV_N, {dst, nh, Opnd::imm(24)});
}

// copy(dst, src) = runtime.slicecopy(dst.ptr, len(dst), src.ptr, len(src), width).
void FuncGen::copy_to(const CallExpr* c, Slot dst) {
  const Type* et = c->args[0]->type->underlying()->elem;
  const Slot to = operand(c->args[0]);
  const Slot from = operand_last(c->args[1]);
  const Slot b = temp(48);
  note_ptr(b);
  note_ptr(b.at(16));
  emit(Op::MOV_Q, {b, to});
  emit(Op::MOV_Q, {b.at(8), to.at(8)});
  emit(Op::MOV_Q, {b.at(16), from});
  emit(Op::MOV_Q, {b.at(24), from.at(8)});
  emit(Op::MOVK_Q, {b.at(32), Opnd::imm(static_cast<int64_t>(et->size))});
  mark(c->pos);
  callrt(b, NativeId::slicecopy);
  if (!(dst == Slot{})) emit(Op::MOV_Q, {dst, b.at(40)});
}

// x[lo:hi] and x[lo:hi:max] of slices, arrays and pointers to arrays.
void FuncGen::slice_expr_to(const SliceExpr* sl, Slot dst) {
  const Type* xt = sl->x->type->underlying();
  if (xt->is_string()) {
    slice_to(sl, dst);
    return;
  }
  uint64_t esize = 0;
  const Slot hdr = slice_header(sl->x, &esize);
  const Slot b = temp(24);
  if (sl->lo) emit(Op::MOV_Q, {b, int_index(sl->lo, false)});
  else emit(Op::MOVK_Q, {b, Opnd::imm(0)});
  if (sl->hi) emit(Op::MOV_Q, {b.at(8), int_index(sl->hi, false)});
  else emit(Op::MOV_Q, {b.at(8), hdr.at(8)});
  if (sl->three && sl->max) emit(Op::MOV_Q, {b.at(16), int_index(sl->max, false)});
  else emit(Op::MOV_Q, {b.at(16), hdr.at(16)});
  int64_t flags = 0;
  if (sl->three) flags |= kSlice3;
  if (unsigned_type(sl->lo)) flags |= kSliceLoU;
  if (unsigned_type(sl->hi)) flags |= kSliceHiU;
  if (unsigned_type(sl->max)) flags |= kSliceMaxU;
  if (xt->kind == TypeKindC::Slice) flags |= kSliceOfSlice;
  mark(sl->pos);  // may panic: slice bounds out of range
  emit(Op::SLICE, {dst, hdr, b, Opnd::imm(static_cast<int64_t>(esize)), Opnd::imm(flags)});
}

// The conversions that call the runtime. Go's tmpBuf: a frame buffer when
// the result does not escape.
void FuncGen::convert_heap_to(const CallExpr* c, Slot dst) {
  const Expr* arg = c->args[0];
  const Type* from = arg->type->underlying();
  const Type* to = c->type->underlying();
  auto buf = [&](Slot at, uint64_t size) {
    note_ptr(at);  // (issue 4) nil or the frame buffer's address
    if (c->escape == EscapeDecision::Stack) {
      const Slot b = local_slot(size);
      emit(Op::LEAQ, {at, b});
    } else {
      emit(Op::MOVK_Q, {at, Opnd::imm(0)});
      alloc_site(c, site_name(c), reason_of(c, "escapes to heap"));
    }
  };
  auto fix_site = [&](size_t before) {
    // The site was recorded before the buffer's instructions: it is the CALLRT.
    if (fc_.alloc_sites.size() > before) fc_.alloc_sites.back().pc = fc_.code.size_bytes();
  };
  const size_t sites = fc_.alloc_sites.size();
  if (to->kind == TypeKindC::Slice && from->is_string() && (to->elem->size == 1 || to->elem->size == 4) &&
      is_const(arg)) {
    // []byte("const"), as gc's walk does: an array of exactly len bytes (on
    // the stack, or new([n]byte)) holding a copy, so cap == len. And
    // []rune("const"), which gc turns into the literal []rune{...}: exactly
    // as many runes, copied from their little-endian bytes in rodata.
    const bool runes = to->elem->size == 4;
    std::string data;
    if (runes) {
      const std::string& cs = arg->value->s;
      for (size_t at = 0; at < cs.size();) {
        int width = 0;
        const auto r = static_cast<uint32_t>(decode_rune(std::string_view(cs).substr(at), &width));
        at += static_cast<size_t>(width);
        for (int k = 0; k < 4; ++k) data.push_back(static_cast<char>((r >> (8 * k)) & 0xff));
      }
    }
    const int64_t n = runes ? static_cast<int64_t>(data.size() / 4) : static_cast<int64_t>(arg->value->s.size());
    const Slot hdr = temp(24);
    note_ptr(hdr);
    if (n == 0) {
      emit(Op::LEAQ, {hdr, hdr});  // non-nil, empty
    } else if (c->escape == EscapeDecision::Stack) {
      const Slot arr = local_slot(static_cast<uint64_t>(runes ? 4 * n : n));
      emit(Op::LEAQ, {hdr, arr});
    } else {
      mark(c->pos);
      new_heap_object(pkg_.types->array(to->elem, static_cast<uint64_t>(n)), hdr, c, site_name(c),
                      reason_of(c, "escapes to heap"));
    }
    if (n > 0) {
      const Slot str = temp(16);
      note_ptr(str);
      if (runes) {
        emit(Op::LOADSTR, {str, Opnd::rel(RelocKind::String, prog_.string_id(data)),
                           Opnd::imm(static_cast<int64_t>(data.size()))});
      } else {
        expr_to(arg, str);
      }
      emit(Op::MEMMOVE, {hdr, str, Opnd::imm(runes ? 4 * n : n)});
    }
    emit(Op::MOVK_Q, {hdr.at(8), Opnd::imm(n)});
    emit(Op::MOVK_Q, {hdr.at(16), Opnd::imm(n)});
    emit(Op::MOV_N, {dst, hdr, Opnd::imm(24)});
    return;
  }
  if (to->kind == TypeKindC::Slice && from->is_string()) {
    const bool runes = to->elem->size == 4;
    const Slot b = temp(48);
    note_ptr(b.at(8));
    note_ptr(b.at(24));
    expr_to(arg, b.at(8));
    buf(b, runes ? 4 * kTmpBufSize : kTmpBufSize);
    mark(c->pos);
    fix_site(sites);
    callrt(b, runes ? NativeId::stringtoslicerune : NativeId::stringtoslicebyte);
    emit(Op::MOV_N, {dst, b.at(24), Opnd::imm(24)});
    return;
  }
  if (to->is_string() && from->kind == TypeKindC::Slice) {
    const bool runes = from->elem->size == 4;
    const Slot s = operand(arg);
    if (runes) {
      const Slot b = temp(48);
      note_ptr(b.at(8));
      note_ptr(b.at(32));
      emit(Op::MOV_N, {b.at(8), s, Opnd::imm(24)});
      buf(b, kTmpBufSize);
      mark(c->pos);
      fix_site(sites);
      callrt(b, NativeId::slicerunetostring);
      emit(Op::MOV_O, {dst, b.at(32)});
    } else {
      const Slot b = temp(40);
      note_ptr(b.at(8));
      note_ptr(b.at(24));
      emit(Op::MOV_Q, {b.at(8), s});
      emit(Op::MOV_Q, {b.at(16), s.at(8)});
      buf(b, kTmpBufSize);
      mark(c->pos);
      fix_site(sites);
      callrt(b, NativeId::slicebytetostring);
      emit(Op::MOV_O, {dst, b.at(24)});
    }
    return;
  }
  if (to->is_string() && from->is_integer()) {
    const Slot b = temp(32);
    note_ptr(b.at(16));
    emit(Op::MOV_Q, {b.at(8), int_index(arg, true)});
    buf(b, 8);
    mark(c->pos);
    fix_site(sites);
    callrt(b, NativeId::intstring);
    emit(Op::MOV_O, {dst, b.at(16)});
    return;
  }
  unsupported(c->pos, "conversion from " + arg->type->name + " to " + c->type->name);
}

// for k, v := range x over an array, a pointer to an array or a slice:
//        x' = x (a slice header, an array's copy, or the pointer); i = 0
//        JMP cond
//   top: k = i; v = x'[i]
//        body
//  cont: i++
//  cond: if i < len(x') goto top
//   brk:
void FuncGen::range_index(const RangeStmt* s) {
  const Type* xt = s->x->type->underlying();
  const Expr* key = s->key && !(unparen(s->key)->kind == ExprKind::Ident &&
                                static_cast<const Ident*>(unparen(s->key))->name == "_")
                        ? unparen(s->key) : nullptr;
  const Expr* val = s->value && !(unparen(s->value)->kind == ExprKind::Ident &&
                                  static_cast<const Ident*>(unparen(s->value))->name == "_")
                        ? unparen(s->value) : nullptr;
  const Type* int_t = pkg_.types->basic(TypeKindC::Int);
  const Type* at = xt->kind == TypeKindC::Pointer ? xt->elem->underlying() : xt;
  const Type* et = at->elem;
  // The range expression, evaluated once. (issue 4) The loop's state is
  // the range statement's temporaries: live for the whole loop (the body's
  // statements stack theirs above them), dead after it, so that the
  // collector does not keep what was ranged over once the loop is done.
  // The expression's own temporaries die once it is evaluated.
  auto eval_x = [&](Slot dst) {
    const uint64_t m = temp_top_;
    if (dst.base == Base::Abs) operand(s->x);
    else expr_to(s->x, dst);
    end_statement(m);
  };
  Slot base;       // slice: its header; array: its copy; pointer: the pointer
  Slot len;        // slice: the header's len word
  bool const_len = xt->kind != TypeKindC::Slice;
  if (xt->kind == TypeKindC::Slice) {
    base = temp(24);
    note_ptr(base);
    eval_x(base);
    len = base.at(8);
  } else if (xt->kind == TypeKindC::Pointer) {
    base = temp(8);
    note_ptr(base);
    eval_x(base);
  } else if (val) {
    base = temp(at->size);
    note_ptrs(base, s->x->type);
    eval_x(base);
  } else {
    eval_x(Slot{});  // only its length matters (for its effects)
  }
  if (const_len && !fits_i32(static_cast<int64_t>(at->len))) {
    // An array of 2^31 elements or more: the bound takes MOVK_Q's 64 bits.
    len = temp(8);
    emit(Op::MOVK_Q, {len, Opnd::imm(static_cast<int64_t>(at->len))});
    const_len = false;
  }
  const Slot idx = temp(8);
  emit(Op::MOVK_Q, {idx, Opnd::imm(0)});
  const int top = new_label(), cont = new_label(), cond = new_label(), brk = new_label();
  push_targets(s, Targets{brk, cont});
  emit(Op::JMP, {Opnd::label(cond)});
  bind(top);
  mark(s->pos);
  const uint64_t mark_kv = temp_top_;  // the element's temporaries die before the body
  if (s->tok == Token::Define) {  // per-iteration variables
    if (key && key->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(key)->obj);
    if (val && val->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(val)->obj);
  }
  if (key) store(key, idx, key->type ? key->type : int_t);
  if (val) {
    Slot addr;
    if (xt->kind == TypeKindC::Array) {
      const Slot a0 = ptr_temp();
      emit(Op::LEAQ, {a0, base});
      addr = a0;
    } else {
      addr = base;  // the pointer, or the slice's array (the header's first word)
    }
    const Slot a = ptr_temp();
    emit(Op::LEAX, {a, addr, idx, Opnd::imm(static_cast<int64_t>(et->size))});
    const Slot v = temp(et);
    load(deref(a, et), v);
    store(val, v, et);
  }
  end_statement(mark_kv);
  stmt(s->body);
  bind(cont);
  emit(Op::ADDI_Q, {idx, idx, Opnd::imm(1)});
  bind(cond);
  if (const_len) emit(Op::JLTI_Q, {idx, Opnd::imm(static_cast<int64_t>(at->len)), Opnd::label(top)});
  else emit(Op::JLT_Q, {idx, len, Opnd::label(top)});
  bind(brk);
  pop_targets(s);
}

}  // namespace govm
