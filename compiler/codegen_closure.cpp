// Func values and closures in code generation (issue 6, func).
//
// A func value is one word, the address of a funcval (issue 6 contract):
//  - a package function used as a value is its read-only funcval in rodata
//    (gc's "main.f·f"), one per function: LEAG of a FuncVal relocation;
//  - a func literal builds its funcval where escape analysis decided: in a
//    local of the creating frame ("func literal does not escape") or on the
//    heap ("func literal escapes to heap", runtime.newobject with the
//    closure struct's type, so the collector sees the captured pointers).
//    Word 0 is the entry (MOVK_Q of a FuncAddr relocation), then each
//    captured variable: its value (byval) or its address (byref), at the
//    offsets closure_layout gave (compiler/closure.cpp).
//  - A call through a func value evaluates the value first into a pointer
//    temporary (live, so the collector and morestack see the funcval across
//    the call), then the arguments as for a direct call, then CALLCLO.
//  - A closure's body starts ENTER, GETCTXT (into a pointer local, so its
//    funcval stays alive as long as the frame), then loads each capture:
//    a byval one into a local of its own; a byref one's address into a
//    pointer local, through which the variable is read and written
//    (heap_ptrs_, as for a variable moved to the heap: byref_).
#include "compiler/closure.h"
#include "compiler/codegen.h"

namespace govm {

bool FuncGen::func_value_to(const Object* fn, Slot dst) {
  if (!fn->decl || !prog_.func_ids.count(fn->decl)) return false;
  emit(Op::LEAG, {dst, Opnd::rel(RelocKind::FuncVal, prog_.func_ids.at(fn->decl))});
  return true;
}

void FuncGen::closure_to(const FuncLit* lit, Slot dst) {
  if (!lit->decl || !prog_.func_ids.count(lit->decl)) {
    unsupported(lit->pos, "this function literal");
    return;
  }
  const Type* st = closure_layout(*pkg_.types, const_cast<FuncLit*>(lit));
  const Slot p = ptr_temp();
  if (lit->escape == EscapeDecision::Heap) {
    new_heap_object(st, p, lit, "func literal",
                    lit->escape_reason.empty() ? "func literal escapes to heap" : lit->escape_reason);
  } else {
    const Slot obj = local_slot(st->size);
    note_ptrs(obj, st);
    emit(Op::LEAQ, {p, obj});
  }
  const Slot word = temp(8);
  emit(Op::MOVK_Q, {word, Opnd::rel(RelocKind::FuncAddr, prog_.func_ids.at(lit->decl))});
  emit(Op::STORE_Q, {p, word, Opnd::imm(0)});
  for (const ClosureVar& cv : lit->cvars) {
    const Type* t = cv.byval ? cv.var->type : pkg_.types->pointer(cv.var->type);
    const Slot v = temp(t);
    if (cv.byval)
      load(var_place(cv.var), v);
    else
      addr_of(var_place(cv.var), v);
    store_to(deref(p, st).at(cv.offset, t), v);
  }
  emit(Op::MOV_Q, {dst, p});
}

Slot FuncGen::func_value_operand(const Expr* fun) {
  hoist(fun);
  const Slot fv = ptr_temp();
  expr_to(fun, fv);
  return fv;
}

void FuncGen::closure_prologue(const FuncLit* lit) {
  const Slot ctxt = local_slot(8);
  note_ptr(ctxt);
  add_local(ctxt, pkg_.types->basic(TypeKindC::Uintptr), LocalVar::Role::Local, ".closureptr", lit->pos.line);
  emit(Op::GETCTXT, {ctxt});
  for (const ClosureVar& cv : lit->cvars) {
    if (cv.byval) {  // a local of its own, even for the enclosing function's parameter
      const Slot s = local_slot(cv.var->type->size);
      vars_.emplace(cv.var, s);
      add_local(s, cv.var->type, LocalVar::Role::Local, cv.var->name, cv.var->pos.line);
      load(deref(ctxt, cv.var->type).at(cv.offset, cv.var->type), s);
      continue;
    }
    const Slot ptr = local_slot(8);
    note_ptr(ptr);
    // (issue 7) Named "&x", as declare_var names a heap variable's slot.
    add_local(ptr, pkg_.types->pointer(cv.var->type), LocalVar::Role::Local, "&" + cv.var->name, cv.var->pos.line);
    emit(Op::LOAD_Q, {ptr, ctxt, Opnd::imm(static_cast<int64_t>(cv.offset))});
    heap_ptrs_[cv.var] = ptr;
    byref_.insert(cv.var);
  }
}

}  // namespace govm
