// The disassembler.
//
// One function serves `govm disasm`, the stepper and execution traces
// (as clox's disassembleInstruction does): disassemble_instruction renders
// one instruction, disassemble walks the function table. The output reads
// like `go tool objdump`, so that a student can put the two side by side:
//
//   TEXT main.fib(SB) prog.go
//     prog.go:6	0x401008	0000400d 00000002 00000014	JGEI_Q 64(SP), $2, 0x40101c
//
// Operands are printed from the op's format letters (vm/opcodes.h), in
// Go assembler style: frame slots as `off(SP)`, immediates and sizes as
// `$n` (a 64-bit constant that is a type descriptor's address as
// `$type:int(SB)`, (issue 5) a function's entry as `$main.f(SB)`), jump
// targets as absolute addresses, call targets and runtime entries by name (`main.fib(SB)`, `runtime.concatstring2(SB)`), and image
// addresses by what lives there: a global (`main.counter(SB)`), a string
// literal (`go:string."hi"(SB)`) or a type descriptor (`type:int(SB)`).
#include "vm/disasm.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "runtime/image.h"
#include "runtime/natives.h"
#include "vm/opcodes.h"

namespace govm {

namespace {

// Longest string literal shown in an operand, in bytes of content.
constexpr size_t kMaxLiteralShown = 16;

std::string hex(uint64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string base_name(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Go's %q spelling of the bytes, cut after kMaxLiteralShown with "...".
std::string quote(const uint8_t* p, size_t n) {
  std::string out = "\"";
  for (size_t i = 0; i < n && i < kMaxLiteralShown; ++i) {
    const uint8_t c = p[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          out += static_cast<char>(c);
        } else {
          char buf[8];
          snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        }
    }
  }
  if (n > kMaxLiteralShown) out += "...";
  return out + "\"";
}

const StringLit* string_at(const Image& image, Addr a) {
  auto it = std::lower_bound(image.strings.begin(), image.strings.end(), a,
                             [](const StringLit& s, Addr x) { return s.addr < x; });
  return it != image.strings.end() && it->addr == a ? &*it : nullptr;
}

// A `g` operand: the symbol at an image address.
std::string image_symbol(const Image& image, Addr a) {
  if (const GlobalVar* g = image.global_at(a)) {
    return a == g->addr ? g->name + "(SB)" : g->name + "+" + std::to_string(a - g->addr) + "(SB)";
  }
  if (const StringLit* s = string_at(image, a)) {
    const uint64_t off = s->addr - image.rodata_base;
    if (off <= image.rodata.size() && s->len <= image.rodata.size() - off)
      return "go:string." + quote(image.rodata.data() + off, s->len) + "(SB)";
  }
  if (const TypeDesc* t = image.type_at(a)) return "type:" + t->name + "(SB)";
  // (issue 6, func) A package function's funcval: a rodata word holding
  // its entry, named as gc names the static closure, "main.f·f".
  if (a >= image.rodata_base && a % 8 == 0 && a - image.rodata_base + 8 <= image.rodata.size()) {
    uint64_t w = 0;
    std::memcpy(&w, image.rodata.data() + (a - image.rodata_base), 8);
    const FuncInfo* f = image.func_at(w);
    if (f != nullptr && f->entry == w && !f->is_runtime) return f->name + "·f(SB)";
  }
  return hex(a);
}

std::string func_symbol(const Image& image, Addr a) {
  const FuncInfo* f = image.func_at(a);
  if (f != nullptr && f->entry == a) return f->name + "(SB)";
  return hex(a);
}

std::string operand(const Image& image, Addr pc, char letter, int64_t v) {
  switch (letter) {
    case 's': return std::to_string(v) + "(SP)";
    case 'K':
      // The compiler loads type descriptor addresses (interface words) as
      // 64-bit constants: show them as Go's objdump shows `$type:int(SB)`.
      if (const TypeDesc* t = v > 0 ? image.type_at(static_cast<Addr>(v)) : nullptr) return "$type:" + t->name + "(SB)";
      // (issue 5) and a go statement's function as its text address: `$main.worker(SB)`.
      if (v >= static_cast<int64_t>(kTextBase) && static_cast<Addr>(v) < image.text_end()) {
        const FuncInfo* f = image.func_at(static_cast<Addr>(v));
        if (f != nullptr && f->entry == static_cast<Addr>(v) && !f->is_runtime) return "$" + f->name + "(SB)";
      }
      return "$" + std::to_string(v);
    case 'i': case 'z': return "$" + std::to_string(v);
    case 'g': return image_symbol(image, static_cast<Addr>(v));
    case 'j': return hex(pc + v);
    case 'f': return func_symbol(image, pc + v);
    case 'n':
      if (v >= 0 && v < kNativeCount) return std::string(native_name(static_cast<NativeId>(v))) + "(SB)";
      return "$" + std::to_string(v);
    default: return "?";
  }
}

// The instruction text: "JGEI_Q 64(SP), $2, 0x40101c".
std::string instruction_text(const Image& image, Addr pc, const Instr& in) {
  std::string out = op_name(in.op);
  // (issue 4) ENTER shows its frame size first, as before, and its zero
  // range only when there is one: "ENTER $48", "ENTER $48, 16(SP), $24".
  if (in.op == Op::ENTER) {
    out += " $" + std::to_string(in.operand[1]);
    if (in.operand[2] != 0) out += ", " + std::to_string(in.operand[0]) + "(SP), $" + std::to_string(in.operand[2]);
    return out;
  }
  // (issue 6, func) CALLCLO's z only pads it to a CALL's length: "CALLCLO 24(SP)".
  if (in.op == Op::CALLCLO) return out + " " + std::to_string(in.operand[0]) + "(SP)";
  if (in.op == Op::CALLIND) return out + " " + std::to_string(in.operand[0]) + "(SP)";  // (issue 6, iface)
  const char* f = op_format(in.op);
  int k = 0;
  for (const char* p = f; *p; ++p) {
    if (p == f && *p == '-') continue;
    out += k == 0 ? " " : ", ";
    out += operand(image, pc, *p, in.operand[k++]);
  }
  return out;
}

std::string position(const Image& image, Addr pc) {
  const FuncInfo* f = image.func_at(pc);
  if (f == nullptr) return "?";
  const uint32_t line = f->line_at(pc);
  // Runtime stubs have no source, as Go's generated wrappers.
  if (f->is_runtime && line == 0) return "<autogenerated>:1";
  return base_name(image.file) + ":" + std::to_string(line);
}

}  // namespace

std::string disassemble_instruction(const Image& image, Addr pc) {
  std::string line = "  " + position(image, pc) + "\t" + hex(pc) + "\t";
  if (pc < kTextBase || pc >= image.text_end() || pc % 4 != 0) return line + "\t?";
  const size_t avail = (image.text_end() - pc) / 4;
  uint32_t words[8] = {};
  const size_t n = std::min<size_t>(avail, 8);
  std::memcpy(words, image.text.data() + (pc - kTextBase), n * 4);
  Instr in;
  if (!decode(words, n, in)) {
    char buf[12];
    snprintf(buf, sizeof buf, "%08x", words[0]);
    return line + buf + "\t?";
  }
  for (int w = 0; w < in.words; ++w) {
    char buf[12];
    snprintf(buf, sizeof buf, w == 0 ? "%08x" : " %08x", words[w]);
    line += buf;
  }
  return line + "\t" + instruction_text(image, pc, in);
}

std::string disassemble(const Image& image) {
  std::string out;
  for (const FuncInfo& f : image.funcs) {
    if (!out.empty()) out += "\n";
    out += "TEXT " + f.name + "(SB) " + (f.is_runtime ? std::string("<autogenerated>") : image.file) + "\n";
    Addr pc = f.entry;
    while (pc < f.end) {
      out += disassemble_instruction(image, pc) + "\n";
      uint32_t word0;
      std::memcpy(&word0, image.text.data() + (pc - kTextBase), 4);
      const uint32_t op = word0 & 0xff;
      // An undecodable word is shown alone, and the listing goes on after it.
      pc += op < static_cast<uint32_t>(kOpCount) ? op_bytes(static_cast<Op>(op)) : 4;
    }
  }
  return out;
}

}  // namespace govm
