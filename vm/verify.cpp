// The text verifier.
//
// The dispatch loop (interp.cpp) trusts the code it runs, so that no
// instruction pays for a check the compiler already guarantees. What it
// trusts is established here, once, when a machine is built:
//
//  - the functions tile the text segment, and each one decodes, instruction
//    by instruction, to exactly its end: every instruction the interpreter
//    dispatches starts on a boundary walked here, and its opcode byte is in
//    the table (the label table is indexed by it without a bounds check);
//  - every jump (j) lands on an instruction start of the same function;
//  - every call (f) lands on a function's entry;
//  - every runtime entry named (n) exists, and CALLRT names a callable one;
//  - the text ends with an instruction that never falls through (RET, JMP,
//    GOEXIT, EXIT, or the NATIVE stub of an entry that is not callable), so execution cannot run past the end of the buffer;
//  - the image's entry (runtime.main) is a function entry.
//
//  - globals named by GLOAD/GSTORE lie in the image's data (a load may also
//    read rodata), string literals in rodata; sized copies (MOV_N, ZERO,
//    GLOAD_N, GSTORE_N) stay inside the frame;
//  - (issue 3) LEAG names a global in data or bss; the frame operands of
//    the memory ops (LOAD/STORE at their widths, the pointer slots, SLICE's
//    24-byte headers, MEMEQ's z bytes) stay inside the frame;
//  - in a function that starts with ENTER A, z, n: z is its frame_size,
//    ENTER's zero range [A, A+n) lies in [0, z), every RET releases z, and
//    no frame-slot operand starts in the link words [z, z+16) or past the
//    incoming arguments and results.
//
// Frame-slot widths are not checked (an 8-byte store at z-4 would pass);
// the compiler sizes each frame for the slots it uses.
// A failure is a compiler or linker bug, reported as an internal error.
#include "vm/verify.h"

#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frame.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "vm/opcodes.h"

namespace govm {

namespace {

std::string hex(uint64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(v));
  return buf;
}

std::vector<uint32_t> text_words(const Image& image) {
  std::vector<uint32_t> words(image.text.size() / 4);
  if (!words.empty()) std::memcpy(words.data(), image.text.data(), words.size() * 4);
  return words;
}

std::string check_tiling(const Image& image) {
  if (image.text.size() % 4 != 0) return "text size is not a multiple of 4";
  if (image.funcs.empty()) return "no functions";
  if (image.funcs.front().entry != kTextBase) return "first function does not start the text";
  if (image.funcs.back().end != image.text_end()) return "last function does not end the text";
  for (size_t i = 0; i < image.funcs.size(); ++i) {
    const FuncInfo& f = image.funcs[i];
    if (f.entry % 4 != 0 || f.end <= f.entry) return "function " + f.name + " has a bad extent";
    if (i + 1 < image.funcs.size() && f.end != image.funcs[i + 1].entry)
      return "functions " + f.name + " and " + image.funcs[i + 1].name + " do not tile the text";
  }
  return {};
}

// A NATIVE of an entry that is not callable ends the program with an
// internal error if it ever runs, so it does not fall through either.
bool never_falls_through(const Instr& in) {
  if (in.op == Op::NATIVE) return kNativeTable[in.operand[0]] == nullptr;
  return in.op == Op::RET || in.op == Op::JMP || in.op == Op::GOEXIT || in.op == Op::EXIT;
}

// The frame-slot offsets a function may name: its own frame [0, z) and its
// incoming arguments and results from z+16; never its link words [z, z+16).
// Only starts are checked (widths are the op's), which catches a frame
// layout that forgot the link words.
struct SlotRule {
  bool active = false;  // functions without ENTER (runtime stubs) name no slots
  uint64_t z = 0, end = 0;
  uint64_t zero_at = 0, zero_len = 0;  // (issue 4) ENTER's zero range
  bool allows(int64_t s) const {
    const uint64_t u = static_cast<uint64_t>(s);
    return !active || u < z || (u >= z + kFrameLinkSize && u < end);
  }
  // [s, s+n) lies in one of the two regions.
  bool fits(int64_t s, int64_t n) const {
    const uint64_t u = static_cast<uint64_t>(s), w = static_cast<uint64_t>(n);
    return !active || (u <= z && w <= z - u) || (u >= z + kFrameLinkSize && u <= end && w <= end - u);
  }
};

// Bytes a GLOAD/GSTORE moves, from its width suffix (_N: its z operand).
uint64_t global_width(const Instr& in) {
  const std::string name = op_name(in.op);
  switch (name.back()) {
    case 'B': return 1;
    case 'W': return 2;
    case 'L': return 4;
    case 'Q': return 8;
    case 'O': return 16;
    default: return static_cast<uint64_t>(in.operand[2]);
  }
}

// (issue 3) Bytes a LOAD/STORE moves between the frame and memory, 0 for
// other ops.
int64_t memory_width(const Instr& in) {
  const std::string name = op_name(in.op);
  if (name.rfind("LOAD_", 0) != 0 && name.rfind("STORE_", 0) != 0) return 0;
  switch (name.back()) {
    case 'B': return 1;
    case 'W': return 2;
    case 'L': return 4;
    case 'Q': return 8;
    case 'O': return 16;
    default: return in.operand[3];
  }
}

bool within(Addr a, uint64_t n, Addr lo, Addr hi) { return a >= lo && a <= hi && n <= hi - a; }

// (issue 6, func) A read-only funcval ("main.f·f"): an 8-aligned rodata
// word holding a function's entry.
bool is_funcval(const Image& image, Addr a) {
  if (a < image.rodata_base || a % 8 != 0 || a - image.rodata_base + 8 > image.rodata.size()) return false;
  uint64_t w = 0;
  std::memcpy(&w, image.rodata.data() + (a - image.rodata_base), 8);
  const FuncInfo* f = image.func_at(w);
  return f != nullptr && f->entry == w;
}

// The memory an instruction names by address or by size stays inside what
// it may touch: globals inside the image's data (loads also rodata), string
// literals inside rodata, sized frame copies inside the frame.
std::string check_extents(const Image& image, const SlotRule& slots, const Instr& in) {
  const std::string name = op_name(in.op);
  const Addr g = static_cast<Addr>(in.operand[1]);
  if (name.rfind("GLOAD_", 0) == 0 && !within(g, global_width(in), image.rodata_base, image.image_end()))
    return "load of " + hex(g) + " outside the image's data";
  if (name.rfind("GSTORE_", 0) == 0 && !within(g, global_width(in), image.data_base, image.image_end()))
    return "store to " + hex(g) + " outside the image's data";
  if (in.op == Op::LOADSTR && in.operand[2] != 0 &&
      !within(g, static_cast<uint64_t>(in.operand[2]), image.rodata_base, image.rodata_base + image.rodata.size()))
    return "string literal " + hex(g) + " outside rodata";
  const bool sized = in.op == Op::MOV_N || in.op == Op::GLOAD_N || in.op == Op::GSTORE_N;
  if (sized && !slots.fits(in.operand[0], in.operand[2])) return "copy of " + std::to_string(in.operand[2]) + " bytes outside the frame";
  if (in.op == Op::MOV_N && !slots.fits(in.operand[1], in.operand[2])) return "copy of " + std::to_string(in.operand[2]) + " bytes outside the frame";
  if (in.op == Op::ZERO && !slots.fits(in.operand[0], in.operand[1])) return "zeroing of " + std::to_string(in.operand[1]) + " bytes outside the frame";
  // (issue 3) memory ops: their frame operands, at the widths they move.
  // (issue 6, func) LEAG also takes the address of a package function's
  // funcval in rodata: an aligned word there that holds a function's
  // entry (a func value, which Go never stores through).
  if (in.op == Op::LEAG && !within(g, 1, image.data_base, image.image_end()) && !is_funcval(image, g))
    return "address of " + hex(g) + " outside the image's data";
  const auto frame = [&](int k, int64_t n) { return slots.fits(in.operand[k], n); };
  const int64_t w = memory_width(in);
  if (w > 0) {
    const bool load = name.rfind("LOAD_", 0) == 0;
    if (!frame(load ? 0 : 1, w) || !frame(load ? 1 : 0, 8)) return name + " of " + std::to_string(w) + " bytes outside the frame";
  }
  if ((in.op == Op::MEMMOVE || in.op == Op::LEAX) && (!frame(0, 8) || !frame(1, 8))) return name + " outside the frame";
  if ((in.op == Op::MEMZERO || in.op == Op::NILCHK || in.op == Op::LEAX || in.op == Op::BOUNDS || in.op == Op::BOUNDSK) &&
      !frame(0, 8))
    return name + " outside the frame";
  if ((in.op == Op::LEAX || in.op == Op::BOUNDS) && !frame(in.op == Op::LEAX ? 2 : 1, 8)) return name + " outside the frame";
  if (in.op == Op::SLICE && (!frame(0, 24) || !frame(1, 24) || !frame(2, 24))) return "SLICE outside the frame";
  if (in.op == Op::SLICE2ARRPTR && (!frame(0, 8) || !frame(1, 24))) return "SLICE2ARRPTR outside the frame";
  if ((in.op == Op::CALLCLO || in.op == Op::GETCTXT) && !frame(0, 8)) return name + " outside the frame";  // (issue 6, func)
  if (in.op == Op::CALLIND && !frame(0, 8)) return name + " outside the frame";  // (issue 6, iface)
  if (in.op == Op::MEMEQ && (!frame(0, 1) || !frame(1, in.operand[3]) || !frame(2, in.operand[3])))
    return "MEMEQ of " + std::to_string(in.operand[3]) + " bytes outside the frame";
  return {};
}

SlotRule slot_rule(const FuncInfo& f, const uint32_t* first, size_t avail) {
  SlotRule r;
  Instr in;
  if (!decode(first, avail, in) || in.op != Op::ENTER) return r;
  r.active = true;
  r.z = static_cast<uint64_t>(in.operand[1]);
  r.zero_at = static_cast<uint64_t>(in.operand[0]);
  r.zero_len = static_cast<uint64_t>(in.operand[2]);
  r.end = r.z + kFrameLinkSize + align_up(f.params_size, 8) + f.results_size;
  return r;
}

// Whether runtime entry n takes no arguments and returns nothing
// (printlock, printnl, ...): its CALLRT names a block of zero bytes, so its
// slot may be anywhere, even in a function whose frame is empty.
bool empty_arguments(int64_t n) {
  return n >= 0 && n < kNativeCount && std::string_view(native_signature(static_cast<NativeId>(n))) == "()";
}

// Decodes the function and checks the operands that name code, runtime
// entries and frame slots. `entries` holds every function's entry.
std::string check_function(const Image& image, const FuncInfo& f, const std::vector<uint32_t>& words,
                           const std::set<Addr>& entries, Instr& last) {
  const SlotRule slots = slot_rule(f, &words[(f.entry - kTextBase) / 4], (f.end - f.entry) / 4);
  if (slots.active && slots.z != f.frame_size)
    return "ENTER of " + f.name + " reserves " + std::to_string(slots.z) + " bytes, its frame_size is " +
           std::to_string(f.frame_size);
  if (slots.active && (slots.zero_len > slots.z || slots.zero_at > slots.z - slots.zero_len))
    return "ENTER of " + f.name + " zeroes " + std::to_string(slots.zero_len) + " bytes at " +
           std::to_string(slots.zero_at) + ", outside its " + std::to_string(slots.z) + "-byte frame";
  std::set<Addr> starts;
  std::vector<std::pair<Addr, Addr>> jumps;  // (instruction, target)
  Addr pc = f.entry;
  while (pc < f.end) {
    const size_t w = (pc - kTextBase) / 4;
    const size_t avail = (f.end - pc) / 4;
    Instr in;
    if (!decode(&words[w], avail, in)) return "bad instruction at " + hex(pc) + " in " + f.name;
    starts.insert(pc);
    const char* fmt = op_format(in.op);
    int k = 0;
    for (const char* p = fmt; *p; ++p) {
      if (p == fmt && *p == '-') continue;
      const int64_t v = in.operand[k++];
      switch (*p) {
        case 's':
          if (in.op == Op::CALLRT && empty_arguments(in.operand[1])) break;  // a block nothing reads or writes
          if (in.op == Op::ENTER) break;  // its zero range, checked against the frame above
          if (!slots.allows(v))
            return "frame slot " + std::to_string(v) + " at " + hex(pc) + " in " + f.name + " is outside its frame";
          break;
        case 'z':
          if (slots.active && in.op == Op::RET && static_cast<uint64_t>(v) != slots.z)
            return "RET at " + hex(pc) + " in " + f.name + " releases " + std::to_string(v) + " bytes, not " +
                   std::to_string(slots.z);
          if (in.op == Op::CALLCLO && v != 0) return "CALLCLO at " + hex(pc) + " in " + f.name + " has z " + std::to_string(v) + ", not 0";
          if (in.op == Op::CALLIND && v != 0) return "CALLIND at " + hex(pc) + " in " + f.name + " has z " + std::to_string(v) + ", not 0";  // (iface)
          break;
        case 'j':
          if (v % 4 != 0) return "misaligned jump at " + hex(pc) + " in " + f.name;
          jumps.emplace_back(pc, pc + v);
          break;
        case 'f':
          if (!entries.count(pc + v)) return "call at " + hex(pc) + " in " + f.name + " does not target a function";
          break;
        case 'n':
          if (v < 0 || v >= kNativeCount) return "bad runtime entry at " + hex(pc) + " in " + f.name;
          if (in.op == Op::CALLRT && kNativeTable[v] == nullptr)
            return std::string("CALLRT of ") + native_name(static_cast<NativeId>(v)) + ", which is not callable, at " + hex(pc);
          break;
        default:
          break;
      }
    }
    // (issue 6, func) g.ctxt is the context only until the callee's first
    // instruction after its prologue: GETCTXT must be just there.
    if (in.op == Op::GETCTXT && (!slots.active || pc != f.entry + op_bytes(Op::ENTER)))
      return "GETCTXT at " + hex(pc) + " in " + f.name + " does not follow its ENTER";
    if (std::string err = check_extents(image, slots, in); !err.empty())
      return err + " at " + hex(pc) + " in " + f.name;
    last = in;
    pc += 4 * in.words;
  }
  for (auto [at, target] : jumps)
    if (!starts.count(target)) return "jump at " + hex(at) + " in " + f.name + " does not target an instruction";
  return {};
}

}  // namespace

std::string verify_text(const Image& image) {
  if (std::string err = check_tiling(image); !err.empty()) return err;
  const std::vector<uint32_t> words = text_words(image);
  std::set<Addr> entries;
  for (const FuncInfo& f : image.funcs) entries.insert(f.entry);
  if (!entries.count(image.entry)) return "the image's entry is not a function";
  Instr last{};
  for (const FuncInfo& f : image.funcs)
    if (std::string err = check_function(image, f, words, entries, last); !err.empty()) return err;
  if (!never_falls_through(last)) return "the text ends with an instruction that falls through";
  return {};
}

}  // namespace govm
