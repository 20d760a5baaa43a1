// Tests of the type checker's annotations: what code generation relies on
// (the CONTRACT of compiler/types.h): every evaluated expression typed,
// constants folded into their final type, calls classified, branches
// resolved, objects attached, and Go's initialization order.
#include <gtest/gtest.h>

#include "checked.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/types.h"
#include "runtime/natives.h"

namespace govm {
namespace {

// A program that must check cleanly.
std::unique_ptr<Checked> ok(const std::string& src) {
  auto c = check(src);
  EXPECT_TRUE(c->pkg != nullptr) << c->diags.format_all();
  return c;
}

std::string errors(const std::string& src) { return check(src)->diags.format_all(); }

FuncDecl* func(const Checked& c, const std::string& name) {
  for (Node* d : c.file->decls) {
    auto* fd = dynamic_cast<FuncDecl*>(d);
    if (fd != nullptr && fd->name->name == name) return fd;
  }
  return nullptr;
}

// ---------------------------------------------------------------- walking

using ExprFn = std::function<void(Expr*)>;

void walk_expr(Expr* e, const ExprFn& f);

void walk_stmt(Stmt* s, const ExprFn& f) {
  if (s == nullptr) return;
  switch (s->kind) {
    case StmtKind::Decl:
      for (Spec* sp : static_cast<DeclStmt*>(s)->decl->specs) {
        if (auto* vs = dynamic_cast<ValueSpec*>(sp)) {
          for (Expr* v : vs->values) walk_expr(v, f);
        }
      }
      break;
    case StmtKind::Labeled: walk_stmt(static_cast<LabeledStmt*>(s)->stmt, f); break;
    case StmtKind::Expr: walk_expr(static_cast<ExprStmt*>(s)->x, f); break;
    case StmtKind::IncDec: walk_expr(static_cast<IncDecStmt*>(s)->x, f); break;
    case StmtKind::Assign: {
      auto* a = static_cast<AssignStmt*>(s);
      for (Expr* x : a->lhs) walk_expr(x, f);
      for (Expr* x : a->rhs) walk_expr(x, f);
      break;
    }
    case StmtKind::Return:
      for (Expr* x : static_cast<ReturnStmt*>(s)->results) walk_expr(x, f);
      break;
    case StmtKind::Block:
      for (Stmt* x : static_cast<BlockStmt*>(s)->list) walk_stmt(x, f);
      break;
    case StmtKind::If: {
      auto* x = static_cast<IfStmt*>(s);
      walk_stmt(x->init, f);
      walk_expr(x->cond, f);
      walk_stmt(x->body, f);
      walk_stmt(x->else_, f);
      break;
    }
    case StmtKind::Switch: {
      auto* x = static_cast<SwitchStmt*>(s);
      walk_stmt(x->init, f);
      walk_expr(x->tag, f);
      for (Stmt* c : x->body->list) {
        auto* cc = static_cast<CaseClause*>(c);
        for (Expr* e : cc->list) walk_expr(e, f);
        for (Stmt* b : cc->body) walk_stmt(b, f);
      }
      break;
    }
    case StmtKind::For: {
      auto* x = static_cast<ForStmt*>(s);
      walk_stmt(x->init, f);
      walk_expr(x->cond, f);
      walk_stmt(x->post, f);
      walk_stmt(x->body, f);
      break;
    }
    case StmtKind::Range: {
      auto* x = static_cast<RangeStmt*>(s);
      walk_expr(x->key, f);
      walk_expr(x->value, f);
      walk_expr(x->x, f);
      walk_stmt(x->body, f);
      break;
    }
    default: break;
  }
}

// Visits the expressions code generation evaluates: not the inside of a
// constant, not the function of a call, not a type.
void walk_expr(Expr* e, const ExprFn& f) {
  if (e == nullptr) return;
  f(e);
  if (e->mode == Mode::Constant) return;
  switch (e->kind) {
    case ExprKind::Paren: walk_expr(static_cast<ParenExpr*>(e)->x, f); break;
    case ExprKind::Unary: walk_expr(static_cast<UnaryExpr*>(e)->x, f); break;
    case ExprKind::Binary:
      walk_expr(static_cast<BinaryExpr*>(e)->x, f);
      walk_expr(static_cast<BinaryExpr*>(e)->y, f);
      break;
    case ExprKind::Call:
      for (Expr* a : static_cast<CallExpr*>(e)->args) walk_expr(a, f);
      break;
    case ExprKind::Index:
      walk_expr(static_cast<IndexExpr*>(e)->x, f);
      walk_expr(static_cast<IndexExpr*>(e)->index, f);
      break;
    case ExprKind::Slice:
      walk_expr(static_cast<SliceExpr*>(e)->x, f);
      walk_expr(static_cast<SliceExpr*>(e)->lo, f);
      walk_expr(static_cast<SliceExpr*>(e)->hi, f);
      break;
    default: break;
  }
}

bool is_blank(const Expr* e) { return e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_"; }

// Every evaluated expression of every function: typed, and constant-valued
// when constant.
std::vector<std::string> contract_problems(const Checked& c) {
  std::vector<std::string> problems;
  auto check_one = [&](Expr* e) {
    std::string where = expr_string(e) + " at " + std::to_string(e->pos.line) + ":" + std::to_string(e->pos.col);
    if (is_blank(e)) return;
    if (e->kind == ExprKind::Call) {
      auto* call = static_cast<CallExpr*>(e);
      if (call->call_kind == CallKind::Unknown) problems.push_back(where + ": call kind not set");
      if (e->mode == Mode::NoValue || call->call_kind == CallKind::Native) return;
      if (e->type != nullptr && e->type->kind == TypeKindC::Tuple) return;
    }
    if (e->mode == Mode::Invalid) problems.push_back(where + ": invalid");
    if (e->type == nullptr) {
      problems.push_back(where + ": no type");
      return;
    }
    if (e->type->is_untyped()) problems.push_back(where + ": untyped " + e->type->name);
    if (e->type == c.pkg->types->byte_alias() || e->type == c.pkg->types->rune_alias()) {
      problems.push_back(where + ": alias type " + e->type->name + " leaked");
    }
    if (e->mode == Mode::Constant && !e->value) problems.push_back(where + ": constant without value");
    if (e->kind == ExprKind::Ident && static_cast<Ident*>(e)->obj == nullptr) {
      problems.push_back(where + ": no object");
    }
  };
  for (FuncDecl* fd : c.pkg->funcs) walk_stmt(fd->body, check_one);
  return problems;
}

// The first expression in function fn printing as text.
Expr* find(const Checked& c, const std::string& fn, const std::string& text) {
  Expr* found = nullptr;
  walk_stmt(func(c, fn)->body, [&](Expr* e) {
    if (found == nullptr && expr_string(e) == text) found = e;
  });
  return found;
}

// ------------------------------------------------------------------ tests

TEST(Check, EvaluatedExpressionsAreTyped) {
  auto c = ok(R"(package main

import "fmt"

const Big = 1 << 40
const (
	A = iota * 10
	B
	C
)

var g int8 = 3
var s = "héllo"

func pair() (int, string) { return 1, "x" }

func named(n int) (q, r int) {
	q = n / 3
	r = n % 3
	return
}

func main() {
	var u uint = 3
	var x int8 = 1 << u
	y := 1 << u
	var z int64 = 1<<u + 'a'
	b := x < 5 && y > 2 || !(z == 3)
	if b == (u > 1) {
		fmt.Println("eq")
	}
	for i, r := range s {
		fmt.Println(i, r, s[i], len(s), s[1:3], s[:i])
	}
	for i := 0; i < 3; i++ {
		switch {
		case i > 1:
			println(i)
		case i == 0:
			fallthrough
		default:
			print(i, "\n")
		}
	}
	switch y {
	case 1, 2:
	case 3 << u:
	}
	n, str := pair()
	q, _ := named(7)
	x += 2
	y <<= 2
	z++
	_ = int16(x) + 1
	fmt.Printf("%d %s %d %d %d %d %v\n", n, str, q, Big, A+B+C, g, b)
	fmt.Println(len("abc"), "abc"[1], 'x', 3 > 2, 1 << u)
}
)");
  ASSERT_TRUE(c->pkg);
  std::vector<std::string> problems = contract_problems(*c);
  for (const std::string& p : problems) ADD_FAILURE() << p;
}

TEST(Check, ExpressionTypes) {
  auto c = ok(R"(package main

func main() {
	s := "abc"
	var u uint = 2
	var x int8 = 1 << u
	for i, r := range s {
		_, _ = i, r
	}
	_ = len(s)
	_ = s[1]
	_ = s[0:2]
	b := x < 3
	_ = b
}
)");
  ASSERT_TRUE(c->pkg);
  const TypeTable& t = *c->pkg->types;
  EXPECT_EQ(find(*c, "main", "len(s)")->type, t.basic(TypeKindC::Int));
  EXPECT_EQ(find(*c, "main", "s[1]")->type, t.basic(TypeKindC::Uint8));
  EXPECT_EQ(find(*c, "main", "s[0:2]")->type, t.basic(TypeKindC::String));
  EXPECT_EQ(find(*c, "main", "x < 3")->type, t.basic(TypeKindC::Bool));
  // The untyped shift takes its type from the context, operand included.
  Expr* shift = find(*c, "main", "1 << u");
  ASSERT_TRUE(shift);
  EXPECT_EQ(shift->mode, Mode::Value);
  EXPECT_EQ(shift->type, t.basic(TypeKindC::Int8));
  EXPECT_EQ(static_cast<BinaryExpr*>(shift)->x->type, t.basic(TypeKindC::Int8));
  EXPECT_EQ(static_cast<BinaryExpr*>(shift)->y->type, t.basic(TypeKindC::Uint));
  // Range over a string: int and rune (int32).
  auto* range = static_cast<RangeStmt*>(func(*c, "main")->body->list[3]);
  ASSERT_EQ(range->kind, StmtKind::Range);
  auto* key = static_cast<Ident*>(range->key);
  auto* val = static_cast<Ident*>(range->value);
  ASSERT_TRUE(key->obj && val->obj);
  EXPECT_EQ(key->obj->type, t.basic(TypeKindC::Int));
  EXPECT_EQ(val->obj->type, t.basic(TypeKindC::Int32));
  EXPECT_EQ(key->type, t.basic(TypeKindC::Int));
}

TEST(Check, ConstantsFoldedIntoTheirFinalType) {
  auto c = ok(R"(package main

const k int8 = 100
const big = 1 << 100 >> 98

func main() {
	var a int16 = 5
	b := a + 300
	c := k + 27
	d := big
	e := 'a' + 1
	var f uint8 = ^uint8(0)
	g := "con" + "cat"
	_, _, _, _, _, _ = b, c, d, e, f, g
}
)");
  ASSERT_TRUE(c->pkg);
  const TypeTable& t = *c->pkg->types;
  Expr* lit = find(*c, "main", "300");
  ASSERT_TRUE(lit);
  EXPECT_EQ(lit->mode, Mode::Constant);
  EXPECT_EQ(lit->type, t.basic(TypeKindC::Int16));
  EXPECT_EQ(static_cast<int64_t>(lit->value->i), 300);
  Expr* sum = find(*c, "main", "k + 27");
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->mode, Mode::Constant);
  EXPECT_EQ(sum->type, t.basic(TypeKindC::Int8));
  EXPECT_EQ(static_cast<int64_t>(sum->value->i), 127);
  Expr* d = find(*c, "main", "big");
  EXPECT_EQ(d->type, t.basic(TypeKindC::Int));
  EXPECT_EQ(static_cast<int64_t>(d->value->i), 4);
  Expr* e = find(*c, "main", "'a' + 1");
  EXPECT_EQ(e->type, t.basic(TypeKindC::Int32));  // rune
  EXPECT_EQ(static_cast<int64_t>(e->value->i), 98);
  Expr* f = find(*c, "main", "^uint8(0)");
  EXPECT_EQ(f->type, t.basic(TypeKindC::Uint8));
  EXPECT_EQ(static_cast<int64_t>(f->value->i), 255);
  Expr* g = find(*c, "main", "\"con\" + \"cat\"");
  EXPECT_EQ(g->type, t.basic(TypeKindC::String));
  EXPECT_EQ(g->value->s, "concat");
}

TEST(Check, IotaAndImplicitRepetition) {
  auto c = ok(R"(package main

const (
	A int8 = iota * 10
	B
	_
	D
	E, F = iota, iota * 2
	G, H
)

const Z = iota

func main() {
	const (
		x = 1 << iota
		y
		z
	)
	_ = x + y + z
}
)");
  ASSERT_TRUE(c->pkg);
  auto value = [&](const std::string& name) -> int64_t {
    for (auto& obj : c->pkg->objects) {
      if (obj->kind == ObjKind::Const && obj->name == name) return static_cast<int64_t>(obj->value.i);
    }
    return -999;
  };
  auto type = [&](const std::string& name) -> std::string {
    for (auto& obj : c->pkg->objects) {
      if (obj->kind == ObjKind::Const && obj->name == name) return obj->type ? obj->type->name : "?";
    }
    return "<none>";
  };
  EXPECT_EQ(value("A"), 0);
  EXPECT_EQ(value("B"), 10);
  EXPECT_EQ(value("D"), 30);
  EXPECT_EQ(type("D"), "int8");
  EXPECT_EQ(value("E"), 4);
  EXPECT_EQ(value("F"), 8);
  EXPECT_EQ(value("G"), 5);
  EXPECT_EQ(value("H"), 10);
  EXPECT_EQ(type("H"), "untyped int");
  EXPECT_EQ(value("Z"), 0);
  EXPECT_EQ(value("z"), 4);
  Expr* sum = find(*c, "main", "x + y + z");
  EXPECT_EQ(static_cast<int64_t>(sum->value->i), 7);
}

TEST(Check, CallKinds) {
  auto c = ok(R"(package main

import "fmt"

func f(a int) int { return a }

func main() {
	_ = f(1)
	_ = int8(f(2))
	_ = len("x")
	println()
	fmt.Println(1)
	fmt.Print("a")
	fmt.Printf("%d\n", 3)
}
)");
  ASSERT_TRUE(c->pkg);
  auto call = [&](const std::string& text) { return static_cast<CallExpr*>(find(*c, "main", text)); };
  EXPECT_EQ(call("f(1)")->call_kind, CallKind::Func);
  EXPECT_EQ(static_cast<Ident*>(call("f(1)")->fun)->obj->kind, ObjKind::Func);
  EXPECT_EQ(call("int8(f(2))")->call_kind, CallKind::Conversion);
  EXPECT_EQ(call("int8(f(2))")->type->name, "int8");
  EXPECT_EQ(call("len(\"x\")")->call_kind, CallKind::Builtin);
  EXPECT_EQ(call("len(\"x\")")->builtin, static_cast<int>(Builtin::Len));
  EXPECT_EQ(call("println()")->builtin, static_cast<int>(Builtin::Println));
  EXPECT_EQ(call("fmt.Println(1)")->call_kind, CallKind::Native);
  EXPECT_EQ(call("fmt.Println(1)")->native, static_cast<int>(NativeId::fmt_Println));
  EXPECT_EQ(call("fmt.Print(\"a\")")->native, static_cast<int>(NativeId::fmt_Print));
  EXPECT_EQ(call("fmt.Printf(\"%d\\n\", 3)")->native, static_cast<int>(NativeId::fmt_Printf));
  // fmt's arguments get their default types.
  EXPECT_EQ(call("fmt.Println(1)")->args[0]->type, c->pkg->types->basic(TypeKindC::Int));
}

TEST(Check, ObjectsOfDeclarations) {
  auto c = ok(R"(package main

var g, h int

func div(a, _ int, b int) (q int, r int) {
	q, r = a/b, a%b
	return
}

func anon(int) string { return "" }

func init() {}
func init() {}

func main() {
	x := 1
	_ = x
	_, _ = div(1, 2, 3)
	_ = anon(1)
}
)");
  ASSERT_TRUE(c->pkg);
  ASSERT_EQ(c->pkg->globals.size(), 2u);
  EXPECT_TRUE(c->pkg->globals[0]->is_global);
  EXPECT_EQ(c->pkg->globals[0]->name, "g");
  FuncDecl* div = func(*c, "div");
  Field* ab = div->sig->params->list[0];
  ASSERT_TRUE(ab->names[0]->obj);
  EXPECT_TRUE(ab->names[0]->obj->is_param);
  EXPECT_EQ(ab->names[1]->obj, nullptr);  // _
  Ident* q = div->sig->results->list[0]->names[0];
  ASSERT_TRUE(q->obj);
  EXPECT_TRUE(q->obj->is_result);
  EXPECT_EQ(q->obj->type->name, "int");
  EXPECT_EQ(div->name->obj->type->results.size(), 2u);
  // funcs: every body, in source order, init functions included.
  ASSERT_EQ(c->pkg->funcs.size(), 5u);
  EXPECT_EQ(c->pkg->funcs[2]->name->name, "init");
  EXPECT_EQ(c->pkg->init_funcs.size(), 2u);
  ASSERT_TRUE(c->pkg->main_func);
  EXPECT_EQ(c->pkg->main_func->name->name, "main");
}

TEST(Check, BytesAndRunesAreCanonicalAfterChecking) {
  auto c = ok(R"(package main

func f(b byte) rune { return rune(b) }

func main() {
	var b byte = 'x'
	var r rune = f(b)
	_ = r
}
)");
  ASSERT_TRUE(c->pkg);
  const TypeTable& t = *c->pkg->types;
  for (auto& obj : c->pkg->objects) {
    EXPECT_NE(obj->type, t.byte_alias()) << obj->name;
    EXPECT_NE(obj->type, t.rune_alias()) << obj->name;
  }
  const Type* ft = func(*c, "f")->name->obj->type;
  EXPECT_EQ(ft->params[0].type, t.basic(TypeKindC::Uint8));
  EXPECT_EQ(ft->results[0].type, t.basic(TypeKindC::Int32));
  // ... while messages say what was written.
  EXPECT_NE(errors("package main\nfunc main() {\n\tvar b byte\n\t_ = b + \"x\"\n}\n")
                .find("mismatched types byte and untyped string"),
            std::string::npos);
}

TEST(Check, BranchTargets) {
  auto c = ok(R"(package main

func main() {
outer:
	for i := range "ab" {
		for j := 0; j < 2; j++ {
			if j == i {
				continue outer
			}
			switch j {
			case 0:
				break
			case 1:
				break outer
			}
		}
	}
}
)");
  ASSERT_TRUE(c->pkg);
  auto* labeled = static_cast<LabeledStmt*>(func(*c, "main")->body->list[0]);
  auto* range = static_cast<RangeStmt*>(labeled->stmt);
  auto* inner = static_cast<ForStmt*>(range->body->list[0]);
  auto* ifs = static_cast<IfStmt*>(inner->body->list[0]);
  auto* cont = static_cast<BranchStmt*>(ifs->body->list[0]);
  EXPECT_EQ(cont->target, range);  // the labeled statement itself, not the LabeledStmt
  auto* sw = static_cast<SwitchStmt*>(inner->body->list[1]);
  auto* brk = static_cast<BranchStmt*>(static_cast<CaseClause*>(sw->body->list[0])->body[0]);
  EXPECT_EQ(brk->target, sw);
  auto* brk_outer = static_cast<BranchStmt*>(static_cast<CaseClause*>(sw->body->list[1])->body[0]);
  EXPECT_EQ(brk_outer->target, range);
}

// Names of the variables of each initializer, in the order Go runs them.
std::vector<std::string> init_order(const Checked& c) {
  std::vector<std::string> out;
  for (const GlobalInit& gi : c.pkg->init_order) {
    std::string s;
    for (Object* o : gi.lhs) s += (s.empty() ? "" : ",") + (o ? o->name : std::string("_"));
    out.push_back(s);
  }
  return out;
}

TEST(Check, InitOrderFollowsDependencies) {
  // The spec's example: a = c + b, b = f(), c = f(), d = 3, f reads d.
  auto c = ok(R"(package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

func main() {}
)");
  ASSERT_TRUE(c->pkg);
  EXPECT_EQ(init_order(*c), (std::vector<std::string>{"d", "b", "c", "a"}));
  EXPECT_TRUE(c->pkg->init_order[0].constant_init);
  EXPECT_EQ(static_cast<int64_t>(c->pkg->init_order[0].rhs->value->i), 3);
  EXPECT_FALSE(c->pkg->init_order[1].constant_init);
}

TEST(Check, InitOrderThroughFunctionsAndMultipleValues) {
  auto c = ok(R"(package main

var x = y * 2
var p, q = pair()
var y = get()
var _ = side()
var z int
var w = "const"

func get() int { return p + helper() }
func helper() int { return q }
func pair() (int, int) { return 1, 2 }
func side() int { return 0 }

func main() {}
)");
  ASSERT_TRUE(c->pkg);
  // p, q first (one initializer for both), then y (through get and helper),
  // then x; _ and w have no dependencies; z has no initializer.
  EXPECT_EQ(init_order(*c), (std::vector<std::string>{"p,q", "y", "x", "_", "w"}));
  EXPECT_TRUE(c->pkg->init_order.back().constant_init);
  EXPECT_EQ(c->pkg->init_order.back().rhs->value->s, "const");
  EXPECT_EQ(c->pkg->init_order[0].lhs.size(), 2u);
}

TEST(Check, InitializationCycles) {
  EXPECT_EQ(errors("package main\nvar a = b\nvar b = a\nfunc main() {}\n"),
            "prog.go:2:5: initialization cycle for a\n"
            "\tprog.go:2:5: a refers to b\n"
            "\tprog.go:3:5: b refers to a\n");
  EXPECT_EQ(errors("package main\nvar x int = f()\nfunc f() int { return x }\nfunc main() {}\n"),
            "prog.go:2:5: initialization cycle for x\n"
            "\tprog.go:2:5: x refers to f\n"
            "\tprog.go:3:6: f refers to x\n");
}

TEST(Check, ErrorsAsGcPrintsThem) {
  EXPECT_EQ(errors("package main\nfunc main() {\n\tx := 1\n}\n"), "prog.go:3:2: declared and not used: x\n");
  EXPECT_EQ(errors("package main\nfunc f(a, b int) {}\nfunc main() {\n\tf(1)\n}\n"),
            "prog.go:4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)\n");
  // (issue 5) channels are in the subset; (issue 6) interfaces too.
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar p chan interface{}\n\t_ = p\n}\n"), "");
  EXPECT_EQ(errors("package main\nimport \"fmt\"\nfunc main() {\n\tn, err := fmt.Println()\n\t_, _ = n, err\n}\n"),
            "prog.go:4:12: govm does not support using the results of fmt.Println yet\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tconst c = 1\n\tc = 2\n}\n"),
            "prog.go:4:2: cannot assign to c (neither addressable nor a map index expression)\n");
}

TEST(Check, ShiftsFollowTheSpec) {
  // 1 << s takes its type from the context: float64 would not be an
  // integer, int8 must hold the constant operand.
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar s uint = 2\n\tvar a int8 = 1000 << s\n\t_ = a\n}\n"),
            "prog.go:4:15: 1000 (untyped int constant) overflows int8\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tx := 1\n\t_ = x << -1\n}\n"),
            "prog.go:4:11: invalid operation: negative shift count -1 (untyped int constant)\n");
  auto c = ok("package main\nfunc main() {\n\tvar s uint = 70\n\tprintln(1 << s, 1<<3)\n}\n");
  ASSERT_TRUE(c->pkg);
  EXPECT_TRUE(contract_problems(*c).empty());
}

TEST(Check, DeepDeclarationChainsDoNotOverflow) {
  // var a0 = a1 + 1; var a1 = a2 + 1; ...: checking a0 checks a1 first, and
  // so on down the chain.
  const int n = 3000;
  std::string src = "package main\n";
  for (int i = 0; i < n; i++) src += "var a" + std::to_string(i) + " = a" + std::to_string(i + 1) + " + 1\n";
  src += "var a" + std::to_string(n) + " = 1\nfunc main() { println(a0) }\n";
  auto c = ok(src);
  ASSERT_TRUE(c->pkg);
  ASSERT_EQ(c->pkg->init_order.size(), static_cast<size_t>(n + 1));
  EXPECT_EQ(c->pkg->init_order.front().lhs[0]->name, "a" + std::to_string(n));
  EXPECT_EQ(c->pkg->init_order.back().lhs[0]->name, "a0");
}

TEST(Check, LateErrorsOnlyWhenAllElseIsRight) {
  // gc reports these from its back end and linker: only for a package that
  // otherwise compiles.
  EXPECT_EQ(errors("package main\nfunc f()\nfunc main() { f() }\n"), "prog.go:2:6: missing function body\n");
  EXPECT_EQ(errors("package main\nfunc f()\nfunc main() { x := 1 }\n"),
            "prog.go:3:15: declared and not used: x\n");
  EXPECT_EQ(errors("package main\nfunc helper() {}\n"),
            "prog.go:1:9: function main is undeclared in the main package\n");
  // func _ is checked, but there is nothing to generate for it.
  auto c = ok("package main\nfunc _() { println(1) }\nfunc main() {}\n");
  ASSERT_TRUE(c->pkg);
  ASSERT_EQ(c->pkg->funcs.size(), 1u);
  EXPECT_EQ(c->pkg->funcs[0]->name->name, "main");
  EXPECT_NE(errors("package main\nfunc _() { x := 1 }\nfunc main() {}\n").find("declared and not used: x"),
            std::string::npos);
}


// ------------------------------------------------------------- issue 3

// Every Expr under e, the inside of composite literals, selectors, stars
// and types included.
void walk_all(Expr* e, const ExprFn& f) {
  if (e == nullptr) return;
  f(e);
  switch (e->kind) {
    case ExprKind::Paren: walk_all(static_cast<ParenExpr*>(e)->x, f); break;
    case ExprKind::Unary: walk_all(static_cast<UnaryExpr*>(e)->x, f); break;
    case ExprKind::Star: walk_all(static_cast<StarExpr*>(e)->x, f); break;
    case ExprKind::Selector: walk_all(static_cast<SelectorExpr*>(e)->x, f); break;
    case ExprKind::Binary:
      walk_all(static_cast<BinaryExpr*>(e)->x, f);
      walk_all(static_cast<BinaryExpr*>(e)->y, f);
      break;
    case ExprKind::Call:
      for (Expr* a : static_cast<CallExpr*>(e)->args) walk_all(a, f);
      break;
    case ExprKind::Index:
      walk_all(static_cast<IndexExpr*>(e)->x, f);
      walk_all(static_cast<IndexExpr*>(e)->index, f);
      break;
    case ExprKind::Slice:
      walk_all(static_cast<SliceExpr*>(e)->x, f);
      walk_all(static_cast<SliceExpr*>(e)->lo, f);
      walk_all(static_cast<SliceExpr*>(e)->hi, f);
      walk_all(static_cast<SliceExpr*>(e)->max, f);
      break;
    case ExprKind::CompositeLit:
      for (Expr* x : static_cast<CompositeLit*>(e)->elts) walk_all(x, f);
      break;
    case ExprKind::KeyValue:
      walk_all(static_cast<KeyValueExpr*>(e)->key, f);
      walk_all(static_cast<KeyValueExpr*>(e)->value, f);
      break;
    default: break;
  }
}

// The first expression anywhere in function fn printing as text.
Expr* find_any(const Checked& c, const std::string& fn, const std::string& text) {
  Expr* found = nullptr;
  walk_stmt(func(c, fn)->body, [&](Expr* e) {
    walk_all(e, [&](Expr* x) {
      if (found == nullptr && expr_string(x) == text) found = x;
    });
  });
  return found;
}

// The value of constant name declared at package level.
int64_t const_value(const Checked& c, const std::string& name) {
  for (auto& obj : c.pkg->objects) {
    if (obj->kind == ObjKind::Const && obj->name == name) return static_cast<int64_t>(obj->value.i);
  }
  ADD_FAILURE() << "no constant " << name;
  return -1;
}

TEST(Check, StructLayoutIsGcs) {
  // Expected values printed by go1.19 on linux/amd64 for the same program.
  auto c = ok(R"(package main

import "unsafe"

type Z struct {
	a int64
	b struct{}
}
type Z2 struct {
	a int32
	b [0]int64
}
type Z3 struct {
	b byte
	c int32
	d byte
}
type E struct{ X int }
type Q struct {
	E
	_ int8
	s string
	Z3
}
type M struct {
	a bool
	b []int
	c map[int]bool
	d *int
	e [3]int16
	f uint16
}

var q Q
var m M

const (
	sz   = unsafe.Sizeof(Z{})
	sz2  = unsafe.Sizeof(Z2{})
	sz3  = unsafe.Sizeof(Z3{})
	al3  = unsafe.Alignof(Z3{})
	off3 = unsafe.Offsetof(Z3{}.d)
	szq  = unsafe.Sizeof(q)
	offs = unsafe.Offsetof(q.s)
	offd = unsafe.Offsetof(q.d)
	offz = unsafe.Offsetof(q.Z3)
	szm  = unsafe.Sizeof(m)
	offe = unsafe.Offsetof(m.e)
	offf = unsafe.Offsetof(m.f)
	sze  = unsafe.Sizeof(struct{}{})
	sza  = unsafe.Sizeof([2]Z3{})
	szt  = unsafe.Sizeof(struct {
		a byte
		b struct{}
	}{})
)

func main() {}
)");
  ASSERT_TRUE(c->pkg);
  EXPECT_EQ(const_value(*c, "sz"), 16);   // a zero-size last field is padded
  EXPECT_EQ(const_value(*c, "sz2"), 16);
  EXPECT_EQ(const_value(*c, "sz3"), 12);
  EXPECT_EQ(const_value(*c, "al3"), 4);
  EXPECT_EQ(const_value(*c, "off3"), 8);
  EXPECT_EQ(const_value(*c, "szq"), 48);
  EXPECT_EQ(const_value(*c, "offs"), 16);
  EXPECT_EQ(const_value(*c, "offd"), 40);  // promoted: Z3's offset + d's
  EXPECT_EQ(const_value(*c, "offz"), 32);
  EXPECT_EQ(const_value(*c, "szm"), 56);
  EXPECT_EQ(const_value(*c, "offe"), 48);
  EXPECT_EQ(const_value(*c, "offf"), 54);
  EXPECT_EQ(const_value(*c, "sze"), 0);
  EXPECT_EQ(const_value(*c, "sza"), 24);
  EXPECT_EQ(const_value(*c, "szt"), 2);
  for (auto& obj : c->pkg->objects) {
    if (obj->kind == ObjKind::Const && obj->pos.valid()) {
      EXPECT_EQ(obj->type, c->pkg->types->basic(TypeKindC::Uintptr)) << obj->name;
    }
  }
}

TEST(Check, TypeTableInternsCompositeTypes) {
  TypeTable t;
  const Type* i = t.basic(TypeKindC::Int);
  EXPECT_EQ(t.pointer(i), t.pointer(i));
  EXPECT_EQ(t.slice(i), t.slice(i));
  EXPECT_NE(t.array(i, 3), t.array(i, 4));
  EXPECT_EQ(t.map(t.basic(TypeKindC::String), i)->name, "map[string]int");
  const Type* s1 = t.strukt({{"a", i, 0, false}, {"b", t.basic(TypeKindC::Int8), 0, false}});
  const Type* s2 = t.strukt({{"a", i, 0, false}, {"b", t.basic(TypeKindC::Int8), 0, false}});
  EXPECT_EQ(s1, s2);
  EXPECT_EQ(s1->name, "struct { a int; b int8 }");
  EXPECT_EQ(s1->size, 16u);
  EXPECT_EQ(s1->fields[1].offset, 8u);
  EXPECT_NE(s1, t.strukt({{"b", i, 0, false}, {"a", t.basic(TypeKindC::Int8), 0, false}}));
  // Defined types are distinct even under one name; recursive through a pointer.
  Type* n1 = t.new_named("main.T");
  Type* n2 = t.new_named("main.T");
  EXPECT_NE(n1, n2);
  const Type* list = t.strukt({{"next", t.pointer(n1), 0, false}, {"v", i, 0, false}});
  t.set_underlying(n1, list);
  EXPECT_EQ(n1->underlying(), list);
  EXPECT_EQ(n1->size, 16u);
  EXPECT_EQ(t.pointer(n1)->name, "*main.T");
  EXPECT_EQ(t.slice(t.pointer(n1)), t.slice(t.pointer(n1)));
}

TEST(Check, IdenticalTypesAreOnePointer) {
  auto c = ok(R"(package main

type T struct{ a []byte }

func f() {
	type L struct{ x int }
	var l L
	_ = l
}

func main() {
	type L struct{ x int }
	var l L
	var a struct{ a []uint8 }
	var b struct{ a []byte }
	var p, q *T
	x := []byte("x")
	y := []uint8{1}
	m1 := map[string][]int{}
	m2 := make(map[string][]int)
	_, _, _, _, _, _, _, _, _ = l, a, b, p, q, x, y, m1, m2
}
)");
  ASSERT_TRUE(c->pkg);
  TypeTable& t = *c->pkg->types;
  auto type_of = [&](const std::string& fn, const std::string& name) -> const Type* {
    Expr* e = find_any(*c, fn, name);
    return e != nullptr ? e->type : nullptr;
  };
  EXPECT_EQ(type_of("main", "a"), type_of("main", "b"));  // byte is uint8, inside too
  EXPECT_EQ(type_of("main", "x"), type_of("main", "y"));
  EXPECT_EQ(type_of("main", "x")->name, "[]uint8");
  EXPECT_EQ(type_of("main", "x")->elem, t.basic(TypeKindC::Uint8));
  EXPECT_EQ(type_of("main", "p"), type_of("main", "q"));
  EXPECT_EQ(type_of("main", "m1"), type_of("main", "m2"));
  // Two local types L: distinct, both named main.L (as %T prints them).
  EXPECT_NE(type_of("main", "l"), type_of("f", "l"));
  EXPECT_EQ(type_of("main", "l")->name, "main.L");
  EXPECT_EQ(type_of("f", "l")->name, "main.L");
  // T's underlying struct holds []uint8 after checking.
  const Type* T = type_of("main", "p")->elem;
  EXPECT_EQ(T->kind, TypeKindC::Named);
  EXPECT_EQ(T->underlying()->fields[0].type, t.slice(t.basic(TypeKindC::Uint8)));
}

TEST(Check, SelectorsRecordPromotionPaths) {
  auto c = ok(R"(package main

import "fmt"

type Point struct{ X, Y int }
type Base struct{ ID int }
type Named struct {
	Base
	*Point
	name string
}
type Outer struct {
	n  Named
	pn *Named
}

func main() {
	var n Named
	var o Outer
	p := &n
	fmt.Println(n.ID, n.Y, n.name, p.X, o.n.Base.ID, o.pn.Y)
}
)");
  ASSERT_TRUE(c->pkg);
  auto path = [&](const std::string& text) {
    auto* s = static_cast<SelectorExpr*>(find_any(*c, "main", text));
    EXPECT_TRUE(s != nullptr) << text;
    if (s == nullptr) return std::vector<int>{-9};
    EXPECT_EQ(s->sel_kind, SelKind::Field) << text;
    return s->path;
  };
  EXPECT_EQ(path("n.ID"), (std::vector<int>{0, 0}));
  EXPECT_EQ(path("n.Y"), (std::vector<int>{1, 1}));  // through the embedded *Point
  EXPECT_EQ(path("n.name"), (std::vector<int>{2}));
  EXPECT_EQ(path("p.X"), (std::vector<int>{1, 0}));  // p is *Named: one implicit dereference
  EXPECT_EQ(path("o.pn.Y"), (std::vector<int>{1, 1}));
  EXPECT_EQ(find_any(*c, "main", "n.Y")->mode, Mode::Variable);
  auto* call = static_cast<CallExpr*>(find_any(*c, "main", "fmt.Println(n.ID, n.Y, n.name, p.X, o.n.Base.ID, o.pn.Y)"));
  ASSERT_TRUE(call);
  auto* println = static_cast<SelectorExpr*>(call->fun);
  EXPECT_EQ(println->sel_kind, SelKind::Qualified);
}

TEST(Check, CompositeLiteralsAndIndexAnnotations) {
  auto c = ok(R"(package main

type P struct{ X, Y int }

func main() {
	ps := []*P{{1, 2}, {Y: 3}}
	arr := [...]string{2: "c", 0: "a"}
	sl := []int{5: 1, 2}
	m := map[string]P{"a": {1, 2}}
	v, ok := m["a"]
	w := m["b"]
	var p *P = nil
	b := []byte("hi")
	s := string(b)
	n := len(arr)
	_, _, _, _, _, _, _, _, _ = ps, sl, v, ok, w, p, s, n, &P{}
}
)");
  ASSERT_TRUE(c->pkg);
  TypeTable& t = *c->pkg->types;
  auto* ps = static_cast<CompositeLit*>(find_any(*c, "main", "[]*P{…}"));
  ASSERT_TRUE(ps);
  EXPECT_EQ(ps->lit_type->kind, TypeKindC::Slice);
  EXPECT_EQ(ps->len, 2);
  auto* inner = static_cast<CompositeLit*>(ps->elts[0]);
  EXPECT_TRUE(inner->addr);
  EXPECT_EQ(inner->lit_type->name, "main.P");
  EXPECT_EQ(inner->type, t.pointer(inner->lit_type));
  EXPECT_EQ(inner->indices, (std::vector<int64_t>{0, 1}));
  EXPECT_EQ(static_cast<CompositeLit*>(ps->elts[1])->indices, (std::vector<int64_t>{1}));
  auto* arr = static_cast<CompositeLit*>(find_any(*c, "main", "[...]string{…}"));
  ASSERT_TRUE(arr);
  EXPECT_EQ(arr->type->name, "[3]string");
  EXPECT_EQ(arr->len, 3);
  EXPECT_EQ(arr->indices, (std::vector<int64_t>{2, 0}));
  auto* sl = static_cast<CompositeLit*>(find_any(*c, "main", "[]int{…}"));
  ASSERT_TRUE(sl);
  EXPECT_EQ(sl->len, 7);
  EXPECT_EQ(sl->indices, (std::vector<int64_t>{5, 6}));
  auto* ma = static_cast<IndexExpr*>(find_any(*c, "main", "m[\"a\"]"));
  ASSERT_TRUE(ma);
  EXPECT_TRUE(ma->comma_ok);
  EXPECT_EQ(ma->mode, Mode::MapIndex);
  auto* mb = static_cast<IndexExpr*>(find_any(*c, "main", "m[\"b\"]"));
  ASSERT_TRUE(mb);
  EXPECT_FALSE(mb->comma_ok);
  Expr* nil = find_any(*c, "main", "nil");
  ASSERT_TRUE(nil);
  EXPECT_EQ(nil->mode, Mode::Nil);
  EXPECT_EQ(nil->type->kind, TypeKindC::Pointer);
  auto* conv = static_cast<CallExpr*>(find_any(*c, "main", "string(b)"));
  ASSERT_TRUE(conv);
  EXPECT_EQ(conv->call_kind, CallKind::Conversion);
  EXPECT_EQ(conv->type, t.basic(TypeKindC::String));
  Expr* n = find_any(*c, "main", "len(arr)");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->mode, Mode::Constant);  // an array's length, no call inside
  EXPECT_EQ(n->value->i, 3);
  auto* ok_id = static_cast<Ident*>(find_any(*c, "main", "ok"));
  ASSERT_TRUE(ok_id && ok_id->obj);
  EXPECT_EQ(ok_id->obj->type, t.basic(TypeKindC::Bool));
  auto* addr = static_cast<UnaryExpr*>(find_any(*c, "main", "&P{}"));
  ASSERT_TRUE(addr);
  EXPECT_EQ(addr->type->kind, TypeKindC::Pointer);
}

TEST(Check, BuiltinsAreClassified) {
  auto c = ok(R"(package main

func main() {
	s := make([]int, 1, 4)
	m := make(map[string]int)
	p := new(int)
	s = append(s, 1, 2)
	n := copy(s, s)
	delete(m, "x")
	_, _, _ = p, n, cap(s)
}
)");
  ASSERT_TRUE(c->pkg);
  auto builtin = [&](const std::string& text) {
    auto* call = static_cast<CallExpr*>(find_any(*c, "main", text));
    EXPECT_TRUE(call != nullptr) << text;
    if (call == nullptr) return -1;
    EXPECT_EQ(call->call_kind, CallKind::Builtin) << text;
    return call->builtin;
  };
  EXPECT_EQ(builtin("make([]int, 1, 4)"), static_cast<int>(Builtin::Make));
  EXPECT_EQ(builtin("new(int)"), static_cast<int>(Builtin::New));
  EXPECT_EQ(builtin("append(s, 1, 2)"), static_cast<int>(Builtin::Append));
  EXPECT_EQ(builtin("copy(s, s)"), static_cast<int>(Builtin::Copy));
  EXPECT_EQ(builtin("delete(m, \"x\")"), static_cast<int>(Builtin::Delete));
  EXPECT_EQ(builtin("cap(s)"), static_cast<int>(Builtin::Cap));
  EXPECT_EQ(find_any(*c, "main", "new(int)")->type, c->pkg->types->pointer(c->pkg->types->basic(TypeKindC::Int)));
}

TEST(Check, Issue3ErrorsAsGcPrintsThem) {
  EXPECT_EQ(errors("package main\ntype R [2]R\nfunc main() {}\n"),
            "prog.go:2:6: invalid recursive type R\n\tprog.go:2:6: R refers to\n\tprog.go:2:6: R\n");
  EXPECT_EQ(errors("package main\ntype T struct{ a int }\nfunc main() {\n\tvar t T\n\t_ = t.b\n}\n"),
            "prog.go:5:8: t.b undefined (type T has no field or method b)\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar s []int\n\t_ = s == s\n}\n"),
            "prog.go:4:6: invalid operation: s == s (slice can only be compared to nil)\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a struct{ x []int }\n\t_ = a == a\n}\n"),
            "prog.go:4:6: invalid operation: a == a (struct containing []int cannot be compared)\n");
}


// No alias (byte, rune spelled so) anywhere inside t.
bool has_alias(const TypeTable& tt, const Type* t, int depth = 0) {
  if (t == nullptr || depth > 8) return false;
  if (t == tt.byte_alias() || t == tt.rune_alias()) return true;
  if (t->kind == TypeKindC::Named) return has_alias(tt, t->underlying_, depth + 1);
  if (has_alias(tt, t->elem, depth + 1) || has_alias(tt, t->key, depth + 1)) return true;
  for (const StructField& f : t->fields) {
    if (has_alias(tt, f.type, depth + 1)) return true;
  }
  return false;
}

TEST(Check, Issue3ContractHolds) {
  auto c = ok(R"(package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
	tag         []byte
}
type Pair struct {
	k string
	v rune
}

var table = map[string][]byte{"a": []byte("x")}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	n.Left = insert(n.Left, v)
	return n
}

func main() {
	root := insert(nil, 3)
	arr := [3]int{1, 2, 3}
	sl := arr[1:]
	sl = append(sl, 4)
	ps := []Pair{{"a", 'x'}, {k: "b"}}
	m := map[Pair]*Node{{"k", 'y'}: root}
	v, ok := m[Pair{}]
	b := []byte("hi")
	b = append(b, "yo"...)
	n := copy(b, "z")
	for k, x := range table {
		fmt.Println(k, x, len(x))
	}
	for i, p := range &arr {
		fmt.Println(i, p)
	}
	var pp *[3]int = &arr
	pp[0]++
	m[Pair{}] = nil
	fmt.Println(root.Val, sl[0], ps[1].v, v == nil, ok, string(b[0]), n, len(m), cap(sl), pp == nil, string(rune(n)))
}
)");
  ASSERT_TRUE(c->pkg);
  const TypeTable& tt = *c->pkg->types;
  std::vector<std::string> problems;
  for (FuncDecl* fd : c->pkg->funcs) {
    walk_stmt(fd->body, [&](Expr* top) {
      walk_all(top, [&](Expr* e) {
        std::string where = expr_string(e) + " at " + std::to_string(e->pos.line) + ":" + std::to_string(e->pos.col);
        if (is_blank(e) || e->kind == ExprKind::KeyValue) return;
        if (e->kind == ExprKind::Call && e->mode == Mode::NoValue) return;
        if (e->kind == ExprKind::Call && static_cast<CallExpr*>(e)->call_kind == CallKind::Unknown) {
          problems.push_back(where + ": call kind not set");
        }
        if (e->mode == Mode::Invalid) problems.push_back(where + ": invalid");
        if (e->type == nullptr) {
          problems.push_back(where + ": no type");
          return;
        }
        if (e->type->is_untyped()) problems.push_back(where + ": untyped " + e->type->name);
        if (has_alias(tt, e->type)) problems.push_back(where + ": alias inside " + e->type->name);
        if (e->kind == ExprKind::Selector && static_cast<SelectorExpr*>(e)->sel_kind == SelKind::Unknown) {
          problems.push_back(where + ": selector kind not set");
        }
        if (e->kind == ExprKind::CompositeLit) {
          auto* lit = static_cast<CompositeLit*>(e);
          if (lit->lit_type == nullptr) problems.push_back(where + ": no lit_type");
          if (lit->lit_type != nullptr && has_alias(tt, lit->lit_type)) problems.push_back(where + ": alias in lit_type");
        }
      });
    });
  }
  for (const std::string& p : problems) ADD_FAILURE() << p;
}


// (check2) Struct tags: part of a struct type's identity and of its
// spelling (reflect's, strconv-quoted), ignored by conversions, at any
// depth.
TEST(Check, StructTagsMakeDistinctTypes) {
  TypeTable t;
  const Type* i = t.basic(TypeKindC::Int);
  const Type* plain = t.strukt({{"X", i, 0, false}});
  const Type* tagged = t.strukt({{"X", i, 0, false, "k:\"v\""}});
  EXPECT_NE(plain, tagged);
  EXPECT_EQ(tagged, t.strukt({{"X", i, 0, false, "k:\"v\""}}));
  EXPECT_NE(tagged, t.strukt({{"X", i, 0, false, "k:\"w\""}}));
  EXPECT_EQ(tagged->name, "struct { X int \"k:\\\"v\\\"\" }");
  // A tag holding what a key would separate on stays one field.
  EXPECT_NE(t.strukt({{"a", i, 0, false, "x;b:1"}}), t.strukt({{"a", i, 0, false, "x"}, {"b", i, 0, false}}));

  auto c = ok(R"(package main

type T struct {
	X int `json:"x"`
	E "e\t"
}

type E struct{ V int }

func main() {
	var a struct {
		X int `json:"x"`
		E "e\t"
	}
	var p struct {
		X int
		E
	}
	t := T(p)
	p = struct {
		X int
		E
	}(a)
	s := []struct{ N int "n" }{}
	u := []struct{ N int }(s)
	q := (*struct{ N int })(&struct{ N int "m" }{})
	_, _, _, _, _ = t, p, a, u, q
}
)");
  ASSERT_TRUE(c->pkg);
  const Type* ta = find_any(*c, "main", "a")->type;
  const Type* tp = find_any(*c, "main", "p")->type;
  const Type* tt = find_any(*c, "main", "t")->type;
  EXPECT_NE(ta, tp);
  EXPECT_EQ(ta, tt->underlying());  // T's struct and a's are one type, tags and all
  EXPECT_EQ(ta->name, "struct { X int \"json:\\\"x\\\"\"; main.E \"e\\t\" }");
  EXPECT_EQ(ta->fields[0].tag, "json:\"x\"");
  EXPECT_EQ(ta->fields[1].tag, "e\t");
  EXPECT_TRUE(tp->fields[1].tag.empty());
  EXPECT_EQ(find_any(*c, "main", "u")->type->name, "[]struct { N int }");

  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a struct{ X int \"t\" }\n\tvar b struct{ X int }\n\ta = b\n\t_ = a\n}\n"),
            "prog.go:5:6: cannot use b (variable of type struct{X int}) as struct{X int \"t\"} value in assignment\n");
  EXPECT_EQ(errors("package main\ntype A struct{ X int }\nfunc main() {\n\tvar p *struct{ X int `t` }\n\tvar _ *A = p\n}\n"),
            "prog.go:5:13: cannot use p (variable of type *struct{X int \"t\"}) as *A value in variable declaration\n");
}

// (check2) Go 1.17's slice to array pointer conversion: the element types
// must be identical; Go 1.20's slice to array is refused as unsupported.
TEST(Check, SliceToArrayPointerConversions) {
  auto c = ok(R"(package main

type P *[2]int

func main() {
	s := []int{1, 2, 3}
	a := (*[2]int)(s)
	z := (*[0]int)(s[:0])
	n := P(s)
	_, _, _ = a, z, n
}
)");
  ASSERT_TRUE(c->pkg);
  auto* conv = static_cast<CallExpr*>(find_any(*c, "main", "(*[2]int)(s)"));
  ASSERT_NE(conv, nullptr);
  EXPECT_EQ(conv->call_kind, CallKind::Conversion);
  EXPECT_EQ(conv->type, c->pkg->types->pointer(c->pkg->types->array(c->pkg->types->basic(TypeKindC::Int), 2)));
  EXPECT_EQ(find_any(*c, "main", "n")->type->name, "main.P");

  EXPECT_EQ(errors("package main\nfunc main() {\n\ts := []int{}\n\t_ = (*[2]uint)(s)\n}\n"),
            "prog.go:4:17: cannot convert s (variable of type []int) to type *[2]uint\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\ts := []int{}\n\t_ = (*[]int)(s)\n}\n"),
            "prog.go:4:15: cannot convert s (variable of type []int) to type *[]int\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a [2]int\n\t_ = (*[2]int)(a)\n}\n"),
            "prog.go:4:16: cannot convert a (variable of type [2]int) to type *[2]int\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\ts := []int{}\n\t_ = [2]int(s)\n}\n"),
            "prog.go:4:13: govm does not support converting a slice to an array yet\n");
}

// B10 (diff3): the comma-ok map index in a var declaration, in a function
// and at package level, as in v, ok := m[k]: two values, ok untyped bool
// defaulting to bool, and the index marked for code generation.
TEST(Check, CommaOkInVarDeclaration) {
  auto c = ok(R"(package main

var gm = map[string]int{"a": 1}
var gv, gok = gm["a"]

func main() {
	var v, ok = gm["b"]
	var w, found bool = map[int]bool{}[1]
	_, _, _, _, _, _ = v, ok, gv, gok, w, found
}
)");
  ASSERT_TRUE(c->pkg);
  TypeTable& t = *c->pkg->types;
  auto* local = static_cast<IndexExpr*>(find_any(*c, "main", "gm[\"b\"]"));
  ASSERT_TRUE(local);
  EXPECT_TRUE(local->comma_ok);
  EXPECT_EQ(local->type, t.basic(TypeKindC::Int));
  auto* typed = static_cast<IndexExpr*>(find_any(*c, "main", "map[int]bool{}[1]"));
  ASSERT_TRUE(typed);
  EXPECT_TRUE(typed->comma_ok);
  const GlobalInit* g = nullptr;
  for (const GlobalInit& gi : c->pkg->init_order) {
    if (gi.lhs.size() == 2) g = &gi;
  }
  ASSERT_TRUE(g);
  EXPECT_EQ(g->lhs[0]->name, "gv");
  EXPECT_EQ(g->lhs[1]->type, t.basic(TypeKindC::Bool));
  ASSERT_EQ(g->rhs->kind, ExprKind::Index);
  EXPECT_TRUE(static_cast<IndexExpr*>(g->rhs)->comma_ok);
  Expr* okuse = find_any(*c, "main", "ok");
  ASSERT_TRUE(okuse);
  EXPECT_EQ(okuse->type, t.basic(TypeKindC::Bool));
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a, b = []int{1}[0]\n\t_, _ = a, b\n}\n"),
            "prog.go:3:13: assignment mismatch: 2 variables but 1 value\n");
}

// B8 (diff3): print of an array or struct is gc's walk-time error, at the
// call's '(': reported only when type checking found nothing else.
TEST(Check, PrintOfArrayIsAWalkError) {
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a [1]int\n\tprintln(a)\n}\n"),
            "prog.go:4:9: illegal types for operand: print\n\t[1]int\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a [1]int\n\tprintln(a)\n\t_ = y\n}\n"),
            "prog.go:5:6: undefined: y\n");
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar a [1]int\n\tif false {\n\t\tprintln(a)\n\t}\n}\n"), "");
}

}  // namespace
}  // namespace govm
