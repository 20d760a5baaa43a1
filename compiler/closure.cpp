// Closure conversion (issue 6, func): what turns a func literal into a
// function of its own plus a funcval, as gc's walk/closure.go does.
//
// After checking, collect_closures names every literal as gc does
// (main.main.func1, func2, ...; a literal inside func1 is main.main.func1.1;
// in a package-level initializer, main.init.func1), gives it a FuncDecl to
// generate (FuncLit::decl; FuncDecl::lit points back), and lists the
// variables it captures (FuncLit::cvars): the local variables of enclosing
// functions it names, in order of first reference, including those only
// its nested literals name (gc captures them through every level). A
// variable is declared inside a literal exactly when its position is inside
// the literal's text, which is how "enclosing" is decided.
//
// Escape analysis then decides each capture by value or by reference
// (escape_walk.cpp flow_closures, gc's rule), and closure_layout lays the
// funcval out as gc's closure struct: word 0 the entry (F uintptr), then
// each variable (byval: its value at its alignment; byref: a pointer).
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "compiler/closure.h"

namespace govm {

namespace {

struct Visitor {
  std::function<void(Expr*)> on_expr;  // every expression, before its children
  std::function<bool(FuncLit*)> on_lit;  // false: do not descend into the literal
  std::function<void(Stmt*)> on_stmt;    // every statement, before its parts

  void fields(FieldList* l) {
    (void)l;  // types name no variables
  }

  void expr(Expr* e) {
    if (e == nullptr) return;
    on_expr(e);
    switch (e->kind) {
      case ExprKind::CompositeLit: {
        auto* c = static_cast<CompositeLit*>(e);
        const bool is_struct = c->lit_type != nullptr && c->lit_type->underlying()->kind == TypeKindC::Struct;
        for (Expr* x : c->elts) {
          if (x != nullptr && x->kind == ExprKind::KeyValue) {
            auto* kv = static_cast<KeyValueExpr*>(x);
            if (!is_struct) expr(kv->key);  // a struct literal's keys are field names
            expr(kv->value);
          } else {
            expr(x);
          }
        }
        return;
      }
      case ExprKind::FuncLit: {
        auto* f = static_cast<FuncLit*>(e);
        if (on_lit && !on_lit(f)) return;
        stmt(f->body);
        return;
      }
      case ExprKind::Paren: expr(static_cast<ParenExpr*>(e)->x); return;
      case ExprKind::Selector: expr(static_cast<SelectorExpr*>(e)->x); return;  // not the field or member name
      case ExprKind::Index: {
        auto* ix = static_cast<IndexExpr*>(e);
        expr(ix->x);
        expr(ix->index);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<SliceExpr*>(e);
        expr(s->x);
        expr(s->lo);
        expr(s->hi);
        expr(s->max);
        return;
      }
      case ExprKind::TypeAssert: expr(static_cast<TypeAssertExpr*>(e)->x); return;
      case ExprKind::Call: {
        auto* c = static_cast<CallExpr*>(e);
        if (c->call_kind != CallKind::Conversion) expr(c->fun);
        for (Expr* a : c->args) expr(a);
        return;
      }
      case ExprKind::Star: expr(static_cast<StarExpr*>(e)->x); return;
      case ExprKind::Unary: expr(static_cast<UnaryExpr*>(e)->x); return;
      case ExprKind::Binary: {
        auto* b = static_cast<BinaryExpr*>(e);
        expr(b->x);
        expr(b->y);
        return;
      }
      case ExprKind::KeyValue: {
        auto* kv = static_cast<KeyValueExpr*>(e);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      default: return;
    }
  }

  void stmts(const std::vector<Stmt*>& l) {
    for (Stmt* s : l) stmt(s);
  }

  void stmt(Stmt* s) {
    if (s == nullptr) return;
    if (on_stmt) on_stmt(s);
    switch (s->kind) {
      case StmtKind::Decl: {
        auto* d = static_cast<DeclStmt*>(s);
        if (d->decl == nullptr || d->decl->tok != Token::Var) return;
        for (Spec* sp : d->decl->specs)
          for (Expr* v : static_cast<ValueSpec*>(sp)->values) expr(v);
        return;
      }
      case StmtKind::Labeled: stmt(static_cast<LabeledStmt*>(s)->stmt); return;
      case StmtKind::Expr: expr(static_cast<ExprStmt*>(s)->x); return;
      case StmtKind::Send:
        expr(static_cast<SendStmt*>(s)->chan);
        expr(static_cast<SendStmt*>(s)->value);
        return;
      case StmtKind::IncDec: expr(static_cast<IncDecStmt*>(s)->x); return;
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        for (Expr* x : a->lhs) expr(x);
        for (Expr* x : a->rhs) expr(x);
        return;
      }
      case StmtKind::Go: expr(static_cast<GoStmt*>(s)->call); return;
      case StmtKind::Defer: expr(static_cast<DeferStmt*>(s)->call); return;
      case StmtKind::Return:
        for (Expr* x : static_cast<ReturnStmt*>(s)->results) expr(x);
        return;
      case StmtKind::Block: stmts(static_cast<BlockStmt*>(s)->list); return;
      case StmtKind::If: {
        auto* x = static_cast<IfStmt*>(s);
        stmt(x->init);
        expr(x->cond);
        stmt(x->body);
        stmt(x->else_);
        return;
      }
      case StmtKind::CaseClause: {
        auto* x = static_cast<CaseClause*>(s);
        for (Expr* e : x->list) expr(e);
        stmts(x->body);
        return;
      }
      case StmtKind::Switch: {
        auto* x = static_cast<SwitchStmt*>(s);
        stmt(x->init);
        expr(x->tag);
        stmt(x->body);
        return;
      }
      case StmtKind::TypeSwitch: {
        auto* x = static_cast<TypeSwitchStmt*>(s);
        stmt(x->init);
        stmt(x->assign);
        if (x->body != nullptr)
          for (Stmt* c : x->body->list)
            if (c != nullptr && c->kind == StmtKind::CaseClause) stmts(static_cast<CaseClause*>(c)->body);
        return;
      }
      case StmtKind::CommClause: {
        auto* x = static_cast<CommClause*>(s);
        stmt(x->comm);
        stmts(x->body);
        return;
      }
      case StmtKind::Select: stmt(static_cast<SelectStmt*>(s)->body); return;
      case StmtKind::For: {
        auto* x = static_cast<ForStmt*>(s);
        stmt(x->init);
        expr(x->cond);
        stmt(x->post);
        stmt(x->body);
        return;
      }
      case StmtKind::Range: {
        auto* x = static_cast<RangeStmt*>(s);
        expr(x->key);
        expr(x->value);
        expr(x->x);
        stmt(x->body);
        return;
      }
      default: return;
    }
  }
};

bool inside(const FuncLit* f, Pos p) {
  const Pos end = f->body != nullptr ? f->body->rbrace : f->pos;
  return !(p < f->pos) && !(end < p);
}

// The variables of enclosing functions that f (or a literal inside it) names.
std::vector<ClosureVar> captures_of(FuncLit* f) {
  std::vector<ClosureVar> out;
  Visitor v;
  v.on_expr = [&](Expr* e) {
    if (e->kind != ExprKind::Ident) return;
    Object* o = static_cast<Ident*>(e)->obj;
    if (o == nullptr || o->kind != ObjKind::Var || o->is_global || inside(f, o->pos)) return;
    if (std::any_of(out.begin(), out.end(), [o](const ClosureVar& c) { return c.var == o; })) return;
    out.push_back(ClosureVar{o, false, 0});
  };
  v.stmt(f->body);
  return out;
}

struct Namer {
  CheckedPackage& pkg;
  // Names the literals directly inside s (not inside another literal)
  // prefix.func1, prefix.func2, ..., then those inside each of them.
  void name_in(const std::function<void(Visitor&)>& walk, const std::string& prefix, bool nested) {
    int n = 0;
    Visitor v;
    v.on_expr = [](Expr*) {};
    v.on_lit = [&](FuncLit* f) {
      f->name = prefix + (nested ? "." : ".func") + std::to_string(++n);
      convert(f);
      name_in([f](Visitor& w) { w.stmt(f->body); }, f->name, true);
      return false;
    };
    walk(v);
  }

  void convert(FuncLit* f) {
    pkg.closures.push_back(f);
    f->cvars = captures_of(f);
    File& file = *pkg.file;
    auto* d = file.make<FuncDecl>();
    d->pos = f->pos;
    d->name = file.make<Ident>();
    d->name->kind = ExprKind::Ident;
    d->name->pos = f->pos;
    d->name->name = f->name;
    auto obj = std::make_unique<Object>();
    obj->kind = ObjKind::Func;
    obj->name = f->name;
    obj->pos = f->pos;
    obj->type = f->type;
    obj->decl = d;
    d->name->obj = obj.get();
    pkg.objects.push_back(std::move(obj));
    d->sig = f->sig;
    d->body = f->body;
    d->lit = f;
    f->decl = d;
  }
};

std::string method_prefix(const FuncDecl* fd) {
  // main.T.M / main.(*T).M, as gc names a method's closures.
  const Field* r = fd->recv != nullptr && !fd->recv->list.empty() ? fd->recv->list[0] : nullptr;
  const Expr* t = r != nullptr ? r->type_expr : nullptr;
  std::string recv = "?";
  if (t != nullptr && t->kind == ExprKind::Star) {
    const Expr* x = static_cast<const StarExpr*>(t)->x;
    if (x != nullptr && x->kind == ExprKind::Ident) recv = "(*" + static_cast<const Ident*>(x)->name + ")";
  } else if (t != nullptr && t->kind == ExprKind::Ident) {
    recv = static_cast<const Ident*>(t)->name;
  }
  return "main." + recv + "." + (fd->name ? fd->name->name : "?");
}

// gc's ir.StaticValue for local variables: f := func...{} (or var f =
// func...{}) whose f is never assigned again (=, op=, ++, a range) nor has
// its address taken, anywhere in the function, its literals included.
void static_closures(CheckedPackage& pkg, BlockStmt* body) {
  std::map<const Object*, FuncLit*> defs;
  std::set<const Object*> spoiled;
  auto var_of = [](Expr* e) -> const Object* {
    e = unparen(e);
    if (e == nullptr || e->kind != ExprKind::Ident) return nullptr;
    const Object* o = static_cast<Ident*>(e)->obj;
    return o != nullptr && o->kind == ObjKind::Var && !o->is_global ? o : nullptr;
  };
  auto define = [&](Expr* lhs, Expr* rhs) {
    const Object* o = var_of(lhs);
    Expr* r = unparen(rhs);
    if (o == nullptr || o->pos != lhs->pos) return false;
    if (r != nullptr && r->kind == ExprKind::FuncLit) defs[o] = static_cast<FuncLit*>(r);
    return true;
  };
  Visitor v;
  v.on_expr = [&](Expr* e) {
    if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Token::And)
      if (const Object* o = var_of(static_cast<UnaryExpr*>(e)->x)) spoiled.insert(o);
  };
  v.on_stmt = [&](Stmt* s) {
    switch (s->kind) {
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        for (size_t i = 0; i < a->lhs.size(); ++i) {
          const bool paired = a->tok == Token::Define && a->lhs.size() == a->rhs.size();
          if (a->tok == Token::Define && define(a->lhs[i], paired ? a->rhs[i] : nullptr)) continue;
          if (const Object* o = var_of(a->lhs[i])) spoiled.insert(o);
        }
        return;
      }
      case StmtKind::IncDec:
        if (const Object* o = var_of(static_cast<IncDecStmt*>(s)->x)) spoiled.insert(o);
        return;
      case StmtKind::Range: {
        auto* r = static_cast<RangeStmt*>(s);
        if (r->tok == Token::Define) return;
        for (Expr* x : {r->key, r->value})
          if (const Object* o = var_of(x)) spoiled.insert(o);
        return;
      }
      case StmtKind::Decl: {
        auto* d = static_cast<DeclStmt*>(s);
        if (d->decl == nullptr || d->decl->tok != Token::Var) return;
        for (Spec* sp : d->decl->specs) {
          auto* vs = static_cast<ValueSpec*>(sp);
          if (vs->names.size() != vs->values.size()) continue;
          for (size_t i = 0; i < vs->names.size(); ++i) define(vs->names[i], vs->values[i]);
        }
        return;
      }
      default: return;
    }
  };
  v.stmt(body);
  for (const auto& [o, lit] : defs)
    if (!spoiled.count(o)) pkg.static_closures[o] = lit;
}

}  // namespace

void collect_closures(CheckedPackage& pkg) {
  for (FuncDecl* fd : pkg.funcs)
    if (fd->body != nullptr) static_closures(pkg, fd->body);
  Namer namer{pkg};
  for (FuncDecl* fd : pkg.funcs) {
    if (fd->body == nullptr) continue;
    std::string prefix = fd->recv != nullptr ? method_prefix(fd) : "main." + (fd->name ? fd->name->name : "?");
    for (size_t i = 0; i < pkg.init_funcs.size(); ++i)
      if (pkg.init_funcs[i] == fd) prefix = "main.init." + std::to_string(i);
    namer.name_in([fd](Visitor& v) { v.stmt(fd->body); }, prefix, false);
  }
  // Package-level initializers run in main.init (gc 1.22 names their
  // literals main.init.func1; 1.19 said main.glob..func1).
  namer.name_in(
      [&pkg](Visitor& v) {
        for (const GlobalInit& gi : pkg.init_order) v.expr(gi.rhs);
      },
      "main.init", false);
}

const Type* closure_layout(TypeTable& types, FuncLit* f) {
  std::vector<StructField> fields;
  fields.push_back(StructField{"F", types.basic(TypeKindC::Uintptr), 0, false});
  for (ClosureVar& cv : f->cvars) {
    const Type* t = cv.byval ? cv.var->type : types.pointer(cv.var->type);
    fields.push_back(StructField{cv.var->name, t, 0, false});
  }
  const Type* st = types.strukt(std::move(fields));
  for (size_t i = 0; i < f->cvars.size(); ++i) f->cvars[i].offset = st->fields[i + 1].offset;
  f->funcval_size = st->size;
  return st;
}

}  // namespace govm
