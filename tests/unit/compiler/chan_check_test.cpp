// (issue 5) What the checker hands to code generation and escape analysis
// for goroutines and channels (the conventions at the top of
// compiler/check_chan.cpp and in ast.h): channel types interned and
// spelled as Go spells them, receives marked comma-ok where two results
// are wanted, sync's methods as SelKind::Method selectors with their
// receiver's form, go statements' calls.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "compiler/ast.h"
#include "compiler/types.h"
#include "runtime/natives.h"
#include "tests/unit/compiler/checked.h"

namespace govm {
namespace {

// Every expression of the function bodies, in source order.
void each_expr(const File& f, const std::function<void(const Expr*)>& fn);

void walk_expr(const Expr* e, const std::function<void(const Expr*)>& fn) {
  if (e == nullptr) return;
  fn(e);
  switch (e->kind) {
    case ExprKind::Paren: walk_expr(static_cast<const ParenExpr*>(e)->x, fn); break;
    case ExprKind::Unary: walk_expr(static_cast<const UnaryExpr*>(e)->x, fn); break;
    case ExprKind::Binary:
      walk_expr(static_cast<const BinaryExpr*>(e)->x, fn);
      walk_expr(static_cast<const BinaryExpr*>(e)->y, fn);
      break;
    case ExprKind::Selector: walk_expr(static_cast<const SelectorExpr*>(e)->x, fn); break;
    case ExprKind::Call: {
      const auto* c = static_cast<const CallExpr*>(e);
      walk_expr(c->fun, fn);
      for (const Expr* a : c->args) walk_expr(a, fn);
      break;
    }
    default: break;
  }
}

void walk_stmt(const Stmt* s, const std::function<void(const Expr*)>& fn) {
  if (s == nullptr) return;
  switch (s->kind) {
    case StmtKind::Expr: walk_expr(static_cast<const ExprStmt*>(s)->x, fn); break;
    case StmtKind::Send:
      walk_expr(static_cast<const SendStmt*>(s)->chan, fn);
      walk_expr(static_cast<const SendStmt*>(s)->value, fn);
      break;
    case StmtKind::Assign:
      for (const Expr* x : static_cast<const AssignStmt*>(s)->lhs) walk_expr(x, fn);
      for (const Expr* x : static_cast<const AssignStmt*>(s)->rhs) walk_expr(x, fn);
      break;
    case StmtKind::Go: walk_expr(static_cast<const GoStmt*>(s)->call, fn); break;
    case StmtKind::Decl:
      for (const Spec* sp : static_cast<const DeclStmt*>(s)->decl->specs) {
        if (const auto* vs = dynamic_cast<const ValueSpec*>(sp)) {
          for (const Expr* v : vs->values) walk_expr(v, fn);
        }
      }
      break;
    case StmtKind::Block:
      for (const Stmt* x : static_cast<const BlockStmt*>(s)->list) walk_stmt(x, fn);
      break;
    case StmtKind::Select:
      for (const Stmt* c : static_cast<const SelectStmt*>(s)->body->list) walk_stmt(c, fn);
      break;
    case StmtKind::CommClause:
      walk_stmt(static_cast<const CommClause*>(s)->comm, fn);
      for (const Stmt* x : static_cast<const CommClause*>(s)->body) walk_stmt(x, fn);
      break;
    case StmtKind::Range:
      walk_expr(static_cast<const RangeStmt*>(s)->x, fn);
      walk_stmt(static_cast<const RangeStmt*>(s)->body, fn);
      break;
    default: break;
  }
}

void each_expr(const File& f, const std::function<void(const Expr*)>& fn) {
  for (const Node* d : f.decls) {
    if (const auto* fd = dynamic_cast<const FuncDecl*>(d); fd && fd->body) walk_stmt(fd->body, fn);
  }
}

TEST(ChanCheck, ChannelTypesAreInternedAndSpelledAsGo) {
  TypeTable t;
  const Type* i = t.basic(TypeKindC::Int);
  EXPECT_EQ(t.chan(i, ChanDir::Both), t.chan(i, ChanDir::Both));
  EXPECT_NE(t.chan(i, ChanDir::Both), t.chan(i, ChanDir::Send));
  EXPECT_EQ(t.chan(i, ChanDir::Both)->name, "chan int");
  EXPECT_EQ(t.chan(i, ChanDir::Send)->name, "chan<- int");
  EXPECT_EQ(t.chan(i, ChanDir::Recv)->name, "<-chan int");
  EXPECT_EQ(t.chan(t.chan(i, ChanDir::Recv), ChanDir::Both)->name, "chan (<-chan int)");
  EXPECT_EQ(t.chan(t.chan(i, ChanDir::Both), ChanDir::Send)->name, "chan<- chan int");
  EXPECT_EQ(t.chan(t.chan(i, ChanDir::Recv), ChanDir::Recv)->name, "<-chan <-chan int");
  EXPECT_EQ(t.chan(i, ChanDir::Both)->size, 8u);
  EXPECT_EQ(t.chan(i, ChanDir::Both)->kind, TypeKindC::Chan);
}

TEST(ChanCheck, ReceivesAndTheirCommaOk) {
  auto c = check(R"(package main

func main() {
	c := make(chan []byte, 1)
	c <- nil
	a := <-c
	b, ok := <-c
	var d, ok2 = <-c
	select {
	case e, ok3 := <-c:
		_, _ = e, ok3
	case <-c:
	}
	_, _, _, _, _ = a, b, ok, d, ok2
}
)");
  ASSERT_NE(c->pkg, nullptr) << c->diags.format_all();
  int recvs = 0, comma_ok = 0;
  each_expr(*c->file, [&](const Expr* e) {
    if (e->kind != ExprKind::Unary || static_cast<const UnaryExpr*>(e)->op != Token::Arrow) return;
    recvs++;
    if (static_cast<const UnaryExpr*>(e)->comma_ok) comma_ok++;
    EXPECT_EQ(e->type->name, "[]uint8");  // the element, canonical
    EXPECT_EQ(e->mode, Mode::Value);
  });
  EXPECT_EQ(recvs, 5);
  EXPECT_EQ(comma_ok, 3);
}

TEST(ChanCheck, SyncMethodsAreMethodSelectors) {
  auto c = check(R"(package main

import "sync"

type C struct {
	sync.Mutex
	wg *sync.WaitGroup
}

type D struct{ *sync.Mutex }

func main() {
	var wg sync.WaitGroup
	p := &wg
	var c C
	var d D
	wg.Add(1)
	p.Done()
	c.Lock()
	d.Unlock()
	c.wg.Wait()
}
)");
  ASSERT_NE(c->pkg, nullptr) << c->diags.format_all();
  struct Seen { std::string recv; int native; bool implicit_addr; size_t path; };
  std::vector<Seen> seen;
  each_expr(*c->file, [&](const Expr* e) {
    if (e->kind != ExprKind::Call) return;
    const auto* call = static_cast<const CallExpr*>(e);
    ASSERT_EQ(call->call_kind, CallKind::Native);
    const auto* sel = static_cast<const SelectorExpr*>(call->fun);
    ASSERT_EQ(sel->sel_kind, SelKind::Method);
    seen.push_back({expr_string(sel->x), call->native, sel->implicit_addr, sel->path.size()});
  });
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0].native, static_cast<int>(NativeId::sync_WaitGroup_Add));
  EXPECT_TRUE(seen[0].implicit_addr);   // &wg
  EXPECT_FALSE(seen[1].implicit_addr);  // p
  EXPECT_EQ(seen[2].native, static_cast<int>(NativeId::sync_Mutex_Lock));
  EXPECT_TRUE(seen[2].implicit_addr);   // &c.Mutex
  EXPECT_EQ(seen[2].path, 1u);
  EXPECT_FALSE(seen[3].implicit_addr);  // d.Mutex, a *sync.Mutex
  EXPECT_EQ(seen[3].path, 1u);
  EXPECT_EQ(seen[4].recv, "c.wg");      // a field holding a pointer
  EXPECT_FALSE(seen[4].implicit_addr);
}

TEST(ChanCheck, GoStatementsCallFunctions) {
  auto c = check(R"(package main

import "time"

func f(d time.Duration, c chan<- int) { time.Sleep(d); c <- 1 }

func main() {
	c := make(chan int)
	go f(2*time.Second, c)
	<-c
}
)");
  ASSERT_NE(c->pkg, nullptr) << c->diags.format_all();
  int gos = 0;
  for (const Node* d : c->file->decls) {
    const auto* fd = dynamic_cast<const FuncDecl*>(d);
    if (!fd || fd->name->name != "main") continue;
    for (const Stmt* s : fd->body->list) {
      if (s->kind != StmtKind::Go) continue;
      gos++;
      const CallExpr* call = static_cast<const GoStmt*>(s)->call;
      EXPECT_EQ(call->call_kind, CallKind::Func);
      EXPECT_EQ(call->args[0]->type->name, "time.Duration");
      ASSERT_TRUE(call->args[0]->value.has_value());
      EXPECT_EQ(static_cast<int64_t>(call->args[0]->value->i), 2000000000);
    }
  }
  EXPECT_EQ(gos, 1);
}

}  // namespace
}  // namespace govm
