// Inspection of a paused or ended machine (the views of vm/inspect.h).
//
// Everything is read, nothing written: the image's tables say what is
// where, the address space holds the values. A paused goroutine stands
// between two instructions with its registers in its G (vm/interp.cpp), so
// its frames are walked as a traceback walks them (runtime/traceback.cpp):
// the innermost frame's base is g.sp and its link words are at g.bp; at
// each link address L, [L+8] is the return address into the caller and [L]
// the caller's link address, 0 in the outermost frame; the caller's frame
// base is L+16.
//
// One state needs care: a goroutine paused on a function's first
// instruction (its ENTER, just after the CALL) has no frame of its own yet.
// Its registers are still the caller's; the link words the CALL wrote are
// at g.sp-16. That frame is shown as not entered, with its link words only.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "runtime/frame.h"
#include "runtime/value_format.h"
#include "vm/machine.h"
#include "vm/opcodes.h"

namespace govm {

namespace {

const char* role_name(LocalVar::Role r) {
  switch (r) {
    case LocalVar::Role::Param: return "param";
    case LocalVar::Role::Result: return "result";
    case LocalVar::Role::Local: return "local";
  }
  return "?";
}

std::string type_name(const TypeDesc* t) { return t ? t->name : "?"; }

// Whether pc is a function's entry and the instruction there is its ENTER:
// the function has been called but has not reserved its frame.
bool before_enter(const Image& image, const FuncInfo& f, Addr pc) {
  return pc == f.entry && f.entry < f.end && static_cast<Op>(image.text[f.entry - kTextBase]) == Op::ENTER;
}

// Reads the 8-byte word at a on the stack [lo, hi); false when outside.
bool stack_word(AddressSpace& mem, const Stack& s, Addr a, Addr& out) {
  if (a < s.lo || a + 8 > s.hi) return false;
  const uint8_t* p = mem.host(a, 8);
  if (p == nullptr) return false;
  std::memcpy(&out, p, 8);
  return true;
}

}  // namespace

std::vector<SegmentInfo> Machine::segments() const {
  const Image& im = *image_;
  std::vector<SegmentInfo> out = {
      {"text", kTextBase, im.text_end(), 0},
      {"rodata", im.rodata_base, im.rodata_base + im.rodata.size(), 0},
      {"data", im.data_base, im.data_base + im.data.size(), 0},
      {"bss", im.bss_base, im.bss_base + im.bss_size, 0},
      {"heap", kArenaBase, std::max<Addr>(kArenaBase, rt_.heap().arena_used_end()), 0},
  };
  for (const auto& g : rt_.goroutines())
    if (g->status != GStatus::Dead) out.push_back({"stack", g->stack.lo, g->stack.hi, g->id});
  return out;
}

std::vector<GlobalView> Machine::globals() const {
  // format_value_at reads through a non-const Runtime; reading changes
  // nothing and never ends the program (value_format.h).
  std::vector<GlobalView> out;
  for (const GlobalVar& v : image_->globals) {
    const TypeDesc* t = image_->type_at(v.type);
    out.push_back({v.name, type_name(t), segment_name(v.segment), v.addr, v.size, format_value_at(const_cast<Runtime&>(rt_), t, v.addr),
                   v.decl_line});
  }
  return out;
}

std::vector<GoroutineView> Machine::goroutines() const {
  std::vector<GoroutineView> out;
  for (const auto& g : rt_.goroutines()) {
    if (g->status == GStatus::Dead) continue;  // (issue 5) exited: its stack is gone
    GoroutineView v{g->id, gstatus_name(g->status), g->wait_reason, g->stack.lo, g->stack.hi, g->sp, g->pc, "", 0, "", 0, 0};
    if (const FuncInfo* f = image_->func_at(g->pc)) {
      v.func = f->name;
      v.line = f->line_at(g->pc);
    }
    if (const FuncInfo* f = image_->func_at(g->entry)) v.entry = f->name;
    v.creator = g->creator;
    if (const FuncInfo* f = g->gopc ? image_->func_at(g->gopc) : nullptr) v.go_line = f->line_at(g->gopc);
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<FrameView> Machine::frames(uint64_t goid) const {
  AddressSpace& mem = const_cast<Runtime&>(rt_).mem();
  const G* g = nullptr;
  for (const auto& p : rt_.goroutines())
    if (p->id == goid) g = p.get();
  std::vector<FrameView> out;
  if (g == nullptr || g->status == GStatus::Dead) return out;

  Addr pc = g->pc, base = g->sp, link = g->bp;
  bool innermost = true;
  const FuncInfo* f = image_->func_at(pc);
  bool entered = !(f != nullptr && before_enter(*image_, *f, pc));
  if (!entered) link = base - kFrameLinkSize;  // the words its CALL wrote

  // Each step up the chain must rise within the stack, so the walk ends.
  while (f != nullptr) {
    FrameView v;
    v.func = f->name;
    v.file = f->is_runtime ? "" : image_->file;
    v.pc = pc;
    v.line = f->line_at(innermost ? pc : pc - 1);  // a caller's line is its call's
    v.entered = entered;
    v.lo = entered ? base : link;
    v.hi = link + kFrameLinkSize;
    Addr caller_link = 0, ret = 0;
    const bool linked = stack_word(mem, g->stack, link + kSavedFpOffset, caller_link) &&
                        stack_word(mem, g->stack, link + kReturnAddrOffset, ret);
    v.return_addr = ret;
    const Addr frame_base = entered ? base : link - f->frame_size;  // where its ENTER will put it
    for (const LocalVar& lv : f->locals) {
      if (!entered && lv.role == LocalVar::Role::Local) continue;
      const TypeDesc* t = image_->type_at(lv.type);
      const Addr a = frame_base + lv.offset;
      Addr points_to = 0;
      if (lv.name.starts_with('&') && t != nullptr && t->kind == TypeKind::Pointer) stack_word(mem, g->stack, a, points_to);
      v.locals.push_back({lv.name, type_name(t), role_name(lv.role), a, lv.size, format_value_at(const_cast<Runtime&>(rt_), t, a),
                          lv.decl_line, points_to});
    }
    out.push_back(std::move(v));
    if (!linked || caller_link == 0 || caller_link <= link) break;
    pc = ret;
    base = link + kFrameLinkSize;
    link = caller_link;
    f = image_->func_at(pc);
    innermost = false;
    entered = true;
  }
  return out;
}

Stats Machine::stats() const {
  Stats s;
  s.instructions = interp_.instructions();
  s.frames_pushed = interp_.frames_pushed();
  s.stack_growths = interp_.stack_growths();
  s.heap_objects = rt_.heap().objects();
  s.heap_bytes = rt_.heap().in_use();
  s.events = const_cast<Runtime&>(rt_).events().count();
  const MemStats m = rt_.read_memstats();
  s.mallocs = m.mallocs;
  s.total_alloc = m.total_alloc;
  s.frees = m.frees;
  s.gc_cycles = m.num_gc;
  s.peak_heap = std::max(m.peak_heap_alloc, m.heap_alloc);  // the collector updates its peak at cycles
  s.goroutines_created = rt_.goroutines().size();  // the runtime keeps every G it made, dead or not
  return s;
}

// Heap objects: every allocated slot of every span in use, in address
// order. Where each came from is the allocator's record (ObjInfo); the
// site as HeapAlloc events give it (the image's allocation site at the
// allocating pc, else the function's line there and the entry's reason).
std::vector<HeapObjectView> Machine::heap_objects() const {
  const HeapReach reach = rt_.reachable_objects();
  std::vector<HeapObjectView> out;
  for (const auto& [base, s] : rt_.heap().spans()) {
    for (uint32_t i = 0; i < s->nelems; ++i) {
      if (!s->is_allocated(i)) continue;
      const ObjInfo& info = s->info[i];
      HeapObjectView v;
      v.addr = s->object_at(i);
      v.size = info.size;
      v.slot_size = s->elemsize;
      v.size_class = s->size_class;
      v.type = rt_.object_type_name(info);
      v.goid = info.goid;
      v.by = native_name(info.by);
      if (info.reason != nullptr) v.reason = info.reason;
      if (const AllocSite* site = image_->alloc_site_at(info.pc)) {
        v.line = site->line;
        v.col = site->col;
        v.site = site->what;
        if (!site->reason.empty()) v.reason = site->reason;
      }
      if (v.line == 0)
        if (const FuncInfo* f = image_->func_at(info.pc)) v.line = f->line_at(info.pc);
      v.reachable = reach.contains(v.addr);
      out.push_back(std::move(v));
    }
  }
  return out;
}

namespace {

// The segment holding [a, a+size): an image segment, the heap's spans in
// use, a live goroutine's stack, or "none".
std::string segment_at(const Image& image, const Runtime& rt, Addr a) {
  if (const Segment s = image.segment_of(a); s != Segment::None) return segment_name(s);
  if (rt.heap().span_of(a) != nullptr) return "heap";
  for (const auto& g : rt.goroutines())
    if (g->status != GStatus::Dead && a >= g->stack.lo && a < g->stack.hi) return "stack";
  return "none";
}

std::string hex_addr(Addr a) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(a));
  return a == 0 ? "0x0" : buf;
}

}  // namespace

ValueView Machine::value_at(Addr addr, const std::string& type) const {
  for (const TypeDesc& t : image_->types)
    if (t.name == type) return value_at(addr, t);
  ValueView v;
  v.addr = addr;
  v.type = type;
  v.segment = segment_at(*image_, rt_, addr);
  v.error = "no type " + type + " in the program";
  return v;
}

ValueView Machine::value_at(Addr addr, const TypeDesc& t) const {
  ValueView v;
  v.addr = addr;
  v.type = t.name;
  v.size = t.size;
  v.segment = segment_at(*image_, rt_, addr);
  Runtime& rt = const_cast<Runtime&>(rt_);  // format_value_at only reads (value_format.h)
  if (addr == 0)
    v.error = "nil address";
  else if (rt.mem().host(addr, std::max<uint64_t>(t.size, 1)) == nullptr)
    v.error = "address " + hex_addr(addr) + " is not mapped (" + std::to_string(t.size) + " bytes of " + t.name + ")";
  else
    v.value = format_value_at(rt, &t, addr);
  return v;
}

// (issue 7) A debugger's print: a name, then selectors, derefs and
// constant indexes, walked over the image's type descriptors and the
// address space, reading only.
namespace {

struct Place {
  Addr addr = 0;
  const TypeDesc* type = nullptr;
};

bool read_word(const Runtime& rt, Addr a, Addr& out) {
  const uint8_t* p = const_cast<Runtime&>(rt).mem().host(a, 8);
  if (p == nullptr) return false;
  std::memcpy(&out, p, 8);
  return true;
}

// Follows a pointer: the place it points at, or an error.
std::string deref(const Image& image, const Runtime& rt, Place& at, const std::string& what) {
  Addr p = 0;
  if (!read_word(rt, at.addr, p)) return "cannot read " + what;
  if (p == 0) return what + " is nil";
  at = {p, image.type_at(at.type->elem)};
  return at.type == nullptr ? "no type for *" + what : "";
}

std::string select_field(const Image& image, const Runtime& rt, Place& at, const std::string& name, const std::string& what) {
  if (at.type->kind == TypeKind::Pointer)
    if (std::string err = deref(image, rt, at, what); !err.empty()) return err;
  if (at.type->kind != TypeKind::Struct) return what + " (" + at.type->name + ") has no field " + name;
  for (const TypeDesc::Field& f : at.type->fields) {
    if (f.name != name) continue;
    at = {at.addr + f.offset, image.type_at(f.type)};
    return at.type == nullptr ? "no type for " + what + "." + name : "";
  }
  return what + " (" + at.type->name + ") has no field " + name;
}

std::string index_into(const Image& image, const Runtime& rt, Place& at, uint64_t i, const std::string& what) {
  if (at.type->kind == TypeKind::Pointer) {
    if (std::string err = deref(image, rt, at, what); !err.empty()) return err;
  }
  const TypeDesc* elem = image.type_at(at.type->elem);
  uint64_t len = 0;
  Addr base = at.addr;
  if (at.type->kind == TypeKind::Array) {
    len = at.type->len;
  } else if (at.type->kind == TypeKind::Slice) {
    if (!read_word(rt, at.addr, base) || !read_word(rt, at.addr + 8, len)) return "cannot read " + what;
  } else {
    return "cannot index " + what + " (" + at.type->name + ")";
  }
  if (elem == nullptr) return "no element type for " + what;
  if (i >= len) return "index " + std::to_string(i) + " out of range [0:" + std::to_string(len) + "] of " + what;
  at = {base + i * elem->size, elem};
  return "";
}

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

const TypeDesc* type_named(const Image& image, const std::string& name) {
  for (const TypeDesc& t : image.types)
    if (t.name == name) return &t;
  return nullptr;
}

// The variable `name` of a frame: the innermost declaration in scope at the
// frame's line (a later local of the same name shadows an earlier one;
// parameters and results are always in scope). A variable moved to the
// heap, or captured by reference by a closure, is reached through its
// frame slot "&name" (compiler/codegen_addr.cpp, codegen_closure.cpp),
// which holds its address; a heap-moved parameter's own slot keeps only
// the value it was called with, so "&name" wins over it once set. Leaves
// at empty when the frame has no such variable; an error when it has one
// that cannot be read yet.
std::string frame_variable(const Image& image, const Runtime& rt, const FrameView& f, const std::string& name, Place& at) {
  const LocalView* best = nullptr;
  const LocalView* before = nullptr;  // what best replaced
  for (const LocalView& l : f.locals) {
    if (l.name != name && l.name != "&" + name) continue;
    if (best == nullptr || l.role != "local" || l.decl_line <= f.line) before = best, best = &l;
  }
  if (best == nullptr) return "";
  const TypeDesc* t = type_named(image, best->type);
  if (t == nullptr) return "";
  if (best->name == name) {
    at = {best->addr, t};
    return "";
  }
  Addr p = 0;
  if (t->kind != TypeKind::Pointer || !read_word(rt, best->addr, p)) return "cannot read &" + name;
  if (p == 0) {
    if (before != nullptr && before->name == name) {  // a parameter before its copy to the heap
      at = {before->addr, type_named(image, before->type)};
      return "";
    }
    return name + " is reached through &" + name + ", still nil: its declaration (or its closure's prologue) has not run yet";
  }
  at = {p, image.type_at(t->elem)};
  return at.type == nullptr ? "no type for " + name : "";
}

}  // namespace

ValueView Machine::value_at_path(uint64_t goid, size_t frame, const std::string& path) const {
  ValueView fail;
  fail.type = "";
  fail.segment = "none";
  size_t i = 0;
  int derefs = 0;
  while (i < path.size() && path[i] == '*') ++derefs, ++i;
  size_t j = i;
  while (j < path.size() && (ident_char(path[j]) || (path[j] == '.' && path.compare(i, j - i, "main") == 0 && j - i == 4))) ++j;
  const std::string name = path.substr(i, j - i);
  if (name.empty()) {
    fail.error = "want a variable name, got \"" + path + "\"";
    return fail;
  }
  Place at;
  const std::vector<FrameView> fs = frames(goid);
  if (frame < fs.size()) {
    if (std::string err = frame_variable(*image_, rt_, fs[frame], name, at); !err.empty()) {
      fail.error = err;
      return fail;
    }
  }
  if (at.type == nullptr) {
    const std::string global = name.rfind("main.", 0) == 0 ? name : "main." + name;
    for (const GlobalVar& g : image_->globals)
      if (g.name == global) at = {g.addr, image_->type_at(g.type)};
  }
  if (at.type == nullptr) {
    fail.error = "no variable " + name + " here";
    return fail;
  }
  std::string what = name, err;
  while (err.empty() && j < path.size()) {
    if (path[j] == '.') {
      size_t k = j + 1;
      while (k < path.size() && ident_char(path[k])) ++k;
      const std::string field = path.substr(j + 1, k - j - 1);
      if (field.empty()) { err = "want a field name after " + what + "."; break; }
      err = select_field(*image_, rt_, at, field, what);
      what += "." + field;
      j = k;
    } else if (path[j] == '[') {
      const size_t close = path.find(']', j);
      const std::string num = close == std::string::npos ? "" : path.substr(j + 1, close - j - 1);
      if (num.empty() || num.find_first_not_of("0123456789") != std::string::npos) { err = "want a constant index in " + path; break; }
      err = index_into(*image_, rt_, at, std::stoull(num), what);
      what += "[" + num + "]";
      j = close + 1;
    } else {
      err = "cannot read \"" + path.substr(j) + "\" after " + what;
    }
  }
  for (; err.empty() && derefs > 0; --derefs) {
    if (at.type->kind != TypeKind::Pointer) { err = "cannot dereference " + what + " (" + at.type->name + ")"; break; }
    err = deref(*image_, rt_, at, what);
    what = "*" + what;
  }
  if (!err.empty()) {
    fail.error = err;
    return fail;
  }
  return value_at(at.addr, *at.type);
}

}  // namespace govm
