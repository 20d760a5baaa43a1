// Escape analysis (issue 3): for every variable and every allocation site,
// stack or heap, with the reason, as Go 1.19's gc decides it
// (cmd/compile/internal/escape; compare with go build -gcflags='-m -l').
//
// The design is gc's:
//  - Functions are analysed bottom-up over the call graph, one strongly
//    connected component (a "batch") at a time, so that a caller sees its
//    callees' parameter tags: how each parameter leaks (to the heap, to
//    result i, with how many derefs), "leaking param: p to result ~r0
//    level=0". Functions of one batch (recursion) are analysed together,
//    arguments flowing straight into the callee's parameters.
//  - A batch is a graph of locations (variables, allocation sites,
//    temporaries, the heap) and assignment edges with deref counts
//    (escape_walk.cpp builds it from the tree); the solver
//    (escape_graph.cpp) finds the locations whose address reaches something
//    that outlives them: the heap, a result, a variable declared outside
//    the loop the location was allocated in.
//  - Sites that cannot be on the stack whatever the flow go to the heap
//    first (gc's HeapAllocReason): variables over 10 MiB, implicit
//    allocations (new, &T{}, make) over 64 KiB, make with a size that is
//    not constant.
//  - No inlining: every call is a call (gc's -l).
//  - What gc drops before escape analysis (dead branches on constants,
//    statically laid-out package variables) is skipped
//    (escape_deadcode.cpp); messages name things as gc prints them
//    (escape_names.cpp).
// The package's variable initializers are one last batch (gc's init).
//
// Results: Object::storage = Heap and Expr::escape for code generation,
// each with one readable reason line; CheckedPackage::escape_notes in gc's
// -m words, sorted by position, with -m=2's explanation lines.
#include "compiler/escape.h"

#include <algorithm>
#include <climits>
#include <map>
#include <optional>

#include "compiler/compiler.h"
#include "compiler/escape_graph.h"
#include "compiler/types.h"

namespace govm {

namespace {

using escape::Analysis;
using escape::Batch;
using escape::FuncState;
using escape::Leaks;
using escape::LocKind;
using escape::Location;

constexpr uint64_t kMaxStackVarSize = 10 << 20;         // gc's ir.MaxStackVarSize
constexpr uint64_t kMaxImplicitStackVarSize = 64 << 10;  // gc's ir.MaxImplicitStackVarSize

// ------------------------------------------------------------ call graph

void collect_expr(Expr* e, std::vector<const FuncDecl*>& out);

void collect_exprs(const std::vector<Expr*>& l, std::vector<const FuncDecl*>& out) {
  for (Expr* e : l) collect_expr(e, out);
}

void collect_stmt(Stmt* s, std::vector<const FuncDecl*>& out);

void collect_stmts(const std::vector<Stmt*>& l, std::vector<const FuncDecl*>& out) {
  for (Stmt* s : l) collect_stmt(s, out);
}

void collect_expr(Expr* e, std::vector<const FuncDecl*>& out) {
  if (e == nullptr || e->mode == Mode::TypeExpr) return;
  switch (e->kind) {
    case ExprKind::Ident: {
      const Object* o = static_cast<Ident*>(e)->obj;
      if (o != nullptr && o->kind == ObjKind::Func && o->decl != nullptr) out.push_back(o->decl);
      return;
    }
    case ExprKind::CompositeLit: collect_exprs(static_cast<CompositeLit*>(e)->elts, out); return;
    case ExprKind::FuncLit: collect_stmt(static_cast<FuncLit*>(e)->body, out); return;
    case ExprKind::Paren: collect_expr(static_cast<ParenExpr*>(e)->x, out); return;
    case ExprKind::Selector: {
      auto* s = static_cast<SelectorExpr*>(e);
      const Object* m = s->sel_kind == SelKind::Method && s->sel != nullptr ? s->sel->obj : nullptr;
      if (m != nullptr && m->recv != nullptr && m->decl != nullptr) out.push_back(m->decl);  // (issue 6) a method
      collect_expr(s->x, out);
      return;
    }
    case ExprKind::Index:
      collect_expr(static_cast<IndexExpr*>(e)->x, out);
      collect_expr(static_cast<IndexExpr*>(e)->index, out);
      return;
    case ExprKind::Slice: {
      auto* x = static_cast<SliceExpr*>(e);
      for (Expr* sub : {x->x, x->lo, x->hi, x->max}) collect_expr(sub, out);
      return;
    }
    case ExprKind::TypeAssert: collect_expr(static_cast<TypeAssertExpr*>(e)->x, out); return;
    case ExprKind::Call:
      collect_expr(static_cast<CallExpr*>(e)->fun, out);
      collect_exprs(static_cast<CallExpr*>(e)->args, out);
      return;
    case ExprKind::Star: collect_expr(static_cast<StarExpr*>(e)->x, out); return;
    case ExprKind::Unary: collect_expr(static_cast<UnaryExpr*>(e)->x, out); return;
    case ExprKind::Binary:
      collect_expr(static_cast<BinaryExpr*>(e)->x, out);
      collect_expr(static_cast<BinaryExpr*>(e)->y, out);
      return;
    case ExprKind::KeyValue:
      collect_expr(static_cast<KeyValueExpr*>(e)->key, out);
      collect_expr(static_cast<KeyValueExpr*>(e)->value, out);
      return;
    default: return;
  }
}

void collect_stmt(Stmt* s, std::vector<const FuncDecl*>& out) {
  if (s == nullptr) return;
  switch (s->kind) {
    case StmtKind::Decl: {
      GenDecl* d = static_cast<DeclStmt*>(s)->decl;
      if (d != nullptr && d->tok == Token::Var)
        for (Spec* sp : d->specs) collect_exprs(static_cast<ValueSpec*>(sp)->values, out);
      return;
    }
    case StmtKind::Labeled: collect_stmt(static_cast<LabeledStmt*>(s)->stmt, out); return;
    case StmtKind::Expr: collect_expr(static_cast<ExprStmt*>(s)->x, out); return;
    case StmtKind::Send:
      collect_expr(static_cast<SendStmt*>(s)->chan, out);
      collect_expr(static_cast<SendStmt*>(s)->value, out);
      return;
    case StmtKind::IncDec: collect_expr(static_cast<IncDecStmt*>(s)->x, out); return;
    case StmtKind::Assign:
      collect_exprs(static_cast<AssignStmt*>(s)->lhs, out);
      collect_exprs(static_cast<AssignStmt*>(s)->rhs, out);
      return;
    case StmtKind::Go: collect_expr(static_cast<GoStmt*>(s)->call, out); return;
    case StmtKind::Select: collect_stmt(static_cast<SelectStmt*>(s)->body, out); return;
    case StmtKind::CommClause:
      collect_stmt(static_cast<CommClause*>(s)->comm, out);
      collect_stmts(static_cast<CommClause*>(s)->body, out);
      return;
    case StmtKind::Defer: collect_expr(static_cast<DeferStmt*>(s)->call, out); return;
    case StmtKind::Return: collect_exprs(static_cast<ReturnStmt*>(s)->results, out); return;
    case StmtKind::Block: collect_stmts(static_cast<BlockStmt*>(s)->list, out); return;
    case StmtKind::If: {
      auto* x = static_cast<IfStmt*>(s);
      collect_stmt(x->init, out);
      collect_expr(x->cond, out);
      collect_stmt(x->body, out);
      collect_stmt(x->else_, out);
      return;
    }
    case StmtKind::CaseClause:
      collect_exprs(static_cast<CaseClause*>(s)->list, out);
      collect_stmts(static_cast<CaseClause*>(s)->body, out);
      return;
    case StmtKind::Switch: {
      auto* x = static_cast<SwitchStmt*>(s);
      collect_stmt(x->init, out);
      collect_expr(x->tag, out);
      collect_stmt(x->body, out);
      return;
    }
    case StmtKind::TypeSwitch: {  // (issue 6)
      auto* x = static_cast<TypeSwitchStmt*>(s);
      collect_stmt(x->init, out);
      collect_stmt(x->assign, out);
      collect_stmt(x->body, out);
      return;
    }
    case StmtKind::For: {
      auto* x = static_cast<ForStmt*>(s);
      collect_stmt(x->init, out);
      collect_expr(x->cond, out);
      collect_stmt(x->post, out);
      collect_stmt(x->body, out);
      return;
    }
    case StmtKind::Range: {
      auto* x = static_cast<RangeStmt*>(s);
      collect_expr(x->x, out);
      collect_stmt(x->body, out);
      return;
    }
    default: return;
  }
}

// Tarjan's strongly connected components: each component comes out after
// every component it calls, which is the bottom-up order gc analyses in.
struct Tarjan {
  std::map<const FuncDecl*, std::vector<const FuncDecl*>>& edges;
  std::map<const FuncDecl*, int> index, low;
  std::vector<const FuncDecl*> stack;
  std::map<const FuncDecl*, bool> on_stack;
  std::vector<std::vector<const FuncDecl*>> sccs;
  int next = 0;

  void visit(const FuncDecl* v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    on_stack[v] = true;
    for (const FuncDecl* w : edges[v]) {
      if (!edges.count(w)) continue;  // a function without a body
      if (!index.count(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack[w]) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] != index[v]) return;
    std::vector<const FuncDecl*> scc;
    const FuncDecl* w = nullptr;
    do {
      w = stack.back();
      stack.pop_back();
      on_stack[w] = false;
      scc.push_back(w);
    } while (w != v);
    std::reverse(scc.begin(), scc.end());
    sccs.push_back(std::move(scc));
  }
};

// ------------------------------------------------------------ heap reasons

std::optional<int64_t> small_int_const(const Expr* e) {
  if (e == nullptr || e->mode != Mode::Constant || !e->value || e->value->kind != Constant::Kind::Int) return {};
  const __int128 v = e->value->i;
  if (v < INT32_MIN || v > INT32_MAX) return {};
  return static_cast<int64_t>(v);
}

bool is_builtin_call(const Expr* e, Builtin b) {
  if (e == nullptr || e->kind != ExprKind::Call) return false;
  auto* c = static_cast<const CallExpr*>(e);
  return c->call_kind == CallKind::Builtin && c->builtin == static_cast<int>(b);
}

// gc's HeapAllocReason: why a location cannot be on the stack whatever
// flows into it; empty when it could.
std::string heap_alloc_reason(const Location& l) {
  if (l.kind == LocKind::Var) {
    if (l.var == nullptr || l.var->is_param || l.result_index > 0 || l.var->type == nullptr) return {};
    return l.var->type->size > kMaxStackVarSize ? "too large for stack" : "";
  }
  if (l.kind != LocKind::Site || l.site == nullptr) return {};
  const Expr* e = l.site;
  const bool ptr_lit = e->kind == ExprKind::Unary ||
                       (e->kind == ExprKind::CompositeLit && static_cast<const CompositeLit*>(e)->addr &&
                        l.site_text.rfind('&', 0) == 0);
  if (ptr_lit || is_builtin_call(e, Builtin::New)) {
    const Type* t = e->type != nullptr ? e->type->underlying() : nullptr;
    if (t != nullptr && t->kind == TypeKindC::Pointer && t->elem != nullptr && t->elem->size > kMaxImplicitStackVarSize)
      return "too large for stack";
    return {};
  }
  if (is_builtin_call(e, Builtin::Make)) {
    auto* c = static_cast<const CallExpr*>(e);
    const Type* t = e->type != nullptr ? e->type->underlying() : nullptr;
    if (t == nullptr || t->kind != TypeKindC::Slice || c->args.size() < 2) return {};
    const Expr* r = c->args.size() > 2 ? c->args[2] : c->args[1];
    auto n = small_int_const(r);
    if (!n) return "non-constant size";
    if (t->elem != nullptr && t->elem->size != 0 && static_cast<uint64_t>(*n) > kMaxImplicitStackVarSize / t->elem->size)
      return "too large for stack";
  }
  return {};
}

// ------------------------------------------------------------------ notes

void add_note(CheckedPackage& pkg, Pos pos, std::string message, std::vector<std::string> explanation = {}) {
  pkg.escape_notes.push_back(EscapeNote{pos, std::move(message), std::move(explanation)});
}

// gc's paramTag: what callers will assume of each parameter, and its note.
void tag_params(CheckedPackage& pkg, const FuncDecl* fd, FuncState& fs) {
  fs.tags.clear();
  for (size_t i = 0; i < fs.params.size(); ++i) {
    Location* l = fs.params[i];
    const Object* o = fs.param_objs[i];
    Leaks esc;
    if (l == nullptr || o == nullptr || !escape::has_pointers(o->type)) {
      fs.tags.push_back(esc);
      continue;
    }
    esc = l->param_esc;
    esc.optimize();
    fs.tags.push_back(esc);
    if (l->escapes) continue;  // "moved to heap: p" says it all
    if (esc.empty()) add_note(pkg, o->pos, o->name + " does not escape");
    if (esc.heap() >= 0)
      add_note(pkg, o->pos, esc.heap() == 0 ? "leaking param: " + o->name : "leaking param content: " + o->name,
               l->leak_explanation);
    for (int r = 0; r < escape::kEscResults && static_cast<size_t>(r) < fs.results.size(); ++r)
      if (esc.result(r) >= 0)
        add_note(pkg, o->pos,
                 "leaking param: " + o->name + " to result " + fs.results[r]->label + " level=" +
                     std::to_string(esc.result(r)),
                 l->leak_explanation);
  }
  (void)fd;
  fs.in_batch = false;
  fs.tagged = true;
}

// Decisions and notes for every location of a solved batch.
void finish(CheckedPackage& pkg, Batch& b) {
  for (const auto& lp : b.locations()) {
    Location& l = *lp;
    if (l.kind == LocKind::Var && l.var != nullptr) {
      if (!l.escapes) continue;
      l.var->storage = Storage::Heap;
      l.var->escape_reason = l.reason;
      add_note(pkg, l.pos, "moved to heap: " + l.var->name, l.explanation);
      continue;
    }
    if (l.reported_temp) {
      if (l.escapes) add_note(pkg, l.pos, "moved to heap: " + l.label, l.explanation);
      continue;
    }
    if (l.kind != LocKind::Site || l.site_text.empty()) continue;
    if (l.site != nullptr) {
      l.site->escape = l.escapes ? EscapeDecision::Heap : EscapeDecision::Stack;
      l.site->escape_reason = l.escapes ? l.reason : "";
    }
    // (issue 6, func) a go/defer statement's wrapper closure has no
    // literal: gc says nothing of it
    if (l.site_text == "func literal" && l.site == nullptr) continue;
    add_note(pkg, l.pos, l.site_text + (l.escapes ? " escapes to heap" : " does not escape"), l.explanation);
  }
}

void solve(CheckedPackage& pkg, Batch& b) {
  for (const auto& lp : b.locations()) {
    Location& l = *lp;
    const std::string why = heap_alloc_reason(l);
    if (why.empty()) continue;
    const std::string what = l.kind == LocKind::Var ? l.label : l.site_text;
    b.flow(b.heap_hole().addr(what, why, l.pos), &l);
    l.reason = what + ": " + why;  // intrinsic: the reason, whatever else flows
  }
  b.walk_all();
  (void)pkg;
}

void run_batch(Analysis& a, const std::vector<const FuncDecl*>& fns) {
  Batch b(a.pkg->file != nullptr ? a.pkg->file->path : "prog.go");
  a.batch = &b;
  a.vars.clear();
  for (const FuncDecl* fd : fns) escape::init_func(a, fd);
  for (const FuncDecl* fd : fns) escape::walk_func(a, fd);
  escape::flow_closures(a);  // (issue 6, func)
  solve(*a.pkg, b);
  for (const FuncDecl* fd : fns) tag_params(*a.pkg, fd, a.funcs[fd]);
  for (const FuncDecl* fd : a.lits) tag_params(*a.pkg, fd, a.funcs[fd]);  // (issue 6, func) closures
  a.lits.clear();
  finish(*a.pkg, b);
  a.batch = nullptr;
}

void sort_notes(std::vector<EscapeNote>& notes) {
  std::stable_sort(notes.begin(), notes.end(), [](const EscapeNote& x, const EscapeNote& y) { return x.pos < y.pos; });
  // Identical messages at one position (a value and its conversion to
  // interface) once, with both explanations.
  std::vector<EscapeNote> out;
  for (EscapeNote& n : notes) {
    auto dup = std::find_if(out.begin(), out.end(), [&n](const EscapeNote& o) {
      return o.pos == n.pos && o.message == n.message;
    });
    if (dup == out.end()) {
      out.push_back(std::move(n));
    } else if (dup->explanation != n.explanation) {
      dup->explanation.insert(dup->explanation.end(), n.explanation.begin(), n.explanation.end());
    }
  }
  notes = std::move(out);
}

}  // namespace

std::string site_name(const Expr* site) {
  if (site != nullptr && site->kind == ExprKind::CompositeLit && static_cast<const CompositeLit*>(site)->addr)
    return "&" + escape::gc_string(site);
  if (site != nullptr && site->kind == ExprKind::Call && static_cast<const CallExpr*>(site)->call_kind == CallKind::Func)
    return "... argument";  // the slice a variadic call packs its arguments in
  return escape::gc_string(site);
}

void analyze_escapes(CheckedPackage& pkg) {
  pkg.escape_notes.clear();
  Analysis a;
  a.pkg = &pkg;
  std::map<const FuncDecl*, std::vector<const FuncDecl*>> edges;
  for (FuncDecl* fd : pkg.funcs) {
    if (fd->body == nullptr) continue;
    collect_stmt(fd->body, edges[fd]);
  }
  Tarjan t{edges, {}, {}, {}, {}, {}, 0};
  for (FuncDecl* fd : pkg.funcs)
    if (fd->body != nullptr && !t.index.count(fd)) t.visit(fd);
  for (const auto& scc : t.sccs) run_batch(a, scc);
  // The package's variable initializers: gc's init function.
  Batch b(pkg.file != nullptr ? pkg.file->path : "prog.go");
  a.batch = &b;
  a.vars.clear();
  escape::walk_global_inits(a);
  escape::flow_closures(a);  // (issue 6, func)
  solve(pkg, b);
  for (const FuncDecl* fd : a.lits) tag_params(pkg, fd, a.funcs[fd]);  // (issue 6, func) closures
  a.lits.clear();
  finish(pkg, b);
  for (auto& [pos, message] : a.self_assigns) add_note(pkg, pos, message);
  sort_notes(pkg.escape_notes);
}

}  // namespace govm
