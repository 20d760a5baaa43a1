// Tests of the type checker's annotations: what code generation relies on
// (the CONTRACT of compiler/types.h): every evaluated expression typed,
// constants folded into their final type, calls classified, branches
// resolved, objects attached, and Go's initialization order.
#include <gtest/gtest.h>

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

struct Checked {
  Diagnostics diags{"prog.go"};
  std::unique_ptr<File> file;
  std::unique_ptr<CheckedPackage> pkg;
};

std::unique_ptr<Checked> check(const std::string& src) {
  auto c = std::make_unique<Checked>();
  c->file = parse_file("prog.go", src, c->diags);
  if (c->file != nullptr && !c->diags.has_errors()) c->pkg = check_file(*c->file, c->diags);
  return c;
}

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
  EXPECT_EQ(errors("package main\nfunc main() {\n\tvar p *int\n\t_ = p\n}\n"),
            "prog.go:3:8: govm does not support pointers yet\n");
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

}  // namespace
}  // namespace govm
