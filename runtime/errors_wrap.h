// (issue 6, errs) fmt.Errorf's errors and errors.Join: the design is in errors_wrap.cpp.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/natives.h"

namespace govm {

// fmt.Errorf's block: format (16), the []any header (24), the error
// result (16), then kErrorfScratch bytes the native keeps a box in while
// it allocates (pointer words of the caller's frame), then the method
// call area (fmt_call_area_offset(NativeId::fmt_Errorf)).
inline constexpr uint32_t kErrorfResult = 40;
inline constexpr uint32_t kErrorfScratch = 16;

// Makes Errorf's error from the formatted message and the %w operands
// (argument indexes, sorted when the format reordered its arguments) into
// the block's result: *errors.errorString with none, *fmt.wrapError with
// one, *fmt.wrapErrors with more (Go 1.20+).
NativeResult errorf_finish(Runtime& rt, uint8_t* args, std::string_view msg, const std::vector<size_t>& wrapped);

}  // namespace govm
