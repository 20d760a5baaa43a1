// (issue 6, errs) fmt.Errorf's errors and errors.Unwrap (Go's fmt/errors.go,
// errors/wrap.go), in the VM's own terms.
//
// fmt.Errorf formats as Sprintf does, with %w accepted (fmt_print.cpp
// records the operands it printed), and makes its error as Go 1.20+ does:
//   no %w     errors.New(s): a *errors.errorString         2 allocations
//   one %w    &wrapError{msg: s, err: a[i].(error)}        2 allocations
//                                                          (the string, the object)
// A %w operand that is not an error leaves err nil (Go's `w.err, _ =`).
// More than one %w (Go 1.20's *fmt.wrapErrors) is not built yet: the
// program stops with a fatal error saying so, never with other output.
//
// The types (fmt.wrapError, *fmt.wrapError, errors.errorString, error)
// and their itabs are declared by the compiler whenever a program calls
// Errorf (compiler/itab.cpp), as for errors.New; the methods Error and
// Unwrap are natives whose text addresses sit in the itabs, so a call
// err.Error() through the itab, fmt's Error call and errors.Unwrap all
// run them as any method.
//
// Allocation and the collector. The native allocates up to three times
// (a box for a concrete non-pointer %w operand, as the call site's
// conversion to any would in Go; the message; the object). Between
// allocations what it made is kept in pointer words of the caller's
// frame: the box in the block's scratch word, the message's pointer in
// the result's word 0 (both noted as pointer words by the code generator;
// the length stays on the host side: a pointer word holds only addresses),
// so a collection started by the next allocation sees them.
#include "runtime/errors_wrap.h"

#include <cstring>
#include <string>

#include "runtime/goroutine.h"
#include "runtime/iface.h"
#include "runtime/runtime.h"

namespace govm {

namespace {

// The itab (error, *type named `ptr`), or nullptr (internal error raised).
const Itab* error_itab(Runtime& rt, const char* ptr) {
  const TypeDesc* p = rt.image().type_named(ptr);
  const TypeDesc* err = rt.image().error_iface();
  const Itab* tab = p != nullptr && err != nullptr ? rt.image().itab_for(err->addr, p->addr) : nullptr;
  if (tab == nullptr) rt.internal_error(std::string("fmt.Errorf: no itab (") + ptr + ", error) in the image");
  return tab;
}

// a[k].(error) of the []any at host pointer `slice` into out (itab, data;
// zero when a[k] is nil or not an error). A concrete non-pointer operand
// is boxed on the heap, the box kept in `scratch` (a frame pointer word).
bool operand_as_error(Runtime& rt, const uint8_t* slice, size_t k, uint8_t* scratch, uint64_t out[2]) {
  out[0] = out[1] = 0;
  const Image& img = rt.image();
  const uint8_t* e = rt.mem().host(load64(slice) + 16 * k, 16);
  const TypeDesc* st = e != nullptr ? img.type_at(load64(e)) : nullptr;
  const TypeDesc* err = img.error_iface();
  if (st == nullptr || err == nullptr) {
    rt.internal_error("fmt.Errorf: a %w operand without a type descriptor");
    return false;
  }
  const Addr at = load64(e + 8);
  Addr dyn = 0, data = 0;
  if (st->kind == TypeKind::Interface) {
    const uint8_t* v = rt.mem().host(at, 16);
    if (v == nullptr) {
      rt.internal_error("fmt.Errorf: an interface operand is not mapped");
      return false;
    }
    const Addr w0 = load64(v);
    if (w0 == 0) return true;  // nil: not an error
    if (st->methods.empty()) {
      dyn = w0;
    } else {
      const Itab* tab = img.itab_at(w0);
      dyn = tab != nullptr ? tab->type : 0;
    }
    data = load64(v + 8);
  } else {
    dyn = st->addr;
  }
  const Itab* tab = dyn != 0 ? img.itab_for(err->addr, dyn) : nullptr;
  if (tab == nullptr) return true;  // not an error: wrapError.err stays nil
  if (st->kind != TypeKind::Interface) {
    if (is_direct_iface(img, *st)) {  // the []any's data word is the value itself
      data = at;
    } else if (const G* g = rt.current(); g == nullptr || at < g->stack.lo || at >= g->stack.hi) {
      data = at;  // already boxed by the call site (convT): the error keeps the box
    } else {  // in the caller's frame: box it as Go's convT at the call site would
      const Addr box = rt.newobject(*st, NativeId::fmt_Errorf);
      if (box == 0) return false;
      store64(scratch, box);
      const uint8_t* from = rt.mem().host(at, st->size);
      uint8_t* to = rt.mem().host(box, st->size);
      if (st->size != 0 && (from == nullptr || to == nullptr)) return false;
      if (st->size != 0) std::memmove(to, from, st->size);
      data = box;
    }
  }
  out[0] = tab->addr;
  out[1] = data;
  return true;
}

}  // namespace

NativeResult errorf_finish(Runtime& rt, uint8_t* args, std::string_view msg, const std::vector<size_t>& wrapped) {
  uint8_t* result = args + kErrorfResult;
  uint8_t* scratch = result + 16;
  if (wrapped.size() > 1) {
    rt.fatal("govm: fmt.Errorf with more than one %w (Go 1.20's *fmt.wrapErrors) is not supported yet");
    return NativeResult::Fatal;
  }
  const bool wrap = !wrapped.empty();
  const char* ptr_name = wrap ? "*fmt.wrapError" : "*errors.errorString";
  const TypeDesc* obj_t = rt.image().type_named(wrap ? "fmt.wrapError" : "errors.errorString");
  const Itab* tab = error_itab(rt, ptr_name);
  if (tab == nullptr || obj_t == nullptr) {
    if (obj_t == nullptr) rt.internal_error(std::string("fmt.Errorf: no type ") + (ptr_name + 1));
    return NativeResult::Fatal;
  }
  uint64_t err[2] = {0, 0};
  if (wrap && !operand_as_error(rt, args + 16, wrapped[0], scratch, err)) return NativeResult::Fatal;
  uint8_t s[16];  // the message: its pointer kept in the result's word 0 while the object is allocated
  if (!rt.make_string(s, msg, NativeId::fmt_Errorf, "fmt's string(p.buf)")) return NativeResult::Fatal;
  std::memcpy(result, s, 8);
  const Addr p = rt.newobject(*obj_t, NativeId::fmt_Errorf);
  if (p == 0) return NativeResult::Fatal;
  uint8_t* b = rt.mem().host(p, obj_t->size);
  if (b == nullptr) return NativeResult::Fatal;
  std::memcpy(b, result, 8);  // msg (or errorString's s)
  std::memcpy(b + 8, s + 8, 8);
  if (wrap) {
    store64(b + 16, err[0]);
    store64(b + 24, err[1]);
  }
  store64(result, tab->addr);
  store64(result + 8, p);
  store64(scratch, 0);
  store64(scratch + 8, 0);
  return NativeResult::Ok;
}

namespace native {

// fmt.(*wrapError).Error(e *wrapError) string: args 0 e, result 8.
NativeResult wrapError_Error(Runtime& rt, uint8_t* args) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e, 16) : nullptr;
  if (b == nullptr) {
    rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

// fmt.(*wrapError).Unwrap(e *wrapError) error: args 0 e, result 8.
NativeResult wrapError_Unwrap(Runtime& rt, uint8_t* args) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e + 16, 16) : nullptr;
  if (b == nullptr) {
    rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

// Not built yet (see the header comment): never in an image's itabs.
NativeResult wrapErrors_Error(Runtime& rt, uint8_t*) {
  rt.internal_error("fmt.(*wrapErrors).Error: wrapErrors is not built yet");
  return NativeResult::Fatal;
}
NativeResult wrapErrors_Unwrap(Runtime& rt, uint8_t*) {
  rt.internal_error("fmt.(*wrapErrors).Unwrap: wrapErrors is not built yet");
  return NativeResult::Fatal;
}

}  // namespace native

}  // namespace govm
