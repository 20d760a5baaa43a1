// (issue 6, fmt) Call sites of package fmt: Print, Println, Printf and the
// string functions Sprint, Sprintf, Sprintln, each one CALLRT of its
// native (runtime/natives.h, runtime/fmt_print.cpp) on an argument block
// laid out as Go's ABI0 lays out the call:
//
//   fmt.Println(x, y)        [ a.ptr | a.len | a.cap ]
//   fmt.Sprintf(f, x)        [ f.ptr | f.len | a.ptr | a.len | a.cap | r.ptr | r.len ]
//
// a is the ...any slice. Its array of (type descriptor, data address)
// pairs is built in the frame, each data word the address of the value
// (a variable's own slot, or a temporary): govm does not box fmt's
// arguments (a documented gap; gc converts each one to an interface, and
// `-m` says "x escapes to heap" for it, which govm's escape analysis
// repeats), so the slice's array and the values stay in the frame, as
// gc's "... argument does not escape" says of the slice.
//
// When an operand's type may have methods (String, Error: a named type
// with methods, an interface, or something fmt walks into that may hold
// one), the block is followed by the method call area and the CALLRT is a
// loop that makes the Go calls the native asks for (fmt_callrt; design in
// runtime/fmt_methods.cpp); otherwise the call is a lone CALLRT, as before
// methods existed.
//
// Sprint* return a string that the native allocates on the heap (Go's
// string(p.buf)): the CALLRT is an allocation site named as gc names the
// call. Like strings' natives (codegen_strings.cpp) they run when gc's
// order pass would run them, hoisted with the statement's Go calls, and
// their result is then pinned in the block, a typed temporary whose
// string pointer word is in the stack map.
#include <set>

#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "compiler/escape_graph.h"  // escape::gc_string: gc's spelling of an operand
#include "runtime/errors_wrap.h"  // (issue 6, errs) Errorf
#include "runtime/fmt_methods.h"

namespace govm {

namespace {

// Whether fmt may call a method on a value of static type t: a named type
// with methods, an interface (any dynamic type), or a type whose values
// fmt walks into (elements, fields, map entries, a pointer's target) that
// may. Channels and funcs print as addresses.
bool may_call_methods(const Type* t, std::set<const Type*>& seen) {
  if (t == nullptr || !seen.insert(t).second) return false;
  if (!t->methods.empty()) return true;
  const Type* u = t->underlying();
  if (u != t && !seen.insert(u).second) return false;
  switch (u->kind) {
    case TypeKindC::Interface: return true;
    case TypeKindC::Pointer:
    case TypeKindC::Slice:
    case TypeKindC::Array: return may_call_methods(u->elem, seen);
    case TypeKindC::Map: return may_call_methods(u->key, seen) || may_call_methods(u->elem, seen);
    case TypeKindC::Struct:
      for (const StructField& f : u->fields)
        if (may_call_methods(f.type, seen)) return true;
      return false;
    default: return false;
  }
}

// Where a Sprint call's result lies in its block: after the format string
// (Sprintf) and the []any header.
uint32_t result_offset(const CallExpr* c) {
  return c->native == static_cast<int>(NativeId::fmt_Sprintf) || c->native == static_cast<int>(NativeId::fmt_Errorf)
             ? 16 + 24
             : 24;
}

}  // namespace

bool FuncGen::is_sprint_native(const CallExpr* c) {
  if (c == nullptr || c->call_kind != CallKind::Native) return false;
  const auto id = static_cast<NativeId>(c->native);
  return id == NativeId::fmt_Sprint || id == NativeId::fmt_Sprintf || id == NativeId::fmt_Sprintln ||
         id == NativeId::fmt_Errorf;  // (issue 6, errs) an error result (runtime/errors_wrap.h)
}

// The argument block of fmt call c, filled: the format string (Printf,
// Sprintf), then the []any header and, after it, `result_bytes` bytes of
// results. Returns false (with the error reported) when govm cannot make
// the call.
bool FuncGen::fmt_block(const CallExpr* c, uint32_t result_bytes, Slot& block, bool& loop) {
  if (c->ellipsis.valid()) {
    unsupported(c->ellipsis, "passing a slice with ...");
    return false;
  }
  const auto id = static_cast<NativeId>(c->native);
  const bool printf = id == NativeId::fmt_Printf || id == NativeId::fmt_Sprintf || id == NativeId::fmt_Errorf;
  if (printf && c->args.empty()) {
    unsupported(c->pos, "this call of " + std::string(native_name(id)));
    return false;
  }
  std::vector<TypedSlot> args = spread_args(c);
  for (const TypedSlot& a : args) {
    if (!a.type || a.type->is_untyped()) {
      unsupported(c->pos, "printing this value");
      return false;
    }
  }
  const size_t first = printf ? 1 : 0;
  static_assert(kFmtCallAreaSize % 8 == 0);
  const uint32_t head = printf ? 16 : 0;
  std::set<const Type*> seen;
  loop = false;
  for (size_t k = first; k < args.size() && !loop; ++k) loop = may_call_methods(args[k].type, seen);
  block = temp(head + 24 + result_bytes + (loop ? kFmtCallAreaSize : 0));
  if (printf) {
    note_ptrs(block, args[0].type);  // (issue 4) the format string
    move(block, args[0].slot, args[0].type);
  }
  const Slot hdr = block.at(head);
  note_ptr(hdr);  // (issue 4) the []interface{}'s array, in this frame
  const size_t n = args.size() - first;
  if (n > 0) {
    const Slot arr = temp(static_cast<uint32_t>(16 * n));
    for (size_t k = 0; k < n; ++k) {
      const TypedSlot& v = args[first + k];
      const Slot pair = arr.at(static_cast<uint32_t>(16 * k));
      emit(Op::MOVK_Q, {pair, Opnd::rel(RelocKind::Type, prog_.type_id(v.type))});
      const Expr* src = args.size() == c->args.size() ? c->args[first + k] : nullptr;
      fmt_data_word(c, v, src, pair.at(8));
    }
    emit(Op::LEAQ, {hdr, arr});
  } else {
    emit(Op::MOVK_Q, {hdr, Opnd::imm(0)});
  }
  emit(Op::MOVK_Q, {hdr.at(8), Opnd::imm(static_cast<int64_t>(n))});
  emit(Op::MOVK_Q, {hdr.at(16), Opnd::imm(static_cast<int64_t>(n))});
  const Slot area = block.at(fmt_call_area_offset(id));
  if (!loop) return true;  // a lone CALLRT, no area (fmt_methods.h)
  note_ptr(area.at(kFmtCallRecv));        // a receiver: in this frame, on the heap, anything
  note_ptr(area.at(kFmtCallResult));      // the method's string
  emit(Op::MOVK_Q, {area.at(kFmtCallState), Opnd::imm(0)});  // a fresh call
  return true;
}

// The data word of fmt operand v (src: its expression, nullptr for one
// result of a multi-value call) in the ...any that fmt receives, as gc
// converts it: the value itself when pointer-shaped, else a box on the
// heap (runtime.convT64 and friends: fmt's parameter leaks its contents,
// so gc's "x escapes to heap"), where values under 256 come from
// staticuint64s. Two cases keep the value where it is, at no allocation,
// as gc's do: a constant (gc: a read-only static) and a zero-sized value
// (zerobase). An operand that is already an interface is passed as the
// address of its two words: the runtime reads the dynamic value through
// it (load_args), as Go's conversion of an interface to any keeps it.
void FuncGen::fmt_data_word(const CallExpr* c, const TypedSlot& v, const Expr* src, Slot dst) {
  note_ptr(dst);  // (issue 4) a pointer: into this frame, rodata or the heap
  const Type* t = v.type;
  if (is_iface(t) || t->size == 0 || (src != nullptr && is_const(src))) {
    emit(Op::LEAQ, {dst, v.slot});
    return;
  }
  if (is_direct_iface(t)) {
    emit(Op::MOV_Q, {dst, v.slot});
    return;
  }
  const std::string what = src != nullptr ? escape::gc_string(src) : std::string(native_name(static_cast<NativeId>(c->native))) + " result";
  heap_box(v.slot, t, src != nullptr ? src : c, what,
           "converted to interface: " + std::string(native_name(static_cast<NativeId>(c->native))) + " keeps its arguments", dst);
}

// The call of fmt entry c on its block: one CALLRT when no operand can
// have methods, else a loop that makes the Go method calls the entry asks
// for (runtime/fmt_methods.cpp):
//   L: CALLRT block, n; JEQI_Q fn, 0, done; 0(SP) = recv; CALLCLO &fn;
//      result = 8(SP); JMP L; done:
void FuncGen::fmt_callrt(const CallExpr* c, Slot block, bool loop) {
  const auto id = static_cast<NativeId>(c->native);
  if (!loop) {  // no operand can have methods: one CALLRT
    mark(c->pos);
    callrt(block, id);
    return;
  }
  const Slot area = block.at(fmt_call_area_offset(id));
  const Type* string_t = pkg_.types->basic(TypeKindC::String);
  const int again = new_label(), done = new_label();
  bind(again);
  mark(c->pos);
  callrt(block, id);
  emit(Op::JEQI_Q, {area.at(kFmtCallFn), Opnd::imm(0), Opnd::label(done)});
  out_size_ = std::max<uint64_t>(out_size_, 8 + 16);  // the receiver word, the string result
  emit(Op::MOV_Q, {Slot{Base::Out, 0}, area.at(kFmtCallRecv)});
  const Slot fv = temp(8);
  note_ptr(fv);  // into this frame: adjusted if the stack moves
  emit(Op::LEAQ, {fv, area.at(kFmtCallFn)});
  mark(c->pos);
  emit(Op::CALLCLO, {fv, Opnd::imm(0)});
  move(area.at(kFmtCallResult), Slot{Base::Out, 8}, string_t);
  emit(Op::JMP, {Opnd::label(again)});
  bind(done);
}

void FuncGen::sprint_pinned(const CallExpr* c) {
  if (hoisted_.count(c)) return;
  hoisted_[c] = Hoisted{};  // (once: a failed call is not retried)
  for (const Expr* a : c->args) hoist(a);
  Slot block;
  bool loop = false;
  // (issue 6, errs) Errorf: an error, then scratch words the native keeps
  // what it allocates in (runtime/errors_wrap.h); all of them pointer
  // words while it runs, the message's pointer passing through word 0.
  const bool errorf = c->native == static_cast<int>(NativeId::fmt_Errorf);
  if (!fmt_block(c, errorf ? 16 + kErrorfScratch : 16, block, loop)) return;
  const Type* string_t = errorf ? c->type : pkg_.types->basic(TypeKindC::String);
  const Slot result = block.at(result_offset(c));
  note_ptrs(result, string_t);
  if (errorf) {
    note_ptr(result);
    note_ptr(result.at(16));
    emit(Op::MOVK_Q, {result, Opnd::imm(0)});
    emit(Op::MOVK_Q, {result.at(16), Opnd::imm(0)});
  }
  const auto id = static_cast<NativeId>(c->native);
  alloc_site(c, site_name(c),
             errorf ? "fmt.Errorf makes its message and its error (with several %w, their []error) on the heap"  // (errs)
                    : std::string(native_name(id)) + " makes its result string on the heap");
  fmt_callrt(c, block, loop);
  Hoisted h;
  h.results.push_back(result);
  h.types.push_back(string_t);
  pinned_slots_[c] = result;
  pinned_ast_.push_back(c);
  hoisted_[c] = std::move(h);
}

bool FuncGen::sprint_call(const CallExpr* c) {
  if (!is_sprint_native(c)) return false;
  sprint_pinned(c);
  return true;
}

bool FuncGen::sprint_value_to(const CallExpr* c, Slot dst) {
  if (!is_sprint_native(c)) return false;
  sprint_pinned(c);
  auto it = hoisted_.find(c);
  if (it != hoisted_.end() && it->second.results.size() == 1) move(dst, it->second.results[0], it->second.types[0]);
  return true;
}

}  // namespace govm
