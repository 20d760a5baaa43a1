// How gc names things in its -m messages, which govm build -m prints
// word for word: an expression as gc's ir formatter prints it ("&Point{...}",
// "([]byte)(s)", "make([]int, n)", "n.Base.ID" for a promoted field,
// "*(*pp)"), the position gc reports it at (a call at its '(', a binary
// expression at its operator, a selector at its '.'), and types in gc's
// spelling (local types unqualified, "struct { A int }", byte as written).
// Constants keep their source spelling, as gc's OrigConst does.
#include <algorithm>
#include <cctype>
#include <optional>

#include "compiler/escape_graph.h"
#include "compiler/unicode.h"
#include "runtime/natives.h"

namespace govm::escape {

namespace {

std::string strip_main(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool start = i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_');
    if (start && s.compare(i, 5, "main.") == 0) {
      i += 4;
      continue;
    }
    out += s[i];
  }
  return out;
}

// gc spells struct types with blanks inside the braces: "struct { A int;
// B []string }", "struct {}" (go/types: "struct{A int; B []string}").
std::string gc_struct_spelling(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 7, "struct{") != 0) {
      out += s[i];
      continue;
    }
    out += "struct {";
    i += 6;
    if (i + 1 < s.size() && s[i + 1] == '}') continue;  // struct {}
    // Find the matching brace and respell the inside.
    int depth = 1;
    size_t j = i + 1;
    for (; j < s.size() && depth > 0; ++j) depth += s[j] == '{' ? 1 : s[j] == '}' ? -1 : 0;
    out += " " + gc_struct_spelling(s.substr(i + 1, j - i - 2)) + " }";
    i = j - 1;
  }
  return out;
}

std::string type_string(const Type* t) { return t == nullptr ? "?" : gc_struct_spelling(strip_main(t->name)); }

// A type as gc prints it: from the type itself (an alias resolved, [...]
// and constant lengths as numbers, struct fields one by one: "struct { x
// int; y int }"), but byte and rune where the program wrote them, as gc
// keeps them apart from uint8 and int32. type_expr (may be null) is the
// syntax t was written with, followed alongside t.
std::string written_type(const Expr* type_expr, const Type* t) {
  if (t == nullptr) return "?";
  const Expr* te = type_expr;
  while (te != nullptr && te->kind == ExprKind::Paren) te = static_cast<const ParenExpr*>(te)->x;
  if (te != nullptr && te->kind == ExprKind::Ident) {
    const std::string& name = static_cast<const Ident*>(te)->name;
    if ((name == "byte" || name == "rune") && t->kind != TypeKindC::Named) return name;
  }
  auto is = [te](ExprKind k) { return te != nullptr && te->kind == k; };
  switch (t->kind) {
    case TypeKindC::Pointer:
      return "*" + written_type(is(ExprKind::Star) ? static_cast<const StarExpr*>(te)->x : nullptr, t->elem);
    case TypeKindC::Slice:
    case TypeKindC::Array: {
      const Expr* elem = is(ExprKind::ArrayType) ? static_cast<const ArrayTypeExpr*>(te)->elem : nullptr;
      return (t->kind == TypeKindC::Slice ? "[]" : "[" + std::to_string(t->len) + "]") + written_type(elem, t->elem);
    }
    case TypeKindC::Map: {
      auto* m = is(ExprKind::MapType) ? static_cast<const MapTypeExpr*>(te) : nullptr;
      return "map[" + written_type(m ? m->key : nullptr, t->key) + "]" + written_type(m ? m->value : nullptr, t->elem);
    }
    case TypeKindC::Struct: {
      // The field syntax for each field, in order (x, y int is two fields).
      std::vector<const Expr*> field_exprs;
      if (is(ExprKind::StructType) && static_cast<const StructTypeExpr*>(te)->fields != nullptr) {
        for (const Field* f : static_cast<const StructTypeExpr*>(te)->fields->list)
          for (size_t i = 0; i < std::max<size_t>(f->names.size(), 1); ++i) field_exprs.push_back(f->type_expr);
      }
      if (field_exprs.size() != t->fields.size()) field_exprs.assign(t->fields.size(), nullptr);
      if (t->fields.empty()) return "struct {}";
      std::string out = "struct {";
      for (size_t i = 0; i < t->fields.size(); ++i) {
        const StructField& f = t->fields[i];
        const std::string ft = written_type(field_exprs[i], f.type);
        out += (i > 0 ? "; " : " ") + (f.embedded ? ft : f.name + " " + ft);
        if (!f.tag.empty()) out += " " + quote_string(f.tag);
      }
      return out + " }";
    }
    default: return type_string(t);
  }
}

// Where an expression written on one line without blanks before its
// closing token ends (the column after it), when the tree says.
std::optional<Pos> expr_end(const Expr* e) {
  auto after = [](Pos p, size_t n) {
    p.col += static_cast<uint32_t>(n);
    return std::optional<Pos>(p);
  };
  auto next = [](std::optional<Pos> p) {
    if (p) ++p->col;
    return p;
  };
  switch (e->kind) {
    case ExprKind::Ident: return after(e->pos, static_cast<const Ident*>(e)->name.size());
    case ExprKind::BasicLit: return after(e->pos, static_cast<const BasicLit*>(e)->text.size());
    case ExprKind::Selector: return expr_end(static_cast<const SelectorExpr*>(e)->sel);
    case ExprKind::Call:
      if (static_cast<const CallExpr*>(e)->implicit) return expr_end(static_cast<const CallExpr*>(e)->args[0]);  // (iface)
      return after(static_cast<const CallExpr*>(e)->rparen, 1);
    case ExprKind::CompositeLit: return after(static_cast<const CompositeLit*>(e)->rbrace, 1);
    case ExprKind::Paren: return next(expr_end(static_cast<const ParenExpr*>(e)->x));
    case ExprKind::Index: return next(expr_end(static_cast<const IndexExpr*>(e)->index));
    case ExprKind::Star: return expr_end(static_cast<const StarExpr*>(e)->x);
    case ExprKind::Unary: return expr_end(static_cast<const UnaryExpr*>(e)->x);
    default: return {};
  }
}

constexpr int kOperandPrec = 8;  // gc's OpPrec of operands, calls, selectors, index expressions

// gc's OpPrec of a binary operator (Go's precedence).
int binary_prec(Token op) {
  switch (op) {
    case Token::Mul: case Token::Quo: case Token::Rem: case Token::Shl: case Token::Shr:
    case Token::And: case Token::AndNot: return 6;
    case Token::Add: case Token::Sub: case Token::Or: case Token::Xor: return 5;
    case Token::Eql: case Token::Neq: case Token::Lss: case Token::Leq: case Token::Gtr: case Token::Geq: return 4;
    case Token::LAnd: return 2;
    case Token::LOr: return 1;
    default: return kOperandPrec;
  }
}

}  // namespace

static std::string gc_string_prec(const Expr* e, int prec);
static std::string gc_string_unparen(const Expr* e);

// x.f as gc prints it, with the embedded fields the path crosses
// (n.Base.ID); with steps < the path's length, the implicit selector
// after that many steps (1: n.Base).
std::string selector_string(const SelectorExpr* s, size_t steps) {
  std::string out = gc_string_prec(s->x, kOperandPrec);
  const Type* t = s->x->type;
  for (size_t i = 0; i + 1 < s->path.size() && i < steps; ++i) {
    const Type* u = t != nullptr ? t->underlying() : nullptr;
    if (u != nullptr && u->kind == TypeKindC::Pointer) u = u->elem != nullptr ? u->elem->underlying() : nullptr;
    const int f = s->path[i];
    if (u == nullptr || u->kind != TypeKindC::Struct || f < 0 || static_cast<size_t>(f) >= u->fields.size()) break;
    out += "." + u->fields[f].name;
    t = u->fields[f].type;
  }
  return steps < s->path.size() ? out : out + "." + s->sel->name;
}

std::string list_string(const std::vector<Expr*>& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + gc_string(list[i]);
  return out;
}

Pos gc_pos(const Expr* e) {
  if (e == nullptr) return {};
  switch (e->kind) {
    case ExprKind::Paren: return gc_pos(static_cast<const ParenExpr*>(e)->x);
    case ExprKind::Call:
      if (static_cast<const CallExpr*>(e)->implicit)  // (iface) at the assignment's target, else the value
        return static_cast<const CallExpr*>(e)->lparen.valid() ? static_cast<const CallExpr*>(e)->lparen
                                                               : gc_pos(static_cast<const CallExpr*>(e)->args[0]);
      return static_cast<const CallExpr*>(e)->lparen;
    case ExprKind::Binary: return static_cast<const BinaryExpr*>(e)->op_pos;
    case ExprKind::CompositeLit: return static_cast<const CompositeLit*>(e)->lbrace;
    case ExprKind::TypeAssert: {  // (issue 6) gc: the '.'
      const std::optional<Pos> end = expr_end(static_cast<const TypeAssertExpr*>(e)->x);
      return end ? *end : e->pos;
    }
    case ExprKind::Selector: {
      Pos p = static_cast<const SelectorExpr*>(e)->sel->pos;  // gc: the '.'
      if (p.col > 1) --p.col;
      return p;
    }
    case ExprKind::Index: {
      auto* x = static_cast<const IndexExpr*>(e);
      return x->lbrack.valid() ? x->lbrack : e->pos;
    }
    case ExprKind::Slice: {  // gc: the '['; the tree keeps only x, so find where x ends
      std::optional<Pos> end = expr_end(static_cast<const SliceExpr*>(e)->x);
      return end ? *end : e->pos;
    }
    default: return e->pos;
  }
}

std::string gc_string(const Expr* e) { return gc_string_prec(e, 0); }

// gc's ir has no parentheses: its formatter (exprfmt) puts them back where
// an operand binds less tightly than its context, prec (OpPrec: 8 for
// operands, calls, selectors and index expressions, 7 for unary operators,
// 6 to 1 for binary ones, as Go's). So rune((a + b)) prints rune(a + b)
// and *(*pp) keeps its parentheses.
static std::string gc_string_prec(const Expr* e, int prec) {
  if (e == nullptr) return "";
  if (e->kind == ExprKind::Paren && e->mode != Mode::Constant) return gc_string_prec(static_cast<const ParenExpr*>(e)->x, prec);
  int own = kOperandPrec;
  if (e->mode != Mode::Constant || e->kind == ExprKind::BasicLit || e->kind == ExprKind::Ident) {
    if (e->kind == ExprKind::Star || e->kind == ExprKind::Unary) own = kOperandPrec - 1;
    if (e->kind == ExprKind::Binary) own = binary_prec(static_cast<const BinaryExpr*>(e)->op);
  }
  std::string out = gc_string_unparen(e);
  return prec > own ? "(" + out + ")" : out;
}

static std::string gc_string_unparen(const Expr* e) {
  // A constant keeps its source spelling (gc's OrigConst), elisions as "…",
  // types in the syntax printer's spelling: unsafe.Sizeof(struct{a bool}{}).
  if (e->mode == Mode::Constant && e->kind != ExprKind::BasicLit && e->kind != ExprKind::Ident)
    return expr_string(e);
  switch (e->kind) {
    case ExprKind::Ident: return static_cast<const Ident*>(e)->name;
    case ExprKind::BasicLit: return static_cast<const BasicLit*>(e)->text;
    case ExprKind::Paren: return "(" + gc_string(static_cast<const ParenExpr*>(e)->x) + ")";  // a constant's
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(e);
      if (s->sel_kind == SelKind::Field) return selector_string(s, s->path.size());
      return gc_string_prec(s->x, kOperandPrec) + "." + s->sel->name;
    }
    case ExprKind::Index: {
      auto* x = static_cast<const IndexExpr*>(e);
      return gc_string_prec(x->x, kOperandPrec) + "[" + gc_string(x->index) + "]";
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      std::string out = gc_string_prec(s->x, kOperandPrec) + "[" + gc_string(s->lo) + ":" + gc_string(s->hi);
      if (s->max != nullptr) out += ":" + gc_string(s->max);
      return out + "]";
    }
    case ExprKind::Star: return "*" + gc_string_prec(static_cast<const StarExpr*>(e)->x, kOperandPrec);
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      // -(-x) is "- (-x)" in gc (a blank between two equal operators).
      const Expr* x = u->x;
      while (x != nullptr && x->kind == ExprKind::Paren) x = static_cast<const ParenExpr*>(x)->x;
      const bool same = u->op != Token::And && x != nullptr && x->kind == ExprKind::Unary &&
                        static_cast<const UnaryExpr*>(x)->op == u->op;
      return std::string(token_string(u->op)) + (same ? " " : "") + gc_string_prec(u->x, kOperandPrec);
    }
    case ExprKind::Binary: {
      auto* x = static_cast<const BinaryExpr*>(e);
      const int p = binary_prec(x->op);
      return gc_string_prec(x->x, p) + " " + token_string(x->op) + " " + gc_string_prec(x->y, p + 1);
    }
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(e);
      return written_type(c->type_expr, c->lit_type) + (c->elts.empty() ? "{}" : "{...}");
    }
    case ExprKind::FuncLit: return "func literal";
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return gc_string(kv->key) + ":" + gc_string(kv->value);
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      if (c->implicit && c->args.size() == 1) return gc_string_unparen(c->args[0]);  // (issue 6, iface)
      if (const Expr* f = unparen(c->fun); f != nullptr && f->kind == ExprKind::Selector) {
        // (issue 6) x.M(a) of a declared method as gc prints it: T.M(x, a), (*T).M(x, a)
        const auto* s = static_cast<const SelectorExpr*>(f);
        const Object* m = s->sel_kind == SelKind::Method && s->sel != nullptr ? s->sel->obj : nullptr;
        if (m != nullptr && m->decl != nullptr && m->recv != nullptr && s->x->mode != Mode::TypeExpr) {
          const bool ptr = m->recv->kind == TypeKindC::Pointer;
          std::string t = (ptr ? m->recv->elem : m->recv)->name;
          if (t.rfind("main.", 0) == 0) t = t.substr(5);
          std::string out = (ptr ? "(*" + t + ")" : t) + "." + m->name + "(" + gc_string_unparen(s->x);
          if (!c->args.empty()) out += ", " + list_string(c->args);
          return out + ")";
        }
      }
      if (c->call_kind == CallKind::Conversion && c->type != nullptr) {
        const std::string t = written_type(unparen(c->fun), c->type);
        // []rune("const") is rewritten by gc into a slice literal.
        const Expr* arg = c->args.size() == 1 ? c->args[0] : nullptr;
        if (arg != nullptr && arg->mode == Mode::Constant && arg->value && arg->value->kind == Constant::Kind::String &&
            c->type->underlying()->kind == TypeKindC::Slice && c->type->underlying()->elem != nullptr &&
            c->type->underlying()->elem->kind == TypeKindC::Int32)
          return t + (arg->value->s.empty() ? "{}" : "{...}");
        const bool plain = !t.empty() && (std::isalpha(static_cast<unsigned char>(t[0])) || t[0] == '_');
        return (plain ? t : "(" + t + ")") + "(" + list_string(c->args) + ")";
      }
      // (issue 6, fmt) gc prints fmt.Sprintf(f, x) in an enclosing
      // expression as its escape pass rewrote it: fmt.Sprintf(f, ... argument...).
      if (c->call_kind == CallKind::Native && (c->native == static_cast<int>(NativeId::fmt_Sprint) ||
                                               c->native == static_cast<int>(NativeId::fmt_Sprintln) ||
                                               c->native == static_cast<int>(NativeId::fmt_Sprintf))) {
        const size_t fixed = c->native == static_cast<int>(NativeId::fmt_Sprintf) ? 1 : 0;
        std::string out = gc_string_prec(c->fun, kOperandPrec) + "(";
        for (size_t i = 0; i < fixed && i < c->args.size(); ++i) out += gc_string(c->args[i]) + ", ";
        return out + (c->args.size() > fixed ? "... argument...)" : ")");
      }
      // (issue 6) b.String() as gc prints it: (*strings.Builder).String(b).
      if (c->call_kind == CallKind::Native && c->native >= static_cast<int>(NativeId::strings_Builder_WriteString) &&
          c->native <= static_cast<int>(NativeId::strings_Builder_Grow) && unparen(c->fun) != nullptr &&
          unparen(c->fun)->kind == ExprKind::Selector) {
        const auto* sel = static_cast<const SelectorExpr*>(unparen(c->fun));
        std::string recv = gc_string_prec(sel->x, kOperandPrec);  // and the embedded fields: d.Builder
        const Type* t = sel->x->type;
        for (int f : sel->path) {
          const Type* u = t != nullptr ? t->underlying() : nullptr;
          if (u != nullptr && u->kind == TypeKindC::Pointer) u = u->elem != nullptr ? u->elem->underlying() : nullptr;
          if (u == nullptr || u->kind != TypeKindC::Struct || f < 0 || static_cast<size_t>(f) >= u->fields.size()) break;
          recv += "." + u->fields[static_cast<size_t>(f)].name;
          t = u->fields[static_cast<size_t>(f)].type;
        }
        return "(*strings.Builder)." + sel->sel->name + "(" + recv +
               (c->args.empty() ? "" : ", " + list_string(c->args)) + ")";
      }
      // (issue 6, strconv) ne.Error() as gc prints it: (*strconv.NumError).Error(ne)
      if (c->call_kind == CallKind::Native &&
          (c->native == static_cast<int>(NativeId::NumError_Error) ||
           c->native == static_cast<int>(NativeId::NumError_Unwrap)) &&
          unparen(c->fun) != nullptr && unparen(c->fun)->kind == ExprKind::Selector && unparen(c->fun)->type != nullptr) {
        const auto* sel = static_cast<const SelectorExpr*>(unparen(c->fun));
        const bool ptr = sel->x->type != nullptr && sel->x->type->underlying()->kind == TypeKindC::Pointer;
        if (sel->path.empty())
          return "(*strconv.NumError)." + sel->sel->name + "(" + (ptr ? "" : "&") + gc_string_prec(sel->x, kOperandPrec) + ")";
      }
      std::string out = gc_string_prec(c->fun, kOperandPrec) + "(";
      if ((is_builtin(c, Builtin::New) || is_builtin(c, Builtin::Make)) && !c->args.empty()) {
        out += written_type(c->args[0], c->args[0]->type);
        for (size_t i = 1; i < c->args.size(); ++i) out += ", " + gc_string(c->args[i]);
      } else {
        out += list_string(c->args);
      }
      if (c->ellipsis.valid()) out += "...";
      return out + ")";
    }
    default: return strip_main(expr_string(e));
  }
}

}  // namespace govm::escape
