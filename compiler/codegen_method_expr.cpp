// Method expressions that need a wrapper (issue 6, methods).
//
// A method expression T.M is a function whose first parameter is the
// receiver. When that parameter is M's receiver as declared (T.M of a
// value method, (*T).M of a pointer method), it is M's own function
// (codegen_method.cpp: method_expr_to, method_expr_call). Otherwise gc
// autogenerates a wrapper taking the receiver as written, and so does
// govm, by gc's names:
//
//   (*T).M   M has a value receiver      main.(*T).M   loads *p (a nil p
//                                                      panics in it)
//   T.M      M promoted from embedded E  main.T.M      follows the path
//   (*T).M   M promoted                  main.(*T).M
//   I.M      M of interface I            main.I.M      calls through the
//                                                      itab (nil panics in it)
//   S.M      M of an interface embedded  main.S.M      the field's itab
//            in struct S
//
// main.(*T).M and a direct T's main.T.M are the very wrappers an itab uses
// (itab.cpp), one function under one name. Wrappers are declared (given
// their ids, Program::wrapper_ids) before any function is generated, since
// a function's code names them, and generated after; tracebacks hide them
// unless the panic is in the wrapper itself, as Go's showframe does.
#include "compiler/codegen.h"

namespace govm {

namespace {

bool needs_wrapper(const SelectorExpr* sel) {
  if (sel == nullptr || sel->sel_kind != SelKind::Method || sel->x == nullptr || sel->x->mode != Mode::TypeExpr ||
      sel->sel == nullptr || sel->sel->obj == nullptr)
    return false;
  const Object* m = sel->sel->obj;
  if (m->recv == nullptr || m->type == nullptr) return false;
  return is_iface(m->recv) || !sel->path.empty() || m->recv != sel->x->type;
}

}  // namespace

std::string method_expr_wrapper_name(const SelectorExpr* sel) {
  if (!needs_wrapper(sel)) return "";
  const Type* t = sel->x->type;
  const std::string& m = sel->sel->obj->name;
  if (t->kind == TypeKindC::Pointer) return "main.(*" + t->elem->name.substr(5) + ")." + m;
  return t->name + "." + m;
}

std::vector<std::pair<uint32_t, const SelectorExpr*>> declare_method_expr_wrappers(Program& prog,
                                                                                   const CheckedPackage& pkg) {
  std::vector<std::pair<uint32_t, const SelectorExpr*>> out;
  for (const SelectorExpr* sel : pkg.method_values) {
    const std::string name = method_expr_wrapper_name(sel);
    if (name.empty() || prog.wrapper_ids.count(name)) continue;
    const auto id = static_cast<uint32_t>(prog.funcs.size());
    prog.wrapper_ids.emplace(name, id);
    prog.funcs.emplace_back();
    prog.funcs.back().name = name;
    prog.funcs.back().wrapper = true;
    out.emplace_back(id, sel);
  }
  return out;
}

void generate_method_expr_wrappers(Program& prog, const CheckedPackage& pkg, Diagnostics& diags,
                                   const std::vector<std::pair<uint32_t, const SelectorExpr*>>& ids) {
  for (const auto& [id, sel] : ids) FuncGen(prog, pkg, diags, prog.funcs[id]).gen_method_expr_wrapper(sel);
}

// The receiver word is the method expression's first parameter: a *T
// (gen_wrapper follows it), or a T or interface value itself.
void FuncGen::gen_method_expr_wrapper(const SelectorExpr* sel) {
  const Type* t = sel->x->type;
  const bool ptr = t->kind == TypeKindC::Pointer;
  gen_wrapper(fc_.name, ptr ? t->elem : t, ptr, sel->path, sel->sel->obj);
}

}  // namespace govm
