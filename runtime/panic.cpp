// Panics, deferred calls and recover (Go's runtime/panic.go: _defer,
// gopanic, deferreturn, gorecover, printpanics, printpanicval).
//
// Deferred calls. A function with defer statements keeps in its frame the
// head of a chain of _defer records (FuncInfo::defer_head; nil when none
// is pending), newest first:
//
//   +0   link   *_defer   the next older record
//   +8   site   int       which defer statement of the function (0, 1, ...)
//   +16  args             the call's arguments, evaluated at the statement
//
// A defer statement outside any loop runs at most once per call, so its
// record is a fixed slot of the frame, linked in by the compiled code with
// no runtime call (as Go's stack-allocated defers). One inside a loop may
// run any number of times: runtime.deferproc allocates its record on the
// heap, as a "runtime._defer" object whose pointer words are the link and
// the arguments' own. Every return of such a function jumps to its
// deferreturn sequence (FuncInfo::deferreturn): it pops the records one by
// one and, by their site, makes each call with the saved arguments, then
// calls runtime.deferreturn and returns.
//
// Panics. gopanic (panic(v)) and every runtime error raise a pending
// panic. Before the goroutine ends, the interpreter calls unwind_panic: it
// takes the traceback (the report's, as the frames are about to go), makes
// the panic g's newest, and looks for the innermost frame with pending
// deferred calls. If there is one, the frames above it are dropped and the
// frame resumes at its deferreturn sequence: the deferred calls run, and
// runtime.deferreturn then finds the frame is the panic's (G::panic_frame):
//  - recovered (a deferred call called recover): the panics are over and
//    the function returns normally to its caller, with its results as they
//    stand;
//  - not recovered: unwinding goes on from the caller's frame.
// With no frame left, the panic is reported: the chain of g's panics,
// oldest first ("panic: a [recovered]", then "\tpanic: b"), and the
// traceback taken when the newest started. Go runs deferred calls on top
// of the panicking frames and unwinds only on recovery; govm unwinds first,
// which prints the same: the report's traceback is taken when the panic
// starts, and for a panic raised inside a deferred call it is the frames
// above the deferring frame, then "panic({type, data})" standing for the
// earlier panic's gopanic frame (kGopanicLine: govm has no runtime source,
// it names today's Go's line), then the earlier panic's
// traceback: Go's shape, as its frames are still on its stack. What does
// differ: while the deferred calls run, a stepper or the API sees the
// unwound stack (Go's still holds the panicking frames).
//
// recover returns the newest panic's value, and marks it recovered, only
// when called by a function that a panicking frame's deferreturn sequence
// called (its caller's link words are G::panic_frame), as Go requires of
// a deferred function. A runtime error's value is Go's runtime.Error
// value (runtime_errors.cpp).
//
// How each value prints after "panic: " (today's printpanicval and
// printanycustomtype; a newline inside a string is followed by a tab,
// printindented, since Go 1.23, so that it cannot pass for traceback
// lines):
//
//   string                     the bytes as they are        panic: boom
//   bool, integers             print's decimal forms        panic: 42
//   float64, float32           print's +1.500000e+000 form
//   a defined basic type       type name, value in parens   panic: main.T(3)
//   a defined string type      quoted raw (no escaping)     panic: main.S("x")
//   anything else              type in parens, data addr    panic: (main.P) 0xc000012080
//
// An error or Stringer value prints what its Error or String method
// returns; the methods run after every deferred call, in
// runtime.preprintpanics (below). A panic re-raising the value of the one
// before it prints once, "panic: boom [recovered, repanicked]" (Go 1.25).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "runtime/frame.h"
#include "runtime/fmt_methods.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"
#include "runtime/value_format.h"

namespace govm {

namespace {

// The gopanic frame of a panic raised by a deferred call: govm has no
// runtime source, so it names the line of today's runtime/panic.go where
// gopanic calls a deferred function (Go 1.25), as a binary built with
// -trimpath prints it.
constexpr std::string_view kGopanicLine = "runtime/panic.go:860";

// Go's print of a float (runtime/print.go printfloat): sign, one digit,
// '.', six digits, 'e', the exponent's sign and three digits.
std::string print_float(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", v);
  std::string s = buf;
  const size_t e = s.find('e');
  if (e == std::string::npos || e + 2 > s.size()) return s;
  std::string digits = s.substr(e + 2);
  while (digits.size() < 3) digits = "0" + digits;
  return s.substr(0, e + 2) + digits;
}

// printindented: every "\n" of s followed by a "\t".
std::string indented(std::string_view s) {
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\n') out += '\t';
  }
  return out;
}

// The value of a basic kind as print shows it; empty for other kinds.
std::string print_basic(AddressSpace& mem, const TypeDesc& t, const uint8_t* p) {
  if (t.kind == TypeKind::Bool) return *p != 0 ? "true" : "false";
  if (is_signed_int(t.kind)) return std::to_string(static_cast<int64_t>(load_integer(t, p)));
  if (is_unsigned_int(t.kind)) return std::to_string(load_integer(t, p));
  if (is_float(t.kind)) return print_float(load_float(t, p));
  if (t.kind == TypeKind::String) return indented(load_string(mem, p));
  return {};
}

// printpanicval: the text after "panic: " for a value of type t whose
// data is at VM address data (p: its host copy, nullptr when t has size 0).
std::string panic_value_string(Runtime& rt, const TypeDesc& t, Addr data, const uint8_t* p) {
  // (issue 6, iface) errors.New's errors: Go prints err.Error(), here known natively
  // (issue 6, errs) and fmt.Errorf's: *fmt.wrapError's Error is its msg, word 0 as errorString's s
  if ((t.name == "*errors.errorString" || t.name == "*fmt.wrapError") && data != 0) {
    const uint8_t* s = rt.mem().host(data, 16);
    uint64_t ptr = 0, len = 0;
    if (s != nullptr) {
      std::memcpy(&ptr, s, 8);
      std::memcpy(&len, s + 8, 8);
    }
    const uint8_t* b = len != 0 ? rt.mem().host(ptr, len) : nullptr;
    if (s != nullptr && (len == 0 || b != nullptr)) return std::string(reinterpret_cast<const char*>(b), len);
  }
  const bool basic = is_integer(t.kind) || is_float(t.kind) || t.kind == TypeKind::Bool ||
                     t.kind == TypeKind::String;
  if (!basic || p == nullptr) return "(" + t.name + ") " + format_hex(data);
  const std::string v = print_basic(rt.mem(), t, p);
  if (!t.named) return v;
  if (t.kind == TypeKind::String) return t.name + "(\"" + v + "\")";
  return t.name + "(" + v + ")";
}

}  // namespace

// ---- the panic's value ----------------------------------------------------------

void Runtime::raise_panic_value(std::string message, Addr type, Addr data) {
  raise_panic(std::move(message));
  panic_type_ = type;
  panic_data_ = data;
}

namespace {

// One frame of g's stack: its function, frame base and link words' address.
struct PFrame {
  const FuncInfo* f = nullptr;
  Addr sp = 0;
  Addr link = 0;
};

// The frame whose link words are at `link` (its callee's saved FP), from
// the return address stored beside them.
bool caller_of(const Image& image, AddressSpace& mem, const G& g, const PFrame& fr, PFrame& out) {
  const uint8_t* w = fr.link >= g.stack.lo && fr.link + kFrameLinkSize <= g.stack.hi ? mem.host(fr.link, kFrameLinkSize)
                                                                                       : nullptr;
  if (w == nullptr) return false;
  const Addr caller_link = load64(w + kSavedFpOffset), ret = load64(w + kReturnAddrOffset);
  if (caller_link == 0 || caller_link <= fr.link) return false;
  out = {image.func_at(ret), fr.link + kFrameLinkSize, caller_link};
  return out.f != nullptr;
}

// Whether fr has deferred calls pending: its _defer head is not nil.
bool has_pending_defers(AddressSpace& mem, const PFrame& fr) {
  if (fr.f == nullptr || !fr.f->has_defer) return false;
  const uint8_t* head = mem.host(fr.sp + fr.f->defer_head, 8);
  return head != nullptr && load64(head) != 0;
}

// The descriptor of a heap _defer record with siz bytes of arguments
// whose pointer words ptrmask marks. Descriptors are shared by every
// machine of the process (they never change once made).
const TypeDesc* defer_record_type(uint64_t siz, uint64_t ptrmask) {
  static std::mutex mu;
  static std::map<std::pair<uint64_t, uint64_t>, std::unique_ptr<TypeDesc>> made;
  std::lock_guard<std::mutex> lock(mu);
  std::unique_ptr<TypeDesc>& t = made[{siz, ptrmask}];
  if (!t) {
    t = std::make_unique<TypeDesc>();
    t->kind = TypeKind::Struct;
    t->size = 16 + siz;
    t->align = 8;
    t->name = "runtime._defer";
    t->ptrmask = {1u | (ptrmask << 2), ptrmask >> 62};
    uint64_t last = 0;
    for (uint64_t w = 0; w < t->size / 8; ++w)
      if (t->has_pointer(w)) last = w + 1;
    t->ptrdata = last * 8;
  }
  return t.get();
}

// The traceback of a panic raised while an earlier one runs the deferred
// calls of the frame whose link words are g.panic_frame. In Go the earlier
// panic's frames are still on the stack, below its gopanic frame: the
// frames above that frame now (the deferred calls), "panic(...)" standing
// for gopanic, then the earlier panic's traceback. `now` is the traceback
// of the stack as it stands, `earlier` the earlier panic's; `now` is kept
// when its frames cannot be counted line by line (elided frames).
std::string nested_traceback(const Image& image, AddressSpace& mem, const G& g, PFrame fr, const std::string& now,
                             const std::string& earlier, Addr type, Addr data) {
  size_t above = 0;
  for (PFrame up; fr.f != nullptr && fr.link != g.panic_frame; fr = up) {
    if (!fr.f->is_runtime) ++above;
    if (!caller_of(image, mem, g, fr, up)) return now;
  }
  if (fr.f == nullptr || now.find("frames elided") != std::string::npos) return now;
  size_t cut = now.find('\n');
  for (size_t i = 0; i < 2 * above && cut != std::string::npos; ++i) cut = now.find('\n', cut + 1);
  const size_t rest = earlier.find('\n');
  if (cut == std::string::npos || rest == std::string::npos) return now;
  return now.substr(0, cut + 1) + "panic({" + format_hex(type) + ", " + format_hex(data) + "})\n\t" +
         std::string(kGopanicLine) + "\n" + earlier.substr(rest + 1);
}

// Whether `later` re-raises `earlier`'s value: preprintpanics' bitwise
// comparison of the two efaces (a runtime error, with no eface until
// recover asks for one, is never re-raised as such).
bool repanicked(const G::Panic& earlier, const G::Panic& later) {
  return earlier.type != 0 && earlier.type == later.type && earlier.data == later.data;
}

// printpanics: the chain, oldest first, each after a tab but the first.
// A panic re-raised with the very value of the one before it (today's
// Go: the two efaces are equal word for word) is not printed again: the
// earlier one says "[recovered, repanicked]" (Go 1.25+).
std::string panic_chain(const std::vector<G::Panic>& panics) {
  std::string out;
  for (size_t i = 0; i < panics.size(); ++i) {
    if (i > 0 && repanicked(panics[i - 1], panics[i])) continue;
    if (i > 0) out += "\n\t";
    out += "panic: " + panics[i].text;
    if (i + 1 < panics.size() && repanicked(panics[i], panics[i + 1])) {
      out += " [recovered, repanicked]";
    } else if (panics[i].recovered) {
      out += " [recovered]";
    }
  }
  return out;
}

}  // namespace

// (see the top of the file) From the innermost frame, or, when g's newest
// panic has just run a frame's deferred calls, from that frame's caller.
bool Runtime::unwind_panic(G& g) {
  if (g.preprint == G::Preprint::Done) return false;  // the report (preprintpanics below)
  PFrame fr;
  bool resumed = false;
  if (pending_ == ExitKind::Panic && !ended()) {
    G::Panic p;
    p.text = failure_.substr(std::string_view("panic: ").size());
    p.type = panic_type_;
    p.data = panic_data_;
    p.rerr = std::move(rerr_);  // a runtime error's value, made below if deferred calls run
    // Aborted panics stay in the chain; one recovered but still running
    // its frame's deferred calls is reported as such.
    const bool nested = g.panic_frame != 0 && !g.panics.empty() && !g.panic_traceback.empty();
    g.panics.push_back(std::move(p));
    std::string now;
    traceback(g, now);
    fr = {image_.func_at(g.pc), g.sp, g.bp};
    if (nested) {  // the earlier panic is the one before this
      const G::Panic& earlier = g.panics[g.panics.size() - 2];
      g.panic_traceback = nested_traceback(image_, mem_, g, fr, now, g.panic_traceback, earlier.type, earlier.data);
    } else {
      g.panic_traceback = now;
    }
  } else if (!g.panics.empty() && g.panic_frame != 0 && g.panic_frame == g.bp && !ended()) {
    fr = {image_.func_at(g.pc), g.sp, g.bp};  // its deferred calls have run: it goes too
    resumed = true;
  } else {
    return false;
  }
  // The frames without deferred calls are dropped: FramePop events, when
  // a frame resumes (a panic that ends the program pops nothing, as before
  // defer existed).
  std::vector<PFrame> popped;
  Addr caught = 0;  // (issue 6, fmt) where a fmt call site resumes
  while (fr.f != nullptr && (resumed || !has_pending_defers(mem_, fr))) {
    resumed = false;
    PFrame up;
    if (!caller_of(image_, mem_, g, fr, up)) {
      fr.f = nullptr;
      break;
    }
    popped.push_back(fr);
    fr = up;
    // (issue 6, fmt) fmt's catchPanic (runtime/fmt_methods.cpp): a fmt call
    // site waiting on the String method it asked for ends the panic there.
    if (!g.fmt_calls.empty() && !g.panics.empty() &&
        fmt_catch_panic(*this, g, fr.sp, fr.link, popped.back().link, g.panics.back().text, caught))
      break;
  }
  if (caught != 0) {  // (issue 6, fmt) the frames above go; fr resumes after its call
    for (const PFrame& p : popped) {
      g.depth = g.depth > 0 ? g.depth - 1 : 0;
      if (!events_.enabled(EventKind::FramePop)) continue;
      const Addr hi = p.link + kFrameLinkSize;
      events_.emit(Event{EventKind::FramePop, 0, g.id, FramePopEvent{p.f->name, p.sp, hi, hi - p.sp, g.depth}});
    }
    g.panics.pop_back();  // caught, as if recovered
    if (g.panics.empty()) {
      g.panic_frame = 0;
      g.panic_traceback.clear();
    }
    pending_ = ExitKind::Running;
    failure_.clear();
    panic_type_ = panic_data_ = 0;
    g.pc = caught;
    g.sp = fr.sp;
    g.bp = fr.link;
    return true;
  }
  if (fr.f == nullptr) {
    // Nothing left to run: the panics' methods, then the report; or a
    // method's panic reached runtime.preprintpanics itself.
    if (g.preprint == G::Preprint::Running) {
      const G::Panic& p = g.panics.back();
      return preprint_failed(g, p.text, p.type, p.rerr);
    }
    return start_preprintpanics(g);
  }
  if (G::Panic& p = g.panics.back(); p.type == 0 && !box_runtime_error(p)) return false;
  for (const PFrame& p : popped) {
    g.depth = g.depth > 0 ? g.depth - 1 : 0;
    if (!events_.enabled(EventKind::FramePop)) continue;
    const Addr hi = p.link + kFrameLinkSize;
    events_.emit(Event{EventKind::FramePop, 0, g.id, FramePopEvent{p.f->name, p.sp, hi, hi - p.sp, g.depth}});
  }
  pending_ = ExitKind::Running;
  failure_.clear();
  panic_type_ = panic_data_ = 0;
  g.panic_frame = fr.link;
  g.pc = fr.f->entry + fr.f->deferreturn;
  g.sp = fr.sp;
  g.bp = fr.link;
  return true;
}

// ---- preprintpanics --------------------------------------------------------------
//
// Go's gopanic, finding no deferred call left, calls preprintpanics: from
// the newest panic to the oldest, a value that is an error becomes the
// string its Error method returns, a Stringer the string of String (a
// panic that re-raises the value of the one before it is left alone: the
// report prints it once, "[recovered, repanicked]"). Only then does
// fatalpanic print the chain. The methods are Go code run by the
// panicking goroutine, so govm runs them there too: the goroutine's
// frames are dropped (the report's traceback was taken when the panic
// started) and it starts over in runtime.preprintpanics (a stub made by
// the linker, compiler/link.cpp), a loop of CALLRT preprintpanics, which
// does one step, and CALLIND of the method the step asks for. A method
// that is a native (errors.New's, the runtime errors') is called from
// C++ at once. A panic raised by a method and not recovered inside it is
// Go's throw "panic while printing panic value".

namespace {

// The Error or String method of t, if t has one of type func() string
// (Error first, as preprintpanics' type switch tests error first).
const TypeDesc::Method* printable_method(const Image& img, const TypeDesc& t) {
  for (const char* name : {"Error", "String"}) {
    const TypeDesc::Method* m = t.method_named(name);
    const TypeDesc* mt = m != nullptr ? img.type_at(m->mtyp) : nullptr;
    if (mt != nullptr && mt->name == "func() string" && m->ifn != 0) return m;
  }
  return nullptr;
}

// The native behind the runtime entry at `entry`, or -1 when it is Go code.
int native_entry(const Image& img, Addr entry) {
  const FuncInfo* f = img.func_at(entry);
  if (f == nullptr || !f->is_runtime || f->entry != entry) return -1;
  for (uint16_t k = 0; k < kNativeCount; ++k)
    if (f->name == native_name(static_cast<NativeId>(k))) return kNativeTable[k] != nullptr ? k : -1;
  return -1;
}

}  // namespace

// One step: the next panic whose method is Go code is asked for in
// area (receiver at 0, entry at 24) and true returned; false when every
// panic has its text (or a native method panicked: the failure raised).
bool Runtime::preprint_step(G& g, uint8_t* area) {
  for (; g.preprint_next >= 0; --g.preprint_next) {
    G::Panic& p = g.panics[static_cast<size_t>(g.preprint_next)];
    if (g.preprint_waiting) {  // the method asked for has returned its string
      g.preprint_waiting = false;
      p.text = indented(go_string(area + 8));
      continue;
    }
    if (g.preprint_next > 0 && repanicked(g.panics[static_cast<size_t>(g.preprint_next) - 1], p)) continue;
    const TypeDesc* t = p.type != 0 ? image_.type_at(p.type) : nullptr;
    const TypeDesc::Method* m = t != nullptr ? printable_method(image_, *t) : nullptr;
    if (m == nullptr) continue;
    if (const int k = native_entry(image_, m->ifn); k >= 0) {
      uint8_t args[24] = {};
      store64(args, p.data);
      if (kNativeTable[k](*this, args) != NativeResult::Ok) return false;
      p.text = indented(go_string(args + 8));
      continue;
    }
    if (area == nullptr) return true;  // Go code to run: the stub will
    store64(area, p.data);
    std::memset(area + 8, 0, 16);
    store64(area + 24, m->ifn);
    g.preprint_waiting = true;
    return true;
  }
  return false;
}

// Nothing left to run for g's panic: its methods, then the report. True
// when g goes on, in runtime.preprintpanics.
bool Runtime::start_preprintpanics(G& g) {
  g.preprint = G::Preprint::Running;
  g.preprint_next = static_cast<int>(g.panics.size()) - 1;
  g.preprint_waiting = false;
  g.preprint_keep = g.panics.size();
  g.preprint_traceback = g.panic_traceback;
  const FuncInfo* stub = nullptr;
  for (const FuncInfo& f : image_.funcs)
    if (f.is_runtime && f.name == native_name(NativeId::preprintpanics)) stub = &f;
  // Natives only (or nothing to call): done here, on the host.
  const int saved_next = g.preprint_next;
  const bool needs_go = [&] {
    for (int i = saved_next; i >= 0; --i) {
      const G::Panic& p = g.panics[static_cast<size_t>(i)];
      if (i > 0 && repanicked(g.panics[static_cast<size_t>(i) - 1], p)) continue;
      const TypeDesc* t = p.type != 0 ? image_.type_at(p.type) : nullptr;
      const TypeDesc::Method* m = t != nullptr ? printable_method(image_, *t) : nullptr;
      if (m != nullptr && native_entry(image_, m->ifn) < 0) return true;
    }
    return false;
  }();
  if (!needs_go || stub == nullptr) {
    if (pending_ == ExitKind::Panic) {  // the native steps run as calls: nothing may be pending
      pending_ = ExitKind::Running;
    }
    if (!preprint_step(g, nullptr) && pending_ != ExitKind::Running) return native_method_panicked(g);
    return finish_preprintpanics(g);
  }
  // Drop the frames (the report's traceback is kept) and start the stub
  // as a goroutine's first function.
  for (PFrame fr{image_.func_at(g.pc), g.sp, g.bp}, up; fr.f != nullptr; fr = up) {
    if (events_.enabled(EventKind::FramePop)) {
      const Addr hi = fr.link + kFrameLinkSize;
      g.depth = g.depth > 0 ? g.depth - 1 : 0;
      events_.emit(Event{EventKind::FramePop, 0, g.id, FramePopEvent{fr.f->name, fr.sp, hi, hi - fr.sp, g.depth}});
    }
    if (!caller_of(image_, mem_, g, fr, up)) break;
  }
  uint8_t* link = mem_.host(g.stack.hi - kFrameLinkSize, kFrameLinkSize);
  if (link == nullptr) {
    internal_error("preprintpanics: the stack is not mapped");
    return false;
  }
  store64(link + kSavedFpOffset, 0);
  store64(link + kReturnAddrOffset, goexit_pc_);
  g.depth = 0;
  g.ctxt = 0;
  g.panic_frame = 0;
  g.pc = stub->entry;
  g.sp = g.stack.hi;
  g.bp = g.stack.hi - kFrameLinkSize;
  pending_ = ExitKind::Running;
  failure_.clear();
  panic_type_ = panic_data_ = 0;
  return true;
}

// Every panic has its text: the report.
bool Runtime::finish_preprintpanics(G& g) {
  g.preprint = G::Preprint::Done;
  g.panic_traceback = std::move(g.preprint_traceback);
  failure_ = panic_chain(g.panics);
  pending_ = ExitKind::Panic;
  return false;
}

// A panic raised by a method that preprintpanics called, not recovered
// inside it: Go's preprintpanics recovers it and throws, naming a string
// value, or else the value's type.
bool Runtime::preprint_failed(G& g, const std::string& text, Addr type, const RuntimeErrorInfo& rerr) {
  g.preprint = G::Preprint::Done;
  std::string what = text;
  const TypeDesc* t = type != 0 ? image_.type_at(type) : nullptr;
  if (t == nullptr) {
    what = "type " + runtime_error_type_name(rerr, text);
  } else if (!(t->kind == TypeKind::String && !t->named)) {
    what = "type " + t->name;
  }
  pending_ = ExitKind::Running;
  fatal("panic while printing panic value: " + what);
  return false;
}

// A native method (called from C++ by preprint_step) raised a panic.
bool Runtime::native_method_panicked(G& g) {
  if (pending_ != ExitKind::Panic) return false;  // a fatal error or a limit: as it is
  const std::string text = failure_.substr(std::string_view("panic: ").size());
  return preprint_failed(g, text, panic_type_, rerr_);
}

namespace native {

// gopanic(e eface): the value is boxed on the heap (gc's convT), so that
// recover can return it once the frame that held it is gone.
NativeResult gopanic(Runtime& rt, uint8_t* args) {
  const Addr type = load64(args), data = load64(args + 8);
  if (type == 0) {  // panic(r) with r a nil interface: today's Go's PanicNilError
    rt.raise_panic("panic called with nil argument (use GODEBUG=panicnil=1 to override)");
    return NativeResult::Panic;
  }
  const TypeDesc* t = rt.type_arg(type, NativeId::gopanic);
  if (t == nullptr) return NativeResult::Fatal;
  // (issue 6, iface) The argument is an eface as interfaces hold them: a
  // pointer-shaped value is the data word itself, nothing to box.
  if (is_direct_iface(rt.image(), *t)) {
    rt.raise_panic_value(panic_value_string(rt, *t, data, nullptr), type, data);
    return NativeResult::Panic;
  }
  // A data word that is already a box is kept: an interface value's (a
  // heap object; for panic(r) of a value recover returned, that panic's
  // very box, so that the two efaces are equal, as Go's "[recovered,
  // repanicked]" needs) or a constant's read-only static. Go's gopanic
  // takes the eface as it is; only the compiled conversion boxes.
  if (t->size != 0 && (rt.object_info(data) != nullptr || rt.image().in_rodata(data, t->size))) {
    const uint8_t* b = rt.mem().host(data, t->size);
    if (b == nullptr) {
      rt.internal_error("gopanic: the panic value is not mapped");
      return NativeResult::Fatal;
    }
    rt.raise_panic_value(panic_value_string(rt, *t, data, b), type, data);
    return NativeResult::Panic;
  }
  const uint8_t* p = t->size != 0 ? rt.mem().host(data, t->size) : nullptr;
  if (p == nullptr && t->size != 0) {
    rt.internal_error("gopanic: the panic value is not mapped");
    return NativeResult::Fatal;
  }
  const Addr box = rt.newobject(*t, NativeId::gopanic);
  if (box == 0) return NativeResult::Fatal;
  uint8_t* b = nullptr;
  if (t->size != 0) {
    b = rt.mem().host(box, t->size);
    if (b == nullptr) {
      rt.internal_error("gopanic: the panic value's box is not mapped");
      return NativeResult::Fatal;
    }
    std::memcpy(b, p, t->size);
  }
  // The text names the box, as Go's "(main.P) 0xc000012080" does.
  rt.raise_panic_value(panic_value_string(rt, *t, box, b), type, box);
  return NativeResult::Panic;
}

// gorecover() (r any): the newest panic's value when called by a deferred
// call of the panicking frame, nil otherwise.
NativeResult gorecover(Runtime& rt, uint8_t* args) {
  G* g = rt.current();
  std::memset(args, 0, 16);
  if (g == nullptr || g->panics.empty() || g->panic_frame == 0 || g->panics.back().recovered) return NativeResult::Ok;
  const uint8_t* w = rt.mem().host(g->bp + kSavedFpOffset, 8);
  if (w == nullptr || load64(w) != g->panic_frame) return NativeResult::Ok;
  G::Panic& p = g->panics.back();
  p.recovered = true;
  store64(args, p.type);
  store64(args + 8, p.data);
  return NativeResult::Ok;
}

// deferreturn(): the end of a deferreturn sequence, its records all run.
// For the frame a panic is unwinding to: recovered, the panics end and the
// function returns; otherwise the panic goes on (the interpreter calls
// unwind_panic, which continues from the caller).
NativeResult deferreturn(Runtime& rt, uint8_t*) {
  G* g = rt.current();
  if (g == nullptr || g->panic_frame == 0 || g->panic_frame != g->bp || g->panics.empty()) return NativeResult::Ok;
  if (g->panics.back().recovered) {
    // (issue 6) Inside a method preprintpanics called, the panics being
    // printed stay.
    g->panics.resize(g->preprint == G::Preprint::Running ? std::min(g->preprint_keep, g->panics.size()) : 0);
    g->panic_frame = 0;
    g->panic_traceback.clear();
    return NativeResult::Ok;
  }
  return NativeResult::Panic;
}

// deferproc(head **_defer, site int, siz uintptr, ptrmask uint64, args
// [siz]byte): a record for a defer statement inside a loop, on the heap,
// linked at the head of the frame's chain. ptrmask marks the arguments'
// pointer words (bit i: word i of args).
NativeResult deferproc(Runtime& rt, uint8_t* args) {
  const Addr head = load64(args);
  const uint64_t site = load64(args + 8), siz = load64(args + 16), mask = load64(args + 24);
  if (siz > 62 * 8 || siz % 8 != 0) {
    rt.internal_error("deferproc: bad argument size");
    return NativeResult::Fatal;
  }
  const TypeDesc* t = defer_record_type(siz, mask);
  const Addr rec = rt.allocate_typed(t->size, HeapType{t, 0, "runtime._defer"}, NativeId::deferproc, "deferred call");
  if (rec == 0) return NativeResult::Fatal;
  uint8_t* h = rt.mem().host(head, 8);
  uint8_t* r = rt.mem().host(rec, t->size);
  if (h == nullptr || r == nullptr) {
    rt.internal_error("deferproc: the record or the frame's head is not mapped");
    return NativeResult::Fatal;
  }
  store64(r, load64(h));
  store64(r + 8, site);
  std::memcpy(r + 16, args + 32, siz);
  store64(h, rec);
  return NativeResult::Ok;
}

// panicdottypeE(have, want, iface *_type): x.(T) found another type (or
// nil): Go's TypeAssertionError, printed without "runtime error: ". The
// empty interface is spelled "interface {}" there, as Go's runtime does.
NativeResult panicdottypeE(Runtime& rt, uint8_t* args) {
  const Addr have = load64(args), want = load64(args + 8), iface = load64(args + 16);
  const TypeDesc* w = rt.type_arg(want, NativeId::panicdottypeE);
  const TypeDesc* i = rt.type_arg(iface, NativeId::panicdottypeE);
  const TypeDesc* h = have != 0 ? rt.type_arg(have, NativeId::panicdottypeE) : nullptr;
  if (w == nullptr || i == nullptr || (have != 0 && h == nullptr)) return NativeResult::Fatal;
  rt.raise_type_assertion(iface, h != nullptr ? have : 0, want);
  return NativeResult::Panic;
}

// preprintpanics(area): one step of runtime.preprintpanics (above): Ok
// with a method call asked for in the area, or the report (Panic).
NativeResult preprintpanics(Runtime& rt, uint8_t* area) {
  G* g = rt.current();
  if (g == nullptr || g->preprint != G::Preprint::Running) {
    rt.internal_error("runtime.preprintpanics called outside a panic");
    return NativeResult::Fatal;
  }
  if (rt.preprint_step(*g, area)) return NativeResult::Ok;
  if (rt.ended()) return NativeResult::Fatal;
  if (rt.pending() != ExitKind::Running) {  // a native method panicked
    rt.native_method_panicked(*g);
    return NativeResult::Fatal;
  }
  rt.finish_preprintpanics(*g);
  return NativeResult::Panic;
}

// os.Exit(code int): the program ends now, with that status; no deferred
// call runs (Go's os.Exit calls the exit system call).
NativeResult os_Exit(Runtime& rt, uint8_t* args) {
  rt.exit(static_cast<int>(static_cast<int64_t>(load64(args))));
  return NativeResult::Exit;
}

}  // namespace native

}  // namespace govm
