// Parser tests: trees compared with go/ast, syntax errors compared with
// `go build`, and robustness (no crash, no hang, bounded nesting).
//
// The expected trees were printed by a small Go program walking go/ast
// (ast.Inspect, pre-order) in the same "Kind line:col extra" form as AstDump
// below; govm's tree has go/ast's shape, so they must agree line for line.
// The expected errors were printed by `go build` (Go 1.19) and carried to
// today's wording ("expected" for "expecting", "unexpected name x" for
// "unexpected x", as Go 1.20 and 1.23 changed them).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"

namespace govm {
namespace {

// Prints a syntax tree one node a line, pre-order, indented by depth:
// "Kind line:col extra", in the form of go/ast's names and ast.Inspect's
// order, so that trees can be compared with what go/parser builds.
class AstDump {
 public:
  std::string file(const File& f) {
    line(0, "Ident", f.package_name->pos, " " + f.package_name->name);
    for (auto* d : f.imports) decl(0, d);
    for (auto* d : f.decls) decl(0, d);
    return out_;
  }
  std::string expr_tree(const Expr* x) {
    expr(0, x);
    return out_;
  }

 private:
  void line(int depth, const std::string& kind, Pos pos, const std::string& extra = "") {
    out_ += std::string(size_t(depth), ' ') + kind + " " + std::to_string(pos.line) + ":" +
            std::to_string(pos.col) + extra + "\n";
  }
  void decl(int d, const Node* n) {
    using namespace govm;
    if (auto* g = dynamic_cast<const GenDecl*>(n)) {
      line(d, "GenDecl", g->pos, std::string(" ") + token_string(g->tok));
      for (auto* s : g->specs) spec(d + 1, s);
    } else if (auto* f = dynamic_cast<const FuncDecl*>(n)) {
      line(d, "FuncDecl", f->pos);
      if (f->recv) fields(d + 1, f->recv);
      expr(d + 1, f->name);
      expr(d + 1, f->sig);
      if (f->body) stmt(d + 1, f->body);
    }
  }
  void spec(int d, const Spec* s) {
    using namespace govm;
    if (auto* i = dynamic_cast<const ImportSpec*>(s)) {
      line(d, "ImportSpec", i->pos);
      if (i->name) expr(d + 1, i->name);
      expr(d + 1, i->path);
    } else if (auto* v = dynamic_cast<const ValueSpec*>(s)) {
      line(d, "ValueSpec", v->pos);
      for (auto* n : v->names) expr(d + 1, n);
      if (v->implicit) return;  // go/ast has no copies of the repeated list
      if (v->type_expr) expr(d + 1, v->type_expr);
      for (auto* x : v->values) expr(d + 1, x);
    } else if (auto* t = dynamic_cast<const TypeSpec*>(s)) {
      line(d, "TypeSpec", t->pos, t->alias ? " alias" : "");
      expr(d + 1, t->name);
      expr(d + 1, t->type_expr);
    }
  }
  void fields(int d, const FieldList* fl) {
    line(d, "FieldList", fl->pos);
    for (auto* f : fl->list) {
      line(d + 1, "Field", f->pos);
      for (auto* n : f->names) expr(d + 2, n);
      expr(d + 2, f->type_expr);
      if (f->tag) expr(d + 2, f->tag);
    }
  }
  void exprs(int d, const std::vector<Expr*>& list) {
    for (auto* x : list) expr(d, x);
  }
  void stmts(int d, const std::vector<Stmt*>& list) {
    for (auto* s : list) stmt(d, s);
  }
  void expr(int d, const Expr* x) {
    using namespace govm;
    if (x == nullptr) return;
    switch (x->kind) {
      case ExprKind::Bad: line(d, "BadExpr", x->pos); return;
      case ExprKind::Ident: line(d, "Ident", x->pos, " " + static_cast<const Ident*>(x)->name); return;
      case ExprKind::BasicLit: line(d, "BasicLit", x->pos, " " + static_cast<const BasicLit*>(x)->text); return;
      case ExprKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(x);
        line(d, "CompositeLit", x->pos);
        expr(d + 1, c->type_expr);
        exprs(d + 1, c->elts);
        return;
      }
      case ExprKind::FuncLit: {
        auto* f = static_cast<const FuncLit*>(x);
        line(d, "FuncLit", x->pos);
        expr(d + 1, f->sig);
        stmt(d + 1, f->body);
        return;
      }
      case ExprKind::Paren: line(d, "ParenExpr", x->pos); expr(d + 1, static_cast<const ParenExpr*>(x)->x); return;
      case ExprKind::Selector: {
        auto* s = static_cast<const SelectorExpr*>(x);
        line(d, "SelectorExpr", x->pos);
        expr(d + 1, s->x);
        expr(d + 1, s->sel);
        return;
      }
      case ExprKind::Index: {
        auto* i = static_cast<const IndexExpr*>(x);
        line(d, "IndexExpr", x->pos);
        expr(d + 1, i->x);
        expr(d + 1, i->index);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const SliceExpr*>(x);
        line(d, "SliceExpr", x->pos, s->three ? " 3" : "");
        expr(d + 1, s->x);
        expr(d + 1, s->lo);
        expr(d + 1, s->hi);
        expr(d + 1, s->max);
        return;
      }
      case ExprKind::TypeAssert: {
        auto* t = static_cast<const TypeAssertExpr*>(x);
        line(d, "TypeAssertExpr", x->pos);
        expr(d + 1, t->x);
        expr(d + 1, t->type_expr);
        return;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(x);
        line(d, "CallExpr", x->pos);
        expr(d + 1, c->fun);
        exprs(d + 1, c->args);
        return;
      }
      case ExprKind::Star: line(d, "StarExpr", x->pos); expr(d + 1, static_cast<const StarExpr*>(x)->x); return;
      case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(x);
        line(d, "UnaryExpr", x->pos, std::string(" ") + token_string(u->op));
        expr(d + 1, u->x);
        return;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(x);
        line(d, "BinaryExpr", x->pos, std::string(" ") + token_string(b->op));
        expr(d + 1, b->x);
        expr(d + 1, b->y);
        return;
      }
      case ExprKind::KeyValue: {
        auto* kv = static_cast<const KeyValueExpr*>(x);
        line(d, "KeyValueExpr", x->pos);
        expr(d + 1, kv->key);
        expr(d + 1, kv->value);
        return;
      }
      case ExprKind::ArrayType: {
        auto* a = static_cast<const ArrayTypeExpr*>(x);
        line(d, "ArrayType", x->pos);
        expr(d + 1, a->len);
        expr(d + 1, a->elem);
        return;
      }
      case ExprKind::StructType:
        line(d, "StructType", x->pos);
        fields(d + 1, static_cast<const StructTypeExpr*>(x)->fields);
        return;
      case ExprKind::FuncType: {
        auto* f = static_cast<const FuncType*>(x);
        line(d, "FuncType", x->pos);
        fields(d + 1, f->params);
        if (f->results) fields(d + 1, f->results);
        return;
      }
      case ExprKind::InterfaceType:
        line(d, "InterfaceType", x->pos);
        fields(d + 1, static_cast<const InterfaceTypeExpr*>(x)->methods);
        return;
      case ExprKind::MapType: {
        auto* m = static_cast<const MapTypeExpr*>(x);
        line(d, "MapType", x->pos);
        expr(d + 1, m->key);
        expr(d + 1, m->value);
        return;
      }
      case ExprKind::ChanType: {
        auto* c = static_cast<const ChanTypeExpr*>(x);
        const char* dir = c->dir == ChanDir::Send ? " send" : c->dir == ChanDir::Recv ? " recv" : " both";
        line(d, "ChanType", x->pos, dir);
        expr(d + 1, c->value);
        return;
      }
      case ExprKind::Ellipsis: line(d, "Ellipsis", x->pos); expr(d + 1, static_cast<const EllipsisExpr*>(x)->elt); return;
    }
  }
  void stmt(int d, const Stmt* s) {
    using namespace govm;
    if (s == nullptr) return;
    switch (s->kind) {
      case StmtKind::Bad: line(d, "BadStmt", s->pos); return;
      case StmtKind::Decl: line(d, "DeclStmt", s->pos); decl(d + 1, static_cast<const DeclStmt*>(s)->decl); return;
      case StmtKind::Empty:
        line(d, "EmptyStmt", s->pos, static_cast<const EmptyStmt*>(s)->implicit ? " implicit" : "");
        return;
      case StmtKind::Labeled: {
        auto* l = static_cast<const LabeledStmt*>(s);
        line(d, "LabeledStmt", s->pos);
        expr(d + 1, l->label);
        stmt(d + 1, l->stmt);
        return;
      }
      case StmtKind::Expr: line(d, "ExprStmt", s->pos); expr(d + 1, static_cast<const ExprStmt*>(s)->x); return;
      case StmtKind::Send: {
        auto* x = static_cast<const SendStmt*>(s);
        line(d, "SendStmt", s->pos);
        expr(d + 1, x->chan);
        expr(d + 1, x->value);
        return;
      }
      case StmtKind::IncDec: {
        auto* x = static_cast<const IncDecStmt*>(s);
        line(d, "IncDecStmt", s->pos, std::string(" ") + token_string(x->tok));
        expr(d + 1, x->x);
        return;
      }
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        line(d, "AssignStmt", s->pos, std::string(" ") + token_string(a->tok));
        exprs(d + 1, a->lhs);
        exprs(d + 1, a->rhs);
        return;
      }
      case StmtKind::Go: line(d, "GoStmt", s->pos); expr(d + 1, static_cast<const GoStmt*>(s)->call); return;
      case StmtKind::Defer: line(d, "DeferStmt", s->pos); expr(d + 1, static_cast<const DeferStmt*>(s)->call); return;
      case StmtKind::Return: line(d, "ReturnStmt", s->pos); exprs(d + 1, static_cast<const ReturnStmt*>(s)->results); return;
      case StmtKind::Branch: {
        auto* b = static_cast<const BranchStmt*>(s);
        line(d, "BranchStmt", s->pos, std::string(" ") + token_string(b->tok));
        expr(d + 1, b->label);
        return;
      }
      case StmtKind::Block: line(d, "BlockStmt", s->pos); stmts(d + 1, static_cast<const BlockStmt*>(s)->list); return;
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        line(d, "IfStmt", s->pos);
        stmt(d + 1, i->init);
        expr(d + 1, i->cond);
        stmt(d + 1, i->body);
        stmt(d + 1, i->else_);
        return;
      }
      case StmtKind::CaseClause: {
        auto* c = static_cast<const CaseClause*>(s);
        line(d, "CaseClause", s->pos, c->is_default ? " default" : "");
        exprs(d + 1, c->list);
        stmts(d + 1, c->body);
        return;
      }
      case StmtKind::Switch: {
        auto* x = static_cast<const SwitchStmt*>(s);
        line(d, "SwitchStmt", s->pos);
        stmt(d + 1, x->init);
        expr(d + 1, x->tag);
        stmt(d + 1, x->body);
        return;
      }
      case StmtKind::TypeSwitch: {
        auto* x = static_cast<const TypeSwitchStmt*>(s);
        line(d, "TypeSwitchStmt", s->pos);
        stmt(d + 1, x->init);
        stmt(d + 1, x->assign);
        stmt(d + 1, x->body);
        return;
      }
      case StmtKind::CommClause: {
        auto* c = static_cast<const CommClause*>(s);
        line(d, "CommClause", s->pos);
        stmt(d + 1, c->comm);
        stmts(d + 1, c->body);
        return;
      }
      case StmtKind::Select: line(d, "SelectStmt", s->pos); stmt(d + 1, static_cast<const SelectStmt*>(s)->body); return;
      case StmtKind::For: {
        auto* f = static_cast<const ForStmt*>(s);
        line(d, "ForStmt", s->pos);
        stmt(d + 1, f->init);
        expr(d + 1, f->cond);
        stmt(d + 1, f->post);
        stmt(d + 1, f->body);
        return;
      }
      case StmtKind::Range: {
        auto* r = static_cast<const RangeStmt*>(s);
        line(d, "RangeStmt", s->pos, r->tok == Token::Illegal ? "" : std::string(" ") + token_string(r->tok));
        expr(d + 1, r->key);
        expr(d + 1, r->value);
        expr(d + 1, r->x);
        stmt(d + 1, r->body);
        return;
      }
    }
  }
  std::string out_;
};

struct Parsed {
  std::unique_ptr<File> file;
  std::string errors;  // as gc prints them
};

Parsed parse(const std::string& src, const std::string& path = "prog.go") {
  Diagnostics diags(path);
  Parsed p;
  p.file = parse_file(path, src, diags);
  p.errors = diags.format_all();
  return p;
}

std::string dump(const std::string& src) {
  Parsed p = parse(src);
  EXPECT_EQ(p.errors, "");
  if (p.file == nullptr) return "";
  return AstDump().file(*p.file);
}

// Checks that every node's kind matches its dynamic type, over the tree.
class KindCheck {
 public:
  int count = 0;
  void file(const File& f) {
    for (auto* d : f.imports) node(d);
    for (auto* d : f.decls) node(d);
  }

 private:
  template <class T>
  void is(const Node* n) {
    EXPECT_NE(dynamic_cast<const T*>(n), nullptr) << "node at " << n->pos.line << ":" << n->pos.col;
  }
  void node(const Node* n) {
    if (n == nullptr) return;
    count++;
    if (auto* g = dynamic_cast<const GenDecl*>(n)) {
      for (auto* s : g->specs) spec(s);
    } else if (auto* f = dynamic_cast<const FuncDecl*>(n)) {
      fields(f->recv);
      expr(f->name);
      expr(f->sig);
      stmt(f->body);
    }
  }
  void spec(const Spec* s) {
    if (auto* v = dynamic_cast<const ValueSpec*>(s)) {
      for (auto* n : v->names) expr(n);
      expr(v->type_expr);
      for (auto* x : v->values) expr(x);
    } else if (auto* t = dynamic_cast<const TypeSpec*>(s)) {
      expr(t->name);
      expr(t->type_expr);
    } else if (auto* i = dynamic_cast<const ImportSpec*>(s)) {
      expr(i->name);
      expr(i->path);
    }
  }
  void fields(const FieldList* fl) {
    if (fl == nullptr) return;
    for (auto* f : fl->list) {
      for (auto* n : f->names) expr(n);
      expr(f->type_expr);
      expr(f->tag);
    }
  }
  void expr(const Expr* x) {
    if (x == nullptr) return;
    count++;
    switch (x->kind) {
      case ExprKind::Bad: return;
      case ExprKind::Ident: is<Ident>(x); return;
      case ExprKind::BasicLit: is<BasicLit>(x); return;
      case ExprKind::CompositeLit: {
        is<CompositeLit>(x);
        auto* c = static_cast<const CompositeLit*>(x);
        expr(c->type_expr);
        for (auto* e : c->elts) expr(e);
        return;
      }
      case ExprKind::FuncLit:
        is<FuncLit>(x);
        expr(static_cast<const FuncLit*>(x)->sig);
        stmt(static_cast<const FuncLit*>(x)->body);
        return;
      case ExprKind::Paren: is<ParenExpr>(x); expr(static_cast<const ParenExpr*>(x)->x); return;
      case ExprKind::Selector: is<SelectorExpr>(x); expr(static_cast<const SelectorExpr*>(x)->x); return;
      case ExprKind::Index:
        is<IndexExpr>(x);
        expr(static_cast<const IndexExpr*>(x)->x);
        expr(static_cast<const IndexExpr*>(x)->index);
        return;
      case ExprKind::Slice: {
        is<SliceExpr>(x);
        auto* s = static_cast<const SliceExpr*>(x);
        expr(s->x), expr(s->lo), expr(s->hi), expr(s->max);
        return;
      }
      case ExprKind::TypeAssert:
        is<TypeAssertExpr>(x);
        expr(static_cast<const TypeAssertExpr*>(x)->x);
        expr(static_cast<const TypeAssertExpr*>(x)->type_expr);
        return;
      case ExprKind::Call: {
        is<CallExpr>(x);
        auto* c = static_cast<const CallExpr*>(x);
        expr(c->fun);
        for (auto* a : c->args) expr(a);
        return;
      }
      case ExprKind::Star: is<StarExpr>(x); expr(static_cast<const StarExpr*>(x)->x); return;
      case ExprKind::Unary: is<UnaryExpr>(x); expr(static_cast<const UnaryExpr*>(x)->x); return;
      case ExprKind::Binary:
        is<BinaryExpr>(x);
        expr(static_cast<const BinaryExpr*>(x)->x);
        expr(static_cast<const BinaryExpr*>(x)->y);
        return;
      case ExprKind::KeyValue:
        is<KeyValueExpr>(x);
        expr(static_cast<const KeyValueExpr*>(x)->key);
        expr(static_cast<const KeyValueExpr*>(x)->value);
        return;
      case ExprKind::ArrayType:
        is<ArrayTypeExpr>(x);
        expr(static_cast<const ArrayTypeExpr*>(x)->len);
        expr(static_cast<const ArrayTypeExpr*>(x)->elem);
        return;
      case ExprKind::StructType: is<StructTypeExpr>(x); fields(static_cast<const StructTypeExpr*>(x)->fields); return;
      case ExprKind::FuncType:
        is<FuncType>(x);
        fields(static_cast<const FuncType*>(x)->params);
        fields(static_cast<const FuncType*>(x)->results);
        return;
      case ExprKind::InterfaceType:
        is<InterfaceTypeExpr>(x);
        fields(static_cast<const InterfaceTypeExpr*>(x)->methods);
        return;
      case ExprKind::MapType:
        is<MapTypeExpr>(x);
        expr(static_cast<const MapTypeExpr*>(x)->key);
        expr(static_cast<const MapTypeExpr*>(x)->value);
        return;
      case ExprKind::ChanType: is<ChanTypeExpr>(x); expr(static_cast<const ChanTypeExpr*>(x)->value); return;
      case ExprKind::Ellipsis: is<EllipsisExpr>(x); expr(static_cast<const EllipsisExpr*>(x)->elt); return;
    }
  }
  void stmts(const std::vector<Stmt*>& list) {
    for (auto* s : list) stmt(s);
  }
  void stmt(const Stmt* s) {
    if (s == nullptr) return;
    count++;
    switch (s->kind) {
      case StmtKind::Bad: return;
      case StmtKind::Decl: is<DeclStmt>(s); node(static_cast<const DeclStmt*>(s)->decl); return;
      case StmtKind::Empty: is<EmptyStmt>(s); return;
      case StmtKind::Labeled: is<LabeledStmt>(s); stmt(static_cast<const LabeledStmt*>(s)->stmt); return;
      case StmtKind::Expr: is<ExprStmt>(s); expr(static_cast<const ExprStmt*>(s)->x); return;
      case StmtKind::Send:
        is<SendStmt>(s);
        expr(static_cast<const SendStmt*>(s)->chan);
        expr(static_cast<const SendStmt*>(s)->value);
        return;
      case StmtKind::IncDec: is<IncDecStmt>(s); expr(static_cast<const IncDecStmt*>(s)->x); return;
      case StmtKind::Assign: {
        is<AssignStmt>(s);
        auto* a = static_cast<const AssignStmt*>(s);
        for (auto* x : a->lhs) expr(x);
        for (auto* x : a->rhs) expr(x);
        return;
      }
      case StmtKind::Go: is<GoStmt>(s); expr(static_cast<const GoStmt*>(s)->call); return;
      case StmtKind::Defer: is<DeferStmt>(s); expr(static_cast<const DeferStmt*>(s)->call); return;
      case StmtKind::Return:
        is<ReturnStmt>(s);
        for (auto* x : static_cast<const ReturnStmt*>(s)->results) expr(x);
        return;
      case StmtKind::Branch: is<BranchStmt>(s); expr(static_cast<const BranchStmt*>(s)->label); return;
      case StmtKind::Block: is<BlockStmt>(s); stmts(static_cast<const BlockStmt*>(s)->list); return;
      case StmtKind::If: {
        is<IfStmt>(s);
        auto* i = static_cast<const IfStmt*>(s);
        stmt(i->init), expr(i->cond), stmt(i->body), stmt(i->else_);
        return;
      }
      case StmtKind::CaseClause: {
        is<CaseClause>(s);
        auto* c = static_cast<const CaseClause*>(s);
        for (auto* x : c->list) expr(x);
        stmts(c->body);
        return;
      }
      case StmtKind::Switch: {
        is<SwitchStmt>(s);
        auto* x = static_cast<const SwitchStmt*>(s);
        stmt(x->init), expr(x->tag), stmt(x->body);
        return;
      }
      case StmtKind::TypeSwitch: {
        is<TypeSwitchStmt>(s);
        auto* x = static_cast<const TypeSwitchStmt*>(s);
        stmt(x->init), stmt(x->assign), stmt(x->body);
        return;
      }
      case StmtKind::CommClause:
        is<CommClause>(s);
        stmt(static_cast<const CommClause*>(s)->comm);
        stmts(static_cast<const CommClause*>(s)->body);
        return;
      case StmtKind::Select: is<SelectStmt>(s); stmt(static_cast<const SelectStmt*>(s)->body); return;
      case StmtKind::For: {
        is<ForStmt>(s);
        auto* f = static_cast<const ForStmt*>(s);
        stmt(f->init), expr(f->cond), stmt(f->post), stmt(f->body);
        return;
      }
      case StmtKind::Range: {
        is<RangeStmt>(s);
        auto* r = static_cast<const RangeStmt*>(s);
        expr(r->key), expr(r->value), expr(r->x), stmt(r->body);
        return;
      }
    }
  }
};

// ------------------------------------------------------------- trees

const char* kDeclsSrc = R"go(package main

import (
	"fmt"
	m "math"
)

type Point struct {
	X, Y int `json:"x"`
	*Base
	fmt.Stringer
}

type (
	Celsius = float64
	Grid    [4 * 2][]string
	Fn      func(a, b int, rest ...string) (n int, err error)
	Ch      chan<- <-chan int
	Set     map[string]struct{}
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

const (
	A = iota
	B
	C, D = iota * 2, "s"
)

var g, h int = 1, 2

func (p *Point) Move(dx, dy int) { p.X += dx }

func area(s Shape) float64

func main() { fmt.Println(m.Pi) }
)go";

const char* kDeclsTree = R"go(Ident 1:9 main
GenDecl 3:1 import
 ImportSpec 4:2
  BasicLit 4:2 "fmt"
 ImportSpec 5:2
  Ident 5:2 m
  BasicLit 5:4 "math"
GenDecl 8:1 type
 TypeSpec 8:6
  Ident 8:6 Point
  StructType 8:12
   FieldList 8:19
    Field 9:2
     Ident 9:2 X
     Ident 9:5 Y
     Ident 9:7 int
     BasicLit 9:11 `json:"x"`
    Field 10:2
     StarExpr 10:2
      Ident 10:3 Base
    Field 11:2
     SelectorExpr 11:2
      Ident 11:2 fmt
      Ident 11:6 Stringer
GenDecl 14:1 type
 TypeSpec 15:2 alias
  Ident 15:2 Celsius
  Ident 15:12 float64
 TypeSpec 16:2
  Ident 16:2 Grid
  ArrayType 16:10
   BinaryExpr 16:11 *
    BasicLit 16:11 4
    BasicLit 16:15 2
   ArrayType 16:17
    Ident 16:19 string
 TypeSpec 17:2
  Ident 17:2 Fn
  FuncType 17:10
   FieldList 17:14
    Field 17:15
     Ident 17:15 a
     Ident 17:18 b
     Ident 17:20 int
    Field 17:25
     Ident 17:25 rest
     Ellipsis 17:30
      Ident 17:33 string
   FieldList 17:41
    Field 17:42
     Ident 17:42 n
     Ident 17:44 int
    Field 17:49
     Ident 17:49 err
     Ident 17:53 error
 TypeSpec 18:2
  Ident 18:2 Ch
  ChanType 18:10 send
   ChanType 18:17 recv
    Ident 18:24 int
 TypeSpec 19:2
  Ident 19:2 Set
  MapType 19:10
   Ident 19:14 string
   StructType 19:21
    FieldList 19:27
GenDecl 22:1 type
 TypeSpec 22:6
  Ident 22:6 Shape
  InterfaceType 22:12
   FieldList 22:22
    Field 23:2
     Ident 23:2 Area
     FuncType 23:6
      FieldList 23:6
      FieldList 23:9
       Field 23:9
        Ident 23:9 float64
    Field 24:2
     SelectorExpr 24:2
      Ident 24:2 fmt
      Ident 24:6 Stringer
GenDecl 27:1 const
 ValueSpec 28:2
  Ident 28:2 A
  Ident 28:6 iota
 ValueSpec 29:2
  Ident 29:2 B
 ValueSpec 30:2
  Ident 30:2 C
  Ident 30:5 D
  BinaryExpr 30:9 *
   Ident 30:9 iota
   BasicLit 30:16 2
  BasicLit 30:19 "s"
GenDecl 33:1 var
 ValueSpec 33:5
  Ident 33:5 g
  Ident 33:8 h
  Ident 33:10 int
  BasicLit 33:16 1
  BasicLit 33:19 2
FuncDecl 35:1
 FieldList 35:6
  Field 35:7
   Ident 35:7 p
   StarExpr 35:9
    Ident 35:10 Point
 Ident 35:17 Move
 FuncType 35:1
  FieldList 35:21
   Field 35:22
    Ident 35:22 dx
    Ident 35:26 dy
    Ident 35:29 int
 BlockStmt 35:34
  AssignStmt 35:36 +=
   SelectorExpr 35:36
    Ident 35:36 p
    Ident 35:38 X
   Ident 35:43 dx
FuncDecl 37:1
 Ident 37:6 area
 FuncType 37:1
  FieldList 37:10
   Field 37:11
    Ident 37:11 s
    Ident 37:13 Shape
  FieldList 37:20
   Field 37:20
    Ident 37:20 float64
FuncDecl 39:1
 Ident 39:6 main
 FuncType 39:1
  FieldList 39:10
 BlockStmt 39:13
  ExprStmt 39:15
   CallExpr 39:15
    SelectorExpr 39:15
     Ident 39:15 fmt
     Ident 39:19 Println
    SelectorExpr 39:27
     Ident 39:27 m
     Ident 39:29 Pi
)go";

const char* kStmtsSrc = R"go(package main

func main() {
	x := 1
	var y int
	x, y = y, x
	x += 2
	y++
	ch := make(chan int, 1)
	ch <- x
	if v := <-ch; v > 0 {
	} else if v < 0 {
	} else {
	}
	for i := 0; i < 3; i++ {
		continue
	}
	for k, v := range []int{1} {
		_, _ = k, v
	}
	for range ch {
		break
	}
	for {
		break
	}
	switch z := interface{}(x).(type) {
	case int, string:
		_ = z
	default:
	}
	switch x {
	case 1:
		fallthrough
	default:
	}
	select {
	case ch <- 1:
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	go func() {}()
	defer println(x)
L:
	for {
		break L
	}
	goto L
	{
	}
	;
	return
}
)go";

const char* kStmtsTree = R"go(Ident 1:9 main
FuncDecl 3:1
 Ident 3:6 main
 FuncType 3:1
  FieldList 3:10
 BlockStmt 3:13
  AssignStmt 4:2 :=
   Ident 4:2 x
   BasicLit 4:7 1
  DeclStmt 5:2
   GenDecl 5:2 var
    ValueSpec 5:6
     Ident 5:6 y
     Ident 5:8 int
  AssignStmt 6:2 =
   Ident 6:2 x
   Ident 6:5 y
   Ident 6:9 y
   Ident 6:12 x
  AssignStmt 7:2 +=
   Ident 7:2 x
   BasicLit 7:7 2
  IncDecStmt 8:2 ++
   Ident 8:2 y
  AssignStmt 9:2 :=
   Ident 9:2 ch
   CallExpr 9:8
    Ident 9:8 make
    ChanType 9:13 both
     Ident 9:18 int
    BasicLit 9:23 1
  SendStmt 10:2
   Ident 10:2 ch
   Ident 10:8 x
  IfStmt 11:2
   AssignStmt 11:5 :=
    Ident 11:5 v
    UnaryExpr 11:10 <-
     Ident 11:12 ch
   BinaryExpr 11:16 >
    Ident 11:16 v
    BasicLit 11:20 0
   BlockStmt 11:22
   IfStmt 12:9
    BinaryExpr 12:12 <
     Ident 12:12 v
     BasicLit 12:16 0
    BlockStmt 12:18
    BlockStmt 13:9
  ForStmt 15:2
   AssignStmt 15:6 :=
    Ident 15:6 i
    BasicLit 15:11 0
   BinaryExpr 15:14 <
    Ident 15:14 i
    BasicLit 15:18 3
   IncDecStmt 15:21 ++
    Ident 15:21 i
   BlockStmt 15:25
    BranchStmt 16:3 continue
  RangeStmt 18:2 :=
   Ident 18:6 k
   Ident 18:9 v
   CompositeLit 18:20
    ArrayType 18:20
     Ident 18:22 int
    BasicLit 18:26 1
   BlockStmt 18:29
    AssignStmt 19:3 =
     Ident 19:3 _
     Ident 19:6 _
     Ident 19:10 k
     Ident 19:13 v
  RangeStmt 21:2
   Ident 21:12 ch
   BlockStmt 21:15
    BranchStmt 22:3 break
  ForStmt 24:2
   BlockStmt 24:6
    BranchStmt 25:3 break
  TypeSwitchStmt 27:2
   AssignStmt 27:9 :=
    Ident 27:9 z
    TypeAssertExpr 27:14
     CallExpr 27:14
      InterfaceType 27:14
       FieldList 27:23
      Ident 27:26 x
   BlockStmt 27:36
    CaseClause 28:2
     Ident 28:7 int
     Ident 28:12 string
     AssignStmt 29:3 =
      Ident 29:3 _
      Ident 29:7 z
    CaseClause 30:2 default
  SwitchStmt 32:2
   Ident 32:9 x
   BlockStmt 32:11
    CaseClause 33:2
     BasicLit 33:7 1
     BranchStmt 34:3 fallthrough
    CaseClause 35:2 default
  SelectStmt 37:2
   BlockStmt 37:9
    CommClause 38:2
     SendStmt 38:7
      Ident 38:7 ch
      BasicLit 38:13 1
    CommClause 39:2
     AssignStmt 39:7 :=
      Ident 39:7 v
      Ident 39:10 ok
      UnaryExpr 39:16 <-
       Ident 39:18 ch
     AssignStmt 40:3 =
      Ident 40:3 _
      Ident 40:6 _
      Ident 40:10 v
      Ident 40:13 ok
    CommClause 41:2
  GoStmt 43:2
   CallExpr 43:5
    FuncLit 43:5
     FuncType 43:5
      FieldList 43:9
     BlockStmt 43:12
  DeferStmt 44:2
   CallExpr 44:8
    Ident 44:8 println
    Ident 44:16 x
  LabeledStmt 45:1
   Ident 45:1 L
   ForStmt 46:2
    BlockStmt 46:6
     BranchStmt 47:3 break
      Ident 47:9 L
  BranchStmt 49:2 goto
   Ident 49:7 L
  BlockStmt 50:2
  EmptyStmt 52:2
  ReturnStmt 53:2
)go";

const char* kExprsSrc = R"go(package main

var (
	a = -p.f + *q.r*2
	b = <-ch
	c = s[i:j]
	d = s[:j:k]
	e = f(xs...)
	g = x.(T)
	h = func() int { return 1 }()
	i = []int{1, 2, 3}[1]
	j = map[string][]int{"a": {1}, "b": nil}
	k = &Point{X: 1, Y: 2}
	l = [...]string{2: "x"}
	n = x || y && !z == (w < 3)
	o = 1<<3 | 0x10&^2 % 5
	p = <-chan int(nil)
	q = 'a' + 1.5i + 0x1p-2 + 0o17 + 0b1 + 1_000
	r = "s\t" + `raw`
	t = struct{ A int }{1}.A
)
)go";

const char* kExprsTree = R"go(Ident 1:9 main
GenDecl 3:1 var
 ValueSpec 4:2
  Ident 4:2 a
  BinaryExpr 4:6 +
   UnaryExpr 4:6 -
    SelectorExpr 4:7
     Ident 4:7 p
     Ident 4:9 f
   BinaryExpr 4:13 *
    StarExpr 4:13
     SelectorExpr 4:14
      Ident 4:14 q
      Ident 4:16 r
    BasicLit 4:18 2
 ValueSpec 5:2
  Ident 5:2 b
  UnaryExpr 5:6 <-
   Ident 5:8 ch
 ValueSpec 6:2
  Ident 6:2 c
  SliceExpr 6:6
   Ident 6:6 s
   Ident 6:8 i
   Ident 6:10 j
 ValueSpec 7:2
  Ident 7:2 d
  SliceExpr 7:6 3
   Ident 7:6 s
   Ident 7:9 j
   Ident 7:11 k
 ValueSpec 8:2
  Ident 8:2 e
  CallExpr 8:6
   Ident 8:6 f
   Ident 8:8 xs
 ValueSpec 9:2
  Ident 9:2 g
  TypeAssertExpr 9:6
   Ident 9:6 x
   Ident 9:9 T
 ValueSpec 10:2
  Ident 10:2 h
  CallExpr 10:6
   FuncLit 10:6
    FuncType 10:6
     FieldList 10:10
     FieldList 10:13
      Field 10:13
       Ident 10:13 int
    BlockStmt 10:17
     ReturnStmt 10:19
      BasicLit 10:26 1
 ValueSpec 11:2
  Ident 11:2 i
  IndexExpr 11:6
   CompositeLit 11:6
    ArrayType 11:6
     Ident 11:8 int
    BasicLit 11:12 1
    BasicLit 11:15 2
    BasicLit 11:18 3
   BasicLit 11:21 1
 ValueSpec 12:2
  Ident 12:2 j
  CompositeLit 12:6
   MapType 12:6
    Ident 12:10 string
    ArrayType 12:17
     Ident 12:19 int
   KeyValueExpr 12:23
    BasicLit 12:23 "a"
    CompositeLit 12:28
     BasicLit 12:29 1
   KeyValueExpr 12:33
    BasicLit 12:33 "b"
    Ident 12:38 nil
 ValueSpec 13:2
  Ident 13:2 k
  UnaryExpr 13:6 &
   CompositeLit 13:7
    Ident 13:7 Point
    KeyValueExpr 13:13
     Ident 13:13 X
     BasicLit 13:16 1
    KeyValueExpr 13:19
     Ident 13:19 Y
     BasicLit 13:22 2
 ValueSpec 14:2
  Ident 14:2 l
  CompositeLit 14:6
   ArrayType 14:6
    Ellipsis 14:7
    Ident 14:11 string
   KeyValueExpr 14:18
    BasicLit 14:18 2
    BasicLit 14:21 "x"
 ValueSpec 15:2
  Ident 15:2 n
  BinaryExpr 15:6 ||
   Ident 15:6 x
   BinaryExpr 15:11 &&
    Ident 15:11 y
    BinaryExpr 15:16 ==
     UnaryExpr 15:16 !
      Ident 15:17 z
     ParenExpr 15:22
      BinaryExpr 15:23 <
       Ident 15:23 w
       BasicLit 15:27 3
 ValueSpec 16:2
  Ident 16:2 o
  BinaryExpr 16:6 |
   BinaryExpr 16:6 <<
    BasicLit 16:6 1
    BasicLit 16:9 3
   BinaryExpr 16:13 %
    BinaryExpr 16:13 &^
     BasicLit 16:13 0x10
     BasicLit 16:19 2
    BasicLit 16:23 5
 ValueSpec 17:2
  Ident 17:2 p
  UnaryExpr 17:6 <-
   CallExpr 17:8
    ChanType 17:8 both
     Ident 17:13 int
    Ident 17:17 nil
 ValueSpec 18:2
  Ident 18:2 q
  BinaryExpr 18:6 +
   BinaryExpr 18:6 +
    BinaryExpr 18:6 +
     BinaryExpr 18:6 +
      BinaryExpr 18:6 +
       BasicLit 18:6 'a'
       BasicLit 18:12 1.5i
      BasicLit 18:19 0x1p-2
     BasicLit 18:28 0o17
    BasicLit 18:35 0b1
   BasicLit 18:41 1_000
 ValueSpec 19:2
  Ident 19:2 r
  BinaryExpr 19:6 +
   BasicLit 19:6 "s\t"
   BasicLit 19:14 `raw`
 ValueSpec 20:2
  Ident 20:2 t
  SelectorExpr 20:6
   CompositeLit 20:6
    StructType 20:6
     FieldList 20:12
      Field 20:14
       Ident 20:14 A
       Ident 20:16 int
    BasicLit 20:22 1
   Ident 20:25 A
)go";

TEST(ParserTree, DeclarationsMatchGoAst) { EXPECT_EQ(dump(kDeclsSrc), kDeclsTree); }
TEST(ParserTree, StatementsMatchGoAst) { EXPECT_EQ(dump(kStmtsSrc), kStmtsTree); }
TEST(ParserTree, ExpressionsMatchGoAst) { EXPECT_EQ(dump(kExprsSrc), kExprsTree); }

TEST(ParserTree, EveryNodeKindMatchesItsType) {
  for (const char* src : {kDeclsSrc, kStmtsSrc, kExprsSrc}) {
    Parsed p = parse(src);
    ASSERT_NE(p.file, nullptr);
    KindCheck check;
    check.file(*p.file);
    EXPECT_GT(check.count, 50);
  }
}

// An expression with every operation parenthesized, to show its structure.
std::string shape(const Expr* x) {
  switch (x->kind) {
    case ExprKind::Ident: return static_cast<const Ident*>(x)->name;
    case ExprKind::BasicLit: return static_cast<const BasicLit*>(x)->text;
    case ExprKind::Paren: return "(" + shape(static_cast<const ParenExpr*>(x)->x) + ")";
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return std::string("(") + token_string(u->op) + shape(u->x) + ")";
    }
    case ExprKind::Star: return "(*" + shape(static_cast<const StarExpr*>(x)->x) + ")";
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return "(" + shape(b->x) + " " + token_string(b->op) + " " + shape(b->y) + ")";
    }
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(x);
      return "(" + shape(s->x) + "." + s->sel->name + ")";
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(x);
      std::string s = "(" + shape(c->fun) + " call";
      for (auto* a : c->args) s += " " + shape(a);
      if (c->ellipsis.valid()) s += "...";
      return s + ")";
    }
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(x);
      return "(" + shape(i->x) + "[" + shape(i->index) + "])";
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(x);
      std::string r = "(" + shape(s->x) + "[";
      if (s->lo) r += shape(s->lo);
      r += ":";
      if (s->hi) r += shape(s->hi);
      if (s->three) r += ":" + shape(s->max);
      return r + "])";
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const TypeAssertExpr*>(x);
      return "(" + shape(t->x) + ".(" + (t->type_expr ? shape(t->type_expr) : "type") + "))";
    }
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(x);
      return "(" + (c->type_expr ? shape(c->type_expr) : "") + "{" + std::to_string(c->elts.size()) + "})";
    }
    default: return "<" + expr_string(x) + ">";
  }
}

// The first value of the first var declaration in src.
const Expr* first_value(const File& f) {
  auto* g = dynamic_cast<const GenDecl*>(f.decls.at(0));
  return static_cast<const ValueSpec*>(g->specs.at(0))->values.at(0);
}

std::string expr_shape(const std::string& x) {
  Parsed p = parse("package p\n\nvar v = " + x + "\n");
  EXPECT_EQ(p.errors, "") << x;
  return p.file ? shape(first_value(*p.file)) : "";
}

TEST(ParserExpr, PrecedenceAndPrimaryExpressions) {
  EXPECT_EQ(expr_shape("-x.f"), "(-(x.f))");
  EXPECT_EQ(expr_shape("*p.x"), "(*(p.x))");
  EXPECT_EQ(expr_shape("<-ch"), "(<-ch)");
  EXPECT_EQ(expr_shape("<-ch + 1"), "((<-ch) + 1)");
  EXPECT_EQ(expr_shape("a[i:j]"), "(a[i:j])");
  EXPECT_EQ(expr_shape("a[:]"), "(a[:])");
  EXPECT_EQ(expr_shape("a[i:j:k]"), "(a[i:j:k])");
  EXPECT_EQ(expr_shape("f(a...)"), "(f call a...)");
  EXPECT_EQ(expr_shape("f(a, b...)"), "(f call a b...)");
  EXPECT_EQ(expr_shape("x.(T)"), "(x.(T))");
  EXPECT_EQ(expr_shape("x.(*T).f"), "((x.((*T))).f)");
  EXPECT_EQ(expr_shape("func(){}()"), "(<func() {}> call)");
  EXPECT_EQ(expr_shape("a + b*c"), "(a + (b * c))");
  EXPECT_EQ(expr_shape("a*b + c"), "((a * b) + c)");
  EXPECT_EQ(expr_shape("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(expr_shape("a || b && c"), "(a || (b && c))");
  EXPECT_EQ(expr_shape("a == b && c < d"), "((a == b) && (c < d))");
  EXPECT_EQ(expr_shape("x << 1 + 2"), "((x << 1) + 2)");
  EXPECT_EQ(expr_shape("a &^ b | c"), "((a &^ b) | c)");
  EXPECT_EQ(expr_shape("!a == b"), "((!a) == b)");
  EXPECT_EQ(expr_shape("-x * -y"), "((-x) * (-y))");
  EXPECT_EQ(expr_shape("^x"), "(^x)");
  EXPECT_EQ(expr_shape("&T{1, 2}"), "(&(T{2}))");
  EXPECT_EQ(expr_shape("&(x)"), "(&x)");  // gc drops parentheses after &
  EXPECT_EQ(expr_shape("(a + b) * c"), "(((a + b)) * c)");
  EXPECT_EQ(expr_shape("f(x)(y)[0].z"), "((((f call x) call y)[0]).z)");
  EXPECT_EQ(expr_shape("T{}.f"), "((T{0}).f)");
  EXPECT_EQ(expr_shape("[]int{1}[0]"), "((<[]int>{1})[0])");
  EXPECT_EQ(expr_shape("pkg.T{}"), "((pkg.T){0})");
  EXPECT_EQ(expr_shape("<-chan int(c)"), "(<-(<chan int> call c))");
  EXPECT_EQ(expr_shape("[]byte(s)"), "(<[]byte> call s)");
  EXPECT_EQ(expr_shape("a - -b"), "(a - (-b))");
}

TEST(ParserExpr, ChannelTypesAssociateArrows) {
  Parsed p = parse("package p\n\nvar a chan<- <-chan int\nvar b = <-chan <-chan int(nil)\nvar c <-chan chan<- int\n");
  ASSERT_EQ(p.errors, "");
  auto type_of = [&](size_t i) {
    auto* g = static_cast<const GenDecl*>(p.file->decls.at(i));
    return static_cast<const ValueSpec*>(g->specs[0])->type_expr;
  };
  EXPECT_EQ(expr_string(type_of(0)), "chan<- <-chan int");
  EXPECT_EQ(expr_string(type_of(2)), "<-chan chan<- int");
  auto* recv = static_cast<const ChanTypeExpr*>(type_of(2));
  EXPECT_EQ(recv->dir, ChanDir::Recv);
  EXPECT_EQ(recv->pos.col, 7u);  // at the arrow
  EXPECT_EQ(static_cast<const ChanTypeExpr*>(recv->value)->dir, ChanDir::Send);
  auto* b = static_cast<const ValueSpec*>(static_cast<const GenDecl*>(p.file->decls[1])->specs[0]);
  // A receive from a conversion to chan<- chan int: <- binds to the leftmost chan.
  EXPECT_EQ(b->values[0]->kind, ExprKind::Unary);
  EXPECT_EQ(expr_string(b->values[0]), "<-chan<- chan int(nil)");
}

TEST(ParserExpr, ExprStringPrintsAsGc) {
  auto str = [](const std::string& x) {
    Parsed p = parse("package p\n\nvar v = " + x + "\n");
    EXPECT_EQ(p.errors, "") << x;
    return p.file ? expr_string(first_value(*p.file)) : "";
  };
  EXPECT_EQ(str("a+b*c"), "a + b * c");
  EXPECT_EQ(str("(a+b)*c"), "(a + b) * c");
  EXPECT_EQ(str("f(a,b...)"), "f(a, b...)");
  EXPECT_EQ(str("[]int{1,2}"), "[]int{…}");
  EXPECT_EQ(str("T{}"), "T{}");
  EXPECT_EQ(str("func(x int) int { return x }"), "func(x int) int {…}");
  EXPECT_EQ(str("func(a, b int, c ...string) (int, error) {}"), "func(a, b int, c ...string) (int, error) {}");
  EXPECT_EQ(str("map[string][]int(nil)"), "map[string][]int(nil)");
  EXPECT_EQ(str("x.(interface{ M() })"), "x.(interface{M()})");
  EXPECT_EQ(str("s[1:][:2:3]"), "s[1:][:2:3]");
  EXPECT_EQ(str("-*p"), "-*p");
  EXPECT_EQ(str("&x.f"), "&x.f");
  EXPECT_EQ(str("<-ch"), "<-ch");
  EXPECT_EQ(str("[...]int{1}"), "[...]int{…}");
  EXPECT_EQ(str("struct{a int; b string}{}"), "struct{a int; b string}{}");
  EXPECT_EQ(str("make(chan (<-chan int))"), "make(chan (<-chan int))");
}

// `T{` inside if/for/switch headers opens the body, not a literal, unless
// the literal is parenthesized or its type is a type literal ([]T{}, ...).
TEST(ParserExpr, CompositeLiteralsInControlClauses) {
  Parsed ok = parse(R"go(package main

func main() {
	if x == (T{}) {
	}
	for _, v := range []T{{1}, {2}} {
		_ = v
	}
	if f(T{}) {
	}
	switch (T{}).x {
	}
	if x := (struct{}{}); x == struct{}{} {
	}
}
)go");
  EXPECT_EQ(ok.errors, "");
  Parsed bad = parse("package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n");
  EXPECT_EQ(bad.errors,
            "prog.go:4:14: syntax error: unexpected { at end of statement\n"
            "prog.go:6:1: syntax error: non-declaration statement outside function body\n");
}

TEST(ParserDecl, ConstGroupsRepeatTheirExpressionList) {
  Parsed p = parse(R"go(package p

const (
	A = iota * 10
	B
	C, D int = iota, iota + 1
	E, F
)

const G = iota
)go");
  ASSERT_EQ(p.errors, "");
  auto* group = static_cast<const GenDecl*>(p.file->decls[0]);
  ASSERT_EQ(group->specs.size(), 4u);
  auto spec = [&](size_t i) { return static_cast<const ValueSpec*>(group->specs[i]); };
  for (size_t i = 0; i < 4; i++) EXPECT_EQ(spec(i)->iota, int(i));
  EXPECT_FALSE(spec(0)->implicit);
  EXPECT_TRUE(spec(1)->implicit);
  EXPECT_EQ(spec(1)->values, spec(0)->values);  // the same expressions, shared
  EXPECT_EQ(spec(1)->type_expr, nullptr);
  EXPECT_FALSE(spec(2)->implicit);
  EXPECT_TRUE(spec(3)->implicit);
  EXPECT_EQ(spec(3)->values, spec(2)->values);
  EXPECT_EQ(spec(3)->type_expr, spec(2)->type_expr);
  EXPECT_EQ(spec(3)->names.size(), 2u);
  auto* single = static_cast<const GenDecl*>(p.file->decls[1]);
  EXPECT_EQ(static_cast<const ValueSpec*>(single->specs[0])->iota, 0);
}

TEST(ParserDecl, FieldListsGroupNamesSharingAType) {
  Parsed p = parse("package p\n\nfunc f(a, b int, c string, d ...int) (x, y int) { return }\n"
                   "func g(int, string) error\n");
  ASSERT_EQ(p.errors, "");
  auto* f = static_cast<const FuncDecl*>(p.file->decls[0]);
  ASSERT_EQ(f->sig->params->list.size(), 3u);
  EXPECT_EQ(f->sig->params->list[0]->names.size(), 2u);
  EXPECT_EQ(f->sig->params->count(), 4u);
  EXPECT_EQ(f->sig->params->list[2]->type_expr->kind, ExprKind::Ellipsis);
  EXPECT_EQ(f->sig->results->count(), 2u);
  auto* g = static_cast<const FuncDecl*>(p.file->decls[1]);
  EXPECT_EQ(g->body, nullptr);
  EXPECT_EQ(g->sig->params->count(), 2u);
  EXPECT_TRUE(g->sig->params->list[0]->names.empty());
  ASSERT_NE(g->sig->results, nullptr);
  EXPECT_EQ(g->sig->results->count(), 1u);
}

TEST(ParserStmt, TypeSwitchesAndRanges) {
  Parsed p = parse(R"go(package p

func f(x interface{}, m map[int]int) {
	switch y := x.(type) {
	}
	switch x.(type) {
	}
	switch z := 1; x.(type) {
	}
	for range m {
	}
	for k := range m {
		_ = k
	}
	for k, v = range m {
	}
}
)go");
  ASSERT_EQ(p.errors, "");
  auto body = static_cast<const FuncDecl*>(p.file->decls[0])->body->list;
  ASSERT_EQ(body.size(), 6u);
  auto* ts = static_cast<const TypeSwitchStmt*>(body[0]);
  ASSERT_EQ(ts->kind, StmtKind::TypeSwitch);
  auto* assign = static_cast<const AssignStmt*>(ts->assign);
  ASSERT_EQ(assign->kind, StmtKind::Assign);
  EXPECT_EQ(assign->tok, Token::Define);
  EXPECT_EQ(assign->tok_pos.col, 11u);
  EXPECT_EQ(static_cast<const TypeAssertExpr*>(assign->rhs[0])->type_expr, nullptr);
  EXPECT_EQ(static_cast<const TypeSwitchStmt*>(body[1])->assign->kind, StmtKind::Expr);
  EXPECT_NE(static_cast<const TypeSwitchStmt*>(body[2])->init, nullptr);
  auto* r0 = static_cast<const RangeStmt*>(body[3]);
  EXPECT_EQ(r0->tok, Token::Illegal);
  EXPECT_EQ(r0->key, nullptr);
  auto* r1 = static_cast<const RangeStmt*>(body[4]);
  EXPECT_EQ(r1->tok, Token::Define);
  EXPECT_EQ(r1->value, nullptr);
  auto* r2 = static_cast<const RangeStmt*>(body[5]);
  EXPECT_EQ(r2->tok, Token::Assign);
  EXPECT_NE(r2->value, nullptr);
}

TEST(ParserStmt, PositionsAreWhereGcPutsThem) {
  Parsed p = parse("package p\n\nfunc f() {\n\tx := a + b\n\tg(x)\n}\n");
  ASSERT_EQ(p.errors, "");
  auto* fn = static_cast<const FuncDecl*>(p.file->decls[0]);
  auto* assign = static_cast<const AssignStmt*>(fn->body->list[0]);
  EXPECT_EQ(assign->pos, (Pos{4, 2}));
  EXPECT_EQ(assign->tok_pos, (Pos{4, 4}));
  auto* sum = static_cast<const BinaryExpr*>(assign->rhs[0]);
  EXPECT_EQ(sum->pos, (Pos{4, 7}));
  EXPECT_EQ(sum->op_pos, (Pos{4, 9}));
  auto* call = static_cast<const CallExpr*>(static_cast<const ExprStmt*>(fn->body->list[1])->x);
  EXPECT_EQ(call->pos, (Pos{5, 2}));
  EXPECT_EQ(call->lparen, (Pos{5, 3}));
  EXPECT_EQ(call->rparen, (Pos{5, 5}));
  EXPECT_EQ(fn->body->rbrace, (Pos{6, 1}));
  Parsed q = parse("package p\n\nvar v = s[1][2:]\n");
  ASSERT_EQ(q.errors, "");
  auto* slice = static_cast<const SliceExpr*>(first_value(*q.file));
  auto* index = static_cast<const IndexExpr*>(slice->x);
  EXPECT_EQ(slice->pos, (Pos{3, 9}));
  EXPECT_EQ(index->pos, (Pos{3, 9}));
  EXPECT_EQ(index->lbrack, (Pos{3, 10}));
}

// ------------------------------------------------------------- errors

struct ErrorCase {
  const char* src;
  const char* want;  // `go build` output for prog.go, "./" dropped
};

// Recorded from `go build`; see the file comment for the wording updates.
const ErrorCase kErrorCases[] = {
  {R"(package main

func main() {
	x := 1 +
}
)",
   "prog.go:5:1: syntax error: unexpected }, expected expression\n"},
  {R"(package main

func main() {
	fmt.Println("a"
}
)",
   "prog.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
  {R"(package main

func main() {
	if x == 1
	{
	}
}
)",
   "prog.go:4:11: syntax error: unexpected newline, expected { after if clause\n"},
  {R"(package main

x := 1

func main() {}
)",
   "prog.go:3:1: syntax error: non-declaration statement outside function body\n"},
  {R"(package main

func main()
{
}
)",
   "prog.go:4:1: syntax error: unexpected semicolon or newline before {\n"},
  {R"(package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
)",
   "prog.go:4:25: syntax error: unexpected newline, expected { after for clause\n"},
  {R"(package main

func main() {
	a := []int{1, 2, 3
	}
}
)",
   "prog.go:4:20: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
  {R"(package main

func main() {
	var x int = 5 6
}
)",
   "prog.go:4:16: syntax error: unexpected literal 6 at end of statement\n"},
  {R"(package main

func main() {
	x = = 1
}
)",
   "prog.go:4:6: syntax error: unexpected =, expected expression\n"},
  {R"(package main

func main() {
	if x := 1 {
	}
}
)",
   "prog.go:4:7: syntax error: cannot use x := 1 as value\n"},
  {R"(package main

func main() {
	for i := 0; i < 3; j := 1 {
	}
}
)",
   "prog.go:4:23: syntax error: cannot declare in post statement of for loop\n"},
  {R"(package main

func main() {
	else {
	}
}
)",
   "prog.go:4:2: syntax error: unexpected else, expected }\n"},
  {R"(package main

func f(a int, string) {}
)",
   "prog.go:3:15: syntax error: mixed named and unnamed parameters\n"},
  {R"(package main

func f() {}

func main() {
	go (f())
}
)",
   "prog.go:6:5: expression in go must not be parenthesized\n"},
  {R"(package main

func main() {
	var a [5]int
	_ = a[1:2:]
	_ = a[::3]
}
)",
   "prog.go:5:12: final index required in 3-index slice\nprog.go:6:9: middle index required in 3-index slice\n"},
  {R"(package main

func main() {
}}
)",
   "prog.go:4:2: syntax error: unexpected } after top level declaration\n"},
  {R"(package main

func main() {
	switch x {
	foo
	}
}
)",
   "prog.go:5:2: syntax error: unexpected name foo, expected case or default or }\nprog.go:6:2: syntax error: unexpected }, expected :\n"},
  {R"(package main

func main() {
	if x == T{} {
	}
}
)",
   "prog.go:4:14: syntax error: unexpected { at end of statement\nprog.go:6:1: syntax error: non-declaration statement outside function body\n"},
  {R"(package main

func main() {
	var a [3]int
	a[] = 1
}
)",
   "prog.go:5:4: syntax error: unexpected ], expected operand\n"},
  {R"(package main

func main() {
	f(a b)
}
)",
   "prog.go:4:6: syntax error: unexpected name b in argument list; possibly missing comma or )\n"},
  {R"(package main

func main() {
	x := map[string]int{"a": 1 "b": 2}
}
)",
   "prog.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }\n"},
  {R"(package main

type T struct {
	a int b int
}
)",
   "prog.go:4:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }\n"},
  {R"(package main

type T struct {
	(U)
	*(V)
}
)",
   "prog.go:4:2: syntax error: cannot parenthesize embedded type\nprog.go:5:3: syntax error: cannot parenthesize embedded type\n"},
  {R"(package main

func main() {
	if {
	}
}
)",
   "prog.go:4:5: syntax error: missing condition in if statement\n"},
  {R"(package main

func main() {
	if x; {
	}
}
)",
   "prog.go:4:6: syntax error: missing condition in if statement\n"},
  {R"(package main

func main() {
	for var i = 0; i < 3; i++ {
	}
}
)",
   "prog.go:4:10: syntax error: var declaration not allowed in for initializer\n"},
  {R"(package main

func main() {
	switch a, b := y.(type) {
	}
}
)",
   "prog.go:4:14: syntax error: cannot use a, b := y.(type) as value\n"},
  {R"(package main

func main() {
	x := func() int { return 1 }(
}
)",
   "prog.go:5:1: syntax error: unexpected }, expected expression\n"},
  {R"(package main

func main() {
	a.
}
)",
   "prog.go:5:1: syntax error: unexpected }, expected name or (\n"},
  {R"(package main

func main() {
	x++ = 3
}
)",
   "prog.go:4:6: syntax error: unexpected = at end of statement\n"},
  {R"(package main

func main() {
	return 1,
}
)",
   "prog.go:5:1: syntax error: unexpected }, expected expression\n"},
  {R"(package main

func f(...) {}
)",
   "prog.go:3:11: syntax error: ... is missing type\n"},
  {R"(package main

func main() {
	goto
}
)",
   "prog.go:5:1: syntax error: unexpected }, expected name\n"},
  {R"(package main

type T int

func (a, b T) M() {}
)",
   "prog.go:5:15: method has multiple receivers\n"},
  {R"(package main

func () N() {}
)",
   "prog.go:3:9: method has no receiver\n"},
  {R"(package main

func main() {
	for i := 0; i < 10 {
	}
}
)",
   "prog.go:4:21: syntax error: unexpected {, expected semicolon or newline\nprog.go:5:2: syntax error: unexpected }, expected expression\n"},
  {R"(package main

func main() {
	x := 1
	y := 2
	w := (x
	_ = w
}
)",
   "prog.go:6:9: syntax error: unexpected newline, expected )\nprog.go:7:2: syntax error: unexpected name _ at end of statement\n"},
  {R"(package main

func main() {
	a, b := 1
	c, d = 1, 2, 3
	f(1, 2
}
)",
   "prog.go:6:8: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
  {R"(package main

func main() {
	x := 5 /* multi
	line */ y := 6
	_, _ = x, y
}
)",
   ""},
  {R"(package main

func f() (int, string {
}
)",
   "prog.go:3:23: syntax error: unexpected { in parameter list; possibly missing comma or )\nprog.go:4:1: syntax error: unexpected } after top level declaration\n"},
  {R"(package main

var x <-<-chan int
)",
   "prog.go:3:9: syntax error: unexpected <-, expected chan\n"},
  {R"(package main

func main() {
	for {
	}
	}
}
)",
   "prog.go:7:1: syntax error: non-declaration statement outside function body\n"},
  {R"(package main

func main() {
	x := 1 @ 2
}
)",
   "prog.go:4:9: invalid character U+0040 '@'\nprog.go:4:11: syntax error: unexpected literal 2 at end of statement\n"},
  {R"(package main

func main() {
	x := [...]int{1, 2}
	var y [...]int
	_, _ = x, y
	z := <-
}
)",
   "prog.go:8:1: syntax error: unexpected }, expected expression\n"},
  {R"(package main

func main() {
	var x = 1
	x.(
}
)",
   "prog.go:6:1: syntax error: unexpected }, expected type\n"},
  {R"(package main

func main() {
	switch {
	case 1:
	case 2
	}
}
)",
   "prog.go:6:8: syntax error: unexpected newline, expected :\n"},
  {R"(package main

func main() {
	select {
	case x := <-c
	}
}
)",
   "prog.go:5:15: syntax error: unexpected newline, expected :\n"},
  {R"(package main

func main() {
	x := []int{1,
	2}
	_ = x
	for _, v := range []struct{ a int }{{1}} {
		_ = v
	}
	if x := (struct{}{}); x == (struct{}{}) {
	}
}
)",
   ""},
  {R"(package main

func main() {
	var c chan int
	c <- 1 <- 2
}
)",
   "prog.go:5:9: syntax error: unexpected <- at end of statement\n"},
  {R"(package main

func main() {
	for i := range 3 {
		_ = i
	}
	if true {
	} else false {
	}
}
)",
   "prog.go:8:9: syntax error: else must be followed by if or statement block\nprog.go:10:1: syntax error: non-declaration statement outside function body\n"},
  {R"(package main

import "fmt"

func main() {
	fmt.Println("x"))
}
)",
   "prog.go:6:18: syntax error: unexpected ) at end of statement\n"},
};

TEST(ParserErrors, MatchGoBuild) {
  for (const ErrorCase& c : kErrorCases) {
    EXPECT_EQ(parse(c.src).errors, c.want) << c.src;
  }
}

// Messages of the gc of today (1.22+), which the Go 1.19 installed here
// words otherwise or does not have.
TEST(ParserErrors, TodaysGcWording) {
  EXPECT_EQ(parse("package main\n\nimport \"fmt\"\n\nvar x = 1\n\nimport \"os\"\n").errors,
            "prog.go:7:1: syntax error: imports must appear before other declarations\n");
  EXPECT_EQ(parse("package main\n\nfunc main() {\n\tif x = 1 {\n\t}\n\tif a+b = c {\n\t}\n}\n").errors,
            "prog.go:4:7: syntax error: cannot use assignment x = 1 as value\n"
            "prog.go:6:9: syntax error: cannot use assignment (a + b) = c as value\n");
  EXPECT_EQ(parse("package main\n\nfunc main() {\n\tint status\n}\n").errors,
            "prog.go:4:6: syntax error: unexpected name status at end of statement\n");
}

// The go command parses the package clause and imports with go/parser
// before running gc, and stops there on an error (its message, not gc's).
TEST(ParserErrors, HeaderErrorsAreTheGoCommands) {
  auto header = [](const std::string& src) {
    Parsed p = parse(src, "main.go");
    EXPECT_EQ(p.file, nullptr) << src;
    return p.errors;
  };
  EXPECT_EQ(header("main\n\nfunc main() {}\n"), "main.go:1:1: expected 'package', found main\n");
  EXPECT_EQ(header(""), "main.go:1:1: expected 'package', found 'EOF'\n");
  EXPECT_EQ(header("package\n\nfunc main() {}\n"), "main.go:3:1: expected 'IDENT', found 'func'\n");
  EXPECT_EQ(header("package main\nimport fmt\nimport os\n\nfunc main() {}\n"),
            "main.go:2:11: expected 'STRING', found newline\n");
  EXPECT_EQ(header("package main\nimport (\n\t\"fmt\"\n\tos\n)\n"),
            "main.go:4:4: expected 'STRING', found newline\n");
  EXPECT_EQ(header("package main\nimport \"fmt\n"), "main.go:2:8: string literal not terminated\n");
  EXPECT_EQ(header("package main\nimport \"a b\"\nfunc main(){}\n"), "main.go:2:8: invalid import path: \"a b\"\n");
  EXPECT_EQ(header("package main\nimport (\n\"fmt\",\n\"os\"\n)\n"), "main.go:3:6: expected ';', found ','\n");
  EXPECT_EQ(header("package main\nimport \"fmt\"\nimport ("), "main.go:3:9: expected ')', found 'EOF'\n");
  EXPECT_EQ(header("package main\nimport (\n\n\n"), "main.go:4:2: expected ')', found 'EOF'\n");
  // What follows the imports is gc's: "package main foo" is a fine header.
  EXPECT_EQ(parse("package main foo\n").errors,
            "prog.go:1:14: syntax error: unexpected name foo, expected semicolon or newline\n");
  EXPECT_EQ(parse("// c\n/* d */ package main\nimport ( \"fmt\"; \"os\" )\nimport . \"strings\"\n").errors, "");
}

TEST(ParserErrors, GenericsAreReportedByName) {
  EXPECT_EQ(parse("package p\n\nfunc F[T any](x T) T { return x }\n").errors,
            "prog.go:3:7: govm does not support generics yet\n");
  EXPECT_EQ(parse("package p\n\ntype List[T any] struct{ next *List[T] }\n").errors,
            "prog.go:3:10: govm does not support generics yet\n");  // once a line, as gc
  EXPECT_EQ(parse("package p\n\ntype List[T any] struct{\n\tnext *List[T]\n}\n").errors,
            "prog.go:3:10: govm does not support generics yet\n"
            "prog.go:4:12: govm does not support generics yet\n");
  EXPECT_EQ(parse("package p\n\ntype A [N]int\ntype B [N * 2]int\n").errors, "");
  // Only when gc would get past syntax errors does govm say so.
  EXPECT_EQ(parse("package p\n\nfunc F[T any]() {\n\tx :=\n}\n").errors,
            "prog.go:5:1: syntax error: unexpected }, expected expression\n");
}

TEST(ParserErrors, GoAndDeferNeedCalls) {
  EXPECT_EQ(parse("package p\n\nfunc f(x int) {\n\tdefer x\n\tgo f\n}\n").errors,
            "prog.go:4:8: expression in defer must be function call\n"
            "prog.go:5:5: expression in go must be function call\n");
}

TEST(ParserErrors, TenErrorsThenTooMany) {
  // Recorded from go build: after the first error, recovery resumes at
  // each var, which then cannot follow the broken statement.
  std::string src = "package main\n\nfunc main() {\n";
  for (int i = 0; i < 12; i++) src += "\tvar x = = 1\n";
  src += "}\n";
  std::string want = "prog.go:4:10: syntax error: unexpected =, expected expression\n";
  for (int line = 5; line <= 13; line++) {
    want += "prog.go:" + std::to_string(line) + ":2: syntax error: unexpected var at end of statement\n";
  }
  want += "prog.go:13:2: too many errors\n";
  EXPECT_EQ(parse(src).errors, want);
}

// ------------------------------------------------------------- robustness

TEST(ParserRobust, DeepNestingIsReportedNotACrash) {
  for (const std::string& deep : {std::string(100000, '('), std::string(100000, '!'),
                                  std::string(50000, '[') + "]", std::string("T") + std::string(50000, '{')}) {
    Parsed p = parse("package p\n\nvar x = " + deep + "\n");
    EXPECT_NE(p.errors.find("govm does not support nesting deeper than 500 levels yet"), std::string::npos);
  }
  std::string chain = "package p\n\nvar x = 1";
  for (int i = 0; i < 20000; i++) chain += " + 1";
  EXPECT_NE(parse(chain).errors.find("nesting deeper than 500"), std::string::npos);
  std::string blocks = "package p\n\nfunc f() {" + std::string(20000, '{');
  EXPECT_NE(parse(blocks).errors.find("nesting deeper than 500"), std::string::npos);
  std::string fine = "package p\n\nvar x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  EXPECT_EQ(parse(fine).errors, "");
}

TEST(ParserRobust, EveryPrefixOfAProgramParses) {
  std::string src = kStmtsSrc;
  int with_errors = 0;
  for (size_t n = 0; n < src.size(); n++) {
    Diagnostics diags("prog.go");
    std::unique_ptr<File> f = parse_file("prog.go", src.substr(0, n), diags);
    if (diags.has_errors()) with_errors++;
    EXPECT_LE(diags.sorted().size(), kMaxErrors);
  }
  EXPECT_GT(with_errors, int(src.size()) / 2);
}

TEST(ParserRobust, GarbageParsesToErrors) {
  const char* inputs[] = {
      "package p\nfunc f() { for { switch { case case: default: } } } }}}} ((((",
      "package p\nvar x = [][][]map[chan<-<-chan func()(int)]struct{a,b,c}{}{}{}",
      "package p\ntype T interface { M(); ~int | string; (X); }",
      "package p\nfunc (((((",
      "package p\n\xff\xfe var \"\\",
      "package p\nfunc f() { L: L: L: goto goto }",
      "package p\nfunc f() { select { case <-<-<-: } }",
      "package p\nimport \"x\"; const ( a = iota; b; c ); var _ = a[:::]",
  };
  for (const char* src : inputs) {
    Parsed p = parse(src);
    EXPECT_NE(p.errors, "") << src;
  }
}

}  // namespace
}  // namespace govm
