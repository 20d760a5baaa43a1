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
// Package-level functions of package main, func values (issue 6, func)
// and methods (issue 6, meth2: go_method; variadic ones with xs... or no
// extra argument) get here: the checker refuses go statements calling
// builtins and natives (check_chan.cpp).
#include <algorithm>

#include "compiler/codegen.h"

namespace govm {

// (issue 6, meth2) go x.M(args): M's function (ABI0: the receiver is
// its parameter 0) started with the receiver as M wants it, evaluated
// here with its & or * (a value receiver is copied now, as in Go). For
// an interface, fn is the entry its itab holds (loaded here: a nil
// interface panics in the creating goroutine, as gc's wrapper does) and
// parameter 0 the data word. go T.M(x, args) is M's function called with
// the arguments as written.
bool FuncGen::go_method(const GoStmt* s) {
  const CallExpr* c = s->call;
  const Expr* fun = c ? unparen(c->fun) : nullptr;
  if (fun == nullptr || c->call_kind != CallKind::Func || fun->kind != ExprKind::Selector) return false;
  const auto* sel = static_cast<const SelectorExpr*>(fun);
  const Object* m = sel->sel_kind == SelKind::Method ? sel->sel->obj : nullptr;
  if (m == nullptr || m->recv == nullptr || m->type == nullptr) return false;
  const bool iface = m->decl == nullptr && is_iface(m->recv);
  const bool expr = sel->x->mode == Mode::TypeExpr;
  // (methods) A variadic method with xs... or no extra argument (a nil
  // slice) starts as any other; extra arguments would be packed in a
  // slice literal inside gc's wrapper, on the new goroutine's stack, which
  // govm cannot build there yet.
  const size_t nparams = m->type->params.size() + (expr ? 1 : 0);
  const bool none_extra = m->type->variadic && !c->ellipsis.valid() && c->args.size() + 1 == nparams;
  if (m->type->variadic && !c->ellipsis.valid() && c->args.size() >= nparams) {
    unsupported(s->pos, "go statements passing a variadic method extra arguments");
    return true;
  }
  if ((!iface && (m->decl == nullptr || !prog_.func_ids.count(m->decl))) || (iface && expr) ||
      (c->args.size() != nparams && !none_extra)) {
    unsupported(s->pos, "this go statement");
    return true;
  }
  std::vector<Param> params;
  if (iface) params.push_back(Param{"", pkg_.types->pointer(pkg_.types->basic(TypeKindC::Uint8))});
  const Type* ft = iface ? nullptr : method_func_type(m);
  if (iface) {
    params.insert(params.end(), m->type->params.begin(), m->type->params.end());
    ft = pkg_.types->func(params, m->type->results, m->type->variadic);
  }
  const CallLayout l = call_layout(ft);
  if (!expr) hoist(sel->x);
  for (const Expr* a : c->args) hoist(a);
  const Slot block = temp(16 + uint64_t{l.params_size});
  auto param = [&](size_t i) { return block.at(16 + l.params[i]); };
  size_t first = 0;  // the arguments' first parameter
  if (iface) {
    const Slot iv = temp(m->recv);
    iface_receiver_to(sel, m->recv, iv);
    mark(s->pos);  // may panic: a nil interface's itab
    emit(Op::LOAD_Q, {block, iv, Opnd::imm(itab_fun_offset(m->recv, m->name))});
    note_ptr(param(0));
    emit(Op::MOV_Q, {param(0), iv.at(8)});
    first = 1;
  } else if (!expr) {
    note_ptrs(param(0), m->recv);
    mark(s->pos);  // may panic: a nil pointer dereferenced for a value receiver
    receiver_to(sel, m->recv, param(0));
    first = 1;
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    const Type* t = ft->params[first + i].type;
    note_ptrs(param(first + i), t);
    expr_to_as(c->args[i], t, param(first + i));
  }
  if (none_extra) {  // (methods) the variadic parameter: a nil slice
    const size_t last = ft->params.size() - 1;
    note_ptrs(param(last), ft->params[last].type);
    zero(param(last), ft->params[last].type);
  }
  if (!iface) emit(Op::MOVK_Q, {block, Opnd::rel(RelocKind::FuncAddr, prog_.func_ids.at(m->decl))});
  emit(Op::MOVK_Q, {block.at(8), Opnd::imm(l.params_size)});
  mark(s->pos);  // the goroutine's "created by" line
  callrt(block, NativeId::newproc);
  return true;
}

void FuncGen::go_stmt(const GoStmt* s) {
  if (go_method(s)) return;
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
