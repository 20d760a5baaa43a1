// The layout drawing (layout.h). Shape, top to bottom:
//
//   memory layout of prog.go (highest addresses at the top)
//
//   0xc400000800    +-------------------------------------------------------------------+
//                   | stacks  2048 B in use  (one segment per goroutine; grow down)     |
//                   |   g1 running  [0xc400000000, 0xc400000800)  2048 B, 96 B used ... |
//   0xc400000000    +-------------------------------------------------------------------+
//                   :                                                                   :
//   0xc000004000    +-------------------------------------------------------------------+
//                   | heap  40 B in use: 2 objects in 2 spans  (8192 B pages; grows up) |
//                   |   class 2  16 B slots: 1 span, 1/512 objects                      |
//                   |     [0xc000000000, 0xc000002000)  1/512 objects                   |
//                   |   class 3  24 B slots: 1 span, 1/341 objects                      |
//                   |     [0xc000002000, 0xc000004000)  1/341 objects                   |
//   0xc000000000    +-------------------------------------------------------------------+
//                   :                                                                   :
//   0x421010        +-------------------------------------------------------------------+
//                   | bss  16 B  (zeroed at load; globals without initializer)          |
//                   |   0x421000  main.greeting  string  16 B                           |
//   0x421000        +-------------------------------------------------------------------+
//   ...data, rodata, text the same way...
//
// Each box is a segment: the address on its top border is its end
// (exclusive; none for an area not in use yet), the one on its bottom
// border its base. Inside a box, objects are listed from the highest
// address down, like the boxes, except the heap's spans, which are
// grouped by size class (heap_lines below: class, slot size, each span's
// range and objects in use out of its slots, large objects with their
// size, then the free page runs). ":" lines mark the
// unmapped gaps between the image, the heap arena and the stack area. All
// boxes share one width, that of the longest line (up to a cap; a longer
// line runs past the right border rather than being cut).
#include "runtime/layout.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <vector>

#include "runtime/image.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

constexpr size_t kAddrColumn = 16;   // the address labels on the left
constexpr size_t kMaxInner = 96;     // widest box
constexpr size_t kMaxStrings = 24;   // string literals listed before "... more"
constexpr size_t kMaxLiteral = 32;   // bytes of a literal shown
constexpr size_t kMaxSpans = 32;     // heap spans listed before "... more"

std::string bytes(uint64_t n) { return std::to_string(n) + " B"; }

std::string range(Addr lo, Addr hi) { return "[" + format_hex(lo) + ", " + format_hex(hi) + ")"; }

std::string padr(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

// One box of the drawing.
struct Box {
  Addr base = 0, end = 0;          // end == base: an area not in use yet
  std::vector<std::string> lines;  // the title, then notes
  bool gap_below = false;          // an unmapped gap follows below
  std::vector<std::string> items = {};  // one per object, in increasing address order
};

Box text_box(const Image& im) {
  Box b{kTextBase, im.text_end(), {"text  " + bytes(im.text.size()) + "  (code: bytecode of every function)"}};
  Addr rt_lo = 0, rt_hi = 0;
  size_t rt_count = 0;
  size_t name_w = 0;
  for (const FuncInfo& f : im.funcs)
    if (!f.is_runtime) name_w = std::max(name_w, f.name.size());
  for (const FuncInfo& f : im.funcs) {
    if (f.is_runtime) {
      if (rt_count++ == 0) rt_lo = f.entry;
      rt_hi = f.end;
      continue;
    }
    b.items.push_back("  " + padr(format_hex(f.entry), 10) + padr(f.name, name_w + 2) + range(f.entry, f.end) + "  " +
                      bytes(f.end - f.entry));
  }
  // The runtime's entries (runtime.main and one stub per native) in one line.
  if (rt_count > 0)
    b.items.push_back("  " + padr(format_hex(rt_lo), 10) + "runtime: " + std::to_string(rt_count) + " entries  " +
                      range(rt_lo, rt_hi) + "  " + bytes(rt_hi - rt_lo));
  return b;
}

std::string literal(const Image& im, const StringLit& s) {
  const uint64_t off = s.addr - im.rodata_base;
  if (s.addr < im.rodata_base || off > im.rodata.size() || s.len > im.rodata.size() - off) return "?";
  const auto* p = reinterpret_cast<const char*>(im.rodata.data() + off);
  std::string_view v(p, std::min<uint64_t>(s.len, kMaxLiteral));
  return quote(v) + (s.len > kMaxLiteral ? "..." : "") + "  (" + bytes(s.len) + ")";
}

Box rodata_box(const Image& im) {
  Box b{im.rodata_base, im.rodata_base + im.rodata.size(),
        {"rodata  " + bytes(im.rodata.size()) + "  (read-only: string literals, type descriptors)"}};
  for (size_t i = 0; i < im.strings.size() && i < kMaxStrings; ++i)
    b.items.push_back("  " + padr(format_hex(im.strings[i].addr), 10) + literal(im, im.strings[i]));
  if (im.strings.size() > kMaxStrings)
    b.lines.push_back("  ... and " + std::to_string(im.strings.size() - kMaxStrings) + " more string literals");
  std::string types;
  for (const TypeDesc& t : im.types) {
    if (types.size() > 60) {
      b.lines.push_back("  types: " + types);
      types.clear();
    }
    types += (types.empty() ? "" : ", ") + t.name;
  }
  if (!types.empty()) b.lines.push_back("  types: " + types);
  return b;
}

Box globals_box(const Image& im, Segment seg, Addr base, uint64_t size, const char* what) {
  Box b{base, base + size, {std::string(segment_name(seg)) + "  " + bytes(size) + "  (" + what + ")"}};
  size_t name_w = 0, type_w = 0;
  for (const GlobalVar& g : im.globals) {
    if (g.segment != seg) continue;
    name_w = std::max(name_w, g.name.size());
    const TypeDesc* t = im.type_at(g.type);
    type_w = std::max(type_w, t ? t->name.size() : 1);
  }
  for (const GlobalVar& g : im.globals) {
    if (g.segment != seg) continue;
    const TypeDesc* t = im.type_at(g.type);
    std::string line = "  " + padr(format_hex(g.addr), 10) + padr(g.name, name_w + 2) + padr(t ? t->name : "?", type_w + 2) +
                       bytes(g.size);
    if (g.init_by_code) line += "  (set by init code)";
    b.items.push_back(line);
  }
  return b;
}

std::string count(uint64_t n, const char* noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

// The heap box lists the spans in use grouped by size class, classes in
// increasing order and each class's spans by address: a title line per
// class (slot size, spans, objects in use out of slots), then one line per
// span (its pages and objects in use out of its slots: Go's mspan
// allocCount / nelems). Large objects, a span each, come last with their
// span's size; then the runs of free pages. Long lists are cut: at most
// kMaxSpansPerClass spans per class and kMaxSpans span lines in all.
//
// (issue 4) After a collection a span has holes: freed slots below slots
// still in use. Such a span gets a slot map under its line, one character
// per slot from the first up to its last object ('#' an object, '.' a free
// slot), at most kMaxSlotMap characters, so a class can see where the
// sweeper freed and where the next allocations will go (lowest free first).
constexpr size_t kMaxSpansPerClass = 8;
constexpr uint32_t kMaxSlotMap = 64;
constexpr size_t kMaxFreeRuns = 8;

std::vector<std::string> heap_lines(const MHeap& h) {
  std::map<uint32_t, std::vector<const MSpan*>> by_class;  // class 0: large objects, listed last
  for (const auto& [base, s] : h.spans()) by_class[s->size_class].push_back(s.get());
  std::vector<std::string> out;
  size_t listed = 0;
  auto list = [&](const std::vector<const MSpan*>& spans, auto&& line) {
    size_t shown = 0;
    for (const MSpan* s : spans) {
      if (shown == kMaxSpansPerClass || listed == kMaxSpans) break;
      const std::string l = line(*s);  // a span's line, and its slot map under it when it has one
      const size_t nl = l.find('\n');
      out.push_back(l.substr(0, nl));
      if (nl != std::string::npos) out.push_back(l.substr(nl + 1));
      ++shown, ++listed;
    }
    if (shown < spans.size()) {
      out.push_back("    ... and " + count(spans.size() - shown, "more span"));
    }
  };
  for (const auto& [c, spans] : by_class) {
    if (c == 0) continue;
    uint64_t objects = 0, slots = 0;
    for (const MSpan* s : spans) objects += s->alloc_count, slots += s->nelems;
    out.push_back("  class " + std::to_string(c) + "  " + bytes(kSizeClasses[c].size) + " slots: " +
                  count(spans.size(), "span") + ", " + std::to_string(objects) + "/" + count(slots, "object"));
    list(spans, [](const MSpan& s) {
      std::string l = "    " + range(s.base, s.end()) + "  " + std::to_string(s.alloc_count) + "/" + count(s.nelems, "object");
      uint32_t last = 0;
      for (uint32_t i = 0; i < s.nelems; ++i)
        if (s.is_allocated(i)) last = i + 1;
      if (last == s.alloc_count) return l;  // no holes
      l += "\n      slots ";
      for (uint32_t i = 0; i < last && i < kMaxSlotMap; ++i) l += s.is_allocated(i) ? '#' : '.';
      if (last > kMaxSlotMap) l += "...";
      return l;
    });
  }
  if (auto it = by_class.find(0); it != by_class.end()) {
    uint64_t total = 0;
    for (const MSpan* s : it->second) total += s->elemsize;
    out.push_back("  large objects (a span each): " + count(it->second.size(), "object") + ", " + bytes(total));
    list(it->second, [](const MSpan& s) {
      return "    " + range(s.base, s.end()) + "  " + bytes(s.elemsize) + "  (" + count(s.npages, "page") + ")";
    });
  }
  size_t runs = 0;
  for (const auto& [base, npages] : h.free_pages()) {
    if (runs++ == kMaxFreeRuns) {
      out.push_back("    ... and " + count(h.free_pages().size() - kMaxFreeRuns, "more free run"));
      break;
    }
    out.push_back("  free  " + range(base, base + npages * kPageSize) + "  " + count(npages, "page"));
  }
  return out;
}

// The heap: its spans in use by size class, and its free page runs.
Box heap_box(const Runtime* rt) {
  if (rt == nullptr) return {kArenaBase, kArenaBase, {"heap  (grows up from here as the program allocates)"}, true};
  const MHeap& h = rt->heap();
  Box b{kArenaBase, h.arena_used_end(),
        {"heap  " + bytes(h.in_use()) + " in use: " + count(h.objects(), "object") + " in " +
         count(h.spans().size(), "span") + "  (" + bytes(kPageSize) + " pages; grows up)"},
        true};
  for (std::string& l : heap_lines(h)) b.lines.push_back(std::move(l));
  return b;
}

Box stack_box(const Runtime* rt) {
  if (rt == nullptr)
    return {kStackAreaBase, kStackAreaBase,
            {"stacks  (one segment per goroutine, " + bytes(kStackMin) + " to start, doubled as needed)"}, true};
  Box b{kStackAreaBase, rt->stacks().area_end(),
        {"stacks  " + bytes(rt->stacks().in_use()) + " in use  (one segment per goroutine; grow down)"}, true};
  for (const auto& g : rt->goroutines()) {
    if (g->status == GStatus::Dead) continue;
    const uint64_t used = g->sp >= g->stack.lo && g->sp <= g->stack.hi ? g->stack.hi - g->sp : 0;
    b.items.push_back("  g" + std::to_string(g->id) + " " + gstatus_name(g->status) + "  " +
                      range(g->stack.lo, g->stack.hi) + "  " + bytes(g->stack.size()) + ", " + bytes(used) +
                      " used (sp " + format_hex(g->sp) + ")");
  }
  return b;
}

void border(std::string& out, const std::string& label, size_t inner) {
  out += padr(label, kAddrColumn) + "+" + std::string(inner + 2, '-') + "+\n";
}

void row(std::string& out, const std::string& l, size_t inner) {
  std::string r = std::string(kAddrColumn, ' ') + "| " + l;
  if (l.size() <= inner) r += std::string(inner - l.size(), ' ') + " |";
  out += r + "\n";
}

// Title and notes first, then the objects from the highest address down,
// as the boxes themselves are ordered.
void render(std::string& out, const Box& b, size_t inner) {
  border(out, b.end == b.base ? std::string() : format_hex(b.end), inner);
  row(out, b.lines.front(), inner);
  for (auto it = b.items.rbegin(); it != b.items.rend(); ++it) row(out, *it, inner);
  for (size_t i = 1; i < b.lines.size(); ++i) row(out, b.lines[i], inner);
  border(out, format_hex(b.base), inner);
  if (b.gap_below) out += std::string(kAddrColumn, ' ') + ":" + std::string(inner + 2, ' ') + ":\n";
}

}  // namespace

std::string draw_layout(const Image& image, const Runtime* live) {
  // Highest first.
  std::vector<Box> boxes = {
      stack_box(live),
      heap_box(live),
      globals_box(image, Segment::Bss, image.bss_base, image.bss_size, "zeroed at load; globals without initializer"),
      globals_box(image, Segment::Data, image.data_base, image.data.size(), "globals with constant initializers"),
      rodata_box(image),
      text_box(image),
  };
  size_t inner = 0;
  for (const Box& b : boxes) {
    for (const std::string& l : b.lines) inner = std::max(inner, std::min(l.size(), kMaxInner));
    for (const std::string& l : b.items) inner = std::max(inner, std::min(l.size(), kMaxInner));
  }
  std::string out = "memory layout of " + (image.file.empty() ? std::string("the program") : image.file) +
                    " (highest addresses at the top)\n\n";
  for (const Box& b : boxes) render(out, b, inner);
  return out;
}

}  // namespace govm
