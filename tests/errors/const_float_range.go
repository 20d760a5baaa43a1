// (const) Floating-point constants are exact; one that takes a float type
// is rounded to it from the exact value and must be finite there, after
// every operation for a typed constant. An integer type takes a float
// constant only when it is an integer (1e1000/1e998 is 100).
//
// Checked against go 1.19: same messages and positions.

package main

const f float64 = 1e300
const g float32 = 1e30
const max = 0x1.fffffffffffffp1023

func main() {
	_ = f * 1e300 // ERROR "f \* 1e300 \(constant 1e\+600 of type float64\) overflows float64"
	_ = g * g // ERROR "g \* g \(constant 1e\+60 of type float32\) overflows float32"
	_ = float64(1e400) // ERROR "cannot convert 1e400 \(untyped float constant 1e\+400\) to type float64"
	_ = float32(1e39) // ERROR "cannot convert 1e39 \(untyped float constant 1e\+39\) to type float32"
	var a float64 = max * 1.00000000000000001 // rounds down to max: fits
	var b float64 = max * 1.0000000000000001 // ERROR "cannot use max \* 1\.0000000000000001 \(untyped float constant 1\.79769e\+308\) as float64 value in variable declaration \(overflows\)"
	var c int8 = 1e1000 / 1e998
	var d int = 1e5000 / 1e4999
	var e int = 1e5000 // ERROR "cannot use 1e5000 \(untyped float constant 1e\+5000\) as int value in variable declaration \(truncated\)"
	var h float64 = 1e-5000 * 1e-5000 // underflows to 0: fits
	var i int = 0.1 * 3 // ERROR "cannot use 0\.1 \* 3 \(untyped float constant 0\.3\) as int value in variable declaration \(truncated\)"
	var j int = 0.1*30 - 2
	_, _, _, _, _, _, _, _ = a, b, c, d, e, h, i, j
}
