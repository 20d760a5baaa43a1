// What gc does to a function before escape analysis sees it, and which
// therefore changes what it reports: its deadcode pass (cmd/compile/
// internal/deadcode) drops the branch of an `if` on a constant that is not
// taken, the statements after such an `if` whose taken branch returns or
// panics, and the cases of a switch on constants that cannot match; and
// its staticinit lays out package variables initialized by constant
// literals in data, without code. Code generation may still emit what is
// dropped here: it never runs, and sites left undecided (None) are on the
// heap, which is always safe.
#include <algorithm>
#include <optional>

#include "compiler/escape_graph.h"

namespace govm::escape {

namespace {

bool ends_function(const std::vector<Stmt*>& body) {
  if (body.empty() || body.back() == nullptr) return false;
  const Stmt* last = body.back();
  if (last->kind == StmtKind::Return) return true;
  if (last->kind != StmtKind::Expr) return false;
  const Expr* x = unparen(static_cast<const ExprStmt*>(last)->x);
  return x != nullptr && x->kind == ExprKind::Call && is_builtin(static_cast<const CallExpr*>(x), Builtin::Panic);
}

bool const_equal(const Constant& a, const Constant& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Constant::Kind::Bool: return a.b == b.b;
    case Constant::Kind::Int: return a.i == b.i;
    case Constant::Kind::Float: return a.equals(b);  // (const) exact
    case Constant::Kind::String: return a.s == b.s;
  }
  return false;
}

bool has_fallthrough(const CaseClause* cc) {
  return std::any_of(cc->body.begin(), cc->body.end(), [](const Stmt* st) {
    return st != nullptr && st->kind == StmtKind::Branch && static_cast<const BranchStmt*>(st)->tok == Token::Fallthrough;
  });
}

}  // namespace

// gc's deadcode expr: a condition's constant value, folding && and ||.
std::optional<bool> const_bool(const Expr* e) {
  e = unparen(const_cast<Expr*>(e));
  if (e == nullptr) return {};
  if (e->mode == Mode::Constant && e->value && e->value->kind == Constant::Kind::Bool) return e->value->b;
  if (e->kind != ExprKind::Binary) return {};
  auto* x = static_cast<const BinaryExpr*>(e);
  if (x->op != Token::LAnd && x->op != Token::LOr) return {};
  const std::optional<bool> l = const_bool(x->x);
  if (!l) return {};
  if (x->op == Token::LAnd) return *l ? const_bool(x->y) : std::optional<bool>(false);
  return *l ? std::optional<bool>(true) : const_bool(x->y);
}

// Whether the statements after s are dead: s is an `if` on a constant
// whose taken branch ends in return or panic.
bool cuts_rest(const Stmt* s) {
  if (s == nullptr || s->kind != StmtKind::If) return false;
  auto* x = static_cast<const IfStmt*>(s);
  if (x->init != nullptr) return false;
  const std::optional<bool> c = const_bool(x->cond);
  if (!c) return false;
  if (*c) return x->body != nullptr && ends_function(x->body->list);
  return x->else_ != nullptr && x->else_->kind == StmtKind::Block &&
         ends_function(static_cast<const BlockStmt*>(x->else_)->list);
}

// gc's deadcode for switch: on a constant tag (or none: true) with
// constant cases, only the case that matches (or default) is live.
// Returns the live clauses.
std::vector<CaseClause*> live_cases(SwitchStmt* x) {
  std::vector<CaseClause*> all;
  for (Stmt* cs : x->body->list) all.push_back(static_cast<CaseClause*>(cs));
  std::optional<Constant> tag;
  if (x->tag == nullptr) {
    tag = Constant::make_bool(true);
  } else if (x->tag->mode == Mode::Constant && x->tag->value) {
    tag = *x->tag->value;
  }
  if (!tag) return all;
  CaseClause* def = nullptr;
  for (CaseClause* cc : all) {
    if (cc->list.empty()) {
      def = cc;
      continue;
    }
    for (Expr* v : cc->list) {
      if (v->mode != Mode::Constant || !v->value) return all;
      if (const_equal(*tag, *v->value)) return has_fallthrough(cc) ? all : std::vector<CaseClause*>{cc};
    }
  }
  if (def != nullptr) return has_fallthrough(def) ? all : std::vector<CaseClause*>{def};
  return {};
}

// gc's staticinit (StaticAssign) for a package variable's initializer e:
// a constant, a []byte or []rune conversion of a constant string, an
// array, slice or struct literal, and the literal behind &literal (a map's
// too) are laid out in data whatever their elements; an element that is
// none of these becomes code, an assignment into that data, and so does a
// map literal. Appends to *out those parts, the only ones escape analysis
// sees (h63: var head = &T{1, second, []string{"h"}} prints nothing).
void static_init_code(Expr* e, std::vector<Expr*>* out) {
  e = unparen(e);
  if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::Nil) return;
  if (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Token::And) {
    Expr* x = unparen(static_cast<UnaryExpr*>(e)->x);
    if (x->kind == ExprKind::CompositeLit) {
      auto* c = static_cast<CompositeLit*>(x);
      if (c->lit_type != nullptr && is_kind(c->lit_type, TypeKindC::Map)) {
        out->push_back(x);
      } else {
        static_init_code(x, out);
      }
      return;
    }
  }
  if (e->kind == ExprKind::Call) {
    auto* c = static_cast<CallExpr*>(e);
    if (c->call_kind == CallKind::Conversion && c->args.size() == 1 && is_kind(c->type, TypeKindC::Slice) &&
        c->args[0]->mode == Mode::Constant) {
      return;  // []byte("...") is data; gc makes []rune("...") a literal of constants
    }
  }
  if (e->kind != ExprKind::CompositeLit) {
    out->push_back(e);
    return;
  }
  auto* c = static_cast<CompositeLit*>(e);
  if (c->lit_type == nullptr || is_kind(c->lit_type, TypeKindC::Map)) {
    out->push_back(e);
    return;
  }
  for (Expr* elt : c->elts) {
    static_init_code(elt->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(elt)->value : elt, out);
  }
}

// Whether gc initializes a package variable with this value statically,
// in its data, without code (staticinit): constants and literals made of
// them. Such initializers are not analysed and print no decision.
bool is_static_init(const Expr* e) {
  e = unparen(const_cast<Expr*>(e));
  if (e == nullptr) return true;
  if (e->mode == Mode::Constant || e->mode == Mode::Nil) return true;
  if (e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == Token::And) {
    const Expr* x = unparen(static_cast<const UnaryExpr*>(e)->x);
    return x->kind == ExprKind::CompositeLit && is_static_init(x);
  }
  if (e->kind != ExprKind::CompositeLit) return false;
  auto* c = static_cast<const CompositeLit*>(e);
  if (c->lit_type == nullptr || is_kind(c->lit_type, TypeKindC::Map)) return false;
  return std::all_of(c->elts.begin(), c->elts.end(), [](const Expr* elt) {
    return is_static_init(elt->kind == ExprKind::KeyValue ? static_cast<const KeyValueExpr*>(elt)->value : elt);
  });
}

}  // namespace govm::escape
