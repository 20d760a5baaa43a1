// What the stepper shows (`govm step`, cli/step.cpp): the views of a paused
// machine as text for a projector. Each function renders one command's
// answer from the public inspection API (vm/inspect.h) and nothing else,
// so that what a class sees is what an exercise writer can compute.
//
// Colour is one Style, passed down: with colour off every helper returns
// its text unchanged, so the non-terminal transcripts (tests, docs) are
// plain text and the terminal shows the same words.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "govm/govm.h"

namespace govm {

// ANSI colours, or none.
struct Style {
  bool color = false;
  std::string wrap(const char* code, const std::string& s) const {
    return color ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string yellow(const std::string& s) const { return wrap("33", s); }
  std::string cyan(const std::string& s) const { return wrap("36", s); }
  std::string magenta(const std::string& s) const { return wrap("35", s); }
};

// The program being stepped: its source (for `list` and the line shown at
// each stop) and its compile result (for `why`).
struct StepProgram {
  std::string path;                 // as given on the command line
  std::vector<std::string> lines;   // the source, lines[0] is line 1
  CompileResult compiled;
  const std::string& line_text(uint32_t line) const;  // "" outside the file
};

std::string hex(Addr a);

// The source line `line` as a stop shows it: "=> 12  text", marked.
std::string view_current_line(const StepProgram& p, uint32_t line, const Style& st);
// `list`: the source around line (5 either side), the line marked.
std::string view_list(const StepProgram& p, uint32_t line, const Style& st);
// `stack [G]`: the goroutine's frames, innermost first, with their locals.
std::string view_stack(const Machine& m, uint64_t goid, const Style& st);
// `heap`: live objects, the unreachable ones (the next cycle's garbage) marked.
std::string view_heap(const Machine& m, const Style& st);
// `globals`: every package-level variable with its segment, address and value.
std::string view_globals(const Machine& m, const Style& st);
// `goroutines`: id, status, wait reason, stack size and where each stands.
std::string view_goroutines(const Machine& m, const Style& st);
// `mem`: govm layout's drawing of the address space, live, then the
// globals' values and the stacks' pointers.
std::string view_mem(const Machine& m, const Style& st);
// `print EXPR` in goroutine goid's innermost frame.
std::string view_print(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& expr, const Style& st);
// `why NAME`: where the variable lives and the escape decision behind it.
std::string view_why(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& name, const Style& st);

}  // namespace govm
