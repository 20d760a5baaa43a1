// The runtime's own panics as values (Go's runtime/error.go): what a
// runtime error is once recover returns it.
//
// Go raises each runtime error as a value of a runtime type implementing
// runtime.Error (error plus RuntimeError()): an index or slice bound as a
// runtime.boundsError {x int64; y int; signed bool; code uint8} whose
// Error() formats the message from its fields; a nil dereference, a
// division by zero, a negative shift or an uncomparable comparison as a
// runtime.errorString ("runtime error: " + s); a closed channel or a nil
// map assignment as a runtime.plainError (the message as is, no prefix);
// a failed type assertion as a *runtime.TypeAssertionError naming the
// types. govm records which at the raise (RuntimeErrorInfo, kept with the
// panic) and builds the value only when deferred calls are about to run,
// since only recover can see it (runtime_errors.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/address.h"

namespace govm {

// Go's boundsErrorCode (runtime/error.go), in its order.
enum class BoundsCode : uint8_t {
  Index,       // s[x]: 0 <= x < y
  SliceAlen,   // s[:x]: x <= y, y = len(s)
  SliceAcap,   // s[:x]: x <= y, y = cap(s)
  SliceB,      // s[x:y]: x <= y
  Slice3Alen,  // s[::x]: x <= y = len(s)
  Slice3Acap,  // s[::x]: x <= y = cap(s)
  Slice3B,     // s[:x:y]
  Slice3C,     // s[x:y:]
  Convert,     // (*[y]T)(s) with x = len(s)
};

struct RuntimeErrorInfo {
  enum class Kind : uint8_t { None, Bounds, TypeAssertion } kind = Kind::None;
  // Bounds
  int64_t x = 0, y = 0;
  bool is_signed = true;
  BoundsCode code = BoundsCode::Index;
  // TypeAssertion: type descriptor addresses (0: none) and the method
  Addr inter = 0, concrete = 0, asserted = 0;
  std::string missing;
};

// The Go type of a runtime error raised with `text` ("runtime.boundsError").
std::string runtime_error_type_name(const RuntimeErrorInfo& info, std::string_view text);

// boundsError.Error(): "runtime error: index out of range [5] with length 3".
std::string bounds_error_text(int64_t x, bool is_signed, int64_t y, BoundsCode code);

}  // namespace govm
