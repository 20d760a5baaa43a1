// TEMPORARY (issue 3, in progress): entries declared in natives.h whose
// implementation has not landed yet. Each owner deletes its entries here
// as it implements them in their own file; this file goes when empty.
#include "runtime/natives.h"
#include "runtime/runtime.h"

namespace govm::native {

#define GOVM_PENDING(name)                                                   \
  NativeResult name(Runtime& rt, uint8_t*) {                                 \
    rt.internal_error("runtime." #name " is not implemented yet");          \
    return NativeResult::Fatal;                                              \
  }


#undef GOVM_PENDING

}  // namespace govm::native
