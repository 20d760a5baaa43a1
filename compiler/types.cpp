// Types, the type table and scopes (go/types' type.go, universe sizes,
// scope.go).
//
// Every type of a compilation lives in one TypeTable and is interned: the
// table builds a type once per key and hands out the same pointer after,
// so identical types compare equal as pointers. The key of a composite
// type is its kind and Go spelling with parameter names left out, since
// names do not take part in identity (func(a int) and func(b int) are the
// same type); the first spelling seen is the one messages print.
//
// Two basic types break the rule on purpose, and only while checking:
// byte_alias() and rune_alias() are uint8 and int32 spelled "byte" and
// "rune" (go/types keeps the alias objects' own Basic types for the same
// reason: messages say what the programmer wrote). The checker replaces
// them by the canonical types before it returns (check.cpp, canonicalize).
//
// Sizes and alignments are gc's on amd64: int, uint and uintptr are 8
// bytes, a string header 16 (pointer, length), complex128 16 aligned to 8.
// Untyped kinds have no size; they never reach memory.
//
// A Scope maps names to objects and points to its parent; lookup walks
// outwards, as go/types' LookupParent does (without positions: the checker
// inserts a local object only when its scope begins).
#include "compiler/types.h"

#include <algorithm>
#include <cstdint>

#include "runtime/strconv.h"

namespace govm {

// ------------------------------------------------------------- predicates

namespace {

bool kind_in(TypeKindC k, TypeKindC lo, TypeKindC hi) { return k >= lo && k <= hi; }

}  // namespace

bool Type::is_integer() const {
  TypeKindC k = underlying()->kind;
  return kind_in(k, TypeKindC::Int, TypeKindC::Uintptr) || k == TypeKindC::UntypedInt ||
         k == TypeKindC::UntypedRune;
}

bool Type::is_unsigned() const { return kind_in(underlying()->kind, TypeKindC::Uint, TypeKindC::Uintptr); }

bool Type::is_string() const {
  TypeKindC k = underlying()->kind;
  return k == TypeKindC::String || k == TypeKindC::UntypedString;
}

bool Type::is_boolean() const {
  TypeKindC k = underlying()->kind;
  return k == TypeKindC::Bool || k == TypeKindC::UntypedBool;
}

bool Type::is_numeric() const {
  TypeKindC k = underlying()->kind;
  return kind_in(k, TypeKindC::Int, TypeKindC::Complex128) ||
         kind_in(k, TypeKindC::UntypedInt, TypeKindC::UntypedFloat);
}

bool Type::is_untyped() const { return kind_in(kind, TypeKindC::UntypedBool, TypeKindC::UntypedNil); }

bool Type::is_basic() const { return kind_in(underlying()->kind, TypeKindC::Bool, TypeKindC::UntypedNil); }

bool Type::is_comparable() const {
  const Type* u = underlying();
  switch (u->kind) {
    case TypeKindC::Slice:
    case TypeKindC::Map:
    case TypeKindC::Func:
    case TypeKindC::Tuple:
    case TypeKindC::UntypedNil:
      return false;
    case TypeKindC::Array:
      return u->elem->is_comparable();
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) {
        if (!f.type->is_comparable()) return false;
      }
      return true;
    default:
      return true;
  }
}

bool Type::is_ordered() const {
  TypeKindC k = underlying()->kind;
  return is_integer() || is_string() || kind_in(k, TypeKindC::Float32, TypeKindC::Float64) ||
         k == TypeKindC::UntypedFloat;
}

// ------------------------------------------------------------- type table

namespace {

struct BasicInfo {
  TypeKindC kind;
  const char* name;
  uint64_t size;
  uint64_t align;
};

constexpr BasicInfo kBasics[] = {
    {TypeKindC::Bool, "bool", 1, 1},
    {TypeKindC::Int, "int", 8, 8},
    {TypeKindC::Int8, "int8", 1, 1},
    {TypeKindC::Int16, "int16", 2, 2},
    {TypeKindC::Int32, "int32", 4, 4},
    {TypeKindC::Int64, "int64", 8, 8},
    {TypeKindC::Uint, "uint", 8, 8},
    {TypeKindC::Uint8, "uint8", 1, 1},
    {TypeKindC::Uint16, "uint16", 2, 2},
    {TypeKindC::Uint32, "uint32", 4, 4},
    {TypeKindC::Uint64, "uint64", 8, 8},
    {TypeKindC::Uintptr, "uintptr", 8, 8},
    {TypeKindC::Float32, "float32", 4, 4},
    {TypeKindC::Float64, "float64", 8, 8},
    {TypeKindC::Complex64, "complex64", 8, 4},
    {TypeKindC::Complex128, "complex128", 16, 8},
    {TypeKindC::String, "string", 16, 8},
    {TypeKindC::UnsafePointer, "unsafe.Pointer", 8, 8},
    {TypeKindC::UntypedBool, "untyped bool", 0, 1},
    {TypeKindC::UntypedInt, "untyped int", 0, 1},
    {TypeKindC::UntypedRune, "untyped rune", 0, 1},
    {TypeKindC::UntypedFloat, "untyped float", 0, 1},
    {TypeKindC::UntypedString, "untyped string", 0, 1},
    {TypeKindC::UntypedNil, "untyped nil", 0, 1},
};

// "(a int, b string)" or, for one unnamed element, "int" when bare is set
// (the result list of a signature).
std::string params_string(const std::vector<Param>& list, bool variadic, bool bare) {
  if (bare && list.size() == 1 && list[0].name.empty()) return list[0].type->name;
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i > 0) s += ", ";
    if (!list[i].name.empty()) s += list[i].name + " ";
    const Type* t = list[i].type;
    if (variadic && i + 1 == list.size() && t->kind == TypeKindC::Slice) {
      s += "..." + t->elem->name;
    } else {
      s += t->name;
    }
  }
  return s + ")";
}

// Identity key: the spelling without parameter names.
std::string key_of(const std::vector<Param>& list) {
  std::string s;
  for (const Param& p : list) s += p.type->name + ",";
  return s;
}

}  // namespace

TypeTable::TypeTable() {
  for (const BasicInfo& b : kBasics) {
    auto t = std::make_unique<Type>();
    t->kind = b.kind;
    t->name = b.name;
    t->size = b.size;
    t->align = b.align;
    basic_[static_cast<int>(b.kind)] = t.get();
    by_key_["basic:" + t->name] = t.get();
    owned_.push_back(std::move(t));
  }
  auto alias = [this](TypeKindC k, const char* name) {
    auto t = std::make_unique<Type>(*basic(k));
    t->name = name;
    const Type* raw = t.get();
    owned_.push_back(std::move(t));
    return raw;
  };
  byte_alias_ = alias(TypeKindC::Uint8, "byte");
  rune_alias_ = alias(TypeKindC::Int32, "rune");
}

const Type* TypeTable::basic(TypeKindC k) const {
  int i = static_cast<int>(k);
  if (i < 0 || i > static_cast<int>(TypeKindC::UntypedNil)) return nullptr;
  return basic_[i];
}

const Type* TypeTable::func(std::vector<Param> params, std::vector<Param> results, bool variadic) {
  std::string key = "func(" + key_of(params) + (variadic ? "..." : "") + ")" + key_of(results);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  auto t = std::make_unique<Type>();
  t->kind = TypeKindC::Func;
  t->size = 8;  // a func value is a pointer to a closure
  t->align = 8;
  t->name = "func" + params_string(params, variadic, false);
  if (!results.empty()) t->name += " " + params_string(results, false, true);
  t->params = std::move(params);
  t->results = std::move(results);
  t->variadic = variadic;
  const Type* raw = t.get();
  by_key_[key] = raw;
  owned_.push_back(std::move(t));
  return raw;
}

const Type* TypeTable::tuple(std::vector<Param> elems) {
  std::string key = "tuple(" + key_of(elems) + ")";
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  auto t = std::make_unique<Type>();
  t->kind = TypeKindC::Tuple;
  t->name = params_string(elems, false, false);
  uint64_t off = 0, align = 1;
  for (const Param& p : elems) {
    uint64_t a = p.type->align ? p.type->align : 1;
    off = (off + a - 1) / a * a + p.type->size;
    align = std::max(align, a);
  }
  t->size = (off + align - 1) / align * align;
  t->align = align;
  t->params = std::move(elems);
  const Type* raw = t.get();
  by_key_[key] = raw;
  owned_.push_back(std::move(t));
  return raw;
}

const Type* TypeTable::default_type(const Type* t) const {
  if (t == nullptr) return nullptr;
  switch (t->kind) {
    case TypeKindC::UntypedBool: return basic(TypeKindC::Bool);
    case TypeKindC::UntypedInt: return basic(TypeKindC::Int);
    case TypeKindC::UntypedRune: return basic(TypeKindC::Int32);
    case TypeKindC::UntypedFloat: return basic(TypeKindC::Float64);
    case TypeKindC::UntypedString: return basic(TypeKindC::String);
    default: return t;
  }
}

const Type* TypeTable::intern(Type t) {
  std::string key = "intern:" + std::to_string(static_cast<int>(t.kind)) + ":" + t.name;
  return add(key, std::move(t));
}

// ------------------------------------------------------- composite types
//
// (issue 3) Composite types are keyed by their kind and the addresses of
// their component types (interned, so an address is an identity), which
// makes recursive types through a Named cheap to key: a Named is its own
// identity. The name is the spelling reflect prints for %T ("*main.T",
// "[]uint8" once canonical, "struct { main.E; y int }"); the checker turns
// it into types2's spelling for messages ("*T", "struct{E; y int}").
// A field's tag is part of both, strconv-quoted after the field as reflect
// and types2 print it (struct { X int "json:\"x\"" }): struct types that
// differ only in tags are different types (convertible to each other).
//
// Struct layout is gc's on amd64 (cmd/compile/internal/types/size.go):
// each field at the next offset aligned to its type's alignment; the
// struct aligned to its largest field; a non-empty struct whose last field
// has size zero gets one byte more before the final rounding, so that the
// address of that field never points past the object (Go issue 9401).

namespace {

std::string addr_key(const Type* t) { return std::to_string(reinterpret_cast<uintptr_t>(t)); }

uint64_t align_up(uint64_t n, uint64_t a) { return a <= 1 ? n : (n + a - 1) / a * a; }

// elem * len, saturated: an array too large for memory still gets a size
// (the checker refuses it before code generation sees it).
uint64_t array_size(uint64_t elem, uint64_t len) {
  uint64_t out;
  if (__builtin_mul_overflow(elem, len, &out)) return UINT64_MAX;
  return out;
}

}  // namespace

const Type* TypeTable::add(const std::string& key, Type t) {
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  auto p = std::make_unique<Type>(std::move(t));
  const Type* raw = p.get();
  by_key_[key] = raw;
  owned_.push_back(std::move(p));
  return raw;
}

const Type* TypeTable::pointer(const Type* elem) {
  std::string key = "ptr:" + addr_key(elem);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Pointer;
  t.size = 8;
  t.align = 8;
  t.name = "*" + elem->name;
  t.elem = elem;
  return add(key, std::move(t));
}

const Type* TypeTable::slice(const Type* elem) {
  std::string key = "slice:" + addr_key(elem);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Slice;
  t.size = 24;  // (ptr, len, cap)
  t.align = 8;
  t.name = "[]" + elem->name;
  t.elem = elem;
  return add(key, std::move(t));
}

const Type* TypeTable::array(const Type* elem, uint64_t len) {
  std::string key = "array:" + std::to_string(len) + ":" + addr_key(elem);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Array;
  t.size = array_size(elem->size, len);
  t.align = elem->align;
  t.name = "[" + std::to_string(len) + "]" + elem->name;
  t.elem = elem;
  t.len = len;
  return add(key, std::move(t));
}

const Type* TypeTable::map(const Type* key_type, const Type* elem) {
  std::string key = "map:" + addr_key(key_type) + ":" + addr_key(elem);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Map;
  t.size = 8;  // a map value is a pointer to its hmap
  t.align = 8;
  t.name = "map[" + key_type->name + "]" + elem->name;
  t.key = key_type;
  t.elem = elem;
  return add(key, std::move(t));
}

// (issue 5) Channel types. chan (<-chan T) keeps its parentheses: without
// them chan <-chan T would read as chan<- (chan T) (go/types' typestring).
const Type* TypeTable::chan(const Type* elem, ChanDir dir) {
  std::string key = "chan:" + std::to_string(static_cast<int>(dir)) + ":" + addr_key(elem);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Chan;
  t.size = 8;  // a channel value is a pointer to its hchan
  t.align = 8;
  t.elem = elem;
  t.chan_dir = dir;
  switch (dir) {
    case ChanDir::Send: t.name = "chan<- " + elem->name; break;
    case ChanDir::Recv: t.name = "<-chan " + elem->name; break;
    case ChanDir::Both: {
      const bool paren = elem->kind == TypeKindC::Chan && elem->chan_dir == ChanDir::Recv;
      t.name = paren ? "chan (" + elem->name + ")" : "chan " + elem->name;
      break;
    }
  }
  return add(key, std::move(t));
}

const Type* TypeTable::strukt(std::vector<StructField> fields) {
  std::string key = "struct:";
  for (const StructField& f : fields) {
    key += f.name + (f.embedded ? "!" : ":") + addr_key(f.type);
    if (!f.tag.empty()) key += " " + quote(f.tag);  // quoted: no ';' of its own
    key += ";";
  }
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  Type t;
  t.kind = TypeKindC::Struct;
  uint64_t off = 0, align = 1;
  std::string name = "struct {";
  for (size_t i = 0; i < fields.size(); i++) {
    StructField& f = fields[i];
    uint64_t a = f.type->align ? f.type->align : 1;
    off = align_up(off, a);
    f.offset = off;
    off += f.type->size;
    align = std::max(align, a);
    name += (i > 0 ? "; " : " ") + (f.embedded ? f.type->name : f.name + " " + f.type->name);
    if (!f.tag.empty()) name += " " + quote(f.tag);
  }
  if (off > 0 && !fields.empty() && fields.back().type->size == 0) off++;
  t.size = align_up(off, align);
  t.align = align;
  t.name = name + (fields.empty() ? "}" : " }");
  t.fields = std::move(fields);
  return add(key, std::move(t));
}

Type* TypeTable::new_named(std::string name) {
  auto p = std::make_unique<Type>();
  p->kind = TypeKindC::Named;
  p->name = std::move(name);
  p->size = 0;
  p->align = 1;
  Type* raw = p.get();
  owned_.push_back(std::move(p));
  return raw;
}

void TypeTable::set_underlying(Type* named, const Type* underlying) {
  const Type* u = underlying->underlying();
  named->underlying_ = u;
  named->size = u->size;
  named->align = u->align;
}

// ------------------------------------------------------------------ scopes

Object* Scope::lookup_local(const std::string& name) const {
  auto it = objs_.find(name);
  return it == objs_.end() ? nullptr : it->second;
}

Object* Scope::lookup(const std::string& name) const {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    if (Object* obj = s->lookup_local(name)) return obj;
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, fresh] = objs_.emplace(obj->name, obj);
  return fresh ? nullptr : it->second;
}

}  // namespace govm
