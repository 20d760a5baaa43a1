// (issue 5) Calls of packages sync and time, and of the scheduler's entries
// of package runtime: each one CALLRT of its native (runtime/natives.h),
// with the argument block its signature there gives:
//
//   wg.Add(n)              [ &wg | delta ]   sync.(*WaitGroup).Add
//   wg.Done(), wg.Wait()   [ &wg ]
//   mu.Lock(), mu.Unlock() [ &mu ]
//   time.Sleep(d)          [ d ]
//   runtime.Gosched()      no block
//   runtime.NumGoroutine() [ result ]
//
// The methods take their receiver by address, as Go's pointer methods do:
// &x.path when the checker marked the selector implicit_addr (x
// addressable, an embedded field reached through path), the pointer x (or
// x.path) itself otherwise (SelKind::Method, ast.h). The receiver's
// address sits in a pointer temporary of the statement, live while the
// call may park (Wait, Lock): the collector keeps the WaitGroup or Mutex,
// which escape analysis put on the heap when another goroutine shares it.
#include "compiler/codegen.h"

namespace govm {

Slot FuncGen::method_receiver(const SelectorExpr* sel) {
  if (sel->path.empty() && !sel->implicit_addr) return operand(sel->x);
  const Type* recv_t = sel->x->type;
  Place p = walk_path(place(sel->x), sel->x->type, sel->path, sel->pos);
  for (int idx : sel->path) {  // the type the path leads to
    const Type* u = recv_t->underlying();
    if (u->kind == TypeKindC::Pointer) u = u->elem->underlying();
    recv_t = u->fields[static_cast<size_t>(idx)].type;
  }
  p.type = recv_t;
  const Slot a = ptr_temp();
  if (sel->implicit_addr) {
    addr_of(p, a);
  } else {
    load(p, a);  // an embedded *sync.Mutex: the pointer it holds
  }
  return a;
}

bool FuncGen::sync_call(const CallExpr* c) {
  const auto id = static_cast<NativeId>(c->native);
  switch (id) {
    case NativeId::sync_WaitGroup_Add:
    case NativeId::sync_WaitGroup_Done:
    case NativeId::sync_WaitGroup_Wait:
    case NativeId::sync_Mutex_Lock:
    case NativeId::sync_Mutex_Unlock: {
      const Expr* fun = unparen(c->fun);
      if (fun->kind != ExprKind::Selector) return false;
      hoist(c);
      const Slot recv = method_receiver(static_cast<const SelectorExpr*>(fun));
      Slot block = recv;
      if (id == NativeId::sync_WaitGroup_Add) {
        block = temp(16);
        note_ptr(block);
        const Slot delta = c->args.empty() ? Slot{} : int_index(c->args[0], true);
        emit(Op::MOV_Q, {block, recv});
        emit(Op::MOV_Q, {block.at(8), delta});
      }
      mark(c->pos);  // may panic: sync: negative WaitGroup counter, unlock of unlocked mutex
      callrt(block, id);
      return true;
    }
    case NativeId::time_Sleep: {
      if (c->args.size() != 1) return false;
      hoist(c);
      const Slot block = temp(8);
      expr_to_as(c->args[0], c->args[0]->type, block);
      mark(c->pos);
      callrt(block, id);
      return true;
    }
    case NativeId::runtime_Gosched:
      mark(c->pos);
      callrt(Slot{Base::Abs, 0}, id);
      return true;
    case NativeId::runtime_NumGoroutine: {
      const Slot dst = temp(8);
      native_to(c, dst);
      return true;
    }
    default: return false;
  }
}

// A native's result used as a value: runtime.NumGoroutine() (hoisted, like
// a Go call: num_goroutine_pinned).
void FuncGen::native_to(const CallExpr* c, Slot dst) {
  if (strings_value_to(c, dst)) return;  // (issue 6) codegen_strings.cpp
  if (sprint_value_to(c, dst)) return;   // (issue 6, fmt) codegen_fmt.cpp
  if (c->native != static_cast<int>(NativeId::runtime_NumGoroutine)) {
    unsupported(c->pos, "using the result of " + expr_string(c->fun));
    return;
  }
  num_goroutine_pinned(c);
  emit(Op::MOV_Q, {dst, pinned_slots_.at(c)});
}

void FuncGen::num_goroutine_pinned(const CallExpr* c) {
  if (pinned_slots_.count(c)) return;
  const Slot b = temp(8);
  mark(c->pos);
  callrt(b, NativeId::runtime_NumGoroutine);
  pinned_slots_[c] = b;
  pinned_ast_.push_back(c);
}

}  // namespace govm
