// The empty interface in the checker (issue 6): type assertions x.(T).
//
// govm's interface values so far are the empty interface's (recover's
// result): x.(T) asserts a concrete type T (gc's assertE2T). Assertions to
// interface types, the comma-ok form v, ok := x.(T) and type switches wait
// for interfaces proper and are refused by name.
#include "compiler/check.h"

namespace govm {

void Checker::type_assert(Operand& x, TypeAssertExpr* ta) {
  expr(x, ta->x);
  if (x.invalid()) return;
  if (x.mode == Mode::Nil || x.type->underlying()->kind != TypeKindC::Interface) {
    error(start_pos(ta->x), "invalid operation: " + operand_string(x) + " is not an interface");
    x.mode = Mode::Invalid;
    return;
  }
  if (ta->type_expr == nullptr) {
    error(start_pos(ta->x), "invalid syntax tree: use of .(type) outside type switch");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* t = type_expr(ta->type_expr);
  if (t == nullptr) {
    x.mode = Mode::Invalid;
    return;
  }
  if (t->underlying()->kind == TypeKindC::Interface) {
    unsupported(start_pos(ta->type_expr), "type assertions to interface types");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = t;
  x.expr = ta;
}

bool Checker::comma_ok_assert(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops) {
  if (nlhs != 2 || rhs.size() != 1 || unparen(rhs[0])->kind != ExprKind::TypeAssert) return false;
  unsupported(start_pos(rhs[0]), "v, ok := x.(T)");
  ops->clear();
  Operand x;
  x.mode = Mode::Invalid;
  x.expr = rhs[0];
  ops->push_back(x);
  return true;
}

}  // namespace govm
