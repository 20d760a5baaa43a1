// The type checker's driver: check_file, package-level declarations and
// the initialization order (go/types' check.go, resolver.go, decl.go and
// initorder.go).
//
// Checking runs in phases, in gc's order, so that errors come out in the
// order gc reports them (which decides the first ten):
//
//   1. branches and labels of every function body (gc checks them while
//      parsing: syntax.checkBranches);
//   2. imports and package-level objects are collected in source order;
//      a name declared twice is "redeclared in this block";
//   3. each package-level object is checked, lazily: a use of an object
//      not yet checked checks it first, and colours (white, grey, black)
//      find cycles; a constant or variable met while grey is a cycle that
//      the initialization order reports;
//   4. function bodies, in source order; every use of a package-level
//      object from an initializer or a body is recorded as a dependency of
//      the object being declared;
//   5. the initialization order, from the dependency graph (below);
//   6. unused imports, then main.
//
// Initialization order (spec, "Package initialization"): package-level
// variables are initialized in declaration order, but after the variables
// they depend on. Dependencies go through functions: a variable whose
// initializer calls f depends on everything f's body refers to. As
// go/types does, the graph's function nodes are removed (each predecessor
// of a function gets the function's successors), and then the variable
// with the fewest remaining dependencies, earliest in the source on ties,
// is initialized next; a variable that still has dependencies when chosen
// is on a cycle, reported as "initialization cycle". Only variables with
// an initializer appear in the order; n:1 declarations (a, b = f())
// appear once.
//
// Before returning, canonicalize() replaces byte and rune by uint8 and
// int32 in every annotation (see TypeTable::byte_alias).
#include <pthread.h>

#include <algorithm>
#include <exception>
#include <functional>
#include <tuple>

#include "compiler/check.h"
#include "compiler/closure.h"  // (issue 6, func)
#include "compiler/compiler.h"

namespace govm {

// Checking recurses as deep as package-level declarations depend on each
// other (var a0 = a1 + 1; var a1 = a2 + 1; ...: checking a0 checks a1
// first), which a generated program can make arbitrarily deep. So the
// checker runs on a thread of its own whose stack is large (reserved, and
// committed only as used), and obj_decl refuses nesting past
// kMaxDeclNesting, so that no input overflows the host's stack.
namespace {

constexpr size_t kCheckStackSize = size_t(1) << 30;

struct CheckJob {
  Checker* checker;
  bool ok = false;
  std::exception_ptr failure;
};

void* run_check(void* arg) {
  auto* job = static_cast<CheckJob*>(arg);
  try {
    job->ok = job->checker->check_package();
  } catch (...) {
    job->failure = std::current_exception();  // rethrown on the caller's thread
  }
  return nullptr;
}

}  // namespace

std::unique_ptr<CheckedPackage> check_file(File& file, Diagnostics& diags) {
  auto pkg = std::make_unique<CheckedPackage>();
  pkg->file = &file;
  pkg->type_table = std::make_unique<TypeTable>();
  pkg->types = pkg->type_table.get();
  Checker checker(file, diags, *pkg);
  CheckJob job{&checker, false, nullptr};
  pthread_attr_t attr;
  pthread_t thread;
  bool threaded = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kCheckStackSize) == 0 &&
                  pthread_create(&thread, &attr, run_check, &job) == 0;
  if (threaded) {
    pthread_join(thread, nullptr);
  } else {
    run_check(&job);  // no thread to be had: the host's stack will do for most programs
  }
  pthread_attr_destroy(&attr);
  if (job.failure) std::rethrow_exception(job.failure);
  if (!job.ok || diags.has_errors()) return nullptr;
  return pkg;
}

Checker::Checker(File& file, Diagnostics& diags, CheckedPackage& pkg)
    : file_(file), diags_(diags), pkg_(pkg), types_(*pkg.types) {
  int_ = types_.basic(TypeKindC::Int);
  uint_ = types_.basic(TypeKindC::Uint);
  bool_ = types_.basic(TypeKindC::Bool);
  string_ = types_.basic(TypeKindC::String);
  untyped_int_ = types_.basic(TypeKindC::UntypedInt);
  untyped_bool_ = types_.basic(TypeKindC::UntypedBool);
}

bool Checker::check_package() {
  size_t errors_before = diags_.count();
  init_universe();
  pkg_scope_ = new_scope(universe_);
  file_scope_ = new_scope(pkg_scope_);
  if (file_.package_name != nullptr && file_.package_name->name != "main") {
    unsupported(file_.package_name->pos, "packages other than main");
  }
  for (Node* d : file_.decls) {
    auto* fd = dynamic_cast<FuncDecl*>(d);
    if (fd != nullptr && fd->body != nullptr && fd->name != nullptr) check_branches(fd->body);
  }
  collect_imports();
  collect_objects();
  package_objects();
  process_later();
  func_bodies();
  process_later();
  init_order();
  unused_imports();
  if (type_errors_ == 0) {
    for (const auto& [pos, msg] : print_errors_) diags_.error(pos, msg);  // gc's spelling, not types2's
  }
  if (!diags_.has_errors()) {
    for (FuncDecl* fd : bodiless_) error(fd->name->pos, "missing function body");
  }
  check_main();
  if (diags_.count() != errors_before) return false;
  make_conversions_explicit();  // (issue 6, iface) check_iface.cpp
  canonicalize();
  collect_closures(pkg_);  // (issue 6, func) compiler/closure.cpp
  return true;
}

// ------------------------------------------------------------------ errors

void Checker::error(Pos pos, const std::string& raw) {
  std::string msg = types2_spelling(raw);
  // An error met while checking an inherited constant expression goes to
  // the constant being declared: the expression is elsewhere.
  if (ctx_.errpos.valid()) pos = ctx_.errpos;
  // go/types' "cheap trick": once an error is out, messages about invalid
  // operands are follow-on noise.
  if (diags_.has_errors()) {
    size_t i = msg.find("invalid operand");
    size_t j = msg.find("invalid type");
    if ((i != std::string::npos && i > 0) || (j != std::string::npos && j > 0)) return;
  }
  type_errors_++;
  diags_.error(pos, msg);
}

void Checker::unsupported(Pos pos, const std::string& what) {
  if (ctx_.errpos.valid()) pos = ctx_.errpos;
  diags_.unsupported(pos, what);
}

std::string Checker::pos_string(Pos pos) const {
  return diags_.file() + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

Object* Checker::new_object(ObjKind kind, const std::string& name, Pos pos, const Type* type) {
  auto obj = std::make_unique<Object>();
  obj->kind = kind;
  obj->name = name;
  obj->pos = pos;
  obj->type = type;
  Object* raw = obj.get();
  pkg_.objects.push_back(std::move(obj));
  return raw;
}

Scope* Checker::new_scope(Scope* parent) {
  pkg_.scopes.push_back(std::make_unique<Scope>(parent));
  return pkg_.scopes.back().get();
}

// Declares obj in scope under id (nothing for the blank identifier, whose
// Ident keeps obj == nullptr).
bool Checker::declare(Scope* scope, Ident* id, Object* obj) {
  if (id != nullptr) id->obj = obj->name == "_" ? nullptr : obj;
  if (obj->name == "_") return false;
  if (Object* alt = scope->insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos.valid()) msg += "\n\t" + pos_string(alt->pos) + ": other declaration of " + obj->name;
    error(obj->pos, msg);
    return false;
  }
  return true;
}

// ------------------------------------------------------ collecting objects

void Checker::collect_imports() {
  for (GenDecl* gd : file_.imports) {
    for (Spec* sp : gd->specs) {
      auto* is = static_cast<ImportSpec*>(sp);
      if (is->path == nullptr || is->path->bad) continue;
      std::string path = is->path->text.size() >= 2 ? is->path->text.substr(1, is->path->text.size() - 2) : "";
      Pos pos = is->name != nullptr ? is->name->pos : is->path->pos;
      std::string name = is->name != nullptr ? is->name->name : path.substr(path.rfind('/') + 1);
      if (path != "fmt" && path != "unsafe" && path != "runtime" && path != "sync" && path != "time" &&
          path != "strings" && path != "strconv" && path != "os" &&
          path != "errors") {  // (issue 6) strings_pkg.cpp, os_pkg.cpp, check_iface.cpp
        unsupported(pos, "package \"" + path + "\"");
        // Declared all the same, so that its uses are silent, not undefined.
        if (name == "_" || name == ".") continue;
        Object* obj = new_object(ObjKind::Package, name, pos, nullptr);
        obj->package_path = path;
        obj->used = true;
        declare(file_scope_, is->name, obj);
        continue;
      }
      if (name == "_") continue;
      if (name == ".") {
        unsupported(pos, "dot imports");
        continue;
      }
      Object* obj = new_object(ObjKind::Package, name, pos, nullptr);
      obj->package_path = path;
      if (path == "unsafe") unsafe_pkg_ = obj;
      imports_.push_back({is, obj});
      declare(file_scope_, is->name, obj);
    }
  }
}

void Checker::collect_objects() {
  for (Node* d : file_.decls) {
    if (auto* fd = dynamic_cast<FuncDecl*>(d)) {
      collect_func(fd);
      continue;
    }
    auto* gd = static_cast<GenDecl*>(d);
    switch (gd->tok) {
      case Token::Const: collect_const_group(gd); break;
      case Token::Var:
        for (Spec* sp : gd->specs) collect_var_spec(static_cast<ValueSpec*>(sp));
        break;
      case Token::Type:
        for (Spec* sp : gd->specs) {
          auto* ts = static_cast<TypeSpec*>(sp);
          Object* obj = new_object(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
          DeclInfo info;
          info.tspec = ts;
          declare_pkg_obj(ts->name, obj, new_decl(std::move(info)));
        }
        break;
      default: break;
    }
  }
  // Package-level names and imports share no names (go/types resolver).
  for (auto& [spec, obj] : imports_) {
    if (Object* alt = pkg_scope_->lookup_local(obj->name)) {
      error(alt->pos, alt->name + " already declared through import of package " + obj->name + " (\"" +
                          obj->package_path + "\")\n\t" + pos_string(obj->pos) + ": other declaration of " +
                          obj->name);
    }
  }
}

// A constant spec without type and values repeats the previous spec's
// (the parser copies them and sets implicit); iota is the spec's index.
void Checker::collect_const_group(GenDecl* gd) {
  for (size_t i = 0; i < gd->specs.size(); i++) {
    auto* vs = static_cast<ValueSpec*>(gd->specs[i]);
    bool inherited = vs->implicit;
    for (size_t j = 0; j < vs->names.size(); j++) {
      Ident* id = vs->names[j];
      Object* obj = new_object(ObjKind::Const, id->name, id->pos, nullptr);
      DeclInfo info;
      info.type_expr = vs->type_expr;
      info.init = j < vs->values.size() ? vs->values[j] : nullptr;
      info.iota = static_cast<int>(i);
      info.inherited = inherited;
      declare_pkg_obj(id, obj, new_decl(std::move(info)));
    }
    arity(vs->names.empty() ? vs->pos : vs->names[0]->pos, vs->names, vs->values, true, inherited);
  }
}

void Checker::collect_var_spec(ValueSpec* vs) {
  std::vector<Object*> lhs;
  for (Ident* id : vs->names) {
    Object* obj = new_object(ObjKind::Var, id->name, id->pos, nullptr);
    obj->is_global = true;
    obj->storage = Storage::Global;
    obj->used = true;  // package-level variables need no use
    if (id->name != "_") pkg_.globals.push_back(obj);
    names_[obj] = id;
    lhs.push_back(obj);
  }
  size_t l = vs->names.size(), r = vs->values.size();
  DeclInfo* shared = nullptr;
  if (r == 1 && l > 1) {
    // var a, b = f(): one declaration for all its variables.
    DeclInfo info;
    info.type_expr = vs->type_expr;
    info.init = vs->values[0];
    info.lhs = lhs;
    shared = new_decl(std::move(info));
  }
  for (size_t i = 0; i < l; i++) {
    DeclInfo* d = shared;
    if (d == nullptr) {
      DeclInfo info;
      info.type_expr = vs->type_expr;
      if (i < r) info.init = vs->values[i];
      d = new_decl(std::move(info));
    }
    declare_pkg_obj(vs->names[i], lhs[i], d);
  }
  if (vs->type_expr == nullptr || !vs->values.empty()) {
    arity(vs->names.empty() ? vs->pos : vs->names[0]->pos, vs->names, vs->values, false, false);
  }
}

DeclInfo* Checker::new_decl(DeclInfo info) {
  decls_.push_back(std::make_unique<DeclInfo>(std::move(info)));
  return decls_.back().get();
}

void Checker::declare_pkg_obj(Ident* id, Object* obj, DeclInfo* info) {
  if (obj->name == "init") {
    id->obj = obj;
    error(id->pos, "cannot declare init - must be func");
    return;
  }
  if (obj->name == "main") {
    id->obj = obj;
    error(id->pos, "cannot declare main - must be func");
    return;
  }
  declare(pkg_scope_, id, obj);
  order_[obj] = static_cast<int>(pkg_objects_.size());
  pkg_objects_.push_back(obj);
  objmap_[obj] = info;
}

// go/types' arity: the numbers of names and values of a declaration.
void Checker::arity(Pos pos, const std::vector<Ident*>& names, const std::vector<Expr*>& inits, bool const_decl,
                    bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    Expr* n = inits[l];
    if (inherited) {
      error(pos, "extra init expr at " + pos_string(start_pos(n)));
    } else {
      error(start_pos(n), "extra init expr " + expr_str(n));
    }
  } else if (l > r && (const_decl || r != 1)) {
    error(names[r]->pos, "missing init expr for " + names[r]->name);
  }
}

void Checker::collect_func(FuncDecl* fd) {
  if (fd->name == nullptr || fd->sig == nullptr) return;  // a syntax error, reported
  if (fd->recv != nullptr) {
    collect_method(fd);  // (issue 6, iface) check_method.cpp
    return;
  }
  const std::string& name = fd->name->name;
  Object* obj = new_object(ObjKind::Func, name, fd->name->pos, nullptr);
  obj->decl = fd;
  if (name == "init" || name == "main") {
    bool has_params = fd->sig->params != nullptr && !fd->sig->params->list.empty();
    bool has_results = fd->sig->results != nullptr && !fd->sig->results->list.empty();
    if (has_params || has_results) {
      error(fd->name->pos, "func " + name + " must have no arguments and no return values");
    }
  }
  if (fd->body == nullptr) {
    // types2 reports a missing body for init; gc's back end, later, for the
    // others, so only when everything else type-checked.
    if (name == "init") {
      error(fd->name->pos, "missing function body");
    } else {
      bodiless_.push_back(fd);
    }
  }
  if (name == "init") {
    fd->name->obj = obj;  // init functions are not declared: they cannot be referred to
  } else {
    declare(pkg_scope_, fd->name, obj);
  }
  order_[obj] = static_cast<int>(pkg_objects_.size());
  pkg_objects_.push_back(obj);
  DeclInfo info;
  info.fdecl = fd;
  objmap_[obj] = new_decl(std::move(info));
  func_objs_[fd] = obj;
  if (fd->body == nullptr) return;
  bodies_.push_back(fd);
  if (name == "_") return;  // checked, but never called: nothing to generate
  pkg_.funcs.push_back(fd);
  if (name == "init") pkg_.init_funcs.push_back(fd);
  if (name == "main") pkg_.main_func = fd;
}

// ------------------------------------------------- checking declarations

void Checker::package_objects() {
  for (Object* obj : pkg_objects_) obj_decl(obj);
  // A declared variable's name is annotated as a use of it would be.
  for (Object* obj : pkg_objects_) {
    if (obj->kind != ObjKind::Var || obj->type == nullptr) continue;
    auto it = names_.find(obj);
    if (it == names_.end()) continue;
    it->second->mode = Mode::Variable;
    it->second->type = obj->type;
  }
}

void Checker::obj_decl(Object* obj) {
  Color& color = color_[obj];
  if (color == Color::White && obj->type != nullptr && forward_.count(obj) == 0) color = Color::Black;
  if (color == Color::Black) return;
  if (color == Color::Grey) {
    // A cycle. One through constants and variables only is reported by the
    // initialization order; until then the object is invalid, silently.
    if (obj->type == nullptr) invalid_[obj] = true;
    return;
  }
  if (decl_nesting_ >= kMaxDeclNesting) {
    unsupported(obj->pos, "declarations that depend on each other " + std::to_string(kMaxDeclNesting) +
                              " levels deep");
    invalid_[obj] = true;
    color = Color::Black;
    return;
  }
  color = Color::Grey;
  decl_nesting_++;
  DeclInfo* d = objmap_.at(obj);
  CheckContext saved = std::move(ctx_);
  ctx_ = CheckContext{};
  ctx_.scope = file_scope_;
  ctx_.decl = d;
  switch (obj->kind) {
    case ObjKind::Const:
      ctx_.iota = d->iota;
      const_decl(obj, d->type_expr, d->init, d->inherited);
      break;
    case ObjKind::Var: var_decl(obj, d->lhs, d->type_expr, d->init); break;
    case ObjKind::Func: func_decl(obj, *d); break;
    case ObjKind::TypeName: type_decl(obj, d->tspec); break;
    default: break;
  }
  ctx_ = std::move(saved);
  decl_nesting_--;
  color_[obj] = Color::Black;
  if (obj->type == nullptr) invalid_[obj] = true;
}

bool Checker::is_const_type(const Type* t) {
  if (t == nullptr || !t->is_basic()) return false;
  return t->is_boolean() || t->is_numeric() || t->is_string();
}

void Checker::const_decl(Object* obj, Expr* type_expr, Expr* init, bool inherited) {
  Pos saved_errpos = ctx_.errpos;
  ctx_.errpos = Pos{};
  if (type_expr != nullptr) {
    const Type* t = this->type_expr(type_expr);
    if (t == nullptr) {
      invalid_[obj] = true;
      ctx_.errpos = saved_errpos;
      return;
    }
    if (!is_const_type(t)) {
      error(start_pos(type_expr), "invalid constant type " + t->name);
      invalid_[obj] = true;
      ctx_.errpos = saved_errpos;
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init != nullptr) {
    if (inherited) ctx_.errpos = obj->pos;
    expr(x, init);
  }
  init_const(obj, x);
  ctx_.errpos = saved_errpos;
}

// A variable declaration: one variable (lhs empty) or every variable of an
// n:1 declaration, checked once.
void Checker::var_decl(Object* obj, const std::vector<Object*>& lhs, Expr* type_expr, Expr* init) {
  const Type* t = nullptr;
  if (type_expr != nullptr) {
    t = this->type_expr(type_expr);
    if (t == nullptr) {
      for (Object* v : lhs.empty() ? std::vector<Object*>{obj} : lhs) invalid_[v] = true;
      if (init != nullptr) use({init});
      return;
    }
    obj->type = t;
    chan_elem_size(t, obj->pos);  // (issue 5)
  }
  if (init == nullptr) {
    if (t == nullptr) invalid_[obj] = true;
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    init_var(obj, x, "variable declaration");
    return;
  }
  if (t != nullptr) {
    for (Object* v : lhs) v->type = t;
  }
  init_vars(lhs, {init}, nullptr);
  for (Object* v : lhs) {
    if (color_.count(v) || objmap_.count(v)) color_[v] = Color::Black;
    if (v->type == nullptr) invalid_[v] = true;
  }
}

void Checker::func_decl(Object* obj, DeclInfo& info) {
  FuncDecl* fd = info.fdecl;
  if (fd->recv != nullptr) {
    method_decl(obj, info);  // (issue 6, iface) check_method.cpp
    return;
  }
  Scope* scope = new_scope(file_scope_);
  func_scopes_[fd] = scope;
  std::vector<Object*> results;
  obj->type = func_type(fd->sig, scope, nullptr, &results);
  func_results_[fd] = std::move(results);
}

// A signature: parameters and results become variables of scope (the
// function's outermost scope); unnamed ones get no Object in the tree, but
// results always get one, for return statements. nullptr when a type is
// invalid or unsupported.
const Type* Checker::func_type(FuncType* sig, Scope* scope, std::vector<Object*>* params_out,
                               std::vector<Object*>* results_out) {
  bool ok = true;
  bool variadic = false;
  auto collect = [&](FieldList* list, bool result, std::vector<Param>& out, std::vector<Object*>* objs) {
    if (list == nullptr) return;
    for (Field* f : list->list) {
      const Type* t = nullptr;
      if (f->type_expr != nullptr && f->type_expr->kind == ExprKind::Ellipsis) {
        // (issue 6, func) ...T: the last parameter is a []T (check_func.cpp)
        const bool last = f == list->list.back() && f->names.size() <= 1;
        t = variadic_param(static_cast<EllipsisExpr*>(f->type_expr), result, last);
        if (t != nullptr && !result && last) variadic = true;
      } else {
        t = type_expr(f->type_expr);
      }
      if (t == nullptr) ok = false;
      if (f->names.empty()) {
        out.push_back(Param{"", t});
        if (objs != nullptr) {
          Object* v = new_object(ObjKind::Var, "", f->type_expr->pos, t);
          v->is_result = result;
          v->is_param = !result;
          v->used = true;
          if (t == nullptr) invalid_[v] = true;
          objs->push_back(v);
        }
        continue;
      }
      for (Ident* id : f->names) {
        Object* v = new_object(ObjKind::Var, id->name, id->pos, t);
        v->is_param = !result;
        v->is_result = result;
        v->used = true;  // parameters are always used
        if (t == nullptr) invalid_[v] = true;
        declare(scope, id, v);
        // (issue 6, func) Types are interned without parameter names, so
        // the type keeps none: its spelling is reflect's, func(int) string,
        // whichever declaration interned it first (gc's messages show the
        // names of the one at hand: a difference in messages only).
        out.push_back(Param{"", t});
        if (objs != nullptr) objs->push_back(v);
      }
    }
  };
  std::vector<Param> params, results;
  collect(sig->params, false, params, params_out);
  collect(sig->results, true, results, results_out);
  if (!ok) return nullptr;
  return types_.func(std::move(params), std::move(results), variadic);
}

void Checker::func_bodies() {
  for (FuncDecl* fd : bodies_) {
    if (func_scopes_.count(fd) == 0) continue;  // its declaration was refused
    func_body(fd, objmap_.at(func_objs_.at(fd)));
  }
}

void Checker::func_body(FuncDecl* fd, DeclInfo* info) {
  CheckContext saved = std::move(ctx_);
  ctx_ = CheckContext{};
  ctx_.scope = func_scopes_.at(fd);
  ctx_.decl = info;
  ctx_.sig = func_objs_.at(fd)->type;
  ctx_.results = func_results_.at(fd);
  fn_vars_.clear();
  stmt_list(fd->body->list);
  if (!ctx_.results.empty() && !is_terminating_list(fd->body->list, "")) error(fd->body->rbrace, "missing return");
  usage();
  ctx_ = std::move(saved);
}

// ------------------------------------------------------ initialization order

namespace {

struct GraphNode {
  Object* obj = nullptr;
  std::set<GraphNode*> succ, pred;  // depends on / is depended on by
  int ndeps = 0;
};

}  // namespace

void Checker::init_order() {
  std::vector<std::unique_ptr<GraphNode>> nodes;
  std::unordered_map<Object*, GraphNode*> node_of;
  for (Object* obj : pkg_objects_) {
    if (obj->kind != ObjKind::Const && obj->kind != ObjKind::Var && obj->kind != ObjKind::Func) continue;
    nodes.push_back(std::make_unique<GraphNode>());
    nodes.back()->obj = obj;
    node_of[obj] = nodes.back().get();
  }
  for (auto& n : nodes) {
    for (Object* d : objmap_.at(n->obj)->deps) {
      auto it = node_of.find(d);
      if (it == node_of.end()) continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n.get());
    }
  }
  // Remove function nodes, connecting their predecessors to their successors.
  for (auto& n : nodes) {
    if (n->obj->kind != ObjKind::Func) continue;
    for (GraphNode* p : n->pred) {
      if (p == n.get()) continue;
      for (GraphNode* s : n->succ) {
        if (s == n.get()) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n.get());
    }
    for (GraphNode* s : n->succ) s->pred.erase(n.get());
  }
  // The queue: fewest dependencies first, then source order.
  std::set<std::tuple<int, int, GraphNode*>> queue;
  auto key = [this](GraphNode* n) { return std::make_tuple(n->ndeps, order_.at(n->obj), n); };
  for (auto& n : nodes) {
    if (n->obj->kind == ObjKind::Func) continue;
    n->ndeps = static_cast<int>(n->succ.size());
    queue.insert(key(n.get()));
  }
  std::set<DeclInfo*> emitted;
  while (!queue.empty()) {
    GraphNode* n = std::get<2>(*queue.begin());
    queue.erase(queue.begin());
    if (n->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle = find_path(n->obj, n->obj, seen);
      if (!cycle.empty()) report_cycle(cycle);
    }
    for (GraphNode* p : n->pred) {
      if (queue.erase(key(p)) == 0) continue;  // already initialized
      p->ndeps--;
      queue.insert(key(p));
    }
    if (n->obj->kind != ObjKind::Var) continue;
    DeclInfo* info = objmap_.at(n->obj);
    if (info->init == nullptr || !emitted.insert(info).second) continue;
    GlobalInit gi;
    std::vector<Object*> lhs = info->lhs.empty() ? std::vector<Object*>{n->obj} : info->lhs;
    for (Object* v : lhs) gi.lhs.push_back(v->name == "_" ? nullptr : v);
    gi.rhs = info->init;
    gi.constant_init = info->lhs.empty() && info->init->mode == Mode::Constant && info->init->value.has_value();
    pkg_.init_order.push_back(std::move(gi));
  }
}

// The path of dependencies from `from` to `to`, reversed ({to, ..., from}),
// or empty; dependencies are tried in source order, for stable messages.
std::vector<Object*> Checker::find_path(Object* from, Object* to, std::set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  auto it = objmap_.find(from);
  if (it == objmap_.end()) return {};
  std::vector<Object*> deps = it->second->deps;
  std::sort(deps.begin(), deps.end(), [this](Object* a, Object* b) { return order_.at(a) < order_.at(b); });
  for (Object* d : deps) {
    if (d == to) return {d};
    std::vector<Object*> p = find_path(d, to, seen);
    if (!p.empty()) {
      p.push_back(d);
      return p;
    }
  }
  return {};
}

void Checker::report_cycle(const std::vector<Object*>& cycle) {
  Object* obj = cycle[0];
  if (cycle.size() == 1) {
    error(obj->pos, "initialization cycle: " + obj->name + " refers to itself");
    return;
  }
  std::string msg = "initialization cycle for " + obj->name;
  for (size_t j = cycle.size(); j-- > 0;) {
    Object* next = cycle[j];
    msg += "\n\t" + pos_string(obj->pos) + ": " + obj->name + " refers to " + next->name;
    obj = next;
  }
  error(cycle[0]->pos, msg);
}

// ------------------------------------------------------------- the end

void Checker::unused_imports() {
  for (auto& [spec, obj] : imports_) {
    if (obj->used) continue;
    if (spec->name == nullptr || spec->name->name == obj->package_path) {
      error(obj->pos, "\"" + obj->package_path + "\" imported and not used");
    } else {
      error(obj->pos, "\"" + obj->package_path + "\" imported as " + obj->name + " and not used");
    }
  }
}

// gc's linker reports a missing main (so only when the package compiled),
// without a position; govm puts it on the package clause, so that a test
// can annotate it.
void Checker::check_main() {
  if (diags_.has_errors()) return;
  if (file_.package_name == nullptr || file_.package_name->name != "main") return;
  Object* main = pkg_scope_->lookup_local("main");
  if (main == nullptr || main->kind != ObjKind::Func) {
    error(file_.package_name->pos, "function main is undeclared in the main package");
  }
}

// ------------------------------------------------------------ tree walks

void Checker::walk(Expr* e, const std::function<void(Expr*)>& f) {
  if (e == nullptr) return;
  f(e);
  auto fields = [&](FieldList* l) {
    if (l == nullptr) return;
    for (Field* fld : l->list) {
      for (Ident* id : fld->names) walk(id, f);
      walk(fld->type_expr, f);
    }
  };
  switch (e->kind) {
    case ExprKind::CompositeLit: {
      auto* c = static_cast<CompositeLit*>(e);
      walk(c->type_expr, f);
      for (Expr* x : c->elts) walk(x, f);
      break;
    }
    case ExprKind::FuncLit: {
      auto* fl = static_cast<FuncLit*>(e);
      walk(fl->sig, f);
      walk(fl->body, f);
      break;
    }
    case ExprKind::Paren: walk(static_cast<ParenExpr*>(e)->x, f); break;
    case ExprKind::Selector: {
      auto* s = static_cast<SelectorExpr*>(e);
      walk(s->x, f);
      walk(s->sel, f);
      break;
    }
    case ExprKind::Index: {
      auto* ix = static_cast<IndexExpr*>(e);
      walk(ix->x, f);
      walk(ix->index, f);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<SliceExpr*>(e);
      walk(s->x, f);
      walk(s->lo, f);
      walk(s->hi, f);
      walk(s->max, f);
      break;
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<TypeAssertExpr*>(e);
      walk(t->x, f);
      walk(t->type_expr, f);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(e);
      walk(c->fun, f);
      for (Expr* a : c->args) walk(a, f);
      break;
    }
    case ExprKind::Star: walk(static_cast<StarExpr*>(e)->x, f); break;
    case ExprKind::Unary: walk(static_cast<UnaryExpr*>(e)->x, f); break;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(e);
      walk(b->x, f);
      walk(b->y, f);
      break;
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<KeyValueExpr*>(e);
      walk(kv->key, f);
      walk(kv->value, f);
      break;
    }
    case ExprKind::ArrayType: {
      auto* a = static_cast<ArrayTypeExpr*>(e);
      walk(a->len, f);
      walk(a->elem, f);
      break;
    }
    case ExprKind::StructType: fields(static_cast<StructTypeExpr*>(e)->fields); break;
    case ExprKind::FuncType: {
      auto* ft = static_cast<FuncType*>(e);
      fields(ft->params);
      fields(ft->results);
      break;
    }
    case ExprKind::InterfaceType: fields(static_cast<InterfaceTypeExpr*>(e)->methods); break;
    case ExprKind::MapType: {
      auto* m = static_cast<MapTypeExpr*>(e);
      walk(m->key, f);
      walk(m->value, f);
      break;
    }
    case ExprKind::ChanType: walk(static_cast<ChanTypeExpr*>(e)->value, f); break;
    case ExprKind::Ellipsis: walk(static_cast<EllipsisExpr*>(e)->elt, f); break;
    default: break;
  }
}

void Checker::walk(Stmt* s, const std::function<void(Expr*)>& f) {
  if (s == nullptr) return;
  auto list = [&](const std::vector<Stmt*>& l) {
    for (Stmt* x : l) walk(x, f);
  };
  switch (s->kind) {
    case StmtKind::Decl: walk(static_cast<DeclStmt*>(s)->decl, f); break;
    case StmtKind::Labeled: {
      auto* l = static_cast<LabeledStmt*>(s);
      walk(l->label, f);
      walk(l->stmt, f);
      break;
    }
    case StmtKind::Expr: walk(static_cast<ExprStmt*>(s)->x, f); break;
    case StmtKind::Send: {
      auto* x = static_cast<SendStmt*>(s);
      walk(x->chan, f);
      walk(x->value, f);
      break;
    }
    case StmtKind::IncDec: walk(static_cast<IncDecStmt*>(s)->x, f); break;
    case StmtKind::Assign: {
      auto* a = static_cast<AssignStmt*>(s);
      for (Expr* x : a->lhs) walk(x, f);
      for (Expr* x : a->rhs) walk(x, f);
      break;
    }
    case StmtKind::Go: walk(static_cast<GoStmt*>(s)->call, f); break;
    case StmtKind::Defer: walk(static_cast<DeferStmt*>(s)->call, f); break;
    case StmtKind::Return:
      for (Expr* x : static_cast<ReturnStmt*>(s)->results) walk(x, f);
      break;
    case StmtKind::Branch: walk(static_cast<BranchStmt*>(s)->label, f); break;
    case StmtKind::Block: list(static_cast<BlockStmt*>(s)->list); break;
    case StmtKind::If: {
      auto* x = static_cast<IfStmt*>(s);
      walk(x->init, f);
      walk(x->cond, f);
      walk(x->body, f);
      walk(x->else_, f);
      break;
    }
    case StmtKind::CaseClause: {
      auto* c = static_cast<CaseClause*>(s);
      for (Expr* x : c->list) walk(x, f);
      list(c->body);
      break;
    }
    case StmtKind::Switch: {
      auto* x = static_cast<SwitchStmt*>(s);
      walk(x->init, f);
      walk(x->tag, f);
      walk(x->body, f);
      break;
    }
    case StmtKind::TypeSwitch: {
      auto* x = static_cast<TypeSwitchStmt*>(s);
      walk(x->init, f);
      walk(x->assign, f);
      walk(x->body, f);
      break;
    }
    case StmtKind::CommClause: {
      auto* c = static_cast<CommClause*>(s);
      walk(c->comm, f);
      list(c->body);
      break;
    }
    case StmtKind::Select: walk(static_cast<SelectStmt*>(s)->body, f); break;
    case StmtKind::For: {
      auto* x = static_cast<ForStmt*>(s);
      walk(x->init, f);
      walk(x->cond, f);
      walk(x->post, f);
      walk(x->body, f);
      break;
    }
    case StmtKind::Range: {
      auto* x = static_cast<RangeStmt*>(s);
      walk(x->key, f);
      walk(x->value, f);
      walk(x->x, f);
      walk(x->body, f);
      break;
    }
    default: break;
  }
}

void Checker::walk(GenDecl* gd, const std::function<void(Expr*)>& f) {
  if (gd == nullptr) return;
  for (Spec* sp : gd->specs) {
    if (auto* vs = dynamic_cast<ValueSpec*>(sp)) {
      for (Ident* id : vs->names) walk(id, f);
      walk(vs->type_expr, f);
      for (Expr* v : vs->values) walk(v, f);
    } else if (auto* ts = dynamic_cast<TypeSpec*>(sp)) {
      walk(ts->name, f);
      walk(ts->type_expr, f);
    } else if (auto* is = dynamic_cast<ImportSpec*>(sp)) {
      walk(is->name, f);
    }
  }
}

void Checker::refuse(Stmt* s, const char* what) {
  unsupported(s->pos, what);
  mark_used_in(s, nullptr);
}

// Marks the variables and packages a refused construct refers to as used,
// so that refusing it does not also report them unused.
void Checker::mark_used_in(Stmt* s, Expr* e) {
  auto mark = [this](Expr* x) {
    if (x->kind != ExprKind::Ident) return;
    Object* obj = ctx_.scope->lookup(static_cast<Ident*>(x)->name);
    if (obj != nullptr && (obj->kind == ObjKind::Var || obj->kind == ObjKind::Package)) obj->used = true;
  };
  walk(s, mark);
  walk(e, mark);
}

// byte and rune become uint8 and int32 everywhere code generation looks,
// inside composite types too ([]byte is []uint8). A defined type is its
// own canonical type; canonicalize() fixes its underlying type in place.
const Type* Checker::canonical(const Type* t) const {
  if (t == nullptr) return nullptr;
  if (t == types_.byte_alias()) return types_.basic(TypeKindC::Uint8);
  if (t == types_.rune_alias()) return types_.basic(TypeKindC::Int32);
  switch (t->kind) {
    case TypeKindC::Func:
    case TypeKindC::Tuple:
    case TypeKindC::Pointer:
    case TypeKindC::Slice:
    case TypeKindC::Array:
    case TypeKindC::Map:
    case TypeKindC::Struct:
    case TypeKindC::Chan:
      break;
    default:
      return t;
  }
  if (auto it = canonical_.find(t); it != canonical_.end()) return it->second;
  const Type* c = t;
  switch (t->kind) {
    case TypeKindC::Pointer: c = types_.pointer(canonical(t->elem)); break;
    case TypeKindC::Slice: c = types_.slice(canonical(t->elem)); break;
    case TypeKindC::Array: c = types_.array(canonical(t->elem), t->len); break;
    case TypeKindC::Map: c = types_.map(canonical(t->key), canonical(t->elem)); break;
    case TypeKindC::Chan: c = types_.chan(canonical(t->elem), t->chan_dir); break;
    case TypeKindC::Struct: {
      std::vector<StructField> fields = t->fields;
      for (StructField& f : fields) f.type = canonical(f.type);
      c = types_.strukt(std::move(fields));
      break;
    }
    default: {
      auto canon_list = [this](const std::vector<Param>& l) {
        std::vector<Param> out = l;
        for (Param& p : out) p.type = canonical(p.type);
        return out;
      };
      std::vector<Param> params = canon_list(t->params);
      std::vector<Param> results = canon_list(t->results);
      c = t->kind == TypeKindC::Tuple ? types_.tuple(std::move(params))
                                      : types_.func(std::move(params), std::move(results), t->variadic);
      // fmt's signatures name any and error, which types_.func keys by name only.
      break;
    }
  }
  canonical_[t] = c;
  return c;
}

void Checker::canonicalize() {
  for (Type* n : named_types_) {
    if (n->underlying_ != nullptr) types_.set_underlying(n, canonical(n->underlying_));
  }
  for (auto& obj : pkg_.objects) obj->type = canonical(obj->type);
  for (auto& obj : pkg_.objects) {  // (issue 6, iface) methods
    if (obj->recv != nullptr) obj->recv = canonical(obj->recv);
    if (obj->recv_sig != nullptr) obj->recv_sig = canonical(obj->recv_sig);
  }
  auto fix = [this](Expr* e) {
    e->type = canonical(e->type);
    if (e->kind == ExprKind::CompositeLit) {
      auto* c = static_cast<CompositeLit*>(e);
      c->lit_type = canonical(c->lit_type);
    }
  };
  for (Node* d : file_.decls) {
    if (auto* fd = dynamic_cast<FuncDecl*>(d)) {
      walk(fd->sig, fix);
      walk(fd->body, fix);
    } else {
      walk(static_cast<GenDecl*>(d), fix);
    }
  }
}

}  // namespace govm
