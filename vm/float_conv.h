// Conversions between floats and integers, exactly as Go on amd64 does
// them (the interpreter's CVT* handlers; see vm/opcodes.h).
//
// Go leaves the result of converting an out-of-range float to an integer
// to the implementation; govm prints what `go run` prints on amd64, so it
// follows gc's code there:
//   - int64(f), int(f): CVTTSD2SQ, whose "integer indefinite" answer for
//     NaN and out-of-range values is 1<<63 (math.MinInt64);
//   - int32(f), and int8/int16/uint8/uint16 through it: CVTTSD2SL, whose
//     indefinite value is 1<<31, then the low bytes;
//   - uint32(f): CVTTSD2SQ, then the low 4 bytes;
//   - uint64(f): gc's branchy sequence (ssagen's float64ToUint64): below
//     2^63 a signed conversion, else the signed conversion of f-2^63 with
//     the top bit set; NaN takes the second path and gives 1<<63.
// In C++ an out-of-range float-to-int cast is undefined, so each function
// tests the range first and never casts a value that does not fit.
//
// Integer-to-float conversions round to nearest even; C++'s casts do that
// for every value, as CVTSQ2SD and gc's uint64 sequence do.
#pragma once

#include <cstdint>

namespace govm {

// CVTTSD2SQ / CVTTSS2SQ: truncation toward zero to int64.
inline int64_t cvtt_to_int64(double f) {
  // -2^63 <= f < 2^63 holds exactly for the values that fit (NaN fails both).
  if (f >= -9223372036854775808.0 && f < 9223372036854775808.0) return static_cast<int64_t>(f);
  return INT64_MIN;
}

// CVTTSD2SL / CVTTSS2SL: truncation toward zero to int32.
inline int32_t cvtt_to_int32(double f) {
  if (f > -2147483649.0 && f < 2147483648.0) return static_cast<int32_t>(f);
  return INT32_MIN;
}

// gc's float64ToUint64 (and float32ToUint64, whose cutoff 2^63 is exact in
// float32 too, so one function serves both).
inline uint64_t cvtt_to_uint64(double f) {
  constexpr double kTwo63 = 9223372036854775808.0;
  if (f < kTwo63) return static_cast<uint64_t>(cvtt_to_int64(f));
  return static_cast<uint64_t>(cvtt_to_int64(f - kTwo63)) | (uint64_t{1} << 63);
}

}  // namespace govm
