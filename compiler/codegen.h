// Code generation: a checked syntax tree becomes bytecode, one function at a
// time; the linker (link.cpp) then lays the functions out and builds the Image.
//
// Every operand of an instruction names a frame slot by byte offset from the
// frame base (runtime/frame.h). A function's frame is
//
//   +---------------------------+ <- fp + z + 16 + k   (Arg: own params, results)
//   | return address, saved FP  |
//   +---------------------------+ <- fp + z
//   | temporaries               |  Temp: released at the end of each statement
//   | locals                    |  Local: one slot per variable, for the function
//   | outgoing args + results   |  Out: for the calls this function makes
//   +---------------------------+ <- fp
//
// None of the region sizes is known until the whole body has been generated
// (the outgoing area is the largest callee's, z is the sum), so operands are
// emitted relative to their region (a Slot) and a fixup adds the region's base
// once the frame is final. Locals and temporaries take 8-aligned slots rounded
// up to 8 bytes, so an 8-byte write (SEXT, ZEXT) into them is always safe;
// outgoing and incoming slots follow Go's ABI0 packing and are not.
//
// Addresses that only the linker knows (functions, globals, string literals,
// type descriptors) are relocations against program-wide ids in Program.
//
// Calls are hoisted as gc's order pass does (codegen_expr.cpp): the calls of
// a statement run first, left to right, then the rest of its expressions
// read their variables; the right side of && and || is its own statement.
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
  // Locals and temporaries have 8 writable bytes from any slot start.
  bool roomy() const { return base == Base::Local || base == Base::Temp; }
  friend bool operator==(Slot a, Slot b) { return a.base == b.base && a.off == b.off; }
};

// An address the linker fills in.
enum class RelocKind : uint8_t {
  Call,    // f operand: relative offset to function `target`
  Global,  // g operand: address of global `target`
  String,  // g operand: rodata address of string literal `target`
  Type,    // K operand (two words): address of type descriptor `target`
};

struct Reloc {
  uint32_t instr;  // byte offset of the instruction in its function
  uint32_t word;   // word index of the operand in the function's code
  RelocKind kind;
  uint32_t target;
};

// One instruction operand before fixups and relocations.
struct Opnd {
  enum class Kind : uint8_t { Imm, Slot, Label, Reloc } kind = Kind::Imm;
  int64_t v = 0;
  Base base = Base::Abs;
  RelocKind reloc = RelocKind::Call;

  static Opnd imm(int64_t v) { return Opnd{Kind::Imm, v, Base::Abs, RelocKind::Call}; }
  static Opnd slot(Slot s) { return Opnd{Kind::Slot, s.off, s.base, RelocKind::Call}; }
  static Opnd label(int id) { return Opnd{Kind::Label, id, Base::Abs, RelocKind::Call}; }
  static Opnd rel(RelocKind k, uint32_t target) { return Opnd{Kind::Reloc, target, Base::Abs, k}; }
  Opnd(Slot s) : Opnd(slot(s)) {}  // NOLINT: slots are the common case
  Opnd(Kind k, int64_t v_, Base b, RelocKind r) : kind(k), v(v_), base(b), reloc(r) {}
};

// A function's code as generation leaves it: final frame offsets, addresses
// still relocations. LocalVar::type holds a type id until the linker maps it.
struct FuncCode {
  std::string name;
  CodeBuffer code;
  std::vector<Reloc> relocs;
  std::vector<PcLine> lines;
  std::vector<LocalVar> locals;
  uint32_t frame_size = 0;
  uint32_t params_size = 0;
  uint32_t results_size = 0;
  uint32_t decl_line = 0;
};

struct GlobalDef {
  std::string name;              // "main.counter"
  const Type* type = nullptr;
  uint32_t type_id = 0;
  uint32_t decl_line = 0;
  std::optional<Constant> data;  // constant initializer with a non-zero value: goes in data
  bool init_by_code = false;
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
  // A global's id; declares it (zero, in bss) if the package did not list it.
  uint32_t global_id(const Object* obj);
};

// Parameter and result offsets of a signature (Go's ABI0): each parameter at
// its alignment in order, results from the next 8-aligned offset.
struct CallLayout {
  std::vector<uint32_t> params, results;
  uint32_t params_size = 0;  // 8-aligned: where results start
  uint32_t size = 0;         // 8-aligned end of the results
};
CallLayout call_layout(const Type* func_type);

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
  void gen_func(const FuncDecl* fd);
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
  bool id_named_result(size_t i) const;

  // ---- statements (codegen.cpp)
  void stmt(const Stmt* s);
  void block(const std::vector<Stmt*>& list);
  void end_statement(uint32_t temp_mark);
  void decl_stmt(const DeclStmt* s);
  void assign_stmt(const AssignStmt* s);
  void incdec_stmt(const IncDecStmt* s);
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
  void arith_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst, Pos pos);
  bool arith_imm(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst);
  void shift_to(Token op, const Type* t, const Expr* x, const Expr* y, Slot dst);
  void compare_to(Token op, const Expr* x, const Expr* y, Slot dst);
  void concat_to(const std::vector<const Expr*>& parts, Slot dst);
  void unary_to(const UnaryExpr* u, Slot dst);
  void convert_to(const CallExpr* c, Slot dst);
  void index_to(const IndexExpr* ix, Slot dst);
  void slice_to(const SliceExpr* sl, Slot dst);
  Slot int_index(const Expr* e, bool last);  // an index as an 8-byte int slot
  void call_to(const CallExpr* c, Slot dst);
  Slot call_func(const CallExpr* c);  // runs the call; its first result's slot
  std::vector<Slot> call_results(const CallExpr* c);
  void hoist(const Expr* e);
  void emit_call(const CallExpr* c);
  void flush_pending();
  void builtin_call(const CallExpr* c);
  void print_call(const CallExpr* c, bool newline);
  void fmt_call(const CallExpr* c);
  struct TypedSlot { Slot slot; const Type* type; };
  std::vector<TypedSlot> spread_args(const CallExpr* c);
  void cond_jump(const Expr* e, bool jump_if, int label);
  void compare_jump(Token op, const Expr* x, const Expr* y, int label);
  void compare_slots_jump(Token op, Slot a, const Expr* y, const Type* t, int label);
  void compare_slots(Token op, Slot dst, Slot a, Slot b, const Type* t);
  void callrt(Slot block, NativeId n);
  bool unsupported(Pos pos, const std::string& what);

  Program& prog_;
  const CheckedPackage& pkg_;
  Diagnostics& diags_;
  FuncCode& fc_;

  struct Fixup { uint32_t word; Base base; bool is_a; };
  std::vector<Fixup> fixups_;
  std::vector<int32_t> label_pos_;
  std::vector<std::vector<uint32_t>> label_uses_;  // instruction offsets waiting for the label
  std::map<const Object*, Slot> vars_;
  std::vector<Slot> local_slots_;  // parallel to fc_.locals, before fixups
  uint32_t out_size_ = 0, local_size_ = 0, temp_top_ = 0, temp_max_ = 0;
  const FuncDecl* fd_ = nullptr;
  CallLayout self_;
  std::vector<const Object*> results_;  // named results, or null for unnamed
  std::map<const Stmt*, Targets> targets_;
  std::vector<Targets> target_stack_;
  std::map<const Stmt*, const Stmt*> label_of_;  // statement -> the LabeledStmt naming it
  std::vector<int> fallthrough_;    // body label of the next clause, per enclosing switch
  std::map<const CallExpr*, Hoisted> hoisted_;  // calls run in this statement
  const CallExpr* pending_ = nullptr;           // whose results are still in the outgoing area
};

// The linker: lays the program out at its addresses and builds the Image.
std::shared_ptr<const Image> link(const Program& prog, Diagnostics& diags);

// Helpers shared by the generator files.
Op width_op(Op b_variant, uint64_t size);  // the _B/_W/_L/_Q variant for size
bool fits_i32(__int128 v);
int64_t const_bits(const Constant& c);     // the value's 64-bit two's complement
bool is_signed_int(const Type* t);

}  // namespace govm
