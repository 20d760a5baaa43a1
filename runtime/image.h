// The program image: what the compiler's linker writes and the runtime loads.
//
// As Go's runtime owns its own symbol tables (pclntab, moduledata), govm's
// runtime owns the format of a compiled program: segment contents at their
// final addresses, the function table with pc-to-line tables and frame
// layouts, globals, string literals and type descriptors. The compiler fills
// an Image; the runtime maps it into an AddressSpace; the VM executes the
// text segment; the disassembler, tracebacks and layout drawing read the
// tables.
//
// Invariants:
//  - text_base == kTextBase; rodata, data and bss follow in that order, each
//    starting on a kImagePageAlign boundary; bss_size bytes of zeros end it.
//  - funcs is sorted by entry and the functions tile the text segment:
//    funcs[i].end == funcs[i+1].entry. Runtime entries (is_runtime) come last.
//  - Every address stored in an instruction or in data is a VM address.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "runtime/address.h"

namespace govm {

// Go's reflect.Kind numbering, so that %T-like output and descriptors read
// like Go's.
enum class TypeKind : uint8_t {
  Invalid = 0, Bool = 1, Int = 2, Int8 = 3, Int16 = 4, Int32 = 5, Int64 = 6,
  Uint = 7, Uint8 = 8, Uint16 = 9, Uint32 = 10, Uint64 = 11, Uintptr = 12,
  Float32 = 13, Float64 = 14, Complex64 = 15, Complex128 = 16, Array = 17,
  Chan = 18, Func = 19, Interface = 20, Map = 21, Pointer = 22, Slice = 23,
  String = 24, Struct = 25, UnsafePointer = 26,
};

// A type descriptor. Its rodata copy (at addr) is Go's _type prefix:
//   +0  size     u64
//   +8  ptrdata  u64   bytes of the prefix that can hold pointers
//   +16 kind     u8
//   +17 align    u8
//   +18 (pad)    6 bytes
//   +24 name     string header (ptr, len) into rodata
// = kTypeDescSize bytes.
inline constexpr uint64_t kTypeDescSize = 40;
struct TypeDesc {
  Addr addr = 0;
  TypeKind kind = TypeKind::Invalid;
  uint64_t size = 0;
  uint64_t align = 1;
  uint64_t ptrdata = 0;
  std::string name;  // Go's spelling: "int", "string", "main.Celsius"

  // (issue 3) The structure, host-side only (the rodata copy is the prefix
  // above), for fmt, maps, the allocator's events and the collector.
  bool named = false;    // a defined type: name is "main.T"
  Addr elem = 0;         // Pointer, Slice, Array, Chan: element; Map: value (TypeDesc addresses)
  Addr key = 0;          // Map: key
  uint64_t len = 0;      // Array: length
  struct Field {
    std::string name;    // "X"; for an embedded field, the type's name without package ("Point")
    Addr type = 0;       // TypeDesc address
    uint64_t offset = 0;
    bool embedded = false;
  };
  std::vector<Field> fields;  // Struct, in declaration order
  // (issue 6) The method set of this type (Go's uncommonType methods), sorted
  // by name as Go sorts them: for T, its value-receiver methods (and the
  // promoted ones); for *T, every method of T. An interface type lists its
  // own methods (with ifn = tfn = 0). The itab of (T, I) copies the ifn of
  // each of I's methods; fmt finds String and Error here to call them.
  struct Method {
    std::string name;  // "String"
    Addr mtyp = 0;     // TypeDesc of the method's signature, receiver left out
    Addr ifn = 0;      // entry called through an interface: the receiver is the data word
    Addr tfn = 0;      // entry called on a value of this type (the receiver as declared)
  };
  std::vector<Method> methods;
  const Method* method_named(const std::string& m) const {
    for (const Method& x : methods)
      if (x.name == m) return &x;
    return nullptr;
  }
  // One bit per 8-byte word of a value of this type, set where the word
  // holds a pointer (pointer, map, chan, func; the data word of string,
  // slice and interface): bit i of ptrmask[i / 64]. Covers ptrdata bytes.
  std::vector<uint64_t> ptrmask;
  bool has_pointer(uint64_t word) const {
    return word / 64 < ptrmask.size() && ((ptrmask[word / 64] >> (word % 64)) & 1u);
  }
};

// (issue 3) A place in the text that allocates on the heap (a CALLRT of
// runtime.newobject, makeslice, growslice, makemap, concatstring2, ...):
// the runtime finds it from the goroutine's pc when the allocation
// happens, to say where and why in the HeapAlloc event.
struct AllocSite {
  Addr pc = 0;          // the allocating instruction
  uint32_t line = 0, col = 0;
  std::string what;     // as gc's -m names the site: "new(int)", "&Point{...}", "x" (moved to heap)
  std::string reason;   // why it is on the heap (escape analysis' one-line reason)
};

struct PcLine {
  uint32_t pc_offset;  // from the function's entry, in bytes
  uint32_t line;
};

// A named variable in a frame (parameter, result or local), for tracebacks,
// the stepper and the API. Offsets are from the frame base (the lowest
// address of the frame, the stack pointer while the function runs).
struct LocalVar {
  std::string name;
  Addr type = 0;      // TypeDesc address
  uint32_t offset = 0;
  uint32_t size = 0;
  enum class Role : uint8_t { Param, Result, Local } role = Role::Local;
  uint32_t decl_line = 0;
};

struct FuncInfo {
  std::string name;          // "main.fib", "main.init.0", "runtime.morestack"
  Addr entry = 0;
  Addr end = 0;              // one past the last byte
  uint32_t frame_size = 0;   // locals, temporaries and outgoing-args area (8-aligned)
  uint32_t params_size = 0;  // bytes of parameters in the incoming-args area
  uint32_t results_size = 0; // bytes of results, after the parameters
  uint32_t decl_line = 0;
  bool is_runtime = false;   // a runtime entry (native stub or runtime.main)
  bool wrapper = false;      // (issue 6, iface) an autogenerated method wrapper: tracebacks hide it, as Go's
  std::string file;          // (issue 6) a library function govm generates (errors.Is): Go's source file, no line
  std::vector<PcLine> lines; // sorted by pc_offset; line of pc = last entry <= pc
  std::vector<LocalVar> locals;
  // (issue 3) Stack maps: one bit per 8-byte word, set where the word may
  // hold a pointer at any call or prologue of this function (the union over
  // everything ever stored there, so a set word may hold a dead value; a
  // clear word never holds a pointer). frame_ptrs covers the frame
  // [sp, sp + frame_size); args_ptrs the incoming parameters and results
  // [sp + frame_size + 16, + params_size + results_size). Bit i of word i/64.
  // morestack adjusts the words among these that point into the old stack.
  std::vector<uint64_t> frame_ptrs, args_ptrs;
  // (issue 4) What the collector relies on (the compiler guarantees it):
  //  - frame_ptrs covers the locals and temporaries only, not the outgoing
  //    area, and every word it marks only ever holds a pointer (or nil):
  //    a temporary word is a pointer word or a scalar word for the whole
  //    function, never both; ENTER zeroes every marked word (and the rest
  //    of its zero range) before the body runs, so no word a map marks
  //    holds a stale value of another frame;
  //  - args_ptrs marks the parameters' and results' pointer words; a
  //    function with pointer results zeroes them on entry;
  //  - the outgoing area holds live pointers at a CALLRT only where
  //    out_ptrs says (arguments of a call being built, results of a call
  //    not yet moved out); at a CALL, its arguments are the callee's
  //    (args_ptrs of the callee).
  struct OutPtrs {
    uint32_t pc_offset;            // a CALLRT, from the entry
    std::vector<uint64_t> words;   // bit i: word i of the frame (from sp) holds a live pointer
  };
  std::vector<OutPtrs> out_ptrs;   // sorted by pc_offset; CALLRTs with none are absent
  // (issue 4) Liveness of pointers at safe points. At each CALL and CALLRT,
  // the frame words (bit i: word i from sp) that hold live pointers while
  // that call runs: every local's pointer words, and the pointer words of
  // the temporaries in use there (those of its statement and of the
  // statements enclosing it). A frame_ptrs word missing from it is dead
  // there: the collector neither follows it nor keeps it, and clears it, so
  // that a temporary is never scanned holding a pointer its last user left
  // (a temporary is written before it is read, so nothing notices). The
  // outgoing area stays in out_ptrs. Sorted by pc_offset (the CALL's or
  // CALLRT's own pc); a safe point without an entry falls back to frame_ptrs.
  using LivePtrs = OutPtrs;
  std::vector<LivePtrs> live_ptrs;
  // (issue 6, defer) A function with defer statements keeps the head of
  // its pending deferred calls (a *_defer, nil when none) in the frame word
  // at sp + defer_head, and runs them in its deferreturn sequence at
  // entry + deferreturn; a panic resumes the frame there (runtime/panic.cpp).
  bool has_defer = false;
  uint32_t defer_head = 0;
  uint32_t deferreturn = 0;

  uint32_t line_at(Addr pc) const;
  // (issue 4) The outgoing-area pointer words live at the CALLRT at pc;
  // nullptr when none.
  const std::vector<uint64_t>* out_ptrs_at(Addr pc) const;
  const std::vector<uint64_t>* live_ptrs_at(Addr pc) const;  // (issue 4) nullptr when none
};

enum class Segment : uint8_t { Text, Rodata, Data, Bss, Heap, Stack, None };
const char* segment_name(Segment s);  // "text", "rodata", "data", "bss", "heap", "stack"

struct GlobalVar {
  std::string name;       // "main.counter"
  Addr addr = 0;
  uint64_t size = 0;
  Addr type = 0;          // TypeDesc address
  Segment segment = Segment::Bss;  // Data (constant initializer) or Bss
  uint32_t decl_line = 0;
  bool init_by_code = false;  // in bss, assigned by the package init function
};

struct StringLit {
  Addr addr = 0;          // in rodata
  uint64_t len = 0;
};

// (issue 6, iface) An itab in rodata, Go's layout:
//   +0  inter  *_type    the interface type's descriptor
//   +8  _type  *_type    the concrete type's descriptor
//   +16 hash   u32       (a hash of the type's name; unused by govm's runtime)
//   +20 (pad)
//   +24 fun    [n]uintptr  entries of the interface's methods, in its sorted order
// The linker builds every itab the program can need (each type with
// methods x each interface type it satisfies, compiler/itab.cpp), so none
// is built at run time: Go's getitab builds and caches them lazily.
inline constexpr uint64_t kItabFunOffset = 24;
struct Itab {
  Addr addr = 0;
  Addr inter = 0;
  Addr type = 0;
};

struct Image {
  std::string file;                   // source path as given to the compiler
  std::vector<uint8_t> text;          // at kTextBase
  Addr rodata_base = 0;
  std::vector<uint8_t> rodata;
  bool in_rodata(Addr a, uint64_t n) const {  // (issue 6) [a, a+n) lies in rodata
    return a >= rodata_base && n <= rodata.size() && a - rodata_base <= rodata.size() - n;
  }
  Addr data_base = 0;
  std::vector<uint8_t> data;
  Addr bss_base = 0;
  uint64_t bss_size = 0;

  std::vector<FuncInfo> funcs;        // sorted by entry
  std::vector<GlobalVar> globals;     // in address order
  std::vector<StringLit> strings;     // in address order
  std::vector<TypeDesc> types;        // in address order
  std::vector<AllocSite> alloc_sites; // (issue 3) sorted by pc
  Addr entry = 0;                     // runtime.main
  // (issue 6, iface) Itabs (sorted by address), and Go's staticuint64s
  // (256 words holding 0..255: boxes of small integers and single bytes)
  // and zerobase (the box of zero-sized values), in rodata; 0 when absent.
  std::vector<Itab> itabs;
  Addr staticuint64s = 0;
  Addr zerobase = 0;
  const Itab* itab_for(Addr inter, Addr type) const {
    for (const Itab& t : itabs)
      if (t.inter == inter && t.type == type) return &t;
    return nullptr;
  }
  const Itab* itab_at(Addr addr) const {
    for (const Itab& t : itabs)
      if (t.addr == addr) return &t;
    return nullptr;
  }

  Addr text_end() const { return kTextBase + text.size(); }
  Addr image_end() const { return bss_base + bss_size; }
  const FuncInfo* func_at(Addr pc) const;       // nullptr when pc is outside text
  const FuncInfo* func_named(const std::string& name) const;
  const TypeDesc* type_at(Addr addr) const;     // nullptr when no descriptor there
  // (issue 6) The descriptor of the type Go spells `name` ("*errors.errorString"),
  // nullptr when none; and the predeclared interface error (the one with its
  // Error method: fmt's signatures intern a method-less stand-in of that name).
  const TypeDesc* type_named(const std::string& name) const;
  const TypeDesc* error_iface() const;
  const AllocSite* alloc_site_at(Addr pc) const;  // (issue 3) nullptr when none at pc
  const GlobalVar* global_at(Addr addr) const;  // the global containing addr
  Segment segment_of(Addr addr) const;          // image segments only, else None
};

}  // namespace govm
