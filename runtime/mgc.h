// The garbage collector: precise, stop-the-world, non-moving mark-sweep, as
// Go's runtime/mgc.go without the concurrency. (Design essay in mgc.cpp.)
//
//   gc_start      one whole cycle: mark the roots, drain the grey worklist,
//                 sweep every span, set the next goal
//   GcPhase       where a cycle stands; what holds in each phase
//   GcOptions     GOGC, --gc-stress, --gc-verify, GODEBUG=gctrace=1
//   MemStats      runtime.ReadMemStats' numbers, as Go defines them
#pragma once

#include <cstdint>
#include <string>

namespace govm {

// The phases of a collection (Go's gcphase, simplified: govm stops the world
// for the whole cycle, so there is no concurrent mark and no write barrier).
enum class GcPhase : uint8_t {
  // The mutator runs. Every allocated object is white (its mark bit is
  // clear); free slots are poisoned.
  Off,
  // The world is stopped. Roots (data, bss, every goroutine's frames through
  // the stack maps, objects a runtime entry is still holding) are being
  // scanned: each heap object a root points to turns grey (marked and on the
  // worklist).
  MarkRoots,
  // Draining the worklist: an object taken off it is scanned through its
  // pointer bitmap (its pointees turn grey) and is then black. Invariant: no
  // black object points to a white one.
  Mark,
  // The worklist is empty: every reachable object is black, every white
  // object is garbage. Sweeping walks every span, frees (and poisons) the
  // white slots and clears the mark bits of the black ones.
  Sweep,
};
const char* gc_phase_name(GcPhase p);  // "off", "mark roots", "mark", "sweep"

// What started a cycle.
enum class GcTrigger : uint8_t {
  Heap,    // the heap reached its goal (Go's gcTriggerHeap)
  Forced,  // runtime.GC() (gcTriggerCycle, userForced): gctrace says " (forced)"
  Stress,  // --gc-stress: a cycle before every allocation
};
const char* gc_trigger_name(GcTrigger t);  // "heap goal", "runtime.GC()", "stress"

// The collector's settings (RuntimeOptions::gc).
struct GcOptions {
  // GOGC: the heap may grow by this percentage of the live heap (plus
  // stacks and globals) before the next cycle; -1 is GOGC=off (never
  // collect, except runtime.GC()).
  int gogc = 100;
  bool stress = false;   // --gc-stress: collect before every allocation
  bool verify = false;   // --gc-verify: check the heap after every cycle
  bool gctrace = false;  // GODEBUG=gctrace=1: one line per cycle on stderr
};

// Parses a GOGC value as Go does: "off" is -1, a decimal integer (may be
// negative: also off) is the percentage. False on anything else.
bool parse_gogc(const std::string& s, int& out);

// runtime.MemStats, the fields teachers use, with Go's meanings (mstats.go).
// All in bytes or counts; cumulative ones never decrease.
struct MemStats {
  uint64_t alloc = 0;          // = heap_alloc
  uint64_t total_alloc = 0;    // bytes of heap objects ever allocated (slot sizes)
  uint64_t sys = 0;            // bytes obtained from the host: heap pages + stack segments + image
  uint64_t mallocs = 0;        // heap objects ever allocated
  uint64_t frees = 0;          // heap objects ever freed
  uint64_t heap_alloc = 0;     // bytes of allocated heap objects (slot sizes)
  uint64_t heap_sys = 0;       // heap_inuse + heap_idle
  uint64_t heap_idle = 0;      // bytes in spans with no objects (free pages of the arena)
  uint64_t heap_inuse = 0;     // bytes in spans with at least one object
  uint64_t heap_released = 0;  // bytes of free pages given back to the host
  uint64_t heap_objects = 0;   // allocated heap objects
  uint64_t stack_inuse = 0;    // bytes of stack segments in use
  uint64_t stack_sys = 0;      // = stack_inuse
  uint64_t next_gc = 0;        // heap goal of the next cycle
  uint64_t last_gc = 0;        // virtual time (ns) the last cycle ended; 0 before any
  uint64_t pause_total_ns = 0; // virtual ns spent in stop-the-world pauses
  uint32_t num_gc = 0;         // completed cycles
  uint32_t num_forced_gc = 0;  // of which runtime.GC()
  uint64_t peak_heap_alloc = 0;  // (govm) highest heap_alloc seen: for tests and the API
};

}  // namespace govm
