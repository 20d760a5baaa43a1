// Types, objects and scopes (go/types), and what the checker hands to code
// generation.
//
// Types are interned: two identical types are the same Type*, so identity is
// pointer equality. Sizes and alignments are Go's on amd64 (int and uint are
// 8 bytes, string is a 16-byte (ptr, len) header).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/constant.h"

namespace govm {

enum class TypeKindC : uint8_t {
  // basic, in Go's order
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // untyped constant kinds
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  // composite
  Array, Slice, Struct, Pointer, Func, Interface, Map, Chan,
  Named,  // a defined type: name + underlying
  Tuple,  // multiple results of a call
};

struct Type;

struct Param {
  std::string name;  // may be empty
  const Type* type = nullptr;
};

struct StructField {
  std::string name;
  const Type* type = nullptr;
  uint64_t offset = 0;
  bool embedded = false;
  // (check) The tag's value, unquoted (`json:"id"` is json:"id"); empty
  // when there is none. Part of the struct type's identity and spelling
  // (struct { X int "json:\"id\"" }), ignored by conversions. (The
  // initializer lets {name, type, offset, embedded} leave it out.)
  std::string tag = {};
};

struct Type {
  TypeKindC kind;
  uint64_t size = 0;
  uint64_t align = 1;
  std::string name;                 // Go's spelling: "int", "[]string", "main.Celsius"
  const Type* elem = nullptr;       // Array, Slice, Pointer, Map (value), Chan
  const Type* key = nullptr;        // Map
  uint64_t len = 0;                 // Array
  std::vector<StructField> fields;  // Struct
  std::vector<Param> params;        // Func; Tuple elements
  std::vector<Param> results;       // Func
  bool variadic = false;            // Func
  const Type* underlying_ = nullptr;  // Named (nullptr: itself)
  ChanDir chan_dir = ChanDir::Both;   // (issue 5) Chan: chan T, chan<- T (Send), <-chan T (Recv)
  // (issue 6, iface) Named: the methods declared on it (value and pointer
  // receivers alike), Func Objects in source order; Object::recv says
  // which. Filled by the checker (check_method.cpp) while it checks.
  std::vector<Object*> methods;
  // (issue 6, iface) Interface: its method set, embedded interfaces
  // flattened, sorted by name as Go sorts it; Param::type is the method's
  // signature (a Func type without receiver). Empty for interface{}.
  std::vector<Param> imethods;

  const Type* underlying() const { return underlying_ ? underlying_ : this; }
  bool is_integer() const;   // of the underlying type, typed or untyped
  bool is_unsigned() const;
  bool is_string() const;
  bool is_boolean() const;
  bool is_numeric() const;
  bool is_untyped() const;
  bool is_basic() const;
  bool is_comparable() const;
  bool is_ordered() const;
};

// All types of a compilation, interned.
class TypeTable {
 public:
  TypeTable();
  const Type* basic(TypeKindC k) const;  // Bool..UntypedNil
  const Type* byte_type() const { return basic(TypeKindC::Uint8); }
  const Type* rune_type() const { return basic(TypeKindC::Int32); }
  const Type* func(std::vector<Param> params, std::vector<Param> results, bool variadic);
  const Type* tuple(std::vector<Param> elems);
  // Default type of an untyped constant kind (UntypedInt -> int, ...).
  const Type* default_type(const Type* t) const;

  // Added by the checker (check):
  // byte and rune as written. go/types keeps them apart from uint8 and int32
  // only to print them as the programmer wrote them ("mismatched types byte
  // and untyped string"); they are Types of kinds Uint8 and Int32 named
  // "byte" and "rune". Only the checker sees them: before check_file
  // returns, every annotation (Expr::type, Object::type, signatures) is
  // canonicalized to basic(Uint8) / basic(Int32), so the pointer identity
  // promised above holds for everything code generation reads.
  const Type* byte_alias() const { return byte_alias_; }
  const Type* rune_alias() const { return rune_alias_; }
  // Interns a type built by the caller; its kind and name (Go's spelling)
  // are its identity. For the few composite types the checker must name
  // before their issue lands (error, any and []any in fmt's signatures).
  const Type* intern(Type t);

  // (issue 3) Composite types, interned by structure and with Go's sizes,
  // alignments, field offsets (padding as gc lays structs out) and
  // spellings ("*main.T", "[]int", "[3]int", "map[string]int",
  // "struct { X int; y string }"). Implemented by the checker's owner.
  const Type* pointer(const Type* elem);
  const Type* slice(const Type* elem);
  const Type* array(const Type* elem, uint64_t len);
  const Type* map(const Type* key, const Type* elem);
  // (issue 5) chan T, chan<- T, <-chan T: a pointer to the runtime's hchan
  // (8 bytes), spelled as Go does ("chan (<-chan int)" needs parentheses).
  const Type* chan(const Type* elem, ChanDir dir);
  const Type* strukt(std::vector<StructField> fields);  // offsets computed here
  // A new defined type ("main.Point"): distinct from every other, even one
  // of the same name declared in another scope. Its underlying type (and so
  // size and align) is set once resolved, which allows recursive types
  // (type List struct { next *List }).
  Type* new_named(std::string name);
  void set_underlying(Type* named, const Type* underlying);

 private:
  // (check) Interns t under key unless the key is taken; returns the one.
  const Type* add(const std::string& key, Type t);
  std::vector<std::unique_ptr<Type>> owned_;
  std::map<std::string, const Type*> by_key_;
  const Type* basic_[static_cast<int>(TypeKindC::UntypedNil) + 1] = {};
  const Type* byte_alias_ = nullptr;  // added by check
  const Type* rune_alias_ = nullptr;  // added by check
};

// Builtin functions, in Go's spec order.
enum class Builtin : uint8_t {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min,
  New, Panic, Print, Println, Real, Recover,
  // (issue 3, check) package unsafe's functions. Always folded to uintptr
  // constants (Expr::mode Constant): code generation never calls them.
  Sizeof, Alignof, Offsetof,
};

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, Builtin, Package, Label, Nil };

// Where a variable lives, decided by escape analysis (later issues move
// variables to the heap; for now every local is on the stack).
enum class Storage : uint8_t { Global, Stack, Heap };

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  Pos pos;
  const Type* type = nullptr;
  Constant value;              // Const
  int builtin = -1;            // Builtin
  std::string package_path;    // Package: "fmt"
  bool used = false;           // for "declared and not used"
  // Var:
  bool is_global = false;
  bool is_param = false;
  bool is_result = false;
  Storage storage = Storage::Stack;
  std::string escape_reason;   // why it is on the heap, when it is
  // Func:
  FuncDecl* decl = nullptr;
  // (issue 6, iface) Func: a method's receiver type (T or *T, T Named);
  // nullptr for a function. Object::type is then the signature without
  // the receiver (Go's method type); the receiver is the first parameter.
  const Type* recv = nullptr;
  const Type* recv_sig = nullptr;  // (iface) a method's signature with the receiver as first parameter
};

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  Object* lookup_local(const std::string& name) const;
  Object* lookup(const std::string& name) const;  // through parents
  // Returns the previous object with that name in this scope, or nullptr
  // after inserting.
  Object* insert(Object* obj);

 private:
  Scope* parent_;
  std::map<std::string, Object*> objs_;
};

// One package-level variable initialization, in the order Go runs them.
// (check:) As in go/types' Info.InitOrder, only variables with an
// initializer appear; the others start zeroed and need no code.
struct GlobalInit {
  std::vector<Object*> lhs;    // one, or several for var a, b = f()
  Expr* rhs = nullptr;         // nullptr: zero value
  bool constant_init = false;  // rhs is a constant: the value goes in data at link time
};

// (issue 3) One line of `govm build -m`: what gc's -m prints
// ("moved to heap: x", "new(int) does not escape", "leaking param: p"), at
// its position; explanation holds the extra lines -m=2 prints after it
// (the flow that made it escape), without the position prefix.
struct EscapeNote {
  Pos pos;
  std::string message;
  std::vector<std::string> explanation;
};

// What the checker hands to code generation.
struct CheckedPackage {
  File* file = nullptr;
  TypeTable* types = nullptr;
  std::vector<Object*> globals;        // package-level vars in source order
  std::vector<GlobalInit> init_order;  // Go's initialization order
  std::vector<FuncDecl*> funcs;        // every function with a body, in source order
                                       // (check: but for `func _()`, checked yet never callable)
  std::vector<FuncDecl*> init_funcs;   // func init() in source order (main.init.0, ...)
  FuncDecl* main_func = nullptr;
  // (issue 6, func) Every func literal, in source order (outer before
  // inner), named and with its captures (compiler/closure.cpp); each one's
  // FuncLit::decl is generated as a function of its own.
  std::vector<FuncLit*> closures;
  // (issue 6, func) Local variables defined by a func literal and never
  // assigned again nor address-taken (gc's ir.StaticValue): a call through
  // one is a call of that closure, for escape analysis.
  std::map<const Object*, FuncLit*> static_closures;
  // (issue 3) Escape analysis' decisions (compiler/escape.cpp), sorted as
  // gc prints them (by line, then column); Object::storage/escape_reason and
  // Expr::escape hold the same decisions for code generation.
  std::vector<EscapeNote> escape_notes;
  std::vector<std::unique_ptr<Object>> objects;  // owns every Object
  std::vector<std::unique_ptr<Scope>> scopes;    // owns every Scope
  std::unique_ptr<TypeTable> type_table;         // owns *types
  // (issue 6, iface) Set when the program uses errors.New: the type
  // *errors.errorString and error, for its itab (compiler/itab.cpp).
  std::vector<SelectorExpr*> method_values;  // (iface) x.M selectors; those still method_value are values
  const Type* errors_string_ptr = nullptr;
  const Type* error_type = nullptr;
  const Type* fmt_wrap_error_ptr = nullptr;  // (issue 6, errs) set when the program uses fmt.Errorf
  // (issue 6) Set when the program calls recover or names runtime.Error:
  // runtime.boundsError, errorString, plainError, *TypeAssertionError,
  // and runtime.Error (compiler/runtime_errors.cpp).
  std::vector<const Type*> runtime_error_types;
  const Type* runtime_error_iface = nullptr;
  // (issue 6, errs) fmt.Errorf's *fmt.wrapErrors (with fmt_wrap_error_ptr),
  // errors.Join's *errors.joinError, and the functions of package errors
  // the program names that need drivers (NativeId errors_Is, errors_As,
  // errors_Unwrap, errors_Join) with their signatures (codegen_errors.cpp).
  const Type* fmt_wrap_errors_ptr = nullptr;
  const Type* errors_join_error_ptr = nullptr;
  std::map<int, const Type*> errors_funcs;
  // (issue 6, strconv) Set when the program uses strconv's parsing, NumError
  // or its errors: *strconv.NumError (its itab, compiler/itab.cpp) and the
  // package variables strconv.ErrSyntax and strconv.ErrRange, which the
  // linker places in data with their *errors.errorString (link.cpp).
  const Type* strconv_numerror_ptr = nullptr;
  std::vector<Object*> strconv_errors;
};

}  // namespace govm
