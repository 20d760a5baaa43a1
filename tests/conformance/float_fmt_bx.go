// fmt's binary and hexadecimal float verbs and the '#' flag on floats
// (issue 6): %b (mantissa p exponent), %x and %X (0x1.8p+00) with
// precisions, widths and flags, float32's own mantissa, subnormals, and
// '#' (a decimal point always; %g keeps its trailing zeros).
package main

import "fmt"

func main() {
	var zero float64
	vals := []float64{1, 1.5, -0.1, 0, 1e100, 5e-324, 2.2250738585072014e-308, 3.999999, 255.5, 123456789, 1e-7, 100,
		1 / zero, zero / zero}
	for _, v := range vals {
		fmt.Printf("%b|%x|%X|%.2x|%.0x|%10.3x|%-12x|%+x|%#x|%#.2x|%#X\n", v, v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("%#g|%#.3g|%#e|%#.0e|%#f|%#.0f|%#G|%#8.2f|%#b|%#v|%#10g|%010x\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []float32{1, 0.1, -3.75, 1e-45, 3.4028235e38} {
		fmt.Printf("%b|%x|%.1X|%#g|%#.4g\n", v, v, v, v, v)
	}
}
