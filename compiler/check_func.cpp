// Function types and function literals (issue 6, func), as go/types checks
// them.
//
// A function type written as a type (func(int) string) is a signature whose
// parameter names, if any, declare nothing anyone can see: they go into a
// scope of their own. A function literal is checked where it appears, in
// the enclosing function's context: its body sees the enclosing scopes
// (the variables it names from there are its captures, compiler/closure.cpp),
// its return statements are checked against its own signature, and its
// local variables join the enclosing function's "declared and not used"
// check (go/types reports them with the enclosing body's). Dependencies
// found in it are the enclosing declaration's, for initialization order.
#include "compiler/check.h"

namespace govm {

const Type* Checker::func_type_expr(FuncType* ft) {
  Scope* scope = new_scope(ctx_.scope != nullptr ? ctx_.scope : file_scope_);
  return func_type(ft, scope, nullptr, nullptr);
}

void Checker::func_lit(Operand& x, FuncLit* e) {
  x.mode = Mode::Invalid;
  Scope* scope = new_scope(ctx_.scope != nullptr ? ctx_.scope : file_scope_);
  std::vector<Object*> results;
  const Type* sig = func_type(e->sig, scope, nullptr, &results);
  if (sig == nullptr || e->body == nullptr) {
    mark_used_in(e->body, nullptr);
    return;
  }
  // The literal's body runs in its own function context; the enclosing
  // one's (scope, signature, results) come back after it.
  Scope* outer_scope = ctx_.scope;
  const Type* outer_sig = ctx_.sig;
  std::vector<Object*> outer_results = std::move(ctx_.results);
  ctx_.scope = scope;
  ctx_.sig = sig;
  ctx_.results = std::move(results);
  stmt_list(e->body->list);
  if (!ctx_.results.empty() && !is_terminating_list(e->body->list, "")) error(e->body->rbrace, "missing return");
  ctx_.scope = outer_scope;
  ctx_.sig = outer_sig;
  ctx_.results = std::move(outer_results);
  x.mode = Mode::Value;
  x.type = sig;
}

// ...T in a signature: only the final parameter may have it (go/types'
// messages); its type is []T.
// Elsewhere (a result, a parameter before the last) the ... is reported
// and ignored: the variable has type T, as in go/types.
const Type* Checker::variadic_param(EllipsisExpr* e, bool result, bool last) {
  const Type* elem = e->elt != nullptr ? type_expr(e->elt) : nullptr;
  if (result || !last) {
    error(e->pos, "can only use ... with final parameter in list");
    return elem;
  }
  return elem != nullptr ? types_.slice(elem) : nullptr;
}

}  // namespace govm
