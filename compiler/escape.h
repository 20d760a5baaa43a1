// Escape analysis: where each variable and each allocation lives.
// (Design essay in escape.cpp; the entry point, analyze_escapes, is
// declared in compiler.h.)
#pragma once

#include <string>

#include "compiler/ast.h"

namespace govm {

// An allocation site as gc's -m names it: "new(int)", "&Point{...}",
// "[]int{...}", "make([]int, n)", "[]byte(s)", "s + t". Code generation
// uses it to describe the site in the HeapAlloc event.
std::string site_name(const Expr* site);

}  // namespace govm
