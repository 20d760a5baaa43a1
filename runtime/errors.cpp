// Package errors (issue 6), in the VM's own terms.
//
// errors.New(text) allocates Go's *errors.errorString (struct { s string })
// on the heap, through the typed path, and returns it as an error: the
// itab (*errors.errorString, error) is in rodata like every other (the
// compiler declares the types and the itab whenever a program calls
// errors.New), and its fun[0] is the text address of the native stub
// errors.(*errorString).Error, so that a call err.Error() through the
// itab runs the native as any method. errors.Is compares err and target
// as == does (no Unwrap chain: no type in the subset wraps errors yet).
#include <cstring>
#include <string>

#include "runtime/iface.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"

namespace govm {

namespace {

uint64_t ld64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void st64(uint8_t* p, uint64_t v) { std::memcpy(p, &v, 8); }

const TypeDesc* type_named(const Image& img, const std::string& name) {
  for (const TypeDesc& t : img.types)
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace

namespace native {

// errors.New(text string) error: args 0 text (16 bytes), result 16 (16 bytes).
NativeResult errors_New(Runtime& rt, uint8_t* args) {
  const Image& img = rt.image();
  const TypeDesc* es = type_named(img, "errors.errorString");
  const TypeDesc* pes = type_named(img, "*errors.errorString");
  const TypeDesc* err = type_named(img, "error");
  const Itab* tab = es && pes && err ? img.itab_for(err->addr, pes->addr) : nullptr;
  if (tab == nullptr) {
    rt.internal_error("errors.New: no itab (*errors.errorString, error) in the image");
    return NativeResult::Fatal;
  }
  const Addr p = rt.newobject(*es, NativeId::errors_New);
  if (p == 0) return NativeResult::Fatal;
  uint8_t* b = rt.mem().host(p, 16);
  if (b == nullptr) return NativeResult::Fatal;
  std::memcpy(b, args, 16);
  st64(args + 16, tab->addr);
  st64(args + 24, p);
  return NativeResult::Ok;
}

// errors.(*errorString).Error(e *errorString) string: args 0 e, result 8.
NativeResult errorString_Error(Runtime& rt, uint8_t* args) {
  const Addr e = ld64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e, 16) : nullptr;
  if (b == nullptr) {
    rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

// errors.Is(err, target error) bool: args 0 err, 16 target, result 32.
NativeResult errors_Is(Runtime& rt, uint8_t* args) {
  const Addr t1 = ld64(args), t2 = ld64(args + 16);
  if (t1 == 0 || t2 == 0) {
    args[32] = t1 == t2;
    return NativeResult::Ok;
  }
  if (t1 != t2) {
    args[32] = 0;
    return NativeResult::Ok;
  }
  const Itab* tab = rt.image().itab_at(t1);
  const TypeDesc* t = tab != nullptr ? rt.image().type_at(tab->type) : nullptr;
  if (t == nullptr) {
    rt.internal_error("errors.Is: no itab at the error's type word");
    return NativeResult::Fatal;
  }
  const Addr x = ld64(args + 8), y = ld64(args + 24);
  if (is_direct_iface(rt.image(), *t)) {
    args[32] = x == y;
    return NativeResult::Ok;
  }
  std::string why;
  const int eq = values_equal(rt, *t, x, y, &why);
  if (eq < 0) {
    if (why.empty()) return NativeResult::Fatal;
    args[32] = 0;  // Go's Is compares only comparable errors
    return NativeResult::Ok;
  }
  args[32] = static_cast<uint8_t>(eq);
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
