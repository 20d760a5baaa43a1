// Calls of variadic functions (issue 6, func): f(a, b, c) with
// func f(x int, ys ...int) passes a, then the slice []int{b, c}, made as
// gc's walk makes it: a backing array of exactly the extra arguments, on
// the stack when escape analysis says "... argument does not escape", else
// from runtime.newobject ("... argument escapes to heap", the call its
// site); no extra argument passes a nil slice. f(s...) passes s itself
// and needs nothing here.
#include "compiler/codegen.h"

namespace govm {

void FuncGen::variadic_args_to(const CallExpr* c, const Type* ft, size_t fixed, Slot dst) {
  const Type* st = ft->params.back().type;
  const Type* elem = st->underlying()->elem;
  const size_t k = c->args.size() > fixed ? c->args.size() - fixed : 0;
  if (k == 0) {
    zero(dst, st);
    return;
  }
  const Type* arr = pkg_.types->array(elem, k);
  const Slot p = ptr_temp();
  if (c->escape == EscapeDecision::Heap) {
    new_heap_object(arr, p, c, "... argument",
                    c->escape_reason.empty() ? "... argument escapes to heap" : c->escape_reason);
  } else {
    const Slot obj = local_slot(arr->size);
    note_ptrs(obj, arr);
    zero(obj, arr);
    emit(Op::LEAQ, {p, obj});
  }
  for (size_t i = 0; i < k; ++i) {
    const Slot v = temp(elem);
    expr_to_as(c->args[fixed + i], elem, v);
    store_to(deref(p, arr).at(i * elem->size, elem), v);
  }
  emit(Op::MOV_Q, {dst, p});
  emit(Op::MOVK_Q, {dst.at(8), Opnd::imm(static_cast<int64_t>(k))});
  emit(Op::MOVK_Q, {dst.at(16), Opnd::imm(static_cast<int64_t>(k))});
}

}  // namespace govm
