// Package runtime's entries: runtime.GC, runtime.KeepAlive and
// runtime.ReadMemStats (Go's mstats.go, mgc.go). (Being written.)
#include "runtime/runtime.h"

namespace govm::native {

// runtime.GC(): a forced cycle, as Go's (gcTriggerCycle, userForced).
NativeResult runtime_GC(Runtime& rt, uint8_t*) {
  rt.gc_start(GcTrigger::Forced);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

// runtime.KeepAlive(x): x is live up to here. The argument block holds it
// for the collector; there is nothing else to do.
NativeResult runtime_KeepAlive(Runtime&, uint8_t*) { return NativeResult::Ok; }

NativeResult runtime_ReadMemStats(Runtime&, uint8_t*) { return NativeResult::Ok; }

}  // namespace govm::native
