// The linker: lays out a generated program at its final addresses and builds
// the Image the runtime loads (format in runtime/image.h, address space in
// runtime/address.h).
//
//   text    at kTextBase: main.init, the user functions in source order, then
//           one entry per runtime native the program calls (CALLRT or
//           CALL), plus morestack, main and goexit, in GOVM_NATIVES order:
//           runtime.main is real bytecode (ENTER 0; CALL main.init;
//           CALL main.main; EXIT), runtime.goexit is GOEXIT, every other
//           entry a stub NATIVE n (followed by RET 0 when compiled code
//           calls it). The functions tile the segment exactly.
//   rodata  page-aligned after text: string literals and type names (one
//           copy of each distinct string), then the type descriptors
//           (8-aligned, kTypeDescSize bytes each): one for every type the
//           code names and, transitively, their element, key and field
//           types, each with its structure (TypeDesc) and pointer mask.
//   data    page-aligned: globals with a non-zero constant initializer,
//           holding their values (a string as its rodata address and length).
//   bss     page-aligned: every other global, zero at load.
//
// Every address is known once the sizes are: text sizes come from code
// generation, so the layout is computed first and the relocations patched
// after, as a linker does.
#include <algorithm>
#include <bit>
#include <cstring>

#include "compiler/codegen.h"

namespace govm {

namespace {

// The runtime entries, from the one table in runtime/natives.h. An entry is
// callable by CALLRT when its signature is a Go signature "(...)".
struct NativeEntry {
  const char* name;
  bool callable;
};
constexpr NativeEntry kNatives[] = {
#define GOVM_NATIVE_ENTRY(id, name, sig) {name, (sig)[0] == '('},
    GOVM_NATIVES(GOVM_NATIVE_ENTRY)
#undef GOVM_NATIVE_ENTRY
};

TypeKind kind_of(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKindC::Bool: case TypeKindC::UntypedBool: return TypeKind::Bool;
    case TypeKindC::Int: case TypeKindC::UntypedInt: return TypeKind::Int;
    case TypeKindC::Int8: return TypeKind::Int8;
    case TypeKindC::Int16: return TypeKind::Int16;
    case TypeKindC::Int32: case TypeKindC::UntypedRune: return TypeKind::Int32;
    case TypeKindC::Int64: return TypeKind::Int64;
    case TypeKindC::Uint: return TypeKind::Uint;
    case TypeKindC::Uint8: return TypeKind::Uint8;
    case TypeKindC::Uint16: return TypeKind::Uint16;
    case TypeKindC::Uint32: return TypeKind::Uint32;
    case TypeKindC::Uint64: return TypeKind::Uint64;
    case TypeKindC::Uintptr: return TypeKind::Uintptr;
    case TypeKindC::Float32: return TypeKind::Float32;
    case TypeKindC::Float64: case TypeKindC::UntypedFloat: return TypeKind::Float64;
    case TypeKindC::Complex64: return TypeKind::Complex64;
    case TypeKindC::Complex128: return TypeKind::Complex128;
    case TypeKindC::String: case TypeKindC::UntypedString: return TypeKind::String;
    case TypeKindC::UnsafePointer: return TypeKind::UnsafePointer;
    case TypeKindC::Array: return TypeKind::Array;
    case TypeKindC::Slice: return TypeKind::Slice;
    case TypeKindC::Struct: return TypeKind::Struct;
    case TypeKindC::Pointer: return TypeKind::Pointer;
    case TypeKindC::Func: return TypeKind::Func;
    case TypeKindC::Interface: return TypeKind::Interface;
    case TypeKindC::Map: return TypeKind::Map;
    case TypeKindC::Chan: return TypeKind::Chan;
    default: return TypeKind::Invalid;
  }
}

// Bytes of a value's prefix that can hold pointers (Go's ptrdata).
uint64_t ptrdata_of(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::String: case TypeKindC::UntypedString: case TypeKindC::Pointer: case TypeKindC::Slice:
    case TypeKindC::Map: case TypeKindC::Chan: case TypeKindC::Func: case TypeKindC::UnsafePointer:
      return 8;
    case TypeKindC::Interface: return 16;
    case TypeKindC::Array: {
      const uint64_t e = u->elem ? ptrdata_of(u->elem) : 0;
      return e == 0 || u->len == 0 ? 0 : (u->len - 1) * u->elem->size + e;
    }
    case TypeKindC::Struct: {
      uint64_t p = 0;
      for (const StructField& f : u->fields) {
        const uint64_t fp = ptrdata_of(f.type);
        if (fp) p = f.offset + fp;
      }
      return p;
    }
    default: return 0;
  }
}

void put64(std::vector<uint8_t>& b, size_t at, uint64_t v) {
  if (b.size() < at + 8) b.resize(at + 8);
  for (int i = 0; i < 8; ++i) b[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

// The rodata segment under construction: a string pool, then descriptors.
struct Rodata {
  Addr base = 0;
  std::vector<uint8_t> bytes;
  std::map<std::string, Addr> strings;
  std::vector<StringLit> lits;

  Addr intern(const std::string& s) {
    if (s.empty()) return 0;
    auto it = strings.find(s);
    if (it != strings.end()) return it->second;
    const Addr a = base + bytes.size();
    bytes.insert(bytes.end(), s.begin(), s.end());
    strings.emplace(s, a);
    lits.push_back(StringLit{a, s.size()});
    return a;
  }
};

// (issue 6) The frame of runtime.preprintpanics: receiver, string result,
// method entry, and a word to spare.
constexpr uint32_t kPreprintFrame = 32;

// Code of the runtime entry k; `self` is its entry address, `init` and
// `main` those of main.init and main.main (used by runtime.main only).
CodeBuffer runtime_entry(uint16_t k, Addr self, Addr init, Addr main_fn) {
  CodeBuffer b;
  const auto id = static_cast<NativeId>(k);
  if (id == NativeId::main) {
    b.emit(Op::ENTER, {0, 0, 0});  // no frame, nothing to zero
    const uint32_t c1 = b.emit(Op::CALL, {0});
    b.patch_target(c1, static_cast<uint32_t>(init - self));
    const uint32_t c2 = b.emit(Op::CALL, {0});
    b.patch_target(c2, static_cast<uint32_t>(main_fn - self));
    b.emit(Op::EXIT, {});
  } else if (id == NativeId::goexit) {
    b.emit(Op::GOEXIT, {});
  } else if (id == NativeId::preprintpanics) {
    // (issue 6) runtime/panic.cpp: the native asks for one Error/String
    // call at a time (the receiver at 0, the result at 8, the method's
    // entry at 24) and ends the program itself when all are made.
    b.emit(Op::ENTER, {0, kPreprintFrame, kPreprintFrame});
    const uint32_t loop = b.emit(Op::CALLRT, {0, k});
    b.emit(Op::CALLIND, {24, 0});
    const uint32_t back = b.emit(Op::JMP, {0});
    b.patch_target(back, loop);
  } else {
    b.emit(Op::NATIVE, {k});
    if (kNatives[k].callable) b.emit(Op::RET, {0});
  }
  return b;
}

void append_words(std::vector<uint8_t>& text, const std::vector<uint32_t>& words) {
  const size_t at = text.size();
  text.resize(at + words.size() * 4);
  for (size_t i = 0; i < words.size(); ++i) {
    for (int j = 0; j < 4; ++j) text[at + 4 * i + j] = static_cast<uint8_t>(words[i] >> (8 * j));
  }
}

// Every type needing a descriptor: those the code names, then (in the order
// reached) the types their descriptors refer to.
std::vector<const Type*> type_closure(const std::vector<const Type*>& named, std::map<const Type*, uint32_t>& ids) {
  std::vector<const Type*> all;
  auto add = [&](const Type* t) {
    if (!t || ids.count(t)) return;
    ids.emplace(t, static_cast<uint32_t>(all.size()));
    all.push_back(t);
  };
  for (const Type* t : named) add(t);
  for (size_t i = 0; i < all.size(); ++i) {
    const Type* u = all[i]->underlying();
    switch (u->kind) {
      case TypeKindC::Array: case TypeKindC::Slice: case TypeKindC::Pointer: case TypeKindC::Chan: add(u->elem); break;
      case TypeKindC::Map: add(u->key); add(u->elem); break;
      case TypeKindC::Struct:
        for (const StructField& f : u->fields) add(f.type);
        break;
      default: break;
    }
  }
  return all;
}

// The name of an embedded field as reflect shows it: the type's name
// without its package ("Point" for main.Point, "*T" fields are named T).
std::string embedded_name(const StructField& f) {
  if (!f.name.empty()) return f.name;
  const Type* t = f.type;
  if (t->kind == TypeKindC::Pointer && t->elem) t = t->elem;
  const size_t dot = t->name.rfind('.');
  return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

// The host-side structure of a descriptor (runtime/image.h).
void fill_structure(TypeDesc& d, const Type* t, const std::vector<Addr>& addr_of_id,
                    const std::map<const Type*, uint32_t>& ids) {
  auto addr = [&](const Type* x) -> Addr {
    auto it = ids.find(x);
    return it == ids.end() ? 0 : addr_of_id[it->second];
  };
  const Type* u = t->underlying();
  d.named = t->kind == TypeKindC::Named;
  switch (u->kind) {
    case TypeKindC::Array: d.elem = addr(u->elem); d.len = u->len; break;
    case TypeKindC::Slice: case TypeKindC::Pointer: case TypeKindC::Chan: d.elem = addr(u->elem); break;
    case TypeKindC::Map: d.key = addr(u->key); d.elem = addr(u->elem); break;
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) {
        d.fields.push_back(TypeDesc::Field{embedded_name(f), addr(f.type), f.offset, f.embedded});
      }
      break;
    default: break;
  }
  // Code generation refuses larger pointerful types (kMaxPointerfulType);
  // this keeps a missed one from costing a bit per word of its size.
  if (d.ptrdata > 0 && d.ptrdata <= kMaxPointerfulType) {
    pointer_words(t, 0, d.ptrmask);
    d.ptrmask.resize((d.ptrdata / 8 + 63) / 64, 0);
  }
}

// The runtime entries a program's code calls: CALLRT operands, read back
// from the generated code.
std::vector<bool> natives_called(const Program& prog) {
  std::vector<bool> used(kNativeCount, false);
  used[static_cast<uint16_t>(NativeId::morestack)] = true;
  used[static_cast<uint16_t>(NativeId::main)] = true;
  used[static_cast<uint16_t>(NativeId::goexit)] = true;
  for (const FuncCode& fc : prog.funcs) {
    const std::vector<uint32_t>& w = fc.code.words();
    size_t i = 0;
    while (i < w.size()) {
      Instr in;
      if (!decode(&w[i], w.size() - i, in)) break;
      if (in.op == Op::CALLRT && in.operand[1] >= 0 && in.operand[1] < kNativeCount) used[in.operand[1]] = true;
      i += in.words;
    }
  }
  // (issue 6, iface) natives that sit in method tables (errors.(*errorString).Error)
  for (const auto& [t, table] : prog.method_tables)
    for (const Program::MethodDef& m : table)
      if (m.native >= 0 && m.native < kNativeCount) used[static_cast<size_t>(m.native)] = true;
  // (issue 6) A panic whose value has a Go Error or String method is
  // reported after runtime.preprintpanics has called it.
  if (used[static_cast<uint16_t>(NativeId::gopanic)]) {
    for (const auto& [t, table] : prog.method_tables)
      for (const Program::MethodDef& m : table)
        if (m.native < 0 && (m.name == "Error" || m.name == "String") && !is_iface(t))
          used[static_cast<uint16_t>(NativeId::preprintpanics)] = true;
  }
  return used;
}

// (issue 6, strconv) An error variable initialized statically, as gc
// initializes `var ErrSyntax = &errorString{"invalid syntax"}`-shaped
// globals: in data, an errors.errorString object (its text in rodata),
// named strconv..stmp_ErrSyntax as gc names static temporaries, then the
// variable (itab (*errors.errorString, error), &object). Go allocates
// these in strconv's init; see runtime/atoi.cpp for why govm does not.
void static_error_global(const Program& prog, const GlobalDef& g, const std::vector<const Type*>& all_types,
                         const std::vector<Addr>& type_addr, const std::vector<Addr>& itab_addr, Rodata& ro,
                         std::vector<uint8_t>& data, Addr data_base, Addr& var_addr, std::vector<GlobalVar>& stmps) {
  Addr itab = 0, es_type = 0;
  for (size_t k = 0; k < prog.itabs.size() && k < itab_addr.size(); ++k)
    if (prog.itabs[k].type->name == "*errors.errorString" && prog.itabs[k].iface->name == "error") itab = itab_addr[k];
  for (size_t k = 0; k < all_types.size(); ++k)
    if (all_types[k]->name == "errors.errorString") es_type = type_addr[k];
  const size_t at = align_up(data.size(), 8);
  data.resize(at + 32);
  put64(data, at, ro.intern(g.static_error));
  put64(data, at + 8, g.static_error.size());
  put64(data, at + 16, itab);
  put64(data, at + 24, data_base + at);
  var_addr = data_base + at + 16;
  GlobalVar obj;
  obj.name = "strconv..stmp_" + g.name.substr(g.name.rfind('.') + 1);
  obj.addr = data_base + at;
  obj.size = 16;
  obj.type = es_type;
  obj.segment = Segment::Data;
  stmps.push_back(obj);
}

}  // namespace

std::shared_ptr<const Image> link(const Program& prog, Diagnostics& diags) {
  auto img = std::make_shared<Image>();
  img->file = prog.file;

  // Text layout. The runtime entries' sizes do not depend on addresses.
  std::vector<Addr> entry(prog.funcs.size());
  Addr pc = kTextBase;
  for (size_t i = 0; i < prog.funcs.size(); ++i) {
    entry[i] = pc;
    pc += prog.funcs[i].code.size_bytes();
  }
  const std::vector<bool> used = natives_called(prog);
  std::vector<Addr> rt_entry(kNativeCount, 0);
  for (uint16_t k = 0; k < kNativeCount; ++k) {
    if (!used[k]) continue;
    rt_entry[k] = pc;
    pc += runtime_entry(k, 0, 0, 0).size_bytes();
  }
  const Addr text_end = pc;

  // Rodata: strings first (literals in first-use order, values of string
  // globals, then type names),
  // then the descriptors.
  Rodata ro;
  ro.base = align_up(text_end, kImagePageAlign);
  std::vector<Addr> string_addr;
  for (const std::string& s : prog.strings) string_addr.push_back(ro.intern(s));
  for (const GlobalDef& g : prog.globals) {
    if (g.data && g.type->underlying()->is_string()) ro.intern(g.data->s);
    if (!g.static_error.empty()) ro.intern(g.static_error);  // (issue 6, strconv)
  }
  std::map<const Type*, uint32_t> all_ids;
  const std::vector<const Type*> all_types = type_closure(prog.types, all_ids);
  std::vector<Addr> name_addr;
  for (const Type* t : all_types) name_addr.push_back(ro.intern(reflect_spelling(t->name)));  // (issue 6, iface)
  ro.bytes.resize(align_up(ro.bytes.size(), 8));
  std::vector<Addr> type_addr;
  for (size_t i = 0; i < all_types.size(); ++i) type_addr.push_back(ro.base + ro.bytes.size() + i * kTypeDescSize);
  for (size_t i = 0; i < all_types.size(); ++i) {
    const Type* t = all_types[i];
    const size_t at = ro.bytes.size();
    const Addr a = ro.base + at;
    TypeDesc d;
    d.addr = a;
    d.kind = kind_of(t);
    d.size = t->size;
    d.align = t->align;
    d.ptrdata = ptrdata_of(t);
    d.name = t->name;
    ro.bytes.resize(at + kTypeDescSize);
    put64(ro.bytes, at + 0, d.size);
    put64(ro.bytes, at + 8, d.ptrdata);
    ro.bytes[at + 16] = static_cast<uint8_t>(d.kind);
    ro.bytes[at + 17] = static_cast<uint8_t>(d.align);
    put64(ro.bytes, at + 24, name_addr[i]);
    d.name = reflect_spelling(t->name);  // (issue 6, iface) `any` is "interface {}"
    put64(ro.bytes, at + 32, d.name.size());
    fill_structure(d, t, type_addr, all_ids);
    if (d.ptrdata > kMaxPointerfulType) refuse_oversized(diags, t, Pos{});
    img->types.push_back(d);
  }
  if (diags.has_errors()) return nullptr;

  // (issue 6, func) One read-only funcval per package function used as a
  // value (gc's "main.f·f"): a word holding its entry, after the
  // descriptors.
  std::map<uint32_t, Addr> funcval_addr;
  for (const FuncCode& fc : prog.funcs)
    for (const Reloc& r : fc.relocs)
      if (r.kind == RelocKind::FuncVal && !funcval_addr.count(r.target)) {
        const size_t at = align_up(ro.bytes.size(), 8);
        put64(ro.bytes, at, entry[r.target]);
        funcval_addr[r.target] = ro.base + at;
      }

  // (issue 6) A read-only string header per constant string converted to
  // an interface (gc's readonly static "..stmp_N"): the literal's address
  // and length, so that the interface's data word needs no heap box.
  std::map<uint32_t, Addr> strhdr_addr;
  for (const FuncCode& fc : prog.funcs)
    for (const Reloc& r : fc.relocs)
      if (r.kind == RelocKind::StringHeader && !strhdr_addr.count(r.target)) {
        const size_t at = align_up(ro.bytes.size(), 8);
        put64(ro.bytes, at, string_addr.at(r.target));
        put64(ro.bytes, at + 8, prog.strings.at(r.target).size());
        strhdr_addr[r.target] = ro.base + at;
      }

  // (issue 6, iface) Method tables, staticuint64s, zerobase and the itabs (itab.cpp).
  std::vector<Addr> itab_addr;
  link_itabs(prog, ro.bytes, ro.base, entry, rt_entry, all_ids, type_addr, *img, itab_addr, used);

  // Data and bss.
  const Addr data_base = align_up(ro.base + ro.bytes.size(), kImagePageAlign);
  std::vector<uint8_t> data;
  std::vector<Addr> global_addr(prog.globals.size());
  std::vector<GlobalVar> stmps;  // (issue 6, strconv) static_error_global's objects
  for (size_t i = 0; i < prog.globals.size(); ++i) {
    const GlobalDef& g = prog.globals[i];
    if (!g.static_error.empty()) {
      static_error_global(prog, g, all_types, type_addr, itab_addr, ro, data, data_base, global_addr[i], stmps);
      continue;
    }
    if (!g.data) continue;
    const size_t at = align_up(data.size(), std::max<uint64_t>(g.type->align, 1));
    data.resize(at + g.type->size);
    global_addr[i] = data_base + at;
    const Constant& c = *g.data;
    if (g.type->underlying()->is_string()) {
      put64(data, at, ro.intern(c.s));
      put64(data, at + 8, c.s.size());
    } else {
      uint64_t bits = static_cast<uint64_t>(const_bits(c));
      // (issue 6) a float global holds its IEEE bits
      if (g.type->underlying()->kind == TypeKindC::Float64) bits = std::bit_cast<uint64_t>(c.to_float64());
      if (g.type->underlying()->kind == TypeKindC::Float32) bits = std::bit_cast<uint32_t>(c.to_float32());
      for (uint64_t b = 0; b < g.type->size && b < 8; ++b) data[at + b] = static_cast<uint8_t>(bits >> (8 * b));
    }
  }
  const Addr bss_base = align_up(data_base + data.size(), kImagePageAlign);
  uint64_t bss_size = 0;
  for (size_t i = 0; i < prog.globals.size(); ++i) {
    const GlobalDef& g = prog.globals[i];
    if (g.data || !g.static_error.empty()) continue;
    bss_size = align_up(bss_size, std::max<uint64_t>(g.type->align, 1));
    global_addr[i] = bss_base + bss_size;
    bss_size += g.type->size;
  }
  if (bss_base + bss_size >= (Addr{1} << 32)) {
    diags.error(Pos{}, "govm: program image too large");
    return nullptr;
  }
  // Text, with relocations applied.
  for (size_t i = 0; i < prog.funcs.size(); ++i) {
    const FuncCode& fc = prog.funcs[i];
    std::vector<uint32_t> words = fc.code.words();
    for (const Reloc& r : fc.relocs) {
      switch (r.kind) {
        case RelocKind::Call:
          words[r.word] = static_cast<uint32_t>(static_cast<int32_t>(entry[r.target] - (entry[i] + r.instr)));
          break;
        case RelocKind::Global: words[r.word] = static_cast<uint32_t>(global_addr[r.target] + r.addend); break;
        case RelocKind::String: words[r.word] = static_cast<uint32_t>(string_addr[r.target]); break;
        case RelocKind::Type:
          words[r.word] = static_cast<uint32_t>(type_addr[r.target]);
          words[r.word + 1] = static_cast<uint32_t>(type_addr[r.target] >> 32);
          break;
        case RelocKind::FuncVal: words[r.word] = static_cast<uint32_t>(funcval_addr.at(r.target)); break;  // (issue 6, func)
        case RelocKind::StringHeader:  // (issue 6)
          words[r.word] = static_cast<uint32_t>(strhdr_addr.at(r.target));
          words[r.word + 1] = static_cast<uint32_t>(strhdr_addr.at(r.target) >> 32);
          break;
        case RelocKind::Itab:  // (issue 6, iface)
          words[r.word] = static_cast<uint32_t>(itab_addr[r.target]);
          words[r.word + 1] = static_cast<uint32_t>(itab_addr[r.target] >> 32);
          break;
        case RelocKind::FuncAddr:  // (issue 5) a go statement's function
          words[r.word] = static_cast<uint32_t>(entry[r.target]);
          words[r.word + 1] = static_cast<uint32_t>(entry[r.target] >> 32);
          break;
      }
    }
    append_words(img->text, words);

    FuncInfo fi;
    fi.name = fc.name;
    fi.entry = entry[i];
    fi.end = entry[i] + fc.code.size_bytes();
    fi.frame_size = fc.frame_size;
    fi.params_size = fc.params_size;
    fi.results_size = fc.results_size;
    fi.decl_line = fc.decl_line;
    fi.lines = fc.lines;
    fi.locals = fc.locals;
    for (LocalVar& v : fi.locals) v.type = type_addr[v.type];
    fi.frame_ptrs = fc.frame_ptrs;
    fi.args_ptrs = fc.args_ptrs;
    fi.out_ptrs = fc.out_ptrs;  // (issue 4) pc offsets from the entry already
    fi.live_ptrs = fc.live_ptrs;  // (issue 4) likewise
    fi.wrapper = fc.wrapper;  // (issue 6, iface)
    fi.file = fc.file;        // (issue 6)
    fi.has_defer = fc.has_defer;  // (issue 6, defer)
    fi.defer_head = fc.defer_head;
    fi.deferreturn = fc.deferreturn;
    for (AllocSite site : fc.alloc_sites) {
      site.pc += entry[i];
      img->alloc_sites.push_back(std::move(site));
    }
    img->funcs.push_back(std::move(fi));
  }
  const Addr main_init = entry[0];
  const Addr main_main = prog.main_id < entry.size() ? entry[prog.main_id] : 0;
  for (uint16_t k = 0; k < kNativeCount; ++k) {
    if (!used[k]) continue;
    const CodeBuffer b = runtime_entry(k, rt_entry[k], main_init, main_main);
    append_words(img->text, b.words());
    FuncInfo fi;
    fi.name = kNatives[k].name;
    fi.entry = rt_entry[k];
    fi.end = rt_entry[k] + b.size_bytes();
    fi.is_runtime = true;
    if (k == static_cast<uint16_t>(NativeId::preprintpanics)) fi.frame_size = kPreprintFrame;  // (issue 6)
    if (k == static_cast<uint16_t>(NativeId::NumError_Error)) {
      // (issue 6, strconv) a method called through an itab that allocates:
      // its receiver and string result (zeroed on entry) are roots, as a Go
      // callee's arguments are (args_ptrs; runtime/atoi.cpp)
      fi.params_size = 8;
      fi.results_size = 16;
      fi.args_ptrs = {0b11};
    }
    img->funcs.push_back(std::move(fi));
  }
  img->entry = rt_entry[static_cast<uint16_t>(NativeId::main)];

  img->rodata_base = ro.base;
  img->rodata = std::move(ro.bytes);
  img->strings = std::move(ro.lits);
  img->data_base = data_base;
  img->data = std::move(data);
  img->bss_base = bss_base;
  img->bss_size = bss_size;

  for (size_t i = 0; i < prog.globals.size(); ++i) {
    const GlobalDef& g = prog.globals[i];
    GlobalVar v;
    v.name = g.name;
    v.addr = global_addr[i];
    v.size = g.type->size;
    v.type = type_addr[g.type_id];
    v.segment = g.data || !g.static_error.empty() ? Segment::Data : Segment::Bss;
    v.decl_line = g.decl_line;
    v.init_by_code = g.init_by_code;
    img->globals.push_back(v);
  }
  for (const GlobalVar& v : stmps) img->globals.push_back(v);  // (issue 6, strconv)
  std::stable_sort(img->globals.begin(), img->globals.end(),
                   [](const GlobalVar& a, const GlobalVar& b) { return a.addr < b.addr; });
  std::stable_sort(img->alloc_sites.begin(), img->alloc_sites.end(),
                   [](const AllocSite& a, const AllocSite& b) { return a.pc < b.pc; });
  return img;
}

}  // namespace govm
