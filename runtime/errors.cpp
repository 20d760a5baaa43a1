// Package errors (issue 6), in the VM's own terms.
//
// errors.New(text) allocates Go's *errors.errorString (struct { s string })
// on the heap, through the typed path, and returns it as an error: the
// itab (*errors.errorString, error) is in rodata like every other (the
// compiler declares the types and the itab whenever a program calls
// errors.New), and its fun[0] is the text address of the native stub
// errors.(*errorString).Error, so that a call err.Error() through the
// itab runs the native as any method. errors.Is compares err and target
// as == does, then along the Unwrap chain of fmt.Errorf's *fmt.wrapError
// (issue 6, errs); a program's own Unwrap/Is methods are not called yet:
// meeting one stops the program with a fatal error saying so.
#include <cstring>
#include <string>

#include "runtime/iface.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"

namespace govm {

namespace {

}  // namespace

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

// One step of Go's Unwrap chain from the error (tab, data): 1 with next
// set, 0 when the error has no Unwrap method, -1 with a fatal error when
// it has one govm cannot call from a native yet (a user type's Unwrap or
// Is: the call must be a real Go call, not built yet).
int unwrap_once(Runtime& rt, Addr tab, Addr data, uint64_t next[2]) {
  next[0] = next[1] = 0;
  const Itab* it = tab != 0 ? rt.image().itab_at(tab) : nullptr;
  const TypeDesc* t = it != nullptr ? rt.image().type_at(it->type) : nullptr;
  if (t == nullptr) return 0;
  if (t->name == "*fmt.wrapError") {  // (issue 6, errs) fmt.Errorf's %w
    const uint8_t* b = data != 0 ? rt.mem().host(data + 16, 16) : nullptr;
    if (b == nullptr) return 0;
    next[0] = load64(b);
    next[1] = load64(b + 8);
    return 1;
  }
  if (t->method_named("Unwrap") != nullptr || t->method_named("Is") != nullptr) {
    rt.fatal("govm: errors.Is and errors.Unwrap do not call a program's own Unwrap or Is methods yet (" + t->name + ")");
    return -1;
  }
  return 0;
}

// errors.Unwrap(err error) error: args 0 err, result 16.
NativeResult errors_Unwrap(Runtime& rt, uint8_t* args) {
  uint64_t next[2];
  if (unwrap_once(rt, load64(args), load64(args + 8), next) < 0) return NativeResult::Fatal;
  store64(args + 16, next[0]);
  store64(args + 24, next[1]);
  return NativeResult::Ok;
}

// errors.Is(err, target error) bool: args 0 err, 16 target, result 32.
// Go's is: err == target when target is comparable, else along err's
// Unwrap chain (runtime types natively; see unwrap_once).
NativeResult errors_Is(Runtime& rt, uint8_t* args) {
  Addr t1 = load64(args), x = load64(args + 8);
  const Addr t2 = load64(args + 16), y = load64(args + 24);
  if (t1 == 0 || t2 == 0) {
    args[32] = t1 == t2;
    return NativeResult::Ok;
  }
  for (int depth = 0; t1 != 0; ++depth) {
    if (depth > 1 << 20) {
      rt.fatal("govm: errors.Is: an Unwrap chain of more than 2^20 errors");
      return NativeResult::Fatal;
    }
    if (t1 == t2) {
      const Itab* tab = rt.image().itab_at(t1);
      const TypeDesc* t = tab != nullptr ? rt.image().type_at(tab->type) : nullptr;
      if (t == nullptr) {
        rt.internal_error("errors.Is: no itab at the error's type word");
        return NativeResult::Fatal;
      }
      int eq = 0;
      if (is_direct_iface(rt.image(), *t)) {
        eq = x == y;
      } else {
        std::string why;
        eq = values_equal(rt, *t, x, y, &why);
        if (eq < 0 && why.empty()) return NativeResult::Fatal;
        if (eq < 0) eq = 0;  // Go's Is compares only comparable errors
      }
      if (eq == 1) {
        args[32] = 1;
        return NativeResult::Ok;
      }
    }
    uint64_t next[2];
    const int r = unwrap_once(rt, t1, x, next);
    if (r < 0) return NativeResult::Fatal;
    if (r == 0) break;
    t1 = next[0];
    x = next[1];
  }
  args[32] = 0;
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
