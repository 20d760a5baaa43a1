// Tests of escape analysis (compiler/escape*.cpp): the decisions code
// generation reads (Object::storage, Expr::escape and their reasons), the
// notes in gc's -m words and order, and -m=2's explanations. The programs'
// expected decisions are gc 1.19's (go build -gcflags='-m -l'); the
// end-to-end suite is tests/escape.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/escape.h"
#include "compiler/types.h"

namespace govm {
namespace {

struct Analysed {
  Diagnostics diags{"prog.go"};
  std::unique_ptr<File> file;
  std::unique_ptr<CheckedPackage> pkg;
};

std::unique_ptr<Analysed> analyse(const std::string& src) {
  auto a = std::make_unique<Analysed>();
  a->file = parse_file("prog.go", src, a->diags);
  if (a->file != nullptr && !a->diags.has_errors()) a->pkg = check_file(*a->file, a->diags);
  EXPECT_TRUE(a->pkg != nullptr) << a->diags.format_all();
  if (a->pkg != nullptr) analyze_escapes(*a->pkg);
  return a;
}

// The notes as `govm build -m` prints them, one per line.
std::string notes(const std::string& src) {
  auto a = analyse(src);
  std::string out;
  if (a->pkg == nullptr) return out;
  for (const EscapeNote& n : a->pkg->escape_notes)
    out += std::to_string(n.pos.line) + ":" + std::to_string(n.pos.col) + ": " + n.message + "\n";
  return out;
}

const Object* find_var(const CheckedPackage& pkg, const std::string& name) {
  for (const auto& o : pkg.objects)
    if (o->kind == ObjKind::Var && o->name == name) return o.get();
  return nullptr;
}

// Every allocation site the analysis decided, by gc's name.
void for_each_site(Stmt* s, const std::function<void(Expr*)>& f);

void for_each_site_expr(Expr* e, const std::function<void(Expr*)>& f) {
  if (e == nullptr) return;
  if (e->escape != EscapeDecision::None) f(e);
  switch (e->kind) {
    case ExprKind::Unary: for_each_site_expr(static_cast<UnaryExpr*>(e)->x, f); break;
    case ExprKind::Call:
      for (Expr* x : static_cast<CallExpr*>(e)->args) for_each_site_expr(x, f);
      break;
    case ExprKind::CompositeLit:
      for (Expr* x : static_cast<CompositeLit*>(e)->elts) for_each_site_expr(x, f);
      break;
    case ExprKind::Binary:
      for_each_site_expr(static_cast<BinaryExpr*>(e)->x, f);
      for_each_site_expr(static_cast<BinaryExpr*>(e)->y, f);
      break;
    default: break;
  }
}

void for_each_site(Stmt* s, const std::function<void(Expr*)>& f) {
  if (s == nullptr) return;
  switch (s->kind) {
    case StmtKind::Block:
      for (Stmt* x : static_cast<BlockStmt*>(s)->list) for_each_site(x, f);
      break;
    case StmtKind::Assign:
      for (Expr* x : static_cast<AssignStmt*>(s)->rhs) for_each_site_expr(x, f);
      break;
    case StmtKind::Return:
      for (Expr* x : static_cast<ReturnStmt*>(s)->results) for_each_site_expr(x, f);
      break;
    case StmtKind::Expr: for_each_site_expr(static_cast<ExprStmt*>(s)->x, f); break;
    case StmtKind::For: for_each_site(static_cast<ForStmt*>(s)->body, f); break;
    default: break;
  }
}

std::map<std::string, EscapeDecision> site_decisions(const CheckedPackage& pkg) {
  std::map<std::string, EscapeDecision> out;
  for (FuncDecl* fd : pkg.funcs)
    for_each_site(fd->body, [&out](Expr* e) { out[site_name(e)] = e->escape; });
  return out;
}

TEST(Escape, ReturnedAddressMovesVariableToHeap) {
  auto a = analyse(
      "package main\n"
      "\n"
      "func f() *int {\n"
      "\tx := 1\n"
      "\ty := 2\n"
      "\tp := &y\n"
      "\t*p = 3\n"
      "\treturn &x\n"
      "}\n"
      "\n"
      "func main() { println(*f()) }\n");
  const Object* x = find_var(*a->pkg, "x");
  const Object* y = find_var(*a->pkg, "y");
  ASSERT_NE(x, nullptr);
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(x->storage, Storage::Heap);
  EXPECT_NE(x->escape_reason.find("returned from main.f"), std::string::npos) << x->escape_reason;
  EXPECT_EQ(y->storage, Storage::Stack);
  EXPECT_TRUE(y->escape_reason.empty());
  ASSERT_EQ(a->pkg->escape_notes.size(), 1u);
  EXPECT_EQ(a->pkg->escape_notes[0].message, "moved to heap: x");
  EXPECT_EQ(a->pkg->escape_notes[0].pos.line, 4u);
  EXPECT_EQ(a->pkg->escape_notes[0].pos.col, 2u);
}

TEST(Escape, SiteDecisionsForCodeGeneration) {
  auto a = analyse(
      "package main\n"
      "\n"
      "type T struct{ n int }\n"
      "\n"
      "var g *T\n"
      "\n"
      "func main() {\n"
      "\tl := &T{1}\n"
      "\tg = &T{2}\n"
      "\tp := new(int)\n"
      "\ts := []int{1, 2}\n"
      "\tn := len(s)\n"
      "\tm := make([]int, n)\n"
      "\tprintln(l.n, *p, len(m))\n"
      "}\n");
  auto d = site_decisions(*a->pkg);
  EXPECT_EQ(d["&T{...}"], EscapeDecision::Heap);  // the last one named so: g = &T{2}
  EXPECT_EQ(d["new(int)"], EscapeDecision::Stack);
  EXPECT_EQ(d["[]int{...}"], EscapeDecision::Stack);
  EXPECT_EQ(d["make([]int, n)"], EscapeDecision::Heap);
  EXPECT_EQ(notes(
                "package main\n"
                "\n"
                "type T struct{ n int }\n"
                "\n"
                "var g *T\n"
                "\n"
                "func main() {\n"
                "\tl := &T{1}\n"
                "\tg = &T{2}\n"
                "\tp := new(int)\n"
                "\ts := []int{1, 2}\n"
                "\tn := len(s)\n"
                "\tm := make([]int, n)\n"
                "\tprintln(l.n, *p, len(m))\n"
                "}\n"),
            "8:7: &T{...} does not escape\n"
            "9:6: &T{...} escapes to heap\n"
            "10:10: new(int) does not escape\n"
            "11:12: []int{...} does not escape\n"
            "13:11: make([]int, n) escapes to heap\n");
}

TEST(Escape, ParamTags) {
  EXPECT_EQ(notes("package main\n"
                  "\n"
                  "var sink *int\n"
                  "\n"
                  "func id(p *int) *int { return p }\n"
                  "func leak(p *int) { sink = p }\n"
                  "func content(pp **int) { sink = *pp }\n"
                  "func read(p *int) int { return *p }\n"
                  "\n"
                  "func main() {\n"
                  "\tx := 1\n"
                  "\tq := &x\n"
                  "\tprintln(*id(q), read(q))\n"
                  "\tleak(q)\n"
                  "\tcontent(&q)\n"
                  "}\n"),
            "5:9: leaking param: p to result ~r0 level=0\n"
            "6:11: leaking param: p\n"
            "7:14: leaking param content: pp\n"
            "8:11: p does not escape\n"
            "11:2: moved to heap: x\n");
}

// A caller sees its callee's tags: passing &x to a function that only
// reads it keeps x on the stack; one that returns it lets the caller decide.
TEST(Escape, TagsAreContextSensitive) {
  EXPECT_EQ(notes("package main\n"
                  "\n"
                  "var sink *int\n"
                  "\n"
                  "func id(p *int) *int { return p }\n"
                  "\n"
                  "func main() {\n"
                  "\ta, b := 1, 2\n"
                  "\tsink = id(&a)\n"
                  "\tprintln(*id(&b))\n"
                  "}\n"),
            "5:9: leaking param: p to result ~r0 level=0\n"
            "8:2: moved to heap: a\n");
}

TEST(Escape, LoopDepthOutlives) {
  EXPECT_EQ(notes("package main\n"
                  "\n"
                  "func main() {\n"
                  "\tvar last *int\n"
                  "\tfor i := 0; i < 3; i++ {\n"
                  "\t\tx := i\n"
                  "\t\tlast = &x\n"
                  "\t\ty := i\n"
                  "\t\tp := &y\n"
                  "\t\tprintln(*p)\n"
                  "\t}\n"
                  "\tprintln(*last)\n"
                  "}\n"),
            "6:3: moved to heap: x\n");
}

TEST(Escape, SizeLimitsAndNonConstantMake) {
  auto a = analyse(
      "package main\n"
      "\n"
      "func main() {\n"
      "\tvar huge [11 << 20]byte\n"
      "\tp := new([66560]byte)\n"
      "\tq := new([64]byte)\n"
      "\tn := 3\n"
      "\ts := make([]int, n)\n"
      "\tprintln(huge[0], p[0], q[0], len(s))\n"
      "}\n");
  const Object* huge = find_var(*a->pkg, "huge");
  ASSERT_NE(huge, nullptr);
  EXPECT_EQ(huge->storage, Storage::Heap);
  EXPECT_NE(huge->escape_reason.find("too large for stack"), std::string::npos) << huge->escape_reason;
  std::string text;
  for (const EscapeNote& n : a->pkg->escape_notes) text += n.message + "\n";
  EXPECT_EQ(text,
            "moved to heap: huge\n"
            "new([66560]byte) escapes to heap\n"
            "new([64]byte) does not escape\n"
            "make([]int, n) escapes to heap\n");
  auto d = site_decisions(*a->pkg);
  EXPECT_NE(d["make([]int, n)"], EscapeDecision::Stack);
}

TEST(Escape, FmtArgumentsConvertToInterface) {
  EXPECT_EQ(notes("package main\n"
                  "\n"
                  "import \"fmt\"\n"
                  "\n"
                  "func main() {\n"
                  "\tx, s := 1, \"a\"\n"
                  "\tfmt.Println(x, \"b\", s+s, x)\n"
                  "\tprintln(x, s+s)\n"
                  "}\n"),
            "7:13: ... argument does not escape\n"
            "7:13: x escapes to heap\n"
            "7:17: \"b\" escapes to heap\n"
            "7:23: s + s escapes to heap\n"  // once, though gc prints it twice
            "7:23: x escapes to heap\n"      // a variable: where gc's cursor stood
            "8:14: s + s does not escape\n");
}

TEST(Escape, ExplanationIsGcMinusM2Flow) {
  auto a = analyse(
      "package main\n"
      "\n"
      "func f() *int {\n"
      "\tx := 1\n"
      "\treturn &x\n"
      "}\n"
      "\n"
      "func main() { println(*f()) }\n");
  ASSERT_EQ(a->pkg->escape_notes.size(), 1u);
  const std::vector<std::string> want = {
      "x escapes to heap:",
      "  flow: ~r0 = &x:",
      "    from &x (address-of) at prog.go:5:9",
      "    from return &x (return) at prog.go:5:2",
  };
  EXPECT_EQ(a->pkg->escape_notes[0].explanation, want);
}

TEST(Escape, CompileResultCarriesTheNotes) {
  CompileResult r = compile_source("prog.go",
                                   "package main\n"
                                   "\n"
                                   "func f() *int {\n"
                                   "\tx := 1\n"
                                   "\treturn &x\n"
                                   "}\n"
                                   "\n"
                                   "func main() { println(*f()) }\n");
  ASSERT_TRUE(r.ok()) << r.errors_text;
  ASSERT_EQ(r.escapes.size(), 1u);
  EXPECT_EQ(r.escapes[0].line, 4u);
  EXPECT_EQ(r.escapes[0].message, "moved to heap: x");
  EXPECT_FALSE(r.escapes[0].explanation.empty());
}

// site_name spells sites as gc's -m does; gc's own output for this
// program (go build -gcflags='-m -l') is the expectation.
TEST(Escape, SiteNamesAreGcSpellings) {
  EXPECT_EQ(notes("package main\n"
                  "\n"
                  "type P struct{ X int }\n"
                  "\n"
                  "var keep []byte\n"
                  "\n"
                  "func main() {\n"
                  "\ts := \"ab\"\n"
                  "\tb := []byte(s)\n"
                  "\tkeep = []byte(s + s + \"c\")\n"
                  "\tps := []*P{{1}, &P{}}\n"
                  "\tprintln(len(b), len(ps), string(b))\n"
                  "}\n"),
            "9:13: ([]byte)(s) does not escape\n"
            "10:15: ([]byte)(s + s + \"c\") escapes to heap\n"
            "10:22: s + s + \"c\" does not escape\n"
            "11:12: []*P{...} does not escape\n"
            "11:13: &P{...} does not escape\n"
            "11:18: &P{} does not escape\n"
            "12:33: string(b) does not escape\n");
}

// B10 (diff3): var v, ok = m[k], in a function and at package level, is
// analysed as v, ok := m[k] (gc's OAS2MAPR): the map literal indexed in
// place does not escape; a value stored in a package-level map does.
TEST(Escape, CommaOkVarDeclarations) {
  EXPECT_EQ(notes(R"(package main

type P struct{ x, y int }

var gp, gpok = map[P][]string{{1, 2}: {"q"}}[P{1, 2}]

func main() {
	var s, sok bool = map[int]bool{1: true}[1]
	var big, bok = map[int][3]string{7: {"x", "y", "z"}}[7]
	println(s, sok, big[0], bok, gp, gpok)
}
)"),
            "5:30: map[P][]string{...} does not escape\n"
            "5:39: []string{...} escapes to heap\n"
            "8:32: map[int]bool{...} does not escape\n"
            "9:34: map[int][3]string{...} does not escape\n");
}

}  // namespace
}  // namespace govm
