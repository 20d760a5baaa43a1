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
//    GOEXIT, EXIT), so execution cannot run past the end of the buffer;
//  - the image's entry (runtime.main) is a function entry.
//
// Frame-slot operands are not checked: a slot is an offset from the frame
// base, and the compiler sizes each frame for the slots it uses.
// A failure is a compiler or linker bug, reported as an internal error.
#include "vm/verify.h"

#include <cstring>
#include <set>
#include <vector>

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

bool never_falls_through(Op op) {
  return op == Op::RET || op == Op::JMP || op == Op::GOEXIT || op == Op::EXIT;
}

// Decodes the function and checks the operands that name code or runtime
// entries. `entries` holds every function's entry.
std::string check_function(const FuncInfo& f, const std::vector<uint32_t>& words,
                           const std::set<Addr>& entries, Op& last) {
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
    last = in.op;
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
  Op last = Op::NOP;
  for (const FuncInfo& f : image.funcs)
    if (std::string err = check_function(f, words, entries, last); !err.empty()) return err;
  if (!never_falls_through(last)) return "the text ends with an instruction that falls through";
  return {};
}

}  // namespace govm
