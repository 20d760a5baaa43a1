// How gc names things in its -m messages, which govm build -m prints
// word for word: an expression as gc's ir formatter prints it ("&Point{...}",
// "([]byte)(s)", "make([]int, n)", "n.Base.ID" for a promoted field,
// "*(*pp)"), the position gc reports it at (a call at its '(', a binary
// expression at its operator, a selector at its '.'), and types in gc's
// spelling (local types unqualified, "struct { A int }", byte as written).
// Constants keep their source spelling, as gc's OrigConst does.
#include <cctype>
#include <optional>

#include "compiler/escape_graph.h"

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

// A type as the program wrote it (gc keeps byte and rune apart from uint8
// and int32 when printing), else as the checker names it.
std::string written_type(const Expr* type_expr, const Type* t) {
  return type_expr != nullptr ? gc_struct_spelling(strip_main(expr_string(type_expr))) : type_string(t);
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
    case ExprKind::Call: return after(static_cast<const CallExpr*>(e)->rparen, 1);
    case ExprKind::CompositeLit: return after(static_cast<const CompositeLit*>(e)->rbrace, 1);
    case ExprKind::Paren: return next(expr_end(static_cast<const ParenExpr*>(e)->x));
    case ExprKind::Index: return next(expr_end(static_cast<const IndexExpr*>(e)->index));
    case ExprKind::Star: return expr_end(static_cast<const StarExpr*>(e)->x);
    case ExprKind::Unary: return expr_end(static_cast<const UnaryExpr*>(e)->x);
    default: return {};
  }
}

}  // namespace

// x.f as gc prints it, with the embedded fields the path crosses
// (n.Base.ID); with steps < the path's length, the implicit selector
// after that many steps (1: n.Base).
std::string selector_string(const SelectorExpr* s, size_t steps) {
  std::string out = gc_string(s->x);
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
    case ExprKind::Call: return static_cast<const CallExpr*>(e)->lparen;
    case ExprKind::Binary: return static_cast<const BinaryExpr*>(e)->op_pos;
    case ExprKind::CompositeLit: return static_cast<const CompositeLit*>(e)->lbrace;
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

std::string gc_string(const Expr* e) {
  if (e == nullptr) return "";
  // A constant keeps its source spelling (gc's OrigConst), elisions as "…".
  if (e->mode == Mode::Constant && e->kind != ExprKind::BasicLit && e->kind != ExprKind::Ident)
    return gc_struct_spelling(strip_main(expr_string(e)));
  switch (e->kind) {
    case ExprKind::Ident: return static_cast<const Ident*>(e)->name;
    case ExprKind::BasicLit: return static_cast<const BasicLit*>(e)->text;
    case ExprKind::Paren: return "(" + gc_string(static_cast<const ParenExpr*>(e)->x) + ")";
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(e);
      if (s->sel_kind == SelKind::Field) return selector_string(s, s->path.size());
      return gc_string(s->x) + "." + s->sel->name;
    }
    case ExprKind::Index: {
      auto* x = static_cast<const IndexExpr*>(e);
      return gc_string(x->x) + "[" + gc_string(x->index) + "]";
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      std::string out = gc_string(s->x) + "[" + gc_string(s->lo) + ":" + gc_string(s->hi);
      if (s->max != nullptr) out += ":" + gc_string(s->max);
      return out + "]";
    }
    case ExprKind::Star: {  // gc parenthesizes a dereference of a dereference: *(*pp)
      const Expr* x = static_cast<const StarExpr*>(e)->x;
      return x->kind == ExprKind::Star ? "*(" + gc_string(x) + ")" : "*" + gc_string(x);
    }
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return std::string(token_string(u->op)) + gc_string(u->x);
    }
    case ExprKind::Binary: {
      auto* x = static_cast<const BinaryExpr*>(e);
      return gc_string(x->x) + " " + token_string(x->op) + " " + gc_string(x->y);
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
      std::string out = gc_string(c->fun) + "(";
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
