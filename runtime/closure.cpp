// Goroutines started on func values (issue 6, func): `go fv(args)` and
// `go func() {...}()`.
//
// runtime.newproc's block names a function by its text address; a func
// value also carries its context, the funcval. runtime.newprocfv takes the
// same block with the funcval in place of fn: it starts the goroutine on
// the funcval's entry and leaves the funcval in the new G's ctxt, where
// the closure's GETCTXT (just after its ENTER) finds it, as a CALLCLO
// would have left it. Until then g.ctxt is the collector's root for it
// (mgc.cpp) and morestack's to adjust (stack.cpp).
//
// gc wraps the call in a closure run by the new goroutine, so a nil func
// value panics there; govm panics in the go statement itself (the creator's
// traceback, the same message).
#include "runtime/address_space.h"
#include "runtime/runtime.h"

namespace govm {

namespace native {

NativeResult newprocfv(Runtime& rt, uint8_t* args) {
  const Addr fv = load64(args);
  const uint64_t siz = load64(args + 8);
  if (fv == 0) {
    rt.raise_panicmem(0);
    return NativeResult::Panic;
  }
  const uint8_t* w = rt.mem().host(fv, 8);
  if (w == nullptr) {
    rt.internal_error("newprocfv: funcval " + std::to_string(fv) + " is not mapped");
    return NativeResult::Fatal;
  }
  G* cur = rt.current();
  G* g = rt.newproc(load64(w), args + 16, siz, cur ? cur->pc : 0);
  if (g == nullptr) return NativeResult::Fatal;
  g->ctxt = fv;
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
