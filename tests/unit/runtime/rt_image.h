// Hand-built program images for runtime tests: functions with pc-to-line
// tables, type descriptors, string literals and globals at fixed segment
// addresses, plus a helper that lays out frames on a goroutine's stack the
// way CALL and ENTER do (runtime/frame.h), so that morestack and tracebacks
// can be tested without the interpreter.
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "runtime/fmt_methods.h"
#include "runtime/frame.h"
#include "runtime/image.h"
#include "runtime/runtime.h"

namespace govm::rttest {

inline constexpr Addr kRodata = 0x411000;
inline constexpr Addr kData = 0x420000;
inline constexpr Addr kBss = 0x421000;

class ImageBuilder {
 public:
  explicit ImageBuilder(std::string file = "/tmp/prog.go") { im_->file = std::move(file); }

  // A function of `code_bytes` bytes of (zero) code; lines are (offset, line).
  FuncInfo& func(const std::string& name, uint32_t code_bytes, uint32_t frame_size = 0, uint32_t params_size = 0,
                 std::vector<PcLine> lines = {}, bool is_runtime = false) {
    FuncInfo f;
    f.name = name;
    f.entry = kTextBase + im_->text.size();
    f.end = f.entry + code_bytes;
    f.frame_size = frame_size;
    f.params_size = params_size;
    f.lines = std::move(lines);
    f.decl_line = f.lines.empty() ? 0 : f.lines.front().line;
    f.is_runtime = is_runtime;
    im_->text.resize(im_->text.size() + code_bytes);
    im_->funcs.push_back(f);
    return im_->funcs.back();
  }

  // A type descriptor in rodata (Go's _type prefix, image.h).
  Addr type(const std::string& name, TypeKind kind, uint64_t size, uint64_t align) {
    const Addr name_at = bytes(name);
    const Addr a = reserve(kTypeDescSize, 8);
    put64(a, size);
    put64(a + 16, static_cast<uint8_t>(kind) | (align << 8));
    put64(a + 24, name_at);
    put64(a + 32, name.size());
    TypeDesc t;
    t.addr = a, t.kind = kind, t.size = size, t.align = align, t.name = name;
    im_->types.push_back(t);
    return a;
  }

  // (issue 3) The descriptor written by type(), to fill in its structure
  // (elem, len, fields, ptrmask). Valid until the next type().
  TypeDesc& desc(Addr type_addr) {
    for (TypeDesc& t : im_->types)
      if (t.addr == type_addr) return t;
    throw std::logic_error("rt_image: no type descriptor there");
  }

  // (issue 3) An allocation site at pc (kept sorted by pc, as the linker's).
  void alloc_site(Addr pc, uint32_t line, uint32_t col, std::string what, std::string reason) {
    AllocSite s{pc, line, col, std::move(what), std::move(reason)};
    auto at = std::lower_bound(im_->alloc_sites.begin(), im_->alloc_sites.end(), pc,
                               [](const AllocSite& a, Addr p) { return a.pc < p; });
    im_->alloc_sites.insert(at, std::move(s));
  }

  Addr string_lit(const std::string& s) {
    const Addr a = bytes(s);
    im_->strings.push_back({a, s.size()});
    return a;
  }

  // A global in data (with initial bytes) or bss.
  Addr global(const std::string& name, Addr type, uint64_t size, Segment seg, std::vector<uint8_t> init = {}) {
    GlobalVar g;
    g.name = name;
    g.type = type;
    g.size = size;
    g.segment = seg;
    if (seg == Segment::Data) {
      g.addr = kData + im_->data.size();
      init.resize(size);
      im_->data.insert(im_->data.end(), init.begin(), init.end());
    } else {
      g.addr = kBss + im_->bss_size;
      im_->bss_size += size;
    }
    im_->globals.push_back(g);
    return g.addr;
  }

  std::unique_ptr<Image> build() {
    im_->rodata_base = kRodata;
    im_->data_base = kData;
    im_->bss_base = kBss;
    if (im_->bss_size == 0) im_->bss_size = 8;
    std::sort(im_->globals.begin(), im_->globals.end(), [](auto& a, auto& b) { return a.addr < b.addr; });
    return std::move(im_);
  }

 private:
  Addr reserve(uint64_t n, uint64_t align) {
    im_->rodata.resize(align_up(im_->rodata.size(), align));
    const Addr a = kRodata + im_->rodata.size();
    im_->rodata.resize(im_->rodata.size() + n);
    return a;
  }
  Addr bytes(const std::string& s) {
    const Addr a = reserve(s.size(), 1);
    std::memcpy(im_->rodata.data() + (a - kRodata), s.data(), s.size());
    return a;
  }
  void put64(Addr a, uint64_t v) { std::memcpy(im_->rodata.data() + (a - kRodata), &v, 8); }

  std::unique_ptr<Image> im_ = std::make_unique<Image>();
};

inline uint64_t ld64(Runtime& rt, Addr a) {
  uint64_t v = 0;
  if (const uint8_t* p = rt.mem().host(a, 8)) std::memcpy(&v, p, 8);
  return v;
}
inline void st64(Runtime& rt, Addr a, uint64_t v) {
  if (uint8_t* p = rt.mem().host(a, 8)) std::memcpy(p, &v, 8);
}
// The data word of an interface holding the value at `value` of the type
// whose descriptor is at `type`, as compiled code passes it to fmt: the
// value itself when the type is pointer-shaped (Go's isdirectiface), else
// its address.
inline uint64_t eface_data(Runtime& rt, Addr type, Addr value) {
  const TypeDesc* t = rt.image().type_at(type);
  return t != nullptr && is_direct_iface(rt.image(), *t) ? ld64(rt, value) : value;
}

// (issue 3) A stack map with the given words set (FuncInfo::frame_ptrs,
// args_ptrs; TypeDesc::ptrmask).
inline std::vector<uint64_t> bitmap(std::initializer_list<uint32_t> words) {
  std::vector<uint64_t> m;
  for (uint32_t w : words) {
    if (m.size() <= w / 64) m.resize(w / 64 + 1);
    m[w / 64] |= uint64_t{1} << (w % 64);
  }
  return m;
}

// (issue 3) Calls runtime entry `id` through kNativeTable on an argument
// block laid out as natives.h says (8-byte words; results after them).
inline NativeResult call_native(Runtime& rt, NativeId id, std::vector<uint64_t>& block) {
  return kNativeTable[static_cast<uint16_t>(id)](rt, reinterpret_cast<uint8_t*>(block.data()));
}

// Lays out frames on g's stack as the interpreter's CALL and ENTER would,
// starting from a goroutine fresh out of newproc: fp = g.sp, bp = g.bp.
class StackBuilder {
 public:
  StackBuilder(Runtime& rt, G& g) : rt_(rt), g_(g), fp_(g.sp), bp_(g.bp) {}

  // ENTER z of the function being entered (its link words are at fp-16).
  void enter(uint32_t z) {
    bp_ = fp_ - kFrameLinkSize;
    fp_ = bp_ - z;
  }
  // Writes argument word k in the current frame's outgoing area.
  void arg(uint32_t k, uint64_t v) { st64(rt_, fp_ + 8 * k, v); }
  // CALL from return address `ret`: the link words go below fp.
  void call(Addr ret) {
    st64(rt_, fp_ - kFrameLinkSize + kReturnAddrOffset, ret);
    st64(rt_, fp_ - kFrameLinkSize + kSavedFpOffset, bp_);
  }
  // Stores the registers in g as the interpreter does before a runtime call.
  void sync(Addr pc) {
    g_.pc = pc;
    g_.sp = fp_;
    g_.bp = bp_;
  }
  // The state ENTER leaves before calling morestack: sp = bp = link words.
  void sync_for_morestack(Addr enter_pc) {
    g_.pc = enter_pc;
    g_.sp = g_.bp = fp_ - kFrameLinkSize;
  }
  Addr fp() const { return fp_; }
  Addr bp() const { return bp_; }

 private:
  Runtime& rt_;
  G& g_;
  Addr fp_, bp_;
};

}  // namespace govm::rttest
