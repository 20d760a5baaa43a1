// (issue 4) Calls of package runtime: runtime.GC(), runtime.KeepAlive(x)
// and runtime.ReadMemStats(&m), each one CALLRT of its native
// (runtime/natives.h) with the argument block its signature there gives:
//
//   GC()                 no block
//   ReadMemStats(m)      [ m *MemStats ]              8 bytes, a pointer word
//   KeepAlive(x)         [ type | data ]              16 bytes, an eface whose
//                                                     data word is the address
//                                                     of a copy of x
//
// KeepAlive's promise is that x is reachable up to the call: the copy of x
// is a typed temporary, so the stack map names its pointer words and the
// collector sees them while the call runs, whatever x is (a pointer, a
// slice, a struct holding pointers). The eface itself points into the frame
// (the copy) and at the type descriptor in rodata, never into the heap.
//
// The three return nothing, so a call is always a statement: fmt_call
// (codegen_expr.cpp) hands them here.
#include "compiler/codegen.h"

namespace govm {

bool FuncGen::runtime_call(const CallExpr* c) {
  const auto id = static_cast<NativeId>(c->native);
  switch (id) {
    case NativeId::runtime_GC: runtime_gc(c); return true;
    case NativeId::runtime_ReadMemStats: runtime_readmemstats(c); return true;
    case NativeId::runtime_KeepAlive: runtime_keepalive(c); return true;
    case NativeId::os_Exit: os_exit(c); return true;  // (issue 6) codegen_defer.cpp
    default: return sync_call(c) || strings_call(c);  // (issue 5) codegen_sync.cpp, (issue 6) codegen_strings.cpp
  }
}

void FuncGen::runtime_gc(const CallExpr* c) {
  mark(c->pos);
  callrt(Slot{Base::Abs, 0}, NativeId::runtime_GC);
}

// The pointer is evaluated into a pointer temporary: the object it names
// (on the heap when m escaped) stays reachable while the native writes it.
void FuncGen::runtime_readmemstats(const CallExpr* c) {
  if (c->args.size() != 1) return;  // the checker reported it
  hoist(c);
  const Slot block = ptr_temp();
  expr_to(c->args[0], block);
  mark(c->pos);
  callrt(block, NativeId::runtime_ReadMemStats);
}

void FuncGen::runtime_keepalive(const CallExpr* c) {
  if (c->args.size() != 1) return;  // the checker reported it
  const Expr* arg = c->args[0];
  const Type* t = arg->type;
  if (t == nullptr || t->is_untyped() || t->kind == TypeKindC::Tuple) {
    unsupported(c->pos, "this call of runtime.KeepAlive");
    return;
  }
  hoist(c);
  const Slot value = temp(t);  // typed: its pointer words are in the stack map
  expr_to(arg, value);
  const Slot block = temp(16);
  emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
  emit(Op::LEAQ, {block.at(8), value});
  mark(c->pos);
  callrt(block, NativeId::runtime_KeepAlive);
}

}  // namespace govm
