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

GOVM_PENDING(newobject)
GOVM_PENDING(makeslice)
GOVM_PENDING(growslice)
GOVM_PENDING(slicecopy)
GOVM_PENDING(slicebytetostring)
GOVM_PENDING(stringtoslicebyte)
GOVM_PENDING(stringtoslicerune)
GOVM_PENDING(slicerunetostring)
GOVM_PENDING(intstring)
GOVM_PENDING(makemap)
GOVM_PENDING(mapaccess1)
GOVM_PENDING(mapaccess2)
GOVM_PENDING(mapassign)
GOVM_PENDING(mapdelete)
GOVM_PENDING(mapiterinit)
GOVM_PENDING(mapiternext)
GOVM_PENDING(printpointer)
GOVM_PENDING(printslice)

#undef GOVM_PENDING

}  // namespace govm::native
