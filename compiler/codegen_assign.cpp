// Code generation for tuple assignment, a, b = x, y, in the order gc's code
// runs it (walk/assign.go's ascompatee), which is the spec's two phases
// ("Assignment statements") made lazy:
//
//   0. every call on either side runs first, the left side's then the
//      right side's, left to right (the order pass: codegen_expr.cpp's
//      hoisting);
//   1. early: for each assignment in turn, the operands of the target's
//      index expressions and pointer indirections, and the value, are
//      copied to temporaries, but only those an earlier assignment of the
//      statement could change ("affected");
//   2. late: the assignments, left to right, each evaluating what was not
//      copied (its value first, then its target's address: bounds and nil
//      checks happen here) and storing.
//
// So a panic names the first target, in order, that fails its check, after
// the values of the targets before it were stored, as in gc:
// `p.x, s[9] = 1, 2` with p nil is a nil dereference, `s[9], p.x = 1, 2`
// an index out of range, and `s[9], c = 2, 10/z` too (10/z is evaluated at
// its own assignment, after s[9]'s check).
//
// "Affected" follows gc: an expression is affected when it names a local
// variable an earlier assignment of the statement wrote, or, once some
// earlier assignment wrote memory (anything but a plain local variable),
// when it may read memory (readsMemory: a global, a variable moved to the
// heap or whose address is taken, an index, a dereference, a comparison,
// a builtin call...; not arithmetic on locals and constants).
#include <set>

#include "compiler/codegen.h"

namespace govm {

namespace {

bool is_blank(const Expr* e) {
  e = unparen(e);
  return e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_";
}

const Type* under(const Expr* e) { return e && e->type ? e->type->underlying() : nullptr; }

// Whether x.f reaches its field through a pointer (gc's ODOTPTR), either x
// itself or an embedded pointer field on the path.
bool selects_through_pointer(const SelectorExpr* sel) {
  const Type* t = sel->x->type;
  for (int idx : sel->path) {
    if (!t) return false;
    const Type* u = t->underlying();
    if (u->kind == TypeKindC::Pointer) return true;
    if (u->kind != TypeKindC::Struct || idx < 0 || static_cast<size_t>(idx) >= u->fields.size()) return false;
    t = u->fields[static_cast<size_t>(idx)].type;
  }
  return false;
}

// The variable whose storage an expression names, through field selection
// and array indexing (x, x.f, x[i].g), or null.
const Object* base_var(const Expr* e) {
  for (;;) {
    e = unparen(e);
    if (!e) return nullptr;
    if (e->kind == ExprKind::Selector) {
      const auto* sel = static_cast<const SelectorExpr*>(e);
      if (sel->sel_kind != SelKind::Field || selects_through_pointer(sel)) return nullptr;
      e = sel->x;
      continue;
    }
    if (e->kind == ExprKind::Index) {
      const auto* ix = static_cast<const IndexExpr*>(e);
      const Type* xt = under(ix->x);
      if (!xt || xt->kind != TypeKindC::Array) return nullptr;
      e = ix->x;
      continue;
    }
    if (e->kind != ExprKind::Ident) return nullptr;
    const Object* obj = static_cast<const Ident*>(e)->obj;
    return obj && obj->kind == ObjKind::Var ? obj : nullptr;
  }
}

// The variables of a function whose address is taken (&x, &x.f, x[:] of an
// array): gc's Addrtaken, which makes reading them a memory read.
struct AddrTaken {
  std::set<const Object*>& out;

  void expr(const Expr* e) {
    if (!e || e->mode == Mode::Constant) return;
    switch (e->kind) {
      case ExprKind::Paren: expr(static_cast<const ParenExpr*>(e)->x); return;
      case ExprKind::Selector: expr(static_cast<const SelectorExpr*>(e)->x); return;
      case ExprKind::Star: expr(static_cast<const StarExpr*>(e)->x); return;
      case ExprKind::Index: {
        const auto* ix = static_cast<const IndexExpr*>(e);
        expr(ix->x);
        expr(ix->index);
        return;
      }
      case ExprKind::Slice: {
        const auto* sl = static_cast<const SliceExpr*>(e);
        const Type* xt = under(sl->x);
        if (xt && xt->kind == TypeKindC::Array) taken(sl->x);
        for (const Expr* x : {sl->x, sl->lo, sl->hi, sl->max}) expr(x);
        return;
      }
      case ExprKind::Unary: {
        const auto* u = static_cast<const UnaryExpr*>(e);
        if (u->op == Token::And) taken(u->x);
        expr(u->x);
        return;
      }
      case ExprKind::Binary: {
        const auto* b = static_cast<const BinaryExpr*>(e);
        expr(b->x);
        expr(b->y);
        return;
      }
      case ExprKind::KeyValue: {
        const auto* kv = static_cast<const KeyValueExpr*>(e);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      case ExprKind::CompositeLit:
        for (const Expr* x : static_cast<const CompositeLit*>(e)->elts) expr(x);
        return;
      case ExprKind::Call:
        for (const Expr* x : static_cast<const CallExpr*>(e)->args) expr(x);
        return;
      default: return;
    }
  }

  void taken(const Expr* e) {
    if (const Object* obj = base_var(e)) out.insert(obj);
  }

  void stmts(const std::vector<Stmt*>& list) {
    for (const Stmt* s : list) stmt(s);
  }

  void stmt(const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Decl: {
        const auto* d = static_cast<const DeclStmt*>(s);
        if (!d->decl || d->decl->tok != Token::Var) return;
        for (const Spec* sp : d->decl->specs) {
          for (const Expr* v : static_cast<const ValueSpec*>(sp)->values) expr(v);
        }
        return;
      }
      case StmtKind::Labeled: stmt(static_cast<const LabeledStmt*>(s)->stmt); return;
      case StmtKind::Expr: expr(static_cast<const ExprStmt*>(s)->x); return;
      case StmtKind::IncDec: expr(static_cast<const IncDecStmt*>(s)->x); return;
      case StmtKind::Assign: {
        const auto* a = static_cast<const AssignStmt*>(s);
        for (const Expr* x : a->lhs) expr(x);
        for (const Expr* x : a->rhs) expr(x);
        return;
      }
      case StmtKind::Return:
        for (const Expr* x : static_cast<const ReturnStmt*>(s)->results) expr(x);
        return;
      case StmtKind::Block: stmts(static_cast<const BlockStmt*>(s)->list); return;
      case StmtKind::If: {
        const auto* i = static_cast<const IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->body);
        stmt(i->else_);
        return;
      }
      case StmtKind::Switch: {
        const auto* sw = static_cast<const SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        stmt(sw->body);
        return;
      }
      case StmtKind::CaseClause: {
        const auto* cc = static_cast<const CaseClause*>(s);
        for (const Expr* x : cc->list) expr(x);
        stmts(cc->body);
        return;
      }
      case StmtKind::TypeSwitch: {  // (issue 6, iface)
        const auto* ts = static_cast<const TypeSwitchStmt*>(s);
        stmt(ts->init);
        stmt(ts->assign);
        stmt(ts->body);
        return;
      }
      case StmtKind::For: {
        const auto* f = static_cast<const ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case StmtKind::Range: {
        const auto* r = static_cast<const RangeStmt*>(s);
        expr(r->key);
        expr(r->value);
        expr(r->x);
        stmt(r->body);
        return;
      }
      default: return;
    }
  }
};

}  // namespace

bool FuncGen::addr_taken(const Object* obj) {
  if (!addr_taken_done_) {
    addr_taken_done_ = true;
    if (fd_ && fd_->body) AddrTaken{addr_taken_}.stmts(fd_->body->list);
    // (issue 6, func) A variable a closure captures by reference has its
    // address taken (gc sets Addrtaken for it).
    for (const FuncLit* lit : pkg_.closures)
      for (const ClosureVar& cv : lit->cvars)
        if (!cv.byval) addr_taken_.insert(cv.var);
  }
  return addr_taken_.count(obj) != 0;
}

// gc's readsMemory, for one node (its operands are looked at separately).
bool FuncGen::reads_memory(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Ident: {
      const Object* obj = static_cast<const Ident*>(e)->obj;
      if (!obj || obj->kind != ObjKind::Var) return false;
      return obj->is_global || is_heap_var(obj) || addr_taken(obj);
    }
    case ExprKind::Paren: return false;
    case ExprKind::Unary: {
      const Token op = static_cast<const UnaryExpr*>(e)->op;
      return !(op == Token::Add || op == Token::Sub || op == Token::Xor);
    }
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      switch (b->op) {
        case Token::Add: return b->type && b->type->underlying()->is_string();  // OADDSTR
        case Token::Sub: case Token::Mul: case Token::Quo: case Token::Rem: case Token::And:
        case Token::Or: case Token::Xor: case Token::AndNot: case Token::Shl: case Token::Shr:
        case Token::LAnd: case Token::LOr:
          return false;
        default: return true;  // comparisons
      }
    }
    case ExprKind::Selector: {
      const auto* sel = static_cast<const SelectorExpr*>(e);
      return sel->sel_kind != SelKind::Field || selects_through_pointer(sel);
    }
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind == CallKind::Func) return !hoisted_.count(c);  // a hoisted call is a temporary
      if (c->call_kind == CallKind::Conversion && !c->args.empty()) {
        const Type* from = under(c->args[0]);
        const Type* to = under(c);
        const bool plain = from && to && from->kind != TypeKindC::Slice && to->kind != TypeKindC::Slice &&
                           (from->is_string() == to->is_string());
        return !plain;  // OCONV, OCONVNOP; not the string conversions
      }
      return true;
    }
    default: return true;  // index, dereference, slicing, literals, builtins
  }
}

// Whether an earlier assignment of the statement could change e's value.
bool FuncGen::affected(const Expr* e, const AssignEffects& fx) {
  if (!e || e->mode == Mode::Constant || e->mode == Mode::Nil || pinned_slots_.count(e)) return false;
  if (e->kind == ExprKind::Ident) {
    const Object* obj = static_cast<const Ident*>(e)->obj;
    if (obj && fx.assigned.count(obj)) return true;
  }
  if (fx.mem_write && reads_memory(e)) return true;
  switch (e->kind) {
    case ExprKind::Paren: return affected(static_cast<const ParenExpr*>(e)->x, fx);
    case ExprKind::Selector: return affected(static_cast<const SelectorExpr*>(e)->x, fx);
    case ExprKind::Star: return affected(static_cast<const StarExpr*>(e)->x, fx);
    case ExprKind::Unary: return affected(static_cast<const UnaryExpr*>(e)->x, fx);
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      return affected(b->x, fx) || affected(b->y, fx);
    }
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      return affected(ix->x, fx) || affected(ix->index, fx);
    }
    case ExprKind::Slice: {
      const auto* sl = static_cast<const SliceExpr*>(e);
      return affected(sl->x, fx) || affected(sl->lo, fx) || affected(sl->hi, fx) || affected(sl->max, fx);
    }
    case ExprKind::KeyValue: {
      const auto* kv = static_cast<const KeyValueExpr*>(e);
      return affected(kv->key, fx) || affected(kv->value, fx);
    }
    case ExprKind::CompositeLit:
      for (const Expr* x : static_cast<const CompositeLit*>(e)->elts) {
        if (affected(x, fx)) return true;
      }
      return false;
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind == CallKind::Func && hoisted_.count(c)) return false;  // its result is copied already
      for (const Expr* x : c->args) {
        if (affected(x, fx)) return true;
      }
      return false;
    }
    default: return false;
  }
}

// e, or a synthetic expression for its value copied now when affected.
const Expr* FuncGen::save_if_affected(const Expr* e, const Type* t, const AssignEffects& fx) {
  if (!affected(e, fx)) return e;
  const Slot v = temp(t);
  expr_to_as(e, t, v);
  return pin(v, t);
}

// The target l with the operands of its index expressions and pointer
// indirections that an earlier assignment could change copied now (gc
// drills through array indexing and field selection of values, saving
// the indices, down to the variable, slice, map or pointer).
const Expr* FuncGen::early_target(const Expr* l, const AssignEffects& fx) {
  const Expr* u = unparen(l);
  switch (u->kind) {
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(u);
      const Type* xt = under(ix->x);
      const Type* it = xt && xt->kind == TypeKindC::Map ? xt->key : ix->index->type;
      const Expr* x = xt && xt->kind == TypeKindC::Array ? early_target(ix->x, fx)
                                                         : save_if_affected(ix->x, ix->x->type, fx);
      const Expr* i = save_if_affected(ix->index, it, fx);
      if (x == ix->x && i == ix->index) return l;
      auto c = std::make_unique<IndexExpr>(*ix);
      c->x = const_cast<Expr*>(x);
      c->index = const_cast<Expr*>(i);
      const Expr* raw = c.get();
      pinned_.push_back(std::move(c));
      return raw;
    }
    case ExprKind::Selector: {
      const auto* sel = static_cast<const SelectorExpr*>(u);
      if (sel->sel_kind != SelKind::Field) return l;
      const Expr* x = selects_through_pointer(sel) ? save_if_affected(sel->x, sel->x->type, fx)
                                                   : early_target(sel->x, fx);
      if (x == sel->x) return l;
      auto c = std::make_unique<SelectorExpr>(*sel);
      c->x = const_cast<Expr*>(x);
      const Expr* raw = c.get();
      pinned_.push_back(std::move(c));
      return raw;
    }
    case ExprKind::Star: {
      const auto* st = static_cast<const StarExpr*>(u);
      const Expr* x = save_if_affected(st->x, st->x->type, fx);
      if (x == st->x) return l;
      auto c = std::make_unique<StarExpr>(*st);
      c->x = const_cast<Expr*>(x);
      const Expr* raw = c.get();
      pinned_.push_back(std::move(c));
      return raw;
    }
    default: return l;
  }
}

// What assigning to l changes, for the assignments after it.
void FuncGen::note_assigned(const Expr* l, AssignEffects& fx) {
  if (is_blank(l)) return;
  const Object* obj = base_var(l);
  if (obj && !obj->is_global && !is_heap_var(obj) && !addr_taken(obj)) {
    fx.assigned.insert(obj);
  } else {
    fx.mem_write = true;  // memory, which any memory read may alias
  }
}

void FuncGen::tuple_assign(const AssignStmt* s) {
  for (const Expr* l : s->lhs) hoist(l);
  for (const Expr* r : s->rhs) hoist(r);
  AssignEffects fx;
  std::vector<const Expr*> lhs, rhs;
  for (size_t i = 0; i < s->lhs.size() && i < s->rhs.size(); ++i) {
    const Expr* l = s->lhs[i];
    const Expr* r = s->rhs[i];
    const bool blank = is_blank(l);
    lhs.push_back(blank ? l : early_target(l, fx));
    const Type* t = !blank && l->type ? l->type : r->type;
    if (t && pkg_.types) t = pkg_.types->default_type(t);
    rhs.push_back(save_if_affected(r, t, fx));
    note_assigned(l, fx);
  }
  for (size_t i = 0; i < lhs.size(); ++i) assign_expr(lhs[i], rhs[i]);
}

}  // namespace govm
