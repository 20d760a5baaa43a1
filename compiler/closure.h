// Closure conversion (issue 6, func): see closure.cpp.
#pragma once

#include "compiler/ast.h"
#include "compiler/types.h"

namespace govm {

// After checking: names every func literal, gives it a FuncDecl and its
// captured variables (CheckedPackage::closures).
void collect_closures(CheckedPackage& pkg);

// Once escape analysis has decided ClosureVar::byval: the funcval's struct
// type (F uintptr, then each capture), and each capture's offset.
const Type* closure_layout(TypeTable& types, FuncLit* f);

}  // namespace govm
