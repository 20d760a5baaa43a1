// fmt's verbs on floats (issue 6): %v (the shortest representation that
// reads back, exponent form below 1e-4 and from 1e21), %f %F %e %E %g %G
// with widths, precisions and flags, %T, float32's own shortest form,
// Inf and NaN, and floats inside structs, slices and maps.
package main

import "fmt"

type Point struct {
	X, Y float64
}

type Temp float32

func main() {
	var zero float64
	vals := []float64{0, 1, -1, 0.5, 3.14159265358979, -2.718281828, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.125,
		1e100, 5e-324, 1.7976931348623157e308, 2.675, 1.005, 0.125, 100, 1 / zero, -1 / zero, zero / zero}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%e|%.3E|%g|%.3g|%G|%8.3f|%-9.2f|%+.1f|%09.2f|% .2f|%x\n", v, v, v, v, v, v, v, v, v, v, v, v, v, int(v)*0)
	}
	for _, v := range []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45, -0.5} {
		fmt.Printf("%v|%f|%e|%g|%.10g|%T\n", v, v, v, v, v, v)
	}
	fmt.Printf("%T %T %T\n", 1.5, float32(1.5), Temp(1))
	fmt.Printf("%6.1f%%|%5.0f|%.0f|%.0f|%.0f|%#v\n", 99.5, 2.5, 0.5, 1.5, -0.5, 2.0)
	p := Point{1, -2.5}
	fmt.Println(p, &p, []float64{1.5, 2}, [2]float32{0.1, 0.2}, map[string]float64{"pi": 3.14, "e": 2.72})
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%.2f %v\n", []float64{1.234, 5.678}, Temp(36.6))
	fmt.Print(1.5, 2.5, "x", 3.5, "\n")
	fmt.Println(float32(0.1), float64(float32(0.1)), -0.0, 1e-320)
}
