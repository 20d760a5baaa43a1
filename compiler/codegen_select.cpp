// (issue 5) Code generation for select, as gc's walkSelect and
// walkSelectCases shape it:
//
//   select {}                       CALLRT runtime.block (parks forever:
//                                   "select (no cases)")
//   select { default: B }           B
//   select { case C: B }            C as a plain channel operation, then B
//                                   (so a lone receive that deadlocks says
//                                   "chan receive", as in Go)
//   any other                       the general form below
//
// The general form. On entry every case's channel operand, and every send
// value, is evaluated once, in source order (gc's order pass). The scases
// (runtime/natives.h: {c *hchan; elem unsafe.Pointer}, 16 bytes each) go
// in a frame temporary, the sends first and then the receives, each group
// in source order (walkSelectCases); a send's elem points at a temporary
// holding its value, a receive's at a temporary of the element type (nil
// when the case drops the value). Then
//
//   selectgo [cas0 | nsends | nrecvs | block | selected | recvOK]
//              0      8        16       24      32         40
//
// with block false when there is a default, and a dispatch on selected
// (its index among the scases, -1 for the default) to the case bodies in
// source order, each ending with a jump past the select. A receive case
// with an assignment stores the value (and recvOK) into its left side first,
// declaring the variables of `case v, ok := <-c` in the clause's scope.
//
// GC: the scases, the send values, the receive destinations and the
// selectgo block are temporaries of the select statement, on the
// live-temp stack at the CALLRT, so all their pointer words are live in
// the frame map while the goroutine is parked in selectgo. break inside a
// case leaves the select.
#include "compiler/codegen.h"

namespace govm {

namespace {

// The receive of a communication clause (nullptr for a send or default).
const UnaryExpr* clause_recv(const CommClause* cc) {
  const Stmt* s = cc->comm;
  const Expr* e = nullptr;
  if (s == nullptr) return nullptr;
  if (s->kind == StmtKind::Expr) e = static_cast<const ExprStmt*>(s)->x;
  if (s->kind == StmtKind::Assign) e = static_cast<const AssignStmt*>(s)->rhs[0];
  e = unparen(e);
  if (e == nullptr || e->kind != ExprKind::Unary) return nullptr;
  return static_cast<const UnaryExpr*>(e);
}

bool is_blank(const Expr* e) {
  e = unparen(e);
  return e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_";
}

}  // namespace

void FuncGen::select_stmt(const SelectStmt* s) {
  std::vector<const CommClause*> clauses;
  if (s->body) {
    for (const Stmt* c : s->body->list) {
      if (c->kind == StmtKind::CommClause) clauses.push_back(static_cast<const CommClause*>(c));
    }
  }
  const int brk = new_label();
  push_targets(s, Targets{brk, -1});
  if (clauses.empty()) {
    // runtime.block reads no arguments, but its signature is not "()" for
    // the verifier: its block is a slot of this frame.
    const Slot none = temp(8);
    mark(s->pos);
    callrt(none, NativeId::block);
  } else if (clauses.size() == 1) {
    // One case: the plain operation, or only the default's body.
    stmt(clauses[0]->comm);
    block(clauses[0]->body);
  } else {
    select_general(s, clauses, brk);
  }
  bind(brk);
  pop_targets(s);
}

void FuncGen::select_general(const SelectStmt* s, const std::vector<const CommClause*>& clauses, int brk) {
  size_t nsends = 0, nrecvs = 0;
  bool has_default = false;
  for (const CommClause* cc : clauses) {
    if (cc->comm == nullptr) has_default = true;
    else if (cc->comm->kind == StmtKind::Send) nsends++;
    else nrecvs++;
  }
  const size_t ncases = nsends + nrecvs;
  const Slot scases = temp(16 * std::max<size_t>(ncases, 1));
  for (size_t k = 0; k < 2 * ncases; ++k) note_ptr(scases.at(static_cast<uint32_t>(8 * k)));
  // Per clause: its index among the scases (-1: default), its receive's
  // destination.
  std::vector<int64_t> index(clauses.size(), -1);
  std::vector<Slot> dst(clauses.size());
  std::vector<std::pair<Slot, const Type*>> sent;  // the send values, cleared after selectgo
  size_t next_send = 0, next_recv = nsends;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CommClause* cc = clauses[i];
    if (cc->comm == nullptr) continue;
    mark(cc->comm->pos);
    if (cc->comm->kind == StmtKind::Send) {
      const auto* send = static_cast<const SendStmt*>(cc->comm);
      const size_t k = next_send++;
      index[i] = static_cast<int64_t>(k);
      const Slot sc = scases.at(static_cast<uint32_t>(16 * k));
      hoist(send->chan);
      emit(Op::MOV_Q, {sc, operand(send->chan)});
      hoist(send->value);
      const Type* et = send->chan->type->underlying()->elem;
      const Slot v = temp(et);
      expr_to_as(send->value, et, v);
      emit(Op::LEAQ, {sc.at(8), v});
      if (has_pointers(et)) sent.emplace_back(v, et);
      continue;
    }
    const UnaryExpr* u = clause_recv(cc);
    const size_t k = next_recv++;
    index[i] = static_cast<int64_t>(k);
    const Slot sc = scases.at(static_cast<uint32_t>(16 * k));
    hoist(u->x);
    emit(Op::MOV_Q, {sc, operand(u->x)});
    const bool wants = cc->comm->kind == StmtKind::Assign &&
                       !is_blank(static_cast<const AssignStmt*>(cc->comm)->lhs[0]);
    if (wants) {
      dst[i] = temp(u->type);
      emit(Op::LEAQ, {sc.at(8), dst[i]});
    } else {
      emit(Op::MOVK_Q, {sc.at(8), Opnd::imm(0)});
    }
  }
  const Slot b = temp(48);
  note_ptr(b);
  emit(Op::LEAQ, {b, scases});
  emit(Op::MOVK_Q, {b.at(8), Opnd::imm(static_cast<int64_t>(nsends))});
  emit(Op::MOVK_Q, {b.at(16), Opnd::imm(static_cast<int64_t>(nrecvs))});
  emit(Op::MOVK_B, {b.at(24), Opnd::imm(has_default ? 0 : 1)});
  mark(s->pos);
  callrt(b, NativeId::selectgo);
  // The select's temporaries stay on the live-temp stack through the case
  // bodies; what they point to is dead once selectgo returns, as in gc's
  // liveness: cleared, so it does not outlive the select.
  emit(Op::ZERO, {scases, Opnd::imm(static_cast<int64_t>(16 * std::max<size_t>(ncases, 1)))});
  for (const auto& [v, t] : sent) zero(v, t);
  std::vector<int> bodies;
  int dflt = -1;
  for (size_t i = 0; i < clauses.size(); ++i) {
    bodies.push_back(new_label());
    if (index[i] < 0) {
      dflt = bodies.back();
      continue;
    }
    emit(Op::JEQI_Q, {b.at(32), Opnd::imm(index[i]), Opnd::label(bodies.back())});
  }
  // selected is -1 (the default) or one of the indices above.
  emit(Op::JMP, {Opnd::label(dflt >= 0 ? dflt : bodies.back())});
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CommClause* cc = clauses[i];
    bind(bodies[i]);
    if (cc->comm != nullptr && cc->comm->kind == StmtKind::Assign) {
      const UnaryExpr* u = clause_recv(cc);
      select_assign(static_cast<const AssignStmt*>(cc->comm), dst[i], b.at(40), u->type);
    }
    block(cc->body);
    if (i + 1 < clauses.size()) emit(Op::JMP, {Opnd::label(brk)});
  }
}

// case v := <-c, case v, ok = <-c: the received value (and recvOK) go to
// the left side once the case is chosen.
void FuncGen::select_assign(const AssignStmt* a, Slot value, Slot ok, const Type* elem) {
  const uint64_t mark_t = temp_top_;
  mark(a->pos);
  if (a->tok == Token::Define) {
    for (const Expr* l : a->lhs) {
      const Expr* u = unparen(l);
      if (u->kind != ExprKind::Ident) continue;
      const auto* id = static_cast<const Ident*>(u);
      if (id->obj && id->obj->kind == ObjKind::Var && id->obj->pos == id->pos) declare_var(id->obj);
    }
  }
  if (!is_blank(a->lhs[0])) {
    store(a->lhs[0], value, a->lhs[0]->type ? a->lhs[0]->type : elem);
    if (has_pointers(elem)) zero(value, elem);  // the variable holds it now (as range_chan's hv)
  }
  if (a->lhs.size() > 1) {
    store(a->lhs[1], ok, a->lhs[1]->type ? a->lhs[1]->type : pkg_.types->basic(TypeKindC::Bool));
  }
  end_statement(mark_t);
}

}  // namespace govm
