// Floating-point arithmetic as Go does it (issue 6): float64 and float32
// operators, float32 rounded at every step, division by zero giving
// +Inf, -Inf and NaN (no panic), NaN's comparisons (also in branches,
// where !(a < b) is not a >= b), negative zero, and op-assignments.
package main

import "fmt"

func sum64(n int, step float64) float64 {
	s := 0.0
	for i := 0; i < n; i++ {
		s += step
	}
	return s
}

func sum32(n int, step float32) float32 {
	var s float32
	for i := 0; i < n; i++ {
		s += step
	}
	return s
}

func classify(x float64) string {
	if x < 0 {
		return "negative"
	} else if x > 0 {
		return "positive"
	} else if x == 0 {
		return "zero"
	}
	return "NaN"
}

func main() {
	x, y := 1.5, 2.25
	fmt.Println(x+y, x-y, x*y, x/y, -x, +y)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*b, b/a, b-a)
	fmt.Println(sum64(10, 0.1), sum32(10, 0.1), sum64(10, 0.1) == 1, sum32(10, 0.1) == 1)

	// float32: every operation rounds to float32
	var big32, one32 float32 = 16777216, 1
	fmt.Println(big32+one32, big32+one32+one32 == big32, (big32+one32)+one32)
	var third32 float32 = 1
	third32 /= 3
	fmt.Println(third32, third32*3, float64(third32))
	var f1, f2 float32 = 0.1, 0.2
	fmt.Println(f1+f2, f1*f2, f1+f2 == 0.3)

	// division by zero: no panic
	var zero float64
	inf, ninf, nan := 1/zero, -1/zero, zero/zero
	fmt.Println(inf, ninf, nan, inf-inf, inf*0, inf+1 == inf, -inf < inf)
	var z32 float32
	fmt.Println(1/z32, -1/z32, z32/z32)

	// NaN compares false with everything, itself included
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= 1, nan >= 1)
	for _, v := range []float64{-2.5, 0, 3, nan, inf} {
		fmt.Println(v, classify(v))
	}
	if !(nan < 1) {
		fmt.Println("!(NaN < 1)")
	}
	if nan >= 1 {
		fmt.Println("wrong: NaN >= 1")
	} else {
		fmt.Println("NaN >= 1 is false")
	}
	n := 0
	for k := nan; !(k >= 3); k++ {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("loop ran", n)
	c := 0
	for k := 0.0; k < 1; k += 0.125 {
		c++
	}
	fmt.Println(c)

	// negative zero
	nz := -zero
	fmt.Println(nz, 1/nz, nz == 0, nz == zero, zero*-1, -nz)

	// op-assignment and ++/--
	f := 3.0
	f++
	f *= 2.5
	f /= 4
	f -= 0.125
	f--
	fmt.Println(f)
	var g float32 = 7
	g /= 2
	g++
	fmt.Println(g, -g)

	// large and small
	m := 1e308
	fmt.Println(m*10, -m*10, 5e-324/2, 1e-320*1e10, 1.7976931348623157e308)
	h := 1e300
	fmt.Println(h*h, -h*h, h/1e-300)
}
