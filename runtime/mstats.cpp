// Package runtime's entries: runtime.GC, runtime.KeepAlive and
// runtime.ReadMemStats (Go's mgc.go, mfinal.go, mstats.go).
//
// ReadMemStats copies the collector's statistics (Runtime::read_memstats,
// mgc.h) into the program's runtime.MemStats at Go's offsets (mstats.h):
// the struct has no pointers, so writing it needs no care from the
// collector, and the whole struct is rewritten, as Go's readmemstats_m
// does, so a field govm has no number for reads 0, never a stale value.
#include "runtime/mstats.h"

#include <cstring>

#include "runtime/runtime.h"
#include "runtime/sizeclasses.h"

namespace govm {

namespace {

void put64(uint8_t* dst, uint64_t off, uint64_t v) { std::memcpy(dst + off, &v, 8); }
void put32(uint8_t* dst, uint64_t off, uint32_t v) { std::memcpy(dst + off, &v, 4); }

}  // namespace

void write_memstats(uint8_t* dst, const MemStats& s) {
  namespace o = memstats_off;
  std::memset(dst, 0, o::kSize);
  put64(dst, o::kAlloc, s.alloc);
  put64(dst, o::kTotalAlloc, s.total_alloc);
  put64(dst, o::kSys, s.sys);
  put64(dst, o::kMallocs, s.mallocs);
  put64(dst, o::kFrees, s.frees);
  put64(dst, o::kHeapAlloc, s.heap_alloc);
  put64(dst, o::kHeapSys, s.heap_sys);
  put64(dst, o::kHeapIdle, s.heap_idle);
  put64(dst, o::kHeapInuse, s.heap_inuse);
  put64(dst, o::kHeapReleased, s.heap_released);
  put64(dst, o::kHeapObjects, s.heap_objects);
  put64(dst, o::kStackInuse, s.stack_inuse);
  put64(dst, o::kStackSys, s.stack_sys);
  put64(dst, o::kNextGC, s.next_gc);
  put64(dst, o::kLastGC, s.last_gc);
  put64(dst, o::kPauseTotalNs, s.pause_total_ns);
  put32(dst, o::kNumGC, s.num_gc);
  put32(dst, o::kNumForcedGC, s.num_forced_gc);
  dst[o::kEnableGC] = 1;  // Go's is always true
  for (uint64_t i = 0; i < o::kBySizeLen && i < static_cast<uint64_t>(kNumSizeClasses); i++) {
    put32(dst, o::kBySize + i * o::kBySizeElem, kSizeClasses[i].size);
  }
}

namespace native {

// runtime.GC(): a forced cycle, as Go's (gcTriggerCycle, userForced).
NativeResult runtime_GC(Runtime& rt, uint8_t*) {
  rt.gc_start(GcTrigger::Forced);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
}

// runtime.KeepAlive(x): x is live up to here. The argument block holds it
// for the collector (its data word points at a typed copy in the caller's
// frame); there is nothing else to do.
NativeResult runtime_KeepAlive(Runtime&, uint8_t*) { return NativeResult::Ok; }

// runtime.ReadMemStats(m *MemStats). A nil m faults inside Go's runtime
// (readmemstats_m), which Go reports as the fatal error "unexpected signal
// during runtime execution", not as a recoverable panic: so does govm.
NativeResult runtime_ReadMemStats(Runtime& rt, uint8_t* args) {
  Addr m;
  std::memcpy(&m, args, 8);
  if (m == 0) {
    rt.fatal("unexpected signal during runtime execution");
    return NativeResult::Fatal;
  }
  uint8_t* dst = rt.mem().host(m, memstats_off::kSize);
  if (dst == nullptr) {
    rt.internal_error("runtime.ReadMemStats: *MemStats at " + std::to_string(m) + " is not mapped");
    return NativeResult::Fatal;
  }
  write_memstats(dst, rt.read_memstats());
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
