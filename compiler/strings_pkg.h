// (issue 6) What escape analysis knows of packages strings and strconv
// (compiler/strings_pkg.cpp): gc's escape tags of each supported
// function, as `go build -gcflags='strings=-m'` prints them for Go's own
// code, so that a caller's values are kept on the stack or moved to the
// heap exactly as gc decides.
#pragma once

#include <vector>

#include "runtime/natives.h"

namespace govm {

// Where one parameter's value may flow: to the heap, to the (first)
// result, each at a dereference level (gc's "leaking param content" is
// the heap at level 1, "leaking param: s to result ~r0 level=0" the result
// at level 0), or nowhere (-1: "does not escape").
struct ParamTag {
  int heap = -1;
  int result = -1;
};

// The tags of native id's parameters, a method's receiver first; false
// when id is not one of the packages' functions.
bool strings_escape_tags(NativeId id, std::vector<ParamTag>* tags);

}  // namespace govm
