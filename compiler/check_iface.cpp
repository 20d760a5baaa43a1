// Interfaces in the checker (issue 6): interface types, `any` and `error`,
// interface satisfaction, type assertions and type switches.
//
// An interface type is a Type of kind Interface whose imethods list its
// method set (embedded interfaces flattened), sorted by name as Go sorts
// it. Types are interned by their spelling, Go's reflect spelling
// ("interface { Area() float64; Name() string }"), so identical interface
// literals are one Type. `any` is the empty interface (its Type is named
// "any", as gc's messages print it; the linker spells its descriptor
// "interface {}" as reflect does), `error` the predeclared defined type
// whose underlying type is interface { Error() string }.
//
// Satisfaction (implements): T implements I when every method of I is in
// T's method set (check_method.cpp) with an identical signature. The
// reason it does not is gc's: "missing method M", "method M has pointer
// receiver", "wrong type for method M" with the have/want lines.
//
// Assertions: x.(T) needs x of interface type; for a concrete T, T must
// implement x's interface ("impossible type assertion"). v, ok := x.(T)
// sets TypeAssertExpr::comma_ok... (the AST's flag, as for map indexes).
// Type switches: see type_switch_stmt.
#include <algorithm>
#include <functional>

#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

// "Area() float64" from the signature func() float64.
std::string method_spelling(const std::string& name, const Type* sig) {
  std::string s = sig != nullptr ? sig->name : "func()";
  return name + (s.rfind("func", 0) == 0 ? s.substr(4) : s);
}

}  // namespace

const Type* Checker::any_type() {
  Type t;
  t.kind = TypeKindC::Interface;
  t.name = "any";  // interned under the name fmt's and runtime's signatures use
  t.size = 16;
  t.align = 8;
  return types_.intern(std::move(t));
}

// An interface type from its (sorted) method set.
const Type* Checker::interface_of(std::vector<Param> methods) {
  if (methods.empty()) return any_type();
  std::sort(methods.begin(), methods.end(), [](const Param& a, const Param& b) { return a.name < b.name; });
  std::string name = "interface {";
  for (size_t i = 0; i < methods.size(); ++i) name += (i ? "; " : " ") + method_spelling(methods[i].name, methods[i].type);
  name += " }";
  Type t;
  t.kind = TypeKindC::Interface;
  t.name = name;
  t.size = 16;
  t.align = 8;
  t.imethods = std::move(methods);
  return types_.intern(std::move(t));
}

// The predeclared error: made before anything else interns a type of
// that name (the signatures of fmt and strings name it too).
const Type* Checker::error_type() {
  if (error_ != nullptr) return error_;
  const Type* sig = types_.func({}, {Param{"", string_}}, false);
  const Type* u = interface_of({Param{"Error", sig}});
  Type t;
  t.kind = TypeKindC::Named;
  t.name = "error";
  t.size = 16;
  t.align = 8;
  t.underlying_ = u;
  error_ = types_.intern(std::move(t));
  return error_;
}

Object* Checker::fmt_stringer() {
  if (fmt_stringer_ != nullptr) return fmt_stringer_;
  Type* named = types_.new_named("fmt.Stringer");
  types_.set_underlying(named, interface_of({Param{"String", types_.func({}, {Param{"", string_}}, false)}}));
  fmt_stringer_ = new_object(ObjKind::TypeName, "Stringer", Pos{}, named);
  fmt_stringer_->package_path = "fmt";
  return fmt_stringer_;
}

// Package errors: New, Is, As, Unwrap and Join (runtime/errors.cpp,
// errors_methods.cpp, errors_wrap.cpp); ErrUnsupported is refused by name.
Object* Checker::errors_member(const std::string& name, bool* exists, std::string* near) {
  static const char* const kNames[] = {"As", "ErrUnsupported", "Is", "Join", "New", "Unwrap"};
  *exists = false;
  near->clear();
  for (const char* n : kNames) {
    if (name == n) *exists = true;
  }
  if (!*exists || name == "ErrUnsupported") return nullptr;
  if (auto it = errors_members_.find(name); it != errors_members_.end()) return it->second;
  const Type* err = error_type();
  // (issue 6, errs) As and Join (Go 1.20), and the drivers Is, As, Unwrap
  // and joinError's Error need (compiler/codegen_errors.cpp)
  const Type* sig = name == "New"  ? types_.func({Param{"text", string_}}, {Param{"", err}}, false)
                    : name == "Is" ? types_.func({Param{"err", err}, Param{"target", err}}, {Param{"", bool_}}, false)
                    : name == "As" ? types_.func({Param{"err", err}, Param{"target", any_type()}}, {Param{"", bool_}}, false)
                    : name == "Join" ? types_.func({Param{"errs", types_.slice(err)}}, {Param{"", err}}, true)
                                     : types_.func({Param{"err", err}}, {Param{"", err}}, false);
  Object* obj = new_object(ObjKind::Func, name, Pos{}, sig);
  obj->package_path = "errors";
  const NativeId id = name == "New"    ? NativeId::errors_New
                      : name == "Is"   ? NativeId::errors_Is
                      : name == "As"   ? NativeId::errors_As
                      : name == "Join" ? NativeId::errors_Join
                                       : NativeId::errors_Unwrap;
  natives_[obj] = static_cast<int>(id);
  errors_members_[name] = obj;
  declare_error_string();  // (errs) error's descriptor, for the drivers too
  if (id != NativeId::errors_New) pkg_.errors_funcs[static_cast<int>(id)] = sig;
  if (id == NativeId::errors_Join && pkg_.errors_join_error_ptr == nullptr) {
    Type* je = types_.new_named("errors.joinError");
    types_.set_underlying(je, types_.strukt({{"errs", types_.slice(err), 0, false}}));
    pkg_.errors_join_error_ptr = types_.pointer(je);
  }
  return obj;
}

// errors.errorString and its pointer, whose itab errors.New and
// fmt.Errorf's errors use (compiler/itab.cpp).
void Checker::declare_error_string() {
  if (pkg_.errors_string_ptr != nullptr) return;
  Type* es = types_.new_named("errors.errorString");
  types_.set_underlying(es, types_.strukt({{"s", string_, 0, false}}));
  pkg_.errors_string_ptr = types_.pointer(es);
  pkg_.error_type = error_type();
}

// (issue 6, errs) fmt.Errorf's types: errors.errorString (no %w) and
// fmt.wrapError {msg string; err error} (one %w), runtime/errors_wrap.cpp.
void Checker::declare_wrap_error() {
  declare_error_string();
  if (pkg_.fmt_wrap_error_ptr != nullptr) return;
  Type* we = types_.new_named("fmt.wrapError");
  types_.set_underlying(we, types_.strukt({{"msg", string_, 0, false}, {"err", error_type(), 0, false}}));
  pkg_.fmt_wrap_error_ptr = types_.pointer(we);
  // (issue 6, errs) several %w (Go 1.20): fmt.wrapErrors {msg string; errs []error}
  Type* wes = types_.new_named("fmt.wrapErrors");
  types_.set_underlying(wes, types_.strukt({{"msg", string_, 0, false}, {"errs", types_.slice(error_type()), 0, false}}));
  pkg_.fmt_wrap_errors_ptr = types_.pointer(wes);
}

const Type* Checker::interface_type(InterfaceTypeExpr* e) {
  std::vector<Param> methods;
  std::map<std::string, Pos> seen;
  auto add = [&](const std::string& name, const Type* sig, Pos pos) {
    for (const Param& m : methods) {
      if (m.name != name) continue;
      if (!identical(m.type, sig)) error(pos, "duplicate method " + name);
      return;
    }
    methods.push_back(Param{name, sig});
  };
  if (e->methods == nullptr) return any_type();
  bool ok = true;
  for (Field* f : e->methods->list) {
    if (f->names.empty()) {  // an embedded interface
      const Type* et = type_expr(f->type_expr);
      if (et == nullptr) {
        ok = false;
        continue;
      }
      if (et->underlying() == et && et->kind == TypeKindC::Named) {  // being declared: a cycle
        error(start_pos(f->type_expr), "invalid recursive type " + types2_spelling(et->name));
        ok = false;
        continue;
      }
      if (et->underlying()->kind != TypeKindC::Interface) {
        unsupported(start_pos(f->type_expr), "type constraints");
        ok = false;
        continue;
      }
      for (const Param& m : et->underlying()->imethods) add(m.name, m.type, start_pos(f->type_expr));
      continue;
    }
    if (f->type_expr == nullptr || f->type_expr->kind != ExprKind::FuncType) {
      ok = false;
      continue;
    }
    Scope* scope = new_scope(ctx_.scope);
    const Type* sig = func_type(static_cast<FuncType*>(f->type_expr), scope, nullptr, nullptr);
    if (sig == nullptr) {
      ok = false;
      continue;
    }
    for (Ident* id : f->names) {
      if (id->name == "_") {
        error(id->pos, "methods must have a unique non-blank name");
        continue;
      }
      if (seen.count(id->name)) {
        error(id->pos, "duplicate method " + id->name);
        continue;
      }
      seen[id->name] = id->pos;
      add(id->name, sig, id->pos);
    }
  }
  if (!ok) return nullptr;
  return interface_of(std::move(methods));
}

// Does t implement the interface iface? When not, *why says why as gc
// does ("missing method Area").
bool Checker::implements(const Type* t, const Type* iface, std::string* why) {
  const Type* iu = iface->underlying();
  if (iu->imethods.empty()) return true;
  std::vector<MethodEntry> set = method_set(t);
  for (const Param& want : iu->imethods) {
    auto it = std::find_if(set.begin(), set.end(), [&](const MethodEntry& m) { return m.name == want.name; });
    if (it == set.end()) {
      if (why) *why = "missing method " + want.name;
      return false;
    }
    if (it->method->type == nullptr) return true;  // its declaration failed, and said so
    if (!identical(it->method->type, want.type)) {
      if (why) {
        *why = "wrong type for method " + want.name + ")\n\t\thave " + method_spelling(want.name, it->method->type) +
               "\n\t\twant " + method_spelling(want.name, want.type);
        *why = types2_spelling(*why);
        why->insert(0, "(");
        why->erase(0, 1);
      }
      return false;
    }
    if (it->ptr_only) {
      if (why) *why = "method " + want.name + " has pointer receiver";
      return false;
    }
  }
  return true;
}

// "T does not implement I (missing method M)", the tail of an assignment's
// or assertion's message.
std::string Checker::not_implemented(const Type* t, const Type* iface) {
  std::string why;
  if (implements(t, iface, &why)) return "";
  std::string head = types2_spelling(t->name) + " does not implement " + types2_spelling(iface->name) + " (";
  // A wrong type's have/want lines follow the closing parenthesis.
  const size_t nl = why.find(")\n");
  if (nl != std::string::npos) return head + why;
  return head + why + ")";
}

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
  if (t->underlying()->kind != TypeKindC::Interface) {
    std::string tail = not_implemented(t, x.type);
    if (!tail.empty()) {
      error(start_pos(ta->type_expr), "impossible type assertion: " + expr_str(ta) + "\n\t" + tail);
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.mode = Mode::Value;
  x.type = t;
  x.expr = ta;
}

// v, ok := x.(T): the assertion's value, then an untyped bool (as
// comma_ok_map_index does for m[k]).
bool Checker::comma_ok_assert(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops) {
  if (nlhs != 2 || rhs.size() != 1 || unparen(rhs[0])->kind != ExprKind::TypeAssert) return false;
  auto* ta = static_cast<TypeAssertExpr*>(unparen(rhs[0]));
  ops->clear();
  Operand x;
  expr(x, rhs[0]);
  if (x.invalid()) {
    ops->push_back(x);
    return true;
  }
  ta->comma_ok = true;
  ops->push_back(x);
  Operand ok;
  ok.mode = Mode::Value;
  ok.type = untyped_bool_;
  ok.expr = rhs[0];
  ops->push_back(ok);
  return true;
}

std::string Checker::missing_cause(const Type* t, const Type* iface) {
  std::string why;
  if (implements(t, iface, &why)) return "";
  return "(" + why + (why.find(")\n") == std::string::npos ? ")" : "");
}

// switch [init;] [x :=] y.(type) { case T1, T2: ... case nil: ... default: }
// (go/types' typeSwitchStmt): y must be an interface; each concrete case
// type must be able to be y's dynamic type; each clause has its own x,
// typed T for a clause of a single type T, else as y.
void Checker::type_switch_stmt(TypeSwitchStmt* s) {
  open_scope();
  simple_stmt(s->init);
  Ident* lhs = nullptr;
  Expr* guard = nullptr;
  if (s->assign != nullptr && s->assign->kind == StmtKind::Assign) {
    auto* a = static_cast<AssignStmt*>(s->assign);
    if (a->lhs.size() == 1 && a->lhs[0]->kind == ExprKind::Ident) lhs = static_cast<Ident*>(a->lhs[0]);
    if (a->rhs.size() == 1) guard = a->rhs[0];
  } else if (s->assign != nullptr && s->assign->kind == StmtKind::Expr) {
    guard = static_cast<ExprStmt*>(s->assign)->x;
  }
  Expr* ug = unparen(guard);
  if (ug == nullptr || ug->kind != ExprKind::TypeAssert || static_cast<TypeAssertExpr*>(ug)->type_expr != nullptr) {
    error(s->pos, "invalid syntax tree: malformed type switch guard");
    close_scope();
    return;
  }
  auto* ta = static_cast<TypeAssertExpr*>(ug);
  if (lhs != nullptr && lhs->name == "_") {
    error(lhs->pos, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(x, ta->x);
  bool ok = !x.invalid();
  if (ok && (x.mode == Mode::Nil || x.type->underlying()->kind != TypeKindC::Interface)) {
    error(start_pos(ta->x), operand_string(x) + " is not an interface");
    ok = false;
  }
  if (ok) {
    ta->mode = Mode::Value;
    ta->type = x.type;
    if (guard != ug) {
      guard->mode = Mode::Value;
      guard->type = x.type;
    }
  }
  std::vector<Object*> vars;
  std::vector<std::pair<const Type*, Pos>> seen;
  Pos nil_seen;
  CaseClause* first_default = nullptr;
  for (Stmt* st : s->body != nullptr ? s->body->list : std::vector<Stmt*>{}) {
    if (st->kind != StmtKind::CaseClause) continue;
    auto* cc = static_cast<CaseClause*>(st);
    if (cc->is_default || cc->list.empty()) {
      if (first_default != nullptr) {
        error(cc->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")");
      } else {
        first_default = cc;
      }
    }
    const Type* single = nullptr;
    for (Expr* e : cc->list) {
      Expr* ue = unparen(e);
      if (ue->kind == ExprKind::Ident) {
        Object* o = ctx_.scope->lookup(static_cast<Ident*>(ue)->name);
        if (o != nullptr && o->kind == ObjKind::Nil) {
          e->mode = ue->mode = Mode::Nil;
          e->type = ue->type = ok ? x.type : nullptr;
          if (nil_seen.valid()) error(start_pos(e), "multiple nil cases in type switch (first at " + pos_string(nil_seen) + ")");
          else nil_seen = start_pos(e);
          single = nullptr;
          continue;
        }
      }
      const Type* t = type_expr(e);
      if (t == nullptr) continue;
      single = t;
      if (!ok) continue;
      if (t->underlying()->kind != TypeKindC::Interface) {
        const std::string cause = missing_cause(t, x.type);
        if (!cause.empty()) {
          error(start_pos(e), "impossible type switch case: " + expr_str(e) + "\n\t" + operand_string(x) +
                                  " cannot have dynamic type " + types2_spelling(t->name) + " " + cause);
          continue;
        }
      }
      bool dup = false;
      for (const auto& [prev, at] : seen) {
        if (!identical(prev, t)) continue;
        error(start_pos(e), "duplicate case " + types2_spelling(t->name) + " in type switch\n\t" + pos_string(at) +
                                ": previous case");
        dup = true;
        break;
      }
      if (!dup) seen.emplace_back(t, start_pos(e));
    }
    open_scope();
    if (lhs != nullptr) {
      const Type* vt = cc->list.size() == 1 && single != nullptr ? single : (ok ? x.type : nullptr);
      Object* v = new_object(ObjKind::Var, lhs->name, lhs->pos, vt);
      if (vt == nullptr) invalid_[v] = true;
      ctx_.scope->insert(v);
      cc->implicit_obj = v;
      vars.push_back(v);
    }
    stmt_list(cc->body);
    close_scope();
  }
  if (lhs != nullptr) {
    bool used = false;
    for (Object* v : vars) used = used || v->used;
    for (Object* v : vars) v->used = true;
    if (!used && ok) error(lhs->pos, lhs->name + " declared and not used");
    lhs->obj = nullptr;
    lhs->mode = Mode::Invalid;
  }
  close_scope();
}

// ------------------------------------------------- implicit conversions
//
// go/types leaves an assignment of a concrete value to an interface
// implicit; gc's typecheck makes it an OCONVIFACE node. So does this pass,
// once the package checked: wherever a value of another type meets an
// interface type (assignment, declaration, argument, result, composite
// literal element, map key, send, comparison with an interface), the value
// is wrapped in an implicit conversion (CallExpr::implicit), which code
// generation and escape analysis handle as the explicit I(x).

namespace {

struct ConvWalker {
  File& file;
  std::function<bool(const Type*, const Type*)> identical;
  const Type* any;
  std::vector<const Type*> sigs;  // the enclosing functions' signatures (results)

  static bool is_iface(const Type* t) { return t != nullptr && t->underlying()->kind == TypeKindC::Interface; }

  void wrap(Expr*& e, const Type* t, Pos at = Pos{}, bool cmp = false) {
    if (e == nullptr || !is_iface(t) || e->type == nullptr || e->mode == Mode::Invalid || e->mode == Mode::Nil ||
        e->mode == Mode::TypeExpr || e->mode == Mode::NoValue || e->type->is_untyped() ||
        e->type->kind == TypeKindC::Tuple || identical(e->type, t))
      return;
    auto* fun = file.make<Ident>();
    fun->kind = ExprKind::Ident;
    fun->pos = e->pos;
    fun->name = t->name;
    fun->mode = Mode::TypeExpr;
    fun->type = t;
    auto* c = file.make<CallExpr>();
    c->kind = ExprKind::Call;
    c->pos = e->pos;
    c->lparen = at;  // gc reports an assignment's conversion at its target
    c->rparen = e->pos;
    c->implicit_cmp = cmp;
    c->fun = fun;
    c->args = {e};
    c->call_kind = CallKind::Conversion;
    c->implicit = true;
    c->mode = Mode::Value;
    c->type = t;
    e = c;
  }

  void exprs(std::vector<Expr*>& l) {
    for (Expr*& e : l) expr(e);
  }

  void call(CallExpr* c) {
    expr(c->fun);
    exprs(c->args);
    if (c->call_kind == CallKind::Builtin) {
      if (c->builtin == static_cast<int>(Builtin::Append) && !c->ellipsis.valid() && c->type != nullptr &&
          c->type->underlying()->kind == TypeKindC::Slice) {
        for (size_t i = 1; i < c->args.size(); ++i) wrap(c->args[i], c->type->underlying()->elem);
      }
      if (c->builtin == static_cast<int>(Builtin::Panic) && c->args.size() == 1 && is_iface(c->args[0]->type) &&
          !c->args[0]->type->underlying()->imethods.empty()) {
        wrap(c->args[0], any);  // panic's argument is an eface (a concrete one: codegen_defer.cpp)
      }
      return;
    }
    // (issue 6, errs) a native's interface parameters too (errors.Is(err,
    // MyErr{})); fmt's variadic ones are not converted (codegen_fmt.cpp)
    if (c->call_kind != CallKind::Func && c->call_kind != CallKind::Native) return;
    const Type* sig = c->fun != nullptr ? c->fun->type : nullptr;
    if (sig == nullptr || sig->kind != TypeKindC::Func) return;
    if (c->call_kind == CallKind::Native && sig->variadic && c->native != static_cast<int>(NativeId::errors_Join)) return;
    // runtime.KeepAlive(x) keeps x where it is (codegen_runtime.cpp): no box
    if (c->call_kind == CallKind::Native && c->native == static_cast<int>(NativeId::runtime_KeepAlive)) return;
    // f(g()); (methods) not f(x) of a variadic f(x I, xs ...int)
    if (c->args.size() == 1 && sig->params.size() > 1 && c->args[0]->type != nullptr &&
        c->args[0]->type->kind == TypeKindC::Tuple)
      return;
    const size_t fixed = sig->variadic ? sig->params.size() - 1 : sig->params.size();
    for (size_t i = 0; i < c->args.size() && i < fixed; ++i) wrap(c->args[i], sig->params[i].type);
    if (sig->variadic && !c->ellipsis.valid() && !sig->params.empty() && sig->params.back().type != nullptr &&
        sig->params.back().type->underlying()->kind == TypeKindC::Slice) {
      for (size_t i = fixed; i < c->args.size(); ++i) wrap(c->args[i], sig->params.back().type->underlying()->elem);
    }
  }

  void composite(CompositeLit* c) {
    const Type* u = c->lit_type != nullptr ? c->lit_type->underlying() : nullptr;
    for (size_t i = 0; i < c->elts.size(); ++i) {
      Expr*& e = c->elts[i];
      if (u == nullptr) {
        expr(e);
        continue;
      }
      if (e->kind == ExprKind::KeyValue) {
        auto* kv = static_cast<KeyValueExpr*>(e);
        if (u->kind != TypeKindC::Struct) expr(kv->key);
        expr(kv->value);
        // gc reports a keyed element's conversion at its ':'
        Pos colon = kv->key->pos;
        if (kv->key->kind == ExprKind::Ident) colon.col += static_cast<int>(static_cast<Ident*>(kv->key)->name.size());
        else if (kv->key->kind == ExprKind::BasicLit) colon.col += static_cast<int>(static_cast<BasicLit*>(kv->key)->text.size());
        else colon = Pos{};
        if (u->kind == TypeKindC::Map) {
          wrap(kv->key, u->key);
          wrap(kv->value, u->elem, colon);
        } else if (u->kind == TypeKindC::Struct) {
          if (i < c->indices.size() && c->indices[i] >= 0 && static_cast<size_t>(c->indices[i]) < u->fields.size())
            wrap(kv->value, u->fields[static_cast<size_t>(c->indices[i])].type);
        } else {
          wrap(kv->value, u->elem);
        }
        continue;
      }
      expr(e);
      if (u->kind == TypeKindC::Struct) {
        if (i < c->indices.size() && c->indices[i] >= 0 && static_cast<size_t>(c->indices[i]) < u->fields.size())
          wrap(e, u->fields[static_cast<size_t>(c->indices[i])].type);
      } else if (u->kind == TypeKindC::Array || u->kind == TypeKindC::Slice) {
        wrap(e, u->elem);
      }
    }
  }

  void expr(Expr*& e) {
    if (e == nullptr || e->mode == Mode::TypeExpr) return;
    switch (e->kind) {
      case ExprKind::Paren: expr(static_cast<ParenExpr*>(e)->x); return;
      case ExprKind::Selector: expr(static_cast<SelectorExpr*>(e)->x); return;
      case ExprKind::Star: expr(static_cast<StarExpr*>(e)->x); return;
      case ExprKind::Unary: expr(static_cast<UnaryExpr*>(e)->x); return;
      case ExprKind::TypeAssert: expr(static_cast<TypeAssertExpr*>(e)->x); return;
      case ExprKind::KeyValue:
        expr(static_cast<KeyValueExpr*>(e)->key);
        expr(static_cast<KeyValueExpr*>(e)->value);
        return;
      case ExprKind::Index: {
        auto* ix = static_cast<IndexExpr*>(e);
        expr(ix->x);
        expr(ix->index);
        if (ix->x->type != nullptr && ix->x->type->underlying()->kind == TypeKindC::Map)
          wrap(ix->index, ix->x->type->underlying()->key);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<SliceExpr*>(e);
        for (Expr** p : {&s->x, &s->lo, &s->hi, &s->max}) expr(*p);
        return;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<BinaryExpr*>(e);
        expr(b->x);
        expr(b->y);
        if ((b->op == Token::Eql || b->op == Token::Neq) && b->x->type != nullptr && b->y->type != nullptr) {
          if (is_iface(b->x->type) && !is_iface(b->y->type)) wrap(b->y, b->x->type, Pos{}, true);
          else if (is_iface(b->y->type) && !is_iface(b->x->type)) wrap(b->x, b->y->type, Pos{}, true);
        }
        return;
      }
      case ExprKind::CompositeLit: composite(static_cast<CompositeLit*>(e)); return;
      case ExprKind::Call: call(static_cast<CallExpr*>(e)); return;
      case ExprKind::FuncLit: {
        auto* f = static_cast<FuncLit*>(e);
        sigs.push_back(f->type);
        if (f->body != nullptr) stmts(f->body->list);
        sigs.pop_back();
        return;
      }
      default: return;
    }
  }

  void lhs_rhs(std::vector<Expr*>& lhs, std::vector<Expr*>& rhs) {
    exprs(rhs);
    for (Expr*& l : lhs) expr(l);
    if (lhs.size() != rhs.size()) return;
    for (size_t i = 0; i < lhs.size(); ++i) {
      if (lhs[i] != nullptr && lhs[i]->mode != Mode::Invalid) wrap(rhs[i], lhs[i]->type, lhs.back()->pos);
    }
  }

  void value_spec(ValueSpec* vs) {
    exprs(vs->values);
    if (vs->names.size() != vs->values.size()) return;
    for (size_t i = 0; i < vs->names.size(); ++i) {
      const Object* o = vs->names[i]->obj;
      // gc: a constant's conversion at the declared name, a variable's at itself
      const Pos at = vs->values[i]->mode == Mode::Constant ? vs->names[0]->pos : Pos{};
      if (o != nullptr && o->kind == ObjKind::Var) wrap(vs->values[i], o->type, at);
    }
  }

  void gen_decl(GenDecl* gd) {
    if (gd == nullptr || gd->tok != Token::Var) return;
    for (Spec* sp : gd->specs) value_spec(static_cast<ValueSpec*>(sp));
  }

  void stmts(std::vector<Stmt*>& l) {
    for (Stmt* s : l) stmt(s);
  }

  void stmt(Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case StmtKind::Decl: gen_decl(static_cast<DeclStmt*>(s)->decl); return;
      case StmtKind::Labeled: stmt(static_cast<LabeledStmt*>(s)->stmt); return;
      case StmtKind::Expr: expr(static_cast<ExprStmt*>(s)->x); return;
      case StmtKind::Send: {
        auto* ss = static_cast<SendStmt*>(s);
        expr(ss->chan);
        expr(ss->value);
        if (ss->chan->type != nullptr && ss->chan->type->underlying()->kind == TypeKindC::Chan)
          wrap(ss->value, ss->chan->type->underlying()->elem);
        return;
      }
      case StmtKind::IncDec: expr(static_cast<IncDecStmt*>(s)->x); return;
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        if (a->tok == Token::Assign || a->tok == Token::Define) {
          lhs_rhs(a->lhs, a->rhs);
        } else {
          exprs(a->lhs);
          exprs(a->rhs);
        }
        return;
      }
      case StmtKind::Go: {
        Expr* c = static_cast<GoStmt*>(s)->call;
        expr(c);
        return;
      }
      case StmtKind::Defer: {
        Expr* c = static_cast<DeferStmt*>(s)->call;
        expr(c);
        return;
      }
      case StmtKind::Return: {
        auto* r = static_cast<ReturnStmt*>(s);
        exprs(r->results);
        const Type* sig = sigs.empty() ? nullptr : sigs.back();
        if (sig != nullptr && sig->results.size() == r->results.size()) {
          for (size_t i = 0; i < r->results.size(); ++i) wrap(r->results[i], sig->results[i].type);
        }
        return;
      }
      case StmtKind::Block: stmts(static_cast<BlockStmt*>(s)->list); return;
      case StmtKind::If: {
        auto* i = static_cast<IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->body);
        stmt(i->else_);
        return;
      }
      case StmtKind::CaseClause: {
        auto* c = static_cast<CaseClause*>(s);
        exprs(c->list);
        stmts(c->body);
        return;
      }
      case StmtKind::Switch: {
        auto* sw = static_cast<SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        stmt(sw->body);
        return;
      }
      case StmtKind::TypeSwitch: {
        auto* ts = static_cast<TypeSwitchStmt*>(s);
        stmt(ts->init);
        stmt(ts->assign);
        if (ts->body != nullptr) {
          for (Stmt* c : ts->body->list) stmts(static_cast<CaseClause*>(c)->body);
        }
        return;
      }
      case StmtKind::CommClause: {
        auto* c = static_cast<CommClause*>(s);
        stmt(c->comm);
        stmts(c->body);
        return;
      }
      case StmtKind::Select: stmt(static_cast<SelectStmt*>(s)->body); return;
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case StmtKind::Range: {
        auto* r = static_cast<RangeStmt*>(s);
        expr(r->x);
        stmt(r->body);
        return;
      }
      default: return;
    }
  }
};

}  // namespace

void Checker::make_conversions_explicit() {
  ConvWalker w{file_, [this](const Type* a, const Type* b) { return identical(a, b); }, any_type(), {}};
  for (Node* d : file_.decls) {
    if (auto* fd = dynamic_cast<FuncDecl*>(d)) {
      if (fd->body == nullptr || fd->name == nullptr || fd->name->obj == nullptr) continue;
      w.sigs.push_back(fd->name->obj->type);
      w.stmts(fd->body->list);
      w.sigs.pop_back();
    } else {
      w.gen_decl(static_cast<GenDecl*>(d));
    }
  }
}

}  // namespace govm
