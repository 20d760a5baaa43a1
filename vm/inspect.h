// What the machine API shows of a paused (or ended) machine: plain structs,
// copied out of the machine, so that a caller may keep them after resuming
// it. Machine::segments(), globals(), goroutines(), frames() and stats()
// (vm/machine.h) build them; vm/inspect.cpp explains how.
//
// Addresses are VM addresses; values are formatted as fmt's %v
// (runtime/value_format.h: kinds it does not know yet show as "?").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/address.h"

namespace govm {

// A range of the address space that holds something: the image segments
// ("text", "rodata", "data", "bss"), the part of the heap arena in use
// ("heap") and each live goroutine's stack ("stack", with its goid).
struct SegmentInfo {
  std::string name;
  Addr lo = 0, hi = 0;  // [lo, hi)
  uint64_t goid = 0;    // the goroutine whose stack it is; 0 for the others
};

// A package-level variable and the value it holds now.
struct GlobalView {
  std::string name;     // "main.counter"
  std::string type;     // "int"
  std::string segment;  // "data" or "bss"
  Addr addr = 0;
  uint64_t size = 0;
  std::string value;    // %v
  uint32_t decl_line = 0;
};

struct GoroutineView {
  uint64_t id = 0;
  std::string status;       // as Go's traceback: "running", "runnable", "waiting", ...
  std::string wait_reason;  // when waiting
  Addr stack_lo = 0, stack_hi = 0;
  Addr sp = 0;              // frame base of its innermost frame
  Addr pc = 0;              // the instruction it runs next
  std::string func;         // the function that instruction is in
  uint32_t line = 0;        // its source line (0: none)
  // (issue 5) Where it came from: its entry function, the goroutine whose
  // go statement created it (0 for main's) and that statement's line.
  std::string entry;
  uint64_t creator = 0;
  uint32_t go_line = 0;
};

// A parameter, result or local of a frame.
struct LocalView {
  std::string name;
  std::string type;
  std::string role;  // "param", "result" or "local"
  Addr addr = 0;
  uint64_t size = 0;
  std::string value;  // %v of the bytes there now (a local not yet declared holds leftovers)
  uint32_t decl_line = 0;  // a local is live from its declaration line on
  // (issue 7) A variable moved to the heap, or captured by reference by a
  // closure, keeps only its address in the frame, in a slot named "&x" of
  // type *T (Go's DWARF name; compiler/codegen_addr.cpp): for such a slot,
  // the address it holds (0 before x's declaration has run).
  Addr points_to = 0;
};

struct FrameView {
  std::string func;  // "main.fib"
  std::string file;  // the source path, "" for runtime entries
  uint32_t line = 0;  // innermost frame: the line of pc; callers: the line of the call
  Addr pc = 0;        // innermost: the next instruction; callers: the return address into them
  Addr lo = 0, hi = 0;  // the frame [lo, hi), its link words (saved FP, return address) on top
  Addr return_addr = 0;  // where it returns to (runtime.goexit for the outermost)
  // false for a function whose first instruction (its ENTER) is about to
  // run: its frame is not reserved yet, [lo, hi) holds only the link words
  // its CALL wrote, and only its parameters and results are shown.
  bool entered = true;
  std::vector<LocalView> locals;  // in FuncInfo::locals order
};

// (issue 8) An allocated heap object, as the heap records it (ObjInfo) and
// as the next collection would judge it. Machine::heap_objects() lists
// every one in address order.
struct HeapObjectView {
  Addr addr = 0;
  uint64_t size = 0;         // bytes requested
  uint64_t slot_size = 0;    // bytes taken: its size class's size, or its large span
  uint32_t size_class = 0;   // 0: a large object (a span of its own)
  std::string type;          // as HeapAlloc events name it: "main.Point", "[5]int", "string"
  uint64_t goid = 0;         // the goroutine that allocated it
  std::string by;            // the runtime entry that allocated it: "runtime.newobject"
  uint32_t line = 0, col = 0;  // the allocation site (col 0: unknown)
  std::string site;          // the site's source text ("&Point{...}"), "" when none
  std::string reason;        // why it is on the heap (the escape reason, or the entry's)
  // Whether the next collection would keep it: reachable from the
  // globals and the goroutines' live stack words (Runtime::reachable_objects, runtime/mgc.cpp).
  bool reachable = false;
};

// (issue 8) A value read at an address as a type (Machine::value_at).
// error is empty when the value could be read; otherwise it says why not
// (an unknown type, an unmapped address) and value is "".
struct ValueView {
  Addr addr = 0;
  std::string type;
  uint64_t size = 0;
  std::string segment;  // "text", "rodata", "data", "bss", "heap", "stack" or "none"
  std::string value;    // %v
  std::string error;
};

// Counts since the machine started. Each is kept where it costs nothing
// measurable: the interpreter counts instructions (its budget does anyway),
// frames pushed (ENTER and NATIVE, one increment beside the depth it
// keeps) and stack growths (in morestack's cold path); the heap's own
// counters give the objects and bytes allocated (objects in use and the
// bytes of their slots).
struct Stats {
  uint64_t instructions = 0;
  uint64_t frames_pushed = 0;
  uint64_t stack_growths = 0;
  uint64_t heap_objects = 0;  // allocated now
  uint64_t heap_bytes = 0;    // bytes of their slots
  uint64_t events = 0;  // events emitted (to any sink; 0 when none listened)
  // (issue 8) From the heap's and the collector's counters (MemStats).
  uint64_t mallocs = 0;          // objects ever allocated
  uint64_t total_alloc = 0;      // bytes ever allocated (slot sizes)
  uint64_t frees = 0;            // objects ever freed
  uint32_t gc_cycles = 0;        // completed collections
  uint64_t peak_heap = 0;        // the highest heap_bytes seen
  uint64_t goroutines_created = 0;  // main's goroutine included
};

}  // namespace govm
