// The disassembler: bytecode as `go tool objdump` shows machine code.
// (Design notes in disasm.cpp.)
#pragma once

#include <string>

#include "runtime/address.h"

namespace govm {

struct Image;

// Every function of the text segment, user functions first, then runtime.main
// and the runtime's stubs:
//
//   TEXT main.fib(SB) prog.go
//     prog.go:5	0x401000	0000302a 00000030	ENTER $48
//     ...
std::string disassemble(const Image& image);

// One line (no newline) for the instruction at pc, as in the listing above:
// source position, address, encoding words, instruction. Used by the
// listing, the stepper and execution traces.
std::string disassemble_instruction(const Image& image, Addr pc);

}  // namespace govm
