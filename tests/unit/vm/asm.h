// A tiny assembler for interpreter tests: hand-written functions linked into
// an Image the way the compiler's linker lays one out (user functions, then
// runtime.main and the runtime stubs), with fixed segment addresses so that
// tests can name globals before the text is complete.
#pragma once

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"
#include "vm/machine.h"
#include "vm/opcodes.h"

namespace govm::test {

// Segments at fixed addresses: the text of a test must stay under 64 KiB.
inline constexpr Addr kRodata = 0x411000;
inline constexpr Addr kData = 0x412000;
inline constexpr Addr kBss = 0x413000;
inline constexpr uint64_t kBssSize = 0x1000;
// The i-th 8-byte slot of bss: where test programs leave their results.
constexpr Addr result_slot(int i) { return kBss + 8 * static_cast<Addr>(i); }

class Asm {
 public:
  // Starts a function; later emits belong to it until the next func().
  void func(const std::string& name, uint32_t frame_size, uint32_t params = 0, uint32_t results = 0) {
    close();
    FuncInfo f;
    f.name = name;
    f.entry = code_.size_bytes();  // an offset until link()
    f.frame_size = frame_size;
    f.params_size = params;
    f.results_size = results;
    f.decl_line = line_;
    funcs_.push_back(f);
  }
  // The source line of the instructions that follow.
  void line(uint32_t l) { line_ = l; }

  uint32_t emit(Op op, std::initializer_list<int64_t> operands) {
    const uint32_t at = code_.emit(op, operands);
    FuncInfo& f = funcs_.back();
    const uint32_t off = at - static_cast<uint32_t>(f.entry);
    if (f.lines.empty() || f.lines.back().line != line_) f.lines.push_back({off, line_});
    return at;
  }
  // CALL name: resolved by link().
  void call(const std::string& callee) { calls_.emplace_back(emit(Op::CALL, {0}), callee); }
  // A jump whose target is set later with bind().
  uint32_t here() const { return code_.size_bytes(); }
  void bind(uint32_t jump_at, uint32_t target) { code_.patch_target(jump_at, target); }

  // Adds a string literal to rodata; returns its address.
  Addr string(const std::string& s) {
    const Addr a = kRodata + rodata_.size();
    rodata_.insert(rodata_.end(), s.begin(), s.end());
    strings_.push_back({a, s.size()});
    return a;
  }
  void global(const std::string& name, Addr addr, uint64_t size) {
    GlobalVar g;
    g.name = name;
    g.addr = addr;
    g.size = size;
    g.segment = Segment::Bss;
    globals_.push_back(g);
  }

  // Appends runtime.main (calls main.main, then EXIT), runtime.goexit and a
  // stub per runtime entry, and lays the image out. Call once.
  std::shared_ptr<Image> link(const std::string& file = "prog.go") {
    line(0);  // the runtime has no source lines
    func("runtime.main", 0);
    funcs_.back().is_runtime = true;
    emit(Op::ENTER, {0, 0, 0});
    call("main.main");
    emit(Op::EXIT, {});
    func("runtime.goexit", 0);
    funcs_.back().is_runtime = true;
    emit(Op::GOEXIT, {});
    for (uint16_t n = 0; n < kNativeCount; ++n) {
      const auto id = static_cast<NativeId>(n);
      if (id == NativeId::main || id == NativeId::goexit) continue;
      func(native_name(id), 0);
      funcs_.back().is_runtime = true;
      emit(Op::NATIVE, {n});
      emit(Op::RET, {0});
    }
    close();
    auto image = std::make_shared<Image>();
    image->file = file;
    for (FuncInfo& f : funcs_) {
      f.entry += kTextBase;
      f.end += kTextBase;
      if (f.name == "runtime.main") image->entry = f.entry;
      image->funcs.push_back(f);
    }
    for (auto& [at, callee] : calls_) {
      const Addr target = image->func_named(callee)->entry - kTextBase;
      code_.patch_target(at, static_cast<uint32_t>(target));
    }
    image->text.resize(code_.size_bytes());
    std::memcpy(image->text.data(), code_.words().data(), image->text.size());
    image->rodata_base = kRodata;
    image->rodata = rodata_;
    image->data_base = kData;
    image->bss_base = kBss;
    image->bss_size = kBssSize;
    image->strings = strings_;
    image->globals = globals_;
    return image;
  }

 private:
  void close() {
    if (!funcs_.empty()) funcs_.back().end = code_.size_bytes();
  }

  CodeBuffer code_;
  std::vector<FuncInfo> funcs_;
  std::vector<std::pair<uint32_t, std::string>> calls_;
  std::vector<uint8_t> rodata_;
  std::vector<StringLit> strings_;
  std::vector<GlobalVar> globals_;
  uint32_t line_ = 1;
};

// Collects every event.
class EventLog final : public EventSink {
 public:
  void on_event(const Event& e) override { events.push_back(e); }
  std::vector<Event> events;
  size_t count(EventKind k) const {
    size_t n = 0;
    for (const Event& e : events) n += e.kind == k;
    return n;
  }
};

// A program run to its end, with its output, exit code and the final values
// of the result slots.
struct RunResult {
  int code = -1;
  std::string out, err;
  uint64_t instructions = 0;
  std::vector<uint64_t> results;
  EventLog log;
};

inline RunResult run_image(std::shared_ptr<Image> image, MachineOptions opts = {}, int nresults = 8) {
  RunResult r;
  CaptureOutput out;
  Machine m(image, out, opts);
  m.attach(&r.log);
  r.code = m.run();
  r.out = out.out;
  r.err = out.err;
  r.instructions = m.instructions();
  for (int i = 0; i < nresults; ++i) {
    uint64_t v = 0;
    if (const uint8_t* p = m.runtime().mem().host(result_slot(i), 8)) std::memcpy(&v, p, 8);
    r.results.push_back(v);
  }
  return r;
}

// A Go program compiled and run to its end: exit code, output, instructions
// and every event. A compile error leaves code -1 and the errors in err.
struct GoRun {
  int code = -1;
  std::string out, err;
  uint64_t instructions = 0;
  EventLog log;
};

inline GoRun run_go(const std::string& source, MachineOptions opts = {}) {
  GoRun r;
  CompileResult c = compile_source("prog.go", source);
  if (!c.ok()) {
    r.err = c.errors_text;
    return r;
  }
  CaptureOutput out;
  Machine m(c.image, out, opts);
  m.attach(&r.log);
  r.code = m.run();
  r.out = out.out;
  r.err = out.err;
  r.instructions = m.instructions();
  return r;
}

}  // namespace govm::test
