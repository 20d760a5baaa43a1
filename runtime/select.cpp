// (issue 5) PLACEHOLDER: being written (runtime/select.cpp).
#include "runtime/runtime.h"

namespace govm::native {
NativeResult selectgo(Runtime& rt, uint8_t*) {
  rt.internal_error("selectgo is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult block(Runtime& rt, uint8_t*) {
  rt.internal_error("block is not implemented yet");
  return NativeResult::Fatal;
}
}  // namespace govm::native
