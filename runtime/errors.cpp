// Package errors (issue 6), in the VM's own terms.
//
// errors.New(text) allocates Go's *errors.errorString (struct { s string })
// on the heap, through the typed path, and returns it as an error: the
// itab (*errors.errorString, error) is in rodata like every other (the
// compiler declares the types and the itab whenever a program calls
// errors.New), and its fun[0] is the text address of the native stub
// errors.(*errorString).Error, so that a call err.Error() through the
// itab runs the native as any method. errors.Is, As and Unwrap call Go
// methods: runtime/errors_methods.cpp; errors.Join and fmt.Errorf's
// errors: runtime/errors_wrap.cpp.
#include <cstring>

#include "runtime/natives.h"
#include "runtime/runtime.h"

namespace govm {

namespace native {

// errors.New(text string) error: args 0 text (16 bytes), result 16 (16 bytes).
NativeResult errors_New(Runtime& rt, uint8_t* args) {
  const Image& img = rt.image();
  const TypeDesc* es = img.type_named("errors.errorString");
  const TypeDesc* pes = img.type_named("*errors.errorString");
  const TypeDesc* err = img.error_iface();
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
  store64(args + 16, tab->addr);
  store64(args + 24, p);
  return NativeResult::Ok;
}

// errors.(*errorString).Error(e *errorString) string: args 0 e, result 8.
NativeResult errorString_Error(Runtime& rt, uint8_t* args) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e, 16) : nullptr;
  if (b == nullptr) {
    rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
