// Checking statements (go/types' stmt.go, assignments.go, return.go) and
// branches (gc's syntax/branches.go).
//
// Scopes. A function's parameters and results live in its outermost scope,
// which its body's statements share (so `x := 1` in the body of func(x int)
// declares nothing new). if, for, switch and every case clause open a
// scope of their own; a block opens one. A variable's scope begins after
// its declaration (the end of the ValueSpec, or of the := statement): the
// checker inserts it only then.
//
// Unused variables. Every local variable the function declares is listed
// in fn_vars_; a use (not an assignment: lhs_var puts the flag back) marks
// it; at the end of the body the ones never used are reported, in source
// order, "declared and not used: x".
//
// Branches. gc checks labels and break/continue/fallthrough in its parser
// (syntax.checkBranches), before type checking and with its own messages;
// check_branches does the same walk, and records on each BranchStmt the
// statement it leaves or continues (BranchStmt::target).
//
// "missing return": a function with results must end in a terminating
// statement (spec, "Terminating statements"), as go/types' isTerminating.
#include <algorithm>
#include <map>

#include "compiler/check.h"
#include "compiler/escape_graph.h"  // gc's deadcode (print_errors_ in check.h)
#include "runtime/natives.h"  // (issue 6, strconv) strconv's natives with real results

namespace govm {

namespace {

std::string measure(size_t n, const std::string& unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}

std::vector<Stmt*> trim_trailing_empty(const std::vector<Stmt*>& list) {
  size_t n = list.size();
  while (n > 0 && list[n - 1]->kind == StmtKind::Empty) n--;
  return std::vector<Stmt*>(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(n));
}

}  // namespace

// ------------------------------------------------------------------ scopes

void Checker::open_scope() { ctx_.scope = new_scope(ctx_.scope); }

void Checker::close_scope() { ctx_.scope = ctx_.scope->parent(); }

void Checker::usage() {
  std::vector<Object*> unused;
  for (Object* v : fn_vars_) {
    if (!v->used) unused.push_back(v);
  }
  std::stable_sort(unused.begin(), unused.end(), [](Object* a, Object* b) { return a->pos < b->pos; });
  for (Object* v : unused) error(v->pos, "declared and not used: " + v->name);
}

// A local variable, declared (inserted) later by the caller.
Object* Checker::new_local_var(Ident* id) {
  Object* v = new_object(ObjKind::Var, id->name, id->pos, nullptr);
  id->obj = id->name == "_" ? nullptr : v;
  return v;
}

void Checker::declare_local_var(Ident* id, Object* v) {
  if (declare(ctx_.scope, id, v)) fn_vars_.push_back(v);
}

// ---------------------------------------------------------------- statements

void Checker::stmt_list(const std::vector<Stmt*>& list) {
  // After an `if` on a constant whose taken branch returns or panics, gc's
  // deadcode drops the rest of the list (unless a label follows).
  size_t labels_end = 0;  // one past the last label
  for (size_t i = 0; i < list.size(); i++) {
    if (list[i] != nullptr && list[i]->kind == StmtKind::Labeled) labels_end = i + 1;
  }
  bool cut = false;
  for (size_t i = 0; i < list.size(); i++) {
    stmt(list[i]);
    if (!cut && i >= labels_end && escape::cuts_rest(list[i])) {
      cut = true;
      dead_code_++;
    }
  }
  if (cut) dead_code_--;
}

void Checker::simple_stmt(Stmt* s) {
  if (s != nullptr) stmt(s);
}

void Checker::stmt(Stmt* s) {
  if (s == nullptr) return;
  switch (s->kind) {
    case StmtKind::Bad:
    case StmtKind::Empty:
      break;
    case StmtKind::Decl: decl_stmt(static_cast<DeclStmt*>(s)); break;
    case StmtKind::Labeled: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
    case StmtKind::Expr: expr_stmt(static_cast<ExprStmt*>(s)); break;
    case StmtKind::Send: send_stmt(static_cast<SendStmt*>(s)); break;  // (issue 5) check_chan.cpp
    case StmtKind::IncDec: incdec_stmt(static_cast<IncDecStmt*>(s)); break;
    case StmtKind::Assign: assign_stmt(static_cast<AssignStmt*>(s)); break;
    case StmtKind::Go: go_stmt(static_cast<GoStmt*>(s)); break;
    case StmtKind::Defer: defer_stmt(static_cast<DeferStmt*>(s)); break;  // (issue 6) check_panic.cpp
    case StmtKind::Return: return_stmt(static_cast<ReturnStmt*>(s)); break;
    case StmtKind::Branch:
      if (static_cast<BranchStmt*>(s)->tok == Token::Goto) unsupported(s->pos, "goto");
      break;
    case StmtKind::Block:
      open_scope();
      stmt_list(static_cast<BlockStmt*>(s)->list);
      close_scope();
      break;
    case StmtKind::If: if_stmt(static_cast<IfStmt*>(s)); break;
    case StmtKind::Switch: switch_stmt(static_cast<SwitchStmt*>(s)); break;
    case StmtKind::TypeSwitch: type_switch_stmt(static_cast<TypeSwitchStmt*>(s)); break;  // (issue 6) check_iface.cpp
    case StmtKind::Select: select_stmt(static_cast<SelectStmt*>(s)); break;
    case StmtKind::For: for_stmt(static_cast<ForStmt*>(s)); break;
    case StmtKind::Range: range_stmt(static_cast<RangeStmt*>(s)); break;
    case StmtKind::CaseClause:
    case StmtKind::CommClause:
      break;
  }
}

// Calls may stand alone; any other expression "is not used".
void Checker::expr_stmt(ExprStmt* s) {
  Operand x;
  ExprUse use = raw_expr(x, s->x);
  if (x.invalid()) return;
  std::string msg;
  switch (x.mode) {
    case Mode::Builtin: msg = "must be called"; break;
    case Mode::TypeExpr: msg = "is not an expression"; break;
    default:
      if (use == ExprUse::Statement) return;
      msg = "is not used";
  }
  error(start_pos(s->x), operand_string(x) + " " + msg);
}

void Checker::condition(Expr* cond, const char* what) {
  Operand x;
  expr(x, cond);
  if (x.invalid()) return;
  if (!x.type->is_boolean()) {
    error(start_pos(cond), std::string("non-boolean condition in ") + what + " statement");
    return;
  }
  // A condition is evaluated: an untyped bool becomes a bool.
  if (x.type->is_untyped()) update_expr_type(x.expr, bool_, true);
}

void Checker::if_stmt(IfStmt* s) {
  open_scope();
  simple_stmt(s->init);
  condition(s->cond, "if");
  // gc's deadcode drops the branch an `if` on a constant does not take.
  const std::optional<bool> taken = escape::const_bool(s->cond);
  const int body_dead = taken && !*taken ? 1 : 0, else_dead = taken && *taken ? 1 : 0;
  dead_code_ += body_dead;
  stmt(s->body);
  dead_code_ += else_dead - body_dead;
  if (s->else_ != nullptr) stmt(s->else_);
  dead_code_ -= else_dead;
  close_scope();
}

void Checker::for_stmt(ForStmt* s) {
  open_scope();
  simple_stmt(s->init);
  if (s->cond != nullptr) condition(s->cond, "for");
  simple_stmt(s->post);
  stmt(s->body);
  close_scope();
}

// for k, v := range s: over a string, k is an int (the byte offset) and v
// a rune. Ranging over an integer is Go 1.22's, not yet govm's.
void Checker::range_stmt(RangeStmt* s) {
  open_scope();
  Operand x;
  expr(x, s->x);
  const Type* rhs[2] = {nullptr, nullptr};
  if (!x.invalid()) {
    const Type* u = x.type->underlying();
    if (u->kind == TypeKindC::Pointer && u->elem->underlying()->kind == TypeKindC::Array) u = u->elem->underlying();
    if (x.mode != Mode::Nil && x.type->is_string()) {
      if (x.type->is_untyped()) update_expr_type(x.expr, string_, true);
      rhs[0] = int_;
      rhs[1] = types_.rune_alias();
    } else if (u->kind == TypeKindC::Array || u->kind == TypeKindC::Slice) {
      rhs[0] = int_;
      rhs[1] = u->elem;
    } else if (u->kind == TypeKindC::Map) {
      rhs[0] = u->key;
      rhs[1] = u->elem;
    } else if (x.mode != Mode::Nil && u->kind == TypeKindC::Chan) {
      // (issue 5) one iteration variable: the values received
      if (s->value != nullptr) {
        error(start_pos(s->value), "range over " + operand_string(x) + " permits only one iteration variable");
      }
      if (u->chan_dir == ChanDir::Send) {
        error(start_pos(s->x), "cannot range over " + operand_string(x) + ": receive from send-only channel");
        x.mode = Mode::Invalid;
      } else {
        rhs[0] = u->elem;
      }
    } else if (x.type->is_integer()) {
      unsupported(start_pos(s->x), "range over integers");
      x.mode = Mode::Invalid;
    } else {
      error(start_pos(s->x), "cannot range over " + operand_string(x));
      x.mode = Mode::Invalid;
    }
  }
  Expr* lhs[2] = {s->key, s->value};
  if (s->tok == Token::Define) {
    std::vector<std::pair<Ident*, Object*>> vars;
    for (int i = 0; i < 2; i++) {
      if (lhs[i] == nullptr) continue;
      if (lhs[i]->kind != ExprKind::Ident) {
        use_lhs({lhs[i]});
        error(start_pos(lhs[i]), "non-name " + expr_str(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* id = static_cast<Ident*>(lhs[i]);
      Object* v = new_local_var(id);
      v->type = rhs[i];
      if (rhs[i] == nullptr) v->used = true;  // the range expression was refused
      id->mode = Mode::Variable;
      id->type = rhs[i];
      vars.push_back({id, v});
    }
    for (auto& [id, v] : vars) declare_local_var(id, v);
  } else if (s->tok == Token::Assign) {
    for (int i = 0; i < 2; i++) {
      if (lhs[i] == nullptr) continue;
      if (rhs[i] == nullptr) {
        use_lhs({lhs[i]});
        continue;
      }
      Operand y;
      y.mode = Mode::Value;
      y.expr = lhs[i];
      y.type = rhs[i];
      assign_var(lhs[i], nullptr, &y, "assignment");
    }
  }
  stmt(s->body);
  close_scope();
}

void Checker::switch_stmt(SwitchStmt* s) {
  open_scope();
  simple_stmt(s->init);
  Operand x;
  if (s->tag != nullptr) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
  } else {
    // A missing tag is the constant true.
    x.mode = Mode::Constant;
    x.type = bool_;
    x.val = Constant::make_bool(true);
  }
  std::vector<std::pair<Operand, Pos>> seen;
  CaseClause* first_default = nullptr;
  if (s->body != nullptr) {
    for (Stmt* st : s->body->list) {
      if (st->kind != StmtKind::CaseClause) continue;
      auto* cc = static_cast<CaseClause*>(st);
      if (cc->is_default || cc->list.empty()) {
        if (first_default != nullptr) {
          error(cc->pos, "multiple defaults (first at " + pos_string(first_default->pos) + ")");
        } else {
          first_default = cc;
        }
      }
      case_values(x, cc, seen);
      open_scope();
      stmt_list(cc->body);
      close_scope();
    }
  }
  close_scope();
}

// Each case value is compared with the tag; duplicate integer and string
// constants are errors (as in go/types, which does not flag booleans:
// `switch { case true: ... case true: ... }` is valid Go).
void Checker::case_values(Operand& tag, CaseClause* clause, std::vector<std::pair<Operand, Pos>>& seen) {
  for (Expr* e : clause->list) {
    Operand v;
    expr(v, e);
    if (tag.invalid() || v.invalid()) continue;
    convert_untyped(v, tag.type);
    if (v.invalid()) continue;
    Operand res = v;
    comparison(res, tag, Token::Eql, true);
    if (res.invalid()) continue;
    if (v.mode != Mode::Constant || v.val->kind == Constant::Kind::Bool) continue;
    bool dup = false;
    for (auto& [prev, pos] : seen) {
      const Constant& a = *prev.val;
      const Constant& b = *v.val;
      const bool same = a.equals(b);  // (issue 6, const) by exact value
      if (same && identical(prev.type, v.type)) {
        error(start_pos(e), "duplicate case " + operand_string(v) + " in expression switch\n\t" + pos_string(pos) +
                                ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v, start_pos(e)});
  }
}

void Checker::incdec_stmt(IncDecStmt* s) {
  Operand x;
  expr(x, s->x);
  if (x.invalid()) return;
  if (!x.type->is_numeric()) {
    std::string op = s->tok == Token::Inc ? "++" : "--";
    error(start_pos(s->x), "invalid operation: " + expr_str(s->x) + op + " (non-numeric type " + x.type->name + ")");
    return;
  }
  assign_var(s->x, nullptr, &x, "assignment");
}

void Checker::assign_stmt(AssignStmt* s) {
  if (s->tok == Token::Define) {
    short_var_decl(s);
    return;
  }
  if (s->tok == Token::Assign) {
    assign_vars(s->lhs, s->rhs);
    return;
  }
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(s->tok_pos, std::string("assignment operation ") + token_string(s->tok) +
                          " requires single-valued expressions");
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], op_of_assign(s->tok), s->tok_pos);
  assign_var(s->lhs[0], nullptr, &x, "assignment operation");
}

void Checker::return_stmt(ReturnStmt* s) {
  const std::vector<Object*>& results = ctx_.results;
  if (s->results.empty() && !results.empty() && !results[0]->name.empty()) {
    // A bare return with named results: they must not be shadowed.
    for (Object* obj : results) {
      Object* alt = ctx_.scope->lookup(obj->name);
      if (alt != nullptr && alt != obj) {
        error(s->pos, "result parameter " + obj->name + " not in scope at return\n\t" + pos_string(alt->pos) +
                          ": inner declaration of var " + alt->name + " " + (alt->type ? alt->type->name : ""));
      }
    }
    return;
  }
  if (!s->results.empty() || !results.empty()) init_vars(results, s->results, s);
}

// -------------------------------------------------------------- declarations

void Checker::decl_stmt(DeclStmt* s) {
  GenDecl* gd = s->decl;
  switch (gd->tok) {
    case Token::Const: local_const_group(gd); break;
    case Token::Var:
      for (Spec* sp : gd->specs) local_var_spec(static_cast<ValueSpec*>(sp));
      break;
    case Token::Type:
      // A local type's scope begins at its name: it may refer to itself.
      for (Spec* sp : gd->specs) {
        auto* ts = static_cast<TypeSpec*>(sp);
        Object* obj = new_object(ObjKind::TypeName, ts->name->name, ts->name->pos, nullptr);
        declare(ctx_.scope, ts->name, obj);
        type_decl(obj, ts);
      }
      break;
    default: break;
  }
}

void Checker::local_const_group(GenDecl* gd) {
  for (size_t i = 0; i < gd->specs.size(); i++) {
    auto* vs = static_cast<ValueSpec*>(gd->specs[i]);
    std::vector<Object*> objs;
    for (size_t j = 0; j < vs->names.size(); j++) {
      Ident* id = vs->names[j];
      Object* obj = new_object(ObjKind::Const, id->name, id->pos, nullptr);
      std::optional<__int128> saved_iota = ctx_.iota;
      ctx_.iota = static_cast<__int128>(i);
      const_decl(obj, vs->type_expr, j < vs->values.size() ? vs->values[j] : nullptr, vs->implicit);
      ctx_.iota = saved_iota;
      objs.push_back(obj);
    }
    arity(vs->names.empty() ? vs->pos : vs->names[0]->pos, vs->names, vs->values, true, vs->implicit);
    for (size_t j = 0; j < objs.size(); j++) declare(ctx_.scope, vs->names[j], objs[j]);
  }
}

void Checker::local_var_spec(ValueSpec* vs) {
  std::vector<Object*> lhs;
  for (Ident* id : vs->names) lhs.push_back(new_local_var(id));
  size_t l = lhs.size(), r = vs->values.size();
  if (r == l) {
    for (size_t i = 0; i < l; i++) var_decl(lhs[i], {}, vs->type_expr, vs->values[i]);
  } else if (r == 1) {
    var_decl(lhs[0], lhs, vs->type_expr, vs->values[0]);
  } else {
    for (size_t i = 0; i < l; i++) var_decl(lhs[i], {}, vs->type_expr, i < r ? vs->values[i] : nullptr);
  }
  if (vs->type_expr == nullptr || r != 0) {
    arity(vs->names.empty() ? vs->pos : vs->names[0]->pos, vs->names, vs->values, false, false);
  }
  for (size_t i = 0; i < l; i++) {
    if (lhs[i]->type == nullptr) lhs[i]->used = true;  // its declaration failed
    vs->names[i]->mode = lhs[i]->type != nullptr ? Mode::Variable : Mode::Invalid;
    vs->names[i]->type = lhs[i]->type;
    declare_local_var(vs->names[i], lhs[i]);
  }
}

// --------------------------------------------------------------- assignments

// The variable an assignment's left side denotes: false when it is not
// assignable; *t is its type, nullptr for the blank identifier.
bool Checker::lhs_var(Expr* lhs, const Type** t) {
  *t = nullptr;
  Expr* u = unparen(lhs);
  if (u->kind == ExprKind::Ident && static_cast<Ident*>(u)->name == "_") {
    static_cast<Ident*>(u)->obj = nullptr;
    return true;
  }
  // Assigning to a variable does not use it.
  Object* v = nullptr;
  bool used = false;
  if (u->kind == ExprKind::Ident) {
    Object* obj = ctx_.scope->lookup(static_cast<Ident*>(u)->name);
    if (obj != nullptr && obj->kind == ObjKind::Var) {
      v = obj;
      used = v->used;
    }
  }
  Operand x;
  raw_expr(x, lhs);
  if (v != nullptr) v->used = used;
  switch (x.mode) {
    case Mode::Invalid: return false;
    case Mode::Variable:
    case Mode::MapIndex: *t = x.type; return true;
    case Mode::Builtin:
    case Mode::TypeExpr:
      require_value(x, lhs);  // "new (built-in) must be called", "byte (type) is not an expression"
      return false;
    default:
      if (u->kind == ExprKind::Selector && unparen(static_cast<SelectorExpr*>(u)->x)->mode == Mode::MapIndex) {
        error(start_pos(lhs), "cannot assign to struct field " + expr_str(lhs) + " in map");
        return false;
      }
      if (x.mode == Mode::Value && x.type != nullptr && x.type->kind == TypeKindC::Tuple) {
        single_value(x);
        return false;
      }
      error(start_pos(lhs), "cannot assign to " + expr_str(lhs) + " (neither addressable nor a map index expression)");
      return false;
  }
}

void Checker::assign_var(Expr* lhs, Expr* rhs, Operand* x, const std::string& context) {
  const Type* t;
  if (!lhs_var(lhs, &t)) {
    if (x != nullptr) {
      x->mode = Mode::Invalid;
    } else {
      use({rhs});
    }
    return;
  }
  Operand tmp;
  if (x == nullptr) {
    expr(tmp, rhs);
    x = &tmp;
  }
  std::string ctx = context;
  if (t == nullptr && context == "assignment") ctx = "assignment to _ identifier";
  assignment(*x, t, ctx);
}

// Two values from fmt.Println: valid Go, but govm has no error values yet.
bool Checker::refuse_native_results(const std::vector<Operand>& ops) {
  if (ops.size() < 2 || ops[0].expr == nullptr) return false;
  Expr* e = unparen(ops[0].expr);
  if (e->kind != ExprKind::Call || static_cast<CallExpr*>(e)->call_kind != CallKind::Native) return false;
  const auto id = static_cast<NativeId>(static_cast<CallExpr*>(e)->native);
  if (id >= NativeId::strconv_Atoi && id <= NativeId::strconv_ParseBool) return false;  // (issue 6, strconv) real errors
  unsupported(start_pos(e), "using the results of " + expr_str(static_cast<CallExpr*>(e)->fun));
  return true;
}

// As gc (1.19), when an assignment fails its left sides count as used: one
// error is enough.
void Checker::assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && unparen(rhs[0])->kind == ExprKind::Call;
  auto use_all_if_failed = [&](bool ok) {
    if (ok) return;
    for (Expr* e : lhs) {
      Expr* u = unparen(e);
      if (u->kind != ExprKind::Ident) continue;
      Object* obj = ctx_.scope->lookup(static_cast<Ident*>(u)->name);
      if (obj != nullptr && obj->kind == ObjKind::Var) obj->used = true;
    }
  };
  std::vector<Operand> comma_ok;
  if (comma_ok_map_index(rhs, l, &comma_ok) || comma_ok_recv(rhs, l, &comma_ok) ||
      comma_ok_assert(rhs, l, &comma_ok)) {  // (issue 6) check_iface.cpp
    if (comma_ok.size() == 2) {
      bool ok = true;
      for (size_t i = 0; i < l; i++) {
        assign_var(lhs[i], nullptr, &comma_ok[i], "assignment");
        if (comma_ok[i].invalid()) ok = false;
      }
      use_all_if_failed(ok);
      return;
    }
    if (!comma_ok[0].invalid()) assign_error(rhs, l, 1);
    use_lhs(lhs);
    return;
  }
  if (l == r && !is_call) {
    bool ok = true;
    for (size_t i = 0; i < l; i++) {
      Operand x;
      expr(x, rhs[i]);
      assign_var(lhs[i], nullptr, &x, "assignment");
      if (x.invalid()) ok = false;
    }
    use_all_if_failed(ok);
    return;
  }
  if (r != 1) {
    bool ok_lhs = use_lhs(lhs);
    bool ok_rhs = use(rhs);
    if (ok_lhs && ok_rhs) assign_error(rhs, l, r);
    return;
  }
  std::vector<Operand> ops = expr_list(rhs, true);
  if (ops.size() == l) {
    if (refuse_native_results(ops)) {
      use_lhs(lhs);
      return;
    }
    bool ok = true;
    for (size_t i = 0; i < l; i++) {
      assign_var(lhs[i], nullptr, &ops[i], "assignment");
      if (ops[i].invalid()) ok = false;
    }
    use_all_if_failed(ok);
    return;
  }
  if (!ops[0].invalid()) assign_error(rhs, l, ops.size());
  use_lhs(lhs);
}

void Checker::assign_error(const std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  Expr* rhs0 = rhs[0];
  Expr* u = unparen(rhs0);
  if (rhs.size() == 1 && u->kind == ExprKind::Call) {
    error(start_pos(rhs0), "assignment mismatch: " + vars + " but " + expr_str(static_cast<CallExpr*>(u)->fun) +
                               " returns " + vals);
    return;
  }
  error(start_pos(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

void Checker::return_error(ReturnStmt* ret, const std::vector<Object*>& lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  Pos at = ret->pos;
  std::string qualifier = "not enough";
  if (r > l) {
    at = start_pos(rhs[l].expr);
    qualifier = "too many";
  } else if (r > 0) {
    at = start_pos(rhs[r - 1].expr);
  }
  std::vector<const Type*> have, want;
  for (const Operand& x : rhs) have.push_back(x.type);
  for (Object* v : lhs) want.push_back(v->type);
  error(at, qualifier + " return values\n\thave " + types_summary(have, false) + "\n\twant " +
                types_summary(want, false));
}

// lhs = x in a declaration (or return): an untyped x gives lhs its
// default type when lhs has none yet.
//
// As gc (1.19), a variable whose initialization failed counts as used: one
// error is enough.
void Checker::init_var(Object* lhs, Operand& x, const std::string& context) {
  if (x.invalid() || (lhs->type == nullptr && invalid_[lhs])) {
    if (lhs->type == nullptr) invalid_[lhs] = true;
    lhs->used = true;
    x.mode = Mode::Invalid;
    return;
  }
  if (lhs->type == nullptr) {
    const Type* t = x.type;
    if (t->is_untyped()) {
      t = default_type(t);
      if (t->kind == TypeKindC::UntypedNil) {
        error(start_pos(x.expr), "use of untyped nil in " + context);
        invalid_[lhs] = true;
        lhs->used = true;
        x.mode = Mode::Invalid;
        return;
      }
    }
    if (t->underlying()->kind >= TypeKindC::Complex64 && t->underlying()->kind <= TypeKindC::Complex128) {  // (issue 6)
      unsupported(start_pos(x.expr), t->name);
      invalid_[lhs] = true;
      lhs->used = true;
      x.mode = Mode::Invalid;
      return;
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.invalid()) lhs->used = true;
}

void Checker::init_const(Object* lhs, Operand& x) {
  if (x.invalid() || x.type == nullptr) {
    if (lhs->type == nullptr) invalid_[lhs] = true;
    return;
  }
  if (x.mode != Mode::Constant) {
    error(start_pos(x.expr), operand_string(x) + " is not constant");
    if (lhs->type == nullptr) invalid_[lhs] = true;
    return;
  }
  if (lhs->type == nullptr) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid()) {
    invalid_[lhs] = true;
    return;
  }
  lhs->value = *x.val;
}

// go/types' initVars: lhs = rhs in a declaration, := or return.
void Checker::init_vars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, ReturnStmt* ret) {
  std::string context = ret != nullptr ? "return statement" : "assignment";
  size_t l = lhs.size(), r = rhs.size();
  bool is_call = r == 1 && unparen(rhs[0])->kind == ExprKind::Call;
  auto invalidate = [&]() {
    for (Object* v : lhs) {
      if (v->type == nullptr) invalid_[v] = true;
    }
  };
  std::vector<Operand> comma_ok;
  if (ret == nullptr && (comma_ok_map_index(rhs, l, &comma_ok) || comma_ok_recv(rhs, l, &comma_ok) ||
                         comma_ok_assert(rhs, l, &comma_ok))) {  // (issue 6) check_iface.cpp
    if (comma_ok.size() == 2) {
      for (size_t i = 0; i < l; i++) init_var(lhs[i], comma_ok[i], context);
      return;
    }
    if (!comma_ok[0].invalid()) assign_error(rhs, l, 1);
    invalidate();
    for (Object* v : lhs) v->used = true;
    return;
  }
  if (l == r && !is_call) {
    for (size_t i = 0; i < l; i++) {
      Operand x;
      expr(x, rhs[i]);
      init_var(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    if (use(rhs)) {
      if (ret != nullptr) {
        std::vector<Operand> ops;
        for (Expr* e : rhs) {
          Operand x;
          x.mode = Mode::Value;
          x.expr = e;
          x.type = e->type;
          ops.push_back(x);
        }
        return_error(ret, lhs, ops);
      } else {
        assign_error(rhs, l, r);
      }
    }
    invalidate();
    return;
  }
  std::vector<Operand> ops = expr_list(rhs, true);
  if (ops.size() == l) {
    if (ret == nullptr && refuse_native_results(ops)) {
      invalidate();
      for (Object* v : lhs) v->used = true;
      return;
    }
    for (size_t i = 0; i < l; i++) init_var(lhs[i], ops[i], context);
    return;
  }
  if (!ops[0].invalid()) {
    if (ret != nullptr) {
      return_error(ret, lhs, ops);
    } else {
      assign_error(rhs, l, ops.size());
    }
  }
  invalidate();
}

// x, y := ...: at least one new variable; the others are assigned.
void Checker::short_var_decl(AssignStmt* s) {
  Scope* scope = ctx_.scope;
  std::set<std::string> seen;
  std::vector<Object*> lhs_vars(s->lhs.size(), nullptr);
  std::vector<std::pair<Ident*, Object*>> new_vars;
  bool has_err = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    Expr* e = s->lhs[i];
    if (e->kind != ExprKind::Ident) {
      use_lhs({e});
      error(start_pos(e), "non-name " + expr_str(e) + " on left side of :=");
      has_err = true;
      continue;
    }
    auto* id = static_cast<Ident*>(e);
    if (id->name != "_") {
      if (!seen.insert(id->name).second) {
        error(start_pos(e), id->name + " repeated on left side of :=");
        has_err = true;
        continue;
      }
      if (Object* alt = scope->lookup_local(id->name)) {
        id->obj = alt;
        if (alt->kind == ObjKind::Var) {
          lhs_vars[i] = alt;
        } else {
          error(start_pos(e), "cannot assign to " + id->name);
          has_err = true;
        }
        continue;
      }
    }
    Object* v = new_local_var(id);
    lhs_vars[i] = v;
    if (id->name != "_") new_vars.push_back({id, v});
  }
  for (size_t i = 0; i < lhs_vars.size(); i++) {
    if (lhs_vars[i] == nullptr) lhs_vars[i] = new_object(ObjKind::Var, "_", start_pos(s->lhs[i]), nullptr);
  }
  init_vars(lhs_vars, s->rhs, nullptr);
  // Annotate the new variables' identifiers, as a use would.
  for (auto& [id, v] : new_vars) {
    id->mode = v->type != nullptr ? Mode::Variable : Mode::Invalid;
    id->type = v->type;
    if (v->type == nullptr) v->used = true;  // its initialization failed: no follow-on error
  }
  if (new_vars.empty() && !has_err) {
    error(s->tok_pos, "no new variables on left side of :=");
    return;
  }
  for (auto& [id, v] : new_vars) declare_local_var(id, v);
}

// ------------------------------------------------------ terminating statements

namespace {

bool has_break(Stmt* s, const std::string& label, bool implicit);

bool has_break_list(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (Stmt* s : list) {
    if (has_break(s, label, implicit)) return true;
  }
  return false;
}

// Whether s is or contains a break out of the statement labeled label (or,
// when implicit, out of the innermost breakable statement).
bool has_break(Stmt* s, const std::string& label, bool implicit) {
  switch (s->kind) {
    case StmtKind::Labeled: return has_break(static_cast<LabeledStmt*>(s)->stmt, label, implicit);
    case StmtKind::Branch: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok != Token::Break) return false;
      if (b->label == nullptr) return implicit;
      return b->label->name == label;
    }
    case StmtKind::Block: return has_break_list(static_cast<BlockStmt*>(s)->list, label, implicit);
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      return has_break(i->body, label, implicit) || (i->else_ != nullptr && has_break(i->else_, label, implicit));
    }
    case StmtKind::CaseClause:
      return has_break_list(static_cast<CaseClause*>(s)->body, label, implicit);
    case StmtKind::CommClause:
      return has_break_list(static_cast<CommClause*>(s)->body, label, implicit);
    case StmtKind::Switch:
      return !label.empty() && has_break(static_cast<SwitchStmt*>(s)->body, label, false);
    case StmtKind::TypeSwitch:
      return !label.empty() && has_break(static_cast<TypeSwitchStmt*>(s)->body, label, false);
    case StmtKind::Select:
      return !label.empty() && has_break(static_cast<SelectStmt*>(s)->body, label, false);
    case StmtKind::For: return !label.empty() && has_break(static_cast<ForStmt*>(s)->body, label, false);
    case StmtKind::Range: return !label.empty() && has_break(static_cast<RangeStmt*>(s)->body, label, false);
    default: return false;
  }
}

}  // namespace

bool Checker::is_terminating(Stmt* s, const std::string& label) {
  switch (s->kind) {
    case StmtKind::Labeled: {
      auto* l = static_cast<LabeledStmt*>(s);
      return is_terminating(l->stmt, l->label->name);
    }
    case StmtKind::Return: return true;
    case StmtKind::Expr: return is_panic_call(static_cast<ExprStmt*>(s)->x);  // (issue 6) check_panic.cpp
    case StmtKind::Branch: {
      Token t = static_cast<BranchStmt*>(s)->tok;
      return t == Token::Goto || t == Token::Fallthrough;
    }
    case StmtKind::Block: return is_terminating_list(static_cast<BlockStmt*>(s)->list, "");
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      return i->else_ != nullptr && is_terminating(i->body, "") && is_terminating(i->else_, "");
    }
    case StmtKind::Switch:
    case StmtKind::TypeSwitch:
    case StmtKind::Select: {
      BlockStmt* body = s->kind == StmtKind::Switch       ? static_cast<SwitchStmt*>(s)->body
                        : s->kind == StmtKind::TypeSwitch ? static_cast<TypeSwitchStmt*>(s)->body
                                                          : static_cast<SelectStmt*>(s)->body;
      bool has_default = s->kind == StmtKind::Select;
      if (body == nullptr) return false;
      for (Stmt* c : body->list) {
        const std::vector<Stmt*>* list = nullptr;
        if (c->kind == StmtKind::CaseClause) {
          auto* cc = static_cast<CaseClause*>(c);
          if (cc->is_default || cc->list.empty()) has_default = true;
          list = &cc->body;
        } else {
          list = &static_cast<CommClause*>(c)->body;
        }
        if (!is_terminating_list(*list, "") || has_break_list(*list, label, true)) return false;
      }
      return has_default;
    }
    case StmtKind::For: {
      auto* f = static_cast<ForStmt*>(s);
      return f->cond == nullptr && (f->body == nullptr || !has_break(f->body, label, true));
    }
    default: return false;
  }
}

bool Checker::is_terminating_list(const std::vector<Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i]->kind != StmtKind::Empty) return is_terminating(list[i], label);
  }
  return false;
}

// ------------------------------------------------------------------ branches

// gc's syntax.checkBranches, with its messages.
struct BranchChecker {
  Checker& check;

  struct Block {
    Block* parent;
    Pos start;
    LabeledStmt* lstmt;  // the labeled statement this block belongs to
  };
  struct Label {
    Block* parent;
    LabeledStmt* lstmt;
    Object* obj;
    bool used;
  };
  struct Targets {
    Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
    Stmt* continues = nullptr;  // ForStmt, RangeStmt
    int case_index = -1;        // in the innermost switch, or -1
    size_t case_count = 0;
  };

  std::map<std::string, Label> labels;
  std::vector<BranchStmt*> gotos;

  void err(Pos pos, const std::string& msg) { check.error(pos, msg); }

  static bool is_loop(Stmt* s) { return s->kind == StmtKind::For || s->kind == StmtKind::Range; }

  // The enclosing labeled statement called name; invalid (Stmt nullptr,
  // found) when the label exists but does not enclose; nullptr when none.
  LabeledStmt* enclosing_target(Block* b, const std::string& name, bool* defined) {
    auto it = labels.find(name);
    *defined = it != labels.end();
    if (!*defined) return nullptr;
    it->second.used = true;
    for (; b != nullptr; b = b->parent) {
      if (b->lstmt == it->second.lstmt) return it->second.lstmt;
    }
    return nullptr;
  }

  void block(Block* parent, Targets ctxt, LabeledStmt* lstmt, BlockStmt* body) {
    if (body != nullptr) block(parent, ctxt, lstmt, body->pos, body->list);
  }

  void block(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start, const std::vector<Stmt*>& body) {
    Block b{parent, start, lstmt};
    std::vector<Stmt*> list = trim_trailing_empty(body);
    for (size_t i = 0; i < list.size(); i++) stmt(&b, ctxt, list[i], i, list.size());
  }

  void stmt(Block* b, Targets ctxt, Stmt* s, size_t index, size_t count) {
    LabeledStmt* lstmt = nullptr;
    while (s->kind == StmtKind::Labeled) {
      auto* ls = static_cast<LabeledStmt*>(s);
      const std::string& name = ls->label->name;
      if (name != "_") {
        auto it = labels.find(name);
        if (it != labels.end()) {
          err(ls->label->pos, "label " + name + " already defined at " + check.pos_string(it->second.lstmt->label->pos));
          ls->label->obj = it->second.obj;
        } else {
          Object* obj = check.new_object(ObjKind::Label, name, ls->label->pos, nullptr);
          ls->label->obj = obj;
          labels[name] = Label{b, ls, obj, false};
        }
        lstmt = ls;
      }
      s = ls->stmt;
    }
    Targets inner{ctxt.breaks, ctxt.continues, -1, 0};
    switch (s->kind) {
      case StmtKind::Branch: branch(b, ctxt, static_cast<BranchStmt*>(s), index, count); break;
      case StmtKind::Block: block(b, inner, lstmt, s->pos, static_cast<BlockStmt*>(s)->list); break;
      case StmtKind::If: {
        auto* is = static_cast<IfStmt*>(s);
        block(b, inner, lstmt, is->body);
        if (is->else_ != nullptr) block(b, inner, lstmt, is->else_->pos, {is->else_});
        break;
      }
      case StmtKind::For: {
        auto* fs = static_cast<ForStmt*>(s);
        block(b, Targets{s, s, -1, 0}, lstmt, fs->body);
        break;
      }
      case StmtKind::Range: {
        auto* rs = static_cast<RangeStmt*>(s);
        block(b, Targets{s, s, -1, 0}, lstmt, rs->body);
        break;
      }
      case StmtKind::Switch:
      case StmtKind::TypeSwitch:
      case StmtKind::Select: {
        BlockStmt* body = s->kind == StmtKind::Switch       ? static_cast<SwitchStmt*>(s)->body
                          : s->kind == StmtKind::TypeSwitch ? static_cast<TypeSwitchStmt*>(s)->body
                                                            : static_cast<SelectStmt*>(s)->body;
        if (body == nullptr) break;
        Targets t{s, ctxt.continues, -1, body->list.size()};
        for (size_t i = 0; i < body->list.size(); i++) {
          Stmt* c = body->list[i];
          if (c->kind == StmtKind::CaseClause) {
            t.case_index = s->kind == StmtKind::Select ? -1 : static_cast<int>(i);
            block(b, t, lstmt, c->pos, static_cast<CaseClause*>(c)->body);
          } else if (c->kind == StmtKind::CommClause) {
            t.case_index = -1;
            block(b, t, lstmt, c->pos, static_cast<CommClause*>(c)->body);
          }
        }
        break;
      }
      default: break;
    }
  }

  void branch(Block* b, Targets ctxt, BranchStmt* s, size_t index, size_t count) {
    if (s->label == nullptr) {
      switch (s->tok) {
        case Token::Break:
          if (ctxt.breaks != nullptr) {
            s->target = ctxt.breaks;
          } else {
            err(s->pos, "break is not in a loop, switch, or select");
          }
          break;
        case Token::Continue:
          if (ctxt.continues != nullptr) {
            s->target = ctxt.continues;
          } else {
            err(s->pos, "continue is not in a loop");
          }
          break;
        case Token::Fallthrough: {
          std::string msg = "fallthrough statement out of place";
          Stmt* t = ctxt.breaks;
          if (t != nullptr && t->kind == StmtKind::TypeSwitch) {
            msg = "cannot fallthrough in type switch";
          } else if (t != nullptr && t->kind == StmtKind::Switch) {
            if (ctxt.case_index < 0 || index + 1 < count) {
              // nested in a block, or not the clause's last statement
            } else if (static_cast<size_t>(ctxt.case_index) + 1 == ctxt.case_count) {
              msg = "cannot fallthrough final case in switch";
            } else {
              s->target = t;
              return;
            }
          }
          err(s->pos, msg);
          break;
        }
        default: break;
      }
      return;
    }
    const std::string& name = s->label->name;
    bool defined;
    switch (s->tok) {
      case Token::Break: {
        LabeledStmt* t = enclosing_target(b, name, &defined);
        if (defined) s->label->obj = labels[name].obj;
        if (t != nullptr) {
          StmtKind k = t->stmt->kind;
          if (k == StmtKind::Switch || k == StmtKind::TypeSwitch || k == StmtKind::Select || is_loop(t->stmt)) {
            s->target = t->stmt;
            return;
          }
        }
        if (defined) {
          err(s->label->pos, "invalid break label " + name);
        } else {
          err(s->label->pos, "break label not defined: " + name);
        }
        break;
      }
      case Token::Continue: {
        LabeledStmt* t = enclosing_target(b, name, &defined);
        if (defined) s->label->obj = labels[name].obj;
        if (t != nullptr && is_loop(t->stmt)) {
          s->target = t->stmt;
          return;
        }
        if (defined) {
          err(s->label->pos, "invalid continue label " + name);
        } else {
          err(s->label->pos, "continue label not defined: " + name);
        }
        break;
      }
      case Token::Goto: gotos.push_back(s); break;
      default: break;
    }
  }

  void finish() {
    for (BranchStmt* g : gotos) {
      auto it = labels.find(g->label->name);
      if (it == labels.end()) {
        err(g->label->pos, "label " + g->label->name + " not defined");
        continue;
      }
      it->second.used = true;
      g->label->obj = it->second.obj;
      g->target = it->second.lstmt;
    }
    for (auto& [name, l] : labels) {
      if (!l.used) err(l.lstmt->label->pos, "label " + name + " defined and not used");
    }
  }
};

void Checker::check_branches(BlockStmt* body) {
  BranchChecker bc{*this, {}, {}};
  bc.block(nullptr, BranchChecker::Targets{}, nullptr, body);
  bc.finish();
}

}  // namespace govm
