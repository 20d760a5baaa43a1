// (issue 5) PLACEHOLDER: being written (runtime/chan.cpp).
#include "runtime/runtime.h"

namespace govm::native {
NativeResult makechan(Runtime& rt, uint8_t*) {
  rt.internal_error("makechan is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult chansend1(Runtime& rt, uint8_t*) {
  rt.internal_error("chansend1 is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult chanrecv1(Runtime& rt, uint8_t*) {
  rt.internal_error("chanrecv1 is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult chanrecv2(Runtime& rt, uint8_t*) {
  rt.internal_error("chanrecv2 is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult closechan(Runtime& rt, uint8_t*) {
  rt.internal_error("closechan is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult chanlen(Runtime& rt, uint8_t*) {
  rt.internal_error("chanlen is not implemented yet");
  return NativeResult::Fatal;
}
NativeResult chancap(Runtime& rt, uint8_t*) {
  rt.internal_error("chancap is not implemented yet");
  return NativeResult::Fatal;
}
}  // namespace govm::native
