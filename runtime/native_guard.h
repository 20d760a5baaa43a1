// A native's early exit (runtime/strings.cpp, runtime/atoi.cpp).
//
// Natives that build their result in several steps (allocations, nested
// conversions) stop at the first failure already raised on the runtime (a
// panic, the heap limit, an internal error) by throwing Raised; the entry
// runs its body under guarded(), which turns that into the NativeResult
// the interpreter expects. No exception leaves a native.
#pragma once

#include "runtime/natives.h"

namespace govm::native {

struct Raised {
  NativeResult result;
};

template <class F>
NativeResult guarded(F&& f) {
  try {
    f();
    return NativeResult::Ok;
  } catch (const Raised& r) {
    return r.result;
  }
}

}  // namespace govm::native
