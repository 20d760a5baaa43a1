// Code generation for the conversion of a slice to a pointer to an array
// (Go 1.17: p := (*[N]T)(s)), as gc's walk of OSLICE2ARRPTR compiles it:
//
//   if uint(len(s)) < N { panicSliceConvert(len(s), N) }
//   p = s.ptr
//
// No copy is made: p aliases the slice's backing array, so writes through
// either are seen by both. The pointer is the slice's own even for N == 0,
// which gives Go's rule there: a nil slice converts to a nil pointer, an
// empty non-nil one to a non-nil pointer. One instruction, SLICE2ARRPTR,
// does the check and the move; its panic is Go's boundsConvert message
// ("cannot convert slice with length 1 to array or pointer to array with
// length 2").
//
// Escape analysis treats the conversion as the slice's pointer flowing to
// the result (gc's escape does the same for OSLICE2ARRPTR), so nothing
// here allocates.
#include "compiler/codegen.h"

namespace govm {

void FuncGen::slice_to_array_ptr_to(const CallExpr* c, Slot dst) {
  const Type* array = c->type->underlying()->elem->underlying();
  const Slot s = operand_last(c->args[0]);
  emit(Op::SLICE2ARRPTR, {dst, s, Opnd::imm(static_cast<int64_t>(array->len))});
}

}  // namespace govm
