// (issue 6, errs) Package errors in the code generator: the functions that
// call Go methods (errors.Is, errors.As, errors.Unwrap and the Error
// method of errors.Join's *joinError) are generated as real functions,
// "drivers", named as Go names them, and calls of errors.Is/As/Unwrap CALL
// them; errors.Join is one CALLRT. The runtime's side and the reasons are
// in runtime/errors_methods.cpp; the block layouts in errors_methods.h.
//
// A driver, for its spec (below):
//
//        ENTER
//        block.fields = params          a typed block: its pointer words
//        MOVK_Q block.state, 0          are in the stack map
//        MOVK_Q block.idx, 0
//   L:   CALLRT block, NAME.step        the native: done, or asks for a call
//        JEQI_Q block.kind, 0, done
//        JNEI_Q block.kind, k, next_k   for each call k it may ask for:
//        Out = block fields               the call's arguments
//        CALLCLO &block.fn  | CALL f      a method (its ifn), or the walker
//        block fields = Out               its results
//        JMP L
//   next_k: ...
//   done: results = block.result; RET
//
// The drivers a program needs are declared before code generation
// (Program::wrapper_ids by name, so call sites find them) and generated
// after the program's functions; they are not wrappers: tracebacks show
// them, as Go's show errors.is and errors.Is.
#include <algorithm>

#include "compiler/codegen.h"
#include "compiler/escape.h"  // site_name
#include "runtime/errors_methods.h"

namespace govm {

namespace {

// One call a driver's native may ask for.
struct DriverMove {
  uint32_t block, out;
  const Type* type;
};
struct DriverCall {
  uint64_t kind;
  std::string callee;  // a driver called directly; empty: the method at block.fn
  std::vector<DriverMove> in, out;
};
struct DriverSpec {
  std::string name;
  NativeId step;
  const Type* sig = nullptr;
  uint32_t size = 0;
  std::vector<uint32_t> params;  // block offset of each parameter
  uint32_t result = 0;           // block offset of the result
  std::vector<std::pair<uint32_t, const Type*>> fields;
  std::vector<DriverCall> calls;
  const char* alloc_what = nullptr;  // the native allocates: its site
  const char* alloc_reason = nullptr;
};

struct DriverTypes {
  const Type *err, *any, *boolean, *word, *errs, *bytes, *str, *join;
};

DriverTypes driver_types(const CheckedPackage& pkg) {
  TypeTable& t = *pkg.type_table;
  DriverTypes d{};
  d.err = pkg.error_type;
  auto as = pkg.errors_funcs.find(static_cast<int>(NativeId::errors_As));
  d.any = as != pkg.errors_funcs.end() ? as->second->params[1].type : nullptr;
  d.boolean = t.basic(TypeKindC::Bool);
  d.word = t.pointer(t.byte_type());  // a receiver word: any pointer
  d.errs = t.slice(d.err);
  d.bytes = t.slice(t.byte_type());
  d.str = t.basic(TypeKindC::String);
  d.join = pkg.errors_join_error_ptr;
  return d;
}

// The entries errors.Is and errors.As (DrvEntry): one call, the walker.
DriverSpec entry_spec(const std::string& name, const DriverTypes& t, const Type* target) {
  using E = DrvEntry;
  const bool is = name == "errors.Is";
  DriverSpec s;
  s.name = name;
  s.step = is ? NativeId::errors_Is_step : NativeId::errors_As_step;
  s.sig = nullptr;
  s.size = E::size;
  s.params = {E::err, E::target};
  s.result = E::result;
  s.fields = {{E::err, t.err}, {E::target, target}, {E::result, t.boolean}, {E::flag, t.boolean}};
  s.calls = {{kDrvCallWalk, is ? "errors.is" : "errors.as",
              {{E::err, 0, t.err}, {E::target, 16, target}, {E::flag, 32, t.boolean}},
              {{E::result, 40, t.boolean}}}};
  if (!is) {
    s.alloc_what = "\"errors: target must be a non-nil pointer\"";
    s.alloc_reason = "converted to interface: errors.As panics with a string";
  }
  return s;
}

// The walkers errors.is and errors.as (DrvWalk), Go's is and as.
DriverSpec walk_spec(const std::string& name, const DriverTypes& t, const Type* target) {
  using W = DrvWalk;
  DriverSpec s;
  s.name = name;
  s.step = name == "errors.is" ? NativeId::errors_is_step : NativeId::errors_as_step;
  s.size = W::size;
  s.params = {W::cur, W::target, W::flag};
  s.result = W::result;
  s.fields = {{W::cur, t.err},     {W::target, target},  {W::flag, t.boolean},    {W::result, t.boolean},
              {W::recv, t.word},   {W::errs, t.errs},    {W::callres, t.boolean}, {W::elem, t.err}};
  s.calls = {
      {kDrvCallMethod, "", {{W::recv, 0, t.word}, {W::target, 8, target}}, {{W::callres, 24, t.boolean}}},
      {kDrvCallUnwrap, "", {{W::recv, 0, t.word}}, {{W::cur, 8, t.err}}},
      {kDrvCallUnwraps, "", {{W::recv, 0, t.word}}, {{W::errs, 8, t.errs}}},
      {kDrvCallWalk, name, {{W::elem, 0, t.err}, {W::target, 16, target}, {W::flag, 32, t.boolean}},
       {{W::callres, 40, t.boolean}}},
  };
  return s;
}

DriverSpec unwrap_spec(const DriverTypes& t) {
  using U = DrvUnwrap;
  DriverSpec s;
  s.name = "errors.Unwrap";
  s.step = NativeId::errors_Unwrap_step;
  s.size = U::size;
  s.params = {U::err};
  s.result = U::result;
  s.fields = {{U::err, t.err}, {U::result, t.err}, {U::recv, t.word}};
  s.calls = {{kDrvCallUnwrap, "", {{U::recv, 0, t.word}}, {{U::result, 8, t.err}}}};
  return s;
}

DriverSpec join_error_spec(const DriverTypes& t) {
  using J = DrvJoinError;
  DriverSpec s;
  s.name = "errors.(*joinError).Error";
  s.step = NativeId::joinError_Error_step;
  s.size = J::size;
  s.params = {J::e};
  s.result = J::result;
  s.fields = {{J::e, t.join}, {J::result, t.str}, {J::buf, t.bytes}, {J::recv, t.word}, {J::callres, t.str}};
  s.calls = {{kDrvCallMethod, "", {{J::recv, 0, t.word}}, {{J::callres, 8, t.str}}}};
  s.alloc_what = "b";
  s.alloc_reason = "errors.(*joinError).Error builds the joined message in a []byte";
  return s;
}

// The spec of driver `name`, with its Go signature.
DriverSpec spec_of(const CheckedPackage& pkg, const std::string& name) {
  const DriverTypes t = driver_types(pkg);
  TypeTable& tt = *pkg.type_table;
  auto sig = [&](NativeId id) { return pkg.errors_funcs.at(static_cast<int>(id)); };
  DriverSpec s;
  if (name == "errors.Is" || name == "errors.As") {
    const bool is = name == "errors.Is";
    s = entry_spec(name, t, is ? t.err : t.any);
    s.sig = sig(is ? NativeId::errors_Is : NativeId::errors_As);
  } else if (name == "errors.is" || name == "errors.as") {
    const Type* target = name == "errors.is" ? t.err : t.any;
    s = walk_spec(name, t, target);
    s.sig = tt.func({Param{"err", t.err}, Param{"target", target}, Param{"targetComparable", t.boolean}},
                    {Param{"", t.boolean}}, false);
  } else if (name == "errors.Unwrap") {
    s = unwrap_spec(t);
    s.sig = sig(NativeId::errors_Unwrap);
  } else {
    s = join_error_spec(t);
    s.sig = tt.func({Param{"e", t.join}}, {Param{"", t.str}}, false);
  }
  return s;
}

// The drivers errors function `id` needs, callers first.
std::vector<std::string> drivers_of(NativeId id) {
  switch (id) {
    case NativeId::errors_Is: return {"errors.Is", "errors.is"};
    case NativeId::errors_As: return {"errors.As", "errors.as"};
    case NativeId::errors_Unwrap: return {"errors.Unwrap"};
    case NativeId::errors_Join: return {"errors.(*joinError).Error"};
    default: return {};
  }
}

// The driver a call site of `id` calls ("" for none).
std::string called_driver(NativeId id) {
  switch (id) {
    case NativeId::errors_Is: return "errors.Is";
    case NativeId::errors_As: return "errors.As";
    case NativeId::errors_Unwrap: return "errors.Unwrap";
    default: return {};
  }
}

}  // namespace

std::vector<uint32_t> declare_errors_drivers(Program& prog, const CheckedPackage& pkg) {
  std::vector<uint32_t> ids;
  if (pkg.error_type == nullptr) return ids;
  for (const auto& [native, sig] : pkg.errors_funcs) {
    for (const std::string& name : drivers_of(static_cast<NativeId>(native))) {
      if (prog.wrapper_ids.count(name)) continue;
      const auto id = static_cast<uint32_t>(prog.funcs.size());
      prog.wrapper_ids.emplace(name, id);
      prog.funcs.emplace_back();
      prog.funcs.back().name = name;
      ids.push_back(id);
    }
  }
  return ids;
}

void generate_errors_drivers(Program& prog, const CheckedPackage& pkg, Diagnostics& diags,
                             const std::vector<uint32_t>& ids) {
  for (uint32_t id : ids) {
    const std::string name = prog.funcs[id].name;
    FuncGen(prog, pkg, diags, prog.funcs[id]).gen_errors_driver(name);
  }
}

void FuncGen::gen_errors_driver(const std::string& name) {
  const DriverSpec s = spec_of(pkg_, name);
  const Type* ft = s.sig;
  self_ = call_layout(ft);
  fc_.name = name;
  // (issue 6) Go's source file, for tracebacks: govm has no line of it.
  fc_.file = name.find("joinError") != std::string::npos ? "errors/join.go" : "errors/wrap.go";
  for (size_t i = 0; i < ft->params.size(); ++i)
    add_local(Slot{Base::Arg, self_.params[i]}, ft->params[i].type, LocalVar::Role::Param, ft->params[i].name, 0);
  emit(Op::ENTER, {Opnd::imm(0), Slot{Base::Frame, 0}, Opnd::imm(0)});
  for (size_t i = 0; i < ft->results.size(); ++i) {
    if (has_pointers(ft->results[i].type)) zero(Slot{Base::Arg, self_.results[i]}, ft->results[i].type);
  }
  if (s.step == NativeId::errors_As_step) {  // its panics' values (errors_methods.cpp, panic_string)
    for (const char* m : {"errors: target cannot be nil", "errors: target must be a non-nil pointer",
                          "errors: *target must be interface or implement error"})
      prog_.string_id(m);
    prog_.type_id(pkg_.types->basic(TypeKindC::String));
  }
  const Slot block = temp(s.size);
  for (const auto& [off, t] : s.fields) note_ptrs(block.at(off), t);
  for (size_t i = 0; i < ft->params.size(); ++i)
    move(block.at(s.params[i]), Slot{Base::Arg, self_.params[i]}, ft->params[i].type);
  emit(Op::MOVK_Q, {block.at(kDrvState), Opnd::imm(0)});
  emit(Op::MOVK_Q, {block.at(kDrvIdx), Opnd::imm(0)});
  const Slot fv = temp(8);
  note_ptr(fv);  // into this frame: adjusted if the stack moves
  const int again = new_label(), done = new_label();
  bind(again);
  if (s.alloc_what != nullptr) alloc_site(nullptr, s.alloc_what, s.alloc_reason);
  callrt(block, s.step);
  emit(Op::JEQI_Q, {block.at(kDrvKind), Opnd::imm(static_cast<int64_t>(kDrvDone)), Opnd::label(done)});
  for (const DriverCall& c : s.calls) {
    const int next = new_label();
    emit(Op::JNEI_Q, {block.at(kDrvKind), Opnd::imm(static_cast<int64_t>(c.kind)), Opnd::label(next)});
    uint32_t top = 0;
    for (const DriverMove& m : c.in) top = std::max<uint32_t>(top, m.out + static_cast<uint32_t>(m.type->size));
    for (const DriverMove& m : c.out) top = std::max<uint32_t>(top, m.out + static_cast<uint32_t>(m.type->size));
    out_size_ = std::max<uint64_t>(out_size_, (top + 7) / 8 * 8);
    for (const DriverMove& m : c.in) move(Slot{Base::Out, m.out}, block.at(m.block), m.type);
    if (c.callee.empty()) {
      emit(Op::LEAQ, {fv, block.at(kDrvFn)});  // block.fn is a funcval's word 0
      emit(Op::CALLCLO, {fv, Opnd::imm(0)});
    } else {
      emit(Op::CALL, {Opnd::rel(RelocKind::Call, prog_.wrapper_ids.at(c.callee))});
    }
    for (const DriverMove& m : c.out) move(block.at(m.block), Slot{Base::Out, m.out}, m.type);
    emit(Op::JMP, {Opnd::label(again)});
    bind(next);
  }
  bind(done);
  for (size_t i = 0; i < ft->results.size(); ++i)
    move(Slot{Base::Arg, self_.results[i]}, block.at(s.result), ft->results[i].type);
  emit(Op::RET, {Slot{Base::Frame, 0}});
  finish(self_.params_size, self_.size - self_.params_size);
}

bool FuncGen::errors_driver_call(NativeId id, Slot block, const std::vector<uint32_t>& params,
                                 const std::vector<uint32_t>& results, const Type* ft) {
  const std::string name = called_driver(id);
  if (name.empty()) return false;
  auto it = prog_.wrapper_ids.find(name);
  if (it == prog_.wrapper_ids.end()) {
    unsupported(Pos{}, "this call of " + std::string(native_name(id)));
    return true;
  }
  // The block is the call's ABI0 layout: its arguments go to the outgoing
  // area, the driver runs, its results come back at once (no safe point
  // in between: the area is the callee's while it runs).
  flush_pending();  // a Go call's results still in the outgoing area: moved out first
  const CallLayout l = call_layout(ft);
  out_size_ = std::max<uint64_t>(out_size_, l.total);
  for (size_t i = 0; i < ft->params.size(); ++i)
    move(Slot{Base::Out, l.params[i]}, block.at(params[i]), ft->params[i].type);
  emit(Op::CALL, {Opnd::rel(RelocKind::Call, it->second)});
  for (size_t i = 0; i < ft->results.size(); ++i)
    move(block.at(results[i]), Slot{Base::Out, l.results[i]}, ft->results[i].type);
  return true;
}

// errors.Join(a, b, c) and errors.Join(errs...): the ...error slice (in
// this frame unless given: gc's "... argument does not escape"), then
// one CALLRT; the native allocates the *joinError and its slice.
void FuncGen::errors_join_pinned(const CallExpr* c) {
  const Type* ft = unparen(c->fun)->type;
  const Type* slice_t = ft->params[0].type;
  const Type* err_t = slice_t->underlying()->elem;
  for (const Expr* a : c->args) hoist(a);
  const Slot block = temp(24 + 16);
  note_ptrs(block, slice_t);
  note_ptrs(block.at(24), err_t);
  if (c->ellipsis.valid()) {
    expr_to_as(c->args[0], slice_t, block);
  } else if (c->args.empty()) {
    emit(Op::MOVK_Q, {block, Opnd::imm(0)});
  } else {
    const Slot arr = local_slot(16 * c->args.size());
    for (size_t i = 0; i < c->args.size(); ++i) note_ptrs(arr.at(static_cast<uint32_t>(16 * i)), err_t);
    for (size_t i = 0; i < c->args.size(); ++i) expr_to_as(c->args[i], err_t, arr.at(static_cast<uint32_t>(16 * i)));
    emit(Op::LEAQ, {block, arr});
  }
  if (!c->ellipsis.valid()) {
    emit(Op::MOVK_Q, {block.at(8), Opnd::imm(static_cast<int64_t>(c->args.size()))});
    emit(Op::MOVK_Q, {block.at(16), Opnd::imm(static_cast<int64_t>(c->args.size()))});
  }
  prog_.type_id(pkg_.errors_join_error_ptr);
  prog_.type_id(slice_t);
  alloc_site(c, site_name(c), "errors.Join makes a *joinError and its []error on the heap");
  mark(c->pos);
  callrt(block, NativeId::errors_Join);
  Hoisted h;
  h.results.push_back(block.at(24));
  h.types.push_back(c->type);
  pinned_slots_[c] = block.at(24);
  pinned_ast_.push_back(c);
  hoisted_[c] = std::move(h);
}

// *errors.joinError {Error: its driver, Unwrap: a native} and
// *fmt.wrapErrors {Error, Unwrap: natives}, sorted by name.
void errors_method_tables(Program& prog, const CheckedPackage& pkg) {
  if (pkg.error_type == nullptr) return;
  const Type* error_sig = pkg.error_type->underlying()->imethods[0].type;
  const Type* unwraps_sig = pkg.type_table->func({}, {Param{"", pkg.type_table->slice(pkg.error_type)}}, false);
  auto table = [&](const Type* p, Program::MethodDef e, int unwrap) {
    prog.type_id(p);
    prog.type_id(p->elem);
    prog.type_id(unwraps_sig);
    Program::MethodDef u{"Unwrap", unwraps_sig};
    u.native = unwrap;
    u.ifn = u.tfn = 0;  // (unused with native set)
    prog.method_tables[p] = {std::move(e), u};
  };
  if (pkg.fmt_wrap_errors_ptr != nullptr) {
    Program::MethodDef e{"Error", error_sig};
    e.native = static_cast<int>(NativeId::wrapErrors_Error);
    e.ifn = e.tfn = 0;
    table(pkg.fmt_wrap_errors_ptr, e, static_cast<int>(NativeId::wrapErrors_Unwrap));
  }
  auto drv = prog.wrapper_ids.find("errors.(*joinError).Error");
  if (pkg.errors_join_error_ptr != nullptr && drv != prog.wrapper_ids.end()) {
    Program::MethodDef e{"Error", error_sig};
    e.ifn = e.tfn = drv->second;
    table(pkg.errors_join_error_ptr, e, static_cast<int>(NativeId::joinError_Unwrap));
  }
}

}  // namespace govm
