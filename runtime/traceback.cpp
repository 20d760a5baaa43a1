// Tracebacks and failure reports, printed as Go prints them
// (runtime/traceback.go, panic.go).
//
//   panic: runtime error: index out of range [5] with length 3
//
//   goroutine 1 [running]:
//   main.get(0xc400000780, 0x3, 0x3, 0x5)
//   	prog.go:4 +0x1c
//   main.main()
//   	prog.go:9 +0x48
//
// The walk. A goroutine's frames are chained by their link words
// (frame.h): the innermost frame's link words are at g.bp; at each link
// address L, [L+8] is the return address into the caller (a pc in the
// caller's code) and [L] the caller's link address, 0 in the outermost
// frame. A frame's arguments start at L+16. The innermost frame's pc is
// g.pc itself; a caller's pc is a return address, so its line is looked up
// at pc-1 (the call instruction), as Go does, while the "+0x.." offset is
// pc - entry.
//
// What is shown, as Go's default traceback level:
//  - functions of package runtime are hidden (runtime.main, the native
//    stubs), except exported ones; if that hides everything, all is shown;
//  - arguments are printed from their stack words as Go's printArgs does:
//    scalars in hex at their size, strings / slices / interfaces / complex
//    numbers as {word, word...}, at most 10 components, then "...". govm's
//    arguments are always on the stack (ABI0), so none is marked "?";
//  - a stack deeper than 100 frames shows its 50 innermost and 50 outermost
//    frames around "...N frames elided..." (Go 1.21+);
//  - a runtime throw (stack overflow) adds " fp=0x.. sp=0x.. pc=0x.." to
//    each frame, as Go's throw raises the traceback level.
// A goroutine other than main ends with "created by main.main in goroutine
// 1" and the go statement's line (today's Go; 1.19 omitted "in goroutine
// N"). A deadlock shows every goroutine, each with its wait reason.
// The source path is Image::file exactly as the compiler was given it
// ("?" for runtime entries, which have no Go source).
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/frame.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr uint64_t kInnerFrames = 50;  // Go's tracebackInnerFrames
constexpr uint64_t kOuterFrames = 50;  // Go's tracebackOuterFrames
constexpr int kArgLimit = 10;          // printArgs: at most 10 args/components

// Go's showfuncinfo: hide unexported functions of package runtime.
bool runtime_hidden(const std::string& name) {
  if (name.rfind("runtime.", 0) != 0) return false;
  const char c = name.size() > 8 ? name[8] : 'x';
  return !(c >= 'A' && c <= 'Z');
}

// One physical frame of the walk.
struct Frame {
  const FuncInfo* f = nullptr;
  Addr pc = 0;    // g.pc for the innermost frame, else a return address
  Addr sp = 0;    // frame base
  Addr link = 0;  // address of its link words
  bool innermost = false;
};

// Walks the frame chain of one goroutine, innermost first. Stops at the
// outermost frame (saved FP 0), at a pc outside text, or at anything that
// breaks the chain's invariants (links must rise within the stack).
class FrameWalker {
 public:
  FrameWalker(const Image& image, const AddressSpace& mem, const G& g) : image_(image), mem_(mem), g_(g) {
    cur_ = {image.func_at(g.pc), g.pc, g.sp, g.bp, true};
    done_ = cur_.f == nullptr;
  }
  bool done() const { return done_; }
  const Frame& frame() const { return cur_; }
  void next() {
    const uint8_t* w = in_stack(cur_.link) ? mem_.host(cur_.link, kFrameLinkSize) : nullptr;
    if (w == nullptr) {
      done_ = true;
      return;
    }
    Addr caller_link, ret;
    std::memcpy(&caller_link, w + kSavedFpOffset, 8);
    std::memcpy(&ret, w + kReturnAddrOffset, 8);
    if (caller_link == 0 || caller_link <= cur_.link || !in_stack(caller_link)) {
      done_ = true;
      return;
    }
    cur_ = {image_.func_at(ret), ret, cur_.link + kFrameLinkSize, caller_link, false};
    done_ = cur_.f == nullptr;
  }

 private:
  bool in_stack(Addr a) const { return a >= g_.stack.lo && a + kFrameLinkSize <= g_.stack.hi; }
  const Image& image_;
  const AddressSpace& mem_;
  const G& g_;
  Frame cur_;
  bool done_ = false;
};

// Go's printArgs over one frame's incoming arguments at host pointer args.
class ArgPrinter {
 public:
  ArgPrinter(const Image& image, const uint8_t* args, uint64_t avail)
      : image_(image), args_(args), avail_(avail) {}

  std::string print(const FuncInfo& f) {
    std::vector<const LocalVar*> params;
    for (const LocalVar& v : f.locals)
      if (v.role == LocalVar::Role::Param) params.push_back(&v);
    std::sort(params.begin(), params.end(), [](auto* a, auto* b) { return a->offset < b->offset; });
    if (params.empty()) {  // no names: the argument area as words
      for (uint64_t off = 0; off + 8 <= f.params_size; off += 8)
        if (!visit_word(off, 8)) break;
    }
    for (const LocalVar* p : params) {
      const uint64_t off = p->offset - (f.frame_size + kFrameLinkSize);
      if (!visit(off, image_.type_at(p->type), p->size)) break;
    }
    return out_;
  }

 private:
  bool visit(uint64_t off, const TypeDesc* t, uint64_t size) {
    if (n_ >= kArgLimit) {
      comma();
      out_ += "...";
      return false;
    }
    const TypeKind k = t ? t->kind : TypeKind::Invalid;
    switch (k) {
      case TypeKind::String:
      case TypeKind::Interface: return aggregate(off, 2, 8);
      case TypeKind::Slice: return aggregate(off, 3, 8);
      case TypeKind::Complex64: return aggregate(off, 2, 4);
      case TypeKind::Complex128: return aggregate(off, 2, 8);
      case TypeKind::Struct:
      case TypeKind::Array: return aggregate(off, (size + 7) / 8, 8);  // field layout not known yet: words
      default: return word(off, size == 0 || size > 8 ? 8 : size);
    }
  }

  bool aggregate(uint64_t off, uint64_t words, uint64_t wsize) {
    comma();
    out_ += '{';
    start_ = true;
    if (words == 0) ++n_;  // {} counts as a component
    for (uint64_t i = 0; i < words; ++i)
      if (!visit_word(off + i * wsize, wsize)) break;
    out_ += '}';
    start_ = false;
    return true;
  }

  bool visit_word(uint64_t off, uint64_t sz) {
    if (n_ >= kArgLimit) {
      comma();
      out_ += "...";
      start_ = false;
      return false;
    }
    return word(off, sz);
  }

  bool word(uint64_t off, uint64_t sz) {
    comma();
    uint64_t x = 0;
    if (off <= avail_ && sz <= avail_ - off) std::memcpy(&x, args_ + off, sz);
    out_ += format_hex(x);
    start_ = false;
    ++n_;
    return true;
  }

  void comma() {
    if (!start_) out_ += ", ";
  }

  const Image& image_;
  const uint8_t* args_;
  uint64_t avail_;
  std::string out_;
  int n_ = 0;
  bool start_ = true;
};

}  // namespace

void Runtime::traceback(const G& g, std::string& out) const {
  const char* status = g.status == GStatus::Waiting && !g.wait_reason.empty() ? g.wait_reason.c_str()
                                                                               : gstatus_name(g.status);
  out += "goroutine " + std::to_string(g.id) + " [" + status + "]:\n";

  // Go hides runtime frames unless that would hide them all.
  bool show_runtime = true;
  uint64_t total = 0;
  // (issue 6, iface) and autogenerated method wrappers, unless innermost (Go's showframe)
  auto wrapper_hidden = [](const Frame& fr) { return fr.f->wrapper && !fr.innermost; };
  for (FrameWalker w(image_, mem_, g); !w.done(); w.next())
    if (!runtime_hidden(w.frame().f->name) && !wrapper_hidden(w.frame())) ++total, show_runtime = false;
  if (show_runtime)
    for (FrameWalker w(image_, mem_, g); !w.done(); w.next()) ++total;

  const uint64_t elide = total > kInnerFrames + kOuterFrames ? total - kInnerFrames - kOuterFrames : 0;
  uint64_t i = 0;
  for (FrameWalker w(image_, mem_, g); !w.done(); w.next()) {
    const Frame& fr = w.frame();
    if (!show_runtime && runtime_hidden(fr.f->name)) continue;
    if (wrapper_hidden(fr)) continue;
    const uint64_t at = i++;
    if (elide && at == kInnerFrames) out += "..." + std::to_string(elide) + " frames elided...\n";
    if (elide && at >= kInnerFrames && at < kInnerFrames + elide) continue;

    const uint64_t avail = fr.link + kFrameLinkSize <= g.stack.hi ? g.stack.hi - fr.link - kFrameLinkSize : 0;
    const uint8_t* args = mem_.host(fr.link + kFrameLinkSize, avail);
    out += fr.f->name + "(" + (args ? ArgPrinter(image_, args, avail).print(*fr.f) : "") + ")\n";
    const Addr tracepc = (!fr.innermost && fr.pc > fr.f->entry) ? fr.pc - 1 : fr.pc;
    // Runtime entries have no Go source; Go prints "?" for an unknown file,
    // (methods) and "<autogenerated>:1" for a method wrapper it generated.
    if (fr.f->wrapper && !fr.f->is_runtime)
      out += "\t<autogenerated>:1";
    else if (!fr.f->file.empty())  // (issue 6) generated library code: its Go file, no line to name
      out += "\t" + fr.f->file;
    else
      out += "\t" + (fr.f->is_runtime ? std::string("?") : image_.file) + ":" + std::to_string(fr.f->line_at(tracepc));
    if (fr.pc > fr.f->entry) out += " +" + format_hex(fr.pc - fr.f->entry);
    if (runtime_throw_)
      out += " fp=" + format_hex(fr.link + kFrameLinkSize) + " sp=" + format_hex(fr.sp) + " pc=" + format_hex(fr.pc);
    out += "\n";
  }
  created_by(g, out);
}

// (issue 5) Where a goroutine other than main came from, as today's Go
// prints it: the function holding the go statement, its goroutine, and
// the statement's line.
void Runtime::created_by(const G& g, std::string& out) const {
  const FuncInfo* f = g.gopc != 0 ? image_.func_at(g.gopc) : nullptr;
  if (f == nullptr) return;
  out += "created by " + f->name + " in goroutine " + std::to_string(g.creator) + "\n";
  out += "\t" + (f->is_runtime ? std::string("?") : image_.file) + ":" + std::to_string(f->line_at(g.gopc));
  if (g.gopc > f->entry) out += " +" + format_hex(g.gopc - f->entry);
  out += "\n";
}

void Runtime::report_failure() {
  if (pending_ == ExitKind::Running) return;
  std::string report = preface_ + failure_ + "\n" + signal_;
  if (deadlock_) {
    // (issue 5) Nobody is running: every goroutine, with what it waits for.
    for (const auto& g : gs_) {
      if (g->status == GStatus::Dead) continue;
      report += "\n";
      traceback(*g, report);
    }
  } else if (pending_ == ExitKind::Panic && cur_ != nullptr && !cur_->panic_traceback.empty()) {
    // (issue 6, defer) Its frames were unwound to run deferred calls: the
    // traceback taken when the panic started (runtime/panic.cpp).
    report += "\n" + cur_->panic_traceback;
  } else if (cur_ != nullptr) {
    report += "\n";
    traceback(*cur_, report);
  }
  write_stderr(report);
  exit_kind_ = pending_;
  exit_code_ = 2;
}

}  // namespace govm
