// Code generation: a checked syntax tree becomes bytecode, one function at a
// time; the linker (link.cpp) then lays the functions out and builds the Image.
//
// Every operand of an instruction names a frame slot by byte offset from the
// frame base (runtime/frame.h). A function's frame is
//
//   +---------------------------+ <- fp + z + 16 + k   (Arg: own params, results)
//   | return address, saved FP  |
//   +---------------------------+ <- fp + z
//   | temporaries               |  Temp: live until the end of their statement
//   |                           |        (and of an if's or switch's tests)
//   | locals                    |  Local: one slot per variable, for the function
//   | outgoing args + results   |  Out: for the calls this function makes
//   +---------------------------+ <- fp
//
// None of the region sizes is known until the whole body has been generated
// (the outgoing area is the largest callee's, z is the sum), so operands are
// emitted relative to their region (a Slot) and a fixup adds the region's base
// once the frame is final. Locals and temporaries take 8-aligned slots rounded
// up to 8 bytes; outgoing and incoming slots follow Go's ABI0 packing. An
// 8-byte write (SEXT, ZEXT) goes only to an 8-byte value or a fresh temp: a
// narrower destination may be one element of a larger variable.
//
// Addresses that only the linker knows (functions, globals, string literals,
// type descriptors) are relocations against program-wide ids in Program.
//
// Calls are hoisted as gc's order pass does (codegen_expr.cpp): the calls of
// a statement run first, left to right, then the rest of its expressions
// read their variables; the right side of && and || is its own statement.
// (issue 5) A receive <-c and runtime.NumGoroutine() are hoisted with the
// calls, into temporaries (gc copies ORECV to a temporary); channels,
// select, go statements and sync are in codegen_chan.cpp,
// codegen_select.cpp, codegen_go.cpp and codegen_sync.cpp.
// Tuple assignment then follows gc's walk (codegen_assign.cpp).
//
// (issue 4) Stack maps a precise collector can trust (runtime/image.h,
// "What the collector relies on"):
//  - Temporaries. temp() hands out a fresh *virtual* range per temporary,
//    never reused, and remembers which temporary was below it on the stack
//    of live ones (end_statement(mark) pops back to a mark, as before).
//    Which of its words hold pointers is learnt as code is generated
//    (temp(type), ptr_temp, note_ptr, note_ptrs, often after temp(size)).
//    finish() then places every temporary (place_temps): above the one
//    below it on the live stack, so temporaries live together never
//    overlap, and only on frame words of its own kind per word, so every
//    word of the region is a pointer word or a scalar word for the whole
//    function. Temporaries of different statements still share words of
//    the same kind; the fixups translate virtual offsets to frame offsets.
//    A word never noted is scalar: a temporary that may hold a pointer must
//    be noted, or the collector would free what it points to.
//  - Locals have one slot per variable (or per purpose: a heap variable's
//    address, an object stack-allocated for new/make/&T{}), typed for the
//    whole function.
//  - frame_ptrs marks the locals' and temporaries' pointer words. ENTER
//    zeroes from the first marked word to the last (its A and n operands,
//    set by finish), so no marked word holds an earlier frame's value; a
//    function without pointer words zeroes nothing. Results holding
//    pointers are zeroed after ENTER (args_ptrs marks them).
//  - The outgoing area is not in frame_ptrs. At each CALLRT, out_ptrs
//    records its words that hold live pointers: the arguments already
//    stored for the call being built (out_args_) and the results of the
//    pending call (not yet moved out). At a CALL the area is the callee's.
//  - Liveness (FuncInfo::live_ptrs). Every CALL and CALLRT is a safe
//    point; emit() records its pc and the top of the live-temp stack there
//    (one index: the stack below is the top's parent chain). finish()
//    (build_live_ptrs) turns each into the bitmap of the locals' pointer
//    words (always live: one slot per variable) and the pointer words of
//    the temporaries on that stack, at their placed offsets. A frame_ptrs
//    word missing from it is dead there and the collector clears it, so a
//    finished statement's temporary no longer keeps its object alive.
//    This is exact only if no temporary is read after end_statement popped
//    it: everything kept across nested statements is allocated at the
//    level of the statement that owns it, before the nested ones (a range
//    loop's state, the map iterator, the string being ranged over, are the
//    range statement's temporaries: live through the body, dead after the
//    loop); short-lived pieces inside a compound statement get their own
//    mark (the range expression's temporaries once it is evaluated, the
//    key/value stores, mapiterinit/next's blocks, the Go 1.22 loop-variable
//    copies, the prologue). A temporary allocated but not yet written at a
//    safe point is counted live: it holds nil (cleared) or a same-kind
//    pointer. Objects a local points into (stack-allocated new/make/
//    composites, concat buffers) stay locals: a local may outlive the
//    statement. `_ = f()` drops f's result in the outgoing area. Maps past
//    a size budget (huge frames times many calls) are left out: those safe
//    points fall back to frame_ptrs, which keeps everything, safely.
// morestack adjusts the marked words whose value lies in the old stack.
//
// Invariants:
//  - an expression evaluated "into" a destination writes the destination only
//    after reading everything it needs, so `s = s + x` may target s itself;
//  - a slot returned by operand() stays valid until the end of the statement;
//    one returned by operand_last() only until the next call is emitted;
//  - every Constant-mode expression is materialized, never descended into;
//  - every AST node is generated once, so a CallExpr names its results.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/types.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "vm/opcodes.h"

namespace govm {

// What a frame operand is relative to (see the drawing above). Frame is the
// frame size itself (the z of ENTER z / RET z).
enum class Base : uint8_t { Abs, Out, Local, Temp, Arg, Frame };

struct Slot {
  Base base = Base::Abs;
  uint32_t off = 0;
  Slot at(uint32_t d) const { return Slot{base, off + d}; }
  friend bool operator==(Slot a, Slot b) { return a.base == b.base && a.off == b.off; }
};

// An address the linker fills in.
enum class RelocKind : uint8_t {
  Call,    // f operand: relative offset to function `target`
  Global,  // g operand: address of global `target`
  String,  // g operand: rodata address of string literal `target`
  Type,    // K operand (two words): address of type descriptor `target`
  // (issue 5) K operand (two words): the text address of function `target`
  // (a go statement's fn argument to runtime.newproc).
  FuncAddr,
  // (issue 6, func) g operand: the rodata address of function `target`'s
  // funcval ("main.f·f"), a package function used as a value.
  FuncVal,
  // (issue 6, iface) K operand (two words): the rodata address of itab `target`
  // (Program::itabs).
  Itab,
  // (issue 6) K operand (two words): the rodata address of a read-only
  // string header for literal `target` (Program::strings), gc's static
  // temporary for a constant string converted to an interface.
  StringHeader,
};

struct Reloc {
  uint32_t instr;  // byte offset of the instruction in its function
  uint32_t word;   // word index of the operand in the function's code
  RelocKind kind;
  uint32_t target;
  int64_t addend = 0;  // (issue 3) Global: bytes past the global's address (a field)
};

// One instruction operand before fixups and relocations.
struct Opnd {
  enum class Kind : uint8_t { Imm, Slot, Label, Reloc } kind = Kind::Imm;
  int64_t v = 0;
  Base base = Base::Abs;
  RelocKind reloc = RelocKind::Call;
  int64_t addend = 0;  // (issue 3) Reloc: added to the resolved address

  static Opnd imm(int64_t v) { return Opnd{Kind::Imm, v, Base::Abs, RelocKind::Call}; }
  static Opnd slot(Slot s) { return Opnd{Kind::Slot, s.off, s.base, RelocKind::Call}; }
  static Opnd label(int id) { return Opnd{Kind::Label, id, Base::Abs, RelocKind::Call}; }
  static Opnd rel(RelocKind k, uint32_t target) { return Opnd{Kind::Reloc, target, Base::Abs, k}; }
  static Opnd rel(RelocKind k, uint32_t target, int64_t addend) {
    Opnd o{Kind::Reloc, target, Base::Abs, k};
    o.addend = addend;
    return o;
  }
  Opnd(Slot s) : Opnd(slot(s)) {}  // NOLINT: slots are the common case
  Opnd(Kind k, int64_t v_, Base b, RelocKind r) : kind(k), v(v_), base(b), reloc(r) {}
};

// A function's code as generation leaves it: final frame offsets, addresses
// still relocations. LocalVar::type holds a type id until the linker maps it.
struct FuncCode {
  std::string name;
  std::string file;  // (issue 6) its source file when not the program's (runtime/image.h FuncInfo::file)
  CodeBuffer code;
  std::vector<Reloc> relocs;
  std::vector<PcLine> lines;
  std::vector<LocalVar> locals;
  uint32_t frame_size = 0;
  uint32_t params_size = 0;
  uint32_t results_size = 0;
  uint32_t decl_line = 0;
  // (issue 3) Stack maps (runtime/image.h FuncInfo::frame_ptrs/args_ptrs).
  std::vector<uint64_t> frame_ptrs, args_ptrs;
  // (issue 3) Heap allocation sites: pc is the byte offset of the CALLRT
  // in this function until the linker adds the entry.
  std::vector<AllocSite> alloc_sites;
  // (issue 4) The outgoing-area pointer words live at each CALLRT that has
  // some (FuncInfo::out_ptrs), in pc order.
  std::vector<FuncInfo::OutPtrs> out_ptrs;
  // (issue 4) The frame words holding live pointers at each CALL and
  // CALLRT (FuncInfo::live_ptrs), in pc order; pc offsets from the entry.
  std::vector<FuncInfo::LivePtrs> live_ptrs;
  bool wrapper = false;  // (issue 6, iface) an autogenerated method wrapper (FuncInfo::wrapper)
  // (issue 6, defer) FuncInfo::has_defer, defer_head, deferreturn.
  bool has_defer = false;
  uint32_t defer_head = 0;
  uint32_t deferreturn = 0;
};

struct GlobalDef {
  std::string name;              // "main.counter"
  const Type* type = nullptr;
  uint32_t type_id = 0;
  uint32_t decl_line = 0;
  std::optional<Constant> data;  // constant initializer with a non-zero value: goes in data
  bool init_by_code = false;
  // (issue 6, strconv) Non-empty: an error variable (strconv.ErrSyntax)
  // the linker places in data holding (itab, &errorString{static_error}),
  // gc's static initialization of `var v = &T{...}` (link.cpp).
  std::string static_error;
};

// The symbols shared by all functions of a program, each with an id that a
// relocation names and the linker resolves.
struct Program {
  std::string file;
  std::vector<FuncCode> funcs;                // 0: main.init, then user functions
  std::map<const FuncDecl*, uint32_t> func_ids;
  uint32_t main_id = UINT32_MAX;
  std::vector<GlobalDef> globals;
  std::map<const Object*, uint32_t> global_ids;
  std::vector<std::string> strings;           // literals, deduplicated
  std::map<std::string, uint32_t> string_ids;
  std::vector<const Type*> types;             // types needing a descriptor
  std::map<const Type*, uint32_t> type_ids;

  uint32_t string_id(const std::string& s);
  uint32_t type_id(const Type* t);
  // (issue 6, iface) Itabs and method tables (compiler/itab.cpp). An itab
  // (t, iface) is declared by the code that needs it (a conversion); after
  // every function is generated, build_itabs() adds the method tables of
  // every type with a descriptor, the wrappers they need, and an itab for
  // every (type, interface type) pair that satisfies, so that the runtime
  // never builds one.
  struct ItabDef { const Type* type; const Type* iface; };
  std::vector<ItabDef> itabs;
  std::map<std::pair<const Type*, const Type*>, uint32_t> itab_ids;
  uint32_t itab_id(const Type* t, const Type* iface);
  struct MethodDef {
    std::string name;
    const Type* sig = nullptr;      // without receiver: the descriptor's mtyp
    uint32_t ifn = UINT32_MAX;      // function id called through an itab (UINT32_MAX: none)
    uint32_t tfn = UINT32_MAX;      // function id with the receiver as declared
    int native = -1;                // ifn is a native stub (errors.(*errorString).Error)
  };
  std::map<const Type*, std::vector<MethodDef>> method_tables;
  std::map<std::string, uint32_t> wrapper_ids;  // "main.(*T).M" -> its function id
  // A global's id; declares it (zero, in bss) if the package did not list it.
  uint32_t global_id(const Object* obj);
};

// Parameter and result offsets of a signature (Go's ABI0): each parameter at
// its alignment in order, results from the next 8-aligned offset.
struct CallLayout {
  std::vector<uint32_t> params, results;
  uint32_t params_size = 0;  // 8-aligned: where results start
  uint32_t size = 0;         // 8-aligned end of the results
  uint64_t total = 0;        // size, untruncated: a frame check sees huge signatures
};
CallLayout call_layout(const Type* func_type);

// (issue 3) Where a value lives, for loads, stores and &: a frame slot, a
// global (plus an offset), or memory at an offset from an address held in
// a frame slot (through a pointer, a slice's array, a heap variable, a map
// entry). Built by place() (codegen_addr.cpp).
struct Place {
  enum class Kind : uint8_t { Frame, Global, Mem } kind = Kind::Frame;
  Slot slot;             // Frame: the value; Mem: the slot holding the base address
  uint32_t global = 0;   // Global: the global's id
  int64_t off = 0;       // Global, Mem: bytes from the base
  const Type* type = nullptr;
  Place at(uint64_t d, const Type* t) const {
    Place p = *this;
    p.type = t;
    if (kind == Kind::Frame) p.slot = slot.at(static_cast<uint32_t>(d));
    else p.off += static_cast<int64_t>(d);
    return p;
  }
};

// Generates one function's code.
class FuncGen {
 public:
  // A call that has run in the current statement: where its results are.
  struct Hoisted {
    std::vector<Slot> results;
    std::vector<const Type*> types;
  };

  FuncGen(Program& prog, const CheckedPackage& pkg, Diagnostics& diags, FuncCode& out)
      : prog_(prog), pkg_(pkg), diags_(diags), fc_(out) {}
  static bool is_strings_native(const CallExpr* c);  // (issue 6) strings/strconv: codegen_strings.cpp
  static bool is_sprint_native(const CallExpr* c);   // (issue 6, fmt) Sprint*: codegen_fmt.cpp
  void gen_func(const FuncDecl* fd);
  // (issue 6, func) Func values and closures (codegen_closure.cpp).
  bool func_value_to(const Object* fn, Slot dst);     // a package function as a value
  void closure_to(const FuncLit* lit, Slot dst);       // a func literal: its funcval's address
  Slot func_value_operand(const Expr* fun);            // the funcval a call goes through, in a live temp
  void closure_prologue(const FuncLit* lit);           // GETCTXT, then the captured variables
  std::set<const Object*> byref_;                      // captured by reference: reached through heap_ptrs_
  // (issue 6, func) f(a, b, c) of a variadic f: the extra arguments packed
  // into a new slice (on the stack, or on the heap when "... argument
  // escapes to heap"), into dst (codegen_variadic.cpp).
  void variadic_args_to(const CallExpr* c, const Type* ft, size_t fixed, Slot dst);
  void gen_package_init();

 private:
  // ---- emission (codegen.cpp)
  uint32_t emit(Op op, std::initializer_list<Opnd> ops);
  int new_label();
  void bind(int label);
  void mark(Pos pos);  // the code from here on is at pos's line
  Slot temp(uint64_t size);
  Slot local_slot(uint64_t size);
  Slot var_slot(const Object* obj);
  void add_local(Slot s, const Type* t, LocalVar::Role role, const std::string& name, uint32_t line);
  void finish(uint32_t params_size, uint32_t results_size);
  void set_zero_range(uint32_t z);  // (issue 4) ENTER's A and n
  bool id_named_result(size_t i) const;

  // ---- statements (codegen.cpp)
  void stmt(const Stmt* s);
  void block(const std::vector<Stmt*>& list);
  void end_statement(uint64_t temp_mark);
  void decl_stmt(const DeclStmt* s);
  void assign_stmt(const AssignStmt* s);
  void incdec_stmt(const IncDecStmt* s);
  const Expr* op_assign_site(const AssignStmt* s);  // s += t: a BinaryExpr naming the site
  void return_stmt(const ReturnStmt* s);
  void if_stmt(const IfStmt* s);
  void for_stmt(const ForStmt* s);
  void range_stmt(const RangeStmt* s);
  void switch_stmt(const SwitchStmt* s);
  void branch_stmt(const BranchStmt* s);
  void expr_stmt(const ExprStmt* s);
  void store(const Expr* lhs, Slot value, const Type* t);
  void assign_expr(const Expr* lhs, const Expr* rhs);
  void zero(Slot dst, const Type* t);
  struct Targets { int brk = -1, cont = -1; };
  void push_targets(const Stmt* s, Targets t);
  void pop_targets(const Stmt* s);

  // ---- expressions (codegen_expr.cpp)
  void expr_to(const Expr* e, Slot dst);
  Slot operand(const Expr* e);
  Slot operand_last(const Expr* e);
  void materialize(const Constant& c, const Type* t, Slot dst);
  void move(Slot dst, Slot src, const Type* t);
  void gload(Slot dst, uint32_t global, const Type* t);
  void gstore(Slot src, uint32_t global, const Type* t);
  void binary_to(const BinaryExpr* b, Slot dst);
  // site: the BinaryExpr of a string concatenation (its allocation site).
  void arith_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst, Pos pos,
                const Expr* site = nullptr);
  bool arith_imm(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst);
  void shift_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst);
  void compare_to(Token op, const Expr* x, const Expr* y, Slot dst);
  void concat_to(const std::vector<const Expr*>& parts, Slot dst, const Expr* site);
  void concat_site(const Expr* site);
  void concat_buf(Slot block, const Expr* site);
  void unary_to(const UnaryExpr* u, Slot dst);
  void convert_to(const CallExpr* c, Slot dst);
  void index_to(const IndexExpr* ix, Slot dst);
  void slice_to(const SliceExpr* sl, Slot dst);
  Slot int_index(const Expr* e, bool last);  // an index as an 8-byte int slot
  void call_to(const CallExpr* c, Slot dst);
  Slot call_func(const CallExpr* c);  // runs the call; its first result's slot
  std::vector<Slot> call_results(const CallExpr* c);
  void hoist(const Expr* e);
  void hoist_in(const Expr* e);  // hoist() below the root
  void emit_call(const CallExpr* c);
  void flush_pending();
  Pos here() const;  // the latest marked position, else the function's
  void too_wide();  // an immediate or size operand does not fit its word
  void builtin_call(const CallExpr* c);
  void print_call(const CallExpr* c, bool newline);
  void fmt_call(const CallExpr* c);
  // (issue 4) runtime.GC, KeepAlive, ReadMemStats (codegen_runtime.cpp);
  // runtime_call is false for any other native.
  bool runtime_call(const CallExpr* c);
  void runtime_gc(const CallExpr* c);
  void runtime_readmemstats(const CallExpr* c);
  void runtime_keepalive(const CallExpr* c);
  struct TypedSlot { Slot slot; const Type* type; };
  std::vector<TypedSlot> spread_args(const CallExpr* c);
  void pend_results(const CallExpr* c, const CallLayout& l, const Type* ft);  // after the call: results pending
  void cond_jump(const Expr* e, bool jump_if, int label);
  void compare_jump(Token op, const Expr* x, const Expr* y, int label);
  void compare_slots_jump(Token op, Slot a, const Expr* y, const Type* t, int label);
  void compare_slots(Token op, Slot dst, Slot a, Slot b, const Type* t);
  // (issue 6) float32 and float64 (codegen_float.cpp): constants as their
  // IEEE bits, arithmetic, comparisons (op: Eql, Neq, Lss or Leq) and
  // conversions to and from integers and between the two widths.
  void materialize_float(const Constant& c, const Type* u, Slot dst);
  void float_arith_to(Token op, const Type* u, const Expr* x, const Expr* y, Slot dst, Pos pos);
  void float_compare(Token op, Slot dst, Slot a, Slot b, const Type* u);
  void float_convert_to(const Expr* arg, const Type* from, const Type* to, Slot dst);
  Slot float64_operand(Slot s, const Type* u);  // a float32 widened, for printfloat
  void callrt(Slot block, NativeId n);
  bool unsupported(Pos pos, const std::string& what);

  // ---- (issue 3) stack maps and allocation sites (codegen.cpp)
  Slot temp(const Type* t);            // a temporary for a value of type t (recorded in the stack map)
  Slot ptr_temp();                     // an 8-byte temporary holding an address
  void note_ptrs(Slot s, const Type* t);  // slot s may hold a value of type t
  void note_ptr(Slot s) { ptr_slots_.push_back(s); }
  void alloc_site(const Expr* site, const std::string& what, const std::string& reason);
  const Expr* pin(Slot s, const Type* t);  // a synthetic expression whose value is at s

  // ---- (issue 3) addresses, loads and stores (codegen_addr.cpp)
  Place place(const Expr* e);          // an addressable expression, or a value in the frame
  Place var_place(const Object* obj);
  Place deref(Slot ptr, const Type* elem);  // *ptr
  Place near(const Place& p);  // p, with its offset in a register if it is past 2 GiB
  void load(const Place& p, Slot dst);
  void store_to(const Place& p, Slot src);
  void addr_of(const Place& p, Slot dst);
  void zero_place(const Place& p);
  Place index_place(const IndexExpr* ix);
  Place selector_place(const SelectorExpr* sel);
  Slot base_addr(const Place& p);      // an address slot for p (no offset)
  Slot slice_header(const Expr* x, uint64_t* elem_size);  // (ptr, len, cap) of a slice, array, *array
  bool is_heap_var(const Object* obj) const;
  void declare_var(const Object* obj);  // a heap variable gets its object here
  void new_heap_object(const Type* t, Slot dst, const Expr* site, const std::string& what,
                       const std::string& reason);
  bool assign_to(const Expr* lhs, const Expr* rhs);  // false: use a temporary
  void expr_to_as(const Expr* e, const Type* t, Slot dst);  // e converted to t (nil)

  // ---- tuple assignment in gc's order (codegen_assign.cpp)
  struct AssignEffects {
    std::set<const Object*> assigned;  // plain local variables written so far
    bool mem_write = false;            // some earlier target was memory
  };
  void tuple_assign(const AssignStmt* s);
  const Expr* early_target(const Expr* l, const AssignEffects& fx);
  const Expr* save_if_affected(const Expr* e, const Type* t, const AssignEffects& fx);
  bool affected(const Expr* e, const AssignEffects& fx);
  bool reads_memory(const Expr* e);
  void note_assigned(const Expr* l, AssignEffects& fx);
  bool addr_taken(const Object* obj);  // &x somewhere in the function (gc's Addrtaken)

  // ---- (issue 3) composite values (codegen_composite.cpp)
  void new_composite(const CompositeLit* c, const Type* t, const Expr* site, const std::string& what, Slot dst);
  void composite_to(const CompositeLit* c, Slot dst);
  void composite_into(const CompositeLit* c, const Place& p, bool zeroed);
  void selector_to(const SelectorExpr* sel, Slot dst);
  void star_to(const StarExpr* st, Slot dst);
  void addr_expr_to(const UnaryExpr* u, Slot dst);
  void compare_composite(Token op, Slot dst, Slot a, Slot b, const Type* t);
  bool comparable_bytewise(const Type* t) const;
  bool is_static_lit(const Expr* e) const;  // gc's isStaticCompositeLiteral (map literal order)

  // ---- (issue 3) builtins on slices and maps, conversions (codegen_builtin.cpp, codegen_map.cpp)
  void builtin_to(const CallExpr* c, Slot dst);
  void new_to(const CallExpr* c, Slot dst);
  void make_to(const CallExpr* c, Slot dst);
  void append_to(const CallExpr* c, Slot dst);
  void copy_to(const CallExpr* c, Slot dst);
  void len_cap_to(const CallExpr* c, Slot dst, bool is_cap);
  void slice_expr_to(const SliceExpr* sl, Slot dst);
  void convert_heap_to(const CallExpr* c, Slot dst);
  // (check2) (*[N]T)(s): the slice's pointer, checked (codegen_convert.cpp).
  void slice_to_array_ptr_to(const CallExpr* c, Slot dst);
  void range_index(const RangeStmt* s);
  void range_map(const RangeStmt* s);
  Place walk_path(Place p, const Type* t, const std::vector<int>& path, Pos pos);  // x.path (selector_place)

  // ---- (issue 5) channels (codegen_chan.cpp), select (codegen_select.cpp),
  // go statements (codegen_go.cpp), sync and time (codegen_sync.cpp)
  void make_chan_to(const CallExpr* c, Slot dst);
  void send_stmt(const SendStmt* s);
  void chan_send(Slot c, Slot value, Pos pos);
  // Receives from the channel ch evaluates to into dst (Slot{} base Abs:
  // discarded): chanrecv1, or chanrecv2 when comma_ok; returns the slot of
  // chanrecv2's bool.
  Slot chan_recv(const Expr* ch, Slot dst, bool has_dst, bool comma_ok, Pos pos);
  void recv_pinned(const UnaryExpr* u);  // a receive in an expression: into a pinned temporary
  void recv_stmt(const UnaryExpr* u);    // <-c as a statement
  static const UnaryExpr* comma_ok_recv(const Expr* e);
  std::vector<Slot> comma_ok_recv_to(const UnaryExpr* u);
  void close_chan(const CallExpr* c);
  // (issue 6) panic(v), recover(), defer statements: codegen_defer.cpp
  void panic_call(const CallExpr* c);
  void recover_to(const CallExpr* c, Slot dst);  // dst Slot{}: discarded
  void os_exit(const CallExpr* c);
  void type_assert_to(const TypeAssertExpr* ta, Slot dst);  // (issue 6) x.(T), T concrete
  // (issue 6, iface) Method calls (codegen_method.cpp): x.M(...) with the
  // receiver as the first argument (&x, *p as the method wants).
  bool method_call(const CallExpr* c);
  void receiver_to(const SelectorExpr* sel, const Type* want, Slot dst);
  bool method_expr_call(const CallExpr* c, const Object* m);
  bool method_expr_to(const SelectorExpr* sel, Slot dst);
  bool method_value_to(const SelectorExpr* sel, Slot dst);
 public:
  // (issue 6, iface) An autogenerated method wrapper (gc's main.(*T).M):
  // its receiver word is t's interface data word (a pointer to t when
  // word_is_ptr, else t itself); it follows path to the method's receiver
  // and calls m (compiler/itab.cpp).
  void gen_wrapper(const std::string& name, const Type* t, bool word_is_ptr, const std::vector<int>& path,
                   const Object* m);
  // (issue 6, iface) A method value's function main.T.M-fm: the receiver
  // from its closure (g.ctxt), then the method (codegen_method.cpp).
  void gen_method_value_wrapper(const Object* m);
  // (methods) A method expression's wrapper main.(*T).M, main.T.M (promoted),
  // main.I.M (an interface's): gen_wrapper for the kind of x.M that sel is
  // (codegen_method_expr.cpp).
  void gen_method_expr_wrapper(const SelectorExpr* sel);
  // (methods) The end of every method wrapper: m called, its results returned.
  void wrapper_tail(const Object* m, Slot recv, size_t first, Pos pos);
  // (issue 6, errs) A function of package errors that calls Go methods
  // (errors.Is, errors.is, errors.As, errors.as, errors.Unwrap,
  // errors.(*joinError).Error): a loop around its native (codegen_errors.cpp).
  void gen_errors_driver(const std::string& name);
  // (issue 6, errs) A call of errors.Is/As/Unwrap whose argument block is
  // filled: the call of its driver instead of a CALLRT (codegen_errors.cpp);
  // false when id has no driver. errors.Join's call: errors_join_pinned.
  bool errors_driver_call(NativeId id, Slot block, const std::vector<uint32_t>& params,
                          const std::vector<uint32_t>& results, const Type* ft);
  void errors_join_pinned(const CallExpr* c);
 private:
  // (issue 6, iface) interfaces (codegen_iface.cpp)
  bool iface_conversion(const CallExpr* c, Slot dst);
  void dynamic_type(Slot iface, const Type* it, Slot dst);  // the type word of an interface value
  void box_to(const CallExpr* c, const Expr* x, Slot dst);   // the data word of x converted to an interface
  bool const_data_word(const Expr* x, Slot dst);  // (issue 6) a constant's: a read-only static
  void heap_box(Slot v, const Type* t, const Expr* site, const std::string& what, const std::string& why, Slot dst);
  void fmt_data_word(const CallExpr* c, const TypedSlot& v, const Expr* src, Slot dst);  // (issue 6) codegen_fmt.cpp
  bool iface_method_call(const CallExpr* c);
  // (issue 6) The interface value x.M is called on (x itself, or the
  // interface field M is promoted from), into dst; and where method M's
  // entry sits in an itab of iface (codegen_iface.cpp).
  void iface_receiver_to(const SelectorExpr* sel, const Type* iface, Slot dst);
  static int64_t itab_fun_offset(const Type* iface, const std::string& method);
  void iface_assert_to(const TypeAssertExpr* ta, Slot dst, Slot ok);  // ok Slot{}: panics on failure
  void iface_compare_slots(Token op, Slot dst, Slot a, Slot b, const Type* t);
  void type_switch_stmt(const TypeSwitchStmt* s);
  static const TypeAssertExpr* comma_ok_assert(const Expr* e);
  std::vector<Slot> comma_ok_assert_to(const TypeAssertExpr* ta);
  void defer_stmt(const DeferStmt* s);
  void begin_defers(const FuncDecl* fd);  // at entry: does the body defer? then its chain head
  void end_defers();                      // after the body: the deferreturn sequence
  void ret(Pos pos);                      // RET, or a jump to the deferreturn sequence
  struct DeferSite {
    const CallExpr* call = nullptr;
    std::vector<const Type*> types;  // of the arguments as saved
    std::vector<uint32_t> offs;      // their offsets in the record's arguments
    uint32_t size = 0;               // bytes of arguments (8-aligned)
    // (issue 6, func) The call goes through a func value (defer f(x),
    // defer func() {...}()): the value is saved first, as types[0].
    bool fn_value = false;
    // (issue 6, meth2) A method call x.M(args): the receiver, evaluated
    // at the statement as M wants it (T, *T, the interface value, &wg),
    // is saved first, as types[0]; recv is the call's selector.
    const SelectorExpr* recv = nullptr;
  };
  DeferSite defer_site(const CallExpr* c);
  bool defer_method_site(const CallExpr* c, DeferSite& site);  // codegen_defer.cpp
  void defer_receiver_to(const DeferSite& site, Slot dst);
  std::vector<std::unique_ptr<SelectorExpr>> deferred_sels_;  // their selectors, receivers pinned
  void run_deferred(const DeferSite& site);
  std::vector<DeferSite> defer_sites_;
  std::set<const DeferStmt*> defers_in_loops_;
  std::vector<std::unique_ptr<CallExpr>> deferred_calls_;  // the calls made by the sequence
  bool has_defer_ = false;
  Slot defer_head_, defer_rec_;
  int defer_exit_ = -1;
  void chan_len_cap(const CallExpr* c, Slot dst, bool is_cap);
  void range_chan(const RangeStmt* s);
  void select_stmt(const SelectStmt* s);
  void select_general(const SelectStmt* s, const std::vector<const CommClause*>& clauses, int brk);
  void select_assign(const AssignStmt* a, Slot value, Slot ok, const Type* elem);
  void go_stmt(const GoStmt* s);
  bool go_method(const GoStmt* s);  // (meth2) go x.M(args), go T.M(x, args): codegen_go.cpp
  bool sync_call(const CallExpr* c);     // sync's methods, time.Sleep, runtime.Gosched/NumGoroutine
  Slot method_receiver(const SelectorExpr* sel);
  // (issue 6) Packages strings and strconv (codegen_strings.cpp): a call
  // runs where gc's order pass would run it (hoisted, like a Go call), its
  // results kept in its argument block (pinned) for the statement.
  bool strings_call(const CallExpr* c);                 // as a statement
  void strings_pinned(const CallExpr* c);               // runs it, once per statement
  bool strings_value_to(const CallExpr* c, Slot dst);   // its result as a value
  void strconv_constants(NativeId id);                   // (issue 6, strconv) what atoi.cpp finds in the image
  // (issue 6, fmt) fmt's call sites: codegen_fmt.cpp
  bool fmt_block(const CallExpr* c, uint32_t result_bytes, Slot& block, bool& loop);
  void fmt_callrt(const CallExpr* c, Slot block, bool loop);  // the CALLRT (loop) making Go method calls
  bool sprint_call(const CallExpr* c);                  // Sprint* as a statement
  void sprint_pinned(const CallExpr* c);                // runs it, once per statement
  bool sprint_value_to(const CallExpr* c, Slot dst);    // its result as a value
  void native_to(const CallExpr* c, Slot dst);  // a native's result as a value (runtime.NumGoroutine)
  void num_goroutine_pinned(const CallExpr* c);
  Slot map_call(NativeId n, const Type* mt, const Expr* m, const Expr* key, Pos pos, uint32_t results);
  void map_index_to(const IndexExpr* ix, Slot dst, Slot ok);
  static const IndexExpr* comma_ok_index(const Expr* e);
  std::vector<Slot> comma_ok_to(const IndexExpr* ix);
  Slot map_assign_ptr(const IndexExpr* ix);  // the entry's address (mapassign)
  void map_delete(const CallExpr* c);
  Slot map_key_addr(const Expr* key, const Type* key_t);

  Program& prog_;
  const CheckedPackage& pkg_;
  Diagnostics& diags_;
  FuncCode& fc_;

  // v: the operand's offset in its region, untruncated (A has 24 bits).
  struct Fixup { uint32_t word; Base base; bool is_a; uint64_t v; };
  std::vector<Fixup> fixups_;
  Pos mark_pos_;                     // the latest position given to mark()
  bool too_wide_reported_ = false;   // one "2 GiB" error per function
  bool oversized_reported_ = false;  // one oversized-type error per function
  std::vector<int32_t> label_pos_;
  std::vector<std::vector<uint32_t>> label_uses_;  // instruction offsets waiting for the label
  std::map<const Object*, Slot> vars_;
  std::vector<Slot> local_slots_;  // parallel to fc_.locals, before fixups
  // 64-bit so that an oversized frame is seen, not wrapped (finish checks).
  uint64_t out_size_ = 0, local_size_ = 0, temp_max_ = 0;
  // (issue 4) Temporaries (see the top of this file): each temp() gets a
  // fresh virtual range; place_temps() gives it its frame offset. The live
  // ones form a stack; temp_top_ is its height (a statement's mark).
  struct TempRec {
    uint64_t vbase = 0, size = 0;  // virtual offset, bytes (8-aligned)
    int64_t parent = -1;           // the temp below it on the live stack, or -1
    uint64_t real = 0;             // offset in the temporaries region (place_temps)
    std::vector<uint64_t> ptrs;    // its pointer words (bit i: word i of the temp)
  };
  std::vector<TempRec> temps_;     // in allocation order, so by vbase
  std::vector<size_t> live_temps_;
  uint64_t temp_top_ = 0, temp_vtop_ = 0;
  size_t temp_index(uint64_t v) const;  // the temp whose virtual range holds v
  bool place_temps();                   // false: too many temporaries
  // (issue 4) The arguments stored so far of the call being built (offset
  // in the outgoing area, type). With the pending call's results, they are
  // what the outgoing area holds live: callrt() records both (out_ptrs).
  std::vector<std::pair<uint32_t, const Type*>> out_args_;
  void note_out_ptrs();
  // (issue 4) A safe point (CALL, CALLRT) as emitted: its pc and the top of
  // the live-temp stack there (-1: empty). The stack below the top is its
  // parent chain, so one index names it; finish() turns it into live_ptrs.
  struct SafePoint { uint32_t pc; int64_t top; };
  std::vector<SafePoint> safe_points_;
  void build_live_ptrs(uint64_t local_base, uint64_t temp_base, uint32_t frame_size);
  const FuncDecl* fd_ = nullptr;
  CallLayout self_;
  std::vector<const Object*> results_;  // named results, or null for unnamed
  std::map<const Stmt*, Targets> targets_;
  std::vector<Targets> target_stack_;
  std::map<const Stmt*, const Stmt*> label_of_;  // statement -> the LabeledStmt naming it
  std::vector<int> fallthrough_;    // body label of the next clause, per enclosing switch
  std::map<const CallExpr*, Hoisted> hoisted_;  // calls run in this statement
  const CallExpr* pending_ = nullptr;           // whose results are still in the outgoing area
  // (issue 3)
  std::map<const Object*, Slot> heap_ptrs_;      // heap variables: the slot holding the object's address
  std::vector<std::pair<Slot, const Type*>> typed_slots_;  // stack map: slots and the types they hold
  std::vector<Slot> ptr_slots_;                  // stack map: 8-byte address slots
  std::vector<std::unique_ptr<Expr>> pinned_;    // see pin()
  std::map<const Expr*, Slot> pinned_slots_;
  std::vector<const Expr*> pinned_ast_;   // slice expressions hoisted this statement (unpinned at its end)
  const Expr* hoist_root_ = nullptr;      // the outermost expression hoist() is walking
  std::set<const Object*> addr_taken_;  // see addr_taken()
  bool addr_taken_done_ = false;
};

// (issue 6, iface) A method's function type with its receiver as the first
// parameter (a function's own type otherwise), and its name as Go prints
// it: main.Point.String, main.(*Counter).Inc (codegen_method.cpp).
const Type* method_func_type(const Object* fn);
std::string method_func_name(const Object* m);
// (issue 6, iface) The -fm functions of the program's method values, each
// declared once (Program::wrapper_ids) before code generation: their ids.
std::vector<std::pair<uint32_t, const Object*>> declare_method_value_wrappers(Program& prog, const CheckedPackage& pkg);
// (methods) The wrappers of the program's method expressions that need one
// ((*T).M of a value method, promoted methods, I.M), declared (by gc's
// names, Program::wrapper_ids) before code generation, then generated
// (codegen_method_expr.cpp).
std::vector<std::pair<uint32_t, const SelectorExpr*>> declare_method_expr_wrappers(Program& prog, const CheckedPackage& pkg);
void generate_method_expr_wrappers(Program& prog, const CheckedPackage& pkg, Diagnostics& diags,
                                   const std::vector<std::pair<uint32_t, const SelectorExpr*>>& ids);
// (methods) gc's name of a method expression's wrapper (main.(*T).M,
// main.T.M, main.I.M); empty when sel calls the method's own function.
std::string method_expr_wrapper_name(const SelectorExpr* sel);
// (issue 6, errs) The drivers of package errors the program needs
// (Program::wrapper_ids, by their Go names), declared before code
// generation; generate_errors_drivers generates them (codegen_errors.cpp).
std::vector<uint32_t> declare_errors_drivers(Program& prog, const CheckedPackage& pkg);
void generate_errors_drivers(Program& prog, const CheckedPackage& pkg, Diagnostics& diags,
                             const std::vector<uint32_t>& ids);
// (issue 6, errs) The method tables of errors.Join's *errors.joinError and
// fmt.Errorf's *fmt.wrapErrors (build_itabs, itab.cpp).
void errors_method_tables(Program& prog, const CheckedPackage& pkg);

// The linker: lays the program out at its addresses and builds the Image.
std::shared_ptr<const Image> link(const Program& prog, Diagnostics& diags);

// Helpers shared by the generator files.
Op width_op(Op b_variant, uint64_t size);  // the _B/_W/_L/_Q variant for size
bool fits_i32(__int128 v);
int64_t const_bits(const Constant& c);     // the value's 64-bit two's complement
bool is_signed_int(const Type* t);
inline bool is_const(const Expr* e) { return e && e->mode == Mode::Constant && e->value.has_value(); }
// (issue 3) Sets bit (base_word + i) of mask for every 8-byte word i of a
// value of type t that holds a pointer (Go's ptrmask layout).
void pointer_words(const Type* t, uint64_t base_word, std::vector<uint64_t>& mask);
bool has_pointers(const Type* t);
// (issue 6, iface) gc's isdirectiface: a value of type t is its interface's data word.
bool is_direct_iface(const Type* t);
bool is_iface(const Type* t);
void build_itabs(Program& prog, const CheckedPackage& pkg, Diagnostics& diags);
// (issue 6) The runtime error types' method tables, natives (runtime_errors.cpp).
void runtime_error_method_tables(Program& prog, const CheckedPackage& pkg);
std::string reflect_spelling(const std::string& name);  // "[]any" is "[]interface {}"
bool promotes_interface_methods(const Type* t);  // methods promoted from an embedded interface (itab.cpp)
void link_itabs(const Program& prog, std::vector<uint8_t>& ro, Addr ro_base, const std::vector<Addr>& entry,
                const std::vector<Addr>& rt_entry, const std::map<const Type*, uint32_t>& all_ids,
                const std::vector<Addr>& type_addr, Image& img, std::vector<Addr>& itab_addr,
                const std::vector<bool>& natives_used);
// (fixA) Pointer bitmaps are spelled out a bit per word, in the image and
// in stack maps: a type holding pointers may be at most this large.
inline constexpr uint64_t kMaxPointerfulType = uint64_t{1} << 30;
// The first type reachable from t (t, its elements, fields, keys, through
// pointers too) that holds pointers and is larger than kMaxPointerfulType;
// nullptr when there is none.
const Type* oversized_pointerful(const Type* t);
// Reports oversized_pointerful(t), if any, at pos; true when it did.
bool refuse_oversized(Diagnostics& diags, const Type* t, Pos pos);

}  // namespace govm
