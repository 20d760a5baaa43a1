// Memory events: the one typed stream every observer of a machine reads.
//
// The runtime and the interpreter produce events; sinks consume them: the
// text trace (--trace-memory), later JSON Lines, API callbacks and the
// stepper. With no sink attached nothing is built: producers test
// EventStream::enabled(kind) (a load and a bit test) before making an event,
// so a program runs at full speed unless someone watches.
//
// Every event carries a sequence number (from 1, per machine, in emission
// order) and the id of the goroutine that caused it (0 for the loader).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "runtime/address.h"
#include "runtime/image.h"

namespace govm {

enum class EventKind : uint8_t {
  GlobalInit,   // a global took its initial value (at load, or by init code)
  FramePush,    // a function's frame was reserved on a goroutine's stack
  FramePop,     // a function returned and its frame was released
  StackGrow,    // morestack moved a goroutine's stack to a segment twice as large
  HeapAlloc,    // an object was allocated on the heap
  // (issue 4) The collector (runtime/mgc.h):
  GcStart,      // a cycle began: the world is stopped
  GcRoots,      // the roots of one kind were scanned (one event per kind)
  GcGrey,       // an object turned grey (marked, queued): only at --trace-memory=gc-mark
  GcBlack,      // an object was scanned and turned black: only at --trace-memory=gc-mark
  HeapFree,     // the sweeper freed an object
  GcEnd,        // a cycle ended: the world restarts
  StackShrink,  // a goroutine's stack was halved after a cycle
  // (issue 5) Goroutines (runtime/proc.cpp):
  GoCreate,     // a go statement created a goroutine with its own stack
  GoPark,       // a goroutine parked (blocked) on something
  GoReady,      // a parked goroutine was made runnable
  GoExit,       // a goroutine's entry returned; its stack was freed
  Count
};
const char* event_kind_name(EventKind k);  // "global", "push", "pop", "grow", "alloc",
                                           // (issue 4) "gc-start", "gc-roots", "gc-grey",
                                           // "gc-black", "free", "gc-end", "shrink",
                                           // (issue 5) "go-create", "go-park", "go-ready", "go-exit"

struct GlobalInitEvent {
  std::string name;   // "main.counter"
  Segment segment;    // Data or Bss
  Addr addr;
  uint64_t size;
  std::string type;   // "int"
  std::string value;  // formatted as %v: "42", "hello", "0"
  bool by_code;       // set by the package init function (false: at load)
  uint32_t line;      // declaration line
};

struct FramePushEvent {
  std::string func;   // "main.fib"
  Addr lo, hi;        // the frame: [lo, hi) including return address and saved FP
  uint64_t size;      // hi - lo
  uint32_t line;      // line of the call site in the caller (0 for a goroutine's entry)
  uint32_t depth;     // frames on this goroutine's stack after the push
};

struct FramePopEvent {
  std::string func;
  Addr lo, hi;
  uint64_t size;
  uint32_t depth;     // frames left after the pop
};

struct StackGrowEvent {
  uint64_t old_size, new_size;
  Addr old_lo, old_hi, new_lo, new_hi;
  uint64_t copied;    // bytes of frames copied
  uint64_t adjusted;  // pointers into the old stack that were adjusted (saved FPs, ...)
  std::string func;   // the function whose prologue ran out of room
  // (issue 3) How many of `adjusted` were saved frame pointers (the rest
  // were pointer words in frames and arguments, found by the stack maps).
  uint64_t saved_fps = 0;
};

struct HeapAllocEvent {
  Addr addr;
  uint64_t size;       // requested bytes
  uint64_t slot_size;  // bytes actually taken (size class or large span)
  uint32_t size_class; // 0 for large objects
  std::string type;
  std::string func;    // runtime entry that allocated: "runtime.concatstring2"
  uint32_t line;       // source line of the allocation site
  std::string reason;  // the escape reason that put it on the heap
  // (issue 3) From the allocation site (Image::alloc_site_at at the
  // goroutine's pc; 0 and "" when the pc has none):
  uint32_t col = 0;      // source column of the site
  std::string site = {}; // the site as gc's -m names it: "new(int)", "&Point{...}", "make([]int, n)"
};

// (issue 4) The collector's events. A cycle reads, in order: GcStart; per
// root kind, the objects it turned grey (GcGrey, finer level) then its
// GcRoots count; the marking (GcGrey and GcBlack, finer level); one
// HeapFree per object freed; GcEnd. StackShrink events follow at each
// goroutine's next safe point.
struct GcStartEvent {
  uint32_t cycle;        // 1 for the first
  std::string trigger;   // gc_trigger_name: "heap goal", "runtime.GC()", "stress"
  uint64_t heap_alloc;   // bytes of heap objects (their slots) when the cycle began
  uint64_t goal;         // the goal that was in force
};

struct GcRootsEvent {
  uint32_t cycle;
  std::string kind;      // "data", "bss", "stack", "runtime" (objects a runtime entry holds);
                         // (issue 6) "panic" (panic values), "ctxt" (a closure context, func)
  uint64_t goroutine;    // for "stack" (and "panic", "ctxt"): whose; else 0
  uint64_t words;        // pointer words the maps mark in these roots ("runtime": objects held)
  uint64_t pointers;     // of which point at heap objects
  uint64_t greyed;       // objects these roots turned grey (first reached from here)
};

struct GcMarkEvent {     // GcGrey and GcBlack
  uint32_t cycle;
  Addr addr;
  uint64_t size;         // slot size
  std::string type;
  Addr from;             // GcGrey: the word that pointed at it (a root or a heap word; 0 for
                         // a "runtime" root); GcBlack: 0
};

struct HeapFreeEvent {
  uint32_t cycle;
  Addr addr;
  uint64_t size;         // requested bytes at allocation
  uint64_t slot_size;
  uint32_t size_class;
  std::string type;      // as the HeapAlloc event named it
  uint64_t alloc_goid;   // the goroutine that allocated it
  uint32_t line, col;    // where it was allocated (0 when unknown)
  std::string site;      // the site as gc's -m names it ("" when none)
  std::string func;      // the runtime entry that allocated it
};

struct GcEndEvent {
  uint32_t cycle;
  std::string trigger;
  uint64_t heap_before;  // heap_alloc when the cycle began
  uint64_t heap_after;   // heap_alloc after sweeping
  uint64_t live;         // bytes marked (= heap_after: govm sweeps in the pause)
  uint64_t freed_objects, freed_bytes;
  uint64_t next_goal;
  uint64_t stacks, globals;  // bytes of stacks and globals scanned (the pacer's inputs)
  uint64_t pause_ns;     // virtual ns the cycle took
};

struct StackShrinkEvent {
  uint64_t old_size, new_size;
  Addr old_lo, old_hi, new_lo, new_hi;
  uint64_t used;         // bytes of frames in use (hi - sp), under old_size / 4
  uint64_t adjusted;     // pointers into the old stack adjusted
};

// (issue 5) Goroutine events. Event::goid is the goroutine that caused
// the event (the creator, the one parking, the one readying, the one
// exiting); `g` the goroutine it is about.
struct GoCreateEvent {
  uint64_t g;
  std::string func;    // its entry function: "main.worker"
  Addr stack_lo, stack_hi;  // its stack segment
  uint64_t stack_size;
  uint32_t line;       // the go statement's line in the creator
};
struct GoParkEvent {
  uint64_t g;
  std::string reason;  // Go's wait reason: "chan receive", "sleep", ...
  std::string func;    // the function it parked in: "main.main"
  uint32_t line;       // and the line
};
struct GoReadyEvent {
  uint64_t g;
  std::string reason;  // what it had been waiting for
};
struct GoExitEvent {
  uint64_t g;
  std::string func;    // its entry function
  Addr stack_lo, stack_hi;  // the stack segment freed
  uint64_t stack_size;
};

struct Event {
  EventKind kind;
  uint64_t seq = 0;
  uint64_t goid = 0;
  std::variant<GlobalInitEvent, FramePushEvent, FramePopEvent, StackGrowEvent, HeapAllocEvent,
               GcStartEvent, GcRootsEvent, GcMarkEvent, HeapFreeEvent, GcEndEvent, StackShrinkEvent,
               GoCreateEvent, GoParkEvent, GoReadyEvent, GoExitEvent>
      data;
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual void on_event(const Event& e) = 0;
};

// Fan-out of events to the attached sinks, with a per-kind enable mask that
// producers test before building an event.
class EventStream {
 public:
  void attach(EventSink* sink, uint32_t kinds_mask = ~0u);
  // Changes the kinds an attached sink receives (the machine
  // API's own sink listens only while a run waits for an event, so that
  // other runs build no event for it). A sink not attached is ignored.
  void set_mask(EventSink* sink, uint32_t kinds_mask) {
    mask_ = 0;
    for (Attached& a : sinks_) {
      if (a.sink == sink) a.mask = kinds_mask & ((1u << static_cast<unsigned>(EventKind::Count)) - 1);
      mask_ |= a.mask;
    }
  }
  bool enabled(EventKind k) const { return (mask_ >> static_cast<unsigned>(k)) & 1u; }
  bool any() const { return mask_ != 0; }
  void emit(Event e);  // assigns seq, delivers to every sink that wants e.kind
  uint64_t count() const { return seq_; }

 private:
  struct Attached { EventSink* sink; uint32_t mask; };
  std::vector<Attached> sinks_;
  uint32_t mask_ = 0;
  uint64_t seq_ = 0;
};

}  // namespace govm
