// Goroutines: the G of Go's runtime (runtime2.go).
//
// A G is a Go stack plus the interpreter registers saved while it is not
// running or while it is inside the runtime. Goroutine 1 runs main; later
// issues add more, each on its own boost::context fiber (vm/).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/address.h"
#include "runtime/runtime_error.h"
#include "runtime/stack.h"

namespace govm {

enum class GStatus : uint8_t {
  Idle,      // just created; never run; its stack holds only the entry link
  Runnable,  // on a run queue; not running
  Running,   // executing on the machine's thread; its registers live in the interpreter
  Waiting,   // parked; wait_reason says on what
  Dead,      // exited; its stack has been freed
};
const char* gstatus_name(GStatus s);  // as Go's traceback prints it: "running", "runnable", ...

// (issue 5) Why a goroutine is parked: Go's waitReason (runtime2.go), with
// the strings today's Go prints in tracebacks ("goroutine 1 [chan receive]:").
enum class WaitReason : uint8_t {
  None,
  ChanReceive,         // "chan receive"
  ChanSend,            // "chan send"
  ChanReceiveNilChan,  // "chan receive (nil chan)"
  ChanSendNilChan,     // "chan send (nil chan)"
  Select,              // "select"
  SelectNoCases,       // "select (no cases)"
  Sleep,               // "sleep"
  SyncWaitGroupWait,   // "sync.WaitGroup.Wait" (Go 1.19 said "semacquire")
  SyncMutexLock,       // "sync.Mutex.Lock" (Go 1.19 said "semacquire")
};
const char* waitreason_name(WaitReason r);

// (issue 5) Where a goroutine that is not running stopped, which says how
// its stack is walked (stack.cpp walk_stack, mgc.cpp frames_now):
enum class GStop : uint8_t {
  Entry,      // never run: pc is its entry's ENTER, no frame yet (newproc)
  Call,       // inside a runtime call (CALLRT or NATIVE at pc): parked, or
              // the running goroutine while the runtime works for it;
              // every frame is at a safe point with exact maps
  Preempted,  // between two arbitrary instructions, its time slice over:
              // the innermost frame has no map at pc and is scanned
              // conservatively, as Go scans an asynchronously preempted
              // frame; its callers are at their CALLs. (The goroutine a
              // paused machine stopped stays Call: the next collection
              // will find it at a runtime call, where the maps are exact,
              // and reachable_objects predicts that collection.)
};

struct G {
  uint64_t id = 0;
  uint64_t creator = 0;     // goid of the goroutine that created it (0: the runtime)
  Addr entry = 0;           // entry function's text address
  Stack stack;              // [lo, hi)
  GStatus status = GStatus::Idle;
  std::string wait_reason;  // "chan receive", ... when Waiting

  // Saved interpreter registers (VM addresses). Valid when not Running, and
  // while Running inside any runtime call:
  Addr pc = 0;   // the instruction being executed (or to resume at)
  Addr sp = 0;   // frame base of the innermost frame
  Addr bp = 0;   // address of the innermost frame's link words (saved FP, return address)
  //
  // Three states of these registers, precisely:
  //  - A new goroutine (Runtime::newproc), as if its entry had just been
  //    CALLed from a frame whose base is stack.hi:
  //        [hi-8]  = runtime.goexit's entry (return address)
  //        [hi-16] = 0                      (saved FP: no caller)
  //        pc = entry (its first instruction is the entry's ENTER)
  //        sp = hi    (the fp register to start with: ENTER sets bp = fp-16)
  //        bp = hi-16 (the link words ENTER is about to adopt)
  //    The interpreter starts it with fp = sp, bp = bp, pc = pc.
  //  - Inside runtime.morestack (called by ENTER when the frame does not
  //    fit, before fp moves): pc = the ENTER instruction of the callee,
  //    sp = bp = the callee's link words (the lowest used address). On
  //    return both are relocated into the new stack; the interpreter reloads
  //    fp and bp from them (host pointers into the old stack are dead) and
  //    re-executes or completes the ENTER.
  //  - Inside any other runtime call: pc = the calling instruction, sp = the
  //    frame base of the innermost frame, bp = its link words.
  uint32_t depth = 0;  // frames on the stack (for events)
  // (issue 4) The collector asked for this stack to be shrunk at the
  // goroutine's next safe point (Go's preemptShrink).
  bool preempt_shrink = false;

  // (issue 5) Goroutines and the scheduler (runtime/proc.cpp).
  Addr gopc = 0;                  // the creator's go statement (its CALLRT newproc); 0 for goroutine 1
  WaitReason waiting = WaitReason::None;  // why it is parked (Waiting); wait_reason is its name
  GStop stopped = GStop::Entry;   // how its registers stand when it is not running
  uint64_t param = 0;             // set by whoever readied it (chan.cpp: which select case, ok)
  uint64_t sleep_until = 0;       // time.Sleep: the virtual nanotime it wakes at

  // (issue 6, defer) Panics in progress (runtime/panic.cpp), oldest first
  // (Go's g._panic chain, reversed). Each keeps its value as an eface whose
  // data word points at a heap box (a root of the collector), the value's
  // text as the report prints it, and whether recover stopped it.
  struct Panic {
    Addr type = 0;
    Addr data = 0;
    std::string text;
    bool recovered = false;
    RuntimeErrorInfo rerr;  // (issue 6) a runtime error's value, before it is made
  };
  std::vector<Panic> panics;
  // The frame running its deferred calls for the newest panic (its link
  // words' address, bp; 0: none), and the goroutine's traceback taken when
  // that panic started, before its frames were unwound: the report's.
  Addr panic_frame = 0;
  std::string panic_traceback;
  // (issue 6) preprintpanics (runtime/panic.cpp): before an unrecovered
  // panic is reported, the goroutine runs runtime.preprintpanics, which
  // calls the panics' Error or String methods, newest first: the index of
  // the next panic to look at, and whether its method call is under way.
  enum class Preprint : uint8_t { None, Running, Done } preprint = Preprint::None;
  int preprint_next = -1;
  bool preprint_waiting = false;
  size_t preprint_keep = 0;        // the panics being printed: a method's own recovered panic goes, not they
  std::string preprint_traceback;  // the report's traceback, kept while the methods run

  // (issue 6, func) The closure context: the funcval of the last CALLCLO
  // (Go's DX register). GETCTXT copies it into the closure's frame just
  // after its ENTER; until then (across a morestack in that ENTER) only
  // here holds it, so the collector scans it as a root and morestack
  // adjusts it when it points into the old stack (Go's adjustctxt). The
  // interpreter keeps it in the G directly, not in a host register.
  Addr ctxt = 0;

  // (issue 6, fmt) fmt calls in progress that call Go methods (String,
  // Error) through their call site's loop (runtime/fmt_methods.cpp): per
  // call, its argument block's distance from stack.hi (unchanged when the
  // stack moves) and the results of the methods called so far, in order.
  // At most one per fmt call nested in a String method; a call that a
  // panic abandoned is dropped when a call at its depth or above starts.
  // A method that panicked has its panic's text as result (fmt's
  // catchPanic prints it).
  struct FmtCall {
    struct Result {
      std::string text;
      bool panicked = false;
    };
    uint64_t depth = 0;
    std::vector<Result> results;
  };
  std::vector<FmtCall> fmt_calls;
};

}  // namespace govm
