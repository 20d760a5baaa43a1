// (issue 6) Packages strings and strconv in the checker, as universe.cpp
// declares fmt, runtime, sync and time: each package is known by all the
// names it exports (Go 1.22), so that a name outside govm's subset is
// refused by name ("govm does not support strings.Cut yet") and a name the
// package does not export is undefined, as gc says. The supported
// functions are Func objects of natives (runtime/natives.h,
// runtime/strings.cpp) with Go's exact signatures, so misuse reads as
// gc's messages. strings.Builder is a defined type with Go's unexported
// fields {addr *Builder; buf []byte} (32 bytes, so unsafe.Sizeof agrees
// and the collector sees its buffer); its methods are found through
// sync_method (check_composite's method_selector) like sync's.
//
// The `error` in the Builder's Write methods' results only lets gc's
// signatures print (results used as values are refused by the code
// generator). (issue 6, strconv) strconv's Atoi, ParseInt, ParseUint and
// ParseBool return the real error type, with *strconv.NumError values
// (runtime/atoi.cpp); NumError, ErrSyntax and ErrRange are declared by
// declare_strconv_errors below.
#include <algorithm>
#include <cctype>

#include "compiler/strings_pkg.h"

#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

// Everything packages strings and strconv export (Go 1.22).
constexpr const char* kStringsNames[] = {
    "Builder", "Clone", "Compare", "Contains", "ContainsAny", "ContainsFunc", "ContainsRune", "Count", "Cut",
    "CutPrefix", "CutSuffix", "EqualFold", "Fields", "FieldsFunc", "HasPrefix", "HasSuffix", "Index", "IndexAny",
    "IndexByte", "IndexFunc", "IndexRune", "Join", "LastIndex", "LastIndexAny", "LastIndexByte", "LastIndexFunc",
    "Map", "NewReader", "NewReplacer", "Reader", "Repeat", "Replace", "ReplaceAll", "Replacer", "Split",
    "SplitAfter", "SplitAfterN", "SplitN", "Title", "ToLower", "ToLowerSpecial", "ToTitle", "ToTitleSpecial",
    "ToUpper", "ToUpperSpecial", "ToValidUTF8", "Trim", "TrimFunc", "TrimLeft", "TrimLeftFunc", "TrimPrefix",
    "TrimRight", "TrimRightFunc", "TrimSpace", "TrimSuffix",
};
constexpr const char* kStrconvNames[] = {
    "AppendBool", "AppendFloat", "AppendInt", "AppendQuote", "AppendQuoteRune", "AppendQuoteRuneToASCII",
    "AppendQuoteRuneToGraphic", "AppendQuoteToASCII", "AppendQuoteToGraphic", "AppendUint", "Atoi",
    "CanBackquote", "ErrRange", "ErrSyntax", "FormatBool", "FormatComplex", "FormatFloat", "FormatInt",
    "FormatUint", "IntSize", "IsGraphic", "IsPrint", "Itoa", "NumError", "ParseBool", "ParseComplex",
    "ParseFloat", "ParseInt", "ParseUint", "Quote", "QuoteRune", "QuoteRuneToASCII", "QuoteRuneToGraphic",
    "QuoteToASCII", "QuoteToGraphic", "QuotedPrefix", "Unquote", "UnquoteChar",
};

}  // namespace

// The parameter and result kinds of the supported signatures.
enum class P : uint8_t { String, Int, Int64, Bool, Strings, Byte, Rune, Error, Uint64 };

// A package function implemented by a native, with its Go signature.
struct PkgFunc {
  const char* name;
  NativeId native;
  std::vector<std::pair<const char*, P>> params;
  std::vector<P> results;
};

namespace {

const std::vector<PkgFunc>& strings_funcs() {
  static const std::vector<PkgFunc> k = {
      {"Contains", NativeId::strings_Contains, {{"s", P::String}, {"substr", P::String}}, {P::Bool}},
      {"HasPrefix", NativeId::strings_HasPrefix, {{"s", P::String}, {"prefix", P::String}}, {P::Bool}},
      {"HasSuffix", NativeId::strings_HasSuffix, {{"s", P::String}, {"suffix", P::String}}, {P::Bool}},
      {"Index", NativeId::strings_Index, {{"s", P::String}, {"substr", P::String}}, {P::Int}},
      {"Split", NativeId::strings_Split, {{"s", P::String}, {"sep", P::String}}, {P::Strings}},
      {"Fields", NativeId::strings_Fields, {{"s", P::String}}, {P::Strings}},
      {"TrimSpace", NativeId::strings_TrimSpace, {{"s", P::String}}, {P::String}},
      {"ToUpper", NativeId::strings_ToUpper, {{"s", P::String}}, {P::String}},
      {"ToLower", NativeId::strings_ToLower, {{"s", P::String}}, {P::String}},
      {"Join", NativeId::strings_Join, {{"elems", P::Strings}, {"sep", P::String}}, {P::String}},
      {"Repeat", NativeId::strings_Repeat, {{"s", P::String}, {"count", P::Int}}, {P::String}},
      {"Replace", NativeId::strings_Replace,
       {{"s", P::String}, {"old", P::String}, {"new", P::String}, {"n", P::Int}}, {P::String}},
      {"ReplaceAll", NativeId::strings_ReplaceAll, {{"s", P::String}, {"old", P::String}, {"new", P::String}},
       {P::String}},
  };
  return k;
}

const std::vector<PkgFunc>& strconv_funcs() {
  static const std::vector<PkgFunc> k = {
      {"Itoa", NativeId::strconv_Itoa, {{"i", P::Int}}, {P::String}},
      {"FormatInt", NativeId::strconv_FormatInt, {{"i", P::Int64}, {"base", P::Int}}, {P::String}},
      {"Quote", NativeId::strconv_Quote, {{"s", P::String}}, {P::String}},
      // (issue 6, strconv) runtime/atoi.cpp
      {"Atoi", NativeId::strconv_Atoi, {{"s", P::String}}, {P::Int, P::Error}},
      {"ParseInt", NativeId::strconv_ParseInt, {{"s", P::String}, {"base", P::Int}, {"bitSize", P::Int}},
       {P::Int64, P::Error}},
      {"ParseUint", NativeId::strconv_ParseUint, {{"s", P::String}, {"base", P::Int}, {"bitSize", P::Int}},
       {P::Uint64, P::Error}},
      {"ParseBool", NativeId::strconv_ParseBool, {{"str", P::String}}, {P::Bool, P::Error}},
      {"FormatBool", NativeId::strconv_FormatBool, {{"b", P::Bool}}, {P::String}},
  };
  return k;
}

// strings.Builder's methods (all on *Builder); Cap and Write are refused.
const std::vector<PkgFunc>& builder_methods() {
  static const std::vector<PkgFunc> k = {
      {"WriteString", NativeId::strings_Builder_WriteString, {{"s", P::String}}, {P::Int, P::Error}},
      {"WriteByte", NativeId::strings_Builder_WriteByte, {{"c", P::Byte}}, {P::Error}},
      {"WriteRune", NativeId::strings_Builder_WriteRune, {{"r", P::Rune}}, {P::Int, P::Error}},
      {"String", NativeId::strings_Builder_String, {}, {P::String}},
      {"Len", NativeId::strings_Builder_Len, {}, {P::Int}},
      {"Reset", NativeId::strings_Builder_Reset, {}, {}},
      {"Grow", NativeId::strings_Builder_Grow, {{"n", P::Int}}, {}},
  };
  return k;
}
constexpr const char* kRefusedBuilderMethods[] = {"Cap", "Write"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Whether pkg exports name (and a near spelling, for "but have").
template <size_t N>
bool exported(const char* const (&names)[N], const std::string& name, std::string* near) {
  bool exists = false;
  near->clear();
  for (const char* n : names) {
    if (name == n) exists = true;
    if (near->empty() && lower(name) == lower(n)) *near = n;
  }
  return exists;
}

}  // namespace

const Type* Checker::error_type_for_signatures() {
  Type any_t;
  any_t.kind = TypeKindC::Interface;
  any_t.name = "any";
  any_t.size = 16;
  any_t.align = 8;
  Type error_t;
  error_t.kind = TypeKindC::Named;
  error_t.name = "error";
  error_t.size = 16;
  error_t.align = 8;
  error_t.underlying_ = types_.intern(any_t);
  return types_.intern(error_t);
}

// strings.Builder: struct{ addr *Builder; buf []byte }; %v prints
// {<nil> []} for a zero one, as Go's.
const Type* Checker::builder_type() {
  if (builder_ != nullptr) return builder_;
  Type* named = types_.new_named("strings.Builder");
  builder_ = named;
  std::vector<StructField> fields = {{"addr", types_.pointer(named), 0, false},
                                     {"buf", types_.slice(types_.byte_alias()), 0, false}};
  types_.set_underlying(named, types_.strukt(std::move(fields)));
  return named;
}

namespace {

template <class Types>
const Type* param_type(Types& types, P p, const Type* string_t, const Type* int_t, const Type* error_t) {
  switch (p) {
    case P::String: return string_t;
    case P::Int: return int_t;
    case P::Int64: return types.basic(TypeKindC::Int64);
    case P::Bool: return types.basic(TypeKindC::Bool);
    case P::Strings: return types.slice(string_t);
    case P::Byte: return types.byte_alias();
    case P::Rune: return types.rune_alias();
    case P::Error: return error_t;
    case P::Uint64: return types.basic(TypeKindC::Uint64);
  }
  return nullptr;
}

}  // namespace

// The function object of a package function implemented by a native.
Object* Checker::package_func(const PkgFunc& f) {
  std::vector<Param> params, results;
  const Type* err = error_type();  // (issue 6, strconv) Atoi's and ParseInt's results
  for (const auto& [pn, pk] : f.params) params.push_back(Param{pn, param_type(types_, pk, string_, int_, err)});
  for (P r : f.results) results.push_back(Param{"", param_type(types_, r, string_, int_, err)});
  Object* obj = new_object(ObjKind::Func, f.name, Pos{}, types_.func(std::move(params), std::move(results), false));
  natives_[obj] = static_cast<int>(f.native);
  return obj;
}

Object* Checker::strings_member(const std::string& name, bool* exists, std::string* near) {
  *exists = exported(kStringsNames, name, near);
  if (!*exists) return nullptr;
  if (auto it = strings_members_.find(name); it != strings_members_.end()) return it->second;
  Object* obj = nullptr;
  if (name == "Builder") obj = new_object(ObjKind::TypeName, name, Pos{}, builder_type());
  for (const PkgFunc& f : strings_funcs())
    if (name == f.name) obj = package_func(f);
  if (obj == nullptr) return nullptr;
  obj->package_path = "strings";
  strings_members_[name] = obj;
  return obj;
}

Object* Checker::strconv_member(const std::string& name, bool* exists, std::string* near) {
  *exists = exported(kStrconvNames, name, near);
  if (!*exists) return nullptr;
  if (auto it = strconv_members_.find(name); it != strconv_members_.end()) return it->second;
  Object* obj = nullptr;
  for (const PkgFunc& f : strconv_funcs())
    if (name == f.name) obj = package_func(f);
  // (issue 6, strconv) NumError, ErrSyntax, ErrRange, and what parsing needs
  static const char* const kNeedErrors[] = {"Atoi", "ParseInt", "ParseUint", "ParseBool", "NumError", "ErrSyntax",
                                            "ErrRange"};
  for (const char* n : kNeedErrors)
    if (name == n) declare_strconv_errors();
  if (name == "NumError") obj = new_object(ObjKind::TypeName, name, Pos{}, numerror_);
  for (Object* v : pkg_.strconv_errors)
    if (name == v->name) obj = v;
  if (obj == nullptr) return nullptr;
  obj->package_path = "strconv";
  strconv_members_[name] = obj;
  return obj;
}

// (issue 6, strconv) strconv.NumError {Func, Num string; Err error}, with
// Error and Unwrap on *NumError in its method set (natives, whose entries
// compiler/itab.cpp puts in the method table), and the package variables
// ErrSyntax and ErrRange (globals the linker initializes statically).
void Checker::declare_strconv_errors() {
  if (numerror_ != nullptr) return;
  declare_error_string();
  const Type* err = error_type();
  Type* named = types_.new_named("strconv.NumError");
  numerror_ = named;
  types_.set_underlying(named, types_.strukt({{"Func", string_, 0, false}, {"Num", string_, 0, false},
                                              {"Err", err, 0, false}}));
  const Type* ptr = types_.pointer(named);
  pkg_.strconv_numerror_ptr = ptr;
  for (const char* m : {"Error", "Unwrap"}) {
    const Type* sig = types_.func({}, {Param{"", std::string(m) == "Error" ? string_ : err}}, false);
    Object* obj = new_object(ObjKind::Func, m, Pos{}, sig);
    obj->package_path = "strconv";
    obj->recv = ptr;
    obj->recv_sig = types_.func({Param{"e", ptr}}, sig->results, false);
    named->methods.push_back(obj);
  }
  for (const char* v : {"ErrRange", "ErrSyntax"}) {
    Object* obj = new_object(ObjKind::Var, v, Pos{}, err);
    obj->package_path = "strconv";
    obj->is_global = true;
    obj->storage = Storage::Global;
    obj->used = true;
    pkg_.strconv_errors.push_back(obj);
  }
}

// A direct call e.Error() or e.Unwrap() of a *strconv.NumError: the
// native (the method set's objects stay for interface satisfaction).
Object* Checker::strconv_method(const Type* t, const std::string& name) {
  if (t == nullptr || t != numerror_ || (name != "Error" && name != "Unwrap")) return nullptr;
  const std::string key = "NumError." + name;
  if (auto it = strconv_members_.find(key); it != strconv_members_.end()) return it->second;
  const Type* sig = name == "Error" ? types_.func({}, {Param{"", string_}}, false)
                                    : types_.func({}, {Param{"", error_type()}}, false);
  Object* obj = new_object(ObjKind::Func, name, Pos{}, sig);
  obj->package_path = "strconv";
  natives_[obj] = static_cast<int>(name == "Error" ? NativeId::NumError_Error : NativeId::NumError_Unwrap);
  strconv_members_[key] = obj;
  return obj;
}

Object* Checker::strings_method(const Type* t, const std::string& name, bool* refused) {
  *refused = false;
  if (t == nullptr || t != builder_) return nullptr;
  for (const char* m : kRefusedBuilderMethods) {
    if (name == m) {
      *refused = true;
      return nullptr;
    }
  }
  for (const PkgFunc& f : builder_methods()) {
    if (name != f.name) continue;
    if (auto it = strings_methods_.find(name); it != strings_methods_.end()) return it->second;
    const Type* error_t = error_type_for_signatures();
    std::vector<Param> params, results;
    for (const auto& [pn, pk] : f.params) params.push_back(Param{pn, param_type(types_, pk, string_, int_, error_t)});
    for (P r : f.results) results.push_back(Param{"", param_type(types_, r, string_, int_, error_t)});
    Object* obj = new_object(ObjKind::Func, name, Pos{}, types_.func(std::move(params), std::move(results), false));
    obj->package_path = "strings";
    natives_[obj] = static_cast<int>(f.native);
    strings_methods_[name] = obj;
    return obj;
  }
  return nullptr;
}

}  // namespace govm

// ------------------------------------------------------------ escape tags

namespace govm {

// gc's tags for Go 1.19's strings and strconv (the receiver of a Builder
// method first): Split and Fields keep s in the []string they return
// (leaking param: s); Join returns elems[0] when alone (elems to result
// level=1); TrimSpace, ToUpper, ToLower, Replace may return s itself (s to
// result level=0); Builder's Write methods keep what b points to (leaking
// param content: b), String returns b's buffer (b to result level=1); the
// rest do not escape.
bool strings_escape_tags(NativeId id, std::vector<ParamTag>* tags) {
  const ParamTag none, heap{0, -1}, content{1, -1}, result0{-1, 0}, result1{-1, 1};
  switch (id) {
    case NativeId::strings_Contains:
    case NativeId::strings_HasPrefix:
    case NativeId::strings_HasSuffix:
    case NativeId::strings_Index: *tags = {none, none}; return true;
    case NativeId::strings_Split: *tags = {heap, none}; return true;
    case NativeId::strings_Fields: *tags = {heap}; return true;
    case NativeId::strings_TrimSpace:
    case NativeId::strings_ToUpper:
    case NativeId::strings_ToLower: *tags = {result0}; return true;
    case NativeId::strings_Join: *tags = {result1, none}; return true;
    case NativeId::strings_Repeat: *tags = {none, none}; return true;
    case NativeId::strings_Replace: *tags = {result0, none, none, none}; return true;
    case NativeId::strings_ReplaceAll: *tags = {result0, none, none}; return true;
    case NativeId::strings_Builder_WriteString:
    case NativeId::strings_Builder_WriteByte:
    case NativeId::strings_Builder_WriteRune: *tags = {content, none}; return true;
    case NativeId::strings_Builder_String: *tags = {result1}; return true;
    case NativeId::strings_Builder_Len:
    case NativeId::strings_Builder_Reset: *tags = {none}; return true;
    case NativeId::strings_Builder_Grow: *tags = {none, none}; return true;
    case NativeId::strconv_Itoa:
    case NativeId::strconv_Quote: *tags = {none}; return true;
    case NativeId::strconv_FormatInt: *tags = {none, none}; return true;
    // (issue 6, strconv) today's Go clones the input into its *NumError
    // (stringslite.Clone): s does not escape; Error's e.Err.Error() is an
    // interface call (e's content leaks), Unwrap returns e.Err.
    case NativeId::strconv_Atoi:
    case NativeId::strconv_ParseBool:
    case NativeId::strconv_FormatBool: *tags = {none}; return true;
    case NativeId::strconv_ParseInt:
    case NativeId::strconv_ParseUint: *tags = {none, none, none}; return true;
    case NativeId::NumError_Error: *tags = {content}; return true;
    case NativeId::NumError_Unwrap: *tags = {result1}; return true;
    case NativeId::errors_New: *tags = {heap}; return true;  // (issue 6, iface) &errorString{text}
    case NativeId::errors_Is: *tags = {heap, heap}; return true;  // (issue 6, errs) Is/Unwrap method calls keep both
    case NativeId::errors_Unwrap: *tags = {heap}; return true;  // (issue 6, errs) an interface method call
    case NativeId::errors_As: *tags = {heap, heap}; return true;  // (issue 6, errs) As(any) keeps target: gc's "moved to heap"
    default: return false;
  }
}

}  // namespace govm
