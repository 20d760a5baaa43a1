// The type checker's internals: the Checker and what it works with.
//
// The checker follows go/types (cmd/compile/internal/types2) closely, in
// structure and in its messages, so that a student's error reads as gc's:
//
//   check.cpp        the driver: universe, package objects (collected in
//                    source order, then checked lazily with colours so that
//                    a use can check a later declaration first), function
//                    bodies, initialization order, unused imports, main;
//   check_expr.cpp   operands, constants, conversions, calls, operators;
//   check_types.cpp  type expressions and declarations: named types,
//                    structs (fields, embedding), arrays, slices, maps,
//                    pointers, recursive types and their cycles;
//   check_composite.cpp  composite literals, selectors (field lookup
//                    through embedded fields), index and slice expressions;
//   check_builtins.cpp  the builtins (len, cap, new, make, append, copy,
//                    delete, print, println) and package unsafe;
//   check_stmt.cpp   statements, assignments, scopes, unused variables,
//                    branches and labels (gc's syntax.checkBranches),
//                    terminating statements ("missing return");
//   check_chan.cpp   (issue 5) send, receive, select, go statements;
//   universe.cpp     predeclared names and the members of packages fmt,
//                    runtime, sync and time.
//
// Checking an expression yields an Operand (go/types' operand: a mode, a
// type, a constant value); record() writes it into the Expr, which is how
// code generation sees it. An untyped operand keeps its untyped type until
// its context fixes it; update_expr_type() then retypes the expression and
// its untyped operands, as go/types' updateExprType does, so that after a
// successful check every evaluated expression has a typed type (the
// CONTRACT in compiler/types.h and ast.h).
//
// What code generation may rely on once check_file returns a package
// (issue 3, in addition to the above):
//   - every evaluated expression has a mode and a canonical interned type:
//     identical types are one Type*, byte and rune are uint8 and int32 down
//     to struct fields and elements ([]byte is "[]uint8", as %T prints);
//     a defined type is a Named ("main.T", local ones too) whose
//     underlying() is set; constants are folded into their final type;
//   - nil has Mode::Nil and the type it takes (the pointer, slice or map
//     type it is assigned, passed, compared or converted to);
//   - m[k] has Mode::MapIndex (assignable, never addressable);
//     IndexExpr::comma_ok marks v, ok := m[k] / v, ok = m[k] / var v, ok =
//     m[k]; the ok side is a bool (or the bool type it is assigned to);
//   - SelectorExpr::sel_kind is Qualified (fmt.X, unsafe.X) or Field with
//     SelectorExpr::path; a field selector is a Variable when its operand
//     is a variable or a pointer was followed, else a Value (fields are
//     not Objects: the selector's sel and a struct literal's key Idents
//     have obj == nullptr, the field's type, and the path or index says
//     which field);
//   - CompositeLit::lit_type (struct, array, slice or map, maybe Named),
//     addr (elided &T: Expr::type is *lit_type), indices (struct field or
//     element index per element; -1 for an element in error) and len
//     (elements of an array or slice literal, max index + 1);
//   - CallExpr::call_kind: Builtin with builtin (new, make, append, copy,
//     delete, len, cap, print, println), Conversion with Expr::type the
//     target (including string <-> []byte/[]rune and integer -> string);
//     unsafe.Sizeof/Alignof/Offsetof and len/cap of an array (or *array)
//     without calls are Constants, whose arguments are not evaluated;
//   - (issue 5) channels, receives, select, go statements and sync's
//     methods as check_chan.cpp's header describes them.
//
// What govm does not support yet is reported where it appears, by name
// ("govm does not support pointers yet"), and makes the operand invalid,
// which silences follow-on errors as any invalid operand does.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/diag.h"
#include "compiler/types.h"

namespace govm {

// The value of a Go string literal as written, quotes included ("a\tb" or
// `raw`): for constants and for struct tags (check_expr.cpp).
std::string unquote_string(const std::string& text);

// The result of checking an expression (go/types' operand).
struct Operand {
  Mode mode = Mode::Invalid;
  Expr* expr = nullptr;          // the expression, when there is one
  const Type* type = nullptr;    // nullptr when invalid
  std::optional<Constant> val;   // for Mode::Constant
  int builtin = -1;              // for Mode::Builtin
  bool invalid() const { return mode == Mode::Invalid; }
};

// How an expression may be used as a statement (go/types' exprKind).
enum class ExprUse : uint8_t { Conversion, Expression, Statement };

// A package-level object's declaration (go/types' declInfo).
struct DeclInfo {
  Expr* type_expr = nullptr;     // const and var
  Expr* init = nullptr;          // const and var initializer, if any
  std::vector<Object*> lhs;      // n:1 var declaration: all its variables
  FuncDecl* fdecl = nullptr;     // func
  TypeSpec* tspec = nullptr;     // type
  int iota = 0;                  // const
  bool inherited = false;        // const: init repeats an earlier spec's
  std::vector<Object*> deps;     // package-level objects used, first use first
  std::set<Object*> dep_set;
  void add_dep(Object* obj) {
    if (dep_set.insert(obj).second) deps.push_back(obj);
  }
};

// Where checking is: saved and restored around a lazily checked
// package-level declaration and around function bodies.
struct CheckContext {
  Scope* scope = nullptr;
  DeclInfo* decl = nullptr;            // receives dependencies
  std::optional<__int128> iota;        // inside a constant declaration
  Pos errpos;                          // inherited const init: report here
  const Type* sig = nullptr;           // the function being checked
  std::vector<Object*> results;        // its result variables (named "" if unnamed)
};

class Checker {
 public:
  Checker(File& file, Diagnostics& diags, CheckedPackage& pkg);
  // Checks the whole file; true when no error was reported.
  bool check_package();

  // ------------------------------------------------------------ check.cpp
 private:
  friend struct BranchChecker;

  // errors
  void error(Pos pos, const std::string& msg);
  void unsupported(Pos pos, const std::string& what);
  std::string pos_string(Pos pos) const;  // "prog.go:3:5", as sub-lines print it

  Object* new_object(ObjKind kind, const std::string& name, Pos pos, const Type* type);
  Scope* new_scope(Scope* parent);
  bool declare(Scope* scope, Ident* id, Object* obj);  // false: blank, or redeclared

  void collect_imports();
  void collect_objects();
  void collect_const_group(GenDecl* gd);
  void collect_var_spec(ValueSpec* vs);
  void collect_func(FuncDecl* fd);
  DeclInfo* new_decl(DeclInfo info);
  void declare_pkg_obj(Ident* id, Object* obj, DeclInfo* info);
  void arity(Pos pos, const std::vector<Ident*>& names, const std::vector<Expr*>& inits, bool const_decl,
             bool inherited);

  void package_objects();
  void obj_decl(Object* obj);
  void const_decl(Object* obj, Expr* type_expr, Expr* init, bool inherited);
  void var_decl(Object* obj, const std::vector<Object*>& lhs, Expr* type_expr, Expr* init);
  void func_decl(Object* obj, DeclInfo& info);
  const Type* func_type(FuncType* sig, Scope* scope, std::vector<Object*>* params,
                        std::vector<Object*>* results);
  void func_bodies();
  void func_body(FuncDecl* fd, DeclInfo* info);
  // (issue 6, func) check_func.cpp: func(int) string as a type, and func
  // literals, whose bodies are checked where they appear.
  const Type* func_type_expr(FuncType* ft);
  void func_lit(Operand& x, FuncLit* e);
  const Type* variadic_param(EllipsisExpr* e, bool result, bool last);  // ...T as a parameter: []T

  void init_order();
  std::vector<Object*> find_path(Object* from, Object* to, std::set<Object*>& seen);
  void report_cycle(const std::vector<Object*>& cycle);
  void unused_imports();
  void check_main();
  // byte and rune replaced by uint8 and int32, through composite types.
  const Type* canonical(const Type* t) const;
  void canonicalize();
  // types2's spelling of the types in a message: "T", not "main.T";
  // "struct{a int}", not reflect's "struct { a int }".
  std::string types2_spelling(const std::string& msg) const;
  std::string gc_type_string(const Type* t) const;  // gc's, not types2's: T, struct { a int }
  bool defined_type_at(const std::string& msg, size_t at) const;
  static bool is_const_type(const Type* t);

  // Every Expr under a node, types included, in source order.
  static void walk(Expr* e, const std::function<void(Expr*)>& f);
  static void walk(Stmt* s, const std::function<void(Expr*)>& f);
  static void walk(GenDecl* gd, const std::function<void(Expr*)>& f);
  void mark_used_in(Stmt* s, Expr* e);
  // Reports a statement outside the subset and marks what it uses as used,
  // so that its variables do not also get "declared and not used".
  void refuse(Stmt* s, const char* what);

  // ------------------------------------------------------------ universe.cpp
  void init_universe();
  static const char* builtin_name(int id);
  static bool builtin_supported(int id);
  // fmt.NAME: the Func object of a supported member, nullptr otherwise;
  // *exists says whether fmt exports NAME at all (for "undefined: fmt.X").
  Object* fmt_member(const std::string& name, bool* exists, std::string* near);
  const Type* fmt_signature(int native);
  // (issue 4) runtime.NAME, as fmt_member: GC, KeepAlive, ReadMemStats (Func
  // objects of natives) and MemStats (a TypeName); nullptr for the others.
  Object* runtime_member(const std::string& name, bool* exists, std::string* near);
  const Type* runtime_signature(int native);
  const Type* memstats_type();  // runtime.MemStats, Go's layout
  // (issue 5) Packages sync and time, as runtime: sync.WaitGroup and
  // sync.Mutex (Go 1.19's layouts) with their methods (sync_method),
  // time.Duration, its constants and time.Sleep. nullptr for the names
  // the package exports that govm refuses.
  Object* sync_member(const std::string& name, bool* exists, std::string* near);
  Object* time_member(const std::string& name, bool* exists, std::string* near);
  Object* os_member(const std::string& name, bool* exists, std::string* near);  // (issue 6) os_pkg.cpp
  const Type* waitgroup_type();
  const Type* mutex_type();
  const Type* duration_type();
  // The method `name` of sync type t (sync.WaitGroup or sync.Mutex, not a
  // pointer): a Func object of its native; nullptr when t has none that
  // govm implements (*refused: it has one, refused by name).
  Object* sync_method(const Type* t, const std::string& name, bool* refused);
  bool is_package_type(const Type* t) const;  // sync.*, time.*, runtime.* defined types
  // (issue 6) Packages strings and strconv (strings_pkg.cpp), as sync:
  // their functions govm implements are Func objects of natives (Go's
  // signatures), strings.Builder a defined type with Go's layout whose
  // methods strings_method finds (sync_method hands Builder to it).
  Object* strings_member(const std::string& name, bool* exists, std::string* near);
  Object* package_func(const struct PkgFunc& f);  // (issue 6) strings_pkg.cpp
  Object* strconv_member(const std::string& name, bool* exists, std::string* near);
  const Type* builder_type();
  Object* strings_method(const Type* t, const std::string& name, bool* refused);
  // (issue 6, strconv) *strconv.NumError's Error and Unwrap for a direct
  // call (sync_method hands NumError to it); declare_strconv_errors makes
  // NumError (with those methods in its method set), ErrSyntax, ErrRange.
  Object* strconv_method(const Type* t, const std::string& name);
  void declare_strconv_errors();
  const Type* error_type_for_signatures();  // `error` as fmt_signature spells it

  // ------------------------------------------------------------ check_expr.cpp
  std::string operand_string(const Operand& x) const;
  static std::string const_string(const Constant& v, const Type* t);
  std::string expr_str(const Expr* e) const;
  static Pos start_pos(const Expr* e);
  void record(Operand& x);
  bool identical(const Type* a, const Type* b) const;
  // go/types' IdenticalIgnoreTags: identical but for struct tags, at any
  // depth (conversions allow it).
  bool identical_ignore_tags(const Type* a, const Type* b) const;
  // The default type of an untyped kind, rune spelled as such.
  const Type* default_type(const Type* t) const;
  std::string types_summary(const std::vector<const Type*>& list, bool variadic) const;

  ExprUse raw_expr(Operand& x, Expr* e);         // records the result in e
  ExprUse expr_internal(Operand& x, Expr* e);
  void expr(Operand& x, Expr* e);                 // a single value
  void require_value(Operand& x, Expr* e);
  void expr_or_type(Operand& x, Expr* e);         // a value or a type
  void expr_with_tuple(Operand& x, Expr* e);      // a value, or a call's several
  std::vector<Operand> expr_list(const std::vector<Expr*>& list, bool allow_tuple);
  void single_value(Operand& x);
  const Type* type_expr(Expr* e);                 // a type, nullptr when invalid
  const Type* type_internal(Expr* e);

  // ------------------------------------------------------------ check_types.cpp
  void type_decl(Object* obj, TypeSpec* ts);
  const Type* indirect_type_expr(Expr* e);
  void declare_forward_types();
  const Type* array_type(ArrayTypeExpr* e);
  bool array_length(Expr* e, uint64_t* n);
  const Type* struct_type(StructTypeExpr* e);
  const Type* map_type(MapTypeExpr* e);
  const Type* chan_type(ChanTypeExpr* e);  // (issue 5)
  // (issue 5) gc's "channel element type too large (>64kB)", a back-end
  // error reported only when type checking succeeds (as print_errors_).
  void chan_elem_size(const Type* t, Pos pos);
  // False (after reporting a cycle when t is being declared) when t is a
  // defined type whose underlying type is not known: its size is needed.
  bool complete(const Type* t);
  void cycle_error(size_t from);
  void process_later();
  std::string incomparable_cause(const Type* t) const;
  static std::string kind_string(const Type* t);

  // ------------------------------------------------------------ check_composite.cpp
  // A field by name through embedded fields (go/types' lookupFieldOrMethod
  // without methods): the path of field indices, the field's type, and
  // whether a pointer was followed on the way. 0 found, 1 not found,
  // 2 ambiguous.
  int lookup_field(const Type* t, const std::string& name, std::vector<int>* path, const Type** type,
                   bool* indirect) const;
  void field_selector(Operand& x, SelectorExpr* e);
  // (issue 5) x.M for a method of sync.WaitGroup or sync.Mutex (directly,
  // through a pointer, or promoted from an embedded field): true when it
  // handled the selector (x is then the method's Func value, or invalid).
  bool method_selector(Operand& x, SelectorExpr* e);
  void unsafe_selector(Operand& x, SelectorExpr* e);
  void struct_lit(CompositeLit* e, const Type* base, const Type* u);
  int64_t indexed_elts(CompositeLit* e, const Type* elem, int64_t length);
  void map_lit(CompositeLit* e, const Type* u);
  void elem_value(Operand& x, Expr* e, const Type* elem, const std::string& context);
  bool comma_ok_map_index(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops);
  bool use(const std::vector<Expr*>& list);       // check, for errors and uses only
  bool use_lhs(const std::vector<Expr*>& list);

  void ident(Operand& x, Ident* e);
  void basic_lit(Operand& x, BasicLit* e);
  void composite_lit(Operand& x, CompositeLit* e);
  void unary(Operand& x, UnaryExpr* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Token op, Pos op_pos);
  void shift(Operand& x, Operand& y, Expr* e, Token op, Pos op_pos);
  void comparison(Operand& x, Operand& y, Token op, bool switch_case);
  void match_types(Operand& x, Operand& y);
  bool op_ok(Token op, Operand& x, bool unary_op);
  void overflow(Operand& x, Pos opos);  // (const) opos: the operator, for gc's "constant shift overflow"

  void convert_untyped(Operand& x, const Type* target);
  // 0 when x fits target; else 1 (cannot convert), 2 (overflows), 3 (truncated).
  int implicit_type_and_value(Operand& x, const Type* target, const Type** new_type);
  bool representable(Operand& x, const Type* t, int* code);
  void update_expr_type(Expr* e, const Type* t, bool final);
  void invalid_conversion(int code, const Operand& x, const Type* target);
  void assignment(Operand& x, const Type* t, const std::string& context);
  bool assignable_to(const Operand& x, const Type* t) const;
  void conversion(Operand& x, const Type* t);
  bool convertible(const Operand& x, const Type* t) const;

  ExprUse call(Operand& x, CallExpr* e);
  void arguments(CallExpr* call, const Type* sig, std::vector<Operand>& args, const std::string& fname);
  ExprUse builtin_call(Operand& x, CallExpr* call, int id);
  // ------------------------------------------------------------ check_builtins.cpp
  bool builtin_args(CallExpr* call, const std::string& name, size_t min, size_t max);
  void builtin_len_cap(Operand& x, CallExpr* call, int id);
  void builtin_new(Operand& x, CallExpr* call);
  void builtin_make(Operand& x, CallExpr* call);
  void builtin_append(Operand& x, CallExpr* call);
  void builtin_copy(Operand& x, Operand& y);
  void builtin_delete(Operand& x, Operand& k);
  void builtin_close(Operand& x);  // (issue 5)
  void builtin_panic(Operand& x);  // (issue 6) check_panic.cpp
  void builtin_recover(Operand& x);  // (issue 6) check_panic.cpp
  // (issue 6) x.(T) and v, ok := x.(T) (check_iface.cpp).
  void type_assert(Operand& x, TypeAssertExpr* ta);
  // (issue 6, iface) Interface types, any and error, satisfaction (check_iface.cpp).
  const Type* any_type();  // the empty interface, any
  const Type* error_type();
  const Type* interface_of(std::vector<Param> methods);
  const Type* interface_type(InterfaceTypeExpr* e);
  bool implements(const Type* t, const Type* iface, std::string* why);
  std::string not_implemented(const Type* t, const Type* iface);  // "" when it does
  const Type* error_ = nullptr;
  void make_conversions_explicit();
  Object* fmt_stringer();
  Object* errors_member(const std::string& name, bool* exists, std::string* near);  // errors.New, errors.Is
  void declare_error_string();  // (issue 6, errs) check_iface.cpp
  void declare_wrap_error();    // (issue 6, errs) fmt.Errorf's types
  void declare_runtime_errors();        // (issue 6) runtime_errors.cpp: what recover can return
  const Type* runtime_error_iface();    // runtime.Error, declaring the above
  std::map<std::string, Object*> errors_members_;  // fmt.Stringer, a TypeName: interface { String() string }
  Object* fmt_stringer_ = nullptr;
  void type_switch_stmt(TypeSwitchStmt* s);
  std::string missing_cause(const Type* t, const Type* iface);  // "(missing method M)", "" when it implements
  bool comma_ok_assert(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops);
  // (issue 6) A call of the predeclared panic (a terminating statement).
  static bool is_panic_call(const Expr* e);
  void builtin_unsafe(Operand& x, CallExpr* call, int id);
  bool make_size(Expr* e, int64_t* value);
  void selector(Operand& x, SelectorExpr* e);
  bool index(Expr* e, int64_t max, int64_t* value);
  void index_expr(Operand& x, IndexExpr* e);
  void slice_expr(Operand& x, SliceExpr* e);

  // ------------------------------------------------------------ check_method.cpp
  // (issue 6, iface) Methods: declarations, lookup of fields and methods
  // together, method sets.
  void collect_method(FuncDecl* fd);
  void method_decl(Object* obj, DeclInfo& info);
  Object* type_object(const Type* t) const;   // the package-level TypeName of t, or nullptr
  bool local_named_type(const Type* t) const;  // a defined type declared at package level
  Pos field_pos(const Type* t, const std::string& name) const;
  void ensure_methods(const Type* t);
  struct Lookup {
    enum Result { NotFound, Field, Method, Ambiguous } result = NotFound;
    std::vector<int> path;          // Field: to the field; Method: to the embedded receiver
    const Type* field_type = nullptr;
    Object* method = nullptr;
    const Type* holder = nullptr;   // Method: the type declaring it
    bool indirect = false;          // a pointer was followed on the way
  };
  Lookup lookup_field_or_method(const Type* t, const std::string& name);
  Object* interface_method(const Type* t, const Param& m);
  bool user_method_selector(Operand& x, SelectorExpr* e);
  bool is_user_method(const Expr* fun) const;
  struct MethodEntry {
    std::string name;
    Object* method;
    bool ptr_only;  // a pointer-receiver method reached without a pointer: not in T's set
  };
  std::vector<MethodEntry> method_set(const Type* t);
  std::map<std::string, std::vector<Object*>> methods_by_base_;  // receiver base name -> methods
  std::set<const Type*> methods_done_;
  std::map<std::pair<const Type*, std::string>, Object*> iface_methods_;

  // ------------------------------------------------------------ check_stmt.cpp
  void open_scope();
  void close_scope();
  Object* new_local_var(Ident* id);
  void declare_local_var(Ident* id, Object* v);
  void stmt_list(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void simple_stmt(Stmt* s);
  void expr_stmt(ExprStmt* s);
  void assign_stmt(AssignStmt* s);
  void incdec_stmt(IncDecStmt* s);
  void return_stmt(ReturnStmt* s);
  void if_stmt(IfStmt* s);
  void for_stmt(ForStmt* s);
  void range_stmt(RangeStmt* s);
  void switch_stmt(SwitchStmt* s);
  void case_values(Operand& tag, CaseClause* clause, std::vector<std::pair<Operand, Pos>>& seen);
  void decl_stmt(DeclStmt* s);
  void local_const_group(GenDecl* gd);
  void local_var_spec(ValueSpec* vs);
  void condition(Expr* cond, const char* what);
  // (issue 5) goroutines and channels (check_chan.cpp)
  void send_stmt(SendStmt* s);
  void go_stmt(GoStmt* s);
  void defer_stmt(DeferStmt* s);  // (issue 6) check_panic.cpp
  void select_stmt(SelectStmt* s);
  void recv(Operand& x, UnaryExpr* e);  // <-x
  // v, ok := <-c: as comma_ok_map_index, for a receive.
  bool comma_ok_recv(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops);
  // fmt's %v of a time.Duration calls its String method: refused (the
  // integer verbs of a constant Printf format are fine).

  bool lhs_var(Expr* lhs, const Type** t);
  void assign_var(Expr* lhs, Expr* rhs, Operand* x, const std::string& context);
  void assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  bool refuse_native_results(const std::vector<Operand>& ops);
  void init_var(Object* lhs, Operand& x, const std::string& context);
  void init_vars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, ReturnStmt* ret);
  void init_const(Object* lhs, Operand& x);
  void short_var_decl(AssignStmt* s);
  void assign_error(const std::vector<Expr*>& rhs, size_t l, size_t r);
  void return_error(ReturnStmt* ret, const std::vector<Object*>& lhs, const std::vector<Operand>& rhs);
  void usage();

  bool is_terminating(Stmt* s, const std::string& label);
  bool is_terminating_list(const std::vector<Stmt*>& list, const std::string& label);
  void check_branches(BlockStmt* body);

  // ------------------------------------------------------------ state
  File& file_;
  Diagnostics& diags_;
  CheckedPackage& pkg_;
  TypeTable& types_;

  Scope* universe_ = nullptr;
  Scope* pkg_scope_ = nullptr;
  Scope* file_scope_ = nullptr;
  CheckContext ctx_;

  // Universe objects the checker recognizes.
  Object* iota_obj_ = nullptr;
  std::map<Object*, std::string> unsupported_names_;  // float64, error, ...
  std::map<std::string, Object*> fmt_members_;
  std::map<Object*, int> natives_;                 // fmt member -> NativeId
  std::map<std::string, Object*> runtime_members_; // (issue 4) package runtime's supported names
  Object* os_exit_ = nullptr;                      // (issue 6) os.Exit, os_pkg.cpp
  const Type* memstats_ = nullptr;                 // (issue 4) runtime.MemStats, once built
  std::map<std::string, Object*> sync_members_;    // (issue 5) package sync's supported names
  std::map<std::string, Object*> time_members_;    // (issue 5) package time's supported names
  std::map<std::string, Object*> sync_methods_;    // (issue 5) "WaitGroup.Add" -> its Func object
  const Type* waitgroup_ = nullptr;                // (issue 5) sync.WaitGroup, once built
  const Type* mutex_ = nullptr;                    // (issue 5) sync.Mutex, once built
  const Type* duration_ = nullptr;                 // (issue 5) time.Duration, once built
  std::map<std::string, Object*> strings_members_; // (issue 6) packages strings and strconv:
  std::map<std::string, Object*> strconv_members_; //   supported names, and
  std::map<std::string, Object*> strings_methods_; //   "Builder.WriteString" -> its Func object
  const Type* builder_ = nullptr;                  // (issue 6) strings.Builder, once built
  const Type* numerror_ = nullptr;                 // (issue 6, strconv) strconv.NumError, once built

  // Package-level objects.
  std::vector<Object*> pkg_objects_;               // in source order
  std::unordered_map<Object*, int> order_;         // source order index
  std::unordered_map<Object*, DeclInfo*> objmap_;
  std::vector<std::unique_ptr<DeclInfo>> decls_;
  enum class Color : uint8_t { White, Grey, Black };
  std::unordered_map<Object*, Color> color_;
  std::unordered_map<Object*, bool> invalid_;     // checked, but its type is invalid
  static constexpr int kMaxDeclNesting = 10000;    // obj_decl within obj_decl
  int decl_nesting_ = 0;
  std::vector<FuncDecl*> bodies_;                  // to check, in source order
  std::vector<FuncDecl*> bodiless_;                // "missing function body", unless other errors
  // (diff3 B8) print/println of an array or struct is gc's walk-time
  // error "illegal types for operand: print": reported, at the call's '(',
  // only when type checking found no error, and not for calls in code
  // gc's deadcode pass drops first (dead_code_ > 0 while checking them).
  std::vector<std::pair<Pos, std::string>> print_errors_;
  int dead_code_ = 0;
  size_t type_errors_ = 0;                         // errors other than "does not support"
  std::unordered_map<FuncDecl*, Object*> func_objs_;
  std::unordered_map<FuncDecl*, Scope*> func_scopes_;              // parameters and results
  std::unordered_map<FuncDecl*, std::vector<Object*>> func_results_;
  std::vector<std::pair<ImportSpec*, Object*>> imports_;  // of fmt, runtime, unsafe: "imported and not used"
  std::unordered_map<Object*, Ident*> names_;      // package-level variables' names
  Object* unsafe_pkg_ = nullptr;                   // import "unsafe", when imported
  std::set<std::string> refused_methods_;          // names of methods refused: x.M is then silent

  // Types.
  std::vector<Type*> named_types_;                 // every defined type, for canonicalize
  std::vector<Object*> type_path_;                 // type declarations being checked, outermost first
  std::set<Object*> cycle_reported_;               // "invalid recursive type" said once per cycle
  std::set<const Type*> presized_;                 // defined types being declared whose size is known
                                                   // from their syntax (pointer, slice, map: no cycle)
  std::set<Object*> forward_;                      // package types named behind a pointer, slice or map
                                                   // while declaring another: Named made, not yet declared
  std::vector<Object*> forward_queue_;             // forward_, in the order met: declared next
  Object* forward_use_ = nullptr;                  // the forward type being named behind an indirection
  std::vector<std::function<void()>> later_;       // checks that need complete types (go/types' later)
  mutable std::unordered_map<const Type*, const Type*> canonical_;
  const Type* lit_hint_ = nullptr;                 // the element type an untyped {...} takes

  // The function being checked.
  std::vector<Object*> fn_vars_;                   // local variables, for usage()

  // The checker's own types (interned in types_).
  const Type* int_ = nullptr;
  const Type* uint_ = nullptr;
  const Type* bool_ = nullptr;
  const Type* string_ = nullptr;
  const Type* untyped_int_ = nullptr;
  const Type* untyped_bool_ = nullptr;
};

}  // namespace govm
