// The instruction set, defined once.
//
// govm's bytecode is register-style: operands name frame slots (byte offsets
// from the frame base, see runtime/frame.h), and every instruction knows the
// exact Go type width it works on, because the compiler knows every type.
// No tags, no boxing, no type checks at run time.
//
// Encoding: a sequence of 32-bit little-endian words.
//
//    31                       8 7        0
//   +--------------------------+----------+
//   |  A (24 bits)             |  opcode  |   word 0
//   +--------------------------+----------+
//   |  operand 2 (32 bits)                |   word 1   (if the format has it)
//   +-------------------------------------+
//   |  ...                                |
//
// The format string of an op says what each operand is. Its first letter is
// operand A (in word 0; '-' when unused); each further letter takes one word,
// except K which takes two (low word first):
//
//   s  frame slot: byte offset from the frame base ("24(SP)")
//   i  signed 32-bit immediate
//   K  signed 64-bit immediate
//   g  VM address of a global or of rodata (fits 32 bits: the image is low)
//   j  jump target: signed byte offset from the start of this instruction
//   f  call target: signed byte offset from the start of this instruction
//   n  NativeId of a runtime entry
//   z  unsigned size or count
//
// Width suffixes follow Go's assembler: _B 1 byte, _W 2, _L 4, _Q 8 bytes,
// _O 16 bytes (a string header). U marks unsigned variants where the
// operation differs for unsigned operands. Booleans are one byte, 0 or 1.
//
// From this one table come the Op enum, op_name(), op_format(),
// op_meaning(), op_length() and the disassembler (vm/disasm.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace govm {

#define GOVM_WIDTHS(X, NAME, FMT, MEANING) \
  X(NAME##_B, FMT, MEANING " (1 byte)")      \
  X(NAME##_W, FMT, MEANING " (2 bytes)")     \
  X(NAME##_L, FMT, MEANING " (4 bytes)")     \
  X(NAME##_Q, FMT, MEANING " (8 bytes)")

// clang-format off
#define GOVM_OPCODES(X)                                                                       \
  X(NOP,        "-",     "do nothing")                                                        \
  /* moves and constants */                                                                   \
  GOVM_WIDTHS(X, MOV, "ss", "A = B")                                                          \
  X(MOV_O,      "ss",    "A = B (16 bytes: a string header)")                                 \
  X(MOV_N,      "ssz",   "A = B (z bytes)")                                                   \
  X(MOVK_B,     "si",    "A = i (1 byte)")                                                    \
  X(MOVK_W,     "si",    "A = i (2 bytes)")                                                   \
  X(MOVK_L,     "si",    "A = i (4 bytes)")                                                   \
  X(MOVK_Q,     "sK",    "A = K (8 bytes)")                                                   \
  X(LOADSTR,    "sgz",   "A = string{ptr: g, len: z} (a literal in rodata)")                  \
  X(ZERO,       "sz",    "A = zero (z bytes)")                                                \
  X(LEAQ,       "ss",    "A (8 bytes) = VM address of frame slot B")                          \
  /* globals in data and bss */                                                               \
  GOVM_WIDTHS(X, GLOAD, "sg", "A = global at g")                                              \
  X(GLOAD_O,    "sg",    "A = global at g (16 bytes)")                                        \
  X(GLOAD_N,    "sgz",   "A = global at g (z bytes)")                                         \
  GOVM_WIDTHS(X, GSTORE, "sg", "global at g = A")                                             \
  X(GSTORE_O,   "sg",    "global at g = A (16 bytes)")                                        \
  X(GSTORE_N,   "sgz",   "global at g = A (z bytes)")                                         \
  X(GLOBALINIT, "-g",    "the package initializer has set global g (announced to observers)") \
  /* integer arithmetic, wrapping as Go does */                                               \
  GOVM_WIDTHS(X, ADD, "sss", "A = B + C")                                                     \
  GOVM_WIDTHS(X, SUB, "sss", "A = B - C")                                                     \
  GOVM_WIDTHS(X, MUL, "sss", "A = B * C")                                                     \
  GOVM_WIDTHS(X, DIV, "sss", "A = B / C, signed; panics if C == 0")                           \
  GOVM_WIDTHS(X, DIVU, "sss", "A = B / C, unsigned; panics if C == 0")                        \
  GOVM_WIDTHS(X, MOD, "sss", "A = B % C, signed; panics if C == 0")                           \
  GOVM_WIDTHS(X, MODU, "sss", "A = B % C, unsigned; panics if C == 0")                        \
  GOVM_WIDTHS(X, AND, "sss", "A = B & C")                                                     \
  GOVM_WIDTHS(X, OR, "sss", "A = B | C")                                                      \
  GOVM_WIDTHS(X, XOR, "sss", "A = B ^ C")                                                     \
  GOVM_WIDTHS(X, ANDNOT, "sss", "A = B &^ C")                                                 \
  GOVM_WIDTHS(X, SHL, "sss", "A = B << C (C: uint64 count; >= width gives 0)")                \
  GOVM_WIDTHS(X, SAR, "sss", "A = B >> C, signed (C: uint64 count)")                          \
  GOVM_WIDTHS(X, SHR, "sss", "A = B >> C, unsigned (C: uint64 count)")                        \
  GOVM_WIDTHS(X, NEG, "ss", "A = -B")                                                         \
  GOVM_WIDTHS(X, COM, "ss", "A = ^B")                                                         \
  X(CHKSHIFT,   "s",     "panic with \"negative shift amount\" if int64 A < 0")               \
  /* 8-byte arithmetic with an immediate */                                                   \
  X(ADDI_Q,     "ssi",   "A = B + i (8 bytes)")                                               \
  X(MULI_Q,     "ssi",   "A = B * i (8 bytes)")                                               \
  X(ANDI_Q,     "ssi",   "A = B & i (8 bytes)")                                               \
  X(ORI_Q,      "ssi",   "A = B | i (8 bytes)")                                               \
  X(XORI_Q,     "ssi",   "A = B ^ i (8 bytes)")                                               \
  X(SHLI_Q,     "ssi",   "A = B << i (8 bytes, 0 <= i < 64)")                                 \
  X(SARI_Q,     "ssi",   "A = B >> i, signed (8 bytes, 0 <= i < 64)")                         \
  X(SHRI_Q,     "ssi",   "A = B >> i, unsigned (8 bytes, 0 <= i < 64)")                       \
  /* conversions: widen to 8 bytes; narrowing is a MOV of the low bytes */                    \
  X(SEXT_B,     "ss",    "A (8 bytes) = sign-extended B (1 byte)")                            \
  X(SEXT_W,     "ss",    "A (8 bytes) = sign-extended B (2 bytes)")                           \
  X(SEXT_L,     "ss",    "A (8 bytes) = sign-extended B (4 bytes)")                           \
  X(ZEXT_B,     "ss",    "A (8 bytes) = zero-extended B (1 byte)")                            \
  X(ZEXT_W,     "ss",    "A (8 bytes) = zero-extended B (2 bytes)")                           \
  X(ZEXT_L,     "ss",    "A (8 bytes) = zero-extended B (4 bytes)")                           \
  /* comparisons giving a bool */                                                             \
  GOVM_WIDTHS(X, EQ, "sss", "A = B == C")                                                     \
  GOVM_WIDTHS(X, NE, "sss", "A = B != C")                                                     \
  GOVM_WIDTHS(X, LT, "sss", "A = B < C, signed")                                              \
  GOVM_WIDTHS(X, LE, "sss", "A = B <= C, signed")                                             \
  GOVM_WIDTHS(X, LTU, "sss", "A = B < C, unsigned")                                           \
  GOVM_WIDTHS(X, LEU, "sss", "A = B <= C, unsigned")                                          \
  X(NOT,        "ss",    "A = !B (bool)")                                                     \
  /* control flow */                                                                          \
  X(JMP,        "-j",    "goto j")                                                            \
  X(JT,         "sj",    "if A (bool) goto j")                                                \
  X(JF,         "sj",    "if !A (bool) goto j")                                               \
  X(JEQ_Q,      "ssj",   "if A == B goto j (8 bytes)")                                        \
  X(JNE_Q,      "ssj",   "if A != B goto j (8 bytes)")                                        \
  X(JLT_Q,      "ssj",   "if A < B goto j (8 bytes, signed)")                                 \
  X(JLE_Q,      "ssj",   "if A <= B goto j (8 bytes, signed)")                                \
  X(JLTU_Q,     "ssj",   "if A < B goto j (8 bytes, unsigned)")                               \
  X(JLEU_Q,     "ssj",   "if A <= B goto j (8 bytes, unsigned)")                              \
  X(JEQI_Q,     "sij",   "if A == i goto j (8 bytes)")                                        \
  X(JNEI_Q,     "sij",   "if A != i goto j (8 bytes)")                                        \
  X(JLTI_Q,     "sij",   "if A < i goto j (8 bytes, signed)")                                 \
  X(JLEI_Q,     "sij",   "if A <= i goto j (8 bytes, signed)")                                \
  X(JGTI_Q,     "sij",   "if A > i goto j (8 bytes, signed)")                                 \
  X(JGEI_Q,     "sij",   "if A >= i goto j (8 bytes, signed)")                                \
  /* strings */                                                                               \
  X(STRINDEX,   "sssz",  "A (byte) = B[C]; panics if C is out of range (z=1: C is unsigned)")  \
  X(STRSLICE,   "ssssz", "A = B[C:D] (string); panics if out of range (z bits 0, 1: C, D unsigned)") \
  X(STREQ,      "sss",   "A = B == C (strings)")                                              \
  X(STRNE,      "sss",   "A = B != C (strings)")                                              \
  X(STRLT,      "sss",   "A = B < C (strings, bytewise)")                                     \
  X(STRLE,      "sss",   "A = B <= C (strings, bytewise)")                                    \
  X(DECODERUNE, "ssss",  "A (rune), B (int) = rune at C[D] and the index after it")           \
  /* calls */                                                                                 \
  X(CALL,       "-f",    "push return address and frame pointer; goto f")                     \
  /* (issue 4) ENTER A, z, n: word 1 is the frame size z (as before), word 2 the byte length  */ \
  /* n of the range [A, A+n) of the new frame that the prologue zeroes after reserving it:    */ \
  /* the compiler makes it cover every word of frame_ptrs (FuncInfo), so that a collector     */ \
  /* never reads a stale value there; n = 0 zeroes nothing (A is then 0).                      */ \
  X(ENTER,      "szz",   "prologue: reserve a z-byte frame (runtime.morestack if no room), zero [A, A+n)") \
  X(RET,        "-z",    "epilogue: release the z-byte frame; return to the caller")          \
  X(CALLRT,     "sn",    "call runtime entry n with its argument block at slot A")            \
  X(NATIVE,     "-n",    "body of a runtime stub: run entry n on the incoming arguments")     \
  X(GOEXIT,     "-",     "the goroutine's entry function returned: the goroutine exits")      \
  X(EXIT,       "-",     "main.main returned: the program exits with status 0")             \
  /* (issue 3) memory through pointers. A pointer operand is a slot holding a VM address;  */ \
  /* a nil one panics as Go's nil dereference does (runtime.panicmem), an unmapped non-nil  */ \
  /* one is an internal error: the host is never touched outside the VM's memory.          */ \
  GOVM_WIDTHS(X, LOAD, "ssi", "A = *(B + i)")                                                 \
  X(LOAD_O,     "ssi",   "A = *(B + i) (16 bytes)")                                           \
  X(LOAD_N,     "ssiz",  "A = *(B + i) (z bytes)")                                            \
  GOVM_WIDTHS(X, STORE, "ssi", "*(A + i) = B")                                                \
  X(STORE_O,    "ssi",   "*(A + i) = B (16 bytes)")                                           \
  X(STORE_N,    "ssiz",  "*(A + i) = B (z bytes)")                                            \
  X(NILCHK,     "s",     "panic (nil pointer dereference) if A (8 bytes) == 0")               \
  X(MEMMOVE,    "ssz",   "copy z bytes from address B to address A (may overlap)")            \
  X(MEMZERO,    "sz",    "zero z bytes at address A")                                         \
  X(LEAG,       "sg",    "A (8 bytes) = VM address of global g")                              \
  X(LEAX,       "sssz",  "A = B + C*z (8 bytes: the address of element C of size z)")         \
  X(BOUNDS,     "ssz",   "panic (index out of range) unless 0 <= A < B (8 bytes; z=1: A is unsigned)") \
  X(BOUNDSK,    "siz",   "panic (index out of range) unless 0 <= A < i (8 bytes; z=1: A is unsigned)") \
  X(SLICE,      "ssszz", "A (slice) = B[lo:hi:max]: B is (ptr, len, cap), C is (lo, hi, max), z1 the element size, z2 flags (see interp.cpp)") \
  X(MEMEQ,      "sssz",  "A (bool) = the z bytes at slot B equal those at slot C")          \
  /* (check2) (*[K]T)(s): the slice's array pointer once its length is known to suffice  */ \
  X(SLICE2ARRPTR, "ssK", "A (8 bytes) = B's pointer (B a slice header); panics unless B's length >= K") \
  /* (issue 6) floating point, IEEE 754 as Go on amd64: _L float32, _Q float64; every   */ \
  /* float32 result is rounded to float32 (no wider intermediate), nothing is fused, and    */ \
  /* x/0 gives +-Inf or NaN. The conversions are named for the SSE instructions gc emits.   */ \
  /* (At the end of the table, so that the ops before keep their numbers and encodings.)  */ \
  X(ADDF_L,     "sss",   "A = B + C (float32)")                                               \
  X(ADDF_Q,     "sss",   "A = B + C (float64)")                                               \
  X(SUBF_L,     "sss",   "A = B - C (float32)")                                               \
  X(SUBF_Q,     "sss",   "A = B - C (float64)")                                               \
  X(MULF_L,     "sss",   "A = B * C (float32)")                                               \
  X(MULF_Q,     "sss",   "A = B * C (float64)")                                               \
  X(DIVF_L,     "sss",   "A = B / C (float32; never panics)")                                 \
  X(DIVF_Q,     "sss",   "A = B / C (float64; never panics)")                                 \
  X(NEGF_L,     "ss",    "A = -B (float32: the sign bit flipped)")                            \
  X(NEGF_Q,     "ss",    "A = -B (float64: the sign bit flipped)")                            \
  X(EQF_L,      "sss",   "A = B == C (float32; false if either is NaN)")                      \
  X(EQF_Q,      "sss",   "A = B == C (float64; false if either is NaN)")                      \
  X(NEF_L,      "sss",   "A = B != C (float32; true if either is NaN)")                       \
  X(NEF_Q,      "sss",   "A = B != C (float64; true if either is NaN)")                       \
  X(LTF_L,      "sss",   "A = B < C (float32; false if either is NaN)")                       \
  X(LTF_Q,      "sss",   "A = B < C (float64; false if either is NaN)")                       \
  X(LEF_L,      "sss",   "A = B <= C (float32; false if either is NaN)")                      \
  X(LEF_Q,      "sss",   "A = B <= C (float64; false if either is NaN)")                      \
  X(CVTSQ2SD,   "ss",    "A (float64) = B (int64), rounded to nearest even")                  \
  X(CVTUQ2SD,   "ss",    "A (float64) = B (uint64), rounded to nearest even")                 \
  X(CVTSQ2SS,   "ss",    "A (float32) = B (int64), rounded to nearest even")                  \
  X(CVTUQ2SS,   "ss",    "A (float32) = B (uint64), rounded to nearest even")                 \
  X(CVTTSD2SQ,  "ss",    "A (int64) = B (float64) truncated; NaN or out of range: 1<<63")     \
  X(CVTTSD2SL,  "ss",    "A (int32) = B (float64) truncated; NaN or out of range: 1<<31")     \
  X(CVTTSD2UQ,  "ss",    "A (uint64) = B (float64) truncated, by gc's amd64 sequence")        \
  X(CVTTSS2SQ,  "ss",    "A (int64) = B (float32) truncated; NaN or out of range: 1<<63")     \
  X(CVTTSS2SL,  "ss",    "A (int32) = B (float32) truncated; NaN or out of range: 1<<31")     \
  X(CVTTSS2UQ,  "ss",    "A (uint64) = B (float32) truncated, by gc's amd64 sequence")        \
  X(CVTSS2SD,   "ss",    "A (float64) = B (float32), exact")                                  \
  X(CVTSD2SS,   "ss",    "A (float32) = B (float64), rounded to nearest even")        \
  /* (issue 6, func) Calls through func values (compiler/closure.cpp). A func value is a  */ \
  /* pointer to a funcval: word 0 the entry's text address, then the captured variables.  */ \
  /* CALLCLO is as long as a CALL (z is 0, unused), so that a return address minus        */ \
  /* kCallSize is the call: the caller's safe point, as for CALL. The context is kept in   */ \
  /* g.ctxt (Go's DX): a root for the collector, adjusted by morestack.                     */ \
  X(CALLCLO,    "sz",    "call the func value A (8 bytes; nil panics): g.ctxt = A, push return address and FP, goto *A") \
  X(GETCTXT,    "s",     "A (8 bytes) = g.ctxt: a closure's funcval, just after its ENTER")   \
  /* (issue 6, iface) A call through an itab's fun entry (compiler/codegen_iface.cpp): A    */ \
  /* holds a text address that must be a function's entry. As long as a CALL (z is 0).     */ \
  X(CALLIND,    "sz",    "call the code address A (8 bytes; a function entry): push return address and FP, goto A")
// clang-format on

enum class Op : uint8_t {
#define GOVM_OP_ENUM(name, fmt, meaning) name,
  GOVM_OPCODES(GOVM_OP_ENUM)
#undef GOVM_OP_ENUM
  Count
};

inline constexpr int kOpCount = static_cast<int>(Op::Count);
static_assert(kOpCount <= 256, "opcodes must fit in 8 bits");

namespace detail {
constexpr int format_words(const char* f) {
  int n = 1;
  if (f[0] == '\0') return n;
  for (const char* p = f + 1; *p; ++p) n += (*p == 'K') ? 2 : 1;
  return n;
}
inline constexpr const char* kOpFormats[] = {
#define GOVM_OP_FMT(name, fmt, meaning) fmt,
    GOVM_OPCODES(GOVM_OP_FMT)
#undef GOVM_OP_FMT
};
inline constexpr uint8_t kOpWords[] = {
#define GOVM_OP_LEN(name, fmt, meaning) static_cast<uint8_t>(format_words(fmt)),
    GOVM_OPCODES(GOVM_OP_LEN)
#undef GOVM_OP_LEN
};
}  // namespace detail

const char* op_name(Op op);     // "ADD_Q"
const char* op_meaning(Op op);  // "A = B + C (8 bytes)"
constexpr const char* op_format(Op op) { return detail::kOpFormats[static_cast<int>(op)]; }
// Length of an instruction in 32-bit words / bytes.
constexpr int op_words(Op op) { return detail::kOpWords[static_cast<int>(op)]; }
constexpr int op_bytes(Op op) { return 4 * op_words(op); }

// Emits instructions into a code buffer, one operand per format letter, in
// format order (A first). Jump and call operands are written as given
// (relative byte offsets) and can be patched later.
class CodeBuffer {
 public:
  // Returns the byte offset of the emitted instruction in the buffer.
  uint32_t emit(Op op, std::initializer_list<int64_t> operands);
  // Sets the j/f operand of the instruction at byte offset `at` so that it
  // targets byte offset `target` of the same buffer.
  void patch_target(uint32_t at, uint32_t target);
  uint32_t size_bytes() const { return static_cast<uint32_t>(words_.size() * 4); }
  const std::vector<uint32_t>& words() const { return words_; }
  std::vector<uint32_t>& words() { return words_; }

 private:
  std::vector<uint32_t> words_;
};

// Decoded view of one instruction, for the disassembler, verifier and tools.
struct Instr {
  Op op;
  int64_t operand[6];  // in format order; A first
  int count;           // number of operands (letters in the format, '-' excluded)
  int words;
};
// Decodes the instruction at words[0..]; returns false if the opcode is
// invalid or the instruction runs past `avail` words.
bool decode(const uint32_t* words, size_t avail, Instr& out);

}  // namespace govm
