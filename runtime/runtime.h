// The runtime of one machine: everything a running Go program relies on
// that is not an instruction. It owns the address space, the stacks, the
// heap, the goroutines, the program's output and the event stream, and it
// implements the runtime's named entries (runtime/natives.h).
//
// The interpreter (vm/) holds a Runtime& and calls into it for everything
// that is not straight-line computation on frame slots: morestack, natives,
// panics. Before any such call it stores the goroutine's registers (pc, sp,
// bp) in the G, so that the runtime sees a consistent stack: tracebacks,
// allocation sites and stack copies read them from there.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <deque>
#include <map>
#include <unordered_set>
#include <vector>

#include "runtime/address_space.h"
#include "runtime/event.h"
#include "runtime/fastrand.h"  // (issue 3, map)
#include "runtime/goroutine.h"
#include "runtime/image.h"
#include "runtime/limits.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/natives.h"
#include "runtime/stack.h"

namespace govm {

// Where the program's own stdout and stderr go. The CLI writes them through
// to its file descriptors; tests and the API capture them.
class Output {
 public:
  virtual ~Output() = default;
  virtual void write_stdout(std::string_view s) = 0;
  virtual void write_stderr(std::string_view s) = 0;
};

class CaptureOutput final : public Output {
 public:
  void write_stdout(std::string_view s) override { out.append(s); }
  void write_stderr(std::string_view s) override { err.append(s); }
  std::string out, err;
};

// (issue 8) What reachable_objects found: the start addresses of the heap
// objects reachable from the roots, in address order; error says which
// goroutine's stack could not be walked (its frames then kept nothing).
struct HeapReach {
  std::vector<Addr> objects;
  std::string error;
  bool contains(Addr obj) const;  // obj: an object's start address
};

struct RuntimeOptions {
  uint64_t max_stack = kMaxStackDefault;  // bytes per goroutine stack
  // (runtime/limits.cpp) 0 = no limit.
  uint64_t max_heap = kMaxHeapDefault;      // heap bytes in use (mallocgc)
  uint64_t max_output = kMaxOutputDefault;  // bytes the program writes to stdout + stderr
  // (issue 3) Seed of the runtime's random numbers (Go's fastrand: map
  // iteration order, map hash seeds). Same seed, same run.
  uint64_t seed = 0;
  // (issue 4) The collector: GOGC, --gc-stress, --gc-verify, gctrace.
  GcOptions gc;
  // (issue 5) The scheduler (runtime/proc.cpp; defaults and reasons in
  // limits.cpp): instructions a goroutine runs before it is preempted,
  // the seed that varies scheduling choices (0: Go's own order), and how
  // many goroutines may exist at once (0: no limit).
  uint64_t preempt = kPreemptDefault;
  uint64_t sched_seed = 0;
  uint64_t max_goroutines = kMaxGoroutinesDefault;
};

// (issue 5) The wait queues of channels (Go's hchan.recvq/sendq of sudogs)
// and of semaphores (Go's semaRoot), kept host-side by the files that own
// them (runtime/chan.h, sema.cpp); opaque here, deleted there.
struct ChanWaitQueues;
struct SemaTable;
struct WaitTablesDeleter {
  void operator()(ChanWaitQueues* p) const;  // chan.cpp
  void operator()(SemaTable* p) const;       // sema.cpp
};

// (issue 5) How the machine switches between goroutines' fibers
// (vm/machine.cpp implements it; the runtime only decides). park() is
// called on the fiber of the running goroutine g, inside a runtime entry,
// after the scheduler has changed g's status; it switches to the
// machine's scheduler loop and returns when the loop resumes g again.
class GoSwitcher {
 public:
  virtual ~GoSwitcher() = default;
  virtual void park(G& g) = 0;
};

// (issue 4) Where the virtual clock's instructions come from: the machine's
// interpreter counts them (exact at every runtime call).
class InstructionCounter {
 public:
  virtual ~InstructionCounter() = default;
  virtual uint64_t instructions() const = 0;
};

// How the program ended, once it has.
enum class ExitKind : uint8_t {
  Running,   // not ended yet
  Normal,    // main.main returned (exit code 0), or os.Exit
  Panic,     // an unrecovered panic (exit code 2)
  Fatal,     // a fatal error: stack overflow, deadlock (exit code 2)
  Limit,     // a govm limit was reached (--max-steps, ...)
  Internal,  // the VM found its own invariant broken (exit code 70)
};

inline constexpr int kExitLimit = 124;     // a govm limit ended the program
inline constexpr int kExitInternal = 70;   // EX_SOFTWARE: a govm bug

class Runtime {
 public:
  Runtime(const Image& image, Output& out, RuntimeOptions opts = {});
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  const Image& image() const { return image_; }
  AddressSpace& mem() { return mem_; }
  EventStream& events() { return events_; }
  const RuntimeOptions& options() const { return opts_; }
  // (issue 3, map) Go's fastrand: the runtime's one stream of random
  // numbers, seeded from opts.seed (runtime/fastrand.h).
  FastRand& fastrand() { return rand_; }
  Output& output() { return out_; }

  // Emits a GlobalInit event for every global in data and bss (values at
  // load). Call once, after attaching sinks, before running.
  void announce_globals();
  // The package initializer has just set the global at `addr` (GLOBALINIT):
  // emits a GlobalInit event with by_code = true and the value it now holds.
  void global_initialized(Addr addr);

  // Goroutines. newproc creates a goroutine whose stack is ready to run
  // `entry` (a text address) with no arguments: the return address is
  // runtime.goexit and the saved FP is 0.
  G& newproc(Addr entry, uint64_t creator);
  // (issue 5) `go f(args)`: a goroutine created by the current one at its
  // go statement (gopc, the CALLRT's pc), whose stack holds f's incoming
  // argument block (args, siz bytes, laid out as f's parameters; f's
  // results get zeroed room after it) below the link words. Runnable in
  // runnext, as Go's newproc; a GoCreate event. Returns nullptr after
  // raising the failure (--max-goroutines, argument block too large).
  G* newproc(Addr entry, const uint8_t* args, uint64_t siz, Addr gopc);

  // (issue 5) The scheduler (runtime/proc.cpp), Go's proc.go on one P.
  // A goroutine is in at most one place: running (current()), the run
  // queue (runnext, then the FIFO runq), a timer (sleeping), or parked
  // on whatever it waits for (a channel's queue, a semaphore).
  //
  // gopark: the current goroutine, inside a runtime entry (registers in
  // its G, stopped = Call), waits: status Waiting with `why`, a GoPark
  // event, then the machine runs others; returns when goready(g) has
  // made it runnable and the scheduler picked it again (status Running,
  // current() again). Whoever readies it may leave a result in g.param.
  void gopark(WaitReason why);
  // goready: a parked goroutine becomes runnable, in runnext (it runs
  // next, as Go's ready(gp, next=true)); a GoReady event.
  void goready(G& g);
  // Gosched / preemption: the current goroutine goes to the tail of the
  // run queue and others run. `how`: Call (runtime.Gosched, registers at
  // its CALLRT) or Preempted (the interpreter's time slice, between two
  // instructions).
  void gosched(GStop how);
  // time.Sleep: parks the current goroutine until the virtual clock
  // reaches nanotime() + ns (ns <= 0: returns at once, as Go does).
  void sleep(int64_t ns);
  // Goroutines that exist (not Dead): runtime.NumGoroutine.
  uint64_t num_goroutine() const { return live_goroutines_; }
  // The next goroutine to run, for the machine's scheduler loop: due
  // timers first become runnable; then runnext, the run queue; with none
  // runnable the virtual clock jumps to the earliest timer. nullptr when
  // nothing can ever run: with goroutines still parked that is Go's
  // deadlock, raised here as the fatal error that report_failure prints
  // with every goroutine's traceback.
  G* schedule();
  // The goroutine has left the interpreter through runtime.goexit (its
  // entry returned): status Dead, stack freed, a GoExit event.
  void goexit(G& g);
  // Whether the current goroutine's time slice is over with another
  // goroutine runnable (the interpreter asks at the end of each chunk;
  // alone, the goroutine gets a new slice), and the instruction count at
  // which the slice ends.
  bool slice_over(uint64_t instructions);
  uint64_t slice_end() const { return slice_end_; }
  // The failure is Go's deadlock: its report shows every goroutine.
  bool deadlocked() const { return deadlock_; }
  void set_switcher(GoSwitcher* s) { switcher_ = s; }
  G* current() { return cur_; }
  void set_current(G* g) { cur_ = g; }
  const std::vector<std::unique_ptr<G>>& goroutines() const { return gs_; }

  // Called by ENTER when the frame of `func` (frame_size bytes below the
  // link words at g.bp) does not fit: moves the stack to a segment twice as
  // large (or more, until it fits) and relocates the frames. g.sp, g.bp hold
  // the registers on entry and are updated. Returns false after raising the
  // stack-overflow fatal error when the new size would pass max_stack.
  bool morestack(G& g, uint64_t needed);
  // (issue 4) The pointer words of g's frames (stack.cpp walk_stack):
  // in_frame when g stands inside a runtime call (pc a CALLRT or NATIVE),
  // false when its innermost function has no frame yet; live: only the
  // words live at each frame's safe point (FuncInfo::live_ptrs), the dead
  // ones listed apart.
  // (issue 5) conservative: g stopped between two arbitrary instructions
  // (GStop::Preempted); its innermost frame's unmarked words go to maybe.
  StackWords stack_words(const G& g, bool in_frame, bool live = false, bool conservative = false) const;

  // Heap allocation for runtime entries (strings for now): returns the VM
  // address of `size` zeroed bytes and emits a HeapAlloc event.
  // (issue 3: design in malloc.cpp) The event's site, line, column and
  // reason come from the allocation site at the current goroutine's pc
  // (Image::alloc_site_at); `reason` is used when the site has none.
  // Returns 0 after raising the failure (--max-heap, out of memory).
  Addr mallocgc(uint64_t size, const char* type, NativeId by, const char* reason);
  // (issue 3) The typed path every heap entry takes (Go's mallocgc with a
  // type): newobject allocates one value of type t (the event's type is
  // t.name: "int", "main.Point"); newarray a backing array of n values of
  // elem, typed "[n]T" in events (a makeslice of 5 ints allocates a
  // "[5]int"; the caller checks that n * elem.size does not overflow).
  // Same checks, events and failures as mallocgc.
  Addr newobject(const TypeDesc& t, NativeId by);
  Addr newarray(const TypeDesc& elem, uint64_t n, NativeId by);
  // (issue 3) The descriptor at `typ`, a type argument of entry `by`
  // (newobject's typ, makeslice's et...); nullptr, with an internal error
  // raised, when the image has none there.
  const TypeDesc* type_arg(Addr typ, NativeId by);

  // (issue 4) The typed allocation every entry takes (newobject, newarray
  // and mallocgc are this with a derived HeapType): records the object's
  // pointer words (for the collector) and what it is, where and by whom it
  // was allocated (for HeapFree events and the API); may run a collection
  // first (goal reached, --gc-stress). The objects a runtime entry has
  // allocated stay alive until it returns, wherever it keeps them.
  // `reason` as mallocgc's. Returns 0 after raising the failure.
  Addr allocate_typed(uint64_t size, const HeapType& t, NativeId by, std::string_view reason = {});
  // A host-side type descriptor for a runtime structure that has none in
  // the image (runtime.hmap, map buckets, mapextra): kept for the
  // machine's life, found again by name. ptr_words: the pointer words.
  const TypeDesc& runtime_type(const std::string& name, uint64_t size, const std::vector<uint64_t>& ptr_words);
  // A string kept for the machine's life (type names and reasons of
  // runtime entries' objects), for HeapType::name.
  const char* intern(std::string_view s);

  // (issue 4) The collector (runtime/mgc.h; mgc.cpp). gc_start runs one
  // whole stop-the-world cycle now. Called by allocate_typed when the heap
  // reaches its goal (or always under --gc-stress), and by runtime.GC().
  void gc_start(GcTrigger why);
  GcPhase gc_phase() const { return gc_phase_; }
  MemStats read_memstats() const;
  // Virtual time in nanoseconds since the program started: one per
  // instruction executed, plus the modelled pauses of the collector.
  // Deterministic: gctrace and MemStats print it.
  uint64_t nanotime() const;
  void set_instruction_counter(const InstructionCounter* c) { counter_ = c; }
  // Work the collector left for a goroutine's next safe point (shrinking
  // its stack): the interpreter tests this after every runtime call and
  // then calls at_safepoint with the goroutine's registers in the G.
  bool safepoint_pending() const { return safepoint_pending_; }
  void at_safepoint(G& g);

  // Failures. raise_panic records a Go panic (message as Go prints it after
  // "panic: ", e.g. "runtime error: index out of range [5] with length 3");
  // fatal records a fatal error ("stack overflow"). Both are reported by
  // finish_* when the interpreter unwinds to the scheduler.
  void raise_panic(std::string message);
  // (issue 3) A nil pointer dereference (Go's panicmem after a SIGSEGV):
  // the instruction at g.pc (the interpreter stores it before calling)
  // touched `addr` (0 for *p with p nil; the field's offset for p.f).
  // Reported as Go's: "panic: runtime error: invalid memory address or nil
  // pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1
  // addr=0x0 pc=0x...]", a blank line, the traceback; exit status 2.
  void raise_panicmem(Addr addr);
  // (issue 6, defer) runtime/panic.cpp. raise_panic_value is panic(v):
  // raise_panic with v's text, keeping v (an eface, data in a heap box)
  // for recover. unwind_panic is called by the interpreter when a panic is
  // pending, or when a frame's deferreturn found its panic not recovered:
  // when a frame of g still has deferred calls, the panic becomes g's
  // newest (G::panics), g's registers resume that frame at its deferreturn
  // sequence and it returns true; otherwise the panic is pending again,
  // with the chain of g's panics as its text and the traceback taken when
  // it started, and it returns false.
  void raise_panic_value(std::string message, Addr type, Addr data);
  // (issue 6) Runtime errors that recover sees as Go's values
  // (runtime_error.h): a failed bounds check (boundsError), a failed type
  // assertion (*TypeAssertionError, types by descriptor address; iface 0
  // for "interface", concrete 0 for nil).
  void raise_bounds(int64_t x, bool is_signed, int64_t y, BoundsCode code);
  void raise_type_assertion(Addr iface, Addr concrete, Addr asserted, std::string missing = {});
  bool unwind_panic(G& g);
  // (issue 6) preprintpanics (panic.cpp): the panics' Error/String methods
  // before an unrecovered panic's report.
  bool start_preprintpanics(G& g);
  bool preprint_step(G& g, uint8_t* area);
  bool finish_preprintpanics(G& g);
  bool preprint_failed(G& g, const std::string& text, Addr type, const RuntimeErrorInfo& rerr);
  bool native_method_panicked(G& g);
  ExitKind pending() const { return pending_; }
  void fatal(std::string message, std::string preface = {});
  void limit_reached(std::string message);
  // Ends the program with a govm limit: writes "govm: " +
  // message to stderr, ExitKind::Limit, kExitLimit, unless it has already
  // ended (the first ending wins; so do exit, raise_panic and fatal).
  // limit_reached(message) above is this with LimitKind::Other.
  void limit_reached(LimitKind which, std::string message);
  LimitKind limit_kind() const { return limit_kind_; }
  void exit(int code);
  // The VM found its own invariant broken (a bad address in
  // an argument block, a corrupt frame chain): writes "govm: internal error:
  // " + message to stderr and ends the program with ExitKind::Internal,
  // kExitInternal. Natives return NativeResult::Fatal after it.
  void internal_error(std::string message);
  // The pending failure text ("panic: ..." / "fatal error: ..."),
  // empty when none; for tests and the API.
  const std::string& failure() const { return failure_; }

  // Prints the failure report (panic or fatal error, then the goroutine's
  // traceback) to the program's stderr, as Go does, and records the exit.
  void report_failure();

  ExitKind exit_kind() const { return exit_kind_; }
  int exit_code() const { return exit_code_; }
  bool ended() const { return exit_kind_ != ExitKind::Running; }

  // The source line the goroutine is at (from g.pc), 0 when unknown.
  uint32_t current_line(const G& g) const;

  // Writes "goroutine N [status]:" and the frames of g, as Go's traceback.
  void traceback(const G& g, std::string& out) const;
  // (issue 5) The "created by" lines of a goroutine other than main.
  void created_by(const G& g, std::string& out) const;

  // Program output through the runtime (fmt, print builtins). (limits:
  // counted against max_output, cut where it passes it; dropped once the
  // program has ended; written whole and not counted while a failure is
  // pending, as the failure's report.)
  void write_stdout(std::string_view s);
  void write_stderr(std::string_view s);
  // Bytes of program output counted so far.
  uint64_t output_bytes() const { return output_bytes_; }

  // Reads a Go string header at host pointer p.
  std::string_view go_string(const uint8_t* p);
  // Allocates a Go string on the heap with the given bytes; returns (ptr,len)
  // written at host pointer dst. An empty string is (0, 0) and allocates
  // nothing. (rt: returns false, with the fatal error raised, when the heap
  // is exhausted; `reason` is the HeapAlloc event's reason.)
  bool make_string(uint8_t* dst, std::string_view bytes, NativeId by,
                   const char* reason = "string concatenation");

  // Read-only views for the layout drawing, the API and tests.
  const MHeap& heap() const { return heap_; }
  const StackAllocator& stacks() const { return stacks_; }
  // (issue 4) What the heap knows of the object whose slot holds a
  // (nullptr when none): type, allocation site, goroutine, size asked.
  const ObjInfo* object_info(Addr a) const;
  // (issue 8) The name HeapAlloc, HeapFree and the collector's events give
  // the object info describes ("main.Point", "[5]int", "string").
  std::string object_type_name(const ObjInfo& info) const { return object_name(info); }
  // (issue 8) The heap objects the next collection would keep: the
  // collector's mark phase in query mode (mgc.cpp), whose mark bits are
  // cleared again; no stack word is cleared, no event emitted. For a
  // paused or ended machine.
  HeapReach reachable_objects() const;

  // (issue 5) The channels' and semaphores' wait queues (created on first
  // use): chan.cpp, select.cpp, sema.cpp.
  ChanWaitQueues& chan_queues();
  SemaTable& sema_table();

 private:
  std::unique_ptr<ChanWaitQueues, WaitTablesDeleter> chan_queues_;  // (issue 5) chan.cpp
  std::unique_ptr<SemaTable, WaitTablesDeleter> sema_table_;        // (issue 5) sema.cpp
  const Image& image_;
  Output& out_;
  RuntimeOptions opts_;
  FastRand rand_{opts_.seed};  // (issue 3, map) after opts_: seeded from it
  AddressSpace mem_;
  StackAllocator stacks_;
  MHeap heap_;
  EventStream events_;
  std::vector<std::unique_ptr<G>> gs_;
  G* cur_ = nullptr;
  uint64_t next_goid_ = 1;
  // (issue 5) The scheduler's state (proc.cpp).
  GoSwitcher* switcher_ = nullptr;
  G* runnext_ = nullptr;
  std::deque<G*> runq_;
  struct Timer { uint64_t when, seq; G* g; bool operator>(const Timer& o) const { return when != o.when ? when > o.when : seq > o.seq; } };
  std::vector<Timer> timers_;     // a min-heap on (when, seq)
  uint64_t timer_seq_ = 0;
  uint64_t slept_ns_ = 0;         // virtual time skipped while every goroutine slept
  uint64_t slice_end_ = UINT64_MAX;
  uint64_t live_goroutines_ = 0;
  FastRand sched_rand_{opts_.sched_seed};
  bool deadlock_ = false;
  void runqput(G& g, bool next);
  void run(G& g);                 // make g current for its time slice
  void wake_timers();
  void checkdead();
  void switch_away(G& g);

  ExitKind exit_kind_ = ExitKind::Running;
  int exit_code_ = 0;
  std::string failure_;   // "panic: ..." or "fatal error: ..." text
  std::string preface_;   // lines printed before the failure (stack overflow)
  std::string signal_;    // (issue 3) "[signal SIGSEGV: ...]\n" after a nil dereference's panic line
  ExitKind pending_ = ExitKind::Running;  // Panic or Fatal once raised, until reported
  bool runtime_throw_ = false;  // a runtime throw: frames show fp= sp= pc=, as Go's
  Addr goexit_pc_ = 0;          // entry of runtime.goexit, the bottom return address
  LimitKind limit_kind_ = LimitKind::None;  // which limit ended the run
  uint64_t output_bytes_ = 0;               // program output counted against max_output
  bool midline_ = false;                    // the program's output ends mid-line

  void write_output(std::string_view s, void (Output::*write)(std::string_view));
  bool heap_limit_allows(uint64_t size);  // false, with the limit recorded, past max_heap
  void record_object(Addr a, uint64_t size, const HeapType& t, NativeId by, std::string_view reason);  // (issue 4) malloc.cpp
  void emit_alloc(const HeapObject& obj, uint64_t size, const HeapType& t, NativeId by, std::string_view reason);

  // (issue 4) Stack copying (stack.cpp), shared by morestack and shrinkstack.
  struct Copied { uint64_t saved_fps = 0, pointers = 0; };
  bool copystack(G& g, uint64_t newsize, bool in_frame, Copied& out);
  void shrinkstack(G& g);
  // (issue 4) The collector's state (mgc.cpp).
  GcPhase gc_phase_ = GcPhase::Off;
  const InstructionCounter* counter_ = nullptr;
  bool safepoint_pending_ = false;
  std::vector<Addr> fresh_;               // objects the runtime call now running has allocated
  Addr panic_type_ = 0, panic_data_ = 0;  // (issue 6, defer) the value of the pending panic(v)
  bool box_runtime_error(G::Panic& p);     // (issue 6, defer) runtime_errors.cpp
  RuntimeErrorInfo rerr_;                  // (issue 6) the pending runtime error's value, raise_bounds & co.
  uint64_t fresh_epoch_ = UINT64_MAX;     // that call's instruction count
  std::unordered_set<std::string> interned_;
  const char* last_interned_ = nullptr;  // intern's one-entry cache
  std::map<std::string, TypeDesc> runtime_types_;
  struct GcState {
    uint32_t cycles = 0, forced = 0;      // NumGC, NumForcedGC
    uint64_t goal = 0;                    // heap goal (set by the constructor from GOGC)
    uint64_t pause_total_ns = 0, last_end_ns = 0, gc_ns = 0;  // virtual clock
    uint64_t peak_heap = 0;
    std::vector<Addr> work;               // the grey objects (Go's gcWork)
    uint64_t scanned_words = 0;           // this cycle's mark work
    bool verify_failed = false;
    bool query = false;                   // marking for reachable_objects, not collecting
  } gc_;
  uint64_t heap_goal(uint64_t live) const;
  std::string gc_mark_roots(uint32_t cycle);
  StackWords frames_now(const G& g) const;
  struct RootCount { uint64_t words = 0, pointers = 0, greyed = 0; };  // a GcRoots event's numbers
  void gc_scan_words(uint32_t cycle, const char* kind, uint64_t goid, const std::vector<Addr>& words);
  void gc_scan_fresh(uint32_t cycle);
  void gc_scan_value(uint32_t cycle, Addr base, const TypeDesc& t, RootCount& n);
  void gc_root(uint32_t cycle, Addr v, Addr from, RootCount& n);
  void emit_roots(uint32_t cycle, const char* kind, uint64_t goid, const RootCount& n);
  bool gc_shade(uint32_t cycle, Addr v, Addr from);
  void gc_drain(uint32_t cycle);
  uint64_t gc_sweep(uint32_t cycle, uint64_t& freed_objects);
  void gc_verify(uint32_t cycle);
  void gc_print_trace(uint32_t cycle, GcTrigger why, uint64_t start_ns, uint64_t mark_ns, uint64_t sweep_ns,
                      uint64_t heap0, uint64_t heap2, uint64_t goal, uint64_t stacks, uint64_t globals);
  std::string object_name(const ObjInfo& info) const;
};

}  // namespace govm
