// (issue 5) PLACEHOLDER: the scheduler, being written by the lead.
#include "runtime/runtime.h"

namespace govm::native {
NativeResult newproc(Runtime& rt, uint8_t*) {
  rt.internal_error("newproc is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult runtime_Gosched(Runtime& rt, uint8_t*) {
  rt.internal_error("Gosched is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult runtime_NumGoroutine(Runtime& rt, uint8_t*) {
  rt.internal_error("NumGoroutine is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult time_Sleep(Runtime& rt, uint8_t*) {
  rt.internal_error("time.Sleep is not implemented yet");
  return NativeResult::Fatal;
}
}  // namespace govm::native
