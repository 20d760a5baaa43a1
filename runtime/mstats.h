// (issue 4) runtime.MemStats as the program sees it: Go 1.19's struct
// (runtime/mstats.go) on amd64, 5776 bytes. The compiler declares the type
// field for field (compiler/universe.cpp, Checker::memstats_type), so its
// layout is gc's; runtime.ReadMemStats writes the collector's numbers
// (mgc.h's MemStats) at these offsets. A unit test
// (tests/unit/compiler/runtime_pkg_test.cpp) checks the two against each
// other field by field.
//
//      0  Alloc .. PauseTotalNs     24 x uint64
//    192  PauseNs   [256]uint64     (circular buffer of recent pauses)
//   2240  PauseEnd  [256]uint64
//   4288  NumGC uint32, NumForcedGC uint32
//   4296  GCCPUFraction float64
//   4304  EnableGC bool, DebugGC bool, (6 bytes padding)
//   4312  BySize [61]struct{ Size uint32; Mallocs, Frees uint64 }  (24 each)
//   5776  end
#pragma once

#include <cstdint>

#include "runtime/mgc.h"

namespace govm {

namespace memstats_off {
inline constexpr uint64_t kAlloc = 0;
inline constexpr uint64_t kTotalAlloc = 8;
inline constexpr uint64_t kSys = 16;
inline constexpr uint64_t kLookups = 24;
inline constexpr uint64_t kMallocs = 32;
inline constexpr uint64_t kFrees = 40;
inline constexpr uint64_t kHeapAlloc = 48;
inline constexpr uint64_t kHeapSys = 56;
inline constexpr uint64_t kHeapIdle = 64;
inline constexpr uint64_t kHeapInuse = 72;
inline constexpr uint64_t kHeapReleased = 80;
inline constexpr uint64_t kHeapObjects = 88;
inline constexpr uint64_t kStackInuse = 96;
inline constexpr uint64_t kStackSys = 104;
inline constexpr uint64_t kMSpanInuse = 112;
inline constexpr uint64_t kMSpanSys = 120;
inline constexpr uint64_t kMCacheInuse = 128;
inline constexpr uint64_t kMCacheSys = 136;
inline constexpr uint64_t kBuckHashSys = 144;
inline constexpr uint64_t kGCSys = 152;
inline constexpr uint64_t kOtherSys = 160;
inline constexpr uint64_t kNextGC = 168;
inline constexpr uint64_t kLastGC = 176;
inline constexpr uint64_t kPauseTotalNs = 184;
inline constexpr uint64_t kPauseNs = 192;
inline constexpr uint64_t kPauseEnd = 2240;
inline constexpr uint64_t kNumGC = 4288;
inline constexpr uint64_t kNumForcedGC = 4292;
inline constexpr uint64_t kGCCPUFraction = 4296;
inline constexpr uint64_t kEnableGC = 4304;
inline constexpr uint64_t kDebugGC = 4305;
inline constexpr uint64_t kBySize = 4312;
inline constexpr uint64_t kBySizeElem = 24;  // Size at +0, Mallocs at +8, Frees at +16
inline constexpr uint64_t kBySizeLen = 61;
inline constexpr uint64_t kSize = 5776;      // unsafe.Sizeof(runtime.MemStats{})
}  // namespace memstats_off

// Writes the whole runtime.MemStats (memstats_off::kSize bytes at dst, a
// host pointer): every field from s, 0 where govm has no number (Lookups,
// MSpan*, MCache*, BuckHashSys, GCSys, OtherSys, PauseNs, PauseEnd,
// GCCPUFraction, BySize's counts), EnableGC true, BySize[i].Size Go's size
// class i.
void write_memstats(uint8_t* dst, const MemStats& s);

}  // namespace govm
