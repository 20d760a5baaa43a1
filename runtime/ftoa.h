// (issue 6) The binary and hexadecimal float formats of Go's strconv
// (ftoa.go's fmtB and fmtX), which fmt's %b, %x and %X print:
//   'b'  -ddddp±ddd        the integer mantissa and binary exponent
//                          (4503599627370496p-52 for 1.0)
//   'x'  -0x1.yyyyp±dd     a hex mantissa normalized to a leading 1 and a
//                          decimal binary exponent (0x1.8p+00 for 1.5);
//                          prec < 0: as many hex digits as needed, else
//                          rounded to prec digits (half to even)
// bits is 32 or 64: a float32 formats its own 23-bit mantissa. NaN and
// the infinities are the caller's (fmt prints them as for any verb).
#pragma once

#include <string>

namespace govm {

std::string format_float_binary(double v, char fmt, int prec, int bits);

// fmt's '#' flag on a formatted float `num` (no sign; not Inf or NaN):
// always a decimal point, and for %g %G %x %v trailing zeros kept up to
// the precision (6 when none is given), as Go's fmt.fmtFloat does.
std::string sharp_float(std::string num, char verb, int prec);

}  // namespace govm
