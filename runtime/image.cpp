// Lookups in the program image's tables (the format is described in
// image.h). The tables are sorted by address, so every lookup by address is
// a binary search; names are looked up rarely (once per machine) and
// linearly.
#include "runtime/image.h"

#include <algorithm>

namespace govm {

uint32_t FuncInfo::line_at(Addr pc) const {
  if (pc < entry || lines.empty()) return decl_line;
  const uint64_t off = pc - entry;
  // The last entry whose pc_offset <= off.
  auto it = std::upper_bound(lines.begin(), lines.end(), off,
                             [](uint64_t o, const PcLine& l) { return o < l.pc_offset; });
  if (it == lines.begin()) return decl_line;
  return std::prev(it)->line;
}

namespace {

// The words of the entry at pc in a table sorted by pc offset.
const std::vector<uint64_t>* words_at(const std::vector<FuncInfo::OutPtrs>& table, Addr entry, Addr pc) {
  if (pc < entry || table.empty()) return nullptr;
  const uint64_t off = pc - entry;
  auto it = std::lower_bound(table.begin(), table.end(), off,
                             [](const FuncInfo::OutPtrs& o, uint64_t v) { return o.pc_offset < v; });
  return it != table.end() && it->pc_offset == off ? &it->words : nullptr;
}

}  // namespace

const std::vector<uint64_t>* FuncInfo::out_ptrs_at(Addr pc) const { return words_at(out_ptrs, entry, pc); }
const std::vector<uint64_t>* FuncInfo::live_ptrs_at(Addr pc) const { return words_at(live_ptrs, entry, pc); }

const char* segment_name(Segment s) {
  switch (s) {
    case Segment::Text: return "text";
    case Segment::Rodata: return "rodata";
    case Segment::Data: return "data";
    case Segment::Bss: return "bss";
    case Segment::Heap: return "heap";
    case Segment::Stack: return "stack";
    case Segment::None: break;
  }
  return "none";
}

const FuncInfo* Image::func_at(Addr pc) const {
  auto it = std::upper_bound(funcs.begin(), funcs.end(), pc,
                             [](Addr a, const FuncInfo& f) { return a < f.entry; });
  if (it == funcs.begin()) return nullptr;
  const FuncInfo& f = *std::prev(it);
  return pc < f.end ? &f : nullptr;
}

const FuncInfo* Image::func_named(const std::string& name) const {
  for (const FuncInfo& f : funcs)
    if (f.name == name) return &f;
  return nullptr;
}

const TypeDesc* Image::type_named(const std::string& name) const {
  for (const TypeDesc& t : types)
    if (t.name == name) return &t;
  return nullptr;
}

const TypeDesc* Image::error_iface() const {
  for (const TypeDesc& t : types)
    if (t.name == "error" && t.kind == TypeKind::Interface && !t.methods.empty()) return &t;
  return nullptr;
}

const TypeDesc* Image::type_at(Addr addr) const {
  auto it = std::lower_bound(types.begin(), types.end(), addr,
                             [](const TypeDesc& t, Addr a) { return t.addr < a; });
  return (it != types.end() && it->addr == addr) ? &*it : nullptr;
}

const AllocSite* Image::alloc_site_at(Addr pc) const {
  auto it = std::lower_bound(alloc_sites.begin(), alloc_sites.end(), pc,
                             [](const AllocSite& s, Addr a) { return s.pc < a; });
  return (it != alloc_sites.end() && it->pc == pc) ? &*it : nullptr;
}

const GlobalVar* Image::global_at(Addr addr) const {
  auto it = std::upper_bound(globals.begin(), globals.end(), addr,
                             [](Addr a, const GlobalVar& g) { return a < g.addr; });
  if (it == globals.begin()) return nullptr;
  const GlobalVar& g = *std::prev(it);
  // A zero-sized global still owns its own address.
  return (addr - g.addr < std::max<uint64_t>(g.size, 1)) ? &g : nullptr;
}

Segment Image::segment_of(Addr addr) const {
  auto in = [addr](Addr base, uint64_t size) { return addr >= base && addr - base < size; };
  if (in(kTextBase, text.size())) return Segment::Text;
  if (in(rodata_base, rodata.size())) return Segment::Rodata;
  if (in(data_base, data.size())) return Segment::Data;
  if (in(bss_base, bss_size)) return Segment::Bss;
  return Segment::None;
}

}  // namespace govm
