// (issue 5) PLACEHOLDER: being written (runtime/sema.cpp).
#include "runtime/runtime.h"

namespace govm::native {
NativeResult sync_WaitGroup_Add(Runtime& rt, uint8_t*) {
  rt.internal_error("sync_WaitGroup_Add is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult sync_WaitGroup_Done(Runtime& rt, uint8_t*) {
  rt.internal_error("sync_WaitGroup_Done is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult sync_WaitGroup_Wait(Runtime& rt, uint8_t*) {
  rt.internal_error("sync_WaitGroup_Wait is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult sync_Mutex_Lock(Runtime& rt, uint8_t*) {
  rt.internal_error("sync_Mutex_Lock is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult sync_Mutex_Unlock(Runtime& rt, uint8_t*) {
  rt.internal_error("sync_Mutex_Unlock is not implemented yet");
  return NativeResult::Fatal;
}
}  // namespace govm::native
