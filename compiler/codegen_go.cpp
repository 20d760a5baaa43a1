// (issue 5) Code generation for go statements: `go f(args)` is one CALLRT
// of runtime.newproc (runtime/proc.cpp) with the block
//
//   +0   fn    the text address of f (MOVK_Q with a FuncAddr relocation,
//              which the linker fills with f's entry)
//   +8   siz   the bytes of f's parameters (8-aligned), the args below
//   +16  args  f's arguments, each at its parameter's offset (ABI0), as
//              f's own frame will find them; newproc copies them to the
//              new goroutine's stack and gives f's results zeroed room
//
// The arguments are evaluated in the creating goroutine, before the new
// one exists, as Go does: their calls and receives run first (hoist),
// then each value is written into the block. The block is a temporary of
// the statement whose pointer words are noted, so the collector sees the
// arguments while newproc allocates the new goroutine's stack.
//
// Only package-level functions of package main get here: the checker
// refuses go statements calling builtins, natives, methods and function
// values (check_chan.cpp).
#include "compiler/codegen.h"

namespace govm {

void FuncGen::go_stmt(const GoStmt* s) {
  const CallExpr* c = s->call;
  const Expr* fun = c ? unparen(c->fun) : nullptr;
  const Object* obj = fun && fun->kind == ExprKind::Ident ? static_cast<const Ident*>(fun)->obj : nullptr;
  // (issue 6, func) go fv(args), go func() {...}(): runtime.newprocfv,
  // the func value (evaluated first) in place of fn (runtime/closure.cpp).
  const bool by_value = c && c->call_kind == CallKind::Func && (!obj || obj->kind == ObjKind::Var) && fun->type &&
                        fun->type->underlying()->kind == TypeKindC::Func;
  if (!by_value && (!c || c->call_kind != CallKind::Func || !obj || obj->kind != ObjKind::Func || !obj->decl ||
                    !prog_.func_ids.count(obj->decl))) {
    unsupported(s->pos, "this go statement");
    return;
  }
  const Type* ft = by_value ? fun->type->underlying() : obj->type;
  const CallLayout l = call_layout(ft);
  hoist(c->fun);
  for (const Expr* a : c->args) hoist(a);
  const Slot block = temp(16 + uint64_t{l.params_size});
  if (by_value) {
    note_ptr(block);
    expr_to(c->fun, block);
  }
  auto param = [&](size_t i) { return block.at(16 + l.params[i]); };
  const size_t n = c->args.size();
  if (n == 1 && ft->params.size() > 1 && c->args[0]->type && c->args[0]->type->kind == TypeKindC::Tuple) {
    // go f(g()): g's results become f's arguments.
    const Expr* inner = unparen(c->args[0]);
    if (inner->kind != ExprKind::Call) {
      unsupported(s->pos, "this go statement");
      return;
    }
    const std::vector<Slot> rs = call_results(static_cast<const CallExpr*>(inner));
    for (size_t i = 0; i < rs.size() && i < ft->params.size(); ++i) {
      note_ptrs(param(i), ft->params[i].type);
      move(param(i), rs[i], ft->params[i].type);
    }
  } else if (n != ft->params.size()) {
    unsupported(s->pos, "this go statement");
    return;
  } else {
    for (size_t i = 0; i < n; ++i) {
      note_ptrs(param(i), ft->params[i].type);
      expr_to_as(c->args[i], ft->params[i].type, param(i));
    }
  }
  if (!by_value) emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::FuncAddr, prog_.func_ids.at(obj->decl))});
  emit(Op::MOVK_Q, {block.at(8), Opnd::imm(l.params_size)});
  mark(s->pos);  // the goroutine's "created by" line
  callrt(block, by_value ? NativeId::newprocfv : NativeId::newproc);
}

}  // namespace govm
