// Checking expressions: operands, constants, operators, conversions and
// calls (go/types' expr.go, const.go, operand.go, conversions.go, call.go,
// builtins.go, index.go).
//
// Constants. Go's untyped constants are exact; govm holds every integral
// numeric constant as an integer of 128 bits (Constant::i), including the
// floating-point constants whose value is an integer (1e6, 2.0); an
// integer constant that does not fit is refused as not supported yet
// rather than computed wrongly. (issue 6) A floating-point constant with
// a fraction, or too large for 128 bits, is a Float (compiler/
// constant_float.cpp says how exact it is); float constant arithmetic is
// float_const_arith, and a constant that takes a float type is rounded to
// it (round_float_const, go/types' roundFloat64). A typed constant must be
// representable in its type after every operation (no wrapping), as in Go.
//
// Untyped operands. An untyped constant operand, or a non-constant untyped
// one (a comparison, or a shift of an untyped constant by a variable), is
// typed by its context: matched against the other operand of a binary
// operation, assigned, passed, converted, or given its default type.
// convert_untyped() checks that the value fits and update_expr_type()
// retypes the expression tree below it (go/types' updateExprType): the
// operands of a non-constant untyped expression get the same type (for a
// shift, only the left one; a comparison's operands already have theirs).
// The operands of a constant expression are left alone: code generation
// materializes a constant from its value and never looks inside.
//
// Positions follow types2: an error about an operand is reported at the
// operand's leftmost position (syntax.StartPos), an overflow in constant
// arithmetic at its operator.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "compiler/check.h"
#include "compiler/unicode.h"
#include "runtime/natives.h"

namespace govm {

namespace {

bool is_comparison(Token op) {
  return op == Token::Eql || op == Token::Neq || op == Token::Lss || op == Token::Leq || op == Token::Gtr ||
         op == Token::Geq;
}

bool is_shift(Token op) { return op == Token::Shl || op == Token::Shr; }

// Types whose zero value is nil (go/types' hasNil).
bool has_nil(const Type* u) {
  switch (u->underlying()->kind) {
    case TypeKindC::Pointer:
    case TypeKindC::Slice:
    case TypeKindC::Map:
    case TypeKindC::Func:
    case TypeKindC::Interface:
    case TypeKindC::Chan:
    case TypeKindC::UnsafePointer:
      return true;
    default:
      return false;
  }
}

bool is_float_kind(const Type* t) {
  if (t == nullptr) return false;
  TypeKindC k = t->underlying()->kind;
  return k >= TypeKindC::Float32 && k <= TypeKindC::Complex128;
}

// (issue 6) float32, float64 (compiled) as opposed to the complex kinds (refused).
bool is_complex_kind(const Type* t) {
  if (t == nullptr) return false;
  TypeKindC k = t->underlying()->kind;
  return k == TypeKindC::Complex64 || k == TypeKindC::Complex128;
}

// (issue 6) Whether arithmetic on operands of type t is floating-point.
bool is_float_arith(const Type* t) {
  if (t == nullptr) return false;
  TypeKindC k = t->underlying()->kind;
  return k == TypeKindC::Float32 || k == TypeKindC::Float64 || k == TypeKindC::UntypedFloat;
}

// (issue 6) go/types' roundFloat64/roundFloat32: a constant that takes a
// float type holds that type's value from then on.
void round_float_const(Constant& v, const Type* u) {
  if (!v.is_numeric()) return;
  if (u->kind == TypeKindC::Float64) v = Constant::make_float(v.to_float64());
  if (u->kind == TypeKindC::Float32) v = Constant::make_float(v.to_float32());
  if (u->is_integer()) v = v.to_int();  // (const) representableConst's rounded = ToInt(x)
}

// (issue 6) a op= b for two float constants (untyped or typed), exactly
// (compiler/constant_arith.cpp). False for an operator that is not arithmetic.
bool float_const_arith(Token op, Constant& a, const Constant& b) {
  if (op != Token::Add && op != Token::Sub && op != Token::Mul && op != Token::Quo) return false;
  a = Constant::binary_op(op, a, b, false);
  return true;
}

// (const) go/types' opName, for "constant shift overflow": the operations
// that can make an untyped integer constant grow, else "".
std::string overflow_op_name(const Expr* e) {
  if (e != nullptr && e->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(e)->op == Token::Xor) {
    return "bitwise complement ";
  }
  if (e == nullptr || e->kind != ExprKind::Binary) return "";
  switch (static_cast<const BinaryExpr*>(e)->op) {
    case Token::Add: return "addition ";
    case Token::Sub: return "subtraction ";
    case Token::Xor: return "bitwise XOR ";
    case Token::Mul: return "multiplication ";
    case Token::Shl: return "shift ";
    default: return "";
  }
}

// The range of an integer kind; false for other kinds.
bool int_range(TypeKindC k, __int128* lo, __int128* hi) {
  auto s = [&](int bits) {
    *hi = (static_cast<__int128>(1) << (bits - 1)) - 1;
    *lo = -*hi - 1;
  };
  auto u = [&](int bits) {
    *lo = 0;
    *hi = (static_cast<__int128>(1) << bits) - 1;
  };
  switch (k) {
    case TypeKindC::Int8: s(8); return true;
    case TypeKindC::Int16: s(16); return true;
    case TypeKindC::Int32: s(32); return true;
    case TypeKindC::Int:
    case TypeKindC::Int64: s(64); return true;
    case TypeKindC::Uint8: u(8); return true;
    case TypeKindC::Uint16: u(16); return true;
    case TypeKindC::Uint32: u(32); return true;
    case TypeKindC::Uint:
    case TypeKindC::Uint64:
    case TypeKindC::Uintptr: u(64); return true;
    default: return false;
  }
}

// go/types' representableConst for the kinds govm holds.
bool representable_const(const Constant& v, const Type* t) {
  const Type* u = t->underlying();
  // (issue 6) A float type holds a value whose rounding to it is finite
  // (1e-400 rounds to 0 and fits); an untyped float holds any number.
  if (u->kind == TypeKindC::Float64) return v.is_numeric() && std::isfinite(v.to_float64());
  if (u->kind == TypeKindC::Float32) return v.is_numeric() && std::isfinite(v.to_float32());
  if (u->kind == TypeKindC::UntypedFloat) return v.is_numeric();
  if (u->is_integer() || is_float_kind(u)) {
    if (v.kind != Constant::Kind::Int) return false;
    __int128 lo, hi;
    if (int_range(u->kind, &lo, &hi)) return v.i >= lo && v.i <= hi;
    return true;  // untyped kinds, and complex (refused elsewhere)
  }
  if (u->is_string()) return v.kind == Constant::Kind::String;
  if (u->is_boolean()) return v.kind == Constant::Kind::Bool;
  return false;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// One escape or character of a Go string or rune literal at s[i];
// appends its bytes (a \x or octal escape is one byte, the rest UTF-8).
void unquote_char(std::string_view s, size_t& i, std::string& out, int32_t* rune) {
  if (s[i] != '\\') {
    int width = 1;
    int32_t r = decode_rune(s.substr(i), &width);
    out.append(s.substr(i, static_cast<size_t>(width)));
    i += static_cast<size_t>(width);
    *rune = r;
    return;
  }
  char c = s[i + 1];
  i += 2;
  auto hex = [&](int n) {
    int32_t v = 0;
    for (int k = 0; k < n && i < s.size(); k++) v = v * 16 + digit_value(s[i++]);
    return v;
  };
  switch (c) {
    case 'a': *rune = 7; break;
    case 'b': *rune = 8; break;
    case 'f': *rune = 12; break;
    case 'n': *rune = 10; break;
    case 'r': *rune = 13; break;
    case 't': *rune = 9; break;
    case 'v': *rune = 11; break;
    case 'x':
      *rune = hex(2);
      out += static_cast<char>(*rune);
      return;
    case 'u': *rune = hex(4); break;
    case 'U': *rune = hex(8); break;
    default:
      if (c >= '0' && c <= '7') {
        int32_t v = c - '0';
        for (int k = 0; k < 2 && i < s.size(); k++) v = v * 8 + (s[i++] - '0');
        *rune = v;
        out += static_cast<char>(v);
        return;
      }
      *rune = static_cast<unsigned char>(c);  // \\ \' \"
      break;
  }
  append_rune(out, *rune);
}

}  // namespace

std::string unquote_string(const std::string& text) {
  if (text.size() < 2) return "";
  std::string_view body(text.data() + 1, text.size() - 2);
  std::string out;
  if (text[0] == '`') {
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return out;
  }
  int32_t r;
  for (size_t i = 0; i < body.size();) unquote_char(body, i, out, &r);
  return out;
}

namespace {

int32_t unquote_rune(const std::string& text) {
  if (text.size() < 3) return 0;
  std::string_view body(text.data() + 1, text.size() - 2);
  std::string bytes;
  int32_t r = 0;
  size_t i = 0;
  unquote_char(body, i, bytes, &r);
  return r;
}

}  // namespace

// ------------------------------------------------------------- formatting

std::string Checker::expr_str(const Expr* e) const { return expr_string(e); }

// A constant as go/constant prints it: an untyped floating-point constant
// (held as the integer it equals) in float form, 1e+30 rather than 10...0.
// (const) The value's representation decides, as in go/constant: the
// literal 1e30 is a rational, printed as a float.
std::string Checker::const_string(const Constant& v, const Type*) { return v.to_string(); }

// go/types' operandString: "x (variable of type int)", "300 (untyped int
// constant)", "c (constant 1 of type int8)", "len (built-in)".
std::string Checker::operand_string(const Operand& x) const {
  if (x.mode == Mode::Nil) return "nil";
  std::string expr;
  if (x.expr != nullptr) {
    expr = expr_string(x.expr);
  } else if (x.mode == Mode::Builtin) {
    expr = builtin_name(x.builtin);
  } else if (x.mode == Mode::TypeExpr && x.type != nullptr) {
    expr = x.type->name;
  } else if (x.mode == Mode::Constant && x.val) {
    expr = const_string(*x.val, x.type);
  }
  std::string buf;
  if (!expr.empty()) buf = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (x.type->is_untyped()) {
          buf += x.type->name + " ";
        } else {
          has_type = true;
        }
      }
  }
  switch (x.mode) {
    case Mode::Invalid: buf += "invalid operand"; break;
    case Mode::NoValue: buf += "no value"; break;
    case Mode::Builtin: buf += "built-in"; break;
    case Mode::TypeExpr: buf += "type"; break;
    case Mode::Constant: buf += "constant"; break;
    case Mode::Variable: buf += "variable"; break;
    case Mode::Value:
      // (issue 5) a receive is go/types' commaok operand
      buf += x.expr != nullptr && unparen(x.expr)->kind == ExprKind::Unary &&
                     static_cast<const UnaryExpr*>(unparen(x.expr))->op == Token::Arrow
                 ? "comma, ok expression"
                 : "value";
      break;
    case Mode::Package: buf += "package"; break;
    case Mode::Nil: buf += "nil"; break;
    case Mode::MapIndex: buf += "map index expression"; break;
  }
  if (x.mode == Mode::Constant && x.val) {
    std::string s = const_string(*x.val, x.type);
    if (s != expr) buf += " " + s;
  }
  if (has_type) buf += " of type " + x.type->name;
  if (!expr.empty()) buf += ")";
  return buf;
}

Pos Checker::start_pos(const Expr* e) {
  while (e != nullptr) {
    switch (e->kind) {
      case ExprKind::Binary: e = static_cast<const BinaryExpr*>(e)->x; continue;
      case ExprKind::Call: e = static_cast<const CallExpr*>(e)->fun; continue;
      case ExprKind::Index: e = static_cast<const IndexExpr*>(e)->x; continue;
      case ExprKind::Slice: e = static_cast<const SliceExpr*>(e)->x; continue;
      case ExprKind::Selector: e = static_cast<const SelectorExpr*>(e)->x; continue;
      case ExprKind::TypeAssert: e = static_cast<const TypeAssertExpr*>(e)->x; continue;
      case ExprKind::KeyValue: e = static_cast<const KeyValueExpr*>(e)->key; continue;
      case ExprKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(e);
        if (c->type_expr == nullptr) return c->lbrace.valid() ? c->lbrace : c->pos;
        e = c->type_expr;
        continue;
      }
      default: return e->pos;
    }
  }
  return Pos{};
}

void Checker::record(Operand& x) {
  Expr* e = x.expr;
  if (e == nullptr) return;
  e->mode = x.mode;
  e->type = x.mode == Mode::Invalid ? nullptr : x.type;
  if (x.mode == Mode::Constant) {
    e->value = x.val;
  } else {
    e->value.reset();
  }
}

const Type* Checker::default_type(const Type* t) const {
  if (t != nullptr && t->kind == TypeKindC::UntypedRune) return types_.rune_alias();
  return types_.default_type(t);
}

// Interned types are identical when they are the same once byte and rune
// are spelled uint8 and int32.
bool Checker::identical(const Type* a, const Type* b) const {
  if (a == b) return true;
  if (a == nullptr || b == nullptr) return false;
  return canonical(a) == canonical(b);
}

// Types are interned, so only unnamed composite types built of the same
// parts with different tags somewhere need the walk; a defined type is
// identical only to itself.
bool Checker::identical_ignore_tags(const Type* a, const Type* b) const {
  if (identical(a, b)) return true;
  if (a == nullptr || b == nullptr) return false;
  a = canonical(a);
  b = canonical(b);
  if (a->kind != b->kind || a->kind == TypeKindC::Named) return false;
  auto same_list = [this](const std::vector<Param>& x, const std::vector<Param>& y) {
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); i++) {
      if (!identical_ignore_tags(x[i].type, y[i].type)) return false;
    }
    return true;
  };
  switch (a->kind) {
    case TypeKindC::Array:
      return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
    case TypeKindC::Slice:
    case TypeKindC::Pointer:
      return identical_ignore_tags(a->elem, b->elem);
    case TypeKindC::Map:
      return identical_ignore_tags(a->key, b->key) && identical_ignore_tags(a->elem, b->elem);
    case TypeKindC::Chan:
      return a->chan_dir == b->chan_dir && identical_ignore_tags(a->elem, b->elem);
    case TypeKindC::Func:
      return a->variadic == b->variadic && same_list(a->params, b->params) && same_list(a->results, b->results);
    case TypeKindC::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        const StructField& f = a->fields[i];
        const StructField& g = b->fields[i];
        if (f.name != g.name || f.embedded != g.embedded || !identical_ignore_tags(f.type, g.type)) return false;
      }
      return true;
    default:
      return false;
  }
}

std::string Checker::types_summary(const std::vector<const Type*>& list, bool variadic) const {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) s += ", ";
    const Type* t = list[i];
    std::string n;
    if (t == nullptr) {
      n = "unknown type";
    } else if (t->is_untyped()) {
      n = t->is_numeric() ? "number" : t->name.substr(t->name.find(' ') + 1);
    } else {
      n = t->name;
    }
    if (variadic && i + 1 == list.size()) n = "..." + (t != nullptr && t->elem != nullptr ? t->elem->name : n);
    s += n;
  }
  return s + ")";
}

// ------------------------------------------------------------- operands

ExprUse Checker::raw_expr(Operand& x, Expr* e) {
  ExprUse use = expr_internal(x, e);
  x.expr = e;
  record(x);
  return use;
}

ExprUse Checker::expr_internal(Operand& x, Expr* e) {
  x = Operand{};
  x.expr = e;
  switch (e->kind) {
    case ExprKind::Bad: break;
    case ExprKind::Ident: ident(x, static_cast<Ident*>(e)); break;
    case ExprKind::BasicLit: basic_lit(x, static_cast<BasicLit*>(e)); break;
    case ExprKind::CompositeLit: composite_lit(x, static_cast<CompositeLit*>(e)); break;
    case ExprKind::FuncLit: func_lit(x, static_cast<FuncLit*>(e)); break;  // (issue 6, func) check_func.cpp
    case ExprKind::Paren: {
      ExprUse use = raw_expr(x, static_cast<ParenExpr*>(e)->x);
      x.expr = e;
      return use;
    }
    case ExprKind::Selector: selector(x, static_cast<SelectorExpr*>(e)); break;
    case ExprKind::Index: index_expr(x, static_cast<IndexExpr*>(e)); break;
    case ExprKind::Slice: slice_expr(x, static_cast<SliceExpr*>(e)); break;
    case ExprKind::TypeAssert: {
      type_assert(x, static_cast<TypeAssertExpr*>(e));  // (issue 6) check_iface.cpp
      break;
    }
    case ExprKind::Call: return call(x, static_cast<CallExpr*>(e));
    case ExprKind::Star: {
      auto* st = static_cast<StarExpr*>(e);
      expr_or_type(x, st->x);
      if (x.invalid()) break;
      if (x.mode == Mode::TypeExpr) {
        x.type = types_.pointer(x.type);
        break;
      }
      if (x.mode != Mode::Nil && x.type->underlying()->kind == TypeKindC::Pointer) {
        x.mode = Mode::Variable;
        x.type = x.type->underlying()->elem;
        x.val.reset();
        break;
      }
      error(start_pos(st->x), "invalid operation: cannot indirect " + operand_string(x));
      x.mode = Mode::Invalid;
      break;
    }
    case ExprKind::Unary:
      unary(x, static_cast<UnaryExpr*>(e));
      // (issue 5) a receive may stand alone as a statement
      if (static_cast<UnaryExpr*>(e)->op == Token::Arrow) return ExprUse::Statement;
      break;
    case ExprKind::Binary: {
      auto* b = static_cast<BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->op_pos);
      break;
    }
    case ExprKind::KeyValue: error(start_pos(e), "no key:value expected"); break;
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::FuncType:
    case ExprKind::InterfaceType:
    case ExprKind::MapType:
    case ExprKind::ChanType:
      x.type = type_internal(e);
      x.mode = x.type != nullptr ? Mode::TypeExpr : Mode::Invalid;
      break;
    case ExprKind::Ellipsis: break;
  }
  return ExprUse::Expression;
}

// Rejects what raw_expr found that is not a value: no result, an uncalled
// builtin, a type; and function values, outside the subset.
void Checker::require_value(Operand& x, Expr* e) {
  switch (x.mode) {
    case Mode::NoValue: error(start_pos(e), operand_string(x) + " used as value"); x.mode = Mode::Invalid; break;
    case Mode::Builtin: error(start_pos(e), operand_string(x) + " must be called"); x.mode = Mode::Invalid; break;
    case Mode::TypeExpr: error(start_pos(e), operand_string(x) + " is not an expression"); x.mode = Mode::Invalid; break;
    default: break;
  }
  // (issue 6, func) Func values are in the subset, but for the functions
  // of imported packages (fmt.Println, strings.ToUpper), which govm runs as
  // runtime entries, not as Go functions with an entry a funcval can hold.
  const Expr* u = unparen(e);
  if (!x.invalid() && x.type != nullptr && x.type->kind == TypeKindC::Func && u->kind == ExprKind::Selector &&
      static_cast<const SelectorExpr*>(u)->sel_kind == SelKind::Qualified) {
    unsupported(start_pos(e), "functions of imported packages as values");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr(Operand& x, Expr* e) {
  raw_expr(x, e);
  require_value(x, e);
  single_value(x);
  if (x.invalid()) record(x);
}

void Checker::expr_or_type(Operand& x, Expr* e) {
  raw_expr(x, e);
  if (x.mode == Mode::NoValue) {
    error(start_pos(e), operand_string(x) + " used as value or type");
    x.mode = Mode::Invalid;
  }
  if (x.mode != Mode::TypeExpr) single_value(x);
}

// A value, or the results of a call returning several.
void Checker::expr_with_tuple(Operand& x, Expr* e) {
  raw_expr(x, e);
  require_value(x, e);
}

// The operands of a list of expressions; a single call returning several
// values gives one operand per value (all with the call as expression).
std::vector<Operand> Checker::expr_list(const std::vector<Expr*>& list, bool allow_tuple) {
  std::vector<Operand> out;
  if (allow_tuple && list.size() == 1) {
    Operand x;
    expr_with_tuple(x, list[0]);
    if (!x.invalid() && x.type != nullptr && x.type->kind == TypeKindC::Tuple) {
      for (const Param& p : x.type->params) {
        Operand y;
        y.mode = Mode::Value;
        y.expr = x.expr;
        y.type = p.type;
        out.push_back(y);
      }
      return out;
    }
    out.push_back(x);
    return out;
  }
  for (Expr* e : list) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
  return out;
}

void Checker::single_value(Operand& x) {
  if (x.mode == Mode::Value && x.type != nullptr && x.type->kind == TypeKindC::Tuple) {
    error(start_pos(x.expr), "multiple-value " + operand_string(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

// Checks expressions whose values do not matter (after an error), for
// their own errors and the variables they use. True when all are valid.
bool Checker::use(const std::vector<Expr*>& list) {
  bool ok = true;
  for (Expr* e : list) {
    if (e == nullptr) continue;
    Operand x;
    raw_expr(x, e);
    if (x.invalid()) ok = false;
  }
  return ok;
}

// Like use, but an identifier on its own does not count as a use of its
// variable (it is being assigned).
bool Checker::use_lhs(const std::vector<Expr*>& list) {
  bool ok = true;
  for (Expr* e : list) {
    if (e == nullptr) continue;
    Expr* u = unparen(e);
    if (u->kind == ExprKind::Ident) {
      auto* id = static_cast<Ident*>(u);
      if (id->name == "_") continue;
      Object* obj = ctx_.scope->lookup(id->name);
      if (obj != nullptr && obj->kind == ObjKind::Var) {
        bool used = obj->used;
        Operand x;
        raw_expr(x, e);
        obj->used = used;
        if (x.invalid()) ok = false;
        continue;
      }
    }
    if (!use({e})) ok = false;
  }
  return ok;
}

// ------------------------------------------------------------- identifiers

void Checker::ident(Operand& x, Ident* e) {
  x.mode = Mode::Invalid;
  x.expr = e;
  if (e->name == "_") {
    e->obj = nullptr;
    error(e->pos, "cannot use _ as value");
    return;
  }
  Object* obj = ctx_.scope->lookup(e->name);
  if (obj == nullptr) {
    error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  bool pkg_level = objmap_.count(obj) != 0;
  if (pkg_level) {
    if (ctx_.decl != nullptr) ctx_.decl->add_dep(obj);
    // A forward type (check_types.cpp) is declared where it is first
    // needed by name outside a pointer, slice or map.
    if ((obj->type == nullptr && color_[obj] != Color::Black) || (forward_.count(obj) != 0 && obj != forward_use_)) {
      obj_decl(obj);
    }
  }
  switch (obj->kind) {
    case ObjKind::Package:
      error(e->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const:
      if (obj == iota_obj_) {
        if (!ctx_.iota) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = Constant::make_int(*ctx_.iota);
      } else {
        // A constant still being declared is on a cycle (reported later).
        if (obj->type == nullptr || invalid_[obj] || (pkg_level && color_[obj] == Color::Grey)) return;
        x.val = obj->value;
      }
      x.mode = Mode::Constant;
      x.type = obj->type;
      return;
    case ObjKind::TypeName:
      if (auto it = unsupported_names_.find(obj); it != unsupported_names_.end()) {
        unsupported(e->pos, it->second);
        return;
      }
      if (obj->type == nullptr) {
        // An alias being declared refers to itself.
        for (size_t i = 0; i < type_path_.size(); i++) {
          if (type_path_[i] == obj) cycle_error(i);
        }
        return;
      }
      if (invalid_[obj] && !complete(obj->type)) return;  // a cycle, reported
      x.mode = Mode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjKind::Var:
      obj->used = true;
      if (obj->type == nullptr) return;
      x.mode = Mode::Variable;
      x.type = obj->type;
      return;
    case ObjKind::Func:
      if (obj->type == nullptr) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      return;
    case ObjKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = obj->builtin;
      return;
    case ObjKind::Nil:
      x.mode = Mode::Nil;
      x.type = types_.basic(TypeKindC::UntypedNil);
      return;
    default:
      return;
  }
}

void Checker::basic_lit(Operand& x, BasicLit* e) {
  if (e->bad) return;
  switch (e->tok) {
    case Token::Int:
    case Token::Float:
      // (const) exact, as go/constant's MakeFromLiteral (constant_float.cpp)
      x.val = Constant::make_from_literal(e->text, e->tok == Token::Float);
      if (!x.val) {
        error(e->pos, "malformed constant: " + e->text);
        return;
      }
      x.type = e->tok == Token::Int ? untyped_int_ : types_.basic(TypeKindC::UntypedFloat);
      x.expr = e;
      overflow(x, e->pos);  // (issue 54280) a literal of over 512 bits
      break;
    case Token::Imag: unsupported(e->pos, "complex numbers"); return;
    case Token::Char:
      x.val = Constant::make_int(unquote_rune(e->text));
      x.type = types_.basic(TypeKindC::UntypedRune);
      break;
    case Token::String:
      x.val = Constant::make_string(unquote_string(e->text));
      x.type = types_.basic(TypeKindC::UntypedString);
      break;
    default: return;
  }
  x.mode = Mode::Constant;
}

// ----------------------------------------------------------- untyped values

void Checker::invalid_conversion(int code, const Operand& x, const Type* target) {
  const char* fmt = code == 3 ? "%s truncated to %s" : code == 2 ? "%s overflows %s" : "cannot convert %s to type %s";
  std::string msg = fmt;
  msg.replace(msg.find("%s"), 2, operand_string(x));
  msg.replace(msg.find("%s"), 2, target->name);
  error(start_pos(x.expr), msg);
}

// go/types' representation: 0 when x's constant value fits t, else 1
// (cannot convert), 2 (overflows) or 3 (truncated).
bool Checker::representable(Operand& x, const Type* t, int* code) {
  *code = 0;
  if (representable_const(*x.val, t)) {
    round_float_const(*x.val, t);
    return true;
  }
  if (x.type->is_numeric() && t->is_numeric()) {
    *code = !x.type->is_integer() && t->is_integer() ? 3 : 2;
  } else {
    *code = 1;
  }
  return false;
}

// go/types' implicitTypeAndValue: the type an untyped operand takes in a
// context of type target, or an error code as representable's.
int Checker::implicit_type_and_value(Operand& x, const Type* target, const Type** new_type) {
  *new_type = x.type;
  if (x.invalid() || x.type == nullptr || !x.type->is_untyped() || target == nullptr) return 0;
  if (target->is_untyped()) {
    if (x.type->is_numeric() && target->is_numeric()) {
      *new_type = x.type->kind > target->kind ? x.type : target;  // int < rune < float
      return 0;
    }
    return x.type->kind == target->kind ? 0 : 1;
  }
  const Type* u = target->underlying();
  if (x.mode == Mode::Nil) {
    // nil takes the type of what it is assigned or compared to.
    if (!has_nil(u)) return 1;
    *new_type = target;
    return 0;
  }
  if (u->kind == TypeKindC::Interface) {
    // (issue 6, iface) go/types: the default type, not the interface: a
    // value's dynamic type is concrete (it must then implement it).
    *new_type = default_type(x.type);
    return 0;
  }
  if (!u->is_basic()) return 1;
  if (x.mode == Mode::Constant) {
    int code;
    if (!representable(x, u, &code)) return code;
    *new_type = target;
    return 0;
  }
  // Non-constant untyped values: comparisons and shifts.
  switch (x.type->kind) {
    case TypeKindC::UntypedBool:
      if (!u->is_boolean()) return 1;
      break;
    case TypeKindC::UntypedInt:
    case TypeKindC::UntypedRune:
    case TypeKindC::UntypedFloat:
      if (!u->is_numeric()) return 1;
      break;
    case TypeKindC::UntypedString:
      if (!u->is_string()) return 1;
      break;
    default: return 1;
  }
  *new_type = target;
  return 0;
}

void Checker::convert_untyped(Operand& x, const Type* target) {
  const Type* nt;
  int code = implicit_type_and_value(x, target, &nt);
  if (code != 0) {
    invalid_conversion(code, x, target->underlying());
    x.mode = Mode::Invalid;
    if (x.expr != nullptr) x.expr->mode = Mode::Invalid;
    return;
  }
  if (nt != x.type) {
    x.type = nt;
    update_expr_type(x.expr, nt, false);
  }
}

// go/types' updateExprType: e (untyped) gets type t, and so do the untyped
// operands it is made of, unless e is a constant.
void Checker::update_expr_type(Expr* e, const Type* t, bool final) {
  if (e == nullptr || e->type == nullptr || !e->type->is_untyped() || t == nullptr) return;
  if (e->mode != Mode::Constant) {
    switch (e->kind) {
      case ExprKind::Paren: update_expr_type(static_cast<ParenExpr*>(e)->x, t, final); break;
      case ExprKind::Unary: update_expr_type(static_cast<UnaryExpr*>(e)->x, t, final); break;
      case ExprKind::Binary: {
        auto* b = static_cast<BinaryExpr*>(e);
        if (is_comparison(b->op)) break;  // the operands have their final types
        if (is_shift(b->op) && (final || !t->is_untyped()) && !t->is_integer()) {
          // (issue 6) types2: the shifted operand's final type must be an integer
          error(start_pos(b->x), "invalid operation: shifted operand " + expr_str(b->x) + " (type " + t->name +
                                     ") must be integer");
          e->mode = Mode::Invalid;
          return;
        }
        update_expr_type(b->x, t, final);
        if (!is_shift(b->op)) update_expr_type(b->y, t, final);
        break;
      }
      default: break;
    }
  } else if (e->kind == ExprKind::Paren) {
    // A parenthesized constant is materialized through its inner expression.
    update_expr_type(static_cast<ParenExpr*>(e)->x, t, final);
  }
  if (!final && t->is_untyped()) {
    e->type = t;
    return;
  }
  if (e->mode == Mode::Constant && e->value) {
    Operand c;
    c.mode = Mode::Constant;
    c.expr = e;
    c.type = e->type;
    c.val = e->value;
    int code;
    if (!t->is_untyped() && t->is_basic() && !representable(c, t->underlying(), &code)) {
      invalid_conversion(code, c, t);
      e->mode = Mode::Invalid;
      return;
    }
  }
  if (is_complex_kind(t)) {
    unsupported(start_pos(e), t->name);
    e->mode = Mode::Invalid;
    return;
  }
  e->type = t;
}

// go/types' assignment: x is assigned to a variable of type t (nullptr:
// the blank identifier, or any: the default type).
void Checker::assignment(Operand& x, const Type* t, const std::string& context) {
  single_value(x);
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr || x.mode == Mode::Builtin || x.mode == Mode::NoValue) {
    error(start_pos(x.expr), "cannot assign " + operand_string(x) + " to " + (t ? t->name : "_") + " in " + context);
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Nil && (t == nullptr || t->underlying()->kind == TypeKindC::Interface)) {
    if (t == nullptr) {
      error(start_pos(x.expr), "use of untyped nil in " + context);
      x.mode = Mode::Invalid;
      return;
    }
    x.type = t;  // (issue 6, iface) a nil interface value
    update_expr_type(x.expr, t, true);
    return;
  }
  if (x.type->is_untyped()) {
    const Type* target = t;
    if (t == nullptr || t->underlying()->kind == TypeKindC::Interface) target = default_type(x.type);
    if (is_complex_kind(target)) {
      unsupported(start_pos(x.expr), target->name);
      x.mode = Mode::Invalid;
      return;
    }
    const Type* nt;
    int code = implicit_type_and_value(x, target, &nt);
    if (code != 0) {
      std::string msg = "cannot use " + operand_string(x) + " as " + target->name + " value in " + context;
      if (code == 3) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      error(start_pos(x.expr), msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (nt != x.type) {
      x.type = nt;
      update_expr_type(x.expr, nt, false);
    }
  }
  if (t == nullptr) return;
  if (!assignable_to(x, t)) {
    // (issue 6, iface) why an interface is not satisfied, or needs an assertion
    std::string tail;
    if (t->underlying()->kind == TypeKindC::Interface) tail = not_implemented(x.type, t);
    if (tail.empty() && x.type->underlying()->kind == TypeKindC::Interface && t->underlying()->kind != TypeKindC::Interface &&
        implements(t, x.type, nullptr))
      tail = "need type assertion";
    error(start_pos(x.expr), "cannot use " + operand_string(x) + " as " + t->name + " value in " + context +
                                 (tail.empty() ? "" : ": " + tail));
    x.mode = Mode::Invalid;
  }
}

// go/types' assignableTo, for the types govm has: identity; identical
// underlying types when one of the two is not named; nil to a type that
// has nil; and an untyped operand whose value (or kind) fits a basic type.
bool Checker::assignable_to(const Operand& x, const Type* t) const {
  if (identical(x.type, t)) return true;
  const Type* u = t->underlying();
  if (x.mode == Mode::Nil || x.type->kind == TypeKindC::UntypedNil) return has_nil(u);
  // (issue 6, iface) a value to an interface it implements (methods may
  // still need declaring: const_cast, as go/types' lazy method sets)
  if (u->kind == TypeKindC::Interface)
    return const_cast<Checker*>(this)->implements(x.type->is_untyped() ? default_type(x.type) : x.type, t, nullptr);
  if (!x.type->is_untyped()) {
    auto has_name = [](const Type* a) { return a->kind == TypeKindC::Named || a->is_basic(); };
    if (!has_name(x.type) || !has_name(t)) {
      if (identical(x.type->underlying(), u)) return true;
      // (issue 5) a bidirectional channel to a directional one of the same element
      const Type* v = x.type->underlying();
      return v->kind == TypeKindC::Chan && v->chan_dir == ChanDir::Both && u->kind == TypeKindC::Chan &&
             identical(v->elem, u->elem);
    }
    return false;
  }
  if (!u->is_basic()) return false;
  if (x.mode == Mode::Constant) return representable_const(*x.val, u);
  if (x.type->is_boolean()) return u->is_boolean();
  if (x.type->is_numeric()) return u->is_numeric();
  if (x.type->is_string()) return u->is_string();
  return false;
}

// ----------------------------------------------------------------- operators

// The operand types an operator is defined on (go/types' opPredicates).
bool Checker::op_ok(Token op, Operand& x, bool unary_op) {
  const Type* t = x.type;
  bool ok = false;
  switch (op) {
    case Token::Add: ok = unary_op ? t->is_numeric() : t->is_numeric() || t->is_string(); break;
    case Token::Sub:
    case Token::Mul:
    case Token::Quo: ok = t->is_numeric(); break;
    case Token::Rem:
    case Token::And:
    case Token::Or:
    case Token::Xor:
    case Token::AndNot: ok = t->is_integer(); break;
    case Token::LAnd:
    case Token::LOr:
    case Token::Not: ok = t->is_boolean(); break;
    default:
      error(start_pos(x.expr), std::string("unknown operator ") + token_string(op));
      return false;
  }
  if (!ok) {
    error(start_pos(x.expr), std::string("invalid operation: operator ") + token_string(op) + " not defined on " +
                                 operand_string(x));
  }
  return ok;
}

// A typed constant must fit its type after each operation; (const) an
// untyped integer constant must fit 512 bits (go/types' overflow: "constant
// shift overflow", at the operator).
void Checker::overflow(Operand& x, Pos opos) {
  if (x.val && x.val->not_representable) {
    error(opos, "constant result is not representable");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type != nullptr && !x.type->is_untyped()) {
    int code;
    if (!representable(x, x.type->underlying(), &code)) {
      invalid_conversion(code, x, x.type);
      x.mode = Mode::Invalid;
    }
    return;
  }
  constexpr size_t kPrec = 512;
  if (x.val && x.val->kind == Constant::Kind::Int && x.val->rep == Constant::Rep::Int && x.val->int_bit_len() > kPrec) {
    error(opos, "constant " + overflow_op_name(x.expr) + "overflow");
    x.mode = Mode::Invalid;
  }
}

void Checker::unary(Operand& x, UnaryExpr* e) {
  if (e->op == Token::And) {
    // &T{...} is allowed: the literal is a new variable.
    bool lit = unparen(e->x)->kind == ExprKind::CompositeLit;
    expr(x, e->x);
    if (x.invalid()) return;
    if (x.mode != Mode::Variable && !lit) {
      error(start_pos(x.expr), "invalid operation: cannot take address of " + operand_string(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::Value;
    x.type = types_.pointer(x.type);
    x.val.reset();
    return;
  }
  if (e->op == Token::Arrow) {
    recv(x, e);  // (issue 5) check_chan.cpp
    return;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  if (!op_ok(e->op, x, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    Constant& v = *x.val;
    switch (e->op) {
      case Token::Not:
      case Token::Sub:
      case Token::Xor: {
        // (const) exact (constant_arith.cpp); ^x of an unsigned type keeps its bits
        unsigned prec = 0;
        __int128 lo = 0, hi = 0;
        if (x.type->is_unsigned() && int_range(x.type->underlying()->kind, &lo, &hi)) {
          prec = static_cast<unsigned>(BigInt::from_int128(hi).bit_len());
        }
        v = Constant::unary_op(e->op, v, prec);
        break;
      }
      default: break;
    }
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::match_types(Operand& x, Operand& y) {
  auto may_convert = [](const Operand& a, const Operand& b) {
    if (!a.type->is_untyped() && !b.type->is_untyped()) return false;
    if (a.type->is_numeric() != b.type->is_numeric()) return false;
    if (a.type->is_boolean() != b.type->is_boolean()) return false;
    if (a.type->is_string() != b.type->is_string()) return false;
    if (a.mode == Mode::Nil || b.mode == Mode::Nil) return false;
    return true;
  };
  if (may_convert(x, y)) {
    convert_untyped(x, y.type);
    if (x.invalid()) return;
    convert_untyped(y, x.type);
    if (y.invalid()) x.mode = Mode::Invalid;
  }
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Token op, Pos opos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.mode = Mode::Invalid;
    return;
  }
  if (is_shift(op)) {
    shift(x, y, e, op, opos);
    return;
  }
  match_types(x, y);
  if (x.invalid()) return;
  if (is_comparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    std::string what = e != nullptr ? expr_str(e)
                                    : expr_str(lhs) + " " + token_string(op) + "= " + expr_str(rhs);
    error(start_pos(x.expr), "invalid operation: " + what + " (mismatched types " + x.type->name + " and " +
                                 y.type->name + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (!op_ok(op, x, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if ((op == Token::Quo || op == Token::Rem) && (x.mode == Mode::Constant || x.type->is_integer()) &&
      y.mode == Mode::Constant && y.val->kind == Constant::Kind::Int && y.val->i == 0) {
    error(start_pos(y.expr), "invalid operation: division by zero");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant && is_float_arith(x.type) &&
      float_const_arith(op, *x.val, *y.val)) {
    x.expr = e;
    overflow(x, opos);
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    // (const) exact (constant_arith.cpp); / of integers is integer division
    x.val = Constant::binary_op(op, *x.val, *y.val, x.type->is_integer());
    x.expr = e;
    overflow(x, opos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Token op, Pos opos) {
  // The left operand: an integer, or an untyped constant that is one.
  bool xconst_int = x.mode == Mode::Constant && x.val->kind == Constant::Kind::Int;
  if (!(x.type->is_integer() || (x.type->is_untyped() && xconst_int))) {
    error(start_pos(x.expr), "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  // The count: an integer, or an untyped constant representable as uint.
  if (y.mode == Mode::Constant) {
    if (y.val->kind == Constant::Kind::Int && y.val->i < 0) {
      error(start_pos(y.expr), "invalid operation: negative shift count " + operand_string(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (y.type->is_untyped()) {
      int code;
      if (!representable(y, uint_, &code)) {
        invalid_conversion(code, y, uint_);
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else if (!y.type->is_integer()) {
    if (y.type->is_untyped()) {
      convert_untyped(y, uint_);
      if (y.invalid()) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      error(start_pos(y.expr), "invalid operation: shift count " + operand_string(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  } else if (y.type->is_untyped()) {
    convert_untyped(y, uint_);
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      const __int128 kShiftBound = 1023 - 1 + 52;
      if (y.val->kind != Constant::Kind::Int || y.val->i > kShiftBound) {
        error(start_pos(y.expr), "invalid operation: invalid shift count " + operand_string(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!x.type->is_integer()) x.type = untyped_int_;  // 2.0 << 1 is an untyped int
      // (const) exact; an untyped result over 512 bits is reported by overflow
      x.val = Constant::shift(*x.val, op, static_cast<unsigned>(y.val->i));
      x.expr = e;
      overflow(x, opos);
      return;
    }
    if (x.type->is_untyped()) {
      // A non-constant shift of an untyped constant: its type comes from
      // the context (update_expr_type), as if the shift were its left operand.
      x.mode = Mode::Value;
      return;
    }
  }
  if (!x.type->is_integer()) {
    error(start_pos(x.expr), "invalid operation: shifted operand " + operand_string(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  // The count is evaluated: an untyped constant count becomes a uint.
  if (y.mode == Mode::Constant && y.type->is_untyped()) update_expr_type(y.expr, uint_, true);
  x.mode = Mode::Value;
}

// go/types' comparison: the operands must be assignable one to the other;
// == and != need comparable types (or nil against a type that has nil),
// the others ordered ones.
void Checker::comparison(Operand& x, Operand& y, Token op, bool switch_case) {
  if (switch_case) op = Token::Eql;
  Operand* err_op = &x;
  std::string cause;
  bool ok = assignable_to(x, y.type) || assignable_to(y, x.type);
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + x.type->name + " and " + y.type->name;
  } else if (op == Token::Eql || op == Token::Neq) {
    bool xnil = x.mode == Mode::Nil, ynil = y.mode == Mode::Nil;
    if (xnil || ynil) {
      const Type* t = xnil ? y.type : x.type;
      if (!has_nil(t) || t->kind == TypeKindC::UntypedNil) {
        ok = false;
        err_op = &y;
      }
    } else if (!x.type->is_comparable()) {
      ok = false;
      cause = incomparable_cause(x.type);
    } else if (!y.type->is_comparable()) {
      ok = false;
      err_op = &y;
      cause = incomparable_cause(y.type);
    }
  } else {
    if (!x.type->is_ordered()) {
      ok = false;
    } else if (!y.type->is_ordered()) {
      ok = false;
      err_op = &y;
    }
  }
  if (!ok) {
    if (cause.empty()) cause = std::string("operator ") + token_string(op) + " not defined on " + kind_string(err_op->type);
    if (switch_case) {
      std::string tag = y.expr != nullptr ? expr_str(y.expr) : "true";
      error(start_pos(x.expr), "invalid case " + expr_str(x.expr) + " in switch on " + tag + " (" + cause + ")");
    } else {
      error(start_pos(err_op->expr), "invalid operation: " + expr_str(x.expr) + " " + token_string(op) + " " +
                                         expr_str(y.expr) + " (" + cause + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  // (issue 6) A struct or array holding a float compares field by field
  // (codegen_composite.cpp), the float as a float.
  // nil compares as a value of the other operand's type.
  if (x.mode == Mode::Nil) update_expr_type(x.expr, y.type, true);
  if (y.mode == Mode::Nil) update_expr_type(y.expr, x.type, true);
  // (issue 6, iface) an untyped operand compared with an interface takes its default type
  if (x.mode != Mode::Nil && x.type->is_untyped() && y.type->underlying()->kind == TypeKindC::Interface) {
    x.type = default_type(x.type);
    update_expr_type(x.expr, x.type, true);
  }
  if (y.mode != Mode::Nil && y.type->is_untyped() && x.type->underlying()->kind == TypeKindC::Interface) {
    y.type = default_type(y.type);
    update_expr_type(y.expr, y.type, true);
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    const Constant& a = *x.val;
    const Constant& b = *y.val;
    int c = 0;  // a <=> b
    switch (a.kind) {
      case Constant::Kind::Bool: c = a.b == b.b ? 0 : 1; break;
      case Constant::Kind::String: c = a.s < b.s ? -1 : a.s == b.s ? 0 : 1; break;
      default: c = Constant::compare(a, b); break;  // (const) exact
    }
    bool r = false;
    switch (op) {
      case Token::Eql: r = c == 0; break;
      case Token::Neq: r = c != 0; break;
      case Token::Lss: r = c < 0; break;
      case Token::Leq: r = c <= 0; break;
      case Token::Gtr: r = c > 0; break;
      case Token::Geq: r = c >= 0; break;
      default: break;
    }
    x.val = Constant::make_bool(r);
  } else {
    x.mode = Mode::Value;
    x.val.reset();
    // The operands are materialized with their final types.
    update_expr_type(x.expr, default_type(x.type), true);
    update_expr_type(y.expr, default_type(y.type), true);
  }
  x.type = untyped_bool_;
}

// ---------------------------------------------------------------- conversions

void Checker::conversion(Operand& x, const Type* t) {
  bool const_arg = x.mode == Mode::Constant;
  bool ok = false;
  if (const_arg && is_const_type(t)) {
    const Type* u = t->underlying();
    if (representable_const(*x.val, u)) {
      ok = true;
      round_float_const(*x.val, u);  // (issue 6) float64(0.1) is float64's 0.1
    } else if (x.type->is_integer() && u->is_string()) {
      // string(65) == "A": a rune's UTF-8; invalid runes give U+FFFD.
      __int128 v = x.val->i;
      std::string s;
      append_rune(s, v < 0 || v > int32_t(kMaxRune) ? int32_t(kRuneError) : static_cast<int32_t>(v));
      x.val = Constant::make_string(s);
      ok = true;
    }
    if (!ok && x.type->is_integer() && u->is_integer()) {
      error(start_pos(x.expr), "constant " + x.val->to_string() + " overflows " + t->name);
      x.mode = Mode::Invalid;
      return;
    }
  } else if (convertible(x, t)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok && !const_arg && x.type->underlying()->kind == TypeKindC::Slice &&
      t->underlying()->kind == TypeKindC::Array && identical(x.type->underlying()->elem, t->underlying()->elem)) {
    // Go 1.20's [N]T(s): valid Go, refused as not compiled yet (escape
    // analysis would need gc's deref of the slice for it).
    unsupported(start_pos(x.expr), "converting a slice to an array");
    x.mode = Mode::Invalid;
    return;
  }
  if (!ok) {
    error(start_pos(x.expr), "cannot convert " + operand_string(x) + " to type " + t->name);
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type->is_untyped()) {
    const Type* final = t;
    if (const_arg && !is_const_type(t)) final = default_type(x.type);
    if (const_arg && x.type->is_integer() && t->is_string()) final = x.type;
    update_expr_type(x.expr, final, true);
  }
  x.type = t;
}

// go/types' convertibleTo, for govm's types: assignable; identical
// underlying types, struct tags ignored (also of two unnamed pointers' base
// types); integer to integer; integer to string (a rune's UTF-8); string
// to and from []byte and []rune; a slice to a pointer to an array of its
// element type (Go 1.17). Go 1.20's slice to array ([2]int(s)) is not
// accepted yet.
bool Checker::convertible(const Operand& x, const Type* t) const {
  if (assignable_to(x, t)) return true;
  const Type* v = x.type->underlying();
  const Type* u = t->underlying();
  if (x.mode == Mode::Nil) return false;
  if (identical_ignore_tags(v, u)) return true;
  if (x.type->kind == TypeKindC::Pointer && t->kind == TypeKindC::Pointer &&
      identical_ignore_tags(x.type->elem->underlying(), t->elem->underlying())) {
    return true;
  }
  if (v->kind == TypeKindC::Slice && u->kind == TypeKindC::Pointer) {
    const Type* a = u->elem->underlying();
    if (a->kind == TypeKindC::Array && identical(v->elem, a->elem)) return true;
  }
  if (v->is_integer() && u->is_integer()) return true;
  // (issue 6) between integers and floats, both ways
  if ((v->is_integer() || is_float_arith(v)) && (u->is_integer() || is_float_arith(u))) return true;
  auto bytes_or_runes = [](const Type* s) {
    if (s->kind != TypeKindC::Slice) return false;
    TypeKindC k = s->elem->underlying()->kind;
    return k == TypeKindC::Uint8 || k == TypeKindC::Int32;
  };
  if (u->is_string() && (v->is_integer() || bytes_or_runes(v))) return true;
  if (v->is_string() && bytes_or_runes(u)) return true;
  return false;
}

// ---------------------------------------------------------------------- calls

ExprUse Checker::call(Operand& x, CallExpr* e) {
  raw_expr(x, e->fun);
  if (Expr* f = unparen(e->fun); f != nullptr && f->kind == ExprKind::Selector)
    static_cast<SelectorExpr*>(f)->method_value = false;  // (issue 6, iface) x.M(...): called, not a value
  if (x.mode == Mode::NoValue) {
    error(start_pos(e->fun), operand_string(x) + " used as value or type");
    x.mode = Mode::Invalid;
  }
  switch (x.mode) {
    case Mode::Invalid:
      use(e->args);
      x.mode = Mode::Invalid;
      x.expr = e;
      return ExprUse::Statement;
    case Mode::TypeExpr: {
      const Type* t = x.type;
      x.mode = Mode::Invalid;
      e->call_kind = CallKind::Conversion;
      if (e->args.empty()) {
        error(start_pos(e), "missing argument in conversion to " + t->name);
      } else if (e->args.size() > 1) {
        use(e->args);
        error(start_pos(e->args.back()), "too many arguments in conversion to " + t->name);
      } else {
        expr(x, e->args[0]);
        if (!x.invalid()) {
          if (e->ellipsis.valid()) {
            error(start_pos(e->args[0]), "invalid use of ... in conversion to " + t->name);
            x.mode = Mode::Invalid;
          } else {
            conversion(x, t);
          }
        }
      }
      x.expr = e;
      return ExprUse::Conversion;
    }
    case Mode::Builtin: {
      int id = x.builtin;
      e->call_kind = CallKind::Builtin;
      e->builtin = id;
      return builtin_call(x, e, id);
    }
    default: break;
  }
  const Type* sig = x.type != nullptr ? x.type->underlying() : nullptr;  // (issue 6, func) a named func type too
  if (sig == nullptr || sig->kind != TypeKindC::Func) {
    error(start_pos(e->fun), "invalid operation: cannot call non-function " + operand_string(x));
    use(e->args);
    x.mode = Mode::Invalid;
    x.expr = e;
    return ExprUse::Statement;
  }
  // What is called: a declared function by name, or a member of fmt.
  Expr* fun = e->fun;
  Object* callee = nullptr;
  if (fun->kind == ExprKind::Ident) callee = static_cast<Ident*>(fun)->obj;
  if (fun->kind == ExprKind::Selector) callee = static_cast<SelectorExpr*>(fun)->sel->obj;
  auto native = callee != nullptr ? natives_.find(callee) : natives_.end();
  if (native != natives_.end()) {
    e->call_kind = CallKind::Native;
    e->native = native->second;
  } else if (callee != nullptr && callee->kind == ObjKind::Func && fun->kind == ExprKind::Ident) {
    e->call_kind = CallKind::Func;
  } else if (is_user_method(fun)) {
    e->call_kind = CallKind::Func;  // (issue 6, iface) x.M(...): the receiver is the first argument
  } else {
    e->call_kind = CallKind::Func;  // (issue 6, func) through a func value: CALLCLO (ast.h)
  }
  std::vector<Operand> args = expr_list(e->args, true);
  arguments(e, sig, args, expr_str(fun));
  if (sig->results.empty()) {
    x.mode = Mode::NoValue;
    x.type = nullptr;
  } else if (sig->results.size() == 1) {
    x.mode = Mode::Value;
    x.type = sig->results[0].type;
  } else {
    x.mode = Mode::Value;
    x.type = types_.tuple(sig->results);
  }
  x.val.reset();
  x.expr = e;
  return ExprUse::Statement;
}

// go/types' arguments: counts, then each argument assigned to its parameter.
void Checker::arguments(CallExpr* call, const Type* sig, std::vector<Operand>& args, const std::string& fname) {
  for (const Operand& a : args) {
    if (a.invalid()) return;
  }
  std::vector<const Type*> params;
  for (const Param& p : sig->params) params.push_back(p.type);
  size_t nargs = args.size();
  size_t npars = params.size();
  bool ddd = call->ellipsis.valid();
  if (sig->variadic) {
    if (ddd) {
      // (issue 6, func) f(s...): s is the final parameter's slice itself;
      // the counts must agree (checked below, as for any call).
    } else if (nargs + 1 >= npars) {
      const Type* elem = params.back()->elem;
      params.pop_back();
      while (params.size() < nargs) params.push_back(elem);
      npars = params.size();
    } else {
      npars--;  // for the message below
    }
  } else if (ddd) {
    error(start_pos(call), "cannot use ... in call to non-variadic " + fname);
    return;
  }
  if (nargs != npars) {
    Pos at = start_pos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = start_pos(args[npars].expr);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = start_pos(args[nargs - 1].expr);
    }
    std::vector<const Type*> have, want;
    for (const Operand& a : args) have.push_back(a.type);
    for (const Param& p : sig->params) want.push_back(p.type);
    error(at, qualifier + " arguments in call to " + fname + "\n\thave " + types_summary(have, false) +
                  "\n\twant " + types_summary(want, sig->variadic));
    return;
  }
  for (size_t i = 0; i < nargs; i++) assignment(args[i], params[i], "argument to " + fname);
}

// Selectors: a qualified identifier of fmt, runtime or unsafe, or a field
// (check_composite.cpp).
void Checker::selector(Operand& x, SelectorExpr* e) {
  x.mode = Mode::Invalid;
  x.expr = e;
  if (e->x->kind == ExprKind::Ident) {
    auto* id = static_cast<Ident*>(e->x);
    Object* obj = ctx_.scope->lookup(id->name);
    if (obj != nullptr && obj->kind == ObjKind::Package) {
      id->obj = obj;
      id->mode = Mode::Package;
      obj->used = true;
      e->sel_kind = SelKind::Qualified;
      if (obj->package_path == "unsafe") {
        unsafe_selector(x, e);
        return;
      }
      const std::string& pkg = obj->package_path;
      if (pkg != "fmt" && pkg != "runtime" && pkg != "sync" && pkg != "time" && pkg != "strings" &&
          pkg != "strconv" && pkg != "os" && pkg != "errors")
        return;  // refused at its import
      const std::string& name = e->sel->name;
      bool exists;
      std::string near;
      Object* member = pkg == "fmt"       ? fmt_member(name, &exists, &near)
                       : pkg == "runtime" ? runtime_member(name, &exists, &near)
                       : pkg == "sync"    ? sync_member(name, &exists, &near)
                       : pkg == "strings" ? strings_member(name, &exists, &near)  // (issue 6)
                       : pkg == "strconv" ? strconv_member(name, &exists, &near)
                       : pkg == "os"      ? os_member(name, &exists, &near)  // (issue 6) os_pkg.cpp
                       : pkg == "errors"  ? errors_member(name, &exists, &near)  // (issue 6) check_iface.cpp
                                          : time_member(name, &exists, &near);
      if (!exists) {
        std::string msg = "undefined: " + expr_str(e);
        if (!near.empty()) msg += " (but have " + near + ")";
        error(e->sel->pos, msg);
        return;
      }
      if (member == nullptr) {
        unsupported(start_pos(e), pkg + "." + name);
        return;
      }
      e->sel->obj = member;
      x.mode = member->kind == ObjKind::TypeName ? Mode::TypeExpr : Mode::Value;
      if (member->kind == ObjKind::Var) x.mode = Mode::Variable;  // (issue 6, strconv) strconv.ErrSyntax
      x.type = member->type;
      if (member->kind == ObjKind::Const) {  // (issue 5) time.Second, ...
        x.mode = Mode::Constant;
        x.val = member->value;
      }
      return;
    }
  }
  field_selector(x, e);
}

}  // namespace govm
