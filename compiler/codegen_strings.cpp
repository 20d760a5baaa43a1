// (issue 6) Calls of packages strings and strconv, and of strings.Builder's
// methods: each one CALLRT of its native (runtime/natives.h,
// runtime/strings.cpp) on an argument block laid out as Go's ABI0 lays out
// the call (a method's receiver first, as a pointer):
//
//   strings.Repeat(s, 3)     [ s.ptr | s.len | count | result.ptr | result.len ]
//   b.WriteString(s)         [ &b | s.ptr | s.len | n | err.type | err.data ]
//
// The block is a temporary of the statement, typed word by word (the
// strings' and slices' pointer words are in the stack map), so the
// arguments stay reachable while the native allocates and the results
// while the statement uses them. A call runs when gc's order pass would
// run it: hoisted with the statement's Go calls, left to right and
// innermost first (strings_pinned, from FuncGen::hoist_in); its results
// are then pinned: expr_to and operand read them from the block.
//
// Allocation sites. A native that may allocate (a Builder's buffer, a
// []string, strconv's digits) is an allocation site at its CALLRT, named
// as gc names the call ("strings.Repeat(s, 3)"), with the package's reason:
// gc's -m is silent about allocations made inside another package, so the
// reason says where the object comes from.
//
// (issue 6, strconv) strconv.Atoi, ParseInt, ParseUint and ParseBool have
// two results (a value and an error) read from the block by call_results
// (n, err := strconv.Atoi(s)); (*strconv.NumError).Error and Unwrap are
// called directly as methods whose receiver is the pointer itself.
//
// Static strings. strconv.Itoa and FormatInt return substrings of rodata
// constants for small numbers, and strings.Split(s, "") one for an invalid
// byte; a program that calls them gets those constants in its rodata
// (runtime/strings_pkg.h), found there by the natives; likewise the type
// descriptor of string, the element type of the []string they allocate.
#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "runtime/strings_pkg.h"

namespace govm {

namespace {

// What a native may allocate, as the allocation event's reason; nullptr
// when it never allocates.
const char* alloc_reason(NativeId id) {
  switch (id) {
    case NativeId::strings_Split: return "strings.Split makes a []string on the heap";
    case NativeId::strings_Fields: return "strings.Fields makes a []string on the heap";
    case NativeId::strings_Join: return "strings.Join builds its result in a strings.Builder";
    case NativeId::strings_Repeat: return "strings.Repeat builds its result in a strings.Builder";
    case NativeId::strings_Replace:
    case NativeId::strings_ReplaceAll: return "strings.Replace builds its result in a strings.Builder";
    case NativeId::strings_ToUpper: return "strings.ToUpper builds its result in a strings.Builder";
    case NativeId::strings_ToLower: return "strings.ToLower builds its result in a strings.Builder";
    case NativeId::strings_Builder_WriteString:
    case NativeId::strings_Builder_WriteByte:
    case NativeId::strings_Builder_WriteRune:
    case NativeId::strings_Builder_Grow: return "a strings.Builder's buffer grows on the heap";
    case NativeId::strconv_Itoa:
    case NativeId::strconv_FormatInt: return "strconv formats the digits into a new string";
    case NativeId::strconv_Quote: return "strconv.Quote builds its result in a []byte";
    case NativeId::strconv_Atoi:
    case NativeId::strconv_ParseInt:
    case NativeId::strconv_ParseUint:
    case NativeId::strconv_ParseBool:  // (issue 6, strconv) runtime/atoi.cpp
      return "a failed parse makes a *strconv.NumError and a copy of its input";
    case NativeId::NumError_Error: return "(*strconv.NumError).Error quotes the input and concatenates its message";
    default: return nullptr;
  }
}

bool is_method(NativeId id) {
  switch (id) {
    case NativeId::strings_Builder_WriteString:
    case NativeId::strings_Builder_WriteByte:
    case NativeId::strings_Builder_WriteRune:
    case NativeId::strings_Builder_String:
    case NativeId::strings_Builder_Len:
    case NativeId::strings_Builder_Reset:
    case NativeId::strings_Builder_Grow:
    case NativeId::NumError_Error:  // (issue 6, strconv)
    case NativeId::NumError_Unwrap: return true;
    default: return false;
  }
}

uint64_t align_to(uint64_t off, uint64_t a) { return a <= 1 ? off : (off + a - 1) / a * a; }

// Go's ABI0 layout of the call: a method's receiver (8 bytes) first, the
// parameters at their alignment, the results from the next 8-byte boundary.
struct NativeLayout {
  std::vector<uint32_t> params, results;
  uint32_t total = 0;
};

NativeLayout layout_of(const Type* ft, bool method) {
  NativeLayout l;
  uint64_t off = method ? 8 : 0;
  for (const Param& p : ft->params) {
    off = align_to(off, p.type->align);
    l.params.push_back(static_cast<uint32_t>(off));
    off += p.type->size;
  }
  off = align_to(off, 8);
  for (const Param& r : ft->results) {
    off = align_to(off, r.type->align);
    l.results.push_back(static_cast<uint32_t>(off));
    off += r.type->size;
  }
  l.total = static_cast<uint32_t>(align_to(off, 8));
  return l;
}

}  // namespace

bool FuncGen::is_strings_native(const CallExpr* c) {
  if (c == nullptr || c->call_kind != CallKind::Native) return false;
  const auto id = static_cast<NativeId>(c->native);
  return (id >= NativeId::strings_Contains && id <= NativeId::strconv_Quote) || id == NativeId::errors_New ||
         id == NativeId::errors_Is || id == NativeId::errors_Unwrap ||  // (issue 6, iface) package errors: calls of the same shape
         id == NativeId::errors_As || id == NativeId::errors_Join ||    // (issue 6, errs) codegen_errors.cpp
         (id >= NativeId::strconv_Atoi && id <= NativeId::NumError_Unwrap);  // (issue 6, strconv) runtime/atoi.cpp
}

bool FuncGen::strings_call(const CallExpr* c) {
  if (!is_strings_native(c)) return false;
  strings_pinned(c);
  return true;
}

void FuncGen::strings_pinned(const CallExpr* c) {
  if (hoisted_.count(c)) return;
  hoisted_[c] = Hoisted{};  // (once: a failed call is not retried)
  const auto id = static_cast<NativeId>(c->native);
  if (id == NativeId::errors_Join) return errors_join_pinned(c);  // (issue 6, errs) variadic: codegen_errors.cpp
  const bool method = is_method(id);
  const Expr* fun = unparen(c->fun);
  const Type* ft = fun->type;
  if (ft == nullptr || ft->kind != TypeKindC::Func || c->args.size() != ft->params.size() || c->ellipsis.valid() ||
      (method && fun->kind != ExprKind::Selector)) {
    unsupported(c->pos, "this call of " + std::string(native_name(id)));
    return;
  }
  for (const Expr* a : c->args) hoist(a);
  const NativeLayout l = layout_of(ft, method);
  Slot recv;
  if (method) recv = method_receiver(static_cast<const SelectorExpr*>(fun));
  const Slot block = temp(l.total);
  if (method) {
    note_ptr(block);
    emit(Op::MOV_Q, {block, recv});
  }
  for (size_t i = 0; i < ft->params.size(); ++i) note_ptrs(block.at(l.params[i]), ft->params[i].type);
  for (size_t i = 0; i < ft->results.size(); ++i) note_ptrs(block.at(l.results[i]), ft->results[i].type);
  for (size_t i = 0; i < c->args.size(); ++i) expr_to_as(c->args[i], ft->params[i].type, block.at(l.params[i]));
  if (id == NativeId::strconv_Itoa || id == NativeId::strconv_FormatInt) {
    prog_.string_id(std::string(kSmallsString));
    prog_.string_id(std::string(kDigitsString));
  }
  if (id == NativeId::strings_Split) prog_.string_id(std::string(kRuneErrorString));
  strconv_constants(id);
  if (id == NativeId::strings_Split || id == NativeId::strings_Fields) {
    prog_.type_id(pkg_.types->basic(TypeKindC::String));  // the []string's element type, for the heap
  }
  if (const char* reason = alloc_reason(id)) alloc_site(c, site_name(c), reason);
  mark(c->pos);  // may panic: strings: negative Repeat count, a nil *Builder, ...
  if (!errors_driver_call(id, block, l.params, l.results, ft)) callrt(block, id);  // (issue 6, errs) a Go call
  Hoisted h;
  for (size_t i = 0; i < ft->results.size(); ++i) {
    h.results.push_back(block.at(l.results[i]));
    h.types.push_back(ft->results[i].type);
  }
  if (h.results.size() == 1) {
    pinned_slots_[c] = h.results[0];
    pinned_ast_.push_back(c);
  }
  hoisted_[c] = std::move(h);
}

// (issue 6, strconv) What strconv's parsing finds in the image: Go's
// constants (the Func names, FormatBool's results), the descriptors of
// the objects a failed parse allocates and their itabs (runtime/atoi.cpp).
void FuncGen::strconv_constants(NativeId id) {
  if (id == NativeId::strconv_FormatBool) {
    prog_.string_id("true");
    prog_.string_id("false");
    return;
  }
  if (id < NativeId::strconv_Atoi || id > NativeId::strconv_ParseBool) return;
  for (const char* fn : {"Atoi", "ParseInt", "ParseUint", "ParseBool"}) prog_.string_id(fn);
  if (pkg_.strconv_numerror_ptr != nullptr) {
    prog_.type_id(pkg_.strconv_numerror_ptr);
    prog_.type_id(pkg_.strconv_numerror_ptr->elem);
  }
  if (pkg_.errors_string_ptr != nullptr) {
    prog_.type_id(pkg_.errors_string_ptr);
    prog_.type_id(pkg_.errors_string_ptr->elem);
  }
}

bool FuncGen::strings_value_to(const CallExpr* c, Slot dst) {
  if (!is_strings_native(c)) return false;
  strings_pinned(c);
  auto it = hoisted_.find(c);
  if (it == hoisted_.end() || it->second.results.size() != 1) {
    if (it != hoisted_.end() && it->second.results.size() > 1) unsupported(c->pos, "this multi-value call");
    return true;
  }
  move(dst, it->second.results[0], it->second.types[0]);
  return true;
}

}  // namespace govm
