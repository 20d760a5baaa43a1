// The syntax tree of a Go source file, shaped after go/ast.
//
// The parser accepts Go's full syntax (without type parameters) so that a
// construct outside govm's subset is reported by name ("govm does not
// support goto yet") at its position by the checker, rather than as a
// syntax error. The checker then annotates the tree in place: every
// expression gets its mode, type and constant value, every identifier its
// Object. Code generation reads only annotated trees.
//
// Nodes are owned by the File's arena and referred to by plain pointers;
// they live as long as the File.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/constant.h"
#include "compiler/diag.h"
#include "compiler/token.h"

namespace govm {

struct Type;
struct Object;

// Positions (set by the parser): a node's pos is where it starts, its
// leftmost token, as go/ast's Pos() and types2's StartPos: a BinaryExpr
// starts at its x, a CallExpr at its fun, an AssignStmt at its first lhs.
// Where gc reports at another token, the node keeps that position too
// (BinaryExpr::op_pos, CallExpr::lparen, CompositeLit::lbrace,
// AssignStmt::tok_pos).
struct Node {
  Pos pos;
  virtual ~Node() = default;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  Bad, Ident, BasicLit, CompositeLit, FuncLit, Paren, Selector, Index, Slice,
  TypeAssert, Call, Star, Unary, Binary, KeyValue,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
};

// What an expression denotes, after checking (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,   // not checked, or an error was reported
  NoValue,   // a call without results
  Value,     // a computed value
  Variable,  // an addressable variable (assignable)
  Constant,  // a constant; value holds it
  TypeExpr,  // denotes a type
  Builtin,   // a builtin function name (len, println, ...)
  Package,   // an imported package name
  Nil,       // the predeclared nil
  // (issue 3, check) m[k] (go/types' mapindex): assignable (m[k] = v,
  // m[k] op= v, m[k]++), not addressable (&m[k] is an error). Code
  // generation: a load is mapaccess, a store mapassign; IndexExpr::comma_ok
  // says when a second, bool result is wanted.
  MapIndex,
};

// Where an allocation site's memory goes, decided by escape analysis
// (compiler/escape.cpp). None: the site was not analysed; code generation
// then allocates on the heap, which is always safe.
enum class EscapeDecision : uint8_t { None, Stack, Heap };

struct Expr : Node {
  ExprKind kind = ExprKind::Bad;
  // Set by the checker:
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;      // for TypeExpr: the type denoted
  std::optional<Constant> value;   // for Constant
  // (issue 3) Set by escape analysis on allocation sites only: new(T),
  // &T{...} (on the UnaryExpr), composite literals of slice type (the
  // backing array; on the CompositeLit), make(...), conversions
  // string <-> []byte / []rune and integer -> string (on the CallExpr), and
  // string concatenation (on the BinaryExpr; for a + b + c only the
  // outermost, as gc's single OADDSTR), and (escape:) the "... argument"
  // slice a call f(a, b) of a variadic func f packs its extra arguments in
  // (on the CallExpr; site_name gives "... argument"); also map literals
  // and the elided &T{...} of []*T{{...}} (on the CompositeLit, addr set).
  // Package-variable initializers gc lays out statically (var p = &T{1})
  // stay None: they are data, not allocations. escape_reason says why the
  // site is on the heap, in words a student reads in the trace ("flow:
  // ~r0 = &{storage for T{...}}"-like detail is for -m=2; this is one
  // line); empty when on the stack.
  EscapeDecision escape = EscapeDecision::None;
  std::string escape_reason;
};

struct Ident : Expr {
  std::string name;
  Object* obj = nullptr;  // set by the checker (nullptr for "_")
};

struct BasicLit : Expr {
  Token tok = Token::Illegal;  // Int, Float, Imag, Char, String
  std::string text;            // as written, quotes included
  bool bad = false;            // added: had a lexical error, already reported; skip it
};

struct CompositeLit : Expr {
  Expr* type_expr = nullptr;   // may be nullptr inside another composite literal
  std::vector<Expr*> elts;
  Pos lbrace, rbrace;
  // (issue 3) Set by the checker:
  const Type* lit_type = nullptr;  // the struct, array, slice or map type built (maybe Named)
  bool addr = false;               // an elided &T inside []*T{{...}}: the value is a pointer
                                   // to a new lit_type, and Expr::type is *lit_type
  std::vector<int64_t> indices;    // per element: struct field index, or array/slice
                                   // element index (keys resolved); unused for maps
  int64_t len = 0;                 // slices and [...]T: number of elements (max index + 1)
};

struct FieldList;
struct FuncType;
struct BlockStmt;

struct FuncDecl;
struct Object;

// (issue 6, func) A variable a closure captures (compiler/closure.cpp):
// by value (a copy in the funcval) or by reference (its address there), at
// `offset` bytes into the funcval (word 0 is the entry).
struct ClosureVar {
  Object* var = nullptr;
  bool byval = false;     // decided by escape analysis (gc's flowClosure)
  uint64_t offset = 0;
};

struct FuncLit : Expr {
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  // (issue 6, func) Set by the checker (compiler/closure.cpp):
  std::string name;                 // "main.main.func1", "main.main.func1.1"
  FuncDecl* decl = nullptr;         // its body as a function to generate (name, sig, body)
  std::vector<ClosureVar> cvars;    // in order of first reference, as gc's ClosureVars
  uint64_t funcval_size = 8;        // set once byval is known (closure_layout)
};

struct ParenExpr : Expr { Expr* x = nullptr; };

// (issue 3) What a selector denotes, set by the checker.
enum class SelKind : uint8_t {
  Unknown,
  Qualified,  // pkg.Name (fmt.Println, unsafe.Sizeof)
  Field,      // x.f: path gives the field, through embedded fields
  // (issue 5) x.M, a method of a package type govm implements natively
  // (sync.WaitGroup's Add, Done, Wait; sync.Mutex's Lock, Unlock), only
  // ever as the fun of a CallExpr (call_kind Native, native its NativeId).
  // The receiver is a pointer: x itself when path is empty and x is a
  // *sync.T; otherwise &x.path (implicit_addr): the address of x (or of
  // the embedded field path leads to, through x's pointer when x is one).
  Method,
};

struct SelectorExpr : Expr {
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // (issue 3) Set by the checker:
  SelKind sel_kind = SelKind::Unknown;
  // Field: field indices from x's type, one per struct crossed. Step i
  // indexes the struct that is (the underlying type of) the type reached so
  // far, after an implicit dereference when that type is a pointer: for
  // `p.X` with p *T, path = {index of X in T}; for an X promoted from an
  // embedded E, path = {index of E, index of X in E}.
  std::vector<int> path;
  // (issue 5) Method: the receiver is &x.path, an implicit address of an
  // addressable operand (false: x, or the pointer reached through path,
  // is the receiver itself).
  bool implicit_addr = false;
  // (issue 6, iface) Method: x.M used as a value, not called (a method
  // value: a closure {main.T.M-fm, receiver}); set by the checker. Also an
  // allocation site for escape analysis (Expr::escape).
  bool method_value = false;
};

struct IndexExpr : Expr {
  Expr* x = nullptr;
  Expr* index = nullptr;
  Pos lbrack;  // added by check: the '[', where gc reports "cannot index x" (invalid if unset)
  bool comma_ok = false;  // (issue 3) v, ok := m[k] / v, ok = m[k]: set by the checker
};

struct SliceExpr : Expr {
  Expr* x = nullptr;
  Expr* lo = nullptr;  // each may be nullptr
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool three = false;  // x[lo:hi:max]
};

struct TypeAssertExpr : Expr {
  Expr* x = nullptr;
  Expr* type_expr = nullptr;  // nullptr for x.(type)
  // (issue 6, iface) Set by the checker: v, ok := x.(T) / v, ok = x.(T) /
  // var v, ok = x.(T) want the second, bool result (no panic).
  bool comma_ok = false;
};

// What a call is, once checked.
// (issue 6, func) Func also covers calls through func values (CALLCLO):
// code generation tells them apart by `fun` not naming a declared function.
enum class CallKind : uint8_t { Unknown, Func, Conversion, Builtin, Native };

struct CallExpr : Expr {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  Pos lparen, rparen;
  Pos ellipsis;             // valid when f(x...)
  // Set by the checker:
  CallKind call_kind = CallKind::Unknown;
  int builtin = -1;         // Builtin id (types.h) for CallKind::Builtin
  int native = -1;          // NativeId for CallKind::Native (fmt.Println, ...)
  // (issue 6, iface) A conversion to an interface type the checker made
  // explicit (gc's OCONVIFACE): a value assigned, passed, returned, stored
  // or compared where an interface is wanted. call_kind Conversion, one
  // argument, fun a synthetic type name; printed as its argument alone.
  bool implicit = false;
  bool implicit_cmp = false;  // (iface) an operand of == / != with an interface: compared in place, never kept
};

struct StarExpr : Expr { Expr* x = nullptr; };

struct UnaryExpr : Expr {
  Token op = Token::Illegal;  // Add, Sub, Not, Xor, And (address-of), Arrow
  Expr* x = nullptr;
  // (issue 5) Arrow: a receive <-x (x a channel; Expr::type the element).
  // Set by the checker: v, ok := <-x / v, ok = <-x / var v, ok = <-x and
  // the same forms as a select case want the second, bool result.
  bool comma_ok = false;
};

struct BinaryExpr : Expr {
  Token op = Token::Illegal;
  Pos op_pos;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct KeyValueExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct ArrayTypeExpr : Expr {
  Expr* len = nullptr;   // nullptr for a slice type; Ellipsis for [...]T
  Expr* elem = nullptr;
};

struct Field : Node {
  std::vector<Ident*> names;  // empty for anonymous params / embedded fields
  Expr* type_expr = nullptr;
  BasicLit* tag = nullptr;
};

struct FieldList : Node {
  std::vector<Field*> list;
  size_t count() const;  // number of names (anonymous fields count 1)
};

struct StructTypeExpr : Expr { FieldList* fields = nullptr; };

struct FuncType : Expr {  // kind FuncType
  FieldList* params = nullptr;
  FieldList* results = nullptr;  // may be nullptr
};

struct InterfaceTypeExpr : Expr { FieldList* methods = nullptr; };

struct MapTypeExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };
struct ChanTypeExpr : Expr {
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

struct EllipsisExpr : Expr { Expr* elt = nullptr; };

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  Bad, Decl, Empty, Labeled, Expr, Send, IncDec, Assign, Go, Defer, Return,
  Branch, Block, If, CaseClause, Switch, TypeSwitch, CommClause, Select, For, Range,
};

struct Stmt : Node { StmtKind kind = StmtKind::Bad; };

struct GenDecl;
struct DeclStmt : Stmt { GenDecl* decl = nullptr; };
struct EmptyStmt : Stmt { bool implicit = false; };

struct LabeledStmt : Stmt {
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt { Expr* x = nullptr; };

struct SendStmt : Stmt {
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  Expr* x = nullptr;
  Token tok = Token::Inc;  // Inc or Dec
};

struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  Token tok = Token::Assign;  // Assign, Define, or an op-assign (AddAssign, ...)
  Pos tok_pos;
  std::vector<Expr*> rhs;
};

struct GoStmt : Stmt { CallExpr* call = nullptr; };
struct DeferStmt : Stmt { CallExpr* call = nullptr; };
struct ReturnStmt : Stmt { std::vector<Expr*> results; };

struct BranchStmt : Stmt {
  Token tok = Token::Break;  // Break, Continue, Goto, Fallthrough
  Ident* label = nullptr;
  Stmt* target = nullptr;    // set by the checker: the statement branched to
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos rbrace;
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // BlockStmt or IfStmt, may be nullptr
};

struct CaseClause : Stmt {
  std::vector<Expr*> list;  // empty for default
  bool is_default = false;
  std::vector<Stmt*> body;
  // (issue 6, iface) In a type switch `switch x := y.(type)`: the clause's
  // own x (go/types' implicit object), typed T for a clause of one type T,
  // else y's type; set by the checker. A nil case's Expr has Mode::Nil.
  Object* implicit_obj = nullptr;
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;      // may be nullptr (switch { ... })
  BlockStmt* body = nullptr;  // of CaseClause
};

struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Stmt* assign = nullptr;   // x := y.(type) or y.(type)
  BlockStmt* body = nullptr;
};

struct CommClause : Stmt {
  Stmt* comm = nullptr;     // send or receive; nullptr for default
  std::vector<Stmt*> body;
};

struct SelectStmt : Stmt { BlockStmt* body = nullptr; };

struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

struct RangeStmt : Stmt {
  Expr* key = nullptr;    // may be nullptr
  Expr* value = nullptr;  // may be nullptr
  Token tok = Token::Illegal;  // Define, Assign, or Illegal when no variables
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ------------------------------------------------------------- declarations

struct Spec : Node {};

struct ImportSpec : Spec {
  Ident* name = nullptr;     // may be nullptr
  BasicLit* path = nullptr;
  bool used = false;         // set by the checker
};

struct ValueSpec : Spec {     // in var and const declarations
  std::vector<Ident*> names;
  Expr* type_expr = nullptr;  // may be nullptr
  std::vector<Expr*> values;  // for const: inherited from the previous spec when empty
  int iota = 0;               // index of the spec in its const group
  bool implicit = false;      // const spec repeating the previous expression list
};

struct TypeSpec : Spec {
  Ident* name = nullptr;
  Expr* type_expr = nullptr;
  bool alias = false;         // type A = B
};

struct GenDecl : Node {
  Token tok = Token::Var;     // Import, Const, Type, Var
  std::vector<Spec*> specs;
};

struct FuncDecl : Node {
  FieldList* recv = nullptr;  // nullptr for functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // nullptr: declaration without body
  FuncLit* lit = nullptr;     // (issue 6, func) set when this is a closure's body (FuncLit::decl)
};

struct File {
  std::string path;
  Ident* package_name = nullptr;
  std::vector<GenDecl*> imports;
  std::vector<Node*> decls;   // GenDecl or FuncDecl, in source order (imports excluded)

  // Allocates a node owned by this file.
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    arena_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> arena_;
};

// e without its enclosing parentheses: ((x)) is x.
inline Expr* unparen(Expr* e) {
  while (e != nullptr && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
  return e;
}
inline const Expr* unparen(const Expr* e) { return unparen(const_cast<Expr*>(e)); }

// added: an expression as gc prints it in messages (syntax.String in
// ShortForm): "x + y", "f(a, b...)", "[]int{…}", "func(x int) {…}".
std::string expr_string(const Expr* x);

}  // namespace govm
