// The escape walk (gc's expr.go, stmt.go, assign.go, call.go): turns one
// function's checked tree into edges of the location graph.
//
// expr(k, e) models "evaluate e and store its value in hole k"; addr(e)
// returns the hole that storing into e writes. The rules, as gc's:
//   &x        k.addr    (derefs - 1)         *p, p.f, s[i]  k.deref (+1)
//   x.f, a[i] of an array value: the same hole, noted "dot"
//   new(T), &T{}, []T{...}, make, string([]byte), s + t: a new site
//     location whose address flows to k (spill); a slice literal's
//     elements flow into the site
//   map literal keys and values, sent values, append's appended values,
//     map keys put: the heap
//   calls: each argument flows to what the callee's parameter tag says
//     (leaks to the heap or to result i with N derefs), or, in the same
//     batch (recursion), to the callee's parameter location itself
//   fmt.Print*: arguments are converted to interface (a spill, "{storage
//     for x}") and packed in a "... argument" slice whose content leaks to
//     the heap; print/println leak nothing.
//   (issue 5) channels: a sent value goes to the heap, the channel itself
//     flows nowhere (send, receive, close, len, cap only read it), a
//     received value comes from nowhere (it was on the heap already),
//     make(chan T) is always runtime.makechan's and gc says nothing of it;
//     select walks each case's communication as the statement it is and
//     its body; go statements wrap their call in a closure (go_defer);
//     sync's methods leak their receiver to the heap (gc's tags for them,
//     through runtime_Semacquire), so `wg.Add(1)` moves wg to the heap.
// Values without pointers flow nowhere (the blank hole): copying an int
// cannot make anything escape. Variables carry the loop depth of their
// declaration; a for or range body is one deeper.
#include <algorithm>
#include <optional>

#include "compiler/escape_graph.h"
#include "compiler/strings_pkg.h"
#include "runtime/natives.h"

namespace govm::escape {

namespace {

// gc's IsDirectIface: values stored in an interface word as they are.
bool is_direct_iface(const Type* t) {
  if (t == nullptr) return false;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::Pointer: case TypeKindC::Map: case TypeKindC::Chan: case TypeKindC::Func:
    case TypeKindC::UnsafePointer:
      return true;
    case TypeKindC::Array: return u->len == 1 && is_direct_iface(u->elem);
    case TypeKindC::Struct: return u->fields.size() == 1 && is_direct_iface(u->fields[0].type);
    default: return false;
  }
}

bool is_var(const Expr* e) {
  if (e == nullptr || e->kind != ExprKind::Ident) return false;
  const Object* o = static_cast<const Ident*>(e)->obj;
  return o != nullptr && o->kind == ObjKind::Var;
}

// (issue 6, defer) Where gc reports panic(v)'s conversion of v to
// interface: where its position cursor stood after typechecking v, the
// last operand in source order that is not a constant (a variable's name,
// a call's '(', a composite literal's '{'); for a constant v, panic's '('.
// Found against gc 1.19's -m (tests/escape/panic.go).
Pos panic_arg_pos(const Expr* e, Pos fallback) {
  if (e == nullptr || e->value.has_value()) return fallback;
  auto last = [&](std::initializer_list<const Expr*> parts) {
    Pos p = fallback;
    for (const Expr* x : parts) p = panic_arg_pos(x, p);
    return p;
  };
  switch (e->kind) {
    case ExprKind::Paren: return panic_arg_pos(static_cast<const ParenExpr*>(e)->x, fallback);
    case ExprKind::Unary: return last({static_cast<const UnaryExpr*>(e)->x});
    case ExprKind::Star: return last({static_cast<const StarExpr*>(e)->x});
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      return last({b->x, b->y});
    }
    case ExprKind::Selector: return last({static_cast<const SelectorExpr*>(e)->x});
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      return last({ix->x, ix->index});
    }
    case ExprKind::Slice: {
      const auto* sl = static_cast<const SliceExpr*>(e);
      return last({sl->x, sl->lo, sl->hi, sl->max});
    }
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind == CallKind::Conversion && c->args.size() == 1) return last({c->args[0]});
      if (c->call_kind == CallKind::Builtin) {  // len(s): its operands, as for an operator
        Pos p = fallback;
        for (const Expr* a : c->args) p = panic_arg_pos(a, p);
        return p;
      }
      return c->lparen;
    }
    default: return gc_pos(e);
  }
}

// The function a call calls statically, when it is one of the package's.
const FuncDecl* static_callee(const CallExpr* c) {
  const Expr* f = unparen(c->fun);
  if (f != nullptr && f->kind == ExprKind::Selector) {  // (issue 6) x.M(): the method, x its first argument
    const auto* s = static_cast<const SelectorExpr*>(f);
    const Object* m = s->sel_kind == SelKind::Method && s->sel != nullptr ? s->sel->obj : nullptr;
    return m != nullptr && m->recv != nullptr ? m->decl : nullptr;
  }
  if (f == nullptr || f->kind != ExprKind::Ident) return nullptr;
  const Object* o = static_cast<const Ident*>(f)->obj;
  return o != nullptr && o->kind == ObjKind::Func ? o->decl : nullptr;
}

bool is_fmt_print(const CallExpr* c, size_t& fixed) {
  if (c->call_kind != CallKind::Native) return false;
  switch (static_cast<NativeId>(c->native)) {
    case NativeId::fmt_Println: case NativeId::fmt_Print: fixed = 0; return true;
    case NativeId::fmt_Printf: fixed = 1; return true;
    case NativeId::fmt_Sprint: case NativeId::fmt_Sprintln: fixed = 0; return true;  // (issue 6, fmt)
    case NativeId::fmt_Sprintf: fixed = 1; return true;
    case NativeId::fmt_Errorf: fixed = 1; return true;  // (issue 6, errs)
    case NativeId::errors_Join: fixed = 0; return true;  // (issue 6, errs) ...error: its content leaks, as fmt's ...any
    default: return false;
  }
}

// A conversion that allocates: string <-> []byte/[]rune, integer -> string.
bool is_alloc_conversion(const CallExpr* c) {
  if (c->call_kind != CallKind::Conversion || c->args.size() != 1 || c->type == nullptr) return false;
  const Type* from = c->args[0]->type;
  if (from == nullptr) return false;
  const Type* to = c->type->underlying();
  from = from->underlying();
  return (to->is_string() && (from->kind == TypeKindC::Slice || (from->is_integer() && !from->is_untyped()))) ||
         (to->kind == TypeKindC::Slice && from->is_string());
}

// For each step of a field selector's path (x.E.f: E, then f), whether
// the value it starts from is a pointer (an implicit dereference).
std::vector<bool> selector_steps(const SelectorExpr* s) {
  std::vector<bool> out;
  const Type* t = s->x->type;
  for (size_t i = 0; i < s->path.size(); ++i) {
    const Type* u = t != nullptr ? t->underlying() : nullptr;
    const bool ptr = u != nullptr && u->kind == TypeKindC::Pointer;
    out.push_back(ptr);
    if (ptr) u = u->elem != nullptr ? u->elem->underlying() : nullptr;
    const int f = s->path[i];
    t = u != nullptr && u->kind == TypeKindC::Struct && f >= 0 && static_cast<size_t>(f) < u->fields.size()
            ? u->fields[f].type
            : nullptr;
  }
  if (out.empty()) out.push_back(is_kind(s->x->type, TypeKindC::Pointer));
  return out;
}

// A string concatenation evaluated at run time.
bool is_concat(const Expr* e) {
  return e != nullptr && e->kind == ExprKind::Binary && static_cast<const BinaryExpr*>(e)->op == Token::Add &&
         e->mode != Mode::Constant && e->type != nullptr && e->type->is_string();
}

// gc's SameSafeExpr: two expressions that denote the same memory without
// side effects (x.f and x.f, a[1] and a[1], *p and *p).
bool same_safe_expr(Expr* l, Expr* r) {
  l = unparen(l);
  r = unparen(r);
  if (l == nullptr || r == nullptr || l->kind != r->kind) return false;
  switch (l->kind) {
    case ExprKind::Ident: {
      const Object* o = static_cast<Ident*>(l)->obj;
      return o != nullptr && o == static_cast<Ident*>(r)->obj;
    }
    case ExprKind::Selector: {
      auto* a = static_cast<SelectorExpr*>(l);
      auto* b = static_cast<SelectorExpr*>(r);
      return a->sel_kind == SelKind::Field && a->path == b->path && same_safe_expr(a->x, b->x);
    }
    case ExprKind::Star: return same_safe_expr(static_cast<StarExpr*>(l)->x, static_cast<StarExpr*>(r)->x);
    case ExprKind::Index:
      return same_safe_expr(static_cast<IndexExpr*>(l)->x, static_cast<IndexExpr*>(r)->x) &&
             same_safe_expr(static_cast<IndexExpr*>(l)->index, static_cast<IndexExpr*>(r)->index);
    case ExprKind::BasicLit: return l->mode == Mode::Constant && l->value && r->value && gc_string(l) == gc_string(r);
    default: return false;
  }
}

// gc's mayAffectMemory, for indices: anything but names, constants and
// arithmetic on them may.
bool may_affect_memory(Expr* e) {
  e = unparen(e);
  if (e == nullptr || e->mode == Mode::Constant) return false;
  switch (e->kind) {
    case ExprKind::Ident: return false;
    case ExprKind::Binary:
      return may_affect_memory(static_cast<BinaryExpr*>(e)->x) || may_affect_memory(static_cast<BinaryExpr*>(e)->y);
    case ExprKind::Index:
      return may_affect_memory(static_cast<IndexExpr*>(e)->x) || may_affect_memory(static_cast<IndexExpr*>(e)->index);
    case ExprKind::Selector: return may_affect_memory(static_cast<SelectorExpr*>(e)->x);
    case ExprKind::Star: return may_affect_memory(static_cast<StarExpr*>(e)->x);
    case ExprKind::Unary: return may_affect_memory(static_cast<UnaryExpr*>(e)->x);
    default: return true;
  }
}

// The name p of *p or p.f (through the pointer p), else nullptr.
const Object* deref_base(Expr* e) {
  e = unparen(e);
  Expr* x = nullptr;
  if (e != nullptr && e->kind == ExprKind::Star) x = static_cast<StarExpr*>(e)->x;
  if (e != nullptr && e->kind == ExprKind::Selector && is_kind(static_cast<SelectorExpr*>(e)->x->type, TypeKindC::Pointer))
    x = static_cast<SelectorExpr*>(e)->x;
  x = unparen(x);
  return x != nullptr && x->kind == ExprKind::Ident ? static_cast<Ident*>(x)->obj : nullptr;
}

// gc's isSelfAssign: storing into dst what was loaded from the same place
// (p.f = p.f, a[i] = a[j] of one slice, b.buf = b.buf[1:]) moves nothing
// anywhere new, so the flow is ignored.
bool is_self_assign(Expr* dst, Expr* src) {
  dst = unparen(dst);
  src = unparen(src);
  if (dst == nullptr || src == nullptr) return false;
  if (src->kind == ExprKind::Slice && !is_kind(static_cast<SliceExpr*>(src)->x->type, TypeKindC::Array)) {
    const Object* d = deref_base(dst);
    if (d != nullptr && d == deref_base(static_cast<SliceExpr*>(src)->x)) return true;
  }
  if (dst->kind != src->kind) return false;
  if (dst->kind == ExprKind::Selector) {
    auto* a = static_cast<SelectorExpr*>(dst);
    auto* b = static_cast<SelectorExpr*>(src);
    return a->sel_kind == SelKind::Field && b->sel_kind == SelKind::Field && same_safe_expr(a->x, b->x);
  }
  if (dst->kind == ExprKind::Index) {
    auto* a = static_cast<IndexExpr*>(dst);
    auto* b = static_cast<IndexExpr*>(src);
    if (may_affect_memory(a->index) || may_affect_memory(b->index)) return false;
    return same_safe_expr(a->x, b->x);
  }
  return false;
}

// Go 1.22 gives each iteration of a loop its own copies of the variables
// its header declares (for i := ...; range with :=); Go 1.19, whose gc is
// the oracle here, has one variable per loop, declared outside it. govm
// follows today's Go, and code generation gives a heap-moved loop variable
// a fresh object each iteration; so loop variables are analysed at the
// body's loop depth, where an address kept across iterations moves them to
// the heap. (Where this makes govm's -m differ from gc 1.19's, the
// tests/escape annotation says so.)
constexpr bool kPerIterationLoopVars = true;

struct Walker {
  Analysis& a;
  Batch& b;
  const void* fn;  // the FuncDecl or FuncLit whose body this is
  std::vector<Location*> results;
  int loop_depth = 1;
  int autotmps = 0;  // gc's .autotmp_N, numbered per function
  // (issue 5) gc numbers the temporaries a go statement creates after
  // everything the function declares (len(fn.Dcl)): named parameters,
  // results, every local variable wherever it is declared, then the go
  // statements' earlier temporaries.
  int dcls = 0;
  int go_temps = 0;

  Walker(Analysis& an, const void* f) : a(an), b(*an.batch), fn(f) {}

  // f(g()) with g multi-valued: gc first assigns g's results to temporaries
  // (.autotmp_N), which become f's arguments.
  static bool multi_value_arg(const CallExpr* c) {
    if (c->args.size() != 1) return false;
    const Expr* x = unparen(c->args[0]);
    return x->kind == ExprKind::Call && x->type != nullptr && x->type->kind == TypeKindC::Tuple;
  }

  std::vector<Location*> expand_multi(CallExpr* c) {
    auto* inner = static_cast<CallExpr*>(unparen(c->args[0]));
    std::vector<Location*> temps;
    std::vector<Hole> ks;
    for (size_t i = 0; i < inner->type->params.size(); ++i) {
      Location* t = b.new_loc(LocKind::Temp, fn, loop_depth, false);
      t->label = ".autotmp_" + std::to_string(autotmps++);
      temps.push_back(t);
      ks.push_back(hole(t));
    }
    call(&ks, inner);
    return temps;
  }

  // ------------------------------------------------------------ locations

  Location* new_var(Object* o) {
    Location* l = b.new_loc(LocKind::Var, fn, loop_depth, false);
    l->var = o;
    l->label = o->name;
    l->pos = o->pos;
    a.vars[o] = l;
    return l;
  }

  Location* var_loc(Object* o) {
    auto it = a.vars.find(o);
    return it != a.vars.end() ? it->second : new_var(o);
  }

  // A declaration: the variable lives at the current loop depth.
  void dcl(Expr* e) {
    e = unparen(e);
    if (e == nullptr || e->kind != ExprKind::Ident) return;
    auto* id = static_cast<Ident*>(e);
    if (id->obj == nullptr || id->obj->kind != ObjKind::Var || id->obj->is_global) return;
    if (!(id->obj->pos == id->pos)) return;  // := redeclaring an existing variable
    var_loc(id->obj)->loop_depth = loop_depth;
  }

  Hole hole(Location* l) { return Hole{l, 0, nullptr, false}; }

  Hole spill(Hole k, Expr* site, const std::string& text, Pos pos) {
    Location* l = b.new_loc(LocKind::Site, fn, loop_depth, true);
    l->site = site;
    l->site_text = text;
    l->label = "{storage for " + text + "}";
    l->pos = pos;
    b.flow(k.addr(text, "spill", pos), l);
    return hole(l);
  }

  Hole spill(Hole k, Expr* site) { return spill(k, site, gc_string(site), gc_pos(site)); }

  Hole tee(const std::vector<Hole>& ks) {
    if (ks.empty()) return b.discard_hole();
    if (ks.size() == 1) return ks[0];
    Location* l = b.new_loc(LocKind::Temp, fn, loop_depth, true);
    for (const Hole& k : ks) b.flow(k, l);
    return hole(l);
  }

  Hole note(Hole k, const Expr* where, const char* why) { return k.note(gc_string(where), why, gc_pos(where)); }

  void discard(Expr* e) { expr(b.discard_hole(), e); }
  void discards(const std::vector<Expr*>& l) {
    for (Expr* e : l) discard(e);
  }
  void assign_heap(Expr* e, const char* why, const Expr* where) { expr(note(b.heap_hole(), where, why), e); }

  // ---------------------------------------------------------- expressions

  void expr(Hole k, Expr* e) {
    if (e == nullptr) return;
    switch (e->mode) {
      case Mode::Constant: case Mode::TypeExpr: case Mode::Builtin: case Mode::Nil: case Mode::Package:
      case Mode::Invalid:
        return;
      default: break;
    }
    if (k.derefs >= 0 && e->type != nullptr && !e->type->is_untyped() && !has_pointers(e->type))
      k = b.discard_hole();
    switch (e->kind) {
      case ExprKind::Ident: {
        Object* o = static_cast<Ident*>(e)->obj;
        if (o == nullptr || o->kind != ObjKind::Var || o->is_global) return;
        // (issue 6, func) a variable of an enclosing function is the same
        // location: flow_closures flows it into the closure object.
        b.flow(k, var_loc(o));
        return;
      }
      case ExprKind::Paren: expr(k, static_cast<ParenExpr*>(e)->x); return;
      case ExprKind::Unary: unary(k, static_cast<UnaryExpr*>(e)); return;
      case ExprKind::Star: expr(k.deref(gc_string(e), "indirection", gc_pos(e)), static_cast<StarExpr*>(e)->x); return;
      case ExprKind::Selector: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (s->sel_kind == SelKind::Method && s->method_value && s->x->mode != Mode::TypeExpr) {
          // (issue 6) x.M as a value: a closure holding the receiver (gc's OMETHVALUE)
          Hole h = spill(k, s);
          const Type* rt = s->x->type;
          for (int idx : s->path) {
            const Type* u = rt->underlying();
            if (u->kind == TypeKindC::Pointer) u = u->elem->underlying();
            rt = u->fields[static_cast<size_t>(idx)].type;
          }
          // (methods) and, as gc's OMETHVALUE, to the method's receiver
          // parameter (its tag; the heap for an interface's method), the
          // results assumed to reach the heap
          const Object* m = s->sel->obj;
          std::vector<Hole> rks;
          for (size_t r = 0; m->type != nullptr && r < m->type->results.size(); ++r) rks.push_back(b.heap_hole());
          const Hole param = tag_hole(&rks, m->decl, 0);
          Hole kr = builder_receiver(tee({param, h.note(gc_string(s), "captured by a closure", gc_pos(s))}), s);
          if (is_kind(rt, TypeKindC::Pointer) && !is_kind(s->sel->obj->recv, TypeKindC::Pointer)) kr = kr.shift(1);
          expr(kr, s->x);
          return;
        }
        if (s->sel_kind != SelKind::Field) return;
        // x.f, or x.E.f through embedded fields: a deref for each step
        // that starts from a pointer.
        const std::vector<bool> ptr = selector_steps(s);
        for (size_t i = ptr.size(); i-- > 0;) {
          const std::string where = selector_string(s, i + 1);  // the implicit x.E for inner steps
          k = ptr[i] ? k.deref(where, "dot of pointer", gc_pos(e)) : k.note(where, "dot", gc_pos(e));
        }
        expr(k, s->x);
        return;
      }
      case ExprKind::Index: {
        auto* x = static_cast<IndexExpr*>(e);
        if (is_kind(x->x->type, TypeKindC::Map)) {
          discard(x->x);
        } else if (is_kind(x->x->type, TypeKindC::Array)) {
          expr(note(k, e, "fixed-array-index-of"), x->x);
        } else {
          expr(k.deref(gc_string(e), "dot of pointer", gc_pos(e)), x->x);
        }
        discard(x->index);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<SliceExpr*>(e);
        Hole ks = note(k, e, "slice");
        if (is_kind(s->x->type, TypeKindC::Array))  // a[i:j] slices &a
          ks = ks.addr(gc_string(s->x), "address-of", gc_pos(s->x));  // gc prints the implicit & as its operand
        expr(ks, s->x);
        discard(s->lo);
        discard(s->hi);
        discard(s->max);
        return;
      }
      case ExprKind::Call: {
        std::vector<Hole> ks{k};
        call(&ks, static_cast<CallExpr*>(e));
        return;
      }
      case ExprKind::Binary: {
        auto* x = static_cast<BinaryExpr*>(e);
        if (is_concat(e)) {  // concatstrings: one site for the whole chain a + b + c
          spill(k, e);
          concat_operands(x);
          return;
        }
        discard(x->x);
        discard(x->y);
        return;
      }
      case ExprKind::CompositeLit: composite(k, static_cast<CompositeLit*>(e)); return;
      case ExprKind::FuncLit: func_lit(k, static_cast<FuncLit*>(e)); return;
      case ExprKind::TypeAssert: expr(note(k, e, "dot"), static_cast<TypeAssertExpr*>(e)->x); return;
      default: return;
    }
  }

  // The operands of a + b + c, which gc flattens into one OADDSTR: the
  // inner sums are not sites of their own. Operands never escape
  // (concatstrings copies them).
  void concat_operands(BinaryExpr* x) {
    for (Expr* op : {x->x, x->y}) {
      Expr* u = unparen(op);
      if (u == op && is_concat(u))
        concat_operands(static_cast<BinaryExpr*>(u));
      else
        discard(op);
    }
  }

  void unary(Hole k, UnaryExpr* u) {
    if (u->op != Token::And) {
      discard(u->x);
      return;
    }
    Expr* x = unparen(u->x);
    if (x != nullptr && x->kind == ExprKind::CompositeLit) {  // &T{...}: a new object
      composite_value(spill(k, u), static_cast<CompositeLit*>(x));
      return;
    }
    expr(k.addr(gc_string(u), "address-of", gc_pos(u)), u->x);
  }

  // The elements of a struct or array literal are parts of its value.
  void composite_value(Hole k, CompositeLit* c) {
    const Type* t = c->lit_type != nullptr ? c->lit_type->underlying() : nullptr;
    if (t == nullptr) return;
    if (t->kind == TypeKindC::Slice || t->kind == TypeKindC::Map) {
      composite(k, c);
      return;
    }
    const char* why = t->kind == TypeKindC::Struct ? "struct literal element" : "array literal element";
    for (Expr* elt : c->elts) {
      Expr* v = elt->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(elt)->value : elt;
      element(note(k, c, why), v);
    }
  }

  // An element of a composite literal: an elided &T{...} in []*T{{...}}
  // is an allocation of its own.
  void element(Hole k, Expr* v) {
    if (v != nullptr && v->kind == ExprKind::CompositeLit && static_cast<CompositeLit*>(v)->addr) {
      auto* c = static_cast<CompositeLit*>(v);
      composite_value(spill(k, c, "&" + gc_string(c), gc_pos(c)), c);
      return;
    }
    if (v != nullptr && v->kind == ExprKind::CompositeLit) {
      composite(k, static_cast<CompositeLit*>(v));
      return;
    }
    expr(k, v);
  }

  void composite(Hole k, CompositeLit* c) {
    const Type* t = c->lit_type != nullptr ? c->lit_type->underlying() : nullptr;
    if (t == nullptr) return;
    if (t->kind == TypeKindC::Slice) {
      Hole ks = spill(k, c);
      for (Expr* elt : c->elts) {
        Expr* v = elt->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(elt)->value : elt;
        element(note(ks, c, "slice-literal-element"), v);
      }
      return;
    }
    if (t->kind == TypeKindC::Map) {
      spill(k, c);
      for (Expr* elt : c->elts) {
        if (elt->kind != ExprKind::KeyValue) continue;
        auto* kv = static_cast<KeyValueExpr*>(elt);
        element(note(b.heap_hole(), c, "map literal key"), kv->key);
        element(note(b.heap_hole(), c, "map literal value"), kv->value);
      }
      return;
    }
    composite_value(k, c);
  }

  // (issue 6, func) A closure, as gc's OCLOSURE: the closure object is a
  // site of its own ("func literal escapes to heap" / "does not escape");
  // what it captures flows into it once the batch is walked
  // (flow_closures). A variable's reassignments before its first capture,
  // at the capture's loop depth, do not count. The body is walked as a
  // function of its own, in the same batch.
  void func_lit(Hole k, FuncLit* f) {
    a.closures.emplace_back(spill(k, f, "func literal", f->pos), f);
    for (const ClosureVar& cv : f->cvars) {
      Location* l = var_loc(cv.var);
      if (l->captured) continue;
      l->captured = true;
      if (l->loop_depth == loop_depth) l->reassigned = false;
    }
    const FuncDecl* d = f->decl;
    if (d == nullptr) return;
    // Its parameters and results are locations of this batch (tagged with
    // it: "p does not escape"), as gc's closures are analysed with the
    // function they are written in.
    b.closure_parent[d] = fn;
    init_func(a, d);
    a.lits.push_back(d);
    Walker inner(a, d);
    inner.results = a.funcs[d].results;
    inner.block(f->body);
  }

  // (issue 6, func) gc's ir.StaticValue for a call: a func literal called
  // where it is written, or a local variable defined by one and never
  // assigned again nor address-taken (closure.cpp): that closure's decl.
  const FuncDecl* closure_callee(const CallExpr* c) {
    const Expr* f = unparen(c->fun);
    if (f != nullptr && f->kind == ExprKind::FuncLit) return static_cast<const FuncLit*>(f)->decl;
    if (f == nullptr || f->kind != ExprKind::Ident) return nullptr;
    auto it = a.pkg->static_closures.find(static_cast<const Ident*>(f)->obj);
    return it != a.pkg->static_closures.end() ? it->second->decl : nullptr;
  }

  // ----------------------------------------------------------------- calls

  void argument(Hole k, const std::string& call_text, Pos call_pos, Expr* arg) {
    expr(k.note(call_text, "call parameter", call_pos), arg);
  }

  // A temporary converted to interface (its type: t).
  void convert_temp_to_interface(Hole k, Location* tmp, const Type* t, Pos pos) {
    if (!is_kind(t, TypeKindC::Interface) && !is_direct_iface(t)) k = spill(k, nullptr, tmp->label, pos);
    if (has_pointers(t)) b.flow(k.note(tmp->label, "interface-converted", pos), tmp);
  }

  // An argument converted to interface: a value that is not pointer-shaped
  // is copied to new storage, "{storage for x}".
  void convert_to_interface(Hole k, Expr* arg, Pos pos) {
    if (arg->mode == Mode::Nil) return;
    const std::string text = gc_string(arg);
    if (!is_kind(arg->type, TypeKindC::Interface) && !is_direct_iface(arg->type)) k = spill(k, nullptr, text, pos);
    expr(k.note(text, "interface-converted", pos), arg);
  }

  Hole tag_hole(std::vector<Hole>* ks, const FuncDecl* callee, size_t i) {
    if (callee == nullptr) return b.heap_hole();
    FuncState& fs = a.funcs[callee];
    if (fs.in_batch) return i < fs.params.size() && fs.params[i] ? hole(fs.params[i]) : b.discard_hole();
    if (i >= fs.tags.size()) return b.heap_hole();
    const Leaks& esc = fs.tags[i];
    std::vector<Hole> tags;
    if (esc.heap() >= 0) tags.push_back(b.heap_hole().shift(esc.heap()));
    if (ks != nullptr)
      for (int r = 0; r < kEscResults && static_cast<size_t>(r) < ks->size(); ++r)
        if (esc.result(r) >= 0) tags.push_back((*ks)[r].shift(esc.result(r)));
    return tee(tags);
  }

  void call(std::vector<Hole>* ks, CallExpr* c) {
    Hole k = ks != nullptr && !ks->empty() ? (*ks)[0] : b.discard_hole();
    if (c->mode == Mode::Constant) return;
    switch (c->call_kind) {
      case CallKind::Conversion:
        if (is_alloc_conversion(c)) {
          spill(k, c);
          discards(c->args);
        } else if (is_kind(c->type, TypeKindC::Interface) && !c->args.empty() && c->implicit_cmp) {
          expr(b.discard_hole(), c->args[0]);  // (issue 6) x == y: compared in place, nothing kept
        } else if (is_kind(c->type, TypeKindC::Interface) && !c->args.empty() && c->args[0]->mode != Mode::Nil &&
                   !is_kind(c->args[0]->type, TypeKindC::Interface) && !is_direct_iface(c->args[0]->type)) {
          // (issue 6) the box is the conversion's own site (its decision on c)
          Expr* arg = c->args[0];
          const Pos at = c->implicit && c->lparen.valid() ? c->lparen : gc_pos(c);
          Hole h = spill(k, c, gc_string(arg), at);
          expr(h.note(gc_string(arg), "interface-converted", at), arg);
        } else if (is_kind(c->type, TypeKindC::Interface) && !c->args.empty()) {
          convert_to_interface(k, c->args[0], gc_pos(c));
        } else if (!c->args.empty()) {
          expr(k, c->args[0]);
        }
        return;
      case CallKind::Builtin: builtin(k, c); return;
      case CallKind::Native:
        if (!strings_call(ks, c)) native(c);  // (issue 6) strings and strconv first
        return;
      default: break;
    }
    func_call(ks, c);
  }

  // x.M(...) (methods, issue 3 leaves them for later): conservatively, the
  // receiver leaks to the heap, by address when M may take &x.
  void method_receiver(Expr* fun) {
    Expr* f = unparen(fun);
    if (f == nullptr || f->kind != ExprKind::Selector) {
      discard(fun);
      return;
    }
    auto* s = static_cast<SelectorExpr*>(f);
    if (s->sel_kind == SelKind::Qualified || s->sel_kind == SelKind::Field) {
      expr(note(b.heap_hole(), f, "call of a func value"), fun);  // a func value: whatever it closes over
      return;
    }
    // (issue 6) an interface's method gets its data word: the value itself flows
    const bool by_pointer = is_kind(s->x->type, TypeKindC::Pointer) || is_kind(s->x->type, TypeKindC::Interface);
    Hole k = note(b.heap_hole(), f, "method receiver");
    expr(by_pointer ? k : k.addr(gc_string(s->x), "address-of", gc_pos(s->x)), s->x);
  }

  void func_call(std::vector<Hole>* ks, CallExpr* c) {
    const FuncDecl* callee = static_callee(c);
    if (callee == nullptr) {  // (issue 6, func) the callee expression first, as gc's argument(call.X)
      callee = closure_callee(c);
      if (callee != nullptr) {
        if (unparen(c->fun)->kind == ExprKind::FuncLit) b.closure_called.insert(callee);
        expr(b.discard_hole(), c->fun);
      }
    }
    const Type* ft = c->fun->type != nullptr ? c->fun->type->underlying() : nullptr;
    if (callee != nullptr && ks != nullptr && a.funcs[callee].in_batch) {
      FuncState& fs = a.funcs[callee];
      for (size_t i = 0; i < ks->size() && i < fs.results.size(); ++i) b.flow((*ks)[i], fs.results[i]);
    }
    if (callee == nullptr) method_receiver(c->fun);
    const std::string text = gc_string(c);
    const Pos pos = gc_pos(c);
    const size_t shift = static_method_receiver(ks, callee, c, text, pos);  // (issue 6) 1 for a method
    if (multi_value_arg(c)) {
      const std::vector<Location*> temps = expand_multi(c);
      for (size_t i = 0; i < temps.size(); ++i)
        b.flow(tag_hole(ks, callee, i + shift).note(text, "call parameter", pos), temps[i]);
      return;
    }
    const size_t nparams = ft != nullptr && ft->kind == TypeKindC::Func ? ft->params.size() : c->args.size();
    const bool pack = ft != nullptr && ft->variadic && !c->ellipsis.valid();
    const size_t fixed = pack ? nparams - 1 : nparams;
    for (size_t i = 0; i < c->args.size() && i < fixed; ++i) argument(tag_hole(ks, callee, i + shift), text, pos, c->args[i]);
    if (!pack || c->args.size() <= fixed) return;
    // f(a, b, c) of a variadic f: the extra arguments go in a new slice.
    std::string packed = gc_string(c->fun) + "(";
    for (size_t i = 0; i < fixed; ++i) packed += gc_string(c->args[i]) + ", ";
    packed += "... argument...)";
    Hole slice = spill(tag_hole(ks, callee, fixed + shift).note(packed, "call parameter", pos), c, "... argument", c->lparen);  // (methods) after the receiver
    for (size_t i = fixed; i < c->args.size(); ++i)
      expr(slice.note("... argument", "slice-literal-element", c->lparen), c->args[i]);
  }

  // (issue 4) Package runtime's entries, as gc's tags for them read:
  // ReadMemStats(m *MemStats) does not keep m (so &m leaves m on the
  // stack), and KeepAlive(x any) does not keep x: its interface conversion
  // "does not escape", reported where gc's cursor stands (the '(' for a
  // variable). True when c is one of them.
  bool runtime_call(CallExpr* c) {
    switch (static_cast<NativeId>(c->native)) {
      case NativeId::runtime_GC: discards(c->args); return true;
      case NativeId::runtime_ReadMemStats: discards(c->args); return true;
      case NativeId::runtime_KeepAlive:
        for (Expr* arg : c->args) {
          convert_to_interface(b.discard_hole(), arg, is_var(unparen(arg)) ? c->lparen : gc_pos(arg));
        }
        return true;
      default: return false;
    }
  }

  // fmt.Println(a ...any) and friends: the arguments, converted to
  // interface, go in a "... argument" slice whose content leaks to the heap.
  void native(CallExpr* c) {
    size_t fixed = 0;
    if (runtime_call(c)) return;
    if (sync_method(c) != nullptr) {
      sync_call(c);
      return;
    }
    if (!is_fmt_print(c, fixed)) {
      for (Expr* arg : c->args) assign_heap(arg, "call parameter", c);
      return;
    }
    // The interface conversions of variables are reported where gc's
    // position cursor last stood: the call's '(' or the last argument that
    // is not a variable.
    Pos cursor = c->lparen;
    if (multi_value_arg(c)) {
      const std::vector<Location*> temps = expand_multi(c);
      const Type* tuple = unparen(c->args[0])->type;
      if (temps.size() <= fixed) return;
      Hole slice = spill(b.heap_hole().shift(1).note(gc_string(c), "call parameter", c->lparen),
                         nullptr, "... argument", c->lparen);
      for (size_t i = fixed; i < temps.size(); ++i)
        convert_temp_to_interface(slice.note("... argument", "slice-literal-element", c->lparen), temps[i],
                                  tuple->params[i].type, cursor);
      return;
    }
    for (size_t i = 0; i < fixed && i < c->args.size(); ++i) {
      if (!is_var(unparen(c->args[i]))) cursor = gc_pos(c->args[i]);
      discard(c->args[i]);  // the format string does not escape
    }
    if (c->args.size() <= fixed) return;
    if (c->ellipsis.valid()) {
      expr(b.heap_hole().shift(1).note(gc_string(c), "call parameter", gc_pos(c)), c->args.back());
      return;
    }
    std::string packed = gc_string(c->fun) + "(";
    for (size_t i = 0; i < fixed; ++i) packed += gc_string(c->args[i]) + ", ";
    packed += "... argument...)";
    Hole slice = spill(b.heap_hole().shift(1).note(packed, "call parameter", c->lparen), nullptr, "... argument",
                       c->lparen);
    for (size_t i = fixed; i < c->args.size(); ++i) {
      Expr* arg = c->args[i];
      if (!is_var(unparen(arg))) cursor = gc_pos(arg);
      convert_to_interface(slice.note("... argument", "slice-literal-element", c->lparen), arg, cursor);
    }
  }

  void builtin(Hole k, CallExpr* c) {
    const std::string text = gc_string(c);
    const Pos pos = gc_pos(c);
    auto arg = [&](Hole h, Expr* e) { argument(h, text, pos, e); };
    switch (static_cast<Builtin>(c->builtin)) {
      case Builtin::New: spill(k, c); return;
      case Builtin::Make:
        if (!c->args.empty() && is_kind(c->args[0]->type, TypeKindC::Chan)) {
          discards(std::vector<Expr*>(c->args.begin() + 1, c->args.end()));
          return;
        }
        spill(k, c);
        if (c->args.size() > 1) discards(std::vector<Expr*>(c->args.begin() + 1, c->args.end()));
        return;
      case Builtin::Append: {
        if (c->args.empty()) return;
        Hole appendee = k;
        const Type* st = c->args[0]->type != nullptr ? c->args[0]->type->underlying() : nullptr;
        const bool ptr_elems = st != nullptr && st->kind == TypeKindC::Slice && has_pointers(st->elem);
        if (ptr_elems) appendee = tee({k, b.heap_hole().deref(text, "appendee slice", pos)});
        arg(appendee, c->args[0]);
        if (c->ellipsis.valid() && c->args.size() > 1) {
          Hole appended = b.discard_hole();
          if (is_kind(c->args[1]->type, TypeKindC::Slice) && has_pointers(c->args[1]->type->underlying()->elem))
            appended = b.heap_hole().deref(text, "appended slice...", pos);
          arg(appended, c->args[1]);
        } else {
          for (size_t i = 1; i < c->args.size(); ++i) arg(b.heap_hole(), c->args[i]);
        }
        return;
      }
      case Builtin::Copy: {
        if (c->args.size() != 2) return;
        arg(b.discard_hole(), c->args[0]);
        Hole copied = b.discard_hole();
        if (is_kind(c->args[1]->type, TypeKindC::Slice) && has_pointers(c->args[1]->type->underlying()->elem))
          copied = b.heap_hole().deref(text, "copied slice", pos);
        arg(copied, c->args[1]);
        return;
      }
      case Builtin::Panic:
        for (Expr* e : c->args)
          convert_to_interface(note(b.heap_hole(), c, "call parameter"), e, panic_arg_pos(e, c->lparen));
        return;
      default:
        if (multi_value_arg(c)) {
          expand_multi(c);  // println(f()): the temporaries leak nothing
          return;
        }
        for (Expr* e : c->args) arg(b.discard_hole(), e);  // len, cap, print, println, delete...
        return;
    }
  }

  // ------------------------------------------------------------ statements

  Hole addr(Expr* e) {
    e = unparen(e);
    if (e == nullptr) return b.discard_hole();
    switch (e->kind) {
      case ExprKind::Ident: {
        Object* o = static_cast<Ident*>(e)->obj;
        if (o == nullptr || static_cast<Ident*>(e)->name == "_") return b.discard_hole();
        if (o->kind != ObjKind::Var || o->is_global) return b.heap_hole();
        return hole(var_loc(o));  // (issue 6, func) captured ones too: see flow_closures
      }
      case ExprKind::Selector: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (s->sel_kind == SelKind::Field) {
          const std::vector<bool> ptr = selector_steps(s);
          if (std::find(ptr.begin(), ptr.end(), true) == ptr.end()) return addr(s->x);
        }
        discard(e);
        return b.heap_hole();
      }
      case ExprKind::Index: {
        auto* x = static_cast<IndexExpr*>(e);
        // The index is walked once: a map key flows to the heap (the map
        // keeps it), any other index is only read.
        if (is_kind(x->x->type, TypeKindC::Map)) {
          discard(x->x);
          assign_heap(x->index, "key of map put", e);
          return b.heap_hole();
        }
        discard(x->index);
        if (is_kind(x->x->type, TypeKindC::Array)) return addr(x->x);
        discard(x->x);
        return b.heap_hole();
      }
      case ExprKind::Star: discard(e); return b.heap_hole();
      default: return b.heap_hole();
    }
  }

  // (issue 6, func) gc's reassigned: the variables among dsts are assigned
  // again, unless this statement defines them (x := v, var x = v; an
  // identifier is its variable's definition where the variable is
  // declared). A range statement defines its variables per iteration (Go
  // 1.22; gc 1.19 counted them as reassigned).
  // The location is the one the assignment's hole names: x.f = v and
  // a[i] = v (a an array) reassign x and a; through a pointer or into a
  // map, the heap.
  void reassigned(const std::vector<Hole>& ks, const std::vector<Expr*>& dsts, bool defines) {
    for (size_t i = 0; i < ks.size() && i < dsts.size(); ++i) {
      Location* l = ks[i].dst;
      if (l == nullptr || l->kind != LocKind::Var || l->var == nullptr) continue;
      Expr* x = unparen(dsts[i]);
      if (defines && x != nullptr && x->kind == ExprKind::Ident && l->var->pos == x->pos) continue;
      l->reassigned = true;
    }
  }
  void reassigned(const std::vector<Expr*>& dsts, bool defines) {
    std::vector<Hole> ks;
    for (Expr* d : dsts) ks.push_back(d != nullptr ? addr_quiet(d) : b.discard_hole());
    reassigned(ks, dsts, defines);
  }
  // The hole addr(e) names, without walking e's operands again.
  Hole addr_quiet(Expr* e) {
    e = unparen(e);
    while (e != nullptr) {
      if (e->kind == ExprKind::Ident) {
        Object* o = static_cast<Ident*>(e)->obj;
        if (o == nullptr || o->kind != ObjKind::Var || o->is_global) return b.discard_hole();
        return hole(var_loc(o));
      }
      if (e->kind == ExprKind::Selector && static_cast<SelectorExpr*>(e)->sel_kind == SelKind::Field) {
        const std::vector<bool> ptr = selector_steps(static_cast<SelectorExpr*>(e));
        if (std::find(ptr.begin(), ptr.end(), true) != ptr.end()) return b.discard_hole();
        e = unparen(static_cast<SelectorExpr*>(e)->x);
        continue;
      }
      if (e->kind == ExprKind::Index && is_kind(static_cast<IndexExpr*>(e)->x->type, TypeKindC::Array)) {
        e = unparen(static_cast<IndexExpr*>(e)->x);
        continue;
      }
      return b.discard_hole();
    }
    return b.discard_hole();
  }

  void assign_list(const std::vector<Expr*>& dsts, const std::vector<Expr*>& srcs, const char* why,
                   const std::string& where, Pos pos) {
    std::vector<Hole> ks;
    for (Expr* d : dsts) ks.push_back(addr(d));
    for (size_t i = 0; i < ks.size(); ++i) {
      Expr* src = i < srcs.size() ? srcs[i] : nullptr;
      if (src != nullptr && is_self_assign(dsts[i], src)) {
        a.self_assigns.push_back({pos, func_name() + " ignoring self-assignment in " + where});
        ks[i] = b.discard_hole();
      }
      expr(ks[i].note(where, why, pos), src);
    }
    reassigned(dsts, true);  // (issue 6, func) after the sources, as gc: f = func() { f() } captures f first
  }

  // The function as gc's %v prints it in notes: "f" ("main.f" unqualified).
  std::string func_name() const {
    for (const auto& [fd, st] : a.funcs)
      if (fd == fn && fd->name != nullptr) return fd->name->name;
    return "init";
  }

  static std::string assign_string(const std::vector<Expr*>& lhs, const char* op, const std::vector<Expr*>& rhs) {
    return list_string(lhs) + " " + op + " " + list_string(rhs);
  }

  // A statement list, without the statements gc's deadcode pass removes
  // before escape analysis: those after an `if` on a constant whose taken
  // branch ends in return or panic (unless a label follows).
  void stmts(const std::vector<Stmt*>& l) {
    size_t last_label = 0;
    bool any_label = false;
    for (size_t i = 0; i < l.size(); ++i)
      if (l[i] != nullptr && l[i]->kind == StmtKind::Labeled) {
        last_label = i;
        any_label = true;
      }
    for (size_t i = 0; i < l.size(); ++i) {
      stmt(l[i]);
      if ((!any_label || i > last_label) && cuts_rest(l[i])) break;
    }
  }

  void block(Stmt* s) {
    const int old = loop_depth;
    stmt(s);
    loop_depth = old;
  }

  void stmt(Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case StmtKind::Decl: decl(static_cast<DeclStmt*>(s)); return;
      case StmtKind::Labeled: stmt(static_cast<LabeledStmt*>(s)->stmt); return;
      case StmtKind::Expr: {
        Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
        if (x != nullptr && x->kind == ExprKind::Call)
          call(nullptr, static_cast<CallExpr*>(x));
        else
          discard(x);
        return;
      }
      case StmtKind::Send: {
        auto* x = static_cast<SendStmt*>(s);
        discard(x->chan);
        expr(b.heap_hole().note(gc_string(x->chan) + " <- " + gc_string(x->value), "send", s->pos), x->value);
        return;
      }
      // x++ is gc's x += 1 (OASOP): its target is assigned to, so a map
      // key in it is a key of a map put and escapes.
      case StmtKind::IncDec:
        addr(static_cast<IncDecStmt*>(s)->x);
        reassigned({static_cast<IncDecStmt*>(s)->x}, false);  // (issue 6, func)
        return;
      case StmtKind::Assign: assign(static_cast<AssignStmt*>(s)); return;
      case StmtKind::Go: go_defer(s, static_cast<GoStmt*>(s)->call, true); return;
      case StmtKind::Defer: go_defer(s, static_cast<DeferStmt*>(s)->call, false); return;
      case StmtKind::Return: ret(static_cast<ReturnStmt*>(s)); return;
      case StmtKind::Block: {
        const int old = loop_depth;
        stmts(static_cast<BlockStmt*>(s)->list);
        loop_depth = old;
        return;
      }
      case StmtKind::If: {
        auto* x = static_cast<IfStmt*>(s);
        stmt(x->init);
        discard(x->cond);
        const std::optional<bool> c = const_bool(x->cond);  // gc's deadcode: one branch only
        if (!c || *c) block(x->body);
        if (!c || !*c) block(x->else_);
        return;
      }
      case StmtKind::Switch: {
        auto* x = static_cast<SwitchStmt*>(s);
        stmt(x->init);
        discard(x->tag);
        if (x->body == nullptr) return;
        for (CaseClause* cc : live_cases(x)) {
          discards(cc->list);
          const int old = loop_depth;
          stmts(cc->body);
          loop_depth = old;
        }
        return;
      }
      case StmtKind::TypeSwitch: {  // (issue 6) each clause's x = y.(T)
        auto* x = static_cast<TypeSwitchStmt*>(s);
        stmt(x->init);
        Expr* guard = nullptr;
        if (x->assign != nullptr && x->assign->kind == StmtKind::Assign) guard = static_cast<AssignStmt*>(x->assign)->rhs[0];
        if (x->assign != nullptr && x->assign->kind == StmtKind::Expr) guard = static_cast<ExprStmt*>(x->assign)->x;
        Expr* y = guard != nullptr && unparen(guard)->kind == ExprKind::TypeAssert
                      ? static_cast<TypeAssertExpr*>(unparen(guard))->x
                      : guard;
        bool flowed = false;
        if (x->body == nullptr) {
          discard(y);
          return;
        }
        for (Stmt* st : x->body->list) {
          auto* cc = static_cast<CaseClause*>(st);
          if (cc->implicit_obj != nullptr && y != nullptr) {
            Hole k = hole(new_var(cc->implicit_obj));
            const Type* t = cc->implicit_obj->type;
            if (t != nullptr && !is_kind(t, TypeKindC::Interface) && !is_direct_iface(t))
              k = k.deref(gc_string(y), "dot", gc_pos(y));
            expr(k.note(cc->implicit_obj->name, "assign", cc->implicit_obj->pos), y);
            flowed = true;
          }
          const int old = loop_depth;
          stmts(cc->body);
          loop_depth = old;
        }
        if (!flowed) discard(y);
        return;
      }
      case StmtKind::For: {
        auto* x = static_cast<ForStmt*>(s);
        if (kPerIterationLoopVars) ++loop_depth;
        stmt(x->init);
        if (!kPerIterationLoopVars) ++loop_depth;
        discard(x->cond);
        stmt(x->post);
        block(x->body);
        --loop_depth;
        return;
      }
      case StmtKind::Range: range(static_cast<RangeStmt*>(s)); return;
      case StmtKind::Select: select(static_cast<SelectStmt*>(s)); return;
      default: return;
    }
  }

  void decl(DeclStmt* d) {
    if (d->decl == nullptr || d->decl->tok != Token::Var) return;
    for (Spec* sp : d->decl->specs) {
      auto* v = static_cast<ValueSpec*>(sp);
      std::vector<Expr*> names(v->names.begin(), v->names.end());
      for (Expr* n : names) dcl(n);
      if (v->values.empty()) continue;
      if (names.size() > 1 && v->values.size() == 1 && unparen(v->values[0])->kind == ExprKind::Call) {
        std::vector<Hole> ks;
        for (Expr* n : names) ks.push_back(addr(n));
        call(&ks, static_cast<CallExpr*>(unparen(v->values[0])));
        continue;
      }
      assign_list(names, v->values, names.size() > 1 ? "assign-pair" : "assign", assign_string(names, "=", v->values),
                  v->names[0]->pos);
    }
  }

  void assign(AssignStmt* s) {
    if (s->tok == Token::Define)
      for (Expr* l : s->lhs) dcl(l);
    const char* op = token_string(s->tok);
    const std::string where = assign_string(s->lhs, op, s->rhs);
    if (s->lhs.size() > 1 && s->rhs.size() == 1) {
      Expr* r = unparen(s->rhs[0]);
      if (r->kind == ExprKind::Call && static_cast<CallExpr*>(r)->call_kind != CallKind::Conversion) {
        std::vector<Hole> ks;
        for (Expr* l : s->lhs) ks.push_back(addr(l));
        call(&ks, static_cast<CallExpr*>(r));
        reassigned(s->lhs, true);  // (issue 6, func)
        return;
      }
      assign_list(s->lhs, {s->rhs[0]}, "assign-pair", where, s->tok_pos);  // v, ok = m[k] / x.(T)
      return;
    }
    assign_list(s->lhs, s->rhs, s->lhs.size() > 1 ? "assign-pair" : "assign", where, s->tok_pos);
  }

  void ret(ReturnStmt* s) {
    std::string where = "return";
    if (!s->results.empty()) where += " " + list_string(s->results);
    if (s->results.size() == 1 && results.size() > 1 && unparen(s->results[0])->kind == ExprKind::Call) {
      std::vector<Hole> ks;
      for (Location* r : results) ks.push_back(hole(r).note(where, "return", s->pos));
      call(&ks, static_cast<CallExpr*>(unparen(s->results[0])));
      return;
    }
    for (size_t i = 0; i < s->results.size() && i < results.size(); ++i)
      expr(hole(results[i]).note(where, "return", s->pos), s->results[i]);
  }

  // (issue 5) select (gc's OSELECT): each case's communication is the
  // statement it is (a send, a receive assigned or not), then its body.
  void select(SelectStmt* s) {
    if (s->body == nullptr) return;
    for (Stmt* st : s->body->list) {
      if (st == nullptr || st->kind != StmtKind::CommClause) continue;
      auto* cc = static_cast<CommClause*>(st);
      stmt(cc->comm);
      const int old = loop_depth;
      stmts(cc->body);
      loop_depth = old;
    }
  }

  // go f(x) and defer f(x), as gc 1.19's goDeferStmt. A call that takes
  // and returns nothing is analysed as the function value it calls.
  // Otherwise the statement becomes `t := x; go func() { f(t) }()`: each
  // argument that is not a constant or a function name is copied into a
  // temporary (go_arg) that a wrapper closure captures, and the closure
  // outlives the statement: for go, and for a defer in a loop, it is on
  // the heap. gc prints nothing about the wrapper itself.
  void go_defer(Stmt* st, CallExpr* c, bool is_go) {
    if (c == nullptr) return;
    size_t fixed = 0;
    if (!is_go && (loop_depth == 1 || (c->call_kind == CallKind::Native && is_fmt_print(c, fixed)))) {
      // (issue 6, defer) gc 1.19 reports a deferred fmt.Print* in a loop
      // as the plain call: its arguments converted, its ... argument kept.
      call(nullptr, c);
      return;
    }
    const Type* ft = c->fun != nullptr && c->fun->type != nullptr ? c->fun->type->underlying() : nullptr;
    if (c->call_kind == CallKind::Func && ft != nullptr && ft->kind == TypeKindC::Func && ft->params.empty() &&
        ft->results.empty()) {
      expr(b.heap_hole(), c->fun);
      return;
    }
    Location* clo = spill(b.heap_hole(), nullptr, "func literal", st->pos).dst;
    if (c->call_kind == CallKind::Native && sync_method(c) != nullptr) {
      go_sync_method(clo, c);
      return;
    }
    if (c->call_kind != CallKind::Func) {  // go println(x): each argument is captured
      for (Expr* arg : c->args) go_arg(clo, b.discard_hole(), c, arg);
      return;
    }
    go_func_call(clo, c);
  }

  // The wrapped call f(t...) of a go statement: the temporaries go where
  // f's parameter tags say, as in a plain call, and to the closure.
  void go_func_call(Location* clo, CallExpr* c) {
    const FuncDecl* callee = static_callee(c);
    const std::string text = gc_string(c);
    const Pos pos = gc_pos(c);
    // (issue 6, meth2) go x.M(a): the receiver (x, &x or *x through its
    // embedded path, or the interface value) is the wrapped call's
    // argument 0, captured through a temporary like the others.
    auto* msel = unparen(c->fun)->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(unparen(c->fun)) : nullptr;
    if (msel != nullptr && (msel->sel_kind != SelKind::Method || msel->x->mode == Mode::TypeExpr || msel->sel == nullptr ||
                            msel->sel->obj == nullptr || msel->sel->obj->recv == nullptr))
      msel = nullptr;
    const size_t shift = msel != nullptr && callee != nullptr ? 1 : 0;
    if (msel != nullptr) {
      const Object* m = msel->sel->obj;
      Hole k = callee != nullptr ? tag_hole(nullptr, callee, 0).note(text, "call parameter", pos) : b.heap_hole();
      capture(clo, k, c->lparen, gc_string(msel->x), gc_pos(msel->x), m->recv->size, [&](Hole h) {
        Hole kr = builder_receiver(h, msel);
        const Type* rt = msel->x->type;
        for (int idx : msel->path) {
          const Type* u = rt->underlying();
          if (u->kind == TypeKindC::Pointer) u = u->elem->underlying();
          rt = u->fields[static_cast<size_t>(idx)].type;
        }
        if (is_kind(rt, TypeKindC::Pointer) && !is_kind(m->recv, TypeKindC::Pointer)) kr = kr.shift(1);  // *x
        expr(kr, msel->x);
      });
    } else if (callee == nullptr) {
      go_arg(clo, b.discard_hole(), c, c->fun);  // a func value is captured too
    }
    if (multi_value_arg(c)) {  // go f(g()): g's results are temporaries (names) first, then captured
      const Type* tuple = unparen(c->args[0])->type;
      const std::vector<Location*> temps = expand_multi(c);
      for (size_t i = 0; i < temps.size(); ++i) {
        const Type* t = i < tuple->params.size() ? tuple->params[i].type : nullptr;
        capture(clo, tag_hole(nullptr, callee, i + shift).note(text, "call parameter", pos), c->lparen, temps[i]->label,
                c->lparen, t != nullptr ? t->size : 0, [&](Hole k) { b.flow(k, temps[i]); });
      }
      return;
    }
    const Type* ft = c->fun->type != nullptr ? c->fun->type->underlying() : nullptr;
    const size_t nparams = ft != nullptr && ft->kind == TypeKindC::Func ? ft->params.size() : c->args.size();
    const bool pack = ft != nullptr && ft->variadic && !c->ellipsis.valid();
    const size_t fixed = pack ? nparams - 1 : nparams;
    for (size_t i = 0; i < c->args.size() && i < fixed; ++i)
      go_arg(clo, tag_hole(nullptr, callee, i + shift).note(text, "call parameter", pos), c, c->args[i]);
    if (!pack || c->args.size() <= fixed) return;
    // The variadic arguments' slice is a slice literal inside the wrapper:
    // its elements are captured one by one (gc's rewriteArgument).
    std::string packed = gc_string(c->fun) + "(";
    for (size_t i = 0; i < fixed; ++i) packed += gc_string(c->args[i]) + ", ";
    packed += "... argument...)";
    Hole slice = spill(tag_hole(nullptr, callee, fixed).note(packed, "call parameter", pos), c, "... argument", c->lparen);
    for (size_t i = fixed; i < c->args.size(); ++i)
      go_element(clo, slice.note("... argument", "slice-literal-element", c->lparen), c->lparen, c->args[i]);
  }

  // One argument of a go statement's call, flowing to k inside the
  // wrapper. Constants and function names stay in the wrapper; a slice
  // literal stays too, with its elements captured (so it goes where the
  // callee's tag says: `go f([]int{1, 2})` "does not escape" when f keeps
  // nothing); anything else is captured through a temporary.
  void go_arg(Location* clo, Hole k, CallExpr* c, Expr* arg) {
    Expr* x = unparen(arg);
    if (x != nullptr && x->kind == ExprKind::CompositeLit && is_kind(static_cast<CompositeLit*>(x)->lit_type, TypeKindC::Slice)) {
      auto* lit = static_cast<CompositeLit*>(x);
      Hole ks = spill(k, lit);
      for (Expr* elt : lit->elts) {
        Expr* v = elt->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(elt)->value : elt;
        go_element(clo, note(ks, lit, "slice-literal-element"), gc_pos(lit), v);
      }
      return;
    }
    go_element(clo, k, c->lparen, arg);
  }

  void go_element(Location* clo, Hole k, Pos pos, Expr* v) {
    if (stays_in_wrapper(v)) {
      element(k, v);
      return;
    }
    const std::string text = gc_string(v);
    const uint64_t size = v->type != nullptr ? v->type->size : 0;
    capture(clo, k, pos, text, has_unique_pos(v) ? gc_pos(v) : pos, size, [&](Hole h) { element(h, v); });
  }

  // gc's rewriteArgument leaves these in the wrapper's call.
  static bool stays_in_wrapper(const Expr* e) {
    e = unparen(e);
    if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::Nil) return true;
    if (e->kind != ExprKind::Ident) return false;
    const Object* o = static_cast<const Ident*>(e)->obj;
    return o != nullptr && o->kind == ObjKind::Func;
  }

  // gc's ir.HasUniquePos: a name has none (the temporary is placed at the
  // call).
  static bool has_unique_pos(const Expr* e) {
    e = unparen(e);
    return e != nullptr && e->kind != ExprKind::Ident;
  }

  // gc's wrapExpr and flowClosure: `t := <eval>` (a new temporary, at the
  // current loop depth), then the wrapper captures t: by value when it is
  // at most 128 bytes (its value flows to the closure), else by reference
  // (its address does: the temporary moves to the heap and gc names it,
  // "moved to heap: .autotmp_N"). t also flows to k, the wrapped call's
  // parameter.
  template <typename Eval>
  void capture(Location* clo, Hole k, Pos call_pos, const std::string& text, Pos pos, uint64_t size, Eval eval) {
    Location* t = b.new_loc(LocKind::Temp, fn, loop_depth, false);
    t->label = ".autotmp_" + std::to_string(dcls + go_temps++);
    t->pos = pos;
    eval(hole(t).note(t->label + " = " + text, "assign", pos));
    Hole kc = hole(clo);
    if (size > 128) {
      t->reported_temp = true;
      kc = kc.addr(t->label, "reference", call_pos);
    }
    b.flow(kc.note(t->label, "captured by a closure", call_pos), t);
    b.flow(k, t);
  }

  // ------------------------------------------------------- package sync

  // (issue 6) x.M(...) of a method declared in the package: x (or &x, or
  // *x, through the embedded path) flows to the method's receiver
  // parameter, its parameter 0; returns how many parameters that took.
  size_t static_method_receiver(std::vector<Hole>* ks, const FuncDecl* callee, CallExpr* c, const std::string& text,
                                Pos pos) {
    if (callee == nullptr || callee->recv == nullptr) return 0;
    auto* sel = static_cast<SelectorExpr*>(unparen(c->fun));
    if (sel->x->mode == Mode::TypeExpr) return 0;  // T.M(x, ...): the receiver is the first argument
    Hole k = builder_receiver(tag_hole(ks, callee, 0).note(text, "call parameter", pos), sel);
    const Type* rt = sel->x->type;  // the type the path leads to
    for (int idx : sel->path) {
      const Type* u = rt->underlying();
      if (u->kind == TypeKindC::Pointer) u = u->elem->underlying();
      rt = u->fields[static_cast<size_t>(idx)].type;
    }
    const Object* m = sel->sel->obj;
    if (is_kind(rt, TypeKindC::Pointer) && !is_kind(m->recv, TypeKindC::Pointer)) k = k.shift(1);  // *x
    expr(k, sel->x);
    return 1;
  }

  // (issue 5) The receiver of a call of one of sync's methods (wg.Add(1),
  // mu.Lock()), or nullptr: the selector's operand, or the first argument
  // when the checker passes it there.
  static Expr* sync_method(CallExpr* c, size_t* first_arg = nullptr) {
    if (c->call_kind != CallKind::Native || sync_method_name(c) == nullptr) return nullptr;
    Expr* f = unparen(c->fun);
    if (f != nullptr && f->kind == ExprKind::Selector && static_cast<SelectorExpr*>(f)->sel_kind != SelKind::Qualified) {
      if (first_arg != nullptr) *first_arg = 0;
      return static_cast<SelectorExpr*>(f)->x;
    }
    if (first_arg != nullptr) *first_arg = 1;
    return c->args.empty() ? nullptr : c->args[0];
  }

  // gc's name of the method's function: "(*sync.WaitGroup).Add".
  static const char* sync_method_name(const CallExpr* c) {
    switch (static_cast<NativeId>(c->native)) {
      case NativeId::sync_WaitGroup_Add: return "(*sync.WaitGroup).Add";
      case NativeId::sync_WaitGroup_Done: return "(*sync.WaitGroup).Done";
      case NativeId::sync_WaitGroup_Wait: return "(*sync.WaitGroup).Wait";
      case NativeId::sync_Mutex_Lock: return "(*sync.Mutex).Lock";
      case NativeId::sync_Mutex_Unlock: return "(*sync.Mutex).Unlock";
      default: return nullptr;
    }
  }

  // The receiver is a pointer parameter (wg *WaitGroup): x.M() on an
  // addressable x passes &x (gc prints the implicit & as its operand, at
  // the selector's '.').
  bool receiver_by_address(CallExpr* c, Expr* recv) const {
    return recv != nullptr && !is_kind(recv->type, TypeKindC::Pointer) && unparen(c->fun) != nullptr &&
           unparen(c->fun)->kind == ExprKind::Selector;
  }

  // wg.Add(1) as gc sees it: (*sync.WaitGroup).Add(wg, 1), whose tag says
  // the receiver leaks to the heap (sync's Semacquire and friends are
  // assembly or linknamed, so gc assumes the worst).
  void sync_call(CallExpr* c) {
    size_t first = 0;
    Expr* recv = sync_method(c, &first);
    std::vector<Expr*> rest(c->args.begin() + static_cast<std::ptrdiff_t>(std::min(first, c->args.size())), c->args.end());
    std::string text = std::string(sync_method_name(c)) + "(" + gc_string(recv);
    if (!rest.empty()) text += ", " + list_string(rest);
    text += ")";
    Hole k = b.heap_hole().note(text, "call parameter", c->lparen);
    Expr* f = unparen(c->fun);
    if (f != nullptr && f->kind == ExprKind::Selector && static_cast<SelectorExpr*>(f)->sel_kind != SelKind::Qualified) {
      k = builder_receiver(k, static_cast<SelectorExpr*>(f));  // (meth2) p.Lock() through an embedded *Mutex: no &p
    } else if (receiver_by_address(c, recv)) {
      k = k.addr(gc_string(recv), "address-of", gc_pos(c->fun));
    }
    expr(k, recv);
    discards(rest);
  }

  // (issue 6) A call of strings, strconv or a strings.Builder method, by
  // gc's tags for Go's code (strings_pkg.h): each argument flows to the
  // heap or to the call's result at its level, or nowhere; the receiver
  // of b.M() on an addressable b is &b.
  bool strings_call(std::vector<Hole>* ks, CallExpr* c) {
    std::vector<ParamTag> tags;
    if (!strings_escape_tags(static_cast<NativeId>(c->native), &tags)) return false;
    std::vector<Expr*> args;
    Expr* f = unparen(c->fun);
    const bool method = f != nullptr && f->kind == ExprKind::Selector &&
                        static_cast<SelectorExpr*>(f)->sel_kind != SelKind::Qualified;
    if (method) args.push_back(static_cast<SelectorExpr*>(f)->x);
    args.insert(args.end(), c->args.begin(), c->args.end());
    const std::string text = gc_string(c);
    for (size_t i = 0; i < args.size(); ++i) {
      const ParamTag t = i < tags.size() ? tags[i] : ParamTag{0, -1};
      std::vector<Hole> to;
      if (t.heap >= 0) to.push_back(b.heap_hole().shift(t.heap));
      if (t.result >= 0 && ks != nullptr && !ks->empty()) to.push_back((*ks)[0].shift(t.result));
      Hole k = tee(to).note(text, "call parameter", c->lparen);
      if (method && i == 0) k = builder_receiver(k, static_cast<SelectorExpr*>(f));
      expr(k, args[i]);
    }
    return true;
  }

  // The hole x itself flows to when the receiver x.path (promoted through
  // embedded fields) or its address reaches k: one dereference per
  // embedded pointer crossed, and the address when the checker takes it.
  Hole builder_receiver(Hole k, SelectorExpr* sel) {
    const Type* t = sel->x->type;
    for (int idx : sel->path) {
      const Type* u = t != nullptr ? t->underlying() : nullptr;
      if (u != nullptr && u->kind == TypeKindC::Pointer) {
        k = k.shift(1);
        u = u->elem != nullptr ? u->elem->underlying() : nullptr;
      }
      if (u == nullptr || idx < 0 || static_cast<size_t>(idx) >= u->fields.size()) return k;
      t = u->fields[static_cast<size_t>(idx)].type;
    }
    return sel->implicit_addr ? k.addr(gc_string(sel->x), "address-of", gc_pos(sel)) : k;
  }

  // go wg.Wait(): the receiver (&wg) is captured by the wrapper.
  void go_sync_method(Location* clo, CallExpr* c) {
    size_t first = 0;
    Expr* recv = sync_method(c, &first);
    if (recv != nullptr) {
      const bool by_addr = receiver_by_address(c, recv);
      const std::string text = by_addr ? "&" + gc_string(recv) : gc_string(recv);
      const Pos pos = by_addr ? gc_pos(c->fun) : (has_unique_pos(recv) ? gc_pos(recv) : c->lparen);
      // The wrapped call, as gc prints it: (*sync.Mutex).Unlock(.autotmp_N).
      const std::string wrapped =
          std::string(sync_method_name(c)) + "(.autotmp_" + std::to_string(dcls + go_temps) + ")";
      capture(clo, b.heap_hole().note(wrapped, "call parameter", c->lparen), c->lparen, text, pos, 8, [&](Hole h) {
        expr(by_addr ? h.addr(gc_string(recv), "address-of", gc_pos(c->fun)) : h, recv);
      });
    }
    for (size_t i = first; i < c->args.size(); ++i) go_element(clo, b.discard_hole(), c->lparen, c->args[i]);
  }

  void declare_range_vars(RangeStmt* s) {
    if (s->tok != Token::Define) return;
    dcl(s->key);
    dcl(s->value);
  }

  void range(RangeStmt* s) {
    Location* tmp = b.new_loc(LocKind::Temp, fn, loop_depth, false);
    expr(hole(tmp), s->x);
    if (!kPerIterationLoopVars) declare_range_vars(s);
    ++loop_depth;
    if (kPerIterationLoopVars) declare_range_vars(s);
    Hole kk = addr(s->key);
    Hole kv = addr(s->value);
    reassigned({s->key, s->value}, s->tok == Token::Define);  // (issue 6, func)
    (void)kk;
    const std::string where = "range " + gc_string(s->x);
    if (is_kind(s->x->type, TypeKindC::Array))
      b.flow(kv.note(where, "range", s->pos), tmp);
    else
      b.flow(kv.deref(where, "range-deref", s->pos), tmp);
    block(s->body);
    --loop_depth;
  }
};

}  // namespace

// (issue 6, func) gc's flowClosure: a variable is captured by value when
// its address is never taken, it is never reassigned and it is at most
// 128 bytes; otherwise by reference, its address flowing into the closure
// (so a closure that escapes moves it to the heap).
void flow_closures(Analysis& a) {
  Batch& b = *a.batch;
  for (auto& [k, lit] : a.closures) {
    for (ClosureVar& cv : lit->cvars) {
      auto it = a.vars.find(cv.var);
      if (it == a.vars.end()) continue;
      Location* l = it->second;
      cv.byval = !l->addrtaken && !l->reassigned && cv.var->type != nullptr && cv.var->type->size <= 128;
      Hole kk = k;
      if (!cv.byval) kk = kk.addr(cv.var->name, "reference", cv.var->pos);
      b.flow(kk.note(cv.var->name, "captured by a closure", cv.var->pos), l);
    }
  }
  a.closures.clear();
}

namespace {

void walk_body(Walker& w, const FuncDecl* fd) {
  w.block(fd->body);
}

// (issue 5) How many names gc's fn.Dcl holds before escape analysis adds
// its temporaries: the named parameters (not "_", not unnamed ones), every
// result (an unnamed one is ~rN), and every local variable the body
// declares, wherever.
int count_declared(const Expr* e) {
  e = unparen(e);
  if (e == nullptr || e->kind != ExprKind::Ident) return 0;
  auto* id = static_cast<const Ident*>(e);
  return id->name != "_" && id->obj != nullptr && id->obj->kind == ObjKind::Var && id->obj->pos == id->pos ? 1 : 0;
}

int count_declared(const Stmt* s);

int count_declared(const std::vector<Stmt*>& l) {
  int n = 0;
  for (const Stmt* s : l) n += count_declared(s);
  return n;
}

int count_declared(const Stmt* s) {
  if (s == nullptr) return 0;
  switch (s->kind) {
    case StmtKind::Decl: {
      const GenDecl* d = static_cast<const DeclStmt*>(s)->decl;
      int n = 0;
      if (d != nullptr && d->tok == Token::Var)
        for (const Spec* sp : d->specs)
          for (const Ident* id : static_cast<const ValueSpec*>(sp)->names) n += count_declared(id);
      return n;
    }
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      int n = 0;
      if (a->tok == Token::Define)
        for (const Expr* l : a->lhs) n += count_declared(l);
      return n;
    }
    case StmtKind::Labeled: return count_declared(static_cast<const LabeledStmt*>(s)->stmt);
    case StmtKind::Block: return count_declared(static_cast<const BlockStmt*>(s)->list);
    case StmtKind::If: {
      auto* x = static_cast<const IfStmt*>(s);
      return count_declared(x->init) + count_declared(x->body) + count_declared(x->else_);
    }
    case StmtKind::Switch: {
      auto* x = static_cast<const SwitchStmt*>(s);
      return count_declared(x->init) + count_declared(x->body);
    }
    case StmtKind::CaseClause:
      return (static_cast<const CaseClause*>(s)->implicit_obj != nullptr ? 1 : 0) +  // (issue 6) a type switch's x
             count_declared(static_cast<const CaseClause*>(s)->body);
    case StmtKind::TypeSwitch: {  // (issue 6)
      auto* x = static_cast<const TypeSwitchStmt*>(s);
      return count_declared(x->init) + count_declared(x->body);
    }
    case StmtKind::Select: return count_declared(static_cast<const SelectStmt*>(s)->body);
    case StmtKind::CommClause: {
      auto* x = static_cast<const CommClause*>(s);
      return count_declared(x->comm) + count_declared(x->body);
    }
    case StmtKind::For: {
      auto* x = static_cast<const ForStmt*>(s);
      return count_declared(x->init) + count_declared(x->post) + count_declared(x->body);
    }
    case StmtKind::Range: {
      auto* x = static_cast<const RangeStmt*>(s);
      const int vars = x->tok == Token::Define ? count_declared(x->key) + count_declared(x->value) : 0;
      return vars + count_declared(x->body);
    }
    default: return 0;
  }
}

int count_dcls(const FuncDecl* fd, const FuncState& fs) {
  int n = static_cast<int>(fs.results.size());
  for (const Object* o : fs.param_objs) n += o != nullptr && o->name != "_" ? 1 : 0;
  return n + count_declared(fd->body);
}

}  // namespace

bool has_pointers(const Type* t) {
  if (t == nullptr) return true;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::String: case TypeKindC::UnsafePointer: case TypeKindC::Pointer: case TypeKindC::Slice:
    case TypeKindC::Map: case TypeKindC::Chan: case TypeKindC::Func: case TypeKindC::Interface:
    case TypeKindC::UntypedString: case TypeKindC::UntypedNil:
      return true;
    case TypeKindC::Array: return u->len > 0 && has_pointers(u->elem);
    case TypeKindC::Struct:
      return std::any_of(u->fields.begin(), u->fields.end(), [](const StructField& f) { return has_pointers(f.type); });
    case TypeKindC::Tuple:
      return std::any_of(u->params.begin(), u->params.end(), [](const Param& p) { return has_pointers(p.type); });
    default: return false;
  }
}

void init_func(Analysis& a, const FuncDecl* fd) {
  FuncState& fs = a.funcs[fd];
  fs.in_batch = true;
  Walker w(a, fd);
  auto fields = [&](FieldList* fl, bool result) {
    if (fl == nullptr) return;
    size_t unnamed = 0;
    for (Field* f : fl->list) {
      const size_t n = f->names.empty() ? 1 : f->names.size();
      for (size_t i = 0; i < n; ++i) {
        Ident* id = f->names.empty() ? nullptr : f->names[i];
        Location* l = nullptr;
        if (id != nullptr && id->obj != nullptr && id->name != "_") {
          l = w.new_var(id->obj);
        } else if (result) {
          l = a.batch->new_loc(LocKind::Var, fd, 1, false);
          l->label = "~r" + std::to_string(unnamed);
        }
        if (result) {
          l->func_name = fd->name != nullptr ? (fd->lit != nullptr ? "" : "main.") + fd->name->name : "";  // (issue 6, func) a closure's is full
          fs.results.push_back(l);
          l->result_index = static_cast<int>(fs.results.size());
        } else {
          if (l != nullptr) l->is_param = true;
          fs.params.push_back(l);
          fs.param_objs.push_back(id != nullptr ? id->obj : nullptr);
        }
        ++unnamed;
      }
    }
  };
  fields(fd->recv, false);  // a method's receiver is its first parameter, as gc tags it
  if (fd->sig != nullptr) {
    fields(fd->sig->params, false);
    fields(fd->sig->results, true);
  }
}

void walk_func(Analysis& a, const FuncDecl* fd) {
  Walker w(a, fd);
  w.results = a.funcs[fd].results;
  w.dcls = count_dcls(fd, a.funcs[fd]);
  walk_body(w, fd);
}

void walk_global_inits(Analysis& a) {
  Walker w(a, nullptr);
  for (const GlobalInit& gi : a.pkg->init_order) {
    if (gi.rhs == nullptr || gi.constant_init || is_static_init(gi.rhs)) continue;
    std::vector<Expr*> lhs;
    Expr* r = unparen(gi.rhs);
    if (gi.lhs.size() > 1 && r->kind == ExprKind::Call) {
      std::vector<Hole> ks(gi.lhs.size(), w.b.heap_hole());
      w.call(&ks, static_cast<CallExpr*>(r));
      continue;
    }
    // `var _ = f()` has no variable: the checker lists a null Object.
    const Object* v = gi.lhs.empty() ? nullptr : gi.lhs[0];
    const std::string where = v ? v->name + " = " + gc_string(gi.rhs) : "";
    if (gi.lhs.size() > 1) {  // v, ok = m[k]
      w.expr(w.b.heap_hole().note(where, "assign", v ? v->pos : Pos{}), gi.rhs);
      continue;
    }
    std::vector<Expr*> code;
    static_init_code(gi.rhs, &code);
    for (Expr* part : code) w.expr(w.b.heap_hole().note(where, "assign", v ? v->pos : Pos{}), part);
  }
}

}  // namespace govm::escape
