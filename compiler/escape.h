// Escape analysis: where each variable and each allocation lives.
// (Design essay in escape.cpp; the entry point, analyze_escapes, is
// declared in compiler.h. Internals: escape_graph.h, shared by
// escape_graph.cpp (the solver), escape_walk.cpp (tree to graph),
// escape_names.cpp (gc's spellings), escape_deadcode.cpp.)
#pragma once

#include <string>

#include "compiler/ast.h"

namespace govm {

// An allocation site as gc's -m names it: "new(int)", "&Point{...}",
// "[]int{...}", "make([]int, n)", "([]byte)(s)" (gc parenthesizes a
// conversion to a type that is not a name), "s + t", "... argument" (the
// slice of a variadic call). Code generation uses it to describe the site
// in the HeapAlloc event.
std::string site_name(const Expr* site);

}  // namespace govm
