// (issue 5) Checking goroutines and channels: send statements, receive
// operations, select and go statements (go/types' stmt.go and expr.go, with
// gc's messages).
//
// What code generation and escape analysis may rely on once a package
// checks (the AST conventions of this issue):
//   - a channel type is a Type of kind Chan with elem and chan_dir;
//   - <-x is a UnaryExpr (op Arrow) whose type is the element type, mode
//     Value; UnaryExpr::comma_ok marks the forms that also want the bool
//     (v, ok := <-x, v, ok = <-x, var v, ok = <-x, and the same as a select
//     case); a receive may stand alone as a statement (ExprStmt);
//   - a SendStmt's value has been assigned to the element type (nil and
//     untyped constants typed accordingly);
//   - a SelectStmt's body holds only CommClauses, each with comm nullptr
//     (default), a SendStmt, an ExprStmt whose x is a receive (maybe
//     parenthesized), or an AssignStmt (Define or Assign, one or two lhs)
//     whose single rhs is a receive; at most one default;
//   - a GoStmt's call is a CallExpr with call_kind Func (a package-level
//     function of package main); go statements calling anything else are
//     refused here, so code generation never sees them.
#include <cstring>
#include <functional>

#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

const UnaryExpr* as_recv(const Expr* e) {
  e = unparen(e);
  if (e == nullptr || e->kind != ExprKind::Unary) return nullptr;
  const auto* u = static_cast<const UnaryExpr*>(e);
  return u->op == Token::Arrow ? u : nullptr;
}

}  // namespace

// <-x: x must be a channel that may be received from.
void Checker::recv(Operand& x, UnaryExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  const Type* u = x.mode == Mode::Nil ? nullptr : x.type->underlying();
  if (u == nullptr || u->kind != TypeKindC::Chan) {
    error(start_pos(x.expr), "invalid operation: cannot receive from non-channel " + operand_string(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (u->chan_dir == ChanDir::Send) {
    error(start_pos(x.expr), "invalid operation: cannot receive from send-only channel " + operand_string(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = u->elem;
  x.val.reset();
}

// v, ok := <-c (and = and var): the receive gives a second, untyped bool
// result (go/types' commaok). True when rhs is a receive; *ops then holds
// its operands (one when the receive is invalid).
bool Checker::comma_ok_recv(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops) {
  if (nlhs != 2 || rhs.size() != 1 || as_recv(rhs[0]) == nullptr) return false;
  Operand x;
  expr(x, rhs[0]);
  ops->clear();
  if (x.invalid()) {
    ops->push_back(x);
    return true;
  }
  const_cast<UnaryExpr*>(as_recv(rhs[0]))->comma_ok = true;
  Operand ok;
  ok.mode = Mode::Value;
  ok.expr = rhs[0];
  ok.type = untyped_bool_;
  ops->push_back(x);
  ops->push_back(ok);
  return true;
}

// ch <- v. types2 reports at the statement (its start).
void Checker::send_stmt(SendStmt* s) {
  Operand ch, val;
  expr(ch, s->chan);
  expr(val, s->value);
  if (ch.invalid() || val.invalid()) return;
  const Type* u = ch.mode == Mode::Nil ? nullptr : ch.type->underlying();
  if (u == nullptr || u->kind != TypeKindC::Chan) {
    error(s->pos, "invalid operation: cannot send to non-channel " + operand_string(ch));
    return;
  }
  if (u->chan_dir == ChanDir::Recv) {
    error(s->pos, "invalid operation: cannot send to receive-only channel " + operand_string(ch));
    return;
  }
  assignment(val, u->elem, "send");
}

// go f(args): types2's suspendedCall, then govm's subset: only a
// package-level function of package main can start a goroutine yet.
void Checker::go_stmt(GoStmt* s) {
  CallExpr* call = s->call;
  if (call == nullptr) return;
  Operand x;
  ExprUse use = raw_expr(x, call);
  if (x.invalid()) return;
  if (use == ExprUse::Conversion) {
    error(start_pos(call), "go requires function call, not conversion " + operand_string(x));
    return;
  }
  if (use == ExprUse::Expression) {
    error(start_pos(call), "go discards result of " + operand_string(x));
    return;
  }
  // (issue 6, meth2) go x.M(args) of the package's and interfaces'
  // methods: codegen_go.cpp.
  switch (call->call_kind) {
    case CallKind::Func: return;
    case CallKind::Builtin:
      unsupported(start_pos(call), "go statements calling built-in " + std::string(builtin_name(call->builtin)));
      return;
    default:
      unsupported(start_pos(call), "go statements calling " + expr_str(call->fun));
      return;
  }
}

// select { case ...: }: each clause a send, a receive or an assignment
// of one; every clause its own scope, its communication in it.
void Checker::select_stmt(SelectStmt* s) {
  if (s->body == nullptr) return;
  CommClause* first_default = nullptr;
  for (Stmt* st : s->body->list) {
    if (st->kind != StmtKind::CommClause) continue;
    auto* cc = static_cast<CommClause*>(st);
    if (cc->comm != nullptr) continue;
    if (first_default != nullptr) {
      error(cc->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")");
    } else {
      first_default = cc;
    }
  }
  for (Stmt* st : s->body->list) {
    if (st->kind != StmtKind::CommClause) continue;
    auto* cc = static_cast<CommClause*>(st);
    bool valid = cc->comm == nullptr || cc->comm->kind == StmtKind::Send;
    if (cc->comm != nullptr && cc->comm->kind == StmtKind::Expr) {
      valid = as_recv(static_cast<ExprStmt*>(cc->comm)->x) != nullptr;
    }
    if (cc->comm != nullptr && cc->comm->kind == StmtKind::Assign) {
      auto* a = static_cast<AssignStmt*>(cc->comm);
      valid = (a->tok == Token::Define || a->tok == Token::Assign) && a->rhs.size() == 1 &&
              as_recv(a->rhs[0]) != nullptr;
    }
    if (!valid) {
      // Neither the case nor its body is checked (types2): what they use
      // stays unused. gc's syntax tree puts an expression statement at its
      // expression's operator ('(' of a call, the operator of x + y).
      Pos at = cc->comm->pos;
      if (cc->comm->kind == StmtKind::Expr) {
        const Expr* x = unparen(static_cast<ExprStmt*>(cc->comm)->x);
        if (x->kind == ExprKind::Call && static_cast<const CallExpr*>(x)->lparen.valid()) {
          at = static_cast<const CallExpr*>(x)->lparen;
        }
        if (x->kind == ExprKind::Binary) at = static_cast<const BinaryExpr*>(x)->op_pos;
      }
      error(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    open_scope();
    if (cc->comm != nullptr) stmt(cc->comm);
    stmt_list(cc->body);
    close_scope();
  }
}

}  // namespace govm
