// Checking panic(v), recover() (go/types' builtins.go, _Panic, _Recover)
// and defer statements (go/types' stmt.go).
//
// panic's parameter is an interface{}: its argument is assigned to it, so
// an untyped constant takes its default type (panic(42) panics with an
// int) and any typed value is accepted. panic(nil) is refused for now by
// assignment's "nil interface values" (today's Go panics with a
// *runtime.PanicNilError there, which govm does not model yet).
//
// A call of panic is a terminating statement (spec, "Terminating
// statements"): a function whose body ends in one needs no return.
//
// recover() is an interface{} (any): the value of the panic it stops, or
// nil.
//
// defer f(args): the call must be one that may stand as a statement, not a
// conversion or a builtin with a value. govm compiles deferred calls of
// the package's functions, of print and println and of fmt.Print,
// Println and Printf; deferred closures (defer func() {...}()) wait for
// function literals, the rest says so.
#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

Type empty_interface() {
  Type any_t;
  any_t.kind = TypeKindC::Interface;
  any_t.name = "any";
  any_t.size = 16;
  any_t.align = 8;
  return any_t;
}

}  // namespace

void Checker::builtin_panic(Operand& x) {
  assignment(x, types_.intern(empty_interface()), "argument to panic");
  if (x.invalid()) return;
  x.mode = Mode::NoValue;
  x.type = nullptr;
}

void Checker::builtin_recover(Operand& x) {
  declare_runtime_errors();  // (issue 6) the values it may return
  x.mode = Mode::Value;
  x.type = types_.intern(empty_interface());
}

void Checker::defer_stmt(DeferStmt* s) {
  CallExpr* call = s->call;
  if (call == nullptr) return;
  Operand x;
  const ExprUse use = raw_expr(x, call);
  if (x.invalid()) return;
  if (use == ExprUse::Conversion) {
    error(start_pos(call), "defer requires function call, not conversion " + operand_string(x));
    return;
  }
  if (use == ExprUse::Expression) {
    error(start_pos(call), "defer discards result of " + operand_string(x));
    return;
  }
  // (issue 6, meth2) Methods (the package's, interfaces', sync's) are
  // deferred like functions: codegen_defer.cpp saves their receiver.
  switch (call->call_kind) {
    case CallKind::Func: return;
    case CallKind::Builtin:
      if (call->builtin == static_cast<int>(Builtin::Print) || call->builtin == static_cast<int>(Builtin::Println))
        return;
      unsupported(start_pos(call), "defer statements calling built-in " + std::string(builtin_name(call->builtin)));
      return;
    case CallKind::Native:
      if (call->native == static_cast<int>(NativeId::fmt_Println) ||
          call->native == static_cast<int>(NativeId::fmt_Print) || call->native == static_cast<int>(NativeId::fmt_Printf))
        return;
      switch (static_cast<NativeId>(call->native)) {  // (meth2) defer wg.Done(), defer mu.Unlock()
        case NativeId::sync_WaitGroup_Add: case NativeId::sync_WaitGroup_Done: case NativeId::sync_WaitGroup_Wait:
        case NativeId::sync_Mutex_Lock: case NativeId::sync_Mutex_Unlock:
        // (methods) defer b.WriteString("x"): a strings.Builder's methods
        case NativeId::strings_Builder_WriteString: case NativeId::strings_Builder_WriteByte:
        case NativeId::strings_Builder_WriteRune: case NativeId::strings_Builder_Reset:
        case NativeId::strings_Builder_Grow: case NativeId::strings_Builder_String: case NativeId::strings_Builder_Len:
          if (unparen(call->fun)->kind == ExprKind::Selector) return;
          break;
        default: break;
      }
      [[fallthrough]];
    default:
      unsupported(start_pos(call), "defer statements calling " + expr_str(call->fun));
      return;
  }
}

bool Checker::is_panic_call(const Expr* e) {
  while (e != nullptr && e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->x;
  if (e == nullptr || e->kind != ExprKind::Call) return false;
  const auto* c = static_cast<const CallExpr*>(e);
  return c->call_kind == CallKind::Builtin && c->builtin == static_cast<int>(Builtin::Panic);
}

}  // namespace govm
