// Methods in the checker (issue 6): declarations, method sets, and the
// selector lookup that finds fields and methods together (go/types'
// lookupFieldOrMethod, methodset.go).
//
// A method declaration `func (r R) M(...)` becomes a Func Object that is
// not declared in any scope: it is collected with the package objects (so
// its signature is checked lazily, like a function's), remembered under
// the name of its receiver's base type, and attached to that defined type
// (Type::methods) when the type's methods are first needed
// (ensure_methods). Object::recv holds the receiver type (T or *T);
// Object::type is the signature without it, as Go's method type.
//
// Lookup. x.f searches the type of x breadth-first through embedded
// fields, one depth at a time: at each depth, the methods of every defined
// type met there, then the fields of its struct (or the methods of its
// interface). The first depth with a match wins; two matches at one depth
// are ambiguous. A pointer is followed once at the top and at every
// embedded *E (`indirect`), which is what decides the addressability
// rules: a method with a pointer receiver needs &x, so x must be
// addressable or reached through a pointer ("cannot call pointer method
// Inc on Counter").
//
// Method expressions T.M, (*T).M, I.M (methods): typed func(recv, params...)
// with the receiver as written, unnamed; when that is not M's receiver as
// declared (a value method through *T, a promoted or an interface's
// method) the selector is listed with the method values, and code
// generation gives it gc's wrapper (codegen_method_expr.cpp). A method
// value of an interface's method (g.M) is a method value too.
//
// Method sets (for interface satisfaction, check_iface.cpp): the method
// set of T holds the value-receiver methods of T and those promoted
// through embedded E (value receivers) and *E (both); that of *T also the
// pointer-receiver ones. method_set() computes it by the same search.
#include <algorithm>
#include <cctype>

#include "compiler/check.h"

namespace govm {

namespace {

// The name of the receiver's base type as written: T in (r T), (r *T),
// (r (T)); empty when the receiver is not of that shape.
std::string recv_base_name(const Expr* e) {
  e = unparen(e);
  if (e != nullptr && e->kind == ExprKind::Star) e = unparen(static_cast<const StarExpr*>(e)->x);
  if (e != nullptr && e->kind == ExprKind::Ident) return static_cast<const Ident*>(e)->name;
  return "";
}

bool is_pointer(const Type* t) { return t != nullptr && t->kind == TypeKindC::Pointer; }

}  // namespace

// A method becomes a package object of its own (not in the scope), whose
// declaration is checked lazily by method_decl.
void Checker::collect_method(FuncDecl* fd) {
  const std::string& name = fd->name->name;
  Object* obj = new_object(ObjKind::Func, name, fd->name->pos, nullptr);
  obj->decl = fd;
  fd->name->obj = obj;
  Expr* rt = fd->recv->list.empty() ? nullptr : fd->recv->list[0]->type_expr;
  methods_by_base_[recv_base_name(rt)].push_back(obj);
  order_[obj] = static_cast<int>(pkg_objects_.size());
  pkg_objects_.push_back(obj);
  DeclInfo info;
  info.fdecl = fd;
  objmap_[obj] = new_decl(std::move(info));
  func_objs_[fd] = obj;
  if (fd->body == nullptr) {
    bodiless_.push_back(fd);
    return;
  }
  bodies_.push_back(fd);
  if (name == "_") return;
  pkg_.funcs.push_back(fd);
}

// The receiver, the signature, and the method's place in its type's list.
void Checker::method_decl(Object* obj, DeclInfo& info) {
  FuncDecl* fd = info.fdecl;
  Scope* scope = new_scope(file_scope_);
  func_scopes_[fd] = scope;
  const std::vector<Field*>& rl = fd->recv->list;
  size_t nrecv = 0;
  for (Field* f : rl) nrecv += std::max<size_t>(f->names.size(), 1);
  if (nrecv != 1) {
    func_scopes_.erase(fd);
    error(nrecv == 0 ? fd->recv->pos : rl[0]->pos, nrecv == 0 ? "method has no receiver" : "method has multiple receivers");
    return;
  }
  Field* rf = rl[0];
  const Type* rt = type_expr(rf->type_expr);
  if (!rf->names.empty()) {
    Ident* id = rf->names[0];
    Object* v = new_object(ObjKind::Var, id->name, id->pos, rt);
    v->is_param = true;
    v->used = true;
    if (rt == nullptr) invalid_[v] = true;
    declare(scope, id, v);
  }
  std::vector<Object*> results;
  const Type* sig = func_type(fd->sig, scope, nullptr, &results);
  func_results_[fd] = std::move(results);
  if (rt == nullptr) return;
  const Type* base = is_pointer(rt) ? rt->elem : rt;
  const Pos rpos = rf->names.empty() ? start_pos(rf->type_expr) : rf->names[0]->pos;  // gc: at the receiver
  if (base->kind != TypeKindC::Named || is_package_type(base) || !local_named_type(base)) {
    if (base->kind == TypeKindC::Named && base->underlying()->kind != TypeKindC::Pointer &&
        base->underlying()->kind != TypeKindC::Interface && !is_package_type(base) && !local_named_type(base)) {
      unsupported(rpos, "methods on local types");
    } else if (base->kind == TypeKindC::Named && !is_package_type(base) &&
               (base->underlying()->kind == TypeKindC::Pointer || base->underlying()->kind == TypeKindC::Interface)) {
      error(rpos, "invalid receiver type " + types2_spelling(base->name) + " (pointer or interface type)");
    } else {
      error(rpos, "cannot define new methods on non-local type " + base->name);
    }
    return;
  }
  if (base->underlying()->kind == TypeKindC::Pointer || base->underlying()->kind == TypeKindC::Interface) {
    error(rpos, "invalid receiver type " + types2_spelling(base->name) + " (pointer or interface type)");
    return;
  }
  if (sig == nullptr) return;
  // Duplicates and a field of the same name, reported at the later method.
  auto* named = const_cast<Type*>(base);
  for (Object* m : named->methods) {
    if (m->name != obj->name || obj->name == "_") continue;
    error(obj->pos, types2_spelling(base->name) + "." + obj->name + " redeclared in this block\n\t" +
                        pos_string(m->pos) + ": other declaration of " + obj->name);
    return;
  }
  const Type* u = base->underlying();
  if (u->kind == TypeKindC::Struct) {
    for (const StructField& f : u->fields) {
      if (f.name != obj->name || obj->name == "_") continue;
      std::string msg = "field and method with the same name " + obj->name;
      Pos fpos = field_pos(base, obj->name);
      if (fpos.valid()) msg += "\n\t" + pos_string(fpos) + ": other declaration of " + obj->name;
      error(obj->pos, msg);
      return;
    }
  }
  obj->recv = rt;
  obj->type = sig;
  std::vector<Param> params{Param{"", rt}};  // (methods) unnamed: %T of T.M prints func(main.T, ...)
  params.insert(params.end(), sig->params.begin(), sig->params.end());
  obj->recv_sig = types_.func(std::move(params), sig->results, sig->variadic);
  named->methods.push_back(obj);
}

// The package-level TypeName whose type is t, or nullptr (a local type).
Object* Checker::type_object(const Type* t) const {
  if (t == nullptr || t->kind != TypeKindC::Named || t->name.rfind("main.", 0) != 0) return nullptr;
  Object* obj = pkg_scope_->lookup_local(t->name.substr(5));
  return obj != nullptr && obj->kind == ObjKind::TypeName && obj->type == t ? obj : nullptr;
}

bool Checker::local_named_type(const Type* t) const { return type_object(t) != nullptr; }

// Where the struct field `name` of package type t is declared, when its
// declaration is a struct type written out.
Pos Checker::field_pos(const Type* t, const std::string& name) const {
  Object* obj = type_object(t);
  if (obj == nullptr) return Pos{};
  auto it = objmap_.find(obj);
  if (it == objmap_.end() || it->second->tspec == nullptr) return Pos{};
  const Expr* te = unparen(it->second->tspec->type_expr);
  if (te == nullptr || te->kind != ExprKind::StructType) return Pos{};
  const FieldList* fl = static_cast<const StructTypeExpr*>(te)->fields;
  if (fl == nullptr) return Pos{};
  for (const Field* f : fl->list) {
    for (const Ident* id : f->names) {
      if (id->name == name) return id->pos;
    }
    if (f->names.empty() && recv_base_name(f->type_expr) == name) return start_pos(f->type_expr);
  }
  return Pos{};
}

// Declares (lazily) every method of the defined type t, so that
// t->methods is complete.
void Checker::ensure_methods(const Type* t) {
  if (t == nullptr || t->kind != TypeKindC::Named || !methods_done_.insert(t).second) return;
  if (!local_named_type(t)) return;
  auto it = methods_by_base_.find(t->name.substr(5));
  if (it == methods_by_base_.end()) return;
  for (Object* m : it->second) obj_decl(m);
}

// go/types' lookupFieldOrMethod: see the top of this file.
Checker::Lookup Checker::lookup_field_or_method(const Type* t, const std::string& name) {
  struct Embedded {
    const Type* t;
    std::vector<int> path;
    bool indirect;
    bool multiples;
  };
  Lookup r;
  if (name == "_") return r;
  bool ind = false;
  if (t->kind == TypeKindC::Pointer) {  // *T: T's methods and fields
    t = t->elem;
    ind = true;
  } else if (t->kind == TypeKindC::Named && t->underlying()->kind == TypeKindC::Pointer) {
    // A defined pointer type has no methods; its base's fields only.
    int f = lookup_field(t, name, &r.path, &r.field_type, &r.indirect);
    r.result = f == 0 ? Lookup::Field : f == 2 ? Lookup::Ambiguous : Lookup::NotFound;
    return r;
  }
  std::vector<Embedded> current{{t, {}, ind, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    int found = 0;
    for (const Embedded& e : current) {
      if (e.t->kind == TypeKindC::Named) {
        if (!seen.insert(e.t).second) continue;
        ensure_methods(e.t);
        for (Object* m : e.t->methods) {
          if (m->name != name) continue;
          found += e.multiples ? 2 : 1;
          r.result = Lookup::Method;
          r.method = m;
          r.path = e.path;
          r.indirect = e.indirect;
          r.holder = e.t;
        }
      }
      const Type* u = e.t->underlying();
      if (u->kind == TypeKindC::Interface) {
        for (const Param& m : u->imethods) {
          if (m.name != name) continue;
          found += e.multiples ? 2 : 1;
          r.result = Lookup::Method;
          r.method = interface_method(e.t, m);
          r.path = e.path;
          r.indirect = e.indirect;
          r.holder = e.t;
        }
        continue;
      }
      if (u->kind != TypeKindC::Struct) continue;
      const bool hidden = is_package_type(e.t) && !std::isupper(static_cast<unsigned char>(name[0]));
      for (size_t i = 0; i < u->fields.size(); i++) {
        const StructField& f = u->fields[i];
        std::vector<int> p = e.path;
        p.push_back(static_cast<int>(i));
        if (f.name == name && !hidden) {
          found += e.multiples ? 2 : 1;
          r.result = Lookup::Field;
          r.path = p;
          r.field_type = f.type;
          r.indirect = e.indirect;
          continue;
        }
        if (f.embedded) {
          const Type* ft = f.type;
          bool fi = e.indirect;
          if (ft->kind == TypeKindC::Pointer) {
            ft = ft->elem;
            fi = true;
          }
          bool dup = false;
          for (Embedded& n : next) {
            if (n.t == ft) n.multiples = dup = true;
          }
          if (!dup) next.push_back({ft, std::move(p), fi, e.multiples});
        }
      }
    }
    if (found > 1) {
      r = Lookup{};
      r.result = Lookup::Ambiguous;
      return r;
    }
    if (found == 1) return r;
    current = std::move(next);
  }
  return r;
}

// The Func Object standing for method m of interface type t (one per
// pair): recv is t, decl is nullptr; code generation calls it through the
// itab.
Object* Checker::interface_method(const Type* t, const Param& m) {
  auto key = std::make_pair(t, m.name);
  if (auto it = iface_methods_.find(key); it != iface_methods_.end()) return it->second;
  Object* obj = new_object(ObjKind::Func, m.name, Pos{}, m.type);
  obj->recv = t;
  iface_methods_[key] = obj;
  return obj;
}

// x.M for a method declared in the package (or of an interface): true
// when the selector is a method (x is then its value, or invalid).
bool Checker::user_method_selector(Operand& x, SelectorExpr* e) {
  const std::string& name = e->sel->name;
  if (x.type == nullptr || x.mode == Mode::Nil) return false;
  if (x.mode == Mode::TypeExpr) {  // a method expression T.M, (*T).M
    Lookup r = lookup_field_or_method(x.type, name);
    if (r.result != Lookup::Method) return false;
    Object* m = r.method;
    if (m->type == nullptr) {
      x.mode = Mode::Invalid;
      return true;
    }
    if (is_pointer(m->recv) && !r.indirect) {
      error(e->sel->pos, "cannot call pointer method " + name + " on " + types2_spelling(x.type->name));
      x.mode = Mode::Invalid;
      return true;
    }
    // (methods) The method's own function when the receiver is passed as
    // declared; else gc's autogenerated wrapper taking x.type first
    // (main.(*T).M of a value method, main.T.M of a promoted one,
    // main.I.M of an interface's): codegen_method_expr.cpp.
    const bool iface = m->decl == nullptr && m->recv != nullptr && m->recv->underlying()->kind == TypeKindC::Interface;
    if (m->decl == nullptr && !iface) {
      unsupported(start_pos(e), "this method expression");
      x.mode = Mode::Invalid;
      return true;
    }
    // Its type: the receiver unnamed first (%T prints func(main.T, int)).
    std::vector<Param> params{Param{"", x.type}};
    params.insert(params.end(), m->type->params.begin(), m->type->params.end());
    const Type* sig = types_.func(std::move(params), m->type->results, m->type->variadic);
    if (iface || !r.path.empty() || m->recv != x.type) {
      e->path = r.path;
      pkg_.method_values.push_back(e);  // its wrapper is declared with the -fm ones
    }
    e->sel_kind = SelKind::Method;
    e->sel->obj = m;
    e->sel->mode = Mode::Value;
    e->sel->type = sig;
    x.mode = Mode::Value;
    x.type = sig;
    x.val.reset();
    return true;
  }
  Lookup r = lookup_field_or_method(x.type, name);
  if (r.result == Lookup::Ambiguous) {
    error(e->sel->pos, "ambiguous selector " + expr_str(e));
    x.mode = Mode::Invalid;
    return true;
  }
  if (r.result != Lookup::Method) return false;
  Object* m = r.method;
  if (m->type == nullptr) {  // its declaration failed, and said so
    x.mode = Mode::Invalid;
    return true;
  }
  // A pointer receiver takes &x: x must be addressable, or a pointer was
  // followed on the way.
  if (is_pointer(m->recv) && !r.indirect && x.mode != Mode::Variable) {
    error(e->sel->pos, "cannot call pointer method " + name + " on " + types2_spelling(x.type->name));
    x.mode = Mode::Invalid;
    return true;
  }
  e->sel_kind = SelKind::Method;
  e->path = r.path;
  e->implicit_addr = is_pointer(m->recv) && !r.indirect;
  // A method value unless call() finds it called; (methods) of an
  // interface's method too (main.I.M-fm).
  if (m->decl != nullptr || m->recv->underlying()->kind == TypeKindC::Interface) {
    e->method_value = true;
    pkg_.method_values.push_back(e);
  }
  e->sel->obj = m;
  e->sel->mode = Mode::Value;
  e->sel->type = m->type;
  x.mode = Mode::Value;
  x.type = m->type;
  x.val.reset();
  return true;
}

// A call of a method found by user_method_selector (statically bound, or
// through an interface).
bool Checker::is_user_method(const Expr* fun) const {
  fun = unparen(fun);
  if (fun == nullptr || fun->kind != ExprKind::Selector) return false;
  const auto* s = static_cast<const SelectorExpr*>(fun);
  return s->sel_kind == SelKind::Method && s->sel->obj != nullptr && s->sel->obj->recv != nullptr;
}

// The method set of t (a defined type, a pointer to one, or an interface):
// every method name with the Object that provides it, for interface
// satisfaction. A pointer-receiver method of a value type is listed with
// *ptr_only set.
std::vector<Checker::MethodEntry> Checker::method_set(const Type* t) {
  std::vector<MethodEntry> out;
  if (t->underlying()->kind == TypeKindC::Interface) {
    for (const Param& m : t->underlying()->imethods) out.push_back({m.name, interface_method(t, m), false});
    return out;
  }
  // Every name reachable: declared methods, and those promoted.
  std::set<std::string> names;
  std::vector<const Type*> work{t->kind == TypeKindC::Pointer ? t->elem : t};
  std::set<const Type*> seen;
  while (!work.empty()) {
    const Type* x = work.back();
    work.pop_back();
    if (!seen.insert(x).second) continue;
    if (x->kind == TypeKindC::Named) {
      ensure_methods(x);
      for (Object* m : x->methods) names.insert(m->name);
    }
    const Type* u = x->underlying();
    if (u->kind == TypeKindC::Interface) {
      for (const Param& m : u->imethods) names.insert(m.name);
    }
    if (u->kind != TypeKindC::Struct) continue;
    for (const StructField& f : u->fields) {
      if (f.embedded) work.push_back(f.type->kind == TypeKindC::Pointer ? f.type->elem : f.type);
    }
  }
  for (const std::string& n : names) {
    Lookup r = lookup_field_or_method(t, n);
    if (r.result != Lookup::Method) continue;
    const bool ptr_only = is_pointer(r.method->recv) && !r.indirect;
    out.push_back({n, r.method, ptr_only});
  }
  return out;
}

}  // namespace govm
