// print and println of floats (issue 6): Go's runtime prints a sign, seven
// significant digits and a three-digit exponent (+1.500000e+000), computed
// by its own loop (so the last digit is Go's, not printf's), and NaN,
// +Inf, -Inf; a float32 is printed as the float64 it converts to.
package main

func main() {
	var zero float64
	println(1.5, -2.25, 0.0, -zero, 0.1, 1.0/3, 2.0/3)
	println(1e6, 1e20, 1e100, 1e300*1e8, 5e-324, 1.7976931348623157e308, 123456789.0, 9999999.5)
	println(zero/zero, 1/zero, -1/zero)
	var f32 float32 = 0.1
	println(f32, f32*3, float32(16777217))
	x := 0.0
	for i := 0; i < 5; i++ {
		x += 0.3
		print(x, " ")
	}
	println()
	println("mixed", 1, 2.5, true, "end")
}
