// Helpers on the syntax tree: field counts and the expression printer.
//
// expr_string prints an expression as gc's syntax printer does in its
// ShortForm (syntax.String), which is how gc quotes source in messages:
// operands separated by single blanks around binary operators, no blanks
// after unary ones, and the bodies of function and composite literals
// elided as "…". Parentheses are printed where the source had them (the
// tree keeps every ParenExpr), never added.
#include "compiler/ast.h"

namespace govm {

size_t FieldList::count() const {
  size_t n = 0;
  for (const Field* f : list) n += f->names.empty() ? 1 : f->names.size();
  return n;
}

namespace {

void print(std::string& out, const Expr* x);

void print_list(std::string& out, const std::vector<Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) out += ", ";
    print(out, list[i]);
  }
}

void print_names(std::string& out, const std::vector<Ident*>& names) {
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) out += ", ";
    out += names[i]->name;
  }
}

// "(a, b int, c string)": each field prints its names, then its type once.
void print_params(std::string& out, const FieldList* params) {
  out += '(';
  if (params != nullptr) {
    for (size_t i = 0; i < params->list.size(); i++) {
      const Field* f = params->list[i];
      if (i > 0) out += ", ";
      if (!f->names.empty()) {
        print_names(out, f->names);
        out += ' ';
      }
      const Expr* t = f->type_expr;
      while (t != nullptr && t->kind == ExprKind::Paren) t = static_cast<const ParenExpr*>(t)->x;
      print(out, t);
    }
  }
  out += ')';
}

void print_signature(std::string& out, const FuncType* sig) {
  print_params(out, sig->params);
  const FieldList* results = sig->results;
  if (results == nullptr || results->list.empty()) return;
  out += ' ';
  if (results->list.size() == 1 && results->list[0]->names.empty()) {
    print(out, results->list[0]->type_expr);
  } else {
    print_params(out, results);
  }
}

void print_fields(std::string& out, const FieldList* fields) {
  if (fields == nullptr) return;
  for (size_t i = 0; i < fields->list.size(); i++) {
    const Field* f = fields->list[i];
    if (i > 0) out += "; ";
    if (!f->names.empty()) {
      print_names(out, f->names);
      out += ' ';
    }
    print(out, f->type_expr);
    if (f->tag != nullptr) {
      out += ' ';
      out += f->tag->text;
    }
  }
}

void print_methods(std::string& out, const FieldList* methods) {
  if (methods == nullptr) return;
  for (size_t i = 0; i < methods->list.size(); i++) {
    const Field* m = methods->list[i];
    if (i > 0) out += "; ";
    if (!m->names.empty() && m->type_expr != nullptr && m->type_expr->kind == ExprKind::FuncType) {
      out += m->names[0]->name;
      print_signature(out, static_cast<const FuncType*>(m->type_expr));
    } else {
      print(out, m->type_expr);
    }
  }
}

void print_chan(std::string& out, const ChanTypeExpr* c) {
  if (c->dir == ChanDir::Recv) out += "<-";
  out += "chan";
  if (c->dir == ChanDir::Send) out += "<-";
  out += ' ';
  const Expr* e = c->value;
  bool paren = c->dir == ChanDir::Both && e != nullptr && e->kind == ExprKind::ChanType &&
               static_cast<const ChanTypeExpr*>(e)->dir == ChanDir::Recv;
  if (paren) out += '(';  // chan (<-chan T), not chan <-chan T
  print(out, e);
  if (paren) out += ')';
}

void print(std::string& out, const Expr* x) {
  if (x == nullptr) return;
  switch (x->kind) {
    case ExprKind::Bad: out += "<bad expr>"; return;
    case ExprKind::Ident: out += static_cast<const Ident*>(x)->name; return;
    case ExprKind::BasicLit: out += static_cast<const BasicLit*>(x)->text; return;
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(x);
      print(out, c->type_expr);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case ExprKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(x);
      print(out, f->sig);
      out += (f->body == nullptr || f->body->list.empty()) ? " {}" : " {…}";
      return;
    }
    case ExprKind::Paren:
      out += '(';
      print(out, static_cast<const ParenExpr*>(x)->x);
      out += ')';
      return;
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(x);
      print(out, s->x);
      out += '.';
      print(out, s->sel);
      return;
    }
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(x);
      print(out, i->x);
      out += '[';
      print(out, i->index);
      out += ']';
      return;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(x);
      print(out, s->x);
      out += '[';
      print(out, s->lo);
      out += ':';
      print(out, s->hi);
      if (s->max != nullptr) {
        out += ':';
        print(out, s->max);
      }
      out += ']';
      return;
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const TypeAssertExpr*>(x);
      print(out, t->x);
      out += ".(";
      if (t->type_expr == nullptr) {
        out += "type";
      } else {
        print(out, t->type_expr);
      }
      out += ')';
      return;
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(x);
      if (c->implicit && c->args.size() == 1) {  // (issue 6, iface) as written: its argument
        print(out, c->args[0]);
        return;
      }
      print(out, c->fun);
      out += '(';
      print_list(out, c->args);
      if (c->ellipsis.valid()) out += "...";
      out += ')';
      return;
    }
    case ExprKind::Star:
      out += '*';
      print(out, static_cast<const StarExpr*>(x)->x);
      return;
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(x);
      out += token_string(u->op);
      print(out, u->x);
      return;
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      print(out, b->x);
      out += ' ';
      out += token_string(b->op);
      out += ' ';
      print(out, b->y);
      return;
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const KeyValueExpr*>(x);
      print(out, kv->key);
      out += ": ";
      print(out, kv->value);
      return;
    }
    case ExprKind::ArrayType: {
      auto* a = static_cast<const ArrayTypeExpr*>(x);
      out += '[';
      if (a->len != nullptr && a->len->kind == ExprKind::Ellipsis) {
        out += "...";
      } else {
        print(out, a->len);
      }
      out += ']';
      print(out, a->elem);
      return;
    }
    case ExprKind::StructType:
      out += "struct{";
      print_fields(out, static_cast<const StructTypeExpr*>(x)->fields);
      out += '}';
      return;
    case ExprKind::FuncType:
      out += "func";
      print_signature(out, static_cast<const FuncType*>(x));
      return;
    case ExprKind::InterfaceType:
      out += "interface{";
      print_methods(out, static_cast<const InterfaceTypeExpr*>(x)->methods);
      out += '}';
      return;
    case ExprKind::MapType: {
      auto* m = static_cast<const MapTypeExpr*>(x);
      out += "map[";
      print(out, m->key);
      out += ']';
      print(out, m->value);
      return;
    }
    case ExprKind::ChanType: print_chan(out, static_cast<const ChanTypeExpr*>(x)); return;
    case ExprKind::Ellipsis:
      out += "...";
      print(out, static_cast<const EllipsisExpr*>(x)->elt);
      return;
  }
}

}  // namespace

std::string expr_string(const Expr* x) {
  std::string out;
  print(out, x);
  return out;
}

}  // namespace govm
