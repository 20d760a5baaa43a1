// The runtime of one machine (runtime.h): globals' announcements, Go
// strings, and how a program ends. Goroutines and the scheduler are in
// proc.cpp, stack growth (morestack) in stack.cpp, heap allocation
// (mallocgc) in malloc.cpp.
//
// How a program ends. Exactly one of:
//  - exit(code): main.main returned (or os.Exit): ExitKind::Normal;
//  - raise_panic / fatal: the failure is recorded (pending_) and the
//    interpreter unwinds to the scheduler, which calls report_failure()
//    (traceback.cpp): Go's report on stderr, exit status 2;
//  - limit_reached: a govm limit, reported at once, status kExitLimit
//    (the limits and where each is checked: limits.cpp);
//  - internal_error: govm's own bug, reported at once, status kExitInternal.
// The first failure wins: a panic raised while a fatal error is pending is
// dropped, as the program is already dying; once the program has ended (a
// limit, between the runtime entry that found it and the interpreter
// stopping), a later exit, panic, fatal error or limit is dropped too.
//
// Output (write_stdout, write_stderr) is counted against max_output while
// the program runs; a failure's report, written while it is pending, and
// govm's own messages (written to the Output directly) are not.
#include "runtime/runtime.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "runtime/frame.h"
#include "runtime/strconv.h"
#include "runtime/value_format.h"

namespace govm {

Runtime::Runtime(const Image& image, Output& out, RuntimeOptions opts)
    : image_(image), out_(out), opts_(opts), mem_(image), stacks_(mem_), heap_(mem_) {
  if (const FuncInfo* f = image_.func_named("runtime.goexit")) goexit_pc_ = f->entry;
  gc_.goal = heap_goal(0);  // (issue 4) Go's heapMinimum before the first cycle
}

Runtime::~Runtime() = default;

// ---- globals ----------------------------------------------------------------

namespace {

GlobalInitEvent global_event(Runtime& rt, const GlobalVar& g, bool by_code) {
  const TypeDesc* t = rt.image().type_at(g.type);
  return GlobalInitEvent{g.name, g.segment, g.addr, g.size, t ? t->name : "?",
                         format_value_at(rt, t, g.addr), by_code, g.decl_line};
}

}  // namespace

void Runtime::announce_globals() {
  if (!events_.enabled(EventKind::GlobalInit)) return;
  for (const GlobalVar& g : image_.globals)
    events_.emit(Event{EventKind::GlobalInit, 0, 0, global_event(*this, g, false)});
}

void Runtime::global_initialized(Addr addr) {
  if (!events_.enabled(EventKind::GlobalInit)) return;
  const GlobalVar* g = image_.global_at(addr);
  if (g == nullptr) return;
  events_.emit(Event{EventKind::GlobalInit, 0, cur_ ? cur_->id : 0, global_event(*this, *g, true)});
}

// ---- goroutines ---------------------------------------------------------------

// The new goroutine's stack holds only the link words of its entry, as if
// the entry had been CALLed from a frame based at stack.hi by a caller that
// is runtime.goexit (see the register states in goroutine.h).
// ---- strings ----------------------------------------------------------------------

std::string_view Runtime::go_string(const uint8_t* p) { return load_string(mem_, p); }

bool Runtime::make_string(uint8_t* dst, std::string_view bytes, NativeId by, const char* reason) {
  Addr a = 0;
  if (!bytes.empty()) {
    a = mallocgc(bytes.size(), "string", by, reason);
    uint8_t* h = a ? mem_.host(a, bytes.size()) : nullptr;
    if (h == nullptr) return false;
    std::memcpy(h, bytes.data(), bytes.size());
  }
  store64(dst, a);
  store64(dst + 8, bytes.size());
  return true;
}

// ---- failures and exit --------------------------------------------------------------

void Runtime::raise_panic(std::string message) {
  if (pending_ == ExitKind::Fatal || ended()) return;
  failure_ = "panic: " + std::move(message);
  signal_.clear();
  pending_ = ExitKind::Panic;
  panic_type_ = panic_data_ = 0;  // (issue 6, defer) a runtime error: raise_panic_value sets them
  rerr_ = RuntimeErrorInfo{};     // (issue 6) raise_bounds and raise_type_assertion set it after
}

// Go reports a nil dereference from its SIGSEGV handler (sigpanic ->
// panicmem): the panic line, then the signal line naming the faulting
// address and instruction, which govm's instructions take the place of.
void Runtime::raise_panicmem(Addr addr) {
  if (pending_ == ExitKind::Fatal || ended()) return;
  raise_panic("runtime error: invalid memory address or nil pointer dereference");
  signal_ = "[signal SIGSEGV: segmentation violation code=0x1 addr=" + format_hex(addr) +
            " pc=" + format_hex(cur_ ? cur_->pc : 0) + "]\n";
}

void Runtime::fatal(std::string message, std::string preface) {
  if (pending_ == ExitKind::Fatal || ended()) return;
  failure_ = "fatal error: " + std::move(message);
  preface_ = std::move(preface);
  signal_.clear();
  pending_ = ExitKind::Fatal;
  runtime_throw_ = false;
}

void Runtime::limit_reached(std::string message) { limit_reached(LimitKind::Other, std::move(message)); }

void Runtime::limit_reached(LimitKind which, std::string message) {
  if (ended()) return;
  // On a line of its own, even when the program's output stops mid-line.
  out_.write_stderr((midline_ ? "\ngovm: " : "govm: ") + message + "\n");
  exit_kind_ = ExitKind::Limit;
  exit_code_ = kExitLimit;
  limit_kind_ = which;
}

void Runtime::internal_error(std::string message) {
  out_.write_stderr("govm: internal error: " + message + "\n");
  exit_kind_ = ExitKind::Internal;
  exit_code_ = kExitInternal;
}

void Runtime::exit(int code) {
  if (ended()) return;
  exit_kind_ = ExitKind::Normal;
  exit_code_ = code;
}

// ---- output ------------------------------------------------------------------------

void Runtime::write_stdout(std::string_view s) { write_output(s, &Output::write_stdout); }
void Runtime::write_stderr(std::string_view s) { write_output(s, &Output::write_stderr); }

void Runtime::write_output(std::string_view s, void (Output::*write)(std::string_view)) {
  if (pending_ != ExitKind::Running) {  // the failure's report
    (out_.*write)(s);
    return;
  }
  if (ended()) return;
  const uint64_t room = opts_.max_output == 0 ? s.size() : opts_.max_output - output_bytes_;
  const std::string_view fits = s.substr(0, static_cast<size_t>(std::min<uint64_t>(room, s.size())));
  output_bytes_ += fits.size();
  if (!fits.empty()) {
    (out_.*write)(fits);
    midline_ = fits.back() != '\n';
  }
  if (fits.size() < s.size())
    limit_reached(LimitKind::Output, "program exceeded --max-output=" + format_size(opts_.max_output) +
                                         " (output cut at " + std::to_string(opts_.max_output) + " bytes)");
}

uint32_t Runtime::current_line(const G& g) const {
  const FuncInfo* f = image_.func_at(g.pc);
  return f ? f->line_at(g.pc) : 0;
}

}  // namespace govm
