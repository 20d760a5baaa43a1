// The builtin functions and package unsafe (go/types' builtins.go).
//
// As in go/types, the arguments are evaluated first (except for make, new
// and unsafe.Offsetof, whose first argument is a type or a selector), then
// counted, then checked one builtin at a time. A call's result:
//
//   len(x), cap(x)  int; a constant when x is a constant string (len), or an
//                   array or pointer to array and x has no function call or
//                   channel receive (x is then not evaluated: code
//                   generation sees only the constant);
//   new(T)          *T;
//   make(T, ...)    T, for a slice (length, optional capacity), a map
//                   (optional size hint) or (issue 5) a channel (optional
//                   buffer size); constant sizes are checked;
//   append(s, ...)  s's type; append(b, str...) appends a string's bytes;
//   copy(dst, src)  int; src may be a string when dst is a []byte;
//   delete(m, k)    no value;
//   close(c)        (issue 5) no value; c a channel that is not receive-only;
//   unsafe.Sizeof, Alignof, Offsetof: uintptr constants, gc's amd64 layout.
//
// Messages say "for built-in len" as today's Go does (1.19 said "for len").
#include <functional>

#include "compiler/check.h"

namespace govm {

namespace {

// The number of arguments each builtin takes (max -1: any number more).
struct Arity {
  Builtin id;
  size_t min;
  int max;
  bool statement;  // may stand alone as a statement
};

constexpr Arity kArity[] = {
    {Builtin::Append, 1, -1, false}, {Builtin::Cap, 1, 1, false},    {Builtin::Copy, 2, 2, true},
    {Builtin::Close, 1, 1, true},
    {Builtin::Delete, 2, 2, true},   {Builtin::Len, 1, 1, false},    {Builtin::Make, 1, -1, false},
    {Builtin::New, 1, 1, false},     {Builtin::Print, 0, -1, true},  {Builtin::Println, 0, -1, true},
    {Builtin::Sizeof, 1, 1, false},  {Builtin::Alignof, 1, 1, false}, {Builtin::Offsetof, 1, 1, false},
    {Builtin::Panic, 1, 1, true},  // (issue 6) check_panic.cpp
    {Builtin::Recover, 0, 0, true},
};

const Arity* arity_of(int id) {
  for (const Arity& a : kArity) {
    if (static_cast<int>(a.id) == id) return &a;
  }
  return nullptr;
}

}  // namespace

ExprUse Checker::builtin_call(Operand& x, CallExpr* call, int id) {
  std::string name = builtin_name(id);
  x.expr = call;
  const Arity* ar = arity_of(id);
  if (!builtin_supported(id) || ar == nullptr) {
    unsupported(start_pos(call), name);
    mark_used_in(nullptr, call);
    x.mode = Mode::Invalid;
    return ExprUse::Statement;
  }
  ExprUse use_kind = ar->statement ? ExprUse::Statement : ExprUse::Expression;
  auto b = static_cast<Builtin>(id);
  if (call->ellipsis.valid() && b != Builtin::Append) {
    error(start_pos(call), "invalid operation: invalid use of ... with built-in " + name);
    use(call->args);
    x.mode = Mode::Invalid;
    return use_kind;
  }
  bool special = b == Builtin::Make || b == Builtin::New || b == Builtin::Offsetof;
  std::vector<Operand> args;
  if (!special) {
    args = expr_list(call->args, true);
    for (Operand& a : args) {
      if (a.invalid()) {
        x.mode = Mode::Invalid;
        x.expr = call;
        return use_kind;
      }
    }
  }
  bool printing = b == Builtin::Print || b == Builtin::Println;
  if (!special && !printing && call->args.size() == 1 && args.size() > 1) {
    // copy(f()), delete(g()): valid Go, rare, not compiled yet.
    unsupported(start_pos(call->args[0]), "multiple-value arguments to built-in " + name);
    x.mode = Mode::Invalid;
    x.expr = call;
    return use_kind;
  }
  size_t nargs = special ? call->args.size() : args.size();
  std::string msg;
  if (nargs < ar->min) msg = "not enough";
  if (ar->max >= 0 && nargs > static_cast<size_t>(ar->max)) msg = "too many";
  if (!msg.empty()) {
    if (special) use(call->args);
    error(start_pos(call), "invalid operation: " + msg + " arguments for " + expr_str(call) + " (expected " +
                               std::to_string(ar->min) + ", found " + std::to_string(nargs) + ")");
    x.mode = Mode::Invalid;
    x.expr = call;
    return use_kind;
  }
  if (!special && !args.empty()) x = args[0];
  switch (b) {
    case Builtin::Len:
    case Builtin::Cap: builtin_len_cap(x, call, id); break;
    case Builtin::New: builtin_new(x, call); break;
    case Builtin::Make: builtin_make(x, call); break;
    case Builtin::Append: builtin_append(x, call); break;
    case Builtin::Copy: builtin_copy(x, args[1]); break;
    case Builtin::Delete: builtin_delete(x, args[1]); break;
    case Builtin::Close: builtin_close(x); break;
    case Builtin::Panic: builtin_panic(x); break;  // (issue 6) check_panic.cpp
    case Builtin::Recover: builtin_recover(x); break;
    case Builtin::Sizeof:
    case Builtin::Alignof:
    case Builtin::Offsetof: builtin_unsafe(x, call, id); break;
    default: {
      // print, println: any number of arguments, each with its default type.
      bool ok = true;
      for (Operand& a : args) {
        assignment(a, nullptr, "argument to built-in " + name);
        if (a.invalid()) {
          ok = false;
          continue;
        }
        const TypeKindC k = a.type->underlying()->kind;
        if ((k == TypeKindC::Array || k == TypeKindC::Struct) && dead_code_ == 0) {
          print_errors_.emplace_back(call->lparen, "illegal types for operand: print\n\t" + gc_type_string(a.type));
        }
      }
      x.mode = ok ? Mode::NoValue : Mode::Invalid;
      x.type = nullptr;
      break;
    }
  }
  x.expr = call;
  return use_kind;
}

// go/types' hasCallOrRecv: a call whose value is not constant, or a receive.
static bool has_call_or_recv(Expr* e) {
  bool found = false;
  std::function<void(Expr*)> visit = [&](Expr* x) {
    if (x->kind == ExprKind::Call) {
      auto* c = static_cast<CallExpr*>(x);
      if (c->call_kind != CallKind::Conversion && c->mode != Mode::Constant) found = true;
    }
    if (x->kind == ExprKind::Unary && static_cast<UnaryExpr*>(x)->op == Token::Arrow) found = true;
  };
  std::vector<Expr*> stack{e};
  while (!stack.empty()) {
    Expr* x = stack.back();
    stack.pop_back();
    if (x == nullptr) continue;
    visit(x);
    switch (x->kind) {
      case ExprKind::Paren: stack.push_back(static_cast<ParenExpr*>(x)->x); break;
      case ExprKind::Selector: stack.push_back(static_cast<SelectorExpr*>(x)->x); break;
      case ExprKind::Index:
        stack.push_back(static_cast<IndexExpr*>(x)->x);
        stack.push_back(static_cast<IndexExpr*>(x)->index);
        break;
      case ExprKind::Star: stack.push_back(static_cast<StarExpr*>(x)->x); break;
      case ExprKind::Unary: stack.push_back(static_cast<UnaryExpr*>(x)->x); break;
      case ExprKind::Binary:
        stack.push_back(static_cast<BinaryExpr*>(x)->x);
        stack.push_back(static_cast<BinaryExpr*>(x)->y);
        break;
      case ExprKind::Call:
        stack.push_back(static_cast<CallExpr*>(x)->fun);
        for (Expr* a : static_cast<CallExpr*>(x)->args) stack.push_back(a);
        break;
      case ExprKind::CompositeLit:
        for (Expr* a : static_cast<CompositeLit*>(x)->elts) stack.push_back(a);
        break;
      case ExprKind::KeyValue:
        stack.push_back(static_cast<KeyValueExpr*>(x)->key);
        stack.push_back(static_cast<KeyValueExpr*>(x)->value);
        break;
      default: break;
    }
  }
  return found;
}

void Checker::builtin_len_cap(Operand& x, CallExpr* call, int id) {
  bool is_len = id == static_cast<int>(Builtin::Len);
  const Type* u = x.type->underlying();
  if (u->kind == TypeKindC::Pointer && u->elem->underlying()->kind == TypeKindC::Array) u = u->elem->underlying();
  Mode mode = Mode::Invalid;
  std::optional<Constant> val;
  if (x.mode != Mode::Nil && u->is_string() && is_len) {
    if (x.mode == Mode::Constant) {
      mode = Mode::Constant;
      val = Constant::make_int(static_cast<__int128>(x.val->s.size()));
    } else {
      mode = Mode::Value;
    }
    if (x.type->is_untyped()) update_expr_type(x.expr, string_, true);
  } else if (u->kind == TypeKindC::Array) {
    mode = Mode::Value;
    if (!has_call_or_recv(call->args[0])) {
      mode = Mode::Constant;
      val = Constant::make_int(static_cast<__int128>(u->len));
    }
  } else if (u->kind == TypeKindC::Slice || u->kind == TypeKindC::Chan || (u->kind == TypeKindC::Map && is_len)) {
    mode = Mode::Value;
  }
  if (mode == Mode::Invalid) {
    error(start_pos(x.expr), "invalid argument: " + operand_string(x) + " for built-in " + builtin_name(id));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = mode;
  x.val = val;
  x.type = int_;
}

void Checker::builtin_new(Operand& x, CallExpr* call) {
  const Type* t = type_expr(call->args[0]);
  if (t == nullptr || !complete(t)) {
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.type = types_.pointer(t);
  x.val.reset();
}

// A size argument of make: go/types' index(arg, -1).
bool Checker::make_size(Expr* e, int64_t* value) { return index(e, -1, value); }

void Checker::builtin_make(Operand& x, CallExpr* call) {
  Expr* arg0 = call->args[0];
  const Type* t = type_expr(arg0);
  x.mode = Mode::Invalid;
  if (t == nullptr) {
    use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
    return;
  }
  size_t min = 0;
  switch (t->underlying()->kind) {
    case TypeKindC::Slice: min = 2; break;
    case TypeKindC::Map:
    case TypeKindC::Chan: min = 1; break;
    default:
      use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
      error(start_pos(arg0), "invalid argument: cannot make " + expr_str(arg0) + "; type must be slice, map, or channel");
      return;
  }
  size_t nargs = call->args.size();
  if (nargs < min || min + 1 < nargs) {
    use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
    error(start_pos(call), "invalid operation: " + expr_str(call) + " expects " + std::to_string(min) + " or " +
                               std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
    return;
  }
  // As go/types: a bad size is reported, and the result's type is known.
  std::vector<int64_t> sizes;
  for (size_t i = 1; i < nargs; i++) {
    int64_t v;
    make_size(call->args[i], &v);
    if (v >= 0) sizes.push_back(v);
  }
  if (sizes.size() == 2 && sizes[0] > sizes[1]) {
    error(start_pos(call->args[1]), "invalid argument: length and capacity swapped");
  }
  chan_elem_size(t, call->lparen);  // (issue 5)
  x.mode = Mode::Value;
  x.type = t;
  x.val.reset();
}

void Checker::builtin_append(Operand& x, CallExpr* call) {
  const Type* s = x.type;
  if (x.mode == Mode::Nil || s->underlying()->kind != TypeKindC::Slice) {
    std::string cause = x.mode == Mode::Nil ? "have untyped nil" : "have " + operand_string(x);
    error(start_pos(x.expr), "first argument to append must be a slice; " + cause);
    use(std::vector<Expr*>(call->args.begin() + 1, call->args.end()));
    x.mode = Mode::Invalid;
    return;
  }
  const Type* elem = s->underlying()->elem;
  std::vector<Operand> rest;
  for (size_t i = 1; i < call->args.size(); i++) {
    Operand a;
    expr(a, call->args[i]);
    if (a.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
    rest.push_back(a);
  }
  if (call->ellipsis.valid()) {
    if (rest.size() != 1) {
      // go/types' arguments for the signature func(S, ...T) S.
      std::vector<const Type*> have{s}, want{s, types_.slice(elem)};
      for (const Operand& a : rest) have.push_back(a.type);
      bool many = rest.size() > 1;
      Pos at = many ? start_pos(rest[1].expr) : start_pos(x.expr);
      error(at, std::string(many ? "too many" : "not enough") + " arguments in call to append\n\thave " +
                    types_summary(have, false) + "\n\twant " + types_summary(want, true));
      x.mode = Mode::Invalid;
      return;
    }
    Operand& a = rest[0];
    // append([]byte, string...): the bytes of the string.
    Operand probe = x;
    bool bytes = assignable_to(probe, types_.slice(types_.byte_alias()));
    if (bytes && a.mode != Mode::Nil && a.type->is_string()) {
      if (a.type->is_untyped()) update_expr_type(a.expr, string_, true);
    } else {
      assignment(a, types_.slice(elem), "argument to append");
      if (a.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    for (Operand& a : rest) assignment(a, elem, "argument to append");
  }
  x.mode = Mode::Value;
  x.type = s;
  x.val.reset();
}

void Checker::builtin_copy(Operand& x, Operand& y) {
  const Type* dst = x.mode != Mode::Nil && x.type->underlying()->kind == TypeKindC::Slice ? x.type->underlying() : nullptr;
  const Type* src = nullptr;
  bool src_string = y.mode != Mode::Nil && y.type->is_string();
  if (src_string) {
    src = types_.slice(types_.byte_alias());
  } else if (y.mode != Mode::Nil && y.type->underlying()->kind == TypeKindC::Slice) {
    src = y.type->underlying();
  }
  if (dst == nullptr || src == nullptr) {
    error(start_pos(x.expr), "invalid argument: copy expects slice arguments; found " + operand_string(x) + " and " +
                                 operand_string(y));
    x.mode = Mode::Invalid;
    return;
  }
  if (!identical(dst->elem, src->elem)) {
    error(start_pos(x.expr), "invalid argument: arguments to copy " + operand_string(x) + " and " +
                                 operand_string(y) + " have different element types " + dst->elem->name + " and " +
                                 src->elem->name);
    x.mode = Mode::Invalid;
    return;
  }
  if (src_string && y.type->is_untyped()) update_expr_type(y.expr, string_, true);
  x.mode = Mode::Value;
  x.type = int_;
  x.val.reset();
}

void Checker::builtin_delete(Operand& x, Operand& k) {
  if (x.mode == Mode::Nil || x.type->underlying()->kind != TypeKindC::Map) {
    error(start_pos(x.expr), "invalid argument: " + operand_string(x) + " is not a map");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* key = x.type->underlying()->key;
  assignment(k, key, "argument to delete");
  if (k.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::NoValue;
  x.type = nullptr;
}

// (issue 5) close(c): a channel that may be sent to.
void Checker::builtin_close(Operand& x) {
  const Type* u = x.mode == Mode::Nil ? nullptr : x.type->underlying();
  if (u == nullptr || u->kind != TypeKindC::Chan) {
    error(start_pos(x.expr), "invalid operation: cannot close non-channel " + operand_string(x));
    x.mode = Mode::Invalid;
    return;
  }
  if (u->chan_dir == ChanDir::Recv) {
    error(start_pos(x.expr), "invalid operation: cannot close receive-only channel " + operand_string(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::NoValue;
  x.type = nullptr;
}

void Checker::builtin_unsafe(Operand& x, CallExpr* call, int id) {
  auto b = static_cast<Builtin>(id);
  uint64_t result = 0;
  if (b == Builtin::Offsetof) {
    Expr* arg0 = call->args[0];
    Expr* u = unparen(arg0);
    if (u->kind != ExprKind::Selector) {
      error(start_pos(arg0), "invalid argument: " + expr_str(arg0) + " is not a selector expression");
      use({arg0});
      x.mode = Mode::Invalid;
      return;
    }
    auto* sel = static_cast<SelectorExpr*>(u);
    expr(x, sel->x);
    if (x.invalid()) return;
    const Type* base = x.type;
    if (base->underlying()->kind == TypeKindC::Pointer && base->underlying()->elem->underlying()->kind == TypeKindC::Struct) {
      base = base->underlying()->elem;
    }
    std::vector<int> path;
    const Type* ft = nullptr;
    bool indirect = false;
    if (x.mode == Mode::Nil || lookup_field(base, sel->sel->name, &path, &ft, &indirect) != 0) {
      error(start_pos(x.expr), "invalid argument: " + base->name + " has no single field " + sel->sel->name);
      x.mode = Mode::Invalid;
      return;
    }
    if (indirect) {
      error(start_pos(x.expr), "invalid argument: field " + sel->sel->name + " is embedded via a pointer in " +
                                   base->name);
      x.mode = Mode::Invalid;
      return;
    }
    sel->sel_kind = SelKind::Field;
    sel->path = path;
    sel->mode = Mode::Variable;
    sel->type = ft;
    sel->sel->mode = Mode::Variable;
    sel->sel->type = ft;
    const Type* t = base;
    for (int i : path) {
      const StructField& f = t->underlying()->fields[static_cast<size_t>(i)];
      result += f.offset;
      t = f.type;
    }
  } else {
    assignment(x, nullptr, std::string("argument to unsafe.") + (b == Builtin::Sizeof ? "Sizeof" : "Alignof"));
    if (x.invalid()) return;
    result = b == Builtin::Sizeof ? x.type->size : x.type->align;
  }
  x.mode = Mode::Constant;
  x.val = Constant::make_int(static_cast<__int128>(result));
  x.type = types_.basic(TypeKindC::Uintptr);
}

// unsafe.NAME: Sizeof, Alignof and Offsetof are builtins; the rest of the
// package is refused by name.
void Checker::unsafe_selector(Operand& x, SelectorExpr* e) {
  const std::string& name = e->sel->name;
  int id = -1;
  if (name == "Sizeof") id = static_cast<int>(Builtin::Sizeof);
  if (name == "Alignof") id = static_cast<int>(Builtin::Alignof);
  if (name == "Offsetof") id = static_cast<int>(Builtin::Offsetof);
  if (id >= 0) {
    x.mode = Mode::Builtin;
    x.builtin = id;
    return;
  }
  static const char* const kOthers[] = {"Pointer", "Add", "Slice", "String", "StringData", "SliceData"};
  for (const char* n : kOthers) {
    if (name == n) {
      unsupported(start_pos(e), "unsafe." + name);
      return;
    }
  }
  error(e->sel->pos, "undefined: " + expr_str(e));
}

}  // namespace govm
