// Code generation for panic(v), recover() and defer statements (the
// runtime side, and the _defer record's layout, are runtime/panic.cpp's).
//
// panic(v) is gc's OPANIC: v converted to interface{}, then
// runtime.gopanic(e). The eface is built in the frame as fmt's arguments
// are, (type descriptor, address of the value in this frame); gopanic
// formats the value at once and copies it to a heap box for recover. A
// constant's data word is a read-only static, as gc's, which gopanic
// keeps as it is: panic("boom") allocates nothing.
//
// recover() is runtime.gorecover, its any result written into the frame.
//
// defer f(args). A function whose body holds a defer statement keeps a
// local word, the head of its chain of _defer records (nil at entry), and
// ends in a deferreturn sequence that every return jumps to:
//
//   deferreturn:                 (FuncInfo::deferreturn; a panic resumes here)
//     loop: rec = head; if rec == nil goto done
//           head = rec.link
//           switch rec.site { case k: load the arguments of site k from
//                             rec.args, make the call of site k }
//           goto loop
//     done: CALLRT runtime.deferreturn   (a panic unwinding to this frame:
//                                         recovered, or unwinding goes on)
//           RET
//
// At a defer statement the arguments are evaluated (in gc's order, as for
// the call itself) into a record: a fixed local slot when the statement is
// in no loop (it runs at most once per call), linked by two moves; inside
// a loop, runtime.deferproc copies them into a record on the heap. Results
// are zeroed at entry, as gc does for a function with defers: a recovered
// panic returns them as they stand.
//
// Deferred calls compiled: the package's functions, print and println, and
// fmt.Print, Println and Printf (the sequence makes them through the usual
// paths, on synthetic copies of the call whose arguments are the values
// loaded from the record); methods (the receiver saved first), sync's and
// (methods) strings.Builder's. A variadic call's extra arguments are saved
// one by one and packed when the call runs, as gc 1.19's wrapper does.
#include <algorithm>

#include "compiler/codegen.h"

namespace govm {

namespace {

// Finds the defer statements of a body, and those inside a loop.
struct DeferFinder {
  std::set<const DeferStmt*> in_loops;
  bool any = false;

  void list(const std::vector<Stmt*>& l, int loops) {
    for (const Stmt* s : l) stmt(s, loops);
  }
  void stmt(const Stmt* s, int loops) {
    if (s == nullptr) return;
    switch (s->kind) {
      case StmtKind::Defer:
        any = true;
        if (loops > 0) in_loops.insert(static_cast<const DeferStmt*>(s));
        return;
      case StmtKind::Labeled: stmt(static_cast<const LabeledStmt*>(s)->stmt, loops); return;
      case StmtKind::Block: list(static_cast<const BlockStmt*>(s)->list, loops); return;
      case StmtKind::If: {
        const auto* i = static_cast<const IfStmt*>(s);
        stmt(i->body, loops);
        stmt(i->else_, loops);
        return;
      }
      case StmtKind::For: stmt(static_cast<const ForStmt*>(s)->body, loops + 1); return;
      case StmtKind::Range: stmt(static_cast<const RangeStmt*>(s)->body, loops + 1); return;
      case StmtKind::Switch: stmt(static_cast<const SwitchStmt*>(s)->body, loops); return;
      case StmtKind::TypeSwitch: stmt(static_cast<const TypeSwitchStmt*>(s)->body, loops); return;
      case StmtKind::Select: stmt(static_cast<const SelectStmt*>(s)->body, loops); return;
      case StmtKind::CaseClause: list(static_cast<const CaseClause*>(s)->body, loops); return;
      case StmtKind::CommClause: list(static_cast<const CommClause*>(s)->body, loops); return;
      default: return;
    }
  }
};

// (methods) The types c's arguments are saved as for signature sig: its
// parameters', except that the extra arguments of a variadic call are
// saved one by one (of the element type) and packed when the call runs,
// as gc 1.19's wrapper builds the slice literal; f(s...) saves s.
void saved_arg_types(const Type* sig, const CallExpr* c, std::vector<const Type*>& out) {
  const bool pack = sig->variadic && !c->ellipsis.valid();
  const size_t fixed = pack ? sig->params.size() - 1 : sig->params.size();
  for (size_t i = 0; i < fixed; ++i) out.push_back(sig->params[i].type);
  if (!pack) return;
  for (size_t i = fixed; i < c->args.size(); ++i) out.push_back(sig->params.back().type->underlying()->elem);
}

uint32_t align_to(uint32_t n, uint64_t a) { return static_cast<uint32_t>((n + a - 1) / a * a); }

// Bit i set where word i of a record's arguments holds a pointer.
void arg_pointer_words(const Type* t, uint32_t off, uint64_t& mask);

void arg_pointer_words(const Type* t, uint32_t off, uint64_t& mask) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::String: case TypeKindC::Slice: case TypeKindC::Pointer: case TypeKindC::Map:
    case TypeKindC::Chan: case TypeKindC::Func: case TypeKindC::UnsafePointer:
      mask |= uint64_t{1} << (off / 8);
      return;
    case TypeKindC::Interface:
      mask |= uint64_t{1} << (off / 8 + 1);
      return;
    case TypeKindC::Array:
      for (uint64_t k = 0; k < u->len; ++k) arg_pointer_words(u->elem, static_cast<uint32_t>(off + k * u->elem->size), mask);
      return;
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) arg_pointer_words(f.type, static_cast<uint32_t>(off + f.offset), mask);
      return;
    default: return;
  }
}

constexpr uint32_t kDeferArgsMax = 62 * 8;  // a heap record's pointer mask covers 64 words

// Whether e holds an allocation escape analysis put on the stack
// ([]int{...}, &T{...}, new(T) that do not escape). In a loop, the frame
// slot such a value lives in is the same at every iteration, so the
// records of a deferred call would share it; gc 1.19 builds such literals
// when the deferred call runs, from values saved at the statement. govm
// refuses them for now.
bool has_stack_site(const Expr* e) {
  if (e == nullptr) return false;
  if (e->escape == EscapeDecision::Stack) return true;
  switch (e->kind) {
    case ExprKind::Paren: return has_stack_site(static_cast<const ParenExpr*>(e)->x);
    case ExprKind::Unary: return has_stack_site(static_cast<const UnaryExpr*>(e)->x);
    case ExprKind::Star: return has_stack_site(static_cast<const StarExpr*>(e)->x);
    case ExprKind::Selector: return has_stack_site(static_cast<const SelectorExpr*>(e)->x);
    case ExprKind::Index: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      return has_stack_site(ix->x) || has_stack_site(ix->index);
    }
    case ExprKind::Slice: {
      const auto* sl = static_cast<const SliceExpr*>(e);
      return has_stack_site(sl->x) || has_stack_site(sl->lo) || has_stack_site(sl->hi) || has_stack_site(sl->max);
    }
    case ExprKind::Binary: {
      const auto* b = static_cast<const BinaryExpr*>(e);
      return has_stack_site(b->x) || has_stack_site(b->y);
    }
    case ExprKind::KeyValue: {
      const auto* kv = static_cast<const KeyValueExpr*>(e);
      return has_stack_site(kv->key) || has_stack_site(kv->value);
    }
    case ExprKind::CompositeLit:
      for (const Expr* x : static_cast<const CompositeLit*>(e)->elts)
        if (has_stack_site(x)) return true;
      return false;
    case ExprKind::Call:
      for (const Expr* x : static_cast<const CallExpr*>(e)->args)
        if (has_stack_site(x)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

// ------------------------------------------------------------------ panic

void FuncGen::panic_call(const CallExpr* c) {
  if (c->args.size() != 1 || c->args[0]->type == nullptr) return;  // the checker reported it
  const Expr* arg = c->args[0];
  if (arg->type->is_untyped()) {
    unsupported(c->pos, "panic with this value");
    return;
  }
  hoist(c);
  if (arg->type->underlying()->kind == TypeKindC::Interface) {
    // panic(r) of an interface value (a recovered value panicked again):
    // its eface is gopanic's argument as it stands.
    const Slot e = temp(arg->type);
    expr_to(arg, e);
    mark(c->pos);
    callrt(e, NativeId::gopanic);
    return;
  }
  const Slot e = temp(16);
  note_ptr(e.at(8));  // the data word: the value's address in this frame
  if (const_data_word(arg, e.at(8))) {  // (issue 6) a read-only static: gopanic keeps it
    emit(Op::MOVK_Q, {e, Opnd::rel(RelocKind::Type, prog_.type_id(arg->type))});
    mark(c->pos);
    callrt(e, NativeId::gopanic);
    return;
  }
  const Slot v = operand(arg);
  emit(Op::MOVK_Q, {e, Opnd::rel(RelocKind::Type, prog_.type_id(arg->type))});
  if (is_direct_iface(arg->type)) {
    emit(Op::MOV_Q, {e.at(8), v});  // (issue 6, iface) a pointer-shaped value is the data word itself
  } else {
    emit(Op::LEAQ, {e.at(8), v});
  }
  mark(c->pos);
  callrt(e, NativeId::gopanic);
}

void FuncGen::recover_to(const CallExpr* c, Slot dst) {
  // A runtime error's value is its message: the image needs a string descriptor.
  (void)prog_.type_id(pkg_.types->basic(TypeKindC::String));
  const Slot r = temp(16);
  note_ptr(r.at(8));
  mark(c->pos);
  callrt(r, NativeId::gorecover);
  if (!(dst == Slot{})) move(dst, r, c->type);
}

// os.Exit(code): ends the program there, deferred calls not run.
void FuncGen::os_exit(const CallExpr* c) {
  if (c->args.size() != 1) return;  // the checker reported it
  hoist(c);
  const Slot code = temp(8);
  expr_to_as(c->args[0], pkg_.types->basic(TypeKindC::Int), code);
  mark(c->pos);
  callrt(code, NativeId::os_Exit);
}

// x.(T) for a concrete T, as gc's assertE2T: the type word against T's
// descriptor; a mismatch is runtime.panicdottypeE (Go's "interface
// conversion: interface {} is string, not int"), a match copies the value
// out of the box the data word points at.
void FuncGen::type_assert_to(const TypeAssertExpr* ta, Slot dst) {
  // (issue 6, iface) every form, with direct interface types and itabs: codegen_iface.cpp
  if (ta) {
    iface_assert_to(ta, dst, Slot{});
    return;
  }
  const Type* t = ta->type;
  const Slot e = operand(ta->x);
  const Slot want = temp(8);
  emit(Op::MOVK_Q, {want, Opnd::rel(RelocKind::Type, prog_.type_id(t))});
  const int ok = new_label();
  emit(Op::JEQ_Q, {e, want, Opnd::label(ok)});
  const Slot block = temp(24);
  emit(Op::MOV_Q, {block, e});
  emit(Op::MOV_Q, {block.at(8), want});
  emit(Op::MOVK_Q, {block.at(16), Opnd::rel(RelocKind::Type, prog_.type_id(ta->x->type))});
  mark(ta->pos);
  callrt(block, NativeId::panicdottypeE);
  bind(ok);
  if (t->size == 0) return;
  Place p;
  p.kind = Place::Kind::Mem;
  p.slot = e.at(8);
  p.type = t;
  load(p, dst);
}

// ------------------------------------------------------------------ defer

void FuncGen::begin_defers(const FuncDecl* fd) {
  DeferFinder finder;
  if (fd->body) finder.list(fd->body->list, 0);
  if (!finder.any) return;
  has_defer_ = true;
  defers_in_loops_ = std::move(finder.in_loops);
  defer_head_ = local_slot(8);
  note_ptr(defer_head_);
  defer_rec_ = local_slot(8);
  note_ptr(defer_rec_);
  emit(Op::MOVK_Q, {defer_head_, Opnd::imm(0)});
  defer_exit_ = new_label();
  const Type* ft = fd->name && fd->name->obj ? method_func_type(fd->name->obj) : nullptr;
  for (size_t i = 0; ft && i < ft->results.size() && i < self_.results.size(); ++i)
    zero(Slot{Base::Arg, self_.results[i]}, ft->results[i].type);
  fc_.has_defer = true;
}

void FuncGen::ret(Pos pos) {
  mark(pos);
  if (has_defer_) {
    emit(Op::JMP, {Opnd::label(defer_exit_)});
  } else {
    emit(Op::RET, {Slot{Base::Frame, 0}});
  }
}

// The arguments a deferred call saves, laid out as its record holds them.
FuncGen::DeferSite FuncGen::defer_site(const CallExpr* c) {
  DeferSite site;
  site.call = c;
  if (defer_method_site(c, site)) {
    if (site.types.empty()) return DeferSite{};
  } else if (c->call_kind == CallKind::Func) {
    const Expr* fun = unparen(c->fun);
    const Object* obj = fun->kind == ExprKind::Ident ? static_cast<const Ident*>(fun)->obj : nullptr;
    const Type* ft = fun->type ? fun->type->underlying() : nullptr;
    if (obj && obj->kind == ObjKind::Func && obj->decl && obj->type) {
      saved_arg_types(obj->type, c, site.types);
    } else if (ft && ft->kind == TypeKindC::Func && (!obj || obj->kind == ObjKind::Var)) {
      site.fn_value = true;  // (issue 6, func) the func value, then the arguments
      site.types.push_back(fun->type);
      saved_arg_types(ft, c, site.types);
    } else {
      return site;
    }
  } else {
    for (const Expr* a : c->args) site.types.push_back(a->type);
  }
  uint32_t off = 0;
  for (const Type* t : site.types) {
    if (t == nullptr) return DeferSite{};
    off = align_to(off, t->align);
    site.offs.push_back(off);
    off += static_cast<uint32_t>(t->size);
  }
  site.size = align_to(off, 8);
  return site;
}

// (meth2) defer x.M(args): x.M a method of the package (value or
// pointer receiver, promoted or not), of an interface, or one of sync's
// (wg.Done(), mu.Unlock()). False when c is no such call. The record
// saves the receiver as the method takes it, then the arguments: as gc's
// wrapper closure, which evaluates x (its & or *, a value receiver's
// copy) at the statement. site.types is left empty for a method call
// govm does not defer yet (variadic methods).
bool FuncGen::defer_method_site(const CallExpr* c, DeferSite& site) {
  const Expr* fun = unparen(c->fun);
  if (fun == nullptr || fun->kind != ExprKind::Selector) return false;
  const auto* sel = static_cast<const SelectorExpr*>(fun);
  if (sel->sel_kind != SelKind::Method || sel->x->mode == Mode::TypeExpr) return false;
  if (c->call_kind == CallKind::Native) {  // sync's methods: the receiver is &x.path (method_receiver)
    const Type* rt = sel->x->type;
    for (int idx : sel->path) {
      const Type* u = rt->underlying();
      if (u->kind == TypeKindC::Pointer) u = u->elem->underlying();
      rt = u->fields[static_cast<size_t>(idx)].type;
    }
    site.recv = sel;
    site.types.push_back(sel->implicit_addr ? pkg_.types->pointer(rt) : rt);
    // wg.Add(delta), (methods) b.WriteString(s): the method's parameters
    const Type* ft = fun->type != nullptr && fun->type->kind == TypeKindC::Func ? fun->type : nullptr;
    if (ft == nullptr || ft->params.size() != c->args.size() || c->ellipsis.valid()) {
      site.types.clear();
      return true;
    }
    for (const Param& p : ft->params) site.types.push_back(p.type);
    return true;
  }
  const Object* m = sel->sel->obj;
  if (c->call_kind != CallKind::Func || m == nullptr || m->recv == nullptr || m->type == nullptr) return false;
  site.recv = sel;
  if ((m->decl == nullptr && !is_iface(m->recv)) ||
      (m->type->variadic && !c->ellipsis.valid() ? c->args.size() + 1 < m->type->params.size()
                                                  : c->args.size() != m->type->params.size()))
    return true;
  site.types.push_back(m->recv);  // T, *T, or the interface type
  saved_arg_types(m->type, c, site.types);  // (methods) variadic ones too
  return true;
}

// The receiver of a deferred method call, as its site saves it, into dst.
void FuncGen::defer_receiver_to(const DeferSite& site, Slot dst) {
  const SelectorExpr* sel = site.recv;
  const Object* m = sel->sel->obj;
  if (site.call->call_kind == CallKind::Native) {
    move(dst, method_receiver(sel), site.types[0]);
    return;
  }
  if (m->decl != nullptr) {
    receiver_to(sel, m->recv, dst);
    return;
  }
  // An interface: its value, then its itab's entry loaded once, so that a
  // nil interface panics here (gc's wrapper evaluates the method value).
  iface_receiver_to(sel, m->recv, dst);
  const Slot fn = temp(8);
  emit(Op::LOAD_Q, {fn, dst, Opnd::imm(itab_fun_offset(m->recv, m->name))});
}

void FuncGen::defer_stmt(const DeferStmt* s) {
  const CallExpr* c = s->call;
  if (c == nullptr) return;
  DeferSite site = defer_site(c);
  // What the record saves: (issue 6, func) the func value first, if any.
  std::vector<const Expr*> saved;
  if (site.fn_value || site.recv) saved.push_back(c->fun);  // (meth2) the receiver: defer_receiver_to
  saved.insert(saved.end(), c->args.begin(), c->args.end());
  if (site.call == nullptr || site.types.size() != saved.size()) {
    unsupported(s->pos, "this deferred call");
    return;
  }
  for (const Type* t : site.types) {
    if (t->is_untyped()) {
      unsupported(s->pos, "this deferred call");
      return;
    }
  }
  const bool in_loop = defers_in_loops_.count(s) != 0;
  for (const Expr* a : saved) {
    if (in_loop && has_stack_site(site.recv && a == c->fun ? site.recv->x : a)) {
      unsupported(a->pos, "values allocated on the stack as arguments of a deferred call in a loop");
      return;
    }
  }
  const int64_t k = static_cast<int64_t>(defer_sites_.size());
  for (const Expr* a : saved) hoist(site.recv && a == c->fun ? site.recv->x : a);
  // The saved values, in order; the receiver's at its statement (its
  // implicit * may panic there, and a nil interface's itab too, as in Go).
  auto save = [&](size_t i, Slot at) {
    if (i == 0 && site.recv) {
      mark(s->pos);
      defer_receiver_to(site, at);
    } else {
      expr_to_as(saved[i], site.types[i], at);
    }
  };
  if (!in_loop) {
    // A record of the frame's own: rec.link = head; rec.site = k; the
    // arguments; head = &rec.
    const Slot rec = local_slot(16 + site.size);
    note_ptr(rec);
    for (size_t i = 0; i < saved.size(); ++i) {
      const Slot at = rec.at(16 + site.offs[i]);
      note_ptrs(at, site.types[i]);
      save(i, at);
    }
    emit(Op::MOV_Q, {rec, defer_head_});
    emit(Op::MOVK_Q, {rec.at(8), Opnd::imm(k)});
    emit(Op::LEAQ, {defer_head_, rec});
  } else {
    if (site.size > kDeferArgsMax) {
      unsupported(s->pos, "deferred calls with this many arguments in a loop");
      return;
    }

    uint64_t mask = 0;
    for (size_t i = 0; i < site.types.size(); ++i) arg_pointer_words(site.types[i], site.offs[i], mask);
    const Slot block = temp(32 + site.size);
    note_ptr(block);  // &head, a stack address
    for (size_t i = 0; i < saved.size(); ++i) {
      const Slot at = block.at(32 + site.offs[i]);
      note_ptrs(at, site.types[i]);
      save(i, at);
    }
    emit(Op::LEAQ, {block, defer_head_});
    emit(Op::MOVK_Q, {block.at(8), Opnd::imm(k)});
    emit(Op::MOVK_Q, {block.at(16), Opnd::imm(site.size)});
    emit(Op::MOVK_Q, {block.at(24), Opnd::imm(static_cast<int64_t>(mask))});
    mark(s->pos);
    alloc_site(c, "runtime._defer", "defer in a loop");
    callrt(block, NativeId::deferproc);
  }
  defer_sites_.push_back(std::move(site));
}

// One deferred call, its arguments loaded from the record at defer_rec_.
void FuncGen::run_deferred(const DeferSite& site) {
  const CallExpr* c = site.call;
  auto copy = std::make_unique<CallExpr>(*c);
  const size_t first = site.fn_value || site.recv ? 1 : 0;  // (issue 6, func) the saved func value
  for (size_t i = 0; i < site.types.size() && i < copy->args.size() + first; ++i) {
    const Slot v = temp(site.types[i]);
    Place p;
    p.kind = Place::Kind::Mem;
    p.slot = defer_rec_;
    p.off = 16 + site.offs[i];
    p.type = site.types[i];
    load(p, v);
    Expr* pinned = const_cast<Expr*>(pin(v, site.types[i]));
    if (i < first && site.recv) {
      // (meth2) x.M with x the saved receiver, already as M wants it.
      auto sel = std::make_unique<SelectorExpr>(*site.recv);
      sel->x = pinned;
      sel->path.clear();
      sel->implicit_addr = false;
      copy->fun = sel.get();
      deferred_sels_.push_back(std::move(sel));
    } else if (i < first)
      copy->fun = pinned;
    else
      copy->args[i - first] = pinned;
  }
  CallExpr* cc = copy.get();
  deferred_calls_.push_back(std::move(copy));
  if (cc->call_kind == CallKind::Func) {
    flush_pending();
    emit_call(cc);
    pending_ = nullptr;  // its results are dropped
  } else if (cc->call_kind == CallKind::Builtin) {
    builtin_call(cc);
  } else if (site.recv) {
    // (meth2) wg.Done(), mu.Unlock(), ...; (methods) b.WriteString(s): the receiver pinned
    if (!sync_call(cc)) strings_pinned(cc);
  } else {
    fmt_call(cc);
  }
}

void FuncGen::end_defers() {
  if (!has_defer_) return;
  flush_pending();
  if (fd_ && fd_->body) mark(fd_->body->rbrace);
  bind(defer_exit_);
  fc_.deferreturn = static_cast<uint32_t>(fc_.code.size_bytes());
  const int loop = new_label(), done = new_label();
  bind(loop);
  emit(Op::MOV_Q, {defer_rec_, defer_head_});
  emit(Op::JEQI_Q, {defer_rec_, Opnd::imm(0), Opnd::label(done)});
  Place link;
  link.kind = Place::Kind::Mem;
  link.slot = defer_rec_;
  link.type = pkg_.types->basic(TypeKindC::Uintptr);
  load(link, defer_head_);
  const Slot site = temp(8);
  load(link.at(8, link.type), site);
  for (size_t k = 0; k < defer_sites_.size(); ++k) {
    const uint64_t mark_site = temp_top_;
    const int next = new_label();
    emit(Op::JNEI_Q, {site, Opnd::imm(static_cast<int64_t>(k)), Opnd::label(next)});
    run_deferred(defer_sites_[k]);
    flush_pending();
    end_statement(mark_site);
    emit(Op::JMP, {Opnd::label(loop)});
    bind(next);
  }
  emit(Op::JMP, {Opnd::label(loop)});
  bind(done);
  callrt(Slot{Base::Abs, 0}, NativeId::deferreturn);
  emit(Op::RET, {Slot{Base::Frame, 0}});
}

}  // namespace govm
